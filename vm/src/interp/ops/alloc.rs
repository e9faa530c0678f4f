//! Allocations whose size comes from Python values (`[0] * n`,
//! `s.ljust(n)`, a format width): fallible, so that a size too big for
//! memory is a MemoryError the program can catch, as in CPython, and never
//! an abort of the whole process.

use super::prelude::*;

/// An empty vector with room for `n` items, or MemoryError.
pub fn try_vec<T>(vm: &Vm, n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    try_reserve(vm, &mut v, n)?;
    Ok(v)
}

/// Under the `fuzzing` feature, a request past this many bytes is a
/// MemoryError without asking the allocator: the fuzzer's sanitizer and
/// its malloc limit count a huge request as a crash even when it would fail
/// cleanly, and a merely large one makes every run slow.
#[cfg(feature = "fuzzing")]
const FUZZ_MAX_ALLOC: usize = 1 << 22;

#[cfg(feature = "fuzzing")]
fn fuzz_cap<T>(vm: &Vm, len: usize, n: usize) -> PyResult<()> {
    match len.checked_add(n).and_then(|k| k.checked_mul(std::mem::size_of::<T>().max(1))) {
        Some(bytes) if bytes <= FUZZ_MAX_ALLOC => Ok(()),
        _ => Err(vm.memory_error()),
    }
}

/// Room for `n` more items in `v`, or MemoryError.
pub fn try_reserve<T>(vm: &Vm, v: &mut Vec<T>, n: usize) -> PyResult<()> {
    #[cfg(feature = "fuzzing")]
    fuzz_cap::<T>(vm, v.len(), n)?;
    v.try_reserve(n).map_err(|_| vm.memory_error())
}

/// An empty string with room for `n` bytes, or MemoryError.
pub fn try_string(vm: &Vm, n: usize) -> PyResult<String> {
    #[cfg(feature = "fuzzing")]
    fuzz_cap::<u8>(vm, 0, n)?;
    let mut s = String::new();
    s.try_reserve(n).map_err(|_| vm.memory_error())?;
    Ok(s)
}

/// MemoryError unless `n` bytes can be allocated now: for sizes that
/// infallible code (std's formatting, `str::replace`) is about to allocate.
/// `black_box` keeps the compiler from removing the unused allocation
/// (and its failure) altogether.
pub fn check_alloc(vm: &Vm, n: usize) -> PyResult<()> {
    let s = try_string(vm, n)?;
    std::hint::black_box(&s);
    Ok(())
}

/// `items * k` (list and tuple repetition): MemoryError when the result
/// cannot be allocated, as CPython's `list_repeat` and `tuplerepeat` say.
pub fn repeat_items(vm: &Vm, items: &[Value], k: usize) -> PyResult<Vec<Value>> {
    if items.is_empty() || k == 0 {
        return Ok(Vec::new());
    }
    let n = items.len().checked_mul(k).ok_or_else(|| vm.memory_error())?;
    let mut v = try_vec(vm, n)?;
    for _ in 0..k {
        v.extend(items.iter().cloned());
    }
    Ok(v)
}

/// `s * k` for a string of `chars` characters: OverflowError when the
/// length does not fit a machine word ("repeated string is too long"),
/// MemoryError when it cannot be allocated.
pub fn repeat_str(vm: &Vm, s: &str, chars: usize, k: usize) -> PyResult<String> {
    if s.is_empty() || k == 0 {
        return Ok(String::new());
    }
    if chars.checked_mul(k).is_none_or(|n| n > isize::MAX as usize) {
        return Err(vm.overflow("repeated string is too long"));
    }
    let n = s.len().checked_mul(k).ok_or_else(|| vm.memory_error())?;
    let mut out = try_string(vm, n)?;
    for _ in 0..k {
        out.push_str(s);
    }
    Ok(out)
}

/// `n` copies of `c`, or MemoryError (padding to a width).
pub fn fill_str(vm: &Vm, c: char, n: usize) -> PyResult<String> {
    let bytes = c.len_utf8().checked_mul(n).ok_or_else(|| vm.memory_error())?;
    let mut out = try_string(vm, bytes)?;
    out.extend(std::iter::repeat_n(c, n));
    Ok(out)
}

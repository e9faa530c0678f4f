//! Containers: indexing, slicing, `in`, `len`, and sets.

use super::prelude::*;
use super::*;
use crate::objects::PyList;

/// `operator.index(v)`: an int (`Int` or `BigInt`) from ints, bools,
/// instances of int subclasses and objects with `__index__`.
pub fn index_value(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Instance(i) if i.payload().is_some() && attr::user_method(vm, v, "__index__").is_none() => {
            let p = i.payload().unwrap_or_default();
            index_value(vm, &p)
        }
        Value::Instance(_) => match attr::user_method(vm, v, "__index__") {
            Some(f) => {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
                    Value::Instance(ref i) if matches!(i.payload(), Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => index_value(vm, &r),
                    other => Err(vm.type_error(format!("__index__ returned non-int (type {})", other.type_name()))),
                }
            }
            None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
        },
        _ => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
    }
}

/// An index as a machine integer; `None` with its sign when it does not fit.
fn index_fit(vm: &mut Vm, v: &Value) -> PyResult<Result<i64, bool>> {
    Ok(match index_value(vm, v)? {
        Value::Int(i) => Ok(i),
        Value::BigInt(b) => b.to_i64().ok_or(b.is_negative()),
        _ => Ok(0),
    })
}

/// An index argument of a built-in (CPython's `Py_ssize_t` argument
/// conversion): an int too big for a machine word is an OverflowError.
pub fn index_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    index_fit(vm, v)?.map_err(|_| vm.overflow("Python int too large to convert to C ssize_t"))
}

/// An index argument converted to a C `int` (`chr`, `expandtabs`, ...).
pub fn c_int_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    match index_fit(vm, v)? {
        Ok(i) if i32::try_from(i).is_ok() => Ok(i as i32),
        _ => Err(vm.overflow("Python int too large to convert to C int")),
    }
}

/// A subscript (`seq[i]`, `seq[i] = x`, `del seq[i]`): an int too big
/// for a machine word is an IndexError, as CPython's sequences say.
pub fn subscript_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    index_fit(vm, v)?.map_err(|_| vm.index_error(format!("cannot fit '{}' into an index-sized integer", v.type_name())))
}

/// A slice-like bound (slice indices, `list.index` start/stop,
/// `str.find` start/end): an int too big is clamped, as CPython does.
pub fn index_clamped(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(index_fit(vm, v)?.unwrap_or_else(|neg| if neg { i64::MIN } else { i64::MAX }))
}

/// A repetition count (`seq * n`): too big is an OverflowError, negative
/// is zero.
pub fn repeat_index(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match index_fit(vm, v)? {
        Ok(i) => Ok(i.max(0) as usize),
        Err(_) => Err(vm.overflow(format!("cannot fit '{}' into an index-sized integer", v.type_name()))),
    }
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        None
    } else {
        Some(j as usize)
    }
}

/// A slice's bounds as machine integers, before they meet a length
/// (CPython's `PySlice_Unpack`): runs the bounds' `__index__` (step, start,
/// stop, in that order), which may change the sequence being sliced, so
/// callers read its length only afterwards.
pub fn slice_unpack(vm: &mut Vm, s: &PySlice) -> PyResult<(i64, i64, i64)> {
    let step = match &s.step {
        Value::None => 1,
        v => slice_bound(vm, v)?,
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    // -i64::MAX, so that the step can be negated.
    let step = step.max(-i64::MAX);
    let start = match &s.start {
        Value::None => {
            if step < 0 {
                i64::MAX
            } else {
                0
            }
        }
        v => slice_bound(vm, v)?,
    };
    let stop = match &s.stop {
        Value::None => {
            if step < 0 {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        v => slice_bound(vm, v)?,
    };
    Ok((start, stop, step))
}

/// Unpacked slice bounds against a length (CPython's
/// `PySlice_AdjustIndices`): (start, stop, step, count), every position
/// the slice selects in `0..len`.
pub fn slice_adjust(len: usize, (start, stop, step): (i64, i64, i64)) -> (i64, i64, i64, usize) {
    let len = len as i64;
    let fix = |v: i64| -> i64 {
        if v < 0 {
            let v = v + len;
            if v < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            v
        }
    };
    let (start, stop) = (fix(start), fix(stop));
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    (start, stop, step, count)
}

/// Resolves a slice against a length: (start, stop, step, count). Only for
/// a length that the bounds' `__index__` cannot change (a str, a tuple, a
/// number); a list unpacks first and reads its length afterwards.
pub fn slice_indices(vm: &mut Vm, s: &PySlice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let b = slice_unpack(vm, s)?;
    Ok(slice_adjust(len, b))
}

fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index_clamped(vm, v),
        Value::Instance(_)
            if attr::user_method(vm, v, "__index__").is_some()
                || payload_of(v).is_some_and(|p| matches!(p, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) =>
        {
            index_clamped(vm, v)
        }
        _ => Err(vm.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

fn slice_pick<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Slice(Rc::new(PySlice { start, stop, step }))
}

#[cold]
fn not_subscriptable(vm: &Vm, c: &Value) -> PyErr {
    vm.type_error(format!("'{}' object is not subscriptable", c.type_name()))
}

fn seq_index_type_error(vm: &Vm, what: &str, k: &Value) -> PyErr {
    vm.type_error(format!("{what} indices must be integers or slices, not {}", k.type_name()))
}

pub fn getitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<Value> {
    match c {
        Value::List(l) => match k {
            Value::Int(i) => {
                let items = l.items.borrow();
                match norm_index(*i, items.len()) {
                    Some(j) => Ok(items[j].clone()),
                    None => Err(vm.index_error("list index out of range")),
                }
            }
            Value::Slice(s) => {
                let b = slice_unpack(vm, s)?;
                let items = l.items.borrow();
                let (start, _, step, count) = slice_adjust(items.len(), b);
                Ok(Value::list(slice_pick(&items, start, step, count)))
            }
            Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) if !matches!(k, Value::Instance(_)) || is_index(vm, k) => {
                let i = subscript_index(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            _ => Err(seq_index_type_error(vm, "list", k)),
        },
        Value::Tuple(t) => match k {
            Value::Int(i) => match norm_index(*i, t.items.len()) {
                Some(j) => Ok(t.items[j].clone()),
                None => Err(vm.index_error("tuple index out of range")),
            },
            Value::Slice(s) => {
                let (start, _, step, count) = slice_indices(vm, s, t.items.len())?;
                Ok(Value::tuple(slice_pick(&t.items, start, step, count)))
            }
            Value::Bool(_) | Value::BigInt(_) => {
                let i = subscript_index(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            Value::Instance(_) if is_index(vm, k) => {
                let i = subscript_index(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            _ => Err(seq_index_type_error(vm, "tuple", k)),
        },
        Value::Str(s) => match k {
            Value::Int(i) => match str_item(s, *i) {
                Value::Unbound => Err(vm.index_error("string index out of range")),
                c => Ok(c),
            },
            Value::Slice(sl) => {
                let (start, _, step, count) = slice_indices(vm, sl, s.chars)?;
                if step == 1 {
                    return Ok(Value::str(s.substr(start as usize, start as usize + count)));
                }
                let chars: Vec<char> = s.s.chars().collect();
                Ok(Value::string(slice_pick(&chars, start, step, count).into_iter().collect()))
            }
            Value::Bool(_) | Value::BigInt(_) => {
                let i = subscript_index(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            Value::Instance(_) if is_index(vm, k) => {
                let i = subscript_index(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            _ => Err(vm.type_error(format!("string indices must be integers, not '{}'", k.type_name()))),
        },
        Value::Dict(d) => match dict_get(vm, d, k)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(k.clone())),
        },
        Value::Range(_) => crate::interp::range::range_getitem(vm, c, k),
        Value::Instance(i) => {
            let name = crate::name!("__getitem__");
            let user = attr::user_method_named(vm, c, &name);
            if let (Some(Value::Dict(d)), None) = (i.payload(), &user) {
                if let Some(v) = dict_get(vm, &d, k)? {
                    return Ok(v);
                }
                if let Some(m) = attr::user_method(vm, c, "__missing__") {
                    return vm.call(&m, &[c.clone(), k.clone()], &[]);
                }
                return Err(vm.key_error(k.clone()));
            }
            match attr::call_special_named(vm, c, &name, std::slice::from_ref(k)) {
                Some(r) => r,
                None => Err(not_subscriptable(vm, c)),
            }
        }
        Value::Type(t) if t.is_builtin => Ok(c.clone()),
        Value::Type(t) => match t.lookup(&crate::name!("__class_getitem__")) {
            Some(f) => {
                let f = attr::unwrap_static(f);
                let f = match &f {
                    Value::Instance(i) if i.class().kind == crate::objects::TypeKind::ClassMethod => i.wrapped_func().cloned().unwrap_or_default(),
                    other => other.clone(),
                };
                vm.call(&f, &[c.clone(), k.clone()], &[])
            }
            None => Err(vm.type_error(format!("type '{}' is not subscriptable", t.name.as_str()))),
        },
        _ => Err(not_subscriptable(vm, c)),
    }
}

/// `s[i]` for an int index in range, as `getitem` gives it; `Unbound`
/// when out of range (the loop's general arm then raises). Pure: the
/// loop's fast path.
#[inline(never)]
pub fn str_item(s: &PyStr, i: i64) -> Value {
    match norm_index(i, s.chars) {
        Some(j) => str_char(s, j),
        None => Value::Unbound,
    }
}

/// `item in c` when it is decided without Python code and cannot fail: an
/// int or string in a set or frozenset, a string in a string. `None` for
/// anything else (the loop's general arm, `contains`).
#[inline(never)]
pub fn contains_pure(c: &Value, item: &Value) -> Option<bool> {
    match (c, item) {
        (Value::Set(s) | Value::FrozenSet(s), Value::Int(i)) => set_find_pure(s, settable::hash_int_i64(*i), item),
        (Value::Set(s) | Value::FrozenSet(s), Value::Str(k)) => set_find_pure(s, k.hash(), item),
        (Value::Str(s), Value::Str(sub)) => Some(s.s.contains(&*sub.s)),
        _ => None,
    }
}

fn str_char(s: &PyStr, j: usize) -> Value {
    match s.char_at(j) {
        Some(ch) => Value::Str(crate::objects::str::char_str(ch)),
        None => Value::str(""),
    }
}

pub fn setitem(vm: &mut Vm, c: &Value, k: Value, v: Value) -> PyResult<()> {
    match c {
        Value::List(l) => match &k {
            Value::Slice(s) => list_set_slice(vm, l, s, &v),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => list_set_index(vm, l, &k, v),
            Value::Instance(_) if is_index(vm, &k) => list_set_index(vm, l, &k, v),
            _ => Err(seq_index_type_error(vm, "list", &k)),
        },
        Value::Dict(d) => dict_set(vm, d, k, v),
        Value::Instance(_) => match attr::call_special_named(vm, c, &crate::name!("__setitem__"), &[k, v]) {
            Some(r) => r.map(|_| ()),
            None => Err(vm.type_error(format!("'{}' object does not support item assignment", c.type_name()))),
        },
        _ => Err(vm.type_error(format!("'{}' object does not support item assignment", c.type_name()))),
    }
}

pub fn delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<()> {
    match c {
        Value::List(l) => match k {
            Value::Slice(s) => {
                let b = slice_unpack(vm, s)?;
                let mut items = l.items.borrow_mut();
                let (start, stop, step, count) = slice_adjust(items.len(), b);
                if step == 1 {
                    items.drain(start as usize..stop.max(start) as usize);
                } else if count > 0 {
                    // Keep every element the slice does not select, in order.
                    let (lo, step) = if step > 0 { (start, step) } else { (start + (count as i64 - 1) * step, -step) };
                    let (lo, step) = (lo as usize, step as usize);
                    let mut i = 0usize;
                    items.retain(|_| {
                        let drop = i >= lo && (i - lo).is_multiple_of(step) && (i - lo) / step < count;
                        i += 1;
                        !drop
                    });
                }
                Ok(())
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => list_del_index(vm, l, k),
            Value::Instance(_) if is_index(vm, k) => list_del_index(vm, l, k),
            _ => Err(seq_index_type_error(vm, "list", k)),
        },
        Value::Dict(d) => match dict_remove(vm, d, k)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(k.clone())),
        },
        Value::Instance(_) => match attr::call_special_named(vm, c, &crate::name!("__delitem__"), std::slice::from_ref(k)) {
            Some(r) => r.map(|_| ()),
            None => Err(vm.type_error(format!("'{}' object doesn't support item deletion", c.type_name()))),
        },
        // CPython words slice deletion differently from item deletion.
        _ if matches!(k, Value::Slice(_)) => Err(vm.type_error(format!("'{}' object does not support item deletion", c.type_name()))),
        _ => Err(vm.type_error(format!("'{}' object doesn't support item deletion", c.type_name()))),
    }
}

/// Item `i` of a list, if it still has one (for loops that call Python
/// code between steps, which may shrink or grow the list).
pub fn list_item(l: &PyList, i: usize) -> Option<Value> {
    l.items.borrow().get(i).cloned()
}

/// Whether an instance can be an index (`__index__`, or an int subclass).
fn is_index(vm: &Vm, k: &Value) -> bool {
    attr::user_method(vm, k, "__index__").is_some() || payload_of(k).is_some_and(|p| matches!(p, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)))
}

/// `l[i] = v`; the index's `__index__` runs before the length is read.
fn list_set_index(vm: &mut Vm, l: &PyList, k: &Value, v: Value) -> PyResult<()> {
    let i = subscript_index(vm, k)?;
    let mut items = l.items.borrow_mut();
    match norm_index(i, items.len()) {
        Some(j) => {
            items[j] = v;
            Ok(())
        }
        None => Err(vm.index_error("list assignment index out of range")),
    }
}

/// `del l[i]`.
fn list_del_index(vm: &mut Vm, l: &PyList, k: &Value) -> PyResult<()> {
    let i = subscript_index(vm, k)?;
    let mut items = l.items.borrow_mut();
    match norm_index(i, items.len()) {
        Some(j) => {
            items.remove(j);
            Ok(())
        }
        None => Err(vm.index_error("list assignment index out of range")),
    }
}

/// `l[a:b:c] = v`, in CPython's order: the bounds' `__index__`, the
/// length, then the new items (iterating them may run Python code that
/// changes the list, so the slice is fitted to the length again after).
fn list_set_slice(vm: &mut Vm, l: &PyList, s: &PySlice, v: &Value) -> PyResult<()> {
    let b = slice_unpack(vm, s)?;
    let (_, _, step, _) = slice_adjust(l.items.borrow().len(), b);
    let new_items = if step == 1 {
        iterate(vm, v).map_err(|e| if vm.err_is(&e, ExcKind::TypeError) { vm.type_error("can only assign an iterable") } else { e })?
    } else {
        iterate(vm, v).map_err(|e| if vm.err_is(&e, ExcKind::TypeError) { vm.type_error("must assign iterable to extended slice") } else { e })?
    };
    let mut items = l.items.borrow_mut();
    let (start, stop, step, count) = slice_adjust(items.len(), b);
    if step == 1 {
        let stop = stop.max(start) as usize;
        let start = start as usize;
        // Reserve first, so that a huge right-hand side is a MemoryError.
        let grow = new_items.len().saturating_sub(stop - start);
        if items.try_reserve(grow).is_err() {
            return Err(vm.memory_error());
        }
        items.splice(start..stop, new_items);
        return Ok(());
    }
    if new_items.len() != count {
        return Err(vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), count)));
    }
    let mut i = start;
    for x in new_items {
        items[i as usize] = x;
        i += step;
    }
    Ok(())
}

pub fn set_contains(vm: &mut Vm, s: &PySet, k: &Value) -> PyResult<bool> {
    let h = hash(vm, k)?;
    match set_find_pure(s, h, k) {
        Some(b) => Ok(b),
        None => set_contains_slow(vm, s, h, k),
    }
}

/// Whether `k` (hashed `h`) is in `s`, when every comparison on the way is
/// decided without Python code (ints, strings, tuples of them); `None`
/// when one needs it.
#[inline]
fn set_find_pure(s: &PySet, h: i64, k: &Value) -> Option<bool> {
    s.table.borrow().contains(h, |x| pure_eq(x, k).ok_or(())).ok()
}

/// The keys of `s` hashed `h`, copied out: comparing them may run `__eq__`,
/// which may change the set.
fn set_candidates(s: &PySet, h: i64) -> Vec<Value> {
    s.table.borrow().iter().filter(|(hh, _)| *hh == h).map(|(_, x)| x.clone()).collect()
}

/// `set_contains` when a comparison may run Python code.
#[inline(never)]
fn set_contains_slow(vm: &mut Vm, s: &PySet, h: i64, k: &Value) -> PyResult<bool> {
    for c in set_candidates(s, h) {
        if eq(vm, &c, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn set_insert(vm: &mut Vm, s: &PySet, k: Value) -> PyResult<()> {
    let h = hash(vm, &k)?;
    let present = match set_find_pure(s, h, &k) {
        Some(b) => b,
        None => set_contains_slow(vm, s, h, &k)?,
    };
    if !present {
        let r: Result<bool, ()> = s.table.borrow_mut().insert(h, k, |_| Ok(false));
        let _ = r;
    }
    Ok(())
}

pub fn set_remove(vm: &mut Vm, s: &PySet, k: &Value) -> PyResult<bool> {
    let h = hash(vm, k)?;
    // One probe when the comparisons need no Python code.
    let pure: Result<Option<Value>, ()> = s.table.borrow_mut().remove(h, |x| pure_eq(x, k).ok_or(()));
    match pure {
        Ok(removed) => Ok(removed.is_some()),
        Err(()) => set_remove_slow(vm, s, h, k),
    }
}

#[inline(never)]
fn set_remove_slow(vm: &mut Vm, s: &PySet, h: i64, k: &Value) -> PyResult<bool> {
    for c in set_candidates(s, h) {
        if eq(vm, &c, k)? {
            let r: Result<Option<Value>, ()> = s.table.borrow_mut().remove(h, |x| Ok(x.is(&c)));
            let _ = r;
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn collect_set(vm: &mut Vm, it: &Value) -> PyResult<Rc<PySet>> {
    let s = PySet::new(SetTable::new());
    match it {
        Value::Set(o) | Value::FrozenSet(o) => {
            *s.table.borrow_mut() = o.table.borrow().copy_of();
        }
        _ => {
            for x in iterate(vm, it)? {
                set_insert(vm, &s, x)?;
            }
        }
    }
    Ok(s)
}

pub fn contains(vm: &mut Vm, c: &Value, item: &Value) -> PyResult<bool> {
    match c {
        Value::List(l) => {
            // The length is read again at every step: `__eq__` may change the list.
            let mut i = 0;
            while let Some(x) = list_item(l, i) {
                if eq(vm, &x, item)? {
                    return Ok(true);
                }
                i += 1;
            }
            Ok(false)
        }
        Value::Tuple(t) => {
            for x in t.items.iter() {
                if eq(vm, x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Str(s) => match item {
            Value::Str(sub) => Ok(s.s.contains(&*sub.s)),
            _ => Err(vm.type_error(format!("'in <string>' requires string as left operand, not {}", item.type_name()))),
        },
        Value::Dict(d) => dict_contains(vm, d, item),
        Value::Set(s) | Value::FrozenSet(s) => set_contains(vm, s, item),
        Value::DictView(v) => match v.kind {
            ViewKind::Keys => dict_contains(vm, &v.dict, item),
            _ => {
                for x in iterate(vm, c)? {
                    if eq(vm, &x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Value::Range(_) => crate::interp::range::range_contains(vm, c, item),
        Value::Instance(_) => {
            if let Some(r) = attr::call_special_named(vm, c, &crate::name!("__contains__"), std::slice::from_ref(item)) {
                let r = r?;
                return truthy(vm, &r);
            }
            let it = get_iter(vm, c).map_err(|e| {
                if vm.err_is(&e, ExcKind::TypeError) {
                    vm.type_error(format!("argument of type '{}' is not iterable", c.type_name()))
                } else {
                    e
                }
            })?;
            while let Some(x) = next(vm, &it)? {
                if eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match get_iter(vm, c) {
            Ok(it) => {
                while let Some(x) = next(vm, &it)? {
                    if eq(vm, &x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Err(_) => Err(vm.type_error(format!("argument of type '{}' is not iterable", c.type_name()))),
        },
    }
}

/// The length of a range as an int of any size (CPython's
/// `range.length`): `len()` alone must fit a machine word, truth,
/// equality and `reversed()` need not.
pub fn range_length(r: &Value) -> BigInt {
    let (a, b, s) = crate::interp::range::range_parts(r).unwrap_or_default();
    if s.is_positive() && b > a {
        (b - a - 1) / s + 1
    } else if s.is_negative() && a > b {
        (a - b - 1) / (-s) + 1
    } else {
        BigInt::zero()
    }
}

pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.chars,
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.data.borrow().len(),
        Value::Set(s) | Value::FrozenSet(s) => s.table.borrow().len(),
        Value::DictView(d) => d.dict.data.borrow().len(),
        Value::Range(_) => match crate::interp::range::range_len(vm, v)? {
            n if n > isize::MAX as usize => return Err(vm.overflow("Python int too large to convert to C ssize_t")),
            n => n,
        },
        Value::Instance(_) => match attr::call_special_named(vm, v, &crate::name!("__len__"), &[]) {
            Some(r) => {
                let r = r?;
                // CPython's `slot_sq_length`: the sign first, then the size.
                let n = match index_fit(vm, &r)? {
                    Ok(n) => n,
                    Err(true) => -1,
                    Err(false) => return Err(vm.overflow(format!("cannot fit '{}' into an index-sized integer", r.type_name()))),
                };
                if n < 0 {
                    return Err(vm.value_error("__len__() should return >= 0"));
                }
                n as usize
            }
            None => return Err(vm.type_error(format!("object of type '{}' has no len()", v.type_name()))),
        },
        _ => return Err(vm.type_error(format!("object of type '{}' has no len()", v.type_name()))),
    })
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets, in CPython's result order.
pub fn set_binop(vm: &mut Vm, kind: BinOpKind, a: &Value, b: &Value) -> PyResult<Value> {
    let (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) = (a, b) else {
        return Err(vm.internal("set_binop on non-sets"));
    };
    // Each operation builds its result in the order CPython's setobject.c does,
    // since the result's iteration order is observable.
    let items = |t: &Rc<PySet>| -> Vec<Value> { t.table.borrow().iter().map(|(_, k)| k.clone()).collect() };
    let result = match kind {
        BinOpKind::Or => {
            let r = PySet::new(x.table.borrow().copy_of());
            let other = y.table.borrow().clone();
            set_merge(&r, &other);
            r
        }
        BinOpKind::And => {
            // Iterate the smaller operand (the right one on a tie), probe the other.
            let (iter_over, probe) = if y.table.borrow().len() > x.table.borrow().len() { (x, y) } else { (y, x) };
            let r = PySet::new(SetTable::new());
            for k in items(iter_over) {
                if set_contains(vm, probe, &k)? {
                    set_insert(vm, &r, k)?;
                }
            }
            r
        }
        BinOpKind::Sub => {
            if (x.table.borrow().len() >> 2) > y.table.borrow().len() {
                let r = PySet::new(x.table.borrow().copy_of());
                for k in items(y) {
                    set_remove(vm, &r, &k)?;
                }
                r
            } else {
                let r = PySet::new(SetTable::new());
                for k in items(x) {
                    if !set_contains(vm, y, &k)? {
                        set_insert(vm, &r, k)?;
                    }
                }
                r
            }
        }
        _ => {
            // Symmetric difference: a copy of the right operand, updated with the left.
            let r = PySet::new(y.table.borrow().copy_of());
            for k in items(x) {
                if !set_remove(vm, &r, &k)? {
                    set_insert(vm, &r, k)?;
                }
            }
            r
        }
    };
    Ok(if matches!(a, Value::FrozenSet(_)) { Value::FrozenSet(result) } else { Value::Set(result) })
}

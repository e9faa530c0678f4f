//! `range` objects: length, indexing, membership and iteration, for the
//! loop's instructions (`len`, `r[i]`, `x in r`, `for x in r`) and the
//! methods of `range`.

use crate::interp::{ops, Vm};
use crate::objects::{IterKind, PyIter, PyRange, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::BigInt(b) => (**b).clone(),
        Value::Bool(b) => BigInt::from(b.get() as i64),
        _ => BigInt::zero(),
    }
}

pub fn range_parts(r: &Value) -> Option<(BigInt, BigInt, BigInt)> {
    match r {
        Value::Range(r) => Some((big(&r.start), big(&r.stop), big(&r.step))),
        _ => None,
    }
}

fn range_len_big(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        BigInt::zero()
    }
}

pub fn range_len(vm: &mut Vm, r: &Value) -> PyResult<usize> {
    if let Value::Range(rr) = r {
        if let (Value::Int(a), Value::Int(b), Value::Int(s)) = (&rr.start, &rr.stop, &rr.step) {
            let (a, b, s) = (*a as i128, *b as i128, *s as i128);
            let n = if s > 0 {
                if b > a {
                    (b - a - 1) / s + 1
                } else {
                    0
                }
            } else if a > b {
                (a - b - 1) / (-s) + 1
            } else {
                0
            };
            return usize::try_from(n).map_err(|_| vm.overflow("Python int too large to convert to C ssize_t"));
        }
    }
    let (a, b, s) = range_parts(r).unwrap_or_default();
    range_len_big(&a, &b, &s).to_usize().ok_or_else(|| vm.overflow("Python int too large to convert to C ssize_t"))
}

pub fn range_getitem(vm: &mut Vm, r: &Value, k: &Value) -> PyResult<Value> {
    let (a, b, s) = range_parts(r).unwrap_or_default();
    let n = range_len_big(&a, &b, &s);
    match k {
        Value::Slice(sl) => {
            let (start, stop_idx, step) = slice_indices_big(vm, sl, &n)?;
            let new_start = &a + &s * start;
            let new_step = &s * step;
            let new_stop = &a + &s * stop_idx;
            Ok(Value::Range(Rc::new(PyRange { start: Value::from_bigint(new_start), stop: Value::from_bigint(new_stop), step: Value::from_bigint(new_step) })))
        }
        _ => {
            let is_index = match k {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
                Value::Instance(i) => {
                    crate::interp::attr::user_method(vm, k, "__index__").is_some()
                        || matches!(i.payload(), Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_)))
                }
                _ => false,
            };
            if !is_index {
                return Err(vm.type_error(format!("range indices must be integers or slices, not {}", k.type_name())));
            }
            // An index of any size: ranges reach past machine integers.
            let i = match ops::index_value(vm, k)? {
                Value::Int(i) => BigInt::from(i),
                Value::BigInt(b) => (*b).clone(),
                _ => BigInt::from(0),
            };
            let i = if i.is_negative() { i + &n } else { i };
            if i.is_negative() || i >= n {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(Value::from_bigint(a + s * i))
        }
    }
}

/// A slice resolved against a length of any size (CPython's
/// `_PySlice_GetLongIndices`, what range slicing uses): (start, stop,
/// step) as big ints, bounds clamped as `PySlice_AdjustIndices` does. The
/// step is read first, then start and stop.
fn slice_indices_big(vm: &mut Vm, sl: &crate::objects::PySlice, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = match &sl.step {
        Value::None => BigInt::from(1),
        v => slice_index_big(vm, v)?,
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() { (BigInt::from(-1), len - 1) } else { (BigInt::zero(), len.clone()) };
    let bound = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if matches!(v, Value::None) {
            return Ok(default.clone());
        }
        let i = slice_index_big(vm, v)?;
        Ok(if i.is_negative() { (i + len).max(lower.clone()) } else { i.min(upper.clone()) })
    };
    let neg = step.is_negative();
    let start = bound(vm, &sl.start, if neg { &upper } else { &lower })?;
    let stop = bound(vm, &sl.stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// A slice bound of any size: an int, or an object with `__index__`.
fn slice_index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let ok = match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
        Value::Instance(i) => {
            crate::interp::attr::user_method(vm, v, "__index__").is_some() || matches!(i.payload(), Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_)))
        }
        _ => false,
    };
    if !ok {
        return Err(vm.type_error("slice indices must be integers or None or have an __index__ method"));
    }
    Ok(big(&ops::index_value(vm, v)?))
}

pub fn range_contains(vm: &mut Vm, r: &Value, item: &Value) -> PyResult<bool> {
    match item {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let (a, b, s) = range_parts(r).unwrap_or_default();
            let x = big(item);
            let inside = if s.is_positive() { x >= a && x < b } else { x <= a && x > b };
            Ok(inside && ((x - a) % s).is_zero())
        }
        _ => {
            for x in ops::iterate(vm, r)? {
                if ops::eq(vm, &x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn range_iter(vm: &mut Vm, r: &Value) -> PyResult<Value> {
    let _ = vm;
    if let Value::Range(rr) = r {
        if let (Value::Int(a), Value::Int(b), Value::Int(s)) = (&rr.start, &rr.stop, &rr.step) {
            return Ok(PyIter::value(IterKind::Range { cur: *a, stop: *b, step: *s }));
        }
    }
    let (a, b, s) = range_parts(r).unwrap_or_default();
    Ok(PyIter::value(IterKind::BigRange { cur: a, stop: b, step: s }))
}

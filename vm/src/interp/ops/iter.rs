//! Iteration: `iter`, `next`, unpacking.

use super::prelude::*;
use super::try_reserve;

pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::List(l) => PyIter::value(IterKind::List(l.clone(), 0)),
        Value::Tuple(t) => PyIter::value(IterKind::Tuple(t.clone(), 0)),
        Value::Str(s) => PyIter::value(IterKind::Str(s.clone(), 0)),
        Value::Range(_) => crate::interp::range::range_iter(vm, v)?,
        Value::Dict(d) => {
            let cursor = proxies::Cursor::new(&d.data.borrow());
            PyIter::value(IterKind::Dict { dict: d.clone(), cursor, kind: ViewKind::Keys })
        }
        Value::DictView(dv) => {
            let cursor = proxies::Cursor::new(&dv.dict.data.borrow());
            PyIter::value(IterKind::Dict { dict: dv.dict.clone(), cursor, kind: dv.kind })
        }
        Value::Set(s) | Value::FrozenSet(s) => {
            let len = s.table.borrow().len();
            PyIter::value(IterKind::Set { set: s.clone(), pos: 0, len })
        }
        Value::Iter(_) | Value::Generator(_) => v.clone(),
        Value::Instance(_) => {
            if let Some(f) = attr::lookup_special(vm, v, "__iter__") {
                let it = vm.call(&f, &[], &[])?;
                if attr::lookup_special(vm, &it, "__next__").is_none() && !matches!(it, Value::Iter(_) | Value::Generator(_)) {
                    return Err(vm.type_error(format!("iter() returned non-iterator of type '{}'", it.type_name())));
                }
                return Ok(it);
            }
            if attr::lookup_special(vm, v, "__getitem__").is_some() {
                return Ok(PyIter::value(IterKind::SeqIter { seq: v.clone(), idx: 0 }));
            }
            return Err(not_iterable(vm, v));
        }
        _ => return Err(not_iterable(vm, v)),
    })
}

#[cold]
fn not_iterable(vm: &Vm, v: &Value) -> PyErr {
    vm.type_error(format!("'{}' object is not iterable", v.type_name()))
}

/// `next` as the loop's resume answers it: the next item, or `Unbound`
/// when there is none, with the error, if any, in `err`. A generator's
/// item comes back in registers, with no `PyResult` built per item (the
/// built-ins that consume a whole iterator use this).
#[inline]
pub fn next_value(vm: &mut Vm, it: &Value, err: &mut Option<PyErr>) -> Value {
    match it {
        Value::Generator(g) => vm.gen_next_value(g, err),
        _ => match next(vm, it) {
            Ok(Some(v)) => v,
            Ok(None) => Value::Unbound,
            Err(e) => {
                *err = Some(e);
                Value::Unbound
            }
        },
    }
}

/// Advances an iterator: `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::Iter(i) => crate::interp::iters::iter_next(vm, i),
        Value::Generator(g) => vm.gen_next(g),
        Value::Instance(_) => match attr::call_special_named(vm, it, &crate::name!("__next__"), &[]) {
            Some(r) => match r {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, ExcKind::StopIteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name()))),
        },
        _ => Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name()))),
    }
}

/// Collects an iterable into a vector.
pub fn iterate(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(l) => return Ok(l.items.borrow().clone()),
        Value::Tuple(t) => return Ok(t.items.to_vec()),
        _ => {}
    }
    let mut out = Vec::new();
    if let Value::Range(_) = v {
        // Room for every item first, as CPython's length hint does: a range
        // too long for memory is a MemoryError before it is iterated.
        let n = crate::interp::range::range_len(vm, v)?;
        try_reserve(vm, &mut out, n)?;
    }
    let it = get_iter(vm, v)?;
    while let Some(x) = next(vm, &it)? {
        if out.len() == out.capacity() {
            try_reserve(vm, &mut out, 1)?;
        }
        out.push(x);
    }
    Ok(out)
}

/// `l.extend(it)` and `l += it`, as CPython's `list.extend`: a list or
/// tuple is copied in one step; any other iterable is appended item by
/// item, so that Python code run by its iterator sees the list grow.
pub fn extend_list(vm: &mut Vm, l: &crate::objects::PyList, it: &Value) -> PyResult<()> {
    if let Value::List(_) | Value::Tuple(_) = it {
        let items = iterate(vm, it)?;
        let mut cur = l.items.borrow_mut();
        try_reserve(vm, &mut cur, items.len())?;
        cur.extend(items);
        return Ok(());
    }
    if let Value::Range(_) = it {
        let n = crate::interp::range::range_len(vm, it)?;
        try_reserve(vm, &mut l.items.borrow_mut(), n)?;
    }
    let it = get_iter(vm, it)?;
    while let Some(x) = next(vm, &it)? {
        let mut cur = l.items.borrow_mut();
        if cur.len() == cur.capacity() {
            try_reserve(vm, &mut cur, 1)?;
        }
        cur.push(x);
    }
    Ok(())
}

pub fn unpack_sequence(vm: &mut Vm, seq: &Value, n: usize) -> PyResult<()> {
    let items: Vec<Value> = match seq {
        Value::Tuple(t) if t.items.len() == n => {
            vm.stack.extend(t.items.iter().rev().cloned());
            return Ok(());
        }
        Value::List(l) if l.items.borrow().len() == n => {
            let items = l.items.borrow();
            vm.stack.extend(items.iter().rev().cloned());
            return Ok(());
        }
        Value::Tuple(_) | Value::List(_) => iterate(vm, seq)?,
        _ => {
            let it = get_iter(vm, seq).map_err(|_| vm.type_error(format!("cannot unpack non-iterable {} object", seq.type_name())))?;
            let mut out = Vec::new();
            while let Some(x) = next(vm, &it)? {
                out.push(x);
                if out.len() > n {
                    return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
                }
            }
            out
        }
    };
    if items.len() < n {
        return Err(vm.value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
    }
    if items.len() > n {
        return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
    }
    vm.stack.extend(items.into_iter().rev());
    Ok(())
}

pub fn unpack_ex(vm: &mut Vm, seq: &Value, before: usize, after: usize) -> PyResult<()> {
    let items = match seq {
        Value::Tuple(_) | Value::List(_) => iterate(vm, seq)?,
        _ => {
            get_iter(vm, seq).map_err(|_| vm.type_error(format!("cannot unpack non-iterable {} object", seq.type_name())))?;
            iterate(vm, seq)?
        }
    };
    if items.len() < before + after {
        return Err(vm.value_error(format!("not enough values to unpack (expected at least {}, got {})", before + after, items.len())));
    }
    let mid_end = items.len() - after;
    let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(Value::list(items[before..mid_end].to_vec()));
    out.extend(items[mid_end..].iter().cloned());
    vm.stack.extend(out.into_iter().rev());
    Ok(())
}

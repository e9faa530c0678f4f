//! `next()` for the built-in iterators (list, tuple, str, range, dict and
//! set iterators, enumerate, zip, map, filter, reversed, ...).

use crate::interp::{ops, Vm};
use crate::objects::{IterKind, PyIter, PyResult, Value, ViewKind};
use num_traits::Signed;

/// `ForIter`'s fast path, in the loop: the next item of a range, list or
/// tuple iterator that has one, stepped in place; `Value::Unbound` for
/// anything else (another kind, an exhausted iterator, a borrowed one),
/// which `iter_next` then answers.
#[inline(always)]
pub fn next_fast(it: &PyIter) -> Value {
    let Ok(mut k) = it.kind.try_borrow_mut() else {
        return Value::Unbound;
    };
    match &mut *k {
        IterKind::Range { cur, stop, step } if *step == 1 && *cur < *stop => {
            let v = *cur;
            *cur += 1;
            Value::Int(v)
        }
        IterKind::List(l, i) => match l.items.try_borrow() {
            Ok(items) => match items.get(*i) {
                Some(v) => {
                    *i += 1;
                    v.clone()
                }
                None => Value::Unbound,
            },
            Err(_) => Value::Unbound,
        },
        IterKind::Tuple(t, i) => match t.items.get(*i) {
            Some(v) => {
                *i += 1;
                v.clone()
            }
            None => Value::Unbound,
        },
        _ => Value::Unbound,
    }
}

pub fn iter_next(vm: &mut Vm, it: &PyIter) -> PyResult<Option<Value>> {
    // Variants that run Python code must not hold the borrow while they do.
    let mut k = it.kind.borrow_mut();
    match &mut *k {
        IterKind::List(l, i) => {
            let items = l.items.borrow();
            if *i < items.len() {
                let v = items[*i].clone();
                *i += 1;
                return Ok(Some(v));
            }
            drop(items);
            *k = IterKind::Exhausted;
            Ok(None)
        }
        IterKind::Tuple(t, i) => {
            if *i < t.items.len() {
                let v = t.items[*i].clone();
                *i += 1;
                return Ok(Some(v));
            }
            *k = IterKind::Exhausted;
            Ok(None)
        }
        IterKind::Str(s, pos) => match s.s[*pos..].chars().next() {
            Some(c) => {
                *pos += c.len_utf8();
                Ok(Some(Value::Str(crate::objects::str::char_str(c))))
            }
            None => {
                *k = IterKind::Exhausted;
                Ok(None)
            }
        },
        IterKind::Range { cur, stop, step } => {
            if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                let v = *cur;
                match cur.checked_add(*step) {
                    Some(n) => *cur = n,
                    None => *cur = *stop,
                }
                return Ok(Some(Value::Int(v)));
            }
            Ok(None)
        }
        IterKind::BigRange { cur, stop, step } => {
            if (step.is_positive() && *cur < *stop) || (step.is_negative() && *cur > *stop) {
                let v = cur.clone();
                *cur = &*cur + &*step;
                return Ok(Some(Value::from_bigint(v)));
            }
            Ok(None)
        }
        IterKind::Dict { dict, cursor, kind } => {
            let next = cursor.next(&dict.data.borrow());
            match next {
                Ok(Some((k, v))) => Ok(Some(match kind {
                    ViewKind::Keys => k,
                    ViewKind::Values => v,
                    ViewKind::Items => Value::tuple_from([k, v]),
                })),
                Ok(None) => Ok(None),
                Err(proxies::IterError::ChangedSize) => Err(vm.new_error(crate::objects::ExcKind::RuntimeError, "dictionary changed size during iteration")),
                Err(proxies::IterError::KeysChanged) => Err(vm.new_error(crate::objects::ExcKind::RuntimeError, "dictionary keys changed during iteration")),
            }
        }
        IterKind::Set { set, pos, len } => {
            let t = set.table.borrow();
            if t.len() != *len {
                *len = usize::MAX;
                drop(t);
                return Err(vm.new_error(crate::objects::ExcKind::RuntimeError, "Set changed size during iteration"));
            }
            match t.next_from(*pos) {
                Some((next, _, v)) => {
                    let v = v.clone();
                    *pos = next;
                    Ok(Some(v))
                }
                None => Ok(None),
            }
        }
        IterKind::Enumerate { it: inner, count } => {
            let inner = inner.clone();
            let c = count.clone();
            drop(k);
            match ops::next(vm, &inner)? {
                Some(v) => {
                    let next = match &c {
                        Value::Int(i) if *i < i64::MAX => Value::Int(i + 1),
                        other => ops::binary_op(vm, crate::bytecode::BinOpKind::Add, other, &Value::Int(1))?,
                    };
                    if let IterKind::Enumerate { count, .. } = &mut *it.kind.borrow_mut() {
                        *count = next;
                    }
                    Ok(Some(Value::tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterKind::Zip { its, strict } => {
            let its = its.clone();
            let strict = *strict;
            drop(k);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (n, i) in its.iter().enumerate() {
                match ops::next(vm, i)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if n > 0 {
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{} 1{}",
                                    n + 1,
                                    if n > 1 { "s" } else { "" },
                                    if n > 1 { format!("-{n}") } else { String::new() }
                                )));
                            }
                            for (m, j) in its.iter().enumerate().skip(1) {
                                if ops::next(vm, j)?.is_some() {
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{} 1{}",
                                        m + 1,
                                        if m > 1 { "s" } else { "" },
                                        if m > 1 { format!("-{m}") } else { String::new() }
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        IterKind::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(k);
            let mut args = Vec::with_capacity(its.len());
            for i in &its {
                match ops::next(vm, i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args, &[]).map(Some)
        }
        IterKind::Filter { func, it: inner } => {
            let (func, inner) = (func.clone(), inner.clone());
            drop(k);
            loop {
                match ops::next(vm, &inner)? {
                    Some(v) => {
                        let keep = if matches!(func, Value::None) {
                            ops::truthy(vm, &v)?
                        } else {
                            let r = vm.call(&func, std::slice::from_ref(&v), &[])?;
                            ops::truthy(vm, &r)?
                        };
                        if keep {
                            return Ok(Some(v));
                        }
                    }
                    None => return Ok(None),
                }
            }
        }
        IterKind::Reversed { seq, idx } => {
            if *idx < 0 {
                return Ok(None);
            }
            let v = match seq {
                Value::List(l) => l.items.borrow().get(*idx as usize).cloned(),
                _ => None,
            };
            *idx -= 1;
            Ok(v)
        }
        IterKind::SeqIter { seq, idx } => {
            let (seq, i) = (seq.clone(), *idx);
            drop(k);
            match ops::getitem(vm, &seq, &Value::Int(i)) {
                Ok(v) => {
                    if let IterKind::SeqIter { idx, .. } = &mut *it.kind.borrow_mut() {
                        *idx += 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if vm.err_is(&e, crate::objects::ExcKind::IndexError) || vm.err_is(&e, crate::objects::ExcKind::StopIteration) => {
                    *it.kind.borrow_mut() = IterKind::Exhausted;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterKind::CallableIter { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(k);
            let v = vm.call(&func, &[], &[])?;
            if ops::eq(vm, &v, &sentinel)? {
                *it.kind.borrow_mut() = IterKind::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterKind::Exhausted => Ok(None),
    }
}

//! Arithmetic: the inline fast paths, then built-in and user operators with CPython's reflected-operand and `NotImplemented` rules.

use super::prelude::*;
use super::*;

/// The arithmetic the loop does inline: machine ints that do not overflow
/// and floats. `None` sends the operation down the general path.
#[inline(always)]
pub fn fast_binop(kind: BinOpKind, a: &Value, b: &Value) -> Option<Value> {
    use BinOpKind as K;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            let (x, y) = (*x, *y);
            Some(Value::Int(match kind {
                K::Add => x.checked_add(y)?,
                K::Sub => x.checked_sub(y)?,
                K::Mul => x.checked_mul(y)?,
                K::And => x & y,
                K::Or => x | y,
                K::Xor => x ^ y,
                K::RShift if (0..64).contains(&y) => x >> y,
                K::LShift if (0..63).contains(&y) && x >= 0 && (x.leading_zeros() as i64) > y => x << y,
                K::FloorDiv if y > 0 && x >= 0 => x / y,
                K::Mod if y > 0 && x >= 0 => x % y,
                K::TrueDiv if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => return Some(Value::float(x as f64 / y as f64)),
                _ => return None,
            }))
        }
        (Value::Float(x), Value::Float(y)) => float_fast(kind, x.get(), y.get()),
        (Value::Float(x), Value::Int(y)) => float_fast(kind, x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) => float_fast(kind, *x as f64, y.get()),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(kind: BinOpKind, x: f64, y: f64) -> Option<Value> {
    use BinOpKind as K;
    Some(Value::float(match kind {
        K::Add => x + y,
        K::Sub => x - y,
        K::Mul => x * y,
        K::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    }))
}

#[cold]
fn binop_type_error(vm: &Vm, kind: BinOpKind, a: &Value, b: &Value, inplace: bool) -> PyErr {
    if kind == BinOpKind::Add {
        if let Value::Str(_) = a {
            return vm.type_error(format!("can only concatenate str (not \"{}\") to str", b.type_name()));
        }
        if let (Value::List(_), _) = (a, b) {
            return vm.type_error(format!("can only concatenate list (not \"{}\") to list", b.type_name()));
        }
        if let (Value::Tuple(_), _) = (a, b) {
            return vm.type_error(format!("can only concatenate tuple (not \"{}\") to tuple", b.type_name()));
        }
    }
    let sym = if inplace && kind != BinOpKind::Pow { format!("{}=", kind.symbol()) } else { kind.symbol().to_string() };
    let sym = if inplace && kind == BinOpKind::Pow { "**=".to_string() } else { sym };
    vm.type_error(format!("unsupported operand type(s) for {sym}: '{}' and '{}'", a.type_name(), b.type_name()))
}

/// The count of `seq * n` when `n` is an int; `None` for other values.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<usize>> {
    match n {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => repeat_index(vm, n).map(Some),
        _ => Ok(None),
    }
}

fn builtin_binop(vm: &mut Vm, kind: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use Value as V;
    if let (V::Bool(x), V::Bool(y)) = (a, b) {
        match kind {
            BinOpKind::And => return Ok(Some(V::bool(x.get() & y.get()))),
            BinOpKind::Or => return Ok(Some(V::bool(x.get() | y.get()))),
            BinOpKind::Xor => return Ok(Some(V::bool(x.get() ^ y.get()))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num::num_binop(vm, kind, x, y);
    }
    Ok(match (kind, a, b) {
        (BinOpKind::Add, V::Str(x), V::Str(y)) => {
            if let Some(s) = crate::objects::PyStr::concat_short(x, y) {
                return Ok(Some(Value::Str(std::rc::Rc::new(s))));
            }
            let mut s = try_string(vm, x.s.len().saturating_add(y.s.len()))?;
            s.push_str(&x.s);
            s.push_str(&y.s);
            Some(Value::string(s))
        }
        (BinOpKind::Add, V::List(x), V::List(y)) => {
            let (x, y) = (x.items.borrow(), y.items.borrow());
            let mut v = try_vec(vm, x.len().saturating_add(y.len()))?;
            v.extend(x.iter().cloned());
            v.extend(y.iter().cloned());
            Some(Value::list(v))
        }
        (BinOpKind::Add, V::Tuple(x), V::Tuple(y)) => {
            let mut v = try_vec(vm, x.items.len().saturating_add(y.items.len()))?;
            v.extend(x.items.iter().cloned());
            v.extend(y.items.iter().cloned());
            Some(Value::tuple(v))
        }
        (BinOpKind::Mul, V::Str(_) | V::List(_) | V::Tuple(_), n) | (BinOpKind::Mul, n, V::Str(_) | V::List(_) | V::Tuple(_)) => {
            let (seq, n) = if matches!(a, V::Str(_) | V::List(_) | V::Tuple(_)) { (a, n) } else { (b, a) };
            let k = match repeat_count(vm, n)? {
                Some(k) => k,
                None => match n {
                    Value::Instance(_) if attr::user_method(vm, n, "__index__").is_some() || payload_of(n).is_some() => repeat_index(vm, n)?,
                    Value::Instance(_) if attr::user_method(vm, n, if std::ptr::eq(seq, a) { "__rmul__" } else { "__mul__" }).is_some() => return Ok(None),
                    _ => return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", n.type_name()))),
                },
            };
            match seq {
                V::Str(s) => Some(Value::string(repeat_str(vm, &s.s, s.chars, k)?)),
                V::List(l) => {
                    let items = l.items.borrow().clone();
                    Some(Value::list(repeat_items(vm, &items, k)?))
                }
                V::Tuple(t) => {
                    if k == 1 {
                        return Ok(Some(seq.clone()));
                    }
                    Some(Value::tuple(repeat_items(vm, &t.items, k)?))
                }
                _ => None,
            }
        }
        (BinOpKind::Mod, V::Str(s), args) => Some(Value::string(crate::interp::format::percent_format(vm, s.as_str(), args)?)),
        (BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor, V::Set(_) | V::FrozenSet(_), V::Set(_) | V::FrozenSet(_)) => {
            Some(set_binop(vm, kind, a, b)?)
        }
        (BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor, V::DictView(_), _) => {
            let sa = Value::Set(collect_set(vm, a)?);
            let sb = Value::Set(collect_set(vm, b)?);
            Some(set_binop(vm, kind, &sa, &sb)?)
        }
        (BinOpKind::Or, V::Dict(x), V::Dict(y)) => {
            let d = PyDict::from_data(x.data.borrow().clone());
            let dv = Value::Dict(d);
            dict_update(vm, &dv, &Value::Dict(y.clone()), false)?;
            Some(dv)
        }
        _ => None,
    })
}

fn user_binop(vm: &mut Vm, kind: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (fwd, rev, _) = kind.dunders();
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let b_sub = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta);
    let fa = attr::user_method(vm, a, fwd);
    let fb = if Rc::ptr_eq(&ta, &tb) { None } else { attr::user_method(vm, b, rev) };
    if b_sub {
        if let Some(f) = &fb {
            let r = vm.call(f, &[b.clone(), a.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
    }
    if let Some(f) = fa {
        let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(Some(r));
        }
    }
    if !b_sub {
        if let Some(f) = fb {
            let r = vm.call(&f, &[b.clone(), a.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
    }
    Ok(None)
}

/// The built-in value behind an instance of a subclass of a built-in type.
pub fn payload_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.payload(),
        _ => None,
    }
}

/// Operands with instances of built-in subclasses replaced by their built-in values.
pub(super) fn unwrap_payloads(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let (pa, pb) = (payload_of(a), payload_of(b));
    if pa.is_none() && pb.is_none() {
        return None;
    }
    Some((pa.unwrap_or_else(|| a.clone()), pb.unwrap_or_else(|| b.clone())))
}

pub fn binary_op(vm: &mut Vm, kind: BinOpKind, a: &Value, b: &Value) -> PyResult<Value> {
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(r) = user_binop(vm, kind, a, b)? {
            return Ok(r);
        }
        if let Some((x, y)) = unwrap_payloads(a, b) {
            if let Some(r) = builtin_binop(vm, kind, &x, &y)? {
                return Ok(r);
            }
        }
    }
    match builtin_binop(vm, kind, a, b)? {
        Some(r) => Ok(r),
        None => Err(binop_type_error(vm, kind, a, b, false)),
    }
}

pub fn inplace_op(vm: &mut Vm, kind: BinOpKind, a: &Value, b: &Value) -> PyResult<Value> {
    match (kind, a) {
        (BinOpKind::Add, Value::List(l)) => {
            if let Err(e) = get_iter(vm, b) {
                if vm.err_is(&e, ExcKind::TypeError) {
                    return Err(vm.type_error(format!("'{}' object is not iterable", b.type_name())));
                }
                return Err(e);
            }
            extend_list(vm, l, b)?;
            return Ok(a.clone());
        }
        (BinOpKind::Mul, Value::List(l)) => {
            // The count first (its `__index__` may change the list), then the
            // list as it is now, repeated in place.
            let count = match b {
                Value::Instance(_) if attr::user_method(vm, b, "__index__").is_some() => Some(repeat_index(vm, b)?),
                _ => repeat_count(vm, b)?,
            };
            if let Some(k) = count {
                let orig = l.items.borrow().clone();
                let new = repeat_items(vm, &orig, k)?;
                *l.items.borrow_mut() = new;
                return Ok(a.clone());
            }
        }
        (BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor, Value::Set(s)) if matches!(b, Value::Set(_) | Value::FrozenSet(_)) => {
            let r = set_binop(vm, kind, a, b)?;
            if let Value::Set(rs) = r {
                let t = rs.table.borrow().copy_of();
                *s.table.borrow_mut() = t;
            }
            return Ok(a.clone());
        }
        // dict.__ior__ takes what dict.update takes: a mapping or pairs.
        (BinOpKind::Or, Value::Dict(d)) => {
            dict_update_arg(vm, d, b)?;
            return Ok(a.clone());
        }
        (_, Value::Instance(_)) => {
            let (_, _, ip) = kind.dunders();
            if let Some(f) = attr::user_method(vm, a, ip) {
                let r = vm.call(&f, &[a.clone(), b.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        _ => {}
    }
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        if let Some(r) = user_binop(vm, kind, a, b)? {
            return Ok(r);
        }
    }
    match builtin_binop(vm, kind, a, b)? {
        Some(r) => Ok(r),
        None => Err(binop_type_error(vm, kind, a, b, true)),
    }
}

fn unary_user(vm: &mut Vm, a: &Value, name: &str, sym: &str) -> PyResult<Value> {
    if let Some(f) = attr::user_method(vm, a, name) {
        return vm.call(&f, std::slice::from_ref(a), &[]);
    }
    Err(vm.type_error(format!("bad operand type for unary {sym}: '{}'", a.type_name())))
}

pub fn unary_neg(vm: &mut Vm, a: &Value) -> PyResult<Value> {
    Ok(match a {
        Value::Int(i) => match i.checked_neg() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        Value::Bool(b) => Value::Int(-(b.get() as i64)),
        Value::BigInt(b) => Value::from_bigint(-(**b).clone()),
        Value::Float(f) => Value::float(-f.get()),
        _ => return unary_user(vm, a, "__neg__", "-"),
    })
}

pub fn unary_pos(vm: &mut Vm, a: &Value) -> PyResult<Value> {
    Ok(match a {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => a.clone(),
        Value::Bool(b) => Value::Int(b.get() as i64),
        _ => return unary_user(vm, a, "__pos__", "+"),
    })
}

pub fn unary_invert(vm: &mut Vm, a: &Value) -> PyResult<Value> {
    Ok(match a {
        Value::Int(i) => Value::Int(!i),
        Value::Bool(b) => Value::Int(!(b.get() as i64)),
        Value::BigInt(b) => Value::from_bigint(-(**b).clone() - 1),
        _ => return unary_user(vm, a, "__invert__", "~"),
    })
}

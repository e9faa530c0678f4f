//! Operator semantics: what the loop's arms delegate to. Built-in types
//! are handled by direct matches; user classes through their special
//! methods, with CPython's reflected-operand and `NotImplemented` rules.

use super::attr;
use super::num::{self, as_num};
use super::vm::Vm;
use crate::bytecode::{BinOpKind, CmpKind};
use crate::objects::dict::pure_eq;
use crate::objects::settable::{self, SetTable};
use crate::objects::{ExcKind, IterKind, PyCode, PyDict, PyErr, PyIter, PyResult, PySet, PySlice, PyStr, PyType, Value, ViewKind};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

#[cold]
pub fn unbound_local(vm: &Vm, code: &PyCode, i: usize) -> PyErr {
    let name = code.varnames.get(i).map(|s| s.as_str()).unwrap_or("?");
    vm.new_error(ExcKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
}

// ----- truth, identity, hashing, equality -----

pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Bool(b) => *b,
        Value::None | Value::Unbound => false,
        Value::Int(i) => *i != 0,
        Value::BigInt(b) => !b.is_zero(),
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.s.is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Dict(d) => !d.data.borrow().is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.table.borrow().is_empty(),
        Value::Range(_) => len(vm, v)? != 0,
        Value::DictView(d) => !d.dict.data.borrow().is_empty(),
        Value::Instance(i) => {
            if let (Some(p), None) = (i.payload(), attr::user_method(vm, v, "__bool__").or_else(|| attr::user_method(vm, v, "__len__"))) {
                return truthy(vm, &p);
            }
            if let Some(f) = attr::lookup_special(vm, v, "__bool__") {
                let r = vm.call(&f, &[], &[])?;
                return match r {
                    Value::Bool(b) => Ok(b),
                    other => Err(vm.type_error(format!("__bool__ should return bool, returned {}", other.type_name()))),
                };
            }
            if let Some(f) = attr::lookup_special(vm, v, "__len__") {
                let r = vm.call(&f, &[], &[])?;
                let n = index_of(vm, &r)?;
                if n < 0 {
                    return Err(vm.value_error("__len__() should return >= 0"));
                }
                return Ok(n != 0);
            }
            true
        }
        _ => true,
    })
}

fn big_hash(b: &BigInt) -> i64 {
    let p = BigInt::from((1i64 << 61) - 1);
    let m = (b.abs() % &p).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    Ok(match v {
        Value::Int(i) => settable::hash_int_i64(*i),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => big_hash(b),
        Value::Float(f) => {
            if f.is_nan() {
                (v.ptr().unwrap_or(0) >> 4) as i64
            } else {
                settable::hash_float(*f)
            }
        }
        Value::Str(s) => s.hash(),
        Value::None => 0x5f1c_d3e1,
        Value::Tuple(t) => {
            let mut hs = Vec::with_capacity(t.items.len());
            for x in t.items.iter() {
                hs.push(hash(vm, x)?);
            }
            settable::hash_tuple(&hs)
        }
        Value::FrozenSet(s) => frozenset_hash(&s.table.borrow()),
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::DictView(_) | Value::Slice(_) => {
            return Err(vm.type_error(format!("unhashable type: '{}'", v.type_name())));
        }
        Value::Instance(i) => {
            let cls = i.class();
            if let Some(p) = i.payload() {
                if attr::user_method(vm, v, "__hash__").is_none() && !matches!(cls.lookup(&crate::name!("__hash__")), Some(Value::None)) {
                    return hash(vm, &p).map_err(|e| {
                        if vm.err_is(&e, ExcKind::TypeError) {
                            vm.type_error(format!("unhashable type: '{}'", v.type_name()))
                        } else {
                            e
                        }
                    });
                }
            }
            match cls.lookup(&crate::name!("__hash__")) {
                Some(Value::None) => return Err(vm.type_error(format!("unhashable type: '{}'", v.type_name()))),
                Some(f @ Value::Function(_)) => {
                    let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                    return match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::BigInt(b) => Ok(big_hash(&b)),
                        Value::Bool(b) => Ok(b as i64),
                        _ => Err(vm.type_error("__hash__ method should return an integer")),
                    };
                }
                _ => {
                    if !cls.is_builtin
                        && cls.lookup(&crate::name!("__eq__")).is_some_and(|e| matches!(e, Value::Function(_)))
                        && cls.dict.borrow().get_str(&crate::name!("__hash__")).is_none()
                    {
                        return Err(vm.type_error(format!("unhashable type: '{}'", v.type_name())));
                    }
                    (v.ptr().unwrap_or(0) >> 4) as i64
                }
            }
        }
        other => (other.ptr().unwrap_or(0) >> 4) as i64,
    })
}

/// CPython's order-independent frozenset hash.
fn frozenset_hash(t: &SetTable<Value>) -> i64 {
    let mut hash: u64 = 0;
    for (h, _) in t.iter() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

/// `a == b` as a bool.
pub fn eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = pure_eq(a, b) {
        return Ok(r);
    }
    let r = compare(vm, CmpKind::Eq, a, b)?;
    truthy(vm, &r)
}

pub fn cmp_ord(kind: CmpKind, o: Ordering) -> bool {
    match kind {
        CmpKind::Lt => o == Ordering::Less,
        CmpKind::Le => o != Ordering::Greater,
        CmpKind::Eq => o == Ordering::Equal,
        CmpKind::Ne => o != Ordering::Equal,
        CmpKind::Gt => o == Ordering::Greater,
        CmpKind::Ge => o != Ordering::Less,
    }
}

#[inline(always)]
pub fn cmp_float(kind: CmpKind, x: f64, y: f64) -> bool {
    cmp_f64(kind, x, y)
}

#[inline(always)]
fn cmp_f64(kind: CmpKind, x: f64, y: f64) -> bool {
    match kind {
        CmpKind::Lt => x < y,
        CmpKind::Le => x <= y,
        CmpKind::Eq => x == y,
        CmpKind::Ne => x != y,
        CmpKind::Gt => x > y,
        CmpKind::Ge => x >= y,
    }
}

/// Exact comparison of an integer with a float, as CPython does.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let fb = BigInt::from(fl as i128);
    let fb = if fl.abs() < 1e30 { fb } else { num_bigint::BigInt::from_signed_bytes_le(&[]) + float_to_big(fl) };
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn float_to_big(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f.trunc()).unwrap_or_default()
}

fn num_compare(kind: CmpKind, a: &num::Num, b: &num::Num) -> bool {
    use num::Num as N;
    match (a, b) {
        (N::I(x), N::I(y)) => cmp_ord(kind, x.cmp(y)),
        (N::F(x), N::F(y)) => cmp_f64(kind, *x, *y),
        (N::F(x), other) => match cmp_int_float(&num::to_big(other), *x) {
            Some(o) => cmp_ord(kind, o.reverse()),
            None => kind == CmpKind::Ne,
        },
        (other, N::F(y)) => match cmp_int_float(&num::to_big(other), *y) {
            Some(o) => cmp_ord(kind, o),
            None => kind == CmpKind::Ne,
        },
        (x, y) => cmp_ord(kind, num::to_big(x).cmp(&num::to_big(y))),
    }
}

/// Lexicographic comparison of two sequences.
fn seq_compare(vm: &mut Vm, kind: CmpKind, a: &[Value], b: &[Value]) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !eq(vm, &a[i], &b[i])? {
            if kind == CmpKind::Eq {
                return Ok(false);
            }
            if kind == CmpKind::Ne {
                return Ok(true);
            }
            let r = compare(vm, kind, &a[i], &b[i])?;
            return truthy(vm, &r);
        }
    }
    Ok(cmp_ord(kind, a.len().cmp(&b.len())))
}

/// Rich comparison.
pub fn compare(vm: &mut Vm, kind: CmpKind, a: &Value, b: &Value) -> PyResult<Value> {
    use Value as V;
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(V::Bool(num_compare(kind, &x, &y)));
    }
    match (a, b) {
        (V::Str(x), V::Str(y)) => return Ok(V::Bool(cmp_ord(kind, x.s.cmp(&y.s)))),
        (V::List(x), V::List(y)) => {
            let (x, y) = (x.items.borrow().clone(), y.items.borrow().clone());
            return Ok(V::Bool(seq_compare(vm, kind, &x, &y)?));
        }
        (V::Tuple(x), V::Tuple(y)) => {
            let (x, y) = (x.clone(), y.clone());
            return Ok(V::Bool(seq_compare(vm, kind, &x.items, &y.items)?));
        }
        _ => {}
    }
    if matches!(a, V::Instance(_)) || matches!(b, V::Instance(_)) {
        if let Some(r) = user_compare(vm, kind, a, b)? {
            return Ok(r);
        }
        if let Some((x, y)) = unwrap_payloads(a, b) {
            return compare(vm, kind, &x, &y);
        }
    }
    match kind {
        CmpKind::Eq | CmpKind::Ne => {
            let r = builtin_eq(vm, a, b)?;
            Ok(V::Bool(r == (kind == CmpKind::Eq)))
        }
        _ => {
            if let (Some(r), true) = (set_compare(vm, kind, a, b)?, true) {
                return Ok(V::Bool(r));
            }
            Err(vm.type_error(format!("'{}' not supported between instances of '{}' and '{}'", kind.symbol(), a.type_name(), b.type_name())))
        }
    }
}

fn user_compare(vm: &mut Vm, kind: CmpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let ta = vm.type_of(a);
    let tb = vm.type_of(b);
    let reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && attr::user_method(vm, b, kind.swapped().dunder()).is_some();
    let order: [(bool, &Value, &Value, CmpKind); 2] =
        if reflected_first { [(true, b, a, kind.swapped()), (false, a, b, kind)] } else { [(false, a, b, kind), (true, b, a, kind.swapped())] };
    for (_, x, y, k) in order {
        if let Some(f) = attr::user_method(vm, x, k.dunder()) {
            let r = vm.call(&f, &[x.clone(), y.clone()], &[])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        } else if k == CmpKind::Ne {
            // object.__ne__: the negation of __eq__, unless that is NotImplemented.
            if let Some(f) = attr::user_method(vm, x, "__eq__") {
                let r = vm.call(&f, &[x.clone(), y.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    let t = truthy(vm, &r)?;
                    return Ok(Some(Value::Bool(!t)));
                }
            }
        }
    }
    Ok(None)
}

fn set_compare(vm: &mut Vm, kind: CmpKind, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Value::Set(x) | Value::FrozenSet(x), Value::Set(y) | Value::FrozenSet(y)) = (a, b) else {
        return Ok(None);
    };
    let (x, y) = (x.clone(), y.clone());
    let sub = |vm: &mut Vm, p: &Rc<PySet>, q: &Rc<PySet>| -> PyResult<bool> {
        let items: Vec<Value> = p.table.borrow().iter().map(|(_, k)| k.clone()).collect();
        for it in items {
            if !set_contains(vm, q, &it)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (lx, ly) = (x.table.borrow().len(), y.table.borrow().len());
    Ok(Some(match kind {
        CmpKind::Le => sub(vm, &x, &y)?,
        CmpKind::Lt => lx < ly && sub(vm, &x, &y)?,
        CmpKind::Ge => sub(vm, &y, &x)?,
        CmpKind::Gt => lx > ly && sub(vm, &y, &x)?,
        CmpKind::Eq => lx == ly && sub(vm, &x, &y)?,
        CmpKind::Ne => !(lx == ly && sub(vm, &x, &y)?),
    }))
}

fn builtin_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    use Value as V;
    if a.is(b) {
        return Ok(true);
    }
    Ok(match (a, b) {
        (V::Dict(x), V::Dict(y)) => {
            let (xs, ylen): (Vec<(Value, Value)>, usize) = (x.data.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect(), y.data.borrow().len());
            if xs.len() != ylen {
                return Ok(false);
            }
            for (k, v) in xs {
                match dict_get(vm, y, &k)? {
                    Some(w) => {
                        if !eq(vm, &v, &w)? {
                            return Ok(false);
                        }
                    }
                    None => return Ok(false),
                }
            }
            true
        }
        (V::Set(_) | V::FrozenSet(_), V::Set(_) | V::FrozenSet(_)) => set_compare(vm, CmpKind::Eq, a, b)?.unwrap_or(false),
        (V::Range(x), V::Range(y)) => {
            let (lx, ly) = (len(vm, a)?, len(vm, b)?);
            if lx != ly {
                false
            } else if lx == 0 {
                true
            } else {
                eq(vm, &x.start, &y.start)? && (lx == 1 || eq(vm, &x.step, &y.step)?)
            }
        }
        (V::DictView(x), V::DictView(y)) if x.kind == ViewKind::Keys && y.kind == ViewKind::Keys => {
            let xs = iterate(vm, a)?;
            let ys = iterate(vm, b)?;
            if xs.len() != ys.len() {
                return Ok(false);
            }
            for k in xs {
                if dict_get(vm, &y.dict, &k)?.is_none() {
                    return Ok(false);
                }
            }
            true
        }
        (V::Slice(x), V::Slice(y)) => eq(vm, &x.start, &y.start)? && eq(vm, &x.stop, &y.stop)? && eq(vm, &x.step, &y.step)?,
        (V::Method(x), V::Method(y)) => x.func.is(&y.func) && x.self_.is(&y.self_),
        _ => false,
    })
}

// ----- arithmetic -----

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
                K::TrueDiv if y != 0 && x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) => return Some(Value::Float(x as f64 / y as f64)),
                _ => return None,
            }))
        }
        (Value::Float(x), Value::Float(y)) => float_fast(kind, *x, *y),
        (Value::Float(x), Value::Int(y)) => float_fast(kind, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => float_fast(kind, *x as f64, *y),
        _ => None,
    }
}

#[inline(always)]
fn float_fast(kind: BinOpKind, x: f64, y: f64) -> Option<Value> {
    use BinOpKind as K;
    Some(Value::Float(match kind {
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

fn repeat_count(vm: &Vm, n: &Value) -> PyResult<Option<i64>> {
    Ok(match n {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::BigInt(b) => {
            if b.is_negative() {
                Some(0)
            } else {
                return Err(vm.overflow("cannot fit 'int' into an index-sized integer"));
            }
        }
        _ => None,
    })
}

fn builtin_binop(vm: &mut Vm, kind: BinOpKind, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    use Value as V;
    if let (V::Bool(x), V::Bool(y)) = (a, b) {
        match kind {
            BinOpKind::And => return Ok(Some(V::Bool(x & y))),
            BinOpKind::Or => return Ok(Some(V::Bool(x | y))),
            BinOpKind::Xor => return Ok(Some(V::Bool(x ^ y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num::num_binop(vm, kind, x, y);
    }
    Ok(match (kind, a, b) {
        (BinOpKind::Add, V::Str(x), V::Str(y)) => {
            let mut s = String::with_capacity(x.s.len() + y.s.len());
            s.push_str(&x.s);
            s.push_str(&y.s);
            Some(Value::string(s))
        }
        (BinOpKind::Add, V::List(x), V::List(y)) => {
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            Some(Value::list(v))
        }
        (BinOpKind::Add, V::Tuple(x), V::Tuple(y)) => {
            let mut v = x.items.to_vec();
            v.extend(y.items.iter().cloned());
            Some(Value::tuple(v))
        }
        (BinOpKind::Mul, V::Str(_) | V::List(_) | V::Tuple(_), n) | (BinOpKind::Mul, n, V::Str(_) | V::List(_) | V::Tuple(_)) => {
            let (seq, n) = if matches!(a, V::Str(_) | V::List(_) | V::Tuple(_)) { (a, n) } else { (b, a) };
            let k = match repeat_count(vm, n)? {
                Some(k) => k,
                None => match n {
                    Value::Instance(_) if attr::user_method(vm, n, "__index__").is_some() || payload_of(n).is_some() => index_of(vm, n)?,
                    Value::Instance(_) if attr::user_method(vm, n, if std::ptr::eq(seq, a) { "__rmul__" } else { "__mul__" }).is_some() => return Ok(None),
                    _ => return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{}'", n.type_name()))),
                },
            };
            let k = k.max(0) as usize;
            match seq {
                V::Str(s) => {
                    if s.s.len().saturating_mul(k) > (1 << 34) {
                        return Err(vm.new_error(ExcKind::MemoryError, ""));
                    }
                    Some(Value::string(s.s.repeat(k)))
                }
                V::List(l) => {
                    let items = l.items.borrow();
                    let mut v = Vec::with_capacity(items.len() * k);
                    for _ in 0..k {
                        v.extend(items.iter().cloned());
                    }
                    Some(Value::list(v))
                }
                V::Tuple(t) => {
                    let mut v = Vec::with_capacity(t.items.len() * k);
                    for _ in 0..k {
                        v.extend(t.items.iter().cloned());
                    }
                    Some(Value::tuple(v))
                }
                _ => None,
            }
        }
        (BinOpKind::Mod, V::Str(s), args) => Some(Value::string(crate::builtins::format::percent_format(vm, s.as_str(), args)?)),
        (BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor, V::Set(_) | V::FrozenSet(_), V::Set(_) | V::FrozenSet(_)) => {
            Some(crate::builtins::types::set_binop(vm, kind, a, b)?)
        }
        (BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor, V::DictView(_), _) => {
            let sa = Value::Set(collect_set(vm, a)?);
            let sb = Value::Set(collect_set(vm, b)?);
            Some(crate::builtins::types::set_binop(vm, kind, &sa, &sb)?)
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
fn unwrap_payloads(a: &Value, b: &Value) -> Option<(Value, Value)> {
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
            let items = iterate(vm, b).map_err(|e| {
                if vm.err_is(&e, ExcKind::TypeError) {
                    vm.type_error(format!("'{}' object is not iterable", b.type_name()))
                } else {
                    e
                }
            })?;
            l.items.borrow_mut().extend(items);
            return Ok(a.clone());
        }
        (BinOpKind::Mul, Value::List(l)) => {
            if let Some(k) = repeat_count(vm, b)? {
                let mut items = l.items.borrow_mut();
                let orig = items.clone();
                items.clear();
                for _ in 0..k.max(0) {
                    items.extend(orig.iter().cloned());
                }
                return Ok(a.clone());
            }
        }
        (BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor, Value::Set(s)) if matches!(b, Value::Set(_) | Value::FrozenSet(_)) => {
            let r = crate::builtins::types::set_binop(vm, kind, a, b)?;
            if let Value::Set(rs) = r {
                let t = rs.table.borrow().copy_of();
                *s.table.borrow_mut() = t;
            }
            return Ok(a.clone());
        }
        (BinOpKind::Or, Value::Dict(_)) if matches!(b, Value::Dict(_)) => {
            dict_update(vm, a, b, false)?;
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
        Value::Bool(b) => Value::Int(-(*b as i64)),
        Value::BigInt(b) => Value::from_bigint(-(**b).clone()),
        Value::Float(f) => Value::Float(-f),
        _ => return unary_user(vm, a, "__neg__", "-"),
    })
}

pub fn unary_pos(vm: &mut Vm, a: &Value) -> PyResult<Value> {
    Ok(match a {
        Value::Int(_) | Value::BigInt(_) | Value::Float(_) => a.clone(),
        Value::Bool(b) => Value::Int(*b as i64),
        _ => return unary_user(vm, a, "__pos__", "+"),
    })
}

pub fn unary_invert(vm: &mut Vm, a: &Value) -> PyResult<Value> {
    Ok(match a {
        Value::Int(i) => Value::Int(!i),
        Value::Bool(b) => Value::Int(!(*b as i64)),
        Value::BigInt(b) => Value::from_bigint(-(**b).clone() - 1),
        _ => return unary_user(vm, a, "__invert__", "~"),
    })
}

// ----- containers -----

/// An index value as i64 (ints, bools, or `__index__`).
pub fn index_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
        Value::Instance(i) if i.payload().is_some() && attr::user_method(vm, v, "__index__").is_none() => {
            let p = i.payload().unwrap_or_default();
            index_of(vm, &p)
        }
        Value::Instance(_) => match attr::user_method(vm, v, "__index__") {
            Some(f) => {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                index_of(vm, &r)
            }
            None => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
        },
        _ => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name()))),
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

/// Resolves a slice against a length: (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: &PySlice, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = match &s.step {
        Value::None => 1,
        v => slice_bound(vm, v)?,
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lo)
        } else {
            v.min(hi)
        }
    };
    let start = match &s.start {
        Value::None => {
            if step < 0 {
                hi
            } else {
                lo
            }
        }
        v => fix(slice_bound(vm, v)?),
    };
    let stop = match &s.stop {
        Value::None => {
            if step < 0 {
                lo
            } else {
                hi
            }
        }
        v => fix(slice_bound(vm, v)?),
    };
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
    Ok((start, stop, step, count))
}

fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN / 2 } else { i64::MAX / 2 }),
        Value::Int(_) | Value::Bool(_) | Value::Instance(_) => index_of(vm, v),
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
                let len = l.items.borrow().len();
                let (start, _, step, count) = slice_indices(vm, s, len)?;
                Ok(Value::list(slice_pick(&l.items.borrow(), start, step, count)))
            }
            Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) if !matches!(k, Value::Instance(_)) || attr::user_method(vm, k, "__index__").is_some() => {
                let i = index_of(vm, k).map_err(|_| vm.index_error("cannot fit 'int' into an index-sized integer"))?;
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
                let i = index_of(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            Value::Instance(_) if attr::user_method(vm, k, "__index__").is_some() || payload_of(k).is_some() => {
                let i = index_of(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            _ => Err(seq_index_type_error(vm, "tuple", k)),
        },
        Value::Str(s) => match k {
            Value::Int(i) => match norm_index(*i, s.chars) {
                Some(j) => Ok(str_char(s, j)),
                None => Err(vm.index_error("string index out of range")),
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
                let i = index_of(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            Value::Instance(_) if attr::user_method(vm, k, "__index__").is_some() || payload_of(k).is_some() => {
                let i = index_of(vm, k)?;
                getitem(vm, c, &Value::Int(i))
            }
            _ => Err(vm.type_error(format!("string indices must be integers, not '{}'", k.type_name()))),
        },
        Value::Dict(d) => match dict_get(vm, d, k)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(k.clone())),
        },
        Value::Range(_) => crate::builtins::types::range_getitem(vm, c, k),
        Value::Instance(i) => {
            if let (Some(Value::Dict(d)), None) = (i.payload(), attr::user_method(vm, c, "__getitem__")) {
                if let Some(v) = dict_get(vm, &d, k)? {
                    return Ok(v);
                }
                if let Some(m) = attr::user_method(vm, c, "__missing__") {
                    return vm.call(&m, &[c.clone(), k.clone()], &[]);
                }
                return Err(vm.key_error(k.clone()));
            }
            match attr::lookup_special(vm, c, "__getitem__") {
                Some(f) => vm.call(&f, std::slice::from_ref(k), &[]),
                None => Err(not_subscriptable(vm, c)),
            }
        }
        Value::Type(t) if t.is_builtin => Ok(c.clone()),
        Value::Type(t) => match t.lookup(&crate::name!("__class_getitem__")) {
            Some(f) => {
                let f = attr::unwrap_static(f);
                let f = match &f {
                    Value::Instance(i) if i.class().kind == crate::objects::TypeKind::ClassMethod => {
                        i.dict.borrow().data.borrow().get_str(&crate::name!("__func__")).unwrap_or_default()
                    }
                    other => other.clone(),
                };
                vm.call(&f, &[c.clone(), k.clone()], &[])
            }
            None => Err(vm.type_error(format!("type '{}' is not subscriptable", t.name.as_str()))),
        },
        _ => Err(not_subscriptable(vm, c)),
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
            Value::Slice(s) => {
                let new_items =
                    iterate(vm, &v).map_err(|e| if vm.err_is(&e, ExcKind::TypeError) { vm.type_error("can only assign an iterable") } else { e })?;
                let len = l.items.borrow().len();
                let (start, stop, step, count) = slice_indices(vm, s, len)?;
                let mut items = l.items.borrow_mut();
                if step == 1 {
                    let stop = stop.max(start) as usize;
                    items.splice(start as usize..stop, new_items);
                } else {
                    if new_items.len() != count {
                        return Err(vm.value_error(format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), count)));
                    }
                    let mut i = start;
                    for x in new_items {
                        items[i as usize] = x;
                        i += step;
                    }
                }
                Ok(())
            }
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                let i = index_of(vm, &k).unwrap_or(i64::MAX);
                let mut items = l.items.borrow_mut();
                let len = items.len();
                match norm_index(i, len) {
                    Some(j) => {
                        items[j] = v;
                        Ok(())
                    }
                    None => Err(vm.index_error("list assignment index out of range")),
                }
            }
            _ => Err(seq_index_type_error(vm, "list", &k)),
        },
        Value::Dict(d) => dict_set(vm, d, k, v),
        Value::Instance(_) => match attr::lookup_special(vm, c, "__setitem__") {
            Some(f) => vm.call(&f, &[k, v], &[]).map(|_| ()),
            None => Err(vm.type_error(format!("'{}' object does not support item assignment", c.type_name()))),
        },
        _ => Err(vm.type_error(format!("'{}' object does not support item assignment", c.type_name()))),
    }
}

pub fn delitem(vm: &mut Vm, c: &Value, k: &Value) -> PyResult<()> {
    match c {
        Value::List(l) => match k {
            Value::Slice(s) => {
                let len = l.items.borrow().len();
                let (start, _, step, count) = slice_indices(vm, s, len)?;
                let mut items = l.items.borrow_mut();
                let mut idx: Vec<usize> = (0..count).map(|n| (start + n as i64 * step) as usize).collect();
                idx.sort_unstable();
                for i in idx.into_iter().rev() {
                    items.remove(i);
                }
                Ok(())
            }
            _ => {
                let i = index_of(vm, k).map_err(|_| seq_index_type_error(vm, "list", k))?;
                let mut items = l.items.borrow_mut();
                match norm_index(i, items.len()) {
                    Some(j) => {
                        items.remove(j);
                        Ok(())
                    }
                    None => Err(vm.index_error("list assignment index out of range")),
                }
            }
        },
        Value::Dict(d) => match dict_lookup(vm, d, k)? {
            Some(i) => {
                d.data.borrow_mut().remove_at(i);
                Ok(())
            }
            None => Err(vm.key_error(k.clone())),
        },
        Value::Instance(_) => match attr::lookup_special(vm, c, "__delitem__") {
            Some(f) => vm.call(&f, std::slice::from_ref(k), &[]).map(|_| ()),
            None => Err(vm.type_error(format!("'{}' object doesn't support item deletion", c.type_name()))),
        },
        // CPython words slice deletion differently from item deletion.
        _ if matches!(k, Value::Slice(_)) => Err(vm.type_error(format!("'{}' object does not support item deletion", c.type_name()))),
        _ => Err(vm.type_error(format!("'{}' object doesn't support item deletion", c.type_name()))),
    }
}

/// Finds a key's entry index in a dict.
pub fn dict_lookup(vm: &mut Vm, d: &PyDict, k: &Value) -> PyResult<Option<usize>> {
    let h = hash(vm, k)?;
    dict_lookup_hashed(vm, d, k, h)
}

/// `dict_lookup` with the key's hash already computed.
///
/// A user-defined `__eq__` runs outside the borrow and may change the dict
/// (even turn module slots into a hash table, which renumbers entries), so,
/// as CPython does, the search starts again whenever a candidate is no
/// longer the key at its index.
fn dict_lookup_hashed(vm: &mut Vm, d: &PyDict, k: &Value, h: i64) -> PyResult<Option<usize>> {
    let still_at = |i: usize, key: &Value| d.data.borrow().get_at(i).is_some_and(|e| e.key.is(key));
    'search: loop {
        let r: Result<Option<usize>, ()> = d.data.borrow().find_index(k, h, |x| pure_eq(x, k).ok_or(()));
        if let Ok(found) = r {
            return Ok(found);
        }
        let cands = d.data.borrow().candidates(h);
        for (i, key) in cands {
            if !still_at(i, &key) {
                continue 'search;
            }
            let same = eq(vm, &key, k)?;
            if !still_at(i, &key) {
                continue 'search;
            }
            if same {
                return Ok(Some(i));
            }
        }
        return Ok(None);
    }
}

/// `d[k]`. A string key is compared as a string alone unless the dict
/// holds instance keys, whose `__eq__` may call them equal to it (see
/// `dict_get_name`).
pub fn dict_get(vm: &mut Vm, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
    if let Value::Str(s) = k {
        return dict_get_name(vm, d, s);
    }
    Ok(dict_lookup(vm, d, k)?.and_then(|i| d.data.borrow().get_at(i).map(|e| e.value.clone())))
}

/// `d[name]` for a string: by string comparison, and, when that misses in
/// a dict holding instance keys, by the lookup that asks their `__eq__`
/// (CPython's generic lookup).
#[inline]
pub fn dict_get_name(vm: &mut Vm, d: &PyDict, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    {
        let data = d.data.borrow();
        if let Some(v) = data.get_str(name) {
            return Ok(Some(v));
        }
        if !data.has_instance_keys() {
            return Ok(None);
        }
    }
    let k = Value::Str(name.clone());
    Ok(dict_lookup(vm, d, &k)?.and_then(|i| d.data.borrow().get_at(i).map(|e| e.value.clone())))
}

/// `d[k] = v`.
pub fn dict_set(vm: &mut Vm, d: &PyDict, k: Value, v: Value) -> PyResult<()> {
    let k = match k {
        Value::Str(s) => {
            let mut data = d.data.borrow_mut();
            if !data.has_instance_keys() {
                data.set_str(s, v);
                return Ok(());
            }
            Value::Str(s)
        }
        other => other,
    };
    let h = hash(vm, &k)?;
    match dict_lookup_hashed(vm, d, &k, h)? {
        Some(i) => d.data.borrow_mut().set_at(i, v),
        None => d.data.borrow_mut().push_new(h, k, v),
    }
    Ok(())
}

/// Removes a key, returning its value (`None` when absent).
pub fn dict_remove(vm: &mut Vm, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
    if let Value::Str(s) = k {
        let mut data = d.data.borrow_mut();
        if !data.has_instance_keys() {
            return Ok(data.remove_str(s));
        }
    }
    Ok(dict_lookup(vm, d, k)?.and_then(|i| d.data.borrow_mut().remove_at(i)))
}

pub fn set_contains(vm: &mut Vm, s: &PySet, k: &Value) -> PyResult<bool> {
    let h = hash(vm, k)?;
    let r: Result<bool, ()> = s.table.borrow().contains(h, |x| pure_eq(x, k).ok_or(()));
    match r {
        Ok(b) => Ok(b),
        Err(()) => {
            let cands: Vec<Value> = s.table.borrow().iter().filter(|(hh, _)| *hh == h).map(|(_, x)| x.clone()).collect();
            for c in cands {
                if eq(vm, &c, k)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

pub fn set_insert(vm: &mut Vm, s: &PySet, k: Value) -> PyResult<()> {
    let h = hash(vm, &k)?;
    if set_contains(vm, s, &k)? {
        return Ok(());
    }
    let r: Result<bool, ()> = s.table.borrow_mut().insert(h, k, |_| Ok(false));
    let _ = r;
    Ok(())
}

pub fn set_remove(vm: &mut Vm, s: &PySet, k: &Value) -> PyResult<bool> {
    let h = hash(vm, k)?;
    if !set_contains(vm, s, k)? {
        return Ok(false);
    }
    let cands: Vec<Value> = s.table.borrow().iter().filter(|(hh, _)| *hh == h).map(|(_, x)| x.clone()).collect();
    for c in cands {
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
            let n = l.items.borrow().len();
            for i in 0..n {
                let x = match l.items.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => break,
                };
                if eq(vm, &x, item)? {
                    return Ok(true);
                }
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
        Value::Dict(d) => Ok(dict_lookup(vm, d, item)?.is_some()),
        Value::Set(s) | Value::FrozenSet(s) => set_contains(vm, s, item),
        Value::DictView(v) => match v.kind {
            ViewKind::Keys => Ok(dict_lookup(vm, &v.dict, item)?.is_some()),
            _ => {
                for x in iterate(vm, c)? {
                    if eq(vm, &x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        },
        Value::Range(_) => crate::builtins::types::range_contains(vm, c, item),
        Value::Instance(_) => {
            if let Some(f) = attr::lookup_special(vm, c, "__contains__") {
                let r = vm.call(&f, std::slice::from_ref(item), &[])?;
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

pub fn len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.chars,
        Value::List(l) => l.items.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::Dict(d) => d.data.borrow().len(),
        Value::Set(s) | Value::FrozenSet(s) => s.table.borrow().len(),
        Value::DictView(d) => d.dict.data.borrow().len(),
        Value::Range(_) => crate::builtins::types::range_len(vm, v)?,
        Value::Instance(_) => match attr::lookup_special(vm, v, "__len__") {
            Some(f) => {
                let r = vm.call(&f, &[], &[])?;
                let n = index_of(vm, &r)?;
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

// ----- building -----

pub fn build_set(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let s = PySet::new(SetTable::new());
    for x in items {
        set_insert(vm, &s, x)?;
    }
    Ok(Value::Set(s))
}

pub fn build_map(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let d = PyDict::new();
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        dict_set(vm, &d, k, v)?;
    }
    Ok(Value::Dict(d))
}

pub fn build_string(items: &[Value]) -> Value {
    let mut s = String::new();
    for x in items {
        if let Value::Str(p) = x {
            s.push_str(&p.s);
        }
    }
    Value::string(s)
}

pub fn set_add(vm: &mut Vm, target: &Value, v: Value) -> PyResult<()> {
    match target {
        Value::Set(s) => set_insert(vm, s, v),
        _ => Err(vm.internal("SetAdd on a non-set")),
    }
}

pub fn list_extend(vm: &mut Vm, target: &Value, it: &Value) -> PyResult<()> {
    let items = iterate(vm, it).map_err(|e| {
        if vm.err_is(&e, ExcKind::TypeError) && !matches!(it, Value::Instance(_) | Value::Generator(_)) {
            vm.type_error(format!("Value after * must be an iterable, not {}", it.type_name()))
        } else {
            e
        }
    })?;
    if let Value::List(l) = target {
        l.items.borrow_mut().extend(items);
    }
    Ok(())
}

pub fn set_update(vm: &mut Vm, target: &Value, it: &Value) -> PyResult<()> {
    if let (Value::Set(t), Value::Set(o) | Value::FrozenSet(o)) = (target, it) {
        if !Rc::ptr_eq(t, o) {
            let other = o.table.borrow().clone();
            set_merge(t, &other);
            return Ok(());
        }
    }
    let items = iterate(vm, it)?;
    if let Value::Set(s) = target {
        for x in items {
            set_insert(vm, s, x)?;
        }
    }
    Ok(())
}

/// Key/value pairs of a mapping (dict or an object with `keys()`).
pub fn mapping_items(vm: &mut Vm, m: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    match m {
        Value::Dict(d) => Ok(Some(d.data.borrow().iter().map(|e| (e.key.clone(), e.value.clone())).collect())),
        Value::Instance(_) => match attr::lookup_special(vm, m, "keys") {
            Some(keys) => {
                let ks = vm.call(&keys, &[], &[])?;
                let mut out = Vec::new();
                for k in iterate(vm, &ks)? {
                    let v = getitem(vm, m, &k)?;
                    out.push((k, v));
                }
                Ok(Some(out))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

pub fn dict_update(vm: &mut Vm, target: &Value, m: &Value, _kw: bool) -> PyResult<()> {
    let Value::Dict(d) = target else {
        return Err(vm.internal("DictUpdate on a non-dict"));
    };
    match mapping_items(vm, m)? {
        Some(items) => {
            for (k, v) in items {
                dict_set(vm, d, k, v)?;
            }
            Ok(())
        }
        None => Err(vm.type_error(format!("'{}' object is not a mapping", m.type_name()))),
    }
}

/// `f(*x)` with a non-iterable `x`: CPython names the function.
pub fn star_args_error(vm: &mut Vm, e: PyErr, func: &Value, it: &Value) -> PyErr {
    if !vm.err_is(&e, ExcKind::TypeError) || matches!(it, Value::Instance(_) | Value::Generator(_)) {
        return e;
    }
    vm.type_error(format!("{} argument after * must be an iterable, not {}", func_display(func), it.type_name()))
}

/// How CPython names a callable in call errors (`__main__.f()`).
pub fn func_display(func: &Value) -> String {
    match func {
        Value::Function(f) => match &f.module {
            Value::Str(m) => format!("{}.{}()", m.as_str(), f.qualname.borrow().as_str()),
            _ => format!("{}()", f.qualname.borrow().as_str()),
        },
        Value::Builtin(b) => format!("{}()", b.name),
        Value::Type(t) => format!("{}()", t.name.as_str()),
        Value::Method(m) => func_display(&m.func),
        other => format!("{} object", other.type_name()),
    }
}

pub fn dict_merge_kwargs(vm: &mut Vm, target: &Value, m: &Value, func: &Value) -> PyResult<()> {
    let Value::Dict(d) = target else {
        return Err(vm.internal("DictMerge on a non-dict"));
    };
    let fname = || func_display(func);
    let Some(items) = mapping_items(vm, m)? else {
        return Err(vm.type_error(format!("{} argument after ** must be a mapping, not {}", fname(), m.type_name())));
    };
    for (k, v) in items {
        if !matches!(k, Value::Str(_)) {
            return Err(vm.type_error("keywords must be strings"));
        }
        if dict_lookup(vm, d, &k)?.is_some() {
            let ks = str_of(vm, &k)?;
            return Err(vm.type_error(format!("{} got multiple values for keyword argument '{ks}'", fname())));
        }
        dict_set(vm, d, k, v)?;
    }
    Ok(())
}

// ----- iteration -----

pub fn get_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::List(l) => PyIter::value(IterKind::List(l.clone(), 0)),
        Value::Tuple(t) => PyIter::value(IterKind::Tuple(t.clone(), 0)),
        Value::Str(s) => PyIter::value(IterKind::Str(s.clone(), 0)),
        Value::Range(_) => crate::builtins::types::range_iter(vm, v)?,
        Value::Dict(d) => {
            let len = d.data.borrow().len();
            PyIter::value(IterKind::Dict { dict: d.clone(), pos: 0, len, kind: ViewKind::Keys })
        }
        Value::DictView(dv) => {
            let len = dv.dict.data.borrow().len();
            PyIter::value(IterKind::Dict { dict: dv.dict.clone(), pos: 0, len, kind: dv.kind })
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

/// Advances an iterator: `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::Iter(i) => crate::builtins::iters::iter_next(vm, i),
        Value::Generator(g) => match vm.gen_resume(g, Value::None)? {
            super::call::GenResult::Yield(v) => Ok(Some(v)),
            super::call::GenResult::Return(_) => Ok(None),
        },
        Value::Instance(_) => match attr::lookup_special(vm, it, "__next__") {
            Some(f) => match vm.call(&f, &[], &[]) {
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
    let it = get_iter(vm, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(vm, &it)? {
        out.push(x);
    }
    Ok(out)
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

// ----- strings -----

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    crate::builtins::repr::repr(vm, v)
}

/// `str(v)`.
pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.s.to_string()),
        _ => crate::builtins::repr::str_of(vm, v),
    }
}

/// `FormatValue`: f-string conversion and format spec.
pub fn format_value(vm: &mut Vm, v: Value, conv: u32, spec: Option<Value>) -> PyResult<Value> {
    let v = match conv {
        1 => Value::string(str_of(vm, &v)?),
        2 => Value::string(repr(vm, &v)?),
        3 => Value::string(crate::builtins::repr::ascii(&repr(vm, &v)?)),
        _ => v,
    };
    let spec_s = match &spec {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => String::new(),
    };
    if spec_s.is_empty() {
        if let Value::Str(_) = v {
            return Ok(v);
        }
        return Ok(Value::string(str_of(vm, &v)?));
    }
    Ok(Value::string(crate::builtins::format::format(vm, &v, &spec_s)?))
}

// ----- exceptions -----

/// Makes an exception instance from a raised value (a class or an instance).
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult<PyErr> {
    match &v {
        Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i.clone())),
        Value::Type(t) if t.exc_kind().is_some() => {
            let inst = vm.call(&v, &[], &[])?;
            match inst {
                Value::Instance(i) if i.exc.is_some() => Ok(PyErr(i)),
                other => Err(vm.type_error(format!("calling {} should have returned an instance of BaseException, not {}", type_repr(t), other.type_name()))),
            }
        }
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

fn type_repr(t: &PyType) -> String {
    format!("<class '{}'>", t.name.as_str())
}

/// `Raise(n)`.
pub fn do_raise(vm: &mut Vm, _f: &super::Frame, n: u32) -> PyErr {
    match n {
        0 => match vm.exc_info.last().cloned() {
            Some(Value::Instance(i)) => PyErr(i),
            _ => vm.new_error(ExcKind::RuntimeError, "No active exception to reraise"),
        },
        1 => {
            let v = vm.stack.pop().unwrap_or_default();
            make_exception(vm, v).unwrap_or_else(|e| e)
        }
        _ => {
            let cause = vm.stack.pop().unwrap_or_default();
            let v = vm.stack.pop().unwrap_or_default();
            let e = match make_exception(vm, v) {
                Ok(e) => e,
                Err(e) => return e,
            };
            let cause = match cause {
                Value::None => Value::None,
                c => match make_exception(vm, c) {
                    Ok(ce) => Value::Instance(ce.0),
                    Err(_) => return vm.type_error("exception causes must derive from BaseException"),
                },
            };
            if let Some(x) = &e.0.exc {
                let mut x = x.borrow_mut();
                x.cause = cause;
                x.suppress_context = true;
            }
            e
        }
    }
}

pub fn reraise(vm: &mut Vm, e: Value) -> PyErr {
    match e {
        Value::Instance(i) => PyErr(i),
        _ => vm.internal("Reraise of a non-exception"),
    }
}

/// Sets `__context__` from the exception being handled, as raising does in CPython.
pub fn attach_context(vm: &mut Vm, err: &PyErr) {
    let Some(Value::Instance(handled)) = vm.exc_info.last() else {
        return;
    };
    if Rc::ptr_eq(handled, &err.0) {
        return;
    }
    if let Some(x) = &err.0.exc {
        let mut x = x.borrow_mut();
        if x.context.is_unbound() || matches!(x.context, Value::None) {
            // Avoid a cycle: the handled exception's own context chain must not contain err.
            let mut cur = Value::Instance(handled.clone());
            let mut depth = 0;
            while let Value::Instance(c) = &cur {
                if Rc::ptr_eq(c, &err.0) || depth > 100 {
                    return;
                }
                let next = c.exc.as_ref().map(|e| e.borrow().context.clone()).unwrap_or_default();
                cur = next;
                depth += 1;
            }
            x.context = Value::Instance(handled.clone());
        }
    }
}

/// `except T:` matching.
pub fn exc_matches(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    let et = vm.type_of(exc);
    match ty {
        Value::Type(t) if t.exc_kind().is_some() => Ok(et.is_subtype(t)),
        Value::Tuple(ts) => {
            for t in ts.items.iter() {
                if exc_matches(vm, exc, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// CPython's `set_merge`: adds a whole set at once (one resize up front),
/// which decides the result's table layout.
pub fn set_merge(target: &PySet, other: &SetTable<Value>) {
    let r: Result<(), ()> = target.table.borrow_mut().merge(other, |a, b| Ok(pure_eq(a, b).unwrap_or_else(|| a.is(b))));
    let _ = r;
}

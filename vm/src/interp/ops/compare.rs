//! Truth, identity, hashing and equality.

use super::prelude::*;
use super::*;
use crate::objects::PyList;

pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Bool(b) => b.get(),
        Value::None | Value::Unbound => false,
        Value::Int(i) => *i != 0,
        Value::BigInt(b) => !b.is_zero(),
        Value::Float(f) => f.get() != 0.0,
        Value::Str(s) => !s.s.is_empty(),
        Value::List(l) => !l.items.borrow().is_empty(),
        Value::Tuple(t) => !t.items.is_empty(),
        Value::Dict(d) => !d.data.borrow().is_empty(),
        Value::Set(s) | Value::FrozenSet(s) => !s.table.borrow().is_empty(),
        Value::Range(_) => !range_length(v).is_zero(),
        Value::DictView(d) => !d.dict.data.borrow().is_empty(),
        Value::Instance(i) => {
            if let (Some(p), None) = (i.payload(), attr::user_method(vm, v, "__bool__").or_else(|| attr::user_method(vm, v, "__len__"))) {
                return truthy(vm, &p);
            }
            if let Some(r) = attr::call_special(vm, v, "__bool__", &[]) {
                let r = r?;
                return match r {
                    Value::Bool(b) => Ok(b.get()),
                    other => Err(vm.type_error(format!("__bool__ should return bool, returned {}", other.type_name()))),
                };
            }
            if let Some(r) = attr::call_special(vm, v, "__len__", &[]) {
                let r = r?;
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
        Value::Bool(b) => b.get() as i64,
        Value::BigInt(b) => big_hash(b),
        Value::Float(f) => {
            if f.get().is_nan() {
                (v.ptr().unwrap_or(0) >> 4) as i64
            } else {
                settable::hash_float(f.get())
            }
        }
        Value::Str(s) => s.hash(),
        Value::None => 0x5f1c_d3e1,
        Value::Tuple(t) => {
            // Nested tuples hash by recursion (CPython's tuplehash has no
            // check, and crashes past some 200 000 levels).
            let hs = vm.native_step(|vm| t.items.iter().map(|x| hash(vm, x)).collect::<PyResult<Vec<i64>>>())?;
            settable::hash_tuple(&hs)
        }
        Value::FrozenSet(s) => frozenset_hash(&s.table.borrow()),
        Value::Range(r) => {
            // CPython's range_hash: equal ranges hash equal, as the tuple
            // (len, start, step), with start and step None where they do
            // not matter (an empty range, a one-item range).
            let len = range_length(v);
            let (start, step) = if len.is_zero() {
                (Value::None, Value::None)
            } else if len == num_bigint::BigInt::from(1) {
                (r.start.clone(), Value::None)
            } else {
                (r.start.clone(), r.step.clone())
            };
            return hash(vm, &Value::tuple(vec![Value::from_bigint(len), start, step]));
        }
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
                        Value::Bool(b) => Ok(b.get() as i64),
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

/// The order of two strings: code-point order, which is the order of
/// their UTF-8 bytes (the same object is equal without a look).
#[inline]
pub fn str_order(x: &Rc<PyStr>, y: &Rc<PyStr>) -> Ordering {
    if Rc::ptr_eq(x, y) {
        Ordering::Equal
    } else {
        x.as_str().cmp(y.as_str())
    }
}

/// The order of two values when it is decided without Python code: two
/// ints or two strings; `None` otherwise. What `compare` gives them.
#[inline]
pub fn pure_item_order(x: &Value, y: &Value) -> Option<Ordering> {
    match (x, y) {
        (Value::Int(p), Value::Int(q)) => Some(p.cmp(q)),
        (Value::Str(p), Value::Str(q)) => Some(str_order(p, q)),
        _ => None,
    }
}

/// Two strings compared, as `compare` does. The loop's fast path.
#[inline(never)]
pub fn str_compare(kind: CmpKind, x: &Rc<PyStr>, y: &Rc<PyStr>) -> bool {
    cmp_ord(kind, str_order(x, y))
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
/// The order of two tuples when their items up to the first pair that
/// differs are ints and strings (sort keys such as `(-count, word)`), else
/// `None` for `seq_compare`. The same answer as `seq_compare`'s (the first
/// pair of items that differ decides, equal prefixes leave it to the
/// lengths): comparing ints and strings runs no Python code, so nothing
/// observable is skipped. CPython's sort does the same
/// (`unsafe_tuple_compare`).
pub fn pure_order(a: &[Value], b: &[Value]) -> Option<Ordering> {
    for (x, y) in a.iter().zip(b) {
        let order = pure_item_order(x, y)?;
        if order != Ordering::Equal {
            return Some(order);
        }
    }
    Some(a.len().cmp(&b.len()))
}

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

/// What a RecursionError from comparing nested containers says.
pub const IN_COMPARISON: &str = " in comparison";

/// Lexicographic comparison of two lists, as CPython's: the lengths are
/// read again after every `__eq__`, which may change either list; lists of
/// different lengths are unequal without comparing items.
fn list_compare(vm: &mut Vm, kind: CmpKind, a: &PyList, b: &PyList) -> PyResult<bool> {
    let len = |l: &PyList| l.items.borrow().len();
    if matches!(kind, CmpKind::Eq | CmpKind::Ne) && len(a) != len(b) {
        return Ok(kind == CmpKind::Ne);
    }
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (list_item(a, i), list_item(b, i)) else {
            return Ok(cmp_ord(kind, len(a).cmp(&len(b))));
        };
        if !eq(vm, &x, &y)? {
            break;
        }
        i += 1;
    }
    // `__eq__` may have shortened a list: the items compared are the ones
    // at `i` now, if it still has them.
    let (Some(x), Some(y)) = (list_item(a, i), list_item(b, i)) else {
        return Ok(cmp_ord(kind, len(a).cmp(&len(b))));
    };
    match kind {
        CmpKind::Eq => Ok(false),
        CmpKind::Ne => Ok(true),
        _ => {
            let r = compare(vm, kind, &x, &y)?;
            truthy(vm, &r)
        }
    }
}

/// Rich comparison.
pub fn compare(vm: &mut Vm, kind: CmpKind, a: &Value, b: &Value) -> PyResult<Value> {
    use Value as V;
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(V::bool(num_compare(kind, &x, &y)));
    }
    match (a, b) {
        (V::Str(x), V::Str(y)) => return Ok(V::bool(cmp_ord(kind, str_order(x, y)))),
        (V::List(x), V::List(y)) => {
            let (x, y) = (x.clone(), y.clone());
            return vm.nested(IN_COMPARISON, |vm| list_compare(vm, kind, &x, &y)).map(V::bool);
        }
        (V::Tuple(x), V::Tuple(y)) => {
            if let Some(order) = pure_order(&x.items, &y.items) {
                return Ok(V::bool(cmp_ord(kind, order)));
            }
            let (x, y) = (x.clone(), y.clone());
            return vm.nested(IN_COMPARISON, |vm| seq_compare(vm, kind, &x.items, &y.items)).map(V::bool);
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
            Ok(V::bool(r == (kind == CmpKind::Eq)))
        }
        _ => {
            if let (Some(r), true) = (set_compare(vm, kind, a, b)?, true) {
                return Ok(V::bool(r));
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
                    return Ok(Some(Value::bool(!t)));
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
        (V::Dict(x), V::Dict(y)) => return vm.nested(IN_COMPARISON, |vm| dict_eq(vm, x, y)),
        (V::Set(_) | V::FrozenSet(_), V::Set(_) | V::FrozenSet(_)) => set_compare(vm, CmpKind::Eq, a, b)?.unwrap_or(false),
        (V::Range(x), V::Range(y)) => {
            let (lx, ly) = (range_length(a), range_length(b));
            if lx != ly {
                false
            } else if lx.is_zero() {
                true
            } else {
                eq(vm, &x.start, &y.start)? && (lx == BigInt::from(1) || eq(vm, &x.step, &y.step)?)
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

/// `x == y` for two dicts: the same keys, with equal values.
fn dict_eq(vm: &mut Vm, x: &PyDict, y: &Rc<PyDict>) -> PyResult<bool> {
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
    Ok(true)
}

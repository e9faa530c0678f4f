//! The functions of the `builtins` module.

use super::{fixed, kwarg, no_kwargs, optional, unpack};
use crate::bytecode::{CmpKind, CodeKind};
use crate::interp::{attr, ops, Vm};
use crate::objects::str::intern;
use crate::objects::{release, B64};
use crate::objects::{ExcKind, IterKind, KwArgs, PyCode, PyDict, PyIter, PyResult, PyType, Value};
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

pub fn print(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    for (k, v) in kw {
        match (k.as_str(), v) {
            ("sep", Value::Str(s)) => sep = s.s.to_string(),
            ("sep", Value::None) => {}
            ("end", Value::Str(s)) => end = s.s.to_string(),
            ("end", Value::None) => {}
            ("sep" | "end", other) => return Err(vm.type_error(format!("{} must be None or a string, not {}", k.as_str(), other.type_name()))),
            ("file", v) => file = v.clone(),
            ("flush", _) => {}
            (other, _) => return Err(vm.type_error(format!("'{other}' is an invalid keyword argument for print()"))),
        }
    }
    // CPython writes each piece as it goes: a file object sees one `write`
    // per piece, and what came before an argument whose `str` fails is
    // printed. The standard streams take the line in one piece.
    let per_piece = !super::modules::is_std_stream(&file);
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            if per_piece {
                super::modules::write_to(vm, &file, &std::mem::take(&mut out))?;
            }
        }
        match a {
            Value::Str(s) => out.push_str(&s.s),
            other => match ops::str_of(vm, other) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    if !out.is_empty() {
                        super::modules::write_to(vm, &file, &out)?;
                    }
                    return Err(e);
                }
            },
        }
        if per_piece {
            super::modules::write_to(vm, &file, &std::mem::take(&mut out))?;
        }
    }
    out.push_str(&end);
    super::modules::write_to(vm, &file, &out)?;
    Ok(Value::None)
}

pub fn len(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs(vm, "len", kw)?;
    let [v] = fixed(vm, "len", args)?;
    Ok(Value::Int(ops::len(vm, v)? as i64))
}

pub fn repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "repr", args)?;
    Ok(Value::string(ops::repr(vm, v)?))
}

pub fn ascii(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "ascii", args)?;
    Ok(Value::string(crate::interp::repr::ascii(&ops::repr(vm, v)?)))
}

pub fn abs(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "abs", args)?;
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(v) => Value::Int(v),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        },
        Value::Bool(b) => Value::Int(b.get() as i64),
        Value::BigInt(b) => Value::from_bigint(b.magnitude().clone().into()),
        Value::Float(f) => Value::float(f.get().abs()),
        other => match attr::user_method(vm, other, "__abs__") {
            Some(f) => return vm.call(&f, std::slice::from_ref(other), &[]),
            None => return Err(vm.type_error(format!("bad operand type for abs(): '{}'", other.type_name()))),
        },
    })
}

/// Stable merge sort that only uses `<` (so inconsistent user comparisons cannot crash it).
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: &Value, reverse: bool) -> PyResult<Vec<Value>> {
    let keys: Vec<Value> = if matches!(key, Value::None) {
        items.clone()
    } else {
        let mut ks = Vec::with_capacity(items.len());
        for x in &items {
            ks.push(vm.call(key, std::slice::from_ref(x), &[])?);
        }
        ks
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    // Fast paths for homogeneous ints and strings (total orders).
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ik: Vec<i64> = keys.iter().map(|k| if let Value::Int(i) = k { *i } else { 0 }).collect();
        if reverse {
            idx.sort_by(|a, b| ik[*b].cmp(&ik[*a]));
        } else {
            idx.sort_by(|a, b| ik[*a].cmp(&ik[*b]));
        }
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let sk: Vec<&str> = keys.iter().map(|k| if let Value::Str(s) = k { s.as_str() } else { "" }).collect();
        if reverse {
            idx.sort_by(|a, b| sk[*b].cmp(sk[*a]));
        } else {
            idx.sort_by(|a, b| sk[*a].cmp(sk[*b]));
        }
    } else if idx.len() < 64 {
        // CPython sorts a short list as one run: count the leading run,
        // reverse it if strictly descending, then binary insertion. Doing the
        // same makes the `__lt__` calls (observable) match CPython's.
        if reverse {
            idx.reverse();
        }
        small_sort(vm, &keys, &mut idx)?;
        if reverse {
            idx.reverse();
        }
    } else {
        let mut buf = idx.clone();
        merge_sort(vm, &keys, &mut idx, &mut buf, reverse)?;
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    Ok(idx.into_iter().map(|i| slots[i].take().unwrap_or_default()).collect())
}

/// CPython's sort of fewer than 64 items: `count_run` then `binarysort`.
/// With `reverse`, the caller reverses before and after, as CPython does
/// (which keeps equal items in their original order).
fn small_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let mut run = 2;
    if lt(vm, &keys[idx[1]], &keys[idx[0]])? {
        while run < n && lt(vm, &keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
        idx[..run].reverse();
    } else {
        while run < n && !lt(vm, &keys[idx[run]], &keys[idx[run - 1]])? {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = idx[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, &keys[pivot], &keys[idx[p]])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx.copy_within(l..start, l + 1);
        idx[l] = pivot;
    }
    Ok(())
}

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => return Ok(x.get() < y.get()),
        // Sort keys such as `(-count, word)`: the comparison's own fast
        // path, without its dispatch and boolean result.
        (Value::Tuple(x), Value::Tuple(y)) => {
            if let Some(order) = ops::pure_order(&x.items, &y.items) {
                return Ok(order.is_lt());
            }
        }
        _ => {}
    }
    let r = ops::compare(vm, CmpKind::Lt, a, b)?;
    ops::truthy(vm, &r)
}

fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize], buf: &mut [usize], reverse: bool) -> PyResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    if n <= 8 {
        // Insertion sort for short runs.
        for i in 1..n {
            let mut j = i;
            while j > 0 {
                let (a, b) = (&keys[idx[j - 1]], &keys[idx[j]]);
                let swap = if reverse { lt(vm, a, b)? } else { lt(vm, b, a)? };
                if !swap {
                    break;
                }
                idx.swap(j - 1, j);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl, reverse)?;
        merge_sort(vm, keys, r, br, reverse)?;
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        let (a, b) = (&keys[buf[i]], &keys[buf[j]]);
        let take_right = if reverse { lt(vm, a, b)? } else { lt(vm, b, a)? };
        if take_right {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    while i < mid {
        idx[k] = buf[i];
        i += 1;
        k += 1;
    }
    while j < n {
        idx[k] = buf[j];
        j += 1;
        k += 1;
    }
    Ok(())
}

pub fn sorted(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [iterable] = unpack::<1, 0>(args, || vm.type_error(format!("sorted expected 1 argument, got {}", args.len())))?.0;
    let items = ops::iterate(vm, iterable)?;
    let key = kwarg(kw, "key").cloned().unwrap_or(Value::None);
    let reverse = match kwarg(kw, "reverse") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    Ok(Value::list(sort_values(vm, items, &key, reverse)?))
}

fn min_max(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str, op: CmpKind) -> PyResult<Value> {
    let key = kwarg(kw, "key").cloned().unwrap_or(Value::None);
    let default = kwarg(kw, "default").cloned();
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |vm: &mut Vm, x: Value| -> PyResult<()> {
        let k = if matches!(key, Value::None) { x.clone() } else { vm.call(&key, std::slice::from_ref(&x), &[])? };
        match &best {
            None => best = Some((k, x)),
            Some((bk, _)) => {
                let better = match ops::pure_item_order(&k, bk) {
                    Some(order) => ops::cmp_ord(op, order),
                    None => {
                        let r = ops::compare(vm, op, &k, bk)?;
                        ops::truthy(vm, &r)?
                    }
                };
                if better {
                    best = Some((k, x));
                }
            }
        }
        Ok(())
    };
    // One argument is iterated (the key runs between steps, and may change
    // a list being iterated: its length is read again at every step, as
    // its iterator would); several are taken where they are, as CPython
    // iterates its argument tuple, without a tuple and an iterator made
    // for them.
    match args {
        [] => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        [Value::Tuple(t)] => {
            for x in t.items.iter() {
                consider(vm, x.clone())?;
            }
        }
        [Value::List(l)] => {
            let mut i = 0;
            while let Some(x) = ops::list_item(l, i) {
                consider(vm, x)?;
                i += 1;
            }
        }
        [iterable] => {
            let it = ops::get_iter(vm, iterable)?;
            while let Some(x) = ops::next(vm, &it)? {
                consider(vm, x)?;
            }
        }
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            for x in args {
                consider(vm, x.clone())?;
            }
        }
    }
    match best {
        Some((_, x)) => Ok(x),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

pub fn min(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpKind::Lt)
}

pub fn max(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpKind::Gt)
}

pub fn sum(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let ([iterable], [start]) = optional::<1, 1>(vm, "sum", args)?;
    let mut acc = start.or_else(|| kwarg(kw, "start")).cloned().unwrap_or(Value::Int(0));
    if matches!(acc, Value::Str(_)) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = ops::get_iter(vm, iterable)?;
    loop {
        let mut err = None;
        let x = ops::next_value(vm, &it, &mut err);
        if x.is_unbound() {
            if let Some(e) = err {
                return Err(e);
            }
            break;
        }
        let sum = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
            _ => ops::binary_op(vm, crate::bytecode::BinOpKind::Add, &acc, &x)?,
        };
        // (Ints and floats leave without a call of the drop glue.)
        release(std::mem::replace(&mut acc, sum));
        release(x);
    }
    Ok(acc)
}

pub fn all(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "all", args)?;
    let it = ops::get_iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if !ops::truthy(vm, &x)? {
            return Ok(Value::Bool(B64::FALSE));
        }
    }
    Ok(Value::Bool(B64::TRUE))
}

pub fn any(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "any", args)?;
    let it = ops::get_iter(vm, v)?;
    while let Some(x) = ops::next(vm, &it)? {
        if ops::truthy(vm, &x)? {
            return Ok(Value::Bool(B64::TRUE));
        }
    }
    Ok(Value::Bool(B64::FALSE))
}

fn class_or_tuple(vm: &mut Vm, t: &Value, f: &mut dyn FnMut(&Rc<PyType>) -> bool, name: &str) -> PyResult<bool> {
    match t {
        Value::Type(c) => Ok(f(c)),
        Value::Tuple(ts) => {
            // Each nested tuple is a level of recursion, as in CPython.
            let what = if name == "issubclass" { " in __subclasscheck__" } else { " in __instancecheck__" };
            vm.nested(what, |vm| {
                for x in ts.items.iter() {
                    if class_or_tuple(vm, x, f, name)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            })
        }
        _ => Err(vm.type_error(format!(
            "{name}() arg 2 must be a {}, or a union",
            if name == "issubclass" { "class, a tuple of classes" } else { "type, a tuple of types" }
        ))),
    }
}

pub fn isinstance(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [obj, classes] = fixed(vm, "isinstance", args)?;
    let t = vm.type_of(obj);
    let r = class_or_tuple(vm, classes, &mut |c| t.is_subtype(c), "isinstance")?;
    Ok(Value::bool(r))
}

pub fn issubclass(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [cls, classes] = fixed(vm, "issubclass", args)?;
    let Value::Type(t) = cls else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let t = t.clone();
    let r = class_or_tuple(vm, classes, &mut |c| t.is_subtype(c), "issubclass")?;
    Ok(Value::bool(r))
}

pub fn id(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "id", args)?;
    Ok(Value::Int(match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x7000_0000_0000 + i.wrapping_mul(32),
            Value::Bool(b) => 0x6000_0000_0000 + b.get() as i64 * 32,
            Value::None => 0x5000_0000_0000,
            Value::Float(f) => 0x4000_0000_0000 + (f.to_bits() >> 8) as i64,
            _ => 0x3000_0000_0000,
        },
    }))
}

pub fn hash(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "hash", args)?;
    Ok(Value::Int(ops::hash(vm, v)?))
}

fn attr_name(vm: &Vm, v: &Value, _fname: &str) -> PyResult<Rc<crate::objects::PyStr>> {
    attr::name_arg(vm, v)
}

pub fn getattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([obj, name], [default]) = optional::<2, 1>(vm, "getattr", args)?;
    let name = attr_name(vm, name, "getattr")?;
    match (attr::get_attr(vm, obj, &name), default) {
        (Ok(v), _) => Ok(v),
        (Err(e), Some(d)) if vm.err_is(&e, ExcKind::AttributeError) => Ok(d.clone()),
        (Err(e), _) => Err(e),
    }
}

pub fn setattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [obj, name, value] = fixed(vm, "setattr", args)?;
    let name = attr_name(vm, name, "setattr")?;
    attr::set_attr(vm, obj, &name, value.clone())?;
    Ok(Value::None)
}

pub fn hasattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [obj, name] = fixed(vm, "hasattr", args)?;
    let name = attr_name(vm, name, "hasattr")?;
    match attr::get_attr(vm, obj, &name) {
        Ok(_) => Ok(Value::Bool(B64::TRUE)),
        Err(e) if vm.err_is(&e, ExcKind::AttributeError) => Ok(Value::Bool(B64::FALSE)),
        Err(e) => Err(e),
    }
}

pub fn delattr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [obj, name] = fixed(vm, "delattr", args)?;
    let name = attr_name(vm, name, "delattr")?;
    attr::del_attr(vm, obj, &name)?;
    Ok(Value::None)
}

pub fn callable(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "callable", args)?;
    Ok(Value::bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        Value::Instance(_) => attr::lookup_special(vm, v, "__call__").is_some(),
        _ => false,
    }))
}

pub fn iter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match optional::<1, 1>(vm, "iter", args)? {
        ([func], [Some(sentinel)]) => Ok(PyIter::value(IterKind::CallableIter { func: func.clone(), sentinel: sentinel.clone() })),
        ([iterable], [None]) => ops::get_iter(vm, iterable),
    }
}

pub fn next(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([it], [default]) = optional::<1, 1>(vm, "next", args)?;
    if !matches!(it, Value::Iter(_) | Value::Generator(_)) && attr::lookup_special(vm, it, "__next__").is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", it.type_name())));
    }
    if let Value::Generator(g) = it {
        return match vm.gen_resume(g, Value::None)? {
            crate::interp::call::GenResult::Yield(v) => Ok(v),
            crate::interp::call::GenResult::Return(v) => match default {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
        };
    }
    match ops::next(vm, it)? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

pub fn enumerate(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let ([iterable], [start]) = optional::<1, 1>(vm, "enumerate", args)?;
    let start = start.or_else(|| kwarg(kw, "start")).cloned().unwrap_or(Value::Int(0));
    let it = ops::get_iter(vm, iterable)?;
    Ok(PyIter::value(IterKind::Enumerate { it, count: start }))
}

pub fn zip(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let strict = match kwarg(kw, "strict") {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, a) in args.iter().enumerate() {
        its.push(ops::get_iter(vm, a).map_err(|_| {
            let _ = i;
            vm.type_error(format!("'{}' object is not iterable", a.type_name()))
        })?);
    }
    Ok(PyIter::value(IterKind::Zip { its, strict }))
}

pub fn map(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (func, iterables) = match args {
        [func, iterables @ ..] if !iterables.is_empty() => (func, iterables),
        _ => return Err(vm.type_error("map() must have at least two arguments.")),
    };
    let mut its = Vec::new();
    for a in iterables {
        its.push(ops::get_iter(vm, a)?);
    }
    Ok(PyIter::value(IterKind::Map { func: func.clone(), its }))
}

pub fn filter(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [func, iterable] = fixed(vm, "filter", args)?;
    let it = ops::get_iter(vm, iterable)?;
    Ok(PyIter::value(IterKind::Filter { func: func.clone(), it }))
}

pub fn reversed(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = unpack::<1, 0>(args, || vm.type_error(format!("reversed expected 1 argument, got {}", args.len())))?.0;
    match v {
        Value::List(l) => {
            let n = l.items.borrow().len() as isize;
            Ok(PyIter::value(IterKind::Reversed { seq: v.clone(), idx: n - 1 }))
        }
        // A range reversed is a range: O(1) at any size, as CPython's
        // range_reverse.
        Value::Range(_) => {
            let n = ops::range_length(v);
            let (a, _, s) = crate::interp::range::range_parts(v).unwrap_or_default();
            let last = &a + &s * (n - 1);
            let stop = Value::from_bigint(&a - &s);
            let r = Value::Range(Rc::new(crate::objects::PyRange { start: Value::from_bigint(last), stop, step: Value::from_bigint(-s) }));
            crate::interp::range::range_iter(vm, &r)
        }
        Value::Tuple(_) | Value::Str(_) => {
            let items = ops::iterate(vm, v)?;
            let n = items.len() as isize;
            Ok(PyIter::value(IterKind::Reversed { seq: Value::list(items), idx: n - 1 }))
        }
        Value::Dict(_) | Value::DictView(_) => {
            let items = ops::iterate(vm, v)?;
            let n = items.len() as isize;
            Ok(PyIter::value(IterKind::Reversed { seq: Value::list(items), idx: n - 1 }))
        }
        Value::Instance(_) => {
            if let Some(f) = attr::lookup_special(vm, v, "__reversed__") {
                return vm.call(&f, &[], &[]);
            }
            if attr::lookup_special(vm, v, "__len__").is_none() || attr::lookup_special(vm, v, "__getitem__").is_none() {
                return Err(vm.type_error(format!("'{}' object is not reversible", v.type_name())));
            }
            let n = ops::len(vm, v)? as isize;
            let mut items = Vec::new();
            for i in 0..n {
                items.push(ops::getitem(vm, v, &Value::Int(i as i64))?);
            }
            Ok(PyIter::value(IterKind::Reversed { seq: Value::list(items), idx: n - 1 }))
        }
        other => Err(vm.type_error(format!("'{}' object is not reversible", other.type_name()))),
    }
}

pub fn chr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "chr", args)?;
    let i = ops::c_int_of(vm, v)?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

pub fn ord(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "ord", args)?;
    match v {
        Value::Str(s) if s.chars == 1 => Ok(Value::Int(s.s.chars().next().map(|c| c as i64).unwrap_or(0))),
        Value::Str(s) => Err(vm.type_error(format!("ord() expected a character, but string of length {} found", s.chars))),
        other => Err(vm.type_error(format!("ord() expected string of length 1, but {} found", other.type_name()))),
    }
}

pub fn divmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [x, y] = fixed(vm, "divmod", args)?;
    if let Some(f) = attr::user_method(vm, x, "__divmod__") {
        let r = vm.call(&f, &[x.clone(), y.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(f) = attr::user_method(vm, y, "__rdivmod__") {
        let r = vm.call(&f, &[y.clone(), x.clone()], &[])?;
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if matches!((x, y), (Value::Float(_) | Value::Int(_), Value::Float(z)) if z.get() == 0.0) || matches!((x, y), (Value::Float(_), Value::Int(0))) {
        return Err(vm.zero_div("float divmod()"));
    }
    let q = ops::binary_op(vm, crate::bytecode::BinOpKind::FloorDiv, x, y).map_err(|e| {
        if vm.err_is(&e, ExcKind::TypeError) {
            vm.type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", x.type_name(), y.type_name()))
        } else {
            e
        }
    })?;
    let r = ops::binary_op(vm, crate::bytecode::BinOpKind::Mod, x, y)?;
    Ok(Value::tuple(vec![q, r]))
}

pub fn pow(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([base, exp], [modulus]) = optional::<2, 1>(vm, "pow", args)?;
    if let Some(modulus) = modulus.filter(|m| !matches!(m, Value::None)) {
        let (Some(b), Some(e), Some(m)) = (to_big(base), to_big(exp), to_big(modulus)) else {
            return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        use num_traits::{Signed, Zero};
        if m.is_zero() {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if e.is_negative() {
            // Modular inverse.
            let inv = mod_inverse(&b, &m).ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
            (inv, -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m.abs());
        let r = if m.is_negative() && !r.is_zero() { r + m } else { r };
        return Ok(Value::from_bigint(r));
    }
    ops::binary_op(vm, crate::bytecode::BinOpKind::Pow, base, exp)
}

fn to_big(v: &Value) -> Option<num_bigint::BigInt> {
    match v {
        Value::Int(i) => Some((*i).into()),
        Value::Bool(b) => Some((b.get() as i64).into()),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if !e.gcd.is_one() {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

pub fn round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let ([x], [nd]) = optional::<1, 1>(vm, "round", args)?;
    let nd = nd.or_else(|| kwarg(kw, "ndigits")).cloned().unwrap_or(Value::None);
    match (x, &nd) {
        (Value::Float(f), Value::None) => {
            if f.get().is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(vm.overflow("cannot convert float infinity to integer"));
            }
            let r = f.get().round_ties_even();
            super::types::to_int(vm, &Value::float(r))
        }
        (Value::Float(f), n) => {
            // CPython's `PyNumber_AsSsize_t(o, NULL)`: a huge ndigits is
            // clamped, and rounds to x itself or to a signed zero.
            let n = ops::index_clamped(vm, n)?;
            crate::objects::numfmt::round_float(f.get(), n).map(Value::float).map_err(|m| vm.overflow(m))
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Value::None) => super::types::to_int(vm, x),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), n) => {
            let n = ops::index_value(vm, n)?;
            let n = to_big(&n).unwrap_or_default();
            if !n.is_negative() {
                return super::types::to_int(vm, x);
            }
            let x = to_big(x).unwrap_or_default();
            // 10**k > 2|x| once k exceeds the digit count of x by one: the
            // result is 0 without building 10**k (CPython builds it, and
            // for a huge k takes minutes to reach the same 0).
            let digits = (x.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 1;
            let k = match (-n).to_u64() {
                Some(k) if k <= digits + 1 => k as u32,
                _ => return Ok(Value::Int(0)),
            };
            let p = num_traits::pow::Pow::pow(num_bigint::BigInt::from(10), k);
            use num_integer::Integer;
            let (q, r) = x.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
            Ok(Value::from_bigint(q * p))
        }
        (other, _) => match attr::user_method(vm, other, "__round__") {
            Some(f) => {
                let mut a = vec![other.clone()];
                if !matches!(nd, Value::None) {
                    a.push(nd.clone());
                }
                vm.call(&f, &a, &[])
            }
            None => Err(vm.type_error(format!("type {} doesn't define __round__ method", other.type_name()))),
        },
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    let i = ops::index_value(vm, v)?;
    Ok(to_big(&i).unwrap_or_default())
}

pub fn hex(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "hex", args)?;
    let b = int_arg(vm, v)?;
    Ok(Value::string(crate::objects::numfmt::int_to_base(&b, 16)))
}

pub fn oct(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "oct", args)?;
    let b = int_arg(vm, v)?;
    Ok(Value::string(crate::objects::numfmt::int_to_base(&b, 8)))
}

pub fn bin(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "bin", args)?;
    let b = int_arg(vm, v)?;
    Ok(Value::string(crate::objects::numfmt::int_to_base(&b, 2)))
}

pub fn format(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([v], [spec]) = optional::<1, 1>(vm, "format", args)?;
    let spec = match spec {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(other) => return Err(vm.type_error(format!("format() argument 2 must be str, not {}", other.type_name()))),
        None => String::new(),
    };
    Ok(Value::string(crate::interp::format::format(vm, v, &spec)?))
}

pub fn input(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let Some(p) = args.first() {
        let s = ops::str_of(vm, p)?;
        vm.write_out(&s);
    }
    vm.flush_out();
    let mut line = String::new();
    // A fuzzed program reads nothing (see `crate::fuzz`).
    #[cfg(feature = "fuzzing")]
    let read: std::io::Result<usize> = Ok(0);
    #[cfg(not(feature = "fuzzing"))]
    let read = std::io::stdin().read_line(&mut line);
    match read {
        Ok(0) | Err(_) => Err(vm.new_error(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
    }
}

fn current_globals(vm: &Vm) -> Rc<PyDict> {
    vm.frames.last().map(|f| f.globals().clone()).unwrap_or_else(|| vm.builtins.dict.clone())
}

pub fn globals(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Dict(current_globals(vm)))
}

/// A snapshot of the calling function's locals (or its locals mapping).
pub fn locals(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(fi) = vm.frames.last() else {
        return Ok(Value::Dict(PyDict::new()));
    };
    if let Some(l) = &fi.locals {
        return Ok(l.clone());
    }
    if fi.code().code.kind != CodeKind::Function {
        return Ok(Value::Dict(fi.globals().clone()));
    }
    let code = fi.code().clone();
    let base = fi.base;
    let d = match &fi.locals_dict {
        Some(d) => d.clone(),
        None => PyDict::new(),
    };
    if let Some(fi) = vm.frames.last_mut() {
        fi.locals_dict = Some(d.clone());
    }
    // Refresh from the frame: bound names are set, unbound ones removed.
    let c = &code.code;
    let sync = |name: std::rc::Rc<crate::objects::PyStr>, v: Value| {
        let mut data = d.data.borrow_mut();
        if v.is_unbound() {
            data.remove_str(&name);
        } else {
            data.set_str(name, v);
        }
    };
    for (i, name) in code.varnames.iter().enumerate() {
        if c.cellvars.iter().any(|cv| cv.as_ref() == name.as_str()) {
            continue;
        }
        sync(name.clone(), vm.stack.get(base + i).cloned().unwrap_or_default());
    }
    for (j, name) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
        let v = match vm.stack.get(base + code.nlocals + j) {
            Some(Value::Cell(cell)) => cell.value.borrow().clone(),
            _ => Value::Unbound,
        };
        sync(intern(name), v);
    }
    Ok(Value::Dict(d))
}

pub fn vars(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let ([], [v]) = optional::<0, 1>(vm, "vars", args)?;
    let Some(v) = v else {
        return locals(vm, args, kw);
    };
    match attr::get_attr(vm, v, &crate::name!("__dict__")) {
        Ok(d) => Ok(d),
        Err(e) if vm.err_is(&e, ExcKind::AttributeError) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        Err(e) => Err(e),
    }
}

pub fn dir(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut names: Vec<String> = Vec::new();
    match args.first() {
        None => {
            let l = locals(vm, args, kw)?;
            if let Value::Dict(d) = l {
                names.extend(d.data.borrow().iter().filter_map(|e| e.key.as_str().map(|s| s.s.to_string())));
            }
        }
        Some(v) => {
            if let Some(f) = attr::user_method(vm, v, "__dir__") {
                let r = vm.call(&f, std::slice::from_ref(v), &[])?;
                let items = ops::iterate(vm, &r)?;
                let mut out: Vec<Value> = items;
                out = sort_values(vm, out, &Value::None, false)?;
                return Ok(Value::list(out));
            }
            match v {
                Value::Module(m) => names.extend(m.dict.data.borrow().iter().filter_map(|e| e.key.as_str().map(|s| s.s.to_string()))),
                Value::Type(t) => {
                    for c in t.mro.borrow().iter() {
                        names.extend(c.dict.borrow().iter().filter_map(|e| e.key.as_str().map(|s| s.s.to_string())));
                    }
                }
                Value::Instance(i) => {
                    names.extend(i.str_keys().iter().map(|s| s.s.to_string()));
                    for c in i.class().mro.borrow().iter() {
                        names.extend(c.dict.borrow().iter().filter_map(|e| e.key.as_str().map(|s| s.s.to_string())));
                    }
                }
                other => {
                    let t = vm.type_of(other);
                    for c in t.mro.borrow().iter() {
                        names.extend(c.dict.borrow().iter().filter_map(|e| e.key.as_str().map(|s| s.s.to_string())));
                    }
                }
            }
        }
    }
    if let Some(v) = args.first() {
        if matches!(v, Value::Instance(_) | Value::Type(_)) {
            // What `object` contributes in CPython.
            for n in [
                "__class__",
                "__delattr__",
                "__dir__",
                "__doc__",
                "__eq__",
                "__format__",
                "__ge__",
                "__getattribute__",
                "__gt__",
                "__hash__",
                "__init__",
                "__init_subclass__",
                "__le__",
                "__lt__",
                "__ne__",
                "__new__",
                "__reduce__",
                "__reduce_ex__",
                "__repr__",
                "__setattr__",
                "__sizeof__",
                "__str__",
                "__subclasshook__",
            ] {
                names.push(n.to_string());
            }
            let t = match v {
                Value::Type(t) => t.clone(),
                other => vm.type_of(other),
            };
            if !t.is_builtin {
                names.push("__module__".into());
                if t.has_dict.get() {
                    names.push("__dict__".into());
                    names.push("__weakref__".into());
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

/// The future flags of the code that called a builtin (`exec`, `eval`,
/// `compile`), which source compiled by it inherits.
fn caller_future_flags(vm: &Vm) -> u32 {
    vm.frames.last().map_or(0, |f| f.code().code.flags & crate::compiler::FUTURE_FLAGS_MASK)
}

/// Source, a filename and a mode to a code object (`compile()`), compiled
/// with `future_flags` in effect.
fn compile_to_code(vm: &mut Vm, src: &Value, filename: &str, mode: &str, future_flags: u32) -> PyResult<Rc<PyCode>> {
    match src {
        Value::Code(c) => Ok(c.clone()),
        Value::Str(s) => {
            // CPython's nesting budget counts the frames below and this builtin's call (in `vm.depth`).
            let budget = crate::compiler::NestingBudget::for_depth(vm.depth, vm.recursion_limit);
            let r = if mode == "eval" {
                crate::compiler::compile_eval_limited(s.as_str(), filename, budget, future_flags)
            } else {
                crate::compiler::compile_source_limited(s.as_str(), filename, CodeKind::Eval, budget, future_flags)
            };
            match r {
                Ok(co) => Ok(PyCode::load(Rc::new(co))),
                Err(e) => Err(super::syntax_error_value(vm, &e)),
            }
        }
        other => Err(vm.type_error(format!("compile() arg 1 must be a string, bytes or AST object, not {}", other.type_name()))),
    }
}

pub fn compile(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let get = |i: usize, k: &str| args.get(i).or_else(|| kwarg(kw, k)).cloned();
    let (Some(src), Some(fname), Some(mode)) = (get(0, "source"), get(1, "filename"), get(2, "mode")) else {
        return Err(vm.type_error("compile() missing required argument"));
    };
    let fname = ops::str_of(vm, &fname)?;
    let mode = ops::str_of(vm, &mode)?;
    // `flags` and `dont_inherit` (CPython's order of checks: the flags'
    // type, their bits, then the mode); the caller's future flags are
    // added unless `dont_inherit`.
    let flags = match get(3, "flags") {
        Some(f) => ops::c_int_of(vm, &f)?,
        None => 0,
    };
    let dont_inherit = match get(4, "dont_inherit") {
        Some(d) => ops::c_int_of(vm, &d)? != 0,
        None => false,
    };
    // The compile-only flags (PyCF_ONLY_AST and the like, `PyCF_COMPILE_MASK`) are accepted and ignored.
    const COMPILE_ONLY: u32 = 0x400 | 0x2000 | 0x1000 | 0x200 | 0x4000;
    let flags = flags as u32;
    if flags & !(crate::compiler::FUTURE_FLAGS_MASK | COMPILE_ONLY) != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if !matches!(mode.as_str(), "exec" | "eval" | "single") {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    let future = (flags & crate::compiler::FUTURE_FLAGS_MASK) | if dont_inherit { 0 } else { caller_future_flags(vm) };
    Ok(Value::Code(compile_to_code(vm, &src, &fname, &mode, future)?))
}

fn exec_eval(vm: &mut Vm, args: &[Value], kw: &KwArgs, mode: &str) -> PyResult<Value> {
    let fname = if mode == "eval" { "eval" } else { "exec" };
    let Some(source) = args.first() else {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    };
    let g = args.get(1).or_else(|| kwarg(kw, "globals")).cloned().unwrap_or(Value::None);
    let l = args.get(2).or_else(|| kwarg(kw, "locals")).cloned().unwrap_or(Value::None);
    let (globals, mut locals) = match &g {
        Value::None => {
            let fi = vm.frames.last();
            let globals = fi.map(|f| f.globals().clone()).unwrap_or_else(|| vm.builtins.dict.clone());
            let caller_locals = match fi {
                Some(f) if f.locals.is_some() => f.locals.clone(),
                Some(f) if f.code().code.kind == CodeKind::Function => Some(locals(vm, &[], &[])?),
                _ => None,
            };
            (globals, caller_locals)
        }
        Value::Dict(d) => (d.clone(), None),
        // A dict subclass: its dict runs the code (CPython also routes
        // global reads through an overridden `__getitem__`; nsvm does not).
        Value::Instance(i) if matches!(i.payload(), Some(Value::Dict(_))) => match i.payload() {
            Some(Value::Dict(d)) => (d, None),
            _ => return Err(vm.internal("dict payload vanished")),
        },
        other => return Err(vm.type_error(format!("{fname}() globals must be a dict, not {}", other.type_name()))),
    };
    match &l {
        Value::None => {}
        other => {
            if !matches!(other, Value::Dict(_)) && attr::lookup_special(vm, other, "__getitem__").is_none() {
                return Err(vm.type_error(format!("locals must be a mapping or None, not {}", other.type_name())));
            }
            locals = Some(other.clone());
        }
    }
    if globals.data.borrow().get_str(&crate::name!("__builtins__")).is_none() {
        globals.data.borrow_mut().set_str(crate::name!("__builtins__"), Value::Module(vm.builtins.clone()));
    }
    let src = match source {
        Value::Str(s) if mode == "eval" => Value::str(s.as_str().trim_start_matches([' ', '\t'])),
        Value::Str(_) | Value::Code(_) => source.clone(),
        other => {
            let what = if mode == "eval" {
                "eval() arg 1 must be a string, bytes or code object".to_string()
            } else {
                format!("exec() arg 1 must be a string, bytes or code object, not {}", other.type_name())
            };
            return Err(vm.type_error(what));
        }
    };
    let future = caller_future_flags(vm);
    let code = compile_to_code(vm, &src, "<string>", mode, future)?;
    let r = vm.run_code(code, None, globals, locals)?;
    Ok(if mode == "eval" { r } else { Value::None })
}

pub fn exec(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    exec_eval(vm, args, kw, "exec")
}

pub fn eval(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    exec_eval(vm, args, kw, "eval")
}

pub fn import(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("__import__() argument 1 must be str")),
    };
    let fromlist = args.get(3).cloned().unwrap_or(Value::None);
    crate::interp::import::import_module_value(vm, &name, &fromlist, 0, None)
}

pub fn open(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Err(vm.new_error(ExcKind::OSError, "open() is not supported by nsvm (files are outside the subset)"))
}

//! Building containers: `BUILD_*`, unpacking into calls, merging mappings.

use super::prelude::*;
use super::*;

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

/// CPython's `dict_update_arg` (`dict(x)`, `d.update(x)`, `d |= x`): a
/// mapping (a dict, or anything with `keys()`) is merged; anything else
/// must be an iterable of pairs, each stored as soon as it is read, so
/// that an iterator which reads or changes `d` sees every earlier pair.
pub fn dict_update_arg(vm: &mut Vm, d: &Rc<PyDict>, src: &Value) -> PyResult<()> {
    if let Some(items) = mapping_items(vm, src)? {
        for (k, v) in items {
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    let it = match get_iter(vm, src) {
        Ok(it) => it,
        Err(e) if vm.err_is(&e, ExcKind::TypeError) => return Err(vm.type_error(format!("'{}' object is not iterable", src.type_name()))),
        Err(e) => return Err(e),
    };
    let mut i = 0;
    while let Some(item) = next(vm, &it)? {
        let pair = match iterate(vm, &item) {
            Ok(p) => p,
            Err(e) if vm.err_is(&e, ExcKind::TypeError) && get_iter(vm, &item).is_err() => {
                return Err(vm.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence")))
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!("dictionary update sequence element #{i} has length {}; 2 is required", pair.len())));
        }
        let mut p = pair.into_iter();
        let (k, v) = (p.next().unwrap_or_default(), p.next().unwrap_or_default());
        dict_set(vm, d, k, v)?;
        i += 1;
    }
    Ok(())
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

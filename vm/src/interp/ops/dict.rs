//! The dict protocol as the loop and the builtins use it: lookups that hash keys and ask `__eq__`, restarting when the dict changes under them.

use super::prelude::*;
use super::*;

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

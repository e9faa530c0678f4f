//! The VM's side of the dict protocol: `proxies` does every lookup, and
//! asks the VM (`impl proxies::Host for Vm`) to hash keys and compare them,
//! which may run Python code. The functions here are the spellings the
//! loop and the builtins use; none of them holds a rule of its own.

use super::prelude::*;
use super::{eq, hash};

impl proxies::Host<Value> for Vm {
    type Error = PyErr;
    #[inline]
    fn hash(&mut self, key: &Value) -> PyResult<i64> {
        hash(self, key)
    }
    fn eq(&mut self, stored: &Value, probe: &Value) -> PyResult<bool> {
        eq(self, stored, probe)
    }
}

/// Finds a key's entry index in a dict.
pub fn dict_lookup(vm: &mut Vm, d: &PyDict, k: &Value) -> PyResult<Option<usize>> {
    proxies::lookup(d, vm, k)
}

/// `d[k]`, `None` when absent.
#[inline]
pub fn dict_get(vm: &mut Vm, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
    proxies::get(d, vm, k)
}

/// `d[name]` for a string (the name step inlined by `proxies`).
#[inline]
pub fn dict_get_name(vm: &mut Vm, d: &PyDict, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
    proxies::get_name(d, vm, name, || Value::Str(name.clone()))
}

/// `k in d`.
#[inline]
pub fn dict_contains(vm: &mut Vm, d: &PyDict, k: &Value) -> PyResult<bool> {
    proxies::contains(d, vm, k)
}

/// `d[k] = v`. The value it replaces is released after the borrow ends.
#[inline]
pub fn dict_set(vm: &mut Vm, d: &PyDict, k: Value, v: Value) -> PyResult<()> {
    let old = proxies::set(d, vm, k, v)?;
    drop(old);
    Ok(())
}

/// Removes a key, returning its value (`None` when absent).
pub fn dict_remove(vm: &mut Vm, d: &PyDict, k: &Value) -> PyResult<Option<Value>> {
    Ok(proxies::delete(d, vm, k)?.map(|(_, v)| v))
}

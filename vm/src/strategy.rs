//! The namespace-strategy seam. The evaluation loop is generic over a
//! `Strategy` and calls it for every global access; everything else about
//! a frame is shared.
//!
//! `DictNs` is the control of the experiment: CPython <= 3.10 semantics and
//! costs, a real dict per module, frames holding the globals and builtins
//! dicts, each global load a hash lookup in globals and then in builtins,
//! and no caches of any kind.

use crate::interp::{Frame, Vm};
use crate::objects::{PyResult, Value};

pub trait Strategy: 'static {
    const NAME: &'static str;
    /// `LoadGlobal`: module namespace, then builtins, else NameError.
    fn load_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value>;
    /// `StoreGlobal`.
    fn store_global(vm: &mut Vm, f: &Frame<'_>, idx: u32, v: Value) -> PyResult<()>;
    /// `DeleteGlobal`: NameError when the name is not bound.
    fn delete_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<()>;
}

/// Dict-backed module globals and builtins, looked up by name every time.
pub struct DictNs;

impl Strategy for DictNs {
    const NAME: &'static str = "dict";

    #[inline]
    fn load_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value> {
        let name = &f.code.names[idx as usize];
        if let Some(v) = f.globals.data.borrow().get_str(name) {
            return Ok(v);
        }
        if let Some(v) = f.builtins.data.borrow().get_str(name) {
            return Ok(v);
        }
        Err(vm.name_error(name.as_str()))
    }

    #[inline]
    fn store_global(_vm: &mut Vm, f: &Frame<'_>, idx: u32, v: Value) -> PyResult<()> {
        let name = f.code.names[idx as usize].clone();
        f.globals.data.borrow_mut().set_str(name, v);
        Ok(())
    }

    fn delete_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<()> {
        let name = &f.code.names[idx as usize];
        match f.globals.data.borrow_mut().remove_str(name) {
            Some(_) => Ok(()),
            None => Err(vm.name_error(name.as_str())),
        }
    }
}

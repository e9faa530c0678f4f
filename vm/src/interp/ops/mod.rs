//! Operator semantics: what the loop's arms delegate to. Built-in types
//! are handled by direct matches; user classes through their special
//! methods, with CPython's reflected-operand and `NotImplemented` rules.
//!
//! One file per family, as the sections of the old single file were;
//! everything is re-exported here, so callers name `ops::x`.

mod alloc;
mod arith;
mod build;
mod compare;
mod containers;
mod dict;
mod exc;
mod iter;
mod strings;

pub use alloc::*;
pub use arith::*;
pub use build::*;
pub use compare::*;
pub use containers::*;
pub use dict::*;
pub use exc::*;
pub use iter::*;
pub use strings::*;

/// What every family file imports.
mod prelude {
    pub use crate::bytecode::{BinOpKind, CmpKind};
    pub use crate::interp::attr;
    pub use crate::interp::num::{self, as_num};
    pub use crate::interp::vm::Vm;
    pub use crate::objects::dict::pure_eq;
    pub use crate::objects::settable::{self, SetTable};
    pub use crate::objects::{ExcKind, IterKind, PyCode, PyDict, PyErr, PyIter, PyResult, PySet, PySlice, PyStr, PyType, Value, ViewKind};
    pub use num_bigint::BigInt;
    pub use num_traits::{Signed, ToPrimitive, Zero};
    pub use std::cmp::Ordering;
    pub use std::rc::Rc;
}

use prelude::*;

#[cold]
pub fn unbound_local(vm: &Vm, code: &PyCode, i: usize) -> PyErr {
    let name = code.varnames.get(i).map(|s| s.as_str()).unwrap_or("?");
    vm.new_error(ExcKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
}

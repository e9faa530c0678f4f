//! `set` and `frozenset`, on a table that reproduces CPython's iteration order.

use super::settable::SetTable;
use super::Value;
use std::cell::RefCell;
use std::rc::Rc;

pub struct PySet {
    pub gc: super::gc::GcHead,
    pub table: RefCell<SetTable<Value>>,
}

impl PySet {
    pub fn new(table: SetTable<Value>) -> Rc<PySet> {
        super::gc::new_tracked(PySet { gc: Default::default(), table: RefCell::new(table) })
    }
}

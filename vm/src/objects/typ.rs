//! `type` objects and instances of user classes.
//!
//! Built-in types are `PyType`s too (with `is_builtin`), so `type(x)`,
//! `isinstance` and method lookup work the same way for `int` and for a
//! user class: methods of built-in types live in their type's namespace.

use super::dict::{DictData, PyDict};
use super::exc::{ExcData, ExcKind};
use super::str::PyStr;
use super::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which built-in layout a type (or its nearest built-in base) has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeKind {
    Object,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Builtin,
    Method,
    Generator,
    Iterator,
    DictView,
    Module,
    Type,
    Cell,
    Code,
    Exception(ExcKind),
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    /// The descriptor `__slots__` makes for each slot name.
    MemberDescriptor,
}

pub struct PyType {
    pub name: Rc<PyStr>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: RefCell<Vec<Rc<PyType>>>,
    pub mro: RefCell<Vec<Rc<PyType>>>,
    pub dict: RefCell<DictData>,
    pub kind: TypeKind,
    pub is_builtin: bool,
    /// Changes whenever this type's namespace, or a base's, or its bases change.
    pub version: Cell<u64>,
    /// `__slots__` storage layout: every slot of this class and its bases.
    pub slots: RefCell<Vec<Rc<PyStr>>>,
    /// Whether instances have a `__dict__` (false for classes whose whole
    /// hierarchy declares `__slots__` without `'__dict__'`).
    pub has_dict: Cell<bool>,
}

impl PyType {
    pub fn new(name: &str, kind: TypeKind, bases: Vec<Rc<PyType>>, is_builtin: bool) -> Rc<PyType> {
        let name = super::str::intern(name);

        Rc::new(PyType {
            qualname: RefCell::new(name.clone()),
            name,
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(DictData::new()),
            kind,
            is_builtin,
            version: Cell::new(next_version()),
            slots: RefCell::new(Vec::new()),
            has_dict: Cell::new(!is_builtin),
        })
    }

    /// Looks `name` up along the MRO (no descriptors applied).
    pub fn lookup(self: &Rc<Self>, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get_str(name) {
            return Some(v);
        }
        let mro = self.mro.borrow();
        for t in mro.iter().skip(1) {
            if let Some(v) = t.dict.borrow().get_str(name) {
                return Some(v);
            }
        }
        None
    }

    pub fn is_subtype(self: &Rc<Self>, other: &Rc<PyType>) -> bool {
        if Rc::ptr_eq(self, other) {
            return true;
        }
        self.mro.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }

    pub fn exc_kind(&self) -> Option<ExcKind> {
        match self.kind {
            TypeKind::Exception(k) => Some(k),
            _ => None,
        }
    }

    pub fn set_attr(&self, name: Rc<PyStr>, v: Value) {
        self.dict.borrow_mut().set_str(name, v);
        self.version.set(next_version());
    }
}

thread_local! {
    static VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A fresh type version (never reused).
pub fn next_version() -> u64 {
    VERSION.with(|v| {
        let n = v.get() + 1;
        v.set(n);
        n
    })
}

pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    pub dict: RefCell<Rc<PyDict>>,
    /// Present for instances of exception classes.
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// Values of `__slots__` members, in the class's slot layout.
    pub slot_values: RefCell<Vec<Value>>,
    /// For instances of user subclasses of built-in types (`class L(list)`):
    /// the built-in value the instance extends; `Unbound` otherwise.
    pub base: RefCell<Value>,
}

impl PyInstance {
    pub fn new(class: Rc<PyType>) -> PyInstance {
        let exc = if class.exc_kind().is_some() { Some(Box::new(RefCell::new(ExcData { args: Value::tuple(vec![]), ..Default::default() }))) } else { None };
        let n = class.slots.borrow().len();
        PyInstance {
            class: RefCell::new(class),
            dict: RefCell::new(PyDict::new()),
            exc,
            slot_values: RefCell::new(vec![Value::Unbound; n]),
            base: RefCell::new(Value::Unbound),
        }
    }
    pub fn class(&self) -> Rc<PyType> {
        self.class.borrow().clone()
    }
}

impl PyInstance {
    /// The built-in value a subclass instance extends, if any.
    pub fn payload(&self) -> Option<Value> {
        let b = self.base.borrow();
        if b.is_unbound() {
            None
        } else {
            Some(b.clone())
        }
    }
}

//! Instances of classes: user objects, and the built-in objects whose type
//! is a `PyType` with a native layout (exceptions, properties, static and
//! class methods, slot descriptors, `super`, tracebacks, file objects).
//!
//! An instance owns its namespace privately: the rest of the VM asks it to
//! get, set, delete or list names, or for its `__dict__`, and never borrows
//! the storage itself. The namespace is a `PyDict` behind an `Rc` because
//! Python can take it (`obj.__dict__`) and replace it (`obj.__dict__ = d`).
//!
//! Built-in objects keep their Rust state in Rust fields (`Native`), never
//! in the Python-visible `__dict__`, and the VM recognises them by their
//! type's `TypeKind`. The payload is one optional box, so an ordinary
//! instance pays one word for it.

use super::dict::PyDict;
use super::exc::ExcData;
use super::typ::PyType;
use super::{PyResult, PyStr, Value};
use crate::interp::Vm;
use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub struct PyInstance {
    pub class: RefCell<Rc<PyType>>,
    /// The instance namespace (`obj.__dict__`). Private: see the methods below.
    ns: RefCell<Rc<PyDict>>,
    /// Present for instances of exception classes. (A field of its own, not
    /// a `Native` variant: the loop's traceback code reads it.)
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// Rust state of built-in objects; `None` for plain instances.
    native: Option<Box<Native>>,
    /// Values of `__slots__` members, in the class's slot layout (fixed
    /// length: `__class__` assignment requires the same layout).
    pub slot_values: RefCell<Box<[Value]>>,
    /// For instances of user subclasses of built-in types (`class L(list)`):
    /// the built-in value the instance extends; `Unbound` otherwise.
    pub base: RefCell<Value>,
}

// The native payload is paid for by the boxed slot values: an instance
// stays at the size it had before it (the next issue measures bytes per
// instance).
const _: () = assert!(std::mem::size_of::<PyInstance>() <= 96);

/// The Rust state of a built-in object whose value is a `PyInstance`. Which
/// variant an instance holds follows from its type's `TypeKind`; an
/// instance of a user subclass made by `object.__new__` may hold none.
pub enum Native {
    /// `property(fget, fset, fdel, doc)`.
    Property(PropertyData),
    /// `staticmethod(f)`: the wrapped callable (`__func__`).
    StaticMethod(Value),
    /// `classmethod(f)`: the wrapped callable (`__func__`).
    ClassMethod(Value),
    /// The descriptor `__slots__` makes for one slot name.
    Member(MemberData),
    /// `super(this, obj)`.
    Super { this: Value, obj: Value },
    /// A traceback object (only its line is kept).
    Traceback { lineno: i64 },
    /// `sys.stdout` and friends: the file descriptor written to.
    TextIO { fd: i64 },
}

/// A property's accessors (`None` when absent) and docstring.
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// The name `__set_name__` gave it (for error messages); `None` until then.
    pub name: RefCell<Value>,
}

/// A slot descriptor: where the slot lives in the layout, and its name.
pub struct MemberData {
    pub index: usize,
    pub name: Rc<PyStr>,
    /// The class that declared the slot (`__objclass__`). Weak: the class
    /// namespace holds the descriptor, which must not keep the class alive.
    pub owner: Weak<PyType>,
}

impl PyInstance {
    /// A fresh instance of `class` with an empty namespace; exception
    /// classes get their exception data.
    pub fn new(class: Rc<PyType>) -> PyInstance {
        Self::make(class, None)
    }

    /// A built-in object of `class` carrying its Rust state.
    pub fn with_native(class: Rc<PyType>, native: Native) -> PyInstance {
        Self::make(class, Some(native))
    }

    fn make(class: Rc<PyType>, native: Option<Native>) -> PyInstance {
        let exc = if class.exc_kind().is_some() { Some(Box::new(RefCell::new(ExcData { args: Value::tuple(vec![]), ..Default::default() }))) } else { None };
        let n = class.slots.borrow().len();
        PyInstance {
            class: RefCell::new(class),
            ns: RefCell::new(PyDict::new()),
            exc,
            native: native.map(Box::new),
            slot_values: RefCell::new(vec![Value::Unbound; n].into_boxed_slice()),
            base: RefCell::new(Value::Unbound),
        }
    }

    pub fn class(&self) -> Rc<PyType> {
        self.class.borrow().clone()
    }

    /// The built-in value a subclass instance extends, if any.
    pub fn payload(&self) -> Option<Value> {
        let b = self.base.borrow();
        if b.is_unbound() {
            None
        } else {
            Some(b.clone())
        }
    }

    /// The Rust state of a built-in object, if any.
    #[inline]
    pub fn native(&self) -> Option<&Native> {
        self.native.as_deref()
    }

    /// The accessors of a `property`.
    pub fn property(&self) -> Option<&PropertyData> {
        match self.native.as_deref() {
            Some(Native::Property(p)) => Some(p),
            _ => None,
        }
    }

    /// The callable a `staticmethod` or `classmethod` wraps (`__func__`).
    pub fn wrapped_func(&self) -> Option<&Value> {
        match self.native.as_deref() {
            Some(Native::StaticMethod(f) | Native::ClassMethod(f)) => Some(f),
            _ => None,
        }
    }

    /// The slot descriptor's data.
    pub fn member(&self) -> Option<&MemberData> {
        match self.native.as_deref() {
            Some(Native::Member(m)) => Some(m),
            _ => None,
        }
    }

    // ---- The namespace ----

    /// `name` in the namespace by string comparison alone: the fast path.
    /// A miss is final only when `has_instance_keys()` is false.
    #[inline]
    pub fn get_str(&self, name: &PyStr) -> Option<Value> {
        self.ns.borrow().data.borrow().get_str(name)
    }

    /// Whether the namespace holds a key that is not a string but may equal
    /// one (an instance with `__eq__`), so that string lookups must ask it.
    pub fn has_instance_keys(&self) -> bool {
        self.ns.borrow().data.borrow().has_instance_keys()
    }

    /// Stores `name` by string comparison alone. Only for a namespace that
    /// holds no instance keys, such as that of an object the VM is still
    /// building; attribute stores go through `set`.
    pub fn set_str(&self, name: Rc<PyStr>, v: Value) {
        let d = self.ns.borrow();
        debug_assert!(!d.data.borrow().has_instance_keys());
        d.data.borrow_mut().set_str(name, v);
    }

    /// Reads `name` as CPython's attribute lookup does: by string
    /// comparison, and, when that misses in a namespace holding instance
    /// keys, by the lookup that asks their `__eq__` (`ops::dict_get_name`).
    /// That lookup runs with the dict's `Rc` held and no borrow of the
    /// instance, since `__eq__` may replace `obj.__dict__`. The common hit
    /// counts no reference.
    #[inline]
    pub fn get(&self, vm: &mut Vm, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let slow = {
            let d = self.ns.borrow();
            let data = d.data.borrow();
            if let Some(v) = data.get_str(name) {
                return Ok(Some(v));
            }
            data.has_instance_keys().then(|| Rc::clone(&d))
        };
        match slow {
            Some(d) => crate::interp::ops::dict_get_name(vm, &d, name),
            None => Ok(None),
        }
    }

    /// `obj.name = v` in the namespace. The common case stores by string; a
    /// namespace holding instance keys takes `ops::dict_set`, which asks
    /// their `__eq__`, with the dict's `Rc` held (as in `get`).
    #[inline]
    pub fn set(&self, vm: &mut Vm, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        let d = {
            let d = self.ns.borrow();
            if !d.data.borrow().has_instance_keys() {
                d.data.borrow_mut().set_str(name.clone(), v);
                return Ok(());
            }
            Rc::clone(&d)
        };
        crate::interp::ops::dict_set(vm, &d, Value::Str(name.clone()), v)
    }

    /// `del obj.name` in the namespace: the removed value, `None` when
    /// absent. Goes through `ops::dict_remove` with the dict's `Rc` held.
    pub fn remove(&self, vm: &mut Vm, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let d = self.dict();
        crate::interp::ops::dict_remove(vm, &d, &Value::Str(name.clone()))
    }

    /// The namespace as the dict `obj.__dict__` returns (shared, not a copy).
    pub fn dict(&self) -> Rc<PyDict> {
        self.ns.borrow().clone()
    }

    /// `obj.__dict__ = d`: the instance's namespace becomes `d`.
    pub fn replace_dict(&self, d: Rc<PyDict>) {
        *self.ns.borrow_mut() = d;
    }

    /// The string keys of the namespace in insertion order (for `dir()`).
    pub fn str_keys(&self) -> Vec<Rc<PyStr>> {
        let d = self.ns.borrow();
        let data = d.data.borrow();
        data.iter().filter_map(|e| e.key.as_str().cloned()).collect()
    }
}

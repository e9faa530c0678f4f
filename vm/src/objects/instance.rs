//! Instances of classes: user objects, and the built-in objects whose type
//! is a `PyType` with a native layout (exceptions, properties, static and
//! class methods, slot descriptors, `super`, tracebacks, file objects).
//!
//! An instance owns its namespace privately: the rest of the VM asks it to
//! get, set, delete or list names, or for its `__dict__`, and never borrows
//! the storage itself. The namespace is one of
//! - *shaped* (`Ns::Shaped`): a shape in its class's `ShapeTree` and the
//!   values inline, no dict allocated. Instances of classes made under a
//!   strategy with shaped instances (`slots`) start so. The values are
//!   stored as 8-byte `Packed` words (NaN-boxed; see `packed.rs`), made
//!   from a `Value` on a store and giving one back on a load, so that three
//!   attributes fit the instance's allocation;
//! - *dictionary mode* (`Ns::Dict`): a `PyDict` behind an `Rc`, which
//!   Python can take (`obj.__dict__`) and replace (`obj.__dict__ = d`).
//!   Instances under `dict` are so from birth (the control), and a shaped
//!   instance moves here for good when the shape policy says so (see the
//!   `namespaces` crate docs: deleting an attribute other than the last,
//!   the size and transition limits, `obj.__dict__ = d`), and when Python
//!   asks for `obj.__dict__`: its values move, in order, into a dict that
//!   *is* the instance's namespace from then on, so that writes through
//!   either are seen by the other, as in CPython 3.11 (which also makes the
//!   dict from the inline values when it is asked for). Inline caches serve
//!   such an instance through an entry-index hint into that dict.
//!
//! Built-in objects keep their Rust state in Rust fields (`Native`), never
//! in the Python-visible `__dict__`, and the VM recognises them by their
//! type's `TypeKind`. The payload is one optional box, so an ordinary
//! instance pays one word for it.

use super::dict::PyDict;
use super::exc::ExcData;
use super::packed::{Borrowed, Packed};
use super::typ::{PyType, TypeKind};
use super::{PyResult, PyStr, Value};
use crate::interp::Vm;
use proxies::{ShapeId, ShapeTree, ShapedValues};
use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::{Rc, Weak};

/// A name as a key of a class's shape tree: hashed by the string's cached
/// hash, equal by identity or text (interned names compare by pointer).
#[derive(Clone)]
pub struct AttrName(pub Rc<PyStr>);

impl Hash for AttrName {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_i64(PyStr::hash(&self.0))
    }
}

impl PartialEq for AttrName {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0) || self.0.s == o.0.s
    }
}
impl Eq for AttrName {}

/// Looks a name up in a shape tree without an `Rc`.
pub struct NameRef<'a>(pub &'a PyStr);

impl Hash for NameRef<'_> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_i64(PyStr::hash(self.0))
    }
}

impl hashbrown::Equivalent<AttrName> for NameRef<'_> {
    fn equivalent(&self, k: &AttrName) -> bool {
        std::ptr::eq(self.0, &*k.0) || self.0.s == k.0.s
    }
}

/// A class's shapes.
pub type Shapes = ShapeTree<AttrName>;

/// The shape an instance in dictionary mode reports (`PyInstance::shape`):
/// no tree has it, so inline caches key dictionary mode by it.
pub const DICT_MODE: ShapeId = ShapeId::DICT_MODE;

/// Set in a cached dict-entry index (a dictionary-mode hint) by the cache's
/// fast slot, which `value_if` and `replace_value_if` read (see there).
pub const DICT_HINT: u32 = 1 << 31;

/// Set in a cached index that names a `__slots__` member (`slot_values`)
/// rather than an inline value, by the cache's fast slot, which
/// `value_if` and `replace_value_if` read: like `DICT_HINT`, it puts the
/// index out of any namespace's bounds, so the hot path's bounds check is
/// also its member test, and the member is read out of line.
pub const MEMBER: u32 = 1 << 30;

/// The class and the namespace, in one cell, so that an inline cache's
/// key (the class's version and the shape) is read in one borrow. The
/// namespace is shaped values, or, in dictionary mode, one value at
/// `DICT_MODE`: the `Value::Dict` that is the namespace (no tag of its own).
struct Body {
    class: Rc<PyType>,
    ns: ShapedValues<Packed>,
}

/// An instance's namespace, seen for a `match` (see the module docs).
enum Ns<'a> {
    Shaped(&'a ShapedValues<Packed>),
    Dict(Borrowed<'a, Rc<PyDict>>),
}

/// The namespace of `v`. Dictionary mode is only ever made by
/// `Body::set_dict`, with a `Value::Dict`.
#[inline]
fn ns(v: &ShapedValues<Packed>) -> Ns<'_> {
    match v.as_dictionary() {
        Some(p) => match p.as_dict() {
            Some(d) => Ns::Dict(d),
            None => unreachable!("dictionary mode holds a Value::Dict"),
        },
        None => Ns::Shaped(v),
    }
}

impl Body {
    #[inline]
    fn ns(&self) -> Ns<'_> {
        ns(&self.ns)
    }

    /// The dict of a namespace in dictionary mode.
    #[inline]
    fn dict(&self) -> Option<Borrowed<'_, Rc<PyDict>>> {
        match self.ns() {
            Ns::Dict(d) => Some(d),
            Ns::Shaped(_) => None,
        }
    }

    /// The shaped values, to change (`None` in dictionary mode).
    #[inline]
    fn shaped_mut(&mut self) -> Option<&mut ShapedValues<Packed>> {
        (self.ns.shape() != DICT_MODE).then_some(&mut self.ns)
    }

    /// Dictionary mode with `d` as the namespace; the old namespace is
    /// returned, to drop once no borrow is held.
    fn set_dict(&mut self, d: Rc<PyDict>) -> ShapedValues<Packed> {
        std::mem::replace(&mut self.ns, ShapedValues::dictionary(Packed::new(Value::Dict(d))))
    }

    /// Moves a shaped namespace into a dict of its own, in order, for good.
    fn enter_dict_mode(&mut self) {
        if self.ns.shape() == DICT_MODE {
            return;
        }
        let entries = self.ns.take_all(&self.class.shapes.borrow());
        let d = PyDict::new();
        {
            let mut data = d.data.borrow_mut();
            for (k, v) in entries {
                data.set_str(k.0, v.into_value());
            }
        }
        crate::objects::typ::count_dict_mode();
        // The shaped values are empty now: nothing to drop.
        self.set_dict(d);
    }

    /// Stores in a shaped namespace; a refused transition moves the
    /// instance to dictionary mode and hands the value back (as does
    /// dictionary mode itself).
    fn set_shaped(&mut self, name: &Rc<PyStr>, v: Value) -> Result<Option<Value>, Value> {
        if self.ns.shape() == DICT_MODE {
            return Err(v);
        }
        let r = {
            let mut t = self.class.shapes.borrow_mut();
            let before = t.shape_count();
            let r = self.ns.set_with(&mut t, &NameRef(name), || AttrName(name.clone()), Packed::new(v));
            if t.shape_count() != before {
                crate::objects::typ::count_shape();
            }
            r
        };
        match r {
            Ok(old) => Ok(old.map(Packed::into_value)),
            Err(rej) => {
                self.enter_dict_mode();
                Err(rej.value.into_value())
            }
        }
    }

    /// An inline cache's key: the class's version and the shape.
    #[inline(always)]
    fn key(&self) -> (u64, ShapeId) {
        (self.class.version.get(), self.ns.shape())
    }
}

pub struct PyInstance {
    /// The class and the namespace. Private: see the methods below.
    body: super::headcell::HeadCell<Body>,
    /// The fields few instances use, in one box (`None` for a plain
    /// instance of a Python class): what is not there costs 8 bytes, not 72.
    extra: Option<Box<Extra>>,
}

/// `PyInstance`'s rarely used fields.
#[derive(Default)]
struct Extra {
    /// Present for instances of exception classes.
    exc: Option<RefCell<ExcData>>,
    /// Rust state of built-in objects.
    native: Option<Native>,
    /// Values of `__slots__` members, in the class's slot layout (fixed
    /// length: `__class__` assignment requires the same layout).
    slot_values: RefCell<Box<[Value]>>,
    /// For instances of user subclasses of built-in types (`class L(list)`):
    /// the built-in value the instance extends; `Unbound` otherwise.
    base: RefCell<Value>,
}

// The cell's flag (8), the class (8), the namespace (32: the shape and the
// length in one word, then three 8-byte `Packed` values or the spill `Vec`)
// and the box of rare fields (8): a 72-byte `Rc` allocation, an 80-byte
// malloc chunk. BENCHMARKS.md has the measurement (bytes per instance).
const _: () = assert!(std::mem::size_of::<PyInstance>() <= 56);

/// The value at entry `index` of a dictionary-mode namespace when its key
/// is `name` (out of line: the shaped path of `value_if` stays short).
#[inline(never)]
fn dict_hint(d: &PyDict, index: u32, name: &PyStr) -> Option<Value> {
    d.data.try_borrow().ok()?.value_at_if_name(index as usize, name)
}

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
    /// That class's name, for messages once it is gone (CPython's
    /// descriptor keeps its class alive, so it always has the name).
    pub owner_name: Rc<PyStr>,
}

impl Drop for PyInstance {
    /// The attribute values go through the trashcan (a linked list of
    /// instances is the deep chain programs build most).
    fn drop(&mut self) {
        super::trashcan::drop_contents(
            &mut self.body.get_mut().ns,
            |ns| *ns = ShapedValues::new(),
            |ns, later| later.extend(ns.take_values().into_iter().map(Packed::into_value)),
        );
    }
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
        let exc = class.exc_kind().map(|_| RefCell::new(ExcData { args: Value::tuple(vec![]), ..Default::default() }));
        let n = class.slots.borrow().len();
        let ns = if class.shaped.get() { ShapedValues::new() } else { ShapedValues::dictionary(Packed::new(Value::Dict(PyDict::new()))) };
        let extra = (exc.is_some() || native.is_some() || n > 0).then(|| {
            Box::new(Extra { exc, native, slot_values: RefCell::new(vec![Value::Unbound; n].into_boxed_slice()), base: RefCell::new(Value::Unbound) })
        });
        PyInstance { body: super::headcell::HeadCell::new(Body { class, ns }), extra }
    }

    /// The instance as a value, registered with the cycle collector (every
    /// instance should be made through this or `into_rc`).
    #[inline]
    pub fn into_value(self) -> Value {
        Value::Instance(self.into_rc())
    }

    /// The cycle collector's head, in the body cell's flag word.
    #[inline]
    pub(crate) fn head_cell(&self) -> &super::gc::GcHead {
        self.body.head()
    }

    #[inline]
    pub fn into_rc(self) -> Rc<PyInstance> {
        super::gc::new_tracked(self)
    }

    /// Sets the built-in value a subclass instance extends (at creation).
    pub fn set_payload(&mut self, v: Value) {
        *self.extra.get_or_insert_with(Default::default).base.get_mut() = v;
    }

    /// The exception data of an exception instance.
    #[inline]
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        self.extra.as_ref()?.exc.as_ref()
    }

    /// The value of `__slots__` member `i`, if set.
    pub fn slot_get(&self, i: usize) -> Option<Value> {
        self.extra.as_ref()?.slot_values.try_borrow().ok()?.get(i).filter(|v| !v.is_unbound()).cloned()
    }

    /// Sets `__slots__` member `i`; hands `v` back when the layout has no
    /// such slot (or its cell is borrowed). The old value is dropped after
    /// the borrow.
    pub fn slot_set(&self, i: usize, v: Value) -> Result<(), Value> {
        let Some(x) = &self.extra else { return Err(v) };
        let Ok(mut vals) = x.slot_values.try_borrow_mut() else { return Err(v) };
        let old = match vals.get_mut(i) {
            Some(cell) => std::mem::replace(cell, v),
            None => return Err(v),
        };
        drop(vals);
        drop(old);
        Ok(())
    }

    /// Clears `__slots__` member `i`, returning whether it was set.
    pub fn slot_take(&self, i: usize) -> bool {
        let Some(x) = &self.extra else { return false };
        let was = x.slot_values.borrow_mut().get_mut(i).map(std::mem::take);
        matches!(was, Some(w) if !w.is_unbound())
    }

    #[inline]
    pub fn class(&self) -> Rc<PyType> {
        self.body.borrow().class.clone()
    }

    /// The class's kind, without a reference count.
    #[inline]
    pub fn class_kind(&self) -> TypeKind {
        self.body.borrow().class.kind
    }

    /// The class's name, for messages.
    pub fn class_name(&self) -> String {
        self.body.borrow().class.name.to_string()
    }

    /// An inline cache's key: the class's version and the shape, in one
    /// borrow.
    #[inline]
    pub fn key(&self) -> (u64, ShapeId) {
        self.body.borrow().key()
    }

    /// The built-in value a subclass instance extends, if any.
    pub fn payload(&self) -> Option<Value> {
        let b = self.extra.as_ref()?.base.borrow();
        if b.is_unbound() {
            None
        } else {
            Some(b.clone())
        }
    }

    /// The Rust state of a built-in object, if any.
    #[inline]
    pub fn native(&self) -> Option<&Native> {
        self.extra.as_ref().and_then(|x| x.native.as_ref())
    }

    /// The accessors of a `property`.
    pub fn property(&self) -> Option<&PropertyData> {
        match self.native() {
            Some(Native::Property(p)) => Some(p),
            _ => None,
        }
    }

    /// The callable a `staticmethod` or `classmethod` wraps (`__func__`).
    pub fn wrapped_func(&self) -> Option<&Value> {
        match self.native() {
            Some(Native::StaticMethod(f) | Native::ClassMethod(f)) => Some(f),
            _ => None,
        }
    }

    /// The slot descriptor's data.
    pub fn member(&self) -> Option<&MemberData> {
        match self.native() {
            Some(Native::Member(m)) => Some(m),
            _ => None,
        }
    }

    // ---- The namespace ----

    /// The instance's shape in its class's tree, or `DICT_MODE`.
    #[inline]
    pub fn shape(&self) -> ShapeId {
        self.body.borrow().ns.shape()
    }

    /// The inline value at `index` of the current shape (an inline-cache
    /// hit; the cache has checked the shape).
    #[inline]
    pub fn value_at(&self, index: u32) -> Option<Value> {
        match self.body.borrow().ns() {
            Ns::Shaped(v) => v.get_at(index).map(Packed::get),
            Ns::Dict(_) => None,
        }
    }

    /// The inline value at `index` when the class has version `version` and
    /// the instance shape `shape` (a cache's exact key), in one borrow; in
    /// dictionary mode (`shape` is `DICT_MODE`), `index` is a dict entry
    /// with `DICT_HINT` set, and the value is that entry's when its key is
    /// `name` (a hint). The bit puts a hint out of any shaped instance's
    /// bounds (and of the one value a namespace in dictionary mode holds), so the
    /// hot path's bounds check is also its dictionary-mode test. A miss is
    /// `Value::Unbound`, which no namespace holds, rather than `None`: the
    /// loop then tests the value's own tag, and the value is not moved
    /// through an `Option` in memory on the hot path.
    #[inline(always)]
    pub fn value_if(&self, version: u64, shape: ShapeId, index: u32, name: &PyStr) -> Value {
        // SAFETY: `try_borrow_unguarded` fails while the cell is mutably
        // borrowed, and the reference does not outlive this function, in
        // which nothing can borrow the cell mutably: reading a `Cell` and
        // cloning a value (a count increment) run no Python code, and
        // `dict_hint` only tries the dict's own cell (a dict borrowed
        // mutably elsewhere gives a miss, not a panic). This is `borrow()`
        // without the flag's increment and decrement.
        let Ok(b) = (unsafe { self.body.try_borrow_unguarded() }) else { return Value::Unbound };
        if b.key() != (version, shape) {
            return Value::Unbound;
        }
        match b.ns.get_at(index) {
            Some(p) => p.get(),
            None => self.value_if_miss(b, shape, index, name),
        }
    }

    /// `value_if` past the inline values (out of line: the shaped path
    /// stays short): a `__slots__` member (`MEMBER` set) or a
    /// dictionary-mode hint; `Value::Unbound` for anything else, an unset
    /// member included (the generic path raises its AttributeError).
    #[inline(never)]
    fn value_if_miss(&self, b: &Body, shape: ShapeId, index: u32, name: &PyStr) -> Value {
        if index & MEMBER != 0 {
            return self.slot_get((index & !MEMBER) as usize).unwrap_or(Value::Unbound);
        }
        if shape == DICT_MODE {
            return b.dict().and_then(|d| dict_hint(&d, index & !DICT_HINT, name)).unwrap_or(Value::Unbound);
        }
        Value::Unbound
    }

    /// The instance's cache key (class version, shape), or `None` while
    /// its body is borrowed mutably.
    #[inline]
    pub fn try_key(&self) -> Option<(u64, ShapeId)> {
        self.body.try_borrow().ok().map(|b| b.key())
    }

    /// Whether the class has version `version` and the instance shape
    /// `shape` (a cache's exact key), in one unguarded borrow.
    #[inline(always)]
    pub fn has_key(&self, version: u64, shape: ShapeId) -> bool {
        // SAFETY: as in `value_if`: the reference is only read, here, and
        // does not outlive the comparison.
        match unsafe { self.body.try_borrow_unguarded() } {
            Ok(b) => b.key() == (version, shape),
            Err(_) => false,
        }
    }

    /// Replaces the inline value at `index` when the class has version
    /// `version` and the instance shape `shape`, returning the old value (to drop);
    /// hands `v` back otherwise, also in dictionary mode (where `index` has
    /// `DICT_HINT` set, out of bounds: see `value_if`).
    #[inline(always)]
    pub fn replace_value_if(&self, version: u64, shape: ShapeId, index: u32, v: Value) -> Result<Packed, Value> {
        let Ok(mut b) = self.body.try_borrow_mut() else { return Err(v) };
        if b.key() != (version, shape) {
            return Err(v);
        }
        match b.ns.get_at_mut(index) {
            Some(slot) => Ok(std::mem::replace(slot, Packed::new(v))),
            None => {
                drop(b);
                self.replace_if_miss(index, v)
            }
        }
    }

    /// `replace_value_if` past the inline values (out of line): a store to
    /// a `__slots__` member (`MEMBER` set), whose old value it drops
    /// itself (an empty `Packed` comes back); hands `v` back otherwise.
    #[inline(never)]
    fn replace_if_miss(&self, index: u32, v: Value) -> Result<Packed, Value> {
        if index & MEMBER == 0 {
            return Err(v);
        }
        self.slot_set((index & !MEMBER) as usize, v).map(|()| Packed::new(Value::Unbound))
    }

    /// Replaces the inline value at `index` (a cached store to an existing
    /// attribute); hands `v` back when the instance is not shaped.
    #[inline]
    pub fn replace_value_at(&self, index: u32, v: Value) -> Result<Packed, Value> {
        let mut b = self.body.borrow_mut();
        match b.shaped_mut().and_then(|vals| vals.get_at_mut(index)) {
            Some(slot) => Ok(std::mem::replace(slot, Packed::new(v))),
            None => Err(v),
        }
    }

    /// Appends `v` as the attribute that takes the shape from `from` to
    /// `to` (a cached store that adds an attribute). The cache guarantees
    /// that `to` is `from`'s transition by the site's name in this class's
    /// tree; hands `v` back when the instance is not at `from`.
    #[inline]
    pub fn push_value(&self, from: ShapeId, to: ShapeId, v: Value) -> Result<(), Value> {
        let mut b = self.body.borrow_mut();
        match b.shaped_mut() {
            Some(vals) if vals.shape() == from => {
                vals.push_transition(to, Packed::new(v));
                Ok(())
            }
            _ => Err(v),
        }
    }

    /// In dictionary mode: the value of entry `index` of the dict when its
    /// key is `name` (an inline-cache hint), else `None`.
    #[inline]
    pub fn dict_value_at(&self, index: u32, name: &PyStr) -> Option<Value> {
        dict_hint(&*self.body.borrow().dict()?, index, name)
    }

    /// In dictionary mode: the entry index of `name` in the dict, when the
    /// dict holds no key that may equal a name without being one.
    pub fn dict_index_of(&self, name: &PyStr) -> Option<u32> {
        let b = self.body.borrow();
        let d = b.dict()?;
        let data = d.data.borrow();
        if data.has_instance_keys() {
            return None;
        }
        data.index_of_name(name).map(|i| i as u32)
    }

    /// Whether `name` is surely not in the namespace (no key may equal it).
    #[inline]
    pub fn surely_lacks(&self, name: &PyStr) -> bool {
        let b = self.body.borrow();
        match b.ns() {
            Ns::Shaped(v) => b.class.shapes.borrow().lookup(v.shape(), &NameRef(name)).is_none(),
            Ns::Dict(d) => {
                let data = d.data.borrow();
                !data.has_instance_keys() && data.get_str(name).is_none()
            }
        }
    }

    /// The index of `name` in the current shape (`None` in dictionary mode).
    pub fn shape_index_of(&self, name: &PyStr) -> Option<u32> {
        let b = self.body.borrow();
        match b.ns() {
            Ns::Shaped(v) => b.class.shapes.borrow().lookup(v.shape(), &NameRef(name)),
            Ns::Dict(_) => None,
        }
    }

    /// `name` in the namespace by string comparison alone: the fast path.
    /// A miss is final only when `has_instance_keys()` is false.
    #[inline]
    pub fn get_str(&self, name: &PyStr) -> Option<Value> {
        let b = self.body.borrow();
        match b.ns() {
            Ns::Shaped(v) => v.get(&b.class.shapes.borrow(), &NameRef(name)).map(Packed::get),
            Ns::Dict(d) => d.data.borrow().get_str(name),
        }
    }

    /// Whether the namespace holds a key that is not a string but may equal
    /// one (an instance with `__eq__`), so that string lookups must ask it.
    pub fn has_instance_keys(&self) -> bool {
        match self.body.borrow().dict() {
            Some(d) => d.data.borrow().has_instance_keys(),
            None => false,
        }
    }

    /// Stores `name` by string comparison alone. Only for a namespace that
    /// holds no instance keys, such as that of an object the VM is still
    /// building; attribute stores go through `set`.
    pub fn set_str(&self, name: Rc<PyStr>, v: Value) {
        let old = {
            let mut b = self.body.borrow_mut();
            match b.set_shaped(&name, v) {
                Ok(old) => old,
                Err(v) => match b.dict() {
                    Some(d) => {
                        debug_assert!(!d.data.borrow().has_instance_keys());
                        let old = d.data.borrow_mut().set_str_ref(&name, v);
                        old
                    }
                    None => None,
                },
            }
        };
        drop(old);
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
            let b = self.body.borrow();
            match b.ns() {
                Ns::Shaped(v) => return Ok(v.get(&b.class.shapes.borrow(), &NameRef(name)).map(Packed::get)),
                Ns::Dict(d) => {
                    let data = d.data.borrow();
                    if let Some(v) = data.get_str(name) {
                        return Ok(Some(v));
                    }
                    data.has_instance_keys().then(|| Rc::clone(&d))
                }
            }
        };
        match slow {
            Some(d) => crate::interp::ops::dict_get_name(vm, &d, name),
            None => Ok(None),
        }
    }

    /// `obj.name = v` in the namespace. The common case stores by string; a
    /// namespace holding instance keys takes `ops::dict_set`, which asks
    /// their `__eq__`, with the dict's `Rc` held (as in `get`).
    #[inline(always)]
    pub fn set(&self, vm: &mut Vm, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        // Dictionary mode without instance keys, inline: the `dict`
        // control's every store, and `v` is not moved on the way.
        {
            let b = self.body.borrow();
            if let Some(d) = b.dict() {
                let mut data = d.data.borrow_mut();
                if !data.has_instance_keys() {
                    let old = data.set_str_ref(name, v);
                    drop(data);
                    drop(b);
                    drop(old);
                    return Ok(());
                }
            }
        }
        self.set_slow(vm, name, v)
    }

    /// `set` of a shaped instance, or of a dict holding instance keys.
    #[inline(never)]
    fn set_slow(&self, vm: &mut Vm, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        let mut b = self.body.borrow_mut();
        let v = match b.set_shaped(name, v) {
            Ok(old) => {
                drop(b);
                drop(old);
                return Ok(());
            }
            Err(v) => v,
        };
        let Some(d) = b.dict() else { return Ok(()) };
        if !d.data.borrow().has_instance_keys() {
            let old = d.data.borrow_mut().set_str_ref(name, v);
            drop(b);
            drop(old);
            return Ok(());
        }
        let d = Rc::clone(&d);
        drop(b);
        crate::interp::ops::dict_set(vm, &d, Value::Str(name.clone()), v)
    }

    /// `del obj.name` in the namespace: the removed value, `None` when
    /// absent. A shaped instance deletes its last attribute in place and
    /// goes to dictionary mode for any other; a dict goes through
    /// `ops::dict_remove` with its `Rc` held.
    pub fn remove(&self, vm: &mut Vm, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let d = {
            let mut b = self.body.borrow_mut();
            if b.ns.shape() != DICT_MODE {
                let Body { class, ns } = &mut *b;
                let r = ns.delete(&class.shapes.borrow(), &NameRef(name));
                match r {
                    Ok(old) => {
                        drop(b);
                        return Ok(old.map(Packed::into_value));
                    }
                    Err(_) => b.enter_dict_mode(),
                }
            }
            match b.dict() {
                Some(d) => Rc::clone(&d),
                None => return Ok(None),
            }
        };
        crate::interp::ops::dict_remove(vm, &d, &Value::Str(name.clone()))
    }

    /// The namespace as the dict `obj.__dict__` returns (shared, not a
    /// copy). A shaped instance moves to dictionary mode first.
    pub fn dict(&self) -> Rc<PyDict> {
        let mut b = self.body.borrow_mut();
        b.enter_dict_mode();
        match b.dict() {
            Some(d) => Rc::clone(&d),
            None => PyDict::new(),
        }
    }

    /// `obj.__dict__ = d`: the instance's namespace becomes `d`.
    pub fn replace_dict(&self, d: Rc<PyDict>) {
        let old = self.body.borrow_mut().set_dict(d);
        drop(old);
    }

    /// `obj.__class__ = t`: a shaped instance replays its names in `t`'s
    /// tree (same order, same values), or goes to dictionary mode past a
    /// limit of that tree or when `t`'s instances are not shaped.
    pub fn set_class(&self, t: Rc<PyType>) {
        let old = {
            let mut b = self.body.borrow_mut();
            if Rc::ptr_eq(&b.class, &t) {
                return;
            }
            if b.ns.shape() != DICT_MODE {
                let moved = t.shaped.get() && {
                    let Body { class, ns } = &mut *b;
                    let from = class.shapes.borrow();
                    let mut to = t.shapes.borrow_mut();
                    ns.move_to_tree(&from, &mut to).is_ok()
                };
                if !moved {
                    b.enter_dict_mode();
                }
            }
            std::mem::replace(&mut b.class, t)
        };
        self.reorder_slots(&old);
        drop(old);
    }

    /// After a class change: `__slots__` values move to the new class's
    /// indices for the same names. The assignment is only allowed between
    /// classes with the same slot names, but each class numbers its own
    /// slots in declaration order (CPython sorts them: `('x', 'y')` and
    /// `('y', 'x')` are one layout).
    fn reorder_slots(&self, old: &PyType) {
        let Some(x) = &self.extra else { return };
        let new = self.class();
        let (from, to) = (old.slots.borrow(), new.slots.borrow());
        if from.len() != to.len() || from.iter().zip(to.iter()).all(|(a, b)| a.s == b.s) {
            return;
        }
        let mut values = x.slot_values.borrow_mut();
        let moved: Vec<Value> = to.iter().map(|n| from.iter().position(|m| m.s == n.s).and_then(|i| values.get(i).cloned()).unwrap_or_default()).collect();
        let old_values = std::mem::replace(&mut *values, moved.into_boxed_slice());
        drop(values);
        drop(old_values);
    }

    /// The string keys of the namespace in insertion order (for `dir()`).
    pub fn str_keys(&self) -> Vec<Rc<PyStr>> {
        let b = self.body.borrow();
        match b.ns() {
            Ns::Shaped(v) => b.class.shapes.borrow().names(v.shape()).into_iter().map(|k| k.0.clone()).collect(),
            Ns::Dict(d) => {
                let data = d.data.borrow();
                data.iter().filter_map(|e| e.key.as_str().cloned()).collect()
            }
        }
    }
}

/// The cycle collector's view of an instance (see `objects::gc`).
impl PyInstance {
    /// Visits the class, the namespace (the inline values, or the dict in
    /// dictionary mode), `__slots__` values, the extended built-in value,
    /// exception data and a built-in object's Rust state; `false` when a
    /// cell is borrowed.
    #[inline]
    pub(crate) fn traverse_refs(&self, f: &mut impl super::gc::Visit) -> bool {
        let Ok(b) = self.body.try_borrow() else { return false };
        super::gc::visit_rc(&b.class, f);
        // The attribute values, or in dictionary mode the one dict.
        for p in b.ns.values() {
            if let Some(h) = p.gc_head() {
                f(h)
            }
        }
        match &self.extra {
            None => true,
            Some(x) => Self::traverse_extra(x, f),
        }
    }

    /// `traverse_refs` of the rarely used fields (out of line: a plain
    /// instance, the common case, has none).
    #[inline(never)]
    fn traverse_extra(x: &Extra, f: &mut impl super::gc::Visit) -> bool {
        use super::gc::visit_value;
        let (Ok(slots), Ok(base)) = (x.slot_values.try_borrow(), x.base.try_borrow()) else { return false };
        slots.iter().for_each(|v| visit_value(v, f));
        visit_value(&base, f);
        if let Some(e) = &x.exc {
            let Ok(e) = e.try_borrow() else { return false };
            visit_value(&e.args, f);
            visit_value(&e.cause, f);
            visit_value(&e.context, f);
            // The traceback's code objects (their caches may hold this
            // exception's class, or a function whose frame holds it).
            e.traceback.iter().for_each(|t| super::gc::visit_rc(&t.code, f));
            if let Some(d) = &e.detail {
                for v in [&d.name, &d.path, &d.msg, &d.filename, &d.lineno, &d.text] {
                    visit_value(v, f);
                }
            }
        }
        match &x.native {
            Some(Native::Property(p)) => {
                let Ok(name) = p.name.try_borrow() else { return false };
                for v in [&p.fget, &p.fset, &p.fdel, &p.doc, &*name] {
                    visit_value(v, f);
                }
            }
            Some(Native::StaticMethod(v) | Native::ClassMethod(v)) => visit_value(v, f),
            Some(Native::Super { this, obj }) => {
                visit_value(this, f);
                visit_value(obj, f);
            }
            Some(Native::Member(_) | Native::Traceback { .. } | Native::TextIO { .. }) | None => {}
        }
        true
    }

    /// Empties the namespace, `__slots__` values, the extended value and
    /// the exception's links (the class stays: an instance always has one).
    pub(crate) fn clear_refs(&self) {
        let ns = self.body.try_borrow_mut().map(|mut b| std::mem::replace(&mut b.ns, ShapedValues::new()));
        drop(ns);
        let Some(x) = &self.extra else { return };
        let s = x.slot_values.try_borrow_mut().map(|mut s| s.iter_mut().map(std::mem::take).collect::<Vec<_>>());
        let b = x.base.try_borrow_mut().map(|mut b| std::mem::take(&mut *b));
        drop((s, b));
        if let Some(e) = &x.exc {
            let old = e.try_borrow_mut().map(|mut e| {
                (
                    std::mem::replace(&mut e.args, Value::None),
                    std::mem::take(&mut e.cause),
                    std::mem::take(&mut e.context),
                    std::mem::take(&mut e.traceback),
                    e.detail.take(),
                )
            });
            drop(old);
        }
    }
}

//! `type` objects (instances are in `instance.rs`).
//!
//! Built-in types are `PyType`s too (with `is_builtin`), so `type(x)`,
//! `isinstance` and method lookup work the same way for `int` and for a
//! user class: methods of built-in types live in their type's namespace.

use super::dict::DictData;
use super::exc::ExcKind;
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
    /// The read-only view `C.__dict__` returns.
    MappingProxy,
    /// Traceback objects (`exc.__traceback__`).
    Traceback,
    /// `sys.stdout` and `sys.stderr`.
    TextIO,
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
    /// Which attribute hooks the class defines in Python, and the global type
    /// version they were computed at (see `hooks`).
    hooks: Cell<(u64, u8)>,
}

/// `PyType::hooks` bits.
pub const HOOK_GETATTRIBUTE: u8 = 1;
pub const HOOK_GETATTR: u8 = 2;
pub const HOOK_SETATTR: u8 = 4;
pub const HOOK_DELATTR: u8 = 8;

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
            hooks: Cell::new((0, 0)),
        })
    }

    /// Looks `name` up along the MRO (no descriptors applied).
    pub fn lookup(self: &Rc<Self>, name: &Rc<PyStr>) -> Option<Value> {
        LOOKUP_CACHE.with(|c| c.borrow_mut().lookup(self, name))
    }

    /// The attribute hooks (`__getattribute__`, `__getattr__`, `__setattr__`,
    /// `__delattr__`) defined in Python along the MRO, recomputed only when
    /// some type changed since the last time.
    pub fn hooks(self: &Rc<Self>) -> u8 {
        let (epoch, bits) = self.hooks.get();
        if epoch == current_version() {
            return bits;
        }
        let user = |n: &Rc<PyStr>| matches!(self.lookup_uncached(n), Some(v) if !matches!(v, Value::Builtin(_)));
        let mut b = 0;
        if user(&crate::name!("__getattribute__")) {
            b |= HOOK_GETATTRIBUTE;
        }
        if user(&crate::name!("__getattr__")) {
            b |= HOOK_GETATTR;
        }
        if user(&crate::name!("__setattr__")) {
            b |= HOOK_SETATTR;
        }
        if user(&crate::name!("__delattr__")) {
            b |= HOOK_DELATTR;
        }
        self.hooks.set((current_version(), b));
        b
    }

    /// The MRO walk behind `lookup`.
    pub fn lookup_uncached(self: &Rc<Self>, name: &PyStr) -> Option<Value> {
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

    /// Whether instances have a `__dict__` (and take arbitrary attributes):
    /// user classes unless `__slots__` left it out, and built-in types
    /// except `object` and those whose state is all Rust fields, as in
    /// CPython (`vars(property())` is a TypeError).
    pub fn instances_have_dict(&self) -> bool {
        if self.is_builtin {
            !matches!(self.kind, TypeKind::Object | TypeKind::Property | TypeKind::MemberDescriptor | TypeKind::Super | TypeKind::Traceback)
        } else {
            self.has_dict.get()
        }
    }

    pub fn set_attr(&self, name: Rc<PyStr>, v: Value) {
        self.dict.borrow_mut().set_str(name, v);
        self.version.set(next_version());
    }
}

/// The global type-version counter (values are never reused). An atomic only
/// so that it can be a plain static; the VM is single-threaded.
static VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The type attribute cache, as CPython <= 3.10 has one (it is part of type
/// lookup, not an inline cache at instruction sites): direct-mapped on
/// (type version, name). Every change to any type's namespace or bases takes
/// a fresh version from the global counter, which empties the whole cache.
const CACHE_SIZE: usize = 4096;

struct CacheEntry {
    epoch: u64,
    type_version: u64,
    /// Kept alive by the entry, so a pointer match is a name match.
    name: Option<Rc<PyStr>>,
    value: Option<Value>,
}

thread_local! {
    static LOOKUP_CACHE: RefCell<LookupCache> = RefCell::new(LookupCache::default());
}

#[inline]
pub fn current_version() -> u64 {
    VERSION.load(std::sync::atomic::Ordering::Relaxed)
}

/// A fresh type version (never reused).
pub fn next_version() -> u64 {
    VERSION.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1
}

/// The type attribute cache itself. `PyType::lookup` uses a per-thread one;
/// the VM owns another for the attribute hot paths (no thread-local access).
pub struct LookupCache {
    entries: Vec<CacheEntry>,
}

impl Default for LookupCache {
    fn default() -> Self {
        LookupCache { entries: (0..CACHE_SIZE).map(|_| CacheEntry { epoch: 0, type_version: 0, name: None, value: None }).collect() }
    }
}

impl LookupCache {
    /// `t.lookup(name)`, remembered per (type version, name) until any type changes.
    #[inline]
    pub fn lookup(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>) -> Option<Value> {
        let ver = t.version.get();
        let slot = ((ver.wrapping_mul(0x9e37_79b9) ^ name.hash() as u64) & (CACHE_SIZE as u64 - 1)) as usize;
        let now = current_version();
        let e = &self.entries[slot];
        if e.epoch == now && e.type_version == ver && e.name.as_ref().is_some_and(|n| Rc::ptr_eq(n, name)) {
            return e.value.clone();
        }
        let v = t.lookup_uncached(name);
        self.entries[slot] = CacheEntry { epoch: now, type_version: ver, name: Some(name.clone()), value: v.clone() };
        v
    }
}

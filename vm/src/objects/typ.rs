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
use std::rc::{Rc, Weak};

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
    pub gc: super::gc::GcHead,
    pub name: Rc<PyStr>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub bases: RefCell<Vec<Rc<PyType>>>,
    pub mro: RefCell<Vec<Rc<PyType>>>,
    pub dict: RefCell<DictData>,
    pub kind: TypeKind,
    pub is_builtin: bool,
    /// Changes whenever a lookup through this type could give another answer:
    /// its namespace, a base's namespace (anywhere along the MRO), or its
    /// bases (or a base's bases) change. See "Type versions" below.
    pub version: Cell<u64>,
    /// The direct subclasses, in creation order (CPython's `tp_subclasses`):
    /// weak, so that a subclass dies with its last user. Versions and MROs
    /// are pushed down through these lists; dead entries are dropped when
    /// a subclass is dropped, and pruned as the list grows.
    subclasses: RefCell<Vec<Weak<PyType>>>,
    /// `__slots__` storage layout: every slot of this class and its bases.
    pub slots: RefCell<Vec<Rc<PyStr>>>,
    /// Whether instances have a `__dict__` (false for classes whose whole
    /// hierarchy declares `__slots__` without `'__dict__'`).
    pub has_dict: Cell<bool>,
    /// Which attribute hooks the class defines in Python, and the version of
    /// this type they were computed at (see `hooks`).
    hooks: Cell<(u64, u8)>,
    /// The shapes of this class's instances (see `objects::instance`).
    pub shapes: RefCell<super::instance::Shapes>,
    /// Whether new instances start shaped (classes made under a strategy
    /// with shaped instances); otherwise they get a dict each.
    pub shaped: Cell<bool>,
    /// What a call of the class runs, at the version it was worked out at:
    /// the `__init__` function when the call is the plain case (see
    /// `interp::call::plain_init`), `None` otherwise.
    pub init_cache: RefCell<Option<(u64, Option<Value>)>>,
}

thread_local! {
    static SHAPES_CREATED: Cell<u64> = const { Cell::new(0) };
    static DICT_MODE_MOVES: Cell<u64> = const { Cell::new(0) };
}

/// Counts a shape created in some class's tree (`-X stats`).
pub fn count_shape() {
    SHAPES_CREATED.with(|c| c.set(c.get() + 1));
}

/// Counts an instance moved from a shape to dictionary mode (`-X stats`).
pub fn count_dict_mode() {
    DICT_MODE_MOVES.with(|c| c.set(c.get() + 1));
}

/// (shapes created, instances moved to dictionary mode) so far.
pub fn shape_counts() -> (u64, u64) {
    (SHAPES_CREATED.with(|c| c.get()), DICT_MODE_MOVES.with(|c| c.get()))
}

/// `PyType::hooks` bits.
pub const HOOK_GETATTRIBUTE: u8 = 1;
pub const HOOK_GETATTR: u8 = 2;
pub const HOOK_SETATTR: u8 = 4;
pub const HOOK_DELATTR: u8 = 8;

impl PyType {
    pub fn new(name: &str, kind: TypeKind, bases: Vec<Rc<PyType>>, is_builtin: bool) -> Rc<PyType> {
        let name = super::str::intern(name);

        let t = Rc::new(PyType {
            gc: Default::default(),
            qualname: RefCell::new(name.clone()),
            name,
            bases: RefCell::new(bases),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(DictData::new()),
            kind,
            is_builtin,
            version: Cell::new(next_version()),
            subclasses: RefCell::new(Vec::new()),
            slots: RefCell::new(Vec::new()),
            has_dict: Cell::new(!is_builtin),
            hooks: Cell::new((0, 0)),
            shapes: RefCell::new(Default::default()),
            shaped: Cell::new(false),
            init_cache: RefCell::new(None),
        });
        for b in t.bases.borrow().iter() {
            b.add_subclass(&t);
        }
        super::gc::track(&t);
        t
    }

    /// Records `sub` as a direct subclass (at the end, as CPython's
    /// insertion-ordered `tp_subclasses`).
    pub fn add_subclass(&self, sub: &Rc<PyType>) {
        let mut l = self.subclasses.borrow_mut();
        // Prune dead entries whenever the list doubles, so that a class
        // whose subclasses come and go (made in a loop) keeps a short list.
        if l.len() >= 8 && l.len().is_power_of_two() {
            l.retain(|w| w.strong_count() > 0);
        }
        l.push(Rc::downgrade(sub));
    }

    /// Forgets `sub` as a direct subclass (`__bases__` assignment).
    pub fn remove_subclass(&self, sub: &Rc<PyType>) {
        self.subclasses.borrow_mut().retain(|w| w.strong_count() > 0 && !std::ptr::eq(w.as_ptr(), Rc::as_ptr(sub)));
    }

    /// The live direct subclasses, in creation order (`C.__subclasses__()`).
    pub fn subclasses(&self) -> Vec<Rc<PyType>> {
        self.subclasses.borrow().iter().filter_map(Weak::upgrade).collect()
    }

    /// Gives this type and every subclass, transitively, a fresh version
    /// (CPython's `PyType_Modified`): to be called after any change to the
    /// namespace or the bases of this type. Each type is visited once, even
    /// in a diamond.
    pub fn modified(self: &Rc<Self>) {
        self.version.set(next_version());
        if self.subclasses.borrow().is_empty() {
            return;
        }
        let mut seen: std::collections::HashSet<*const PyType> = std::collections::HashSet::new();
        let mut work = self.subclasses();
        while let Some(t) = work.pop() {
            if seen.insert(Rc::as_ptr(&t)) {
                t.version.set(next_version());
                work.extend(t.subclasses());
            }
        }
    }

    /// Looks `name` up along the MRO (no descriptors applied).
    pub fn lookup(self: &Rc<Self>, name: &Rc<PyStr>) -> Option<Value> {
        LOOKUP_CACHE.with(|c| c.borrow_mut().lookup(self, name))
    }

    /// The attribute hooks (`__getattribute__`, `__getattr__`, `__setattr__`,
    /// `__delattr__`) defined in Python along the MRO, recomputed only when
    /// this type's version changed since the last time (the answer depends
    /// on nothing but the MRO's namespaces, which the version covers).
    pub fn hooks(self: &Rc<Self>) -> u8 {
        let (ver, bits) = self.hooks.get();
        if ver == self.version.get() {
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
        self.hooks.set((self.version.get(), b));
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

    pub fn set_attr(self: &Rc<Self>, name: Rc<PyStr>, v: Value) {
        self.dict.borrow_mut().set_str(name, v);
        self.modified();
    }
}

impl Drop for PyType {
    /// Takes this type out of its bases' subclass lists (it is already dead,
    /// so that is every dead entry).
    fn drop(&mut self) {
        for b in self.bases.get_mut().iter() {
            if let Ok(mut l) = b.subclasses.try_borrow_mut() {
                l.retain(|w| w.strong_count() > 0);
            }
        }
    }
}

/// The global type-version counter (values are never reused).
///
/// # Type versions
///
/// Every type has a `version`, taken from this one counter, so that a
/// version names one type in one state: a cache keyed by (type version,
/// name) needs no other check and no global epoch. A type takes a fresh
/// version (`PyType::modified`) when
/// - its namespace changes (`C.x = ...`, `del C.x`, the class body filled
///   in by `make_class`);
/// - a base's namespace changes, at any depth: `modified` walks the
///   subclass lists (weak references, CPython's `tp_subclasses`) and gives
///   every transitive subclass a fresh version too;
/// - its bases, or a base's bases, change (`__bases__` assignment
///   recomputes the MRO of the class and of every transitive subclass,
///   then calls `modified`).
///
/// `__class__` assignment of an instance changes no type: caches key on
/// the type found at the time of the lookup (`inst.class()`), so the
/// instance simply starts using its new type's version. A descriptor's own
/// class is a type like any other: whether a class attribute is a data
/// descriptor (`__set__`/`__delete__` on *its* class) is looked up through
/// the descriptor class's version, so a late `Desc.__set__ = f` is seen.
///
/// Version exhaustion: versions are `u64` and never reused; at one
/// modification per nanosecond the counter would last 584 years, so it
/// cannot run out in practice and nothing checks for it. CPython 3.12+
/// stops specialising a class after 1000 versions (`MAX_VERSIONS_PER_CLASS`)
/// because its version tags are 32-bit and stored in the inline caches of
/// the bytecode, so it rations them; nsvm has no such cap: a class modified
/// thousands of times keeps being cached like any other.
///
/// An atomic only so that it can be a plain static; the VM is single-threaded.
static VERSION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The type attribute cache, as CPython <= 3.10 has one (it is part of type
/// lookup, not an inline cache at instruction sites): direct-mapped on
/// (type version, name). An entry is valid exactly while its type still has
/// that version (see "Type versions" above); a stale entry is simply
/// overwritten by the next lookup that maps to its slot.
const CACHE_SIZE: usize = 4096;

struct CacheEntry {
    type_version: u64,
    /// Kept alive by the entry, so a pointer match is a name match.
    name: Option<Rc<PyStr>>,
    value: Option<Value>,
}

thread_local! {
    static LOOKUP_CACHE: RefCell<LookupCache> = RefCell::new(LookupCache::default());
}

/// Empties this thread's type attribute cache, whose entries keep the
/// values they remember alive (`Interp::close`: a closed VM's objects must
/// not outlive it there).
pub fn clear_lookup_cache() {
    let old = LOOKUP_CACHE.try_with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
}

/// A fresh type version (never reused; see "Type versions").
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
        // Version 0 is never handed out, so empty entries never match.
        LookupCache { entries: (0..CACHE_SIZE).map(|_| CacheEntry { type_version: 0, name: None, value: None }).collect() }
    }
}

impl LookupCache {
    /// `t.lookup(name)`, remembered per (type version, name).
    #[inline]
    pub fn lookup(&mut self, t: &Rc<PyType>, name: &Rc<PyStr>) -> Option<Value> {
        let ver = t.version.get();
        let slot = ((ver.wrapping_mul(0x9e37_79b9) ^ name.hash() as u64) & (CACHE_SIZE as u64 - 1)) as usize;
        let e = &self.entries[slot];
        if e.type_version == ver && e.name.as_ref().is_some_and(|n| Rc::ptr_eq(n, name)) {
            return e.value.clone();
        }
        let v = t.lookup_uncached(name);
        self.entries[slot] = CacheEntry { type_version: ver, name: Some(name.clone()), value: v.clone() };
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::intern;

    fn class(name: &str, bases: Vec<Rc<PyType>>) -> Rc<PyType> {
        let t = PyType::new(name, TypeKind::Object, bases.clone(), false);
        let mut mro = vec![t.clone()];
        for b in &bases {
            mro.extend(b.mro.borrow().iter().cloned());
        }
        *t.mro.borrow_mut() = mro;
        t
    }

    /// A change to a base gives every transitive subclass a new version, and
    /// no version is ever shared or reused.
    #[test]
    fn modified_reaches_subclasses() {
        let a = class("A", vec![]);
        let b = class("B", vec![a.clone()]);
        let c = class("C", vec![b.clone()]);
        let d = class("D", vec![b.clone(), a.clone()]);
        let before = [a.version.get(), b.version.get(), c.version.get(), d.version.get()];
        a.set_attr(intern("x"), Value::Int(1));
        let after = [a.version.get(), b.version.get(), c.version.get(), d.version.get()];
        for (x, y) in before.iter().zip(&after) {
            assert!(y > x);
        }
        let mut all = after.to_vec();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 4);
        assert_eq!(a.subclasses().len(), 2);
        assert_eq!(b.subclasses().len(), 2);
        // A class's MRO holds the class: break that cycle, as teardown does.
        c.mro.borrow_mut().clear();
        d.mro.borrow_mut().clear();
        drop((c, d));
        assert_eq!(b.subclasses().len(), 0);
        assert!(b.subclasses.borrow().is_empty());
    }

    /// A class modified thousands of times is still cached: after the last
    /// change, a lookup is answered from the cache (a change made behind
    /// the version's back is not seen), and `modified` makes it seen.
    #[test]
    fn no_cap_on_versions() {
        let a = class("A", vec![]);
        let b = class("B", vec![a.clone()]);
        let x = intern("x");
        for i in 0..2000 {
            a.set_attr(x.clone(), Value::Int(i));
        }
        let mut cache = LookupCache::default();
        assert!(matches!(cache.lookup(&b, &x), Some(Value::Int(1999))));
        a.dict.borrow_mut().set_str(x.clone(), Value::Int(-1));
        assert!(matches!(cache.lookup(&b, &x), Some(Value::Int(1999))));
        a.modified();
        assert!(matches!(cache.lookup(&b, &x), Some(Value::Int(-1))));
    }
}

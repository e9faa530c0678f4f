//! Inline caches at attribute sites, for strategies with shaped instances
//! (`slots`): attribute load, attribute store and the method-call pair.
//!
//! Each attribute site (`strategy::AttrSite`) has an `AttrCache`: up to
//! `POLY` entries keyed by (type version, shape) of the instance looked at,
//! each saying what the generic lookup did for that key, so that the next
//! instance with the same key takes it without looking at a name:
//! - `Slot(i)`: the instance's own attribute, inline value `i` of the shape;
//! - `Hint(i)`: the same in dictionary mode, at entry `i` of its dict, a
//!   hint checked on every hit (the dict is the instance's, not the key's);
//! - `ClassValue(v)`, `Method(f)`: a class attribute that is no descriptor,
//!   or a Python function (bound on a load; pushed unbound for a method
//!   call), while the instance lacks the name: the shape proves it, and in
//!   dictionary mode a probe of the dict does;
//! - `Property(fget)`, `Member(i)`: a `property` or a `__slots__` member on
//!   the class, data descriptors that win over the instance (a member's
//!   fast slot carries `MEMBER` in its index, and is read out of line);
//! - `StoreSlot(i)`, `StoreAdd(to)`: a store to an existing attribute, or
//!   one that adds an attribute and moves the shape to `to`;
//! - `StoreMember(i)`: a store through a `__slots__` member descriptor;
//! - `ClassMethod(f)`: a `classmethod` (bound to the class on a load,
//!   pushed with the class at a method site); a `staticmethod` is a
//!   `ClassValue` of its function;
//! - `PropertySet(fset)`: a store through a `property`'s setter;
//! - `Generic`: nothing cacheable for this key (a `__getattr__` answer, an
//!   odd descriptor, `__dict__`...): the site takes the generic path
//!   without analysing the miss again;
//! - `SuperMethod`: at a `LoadSuperMethod` site (`super().m(...)`), the
//!   function found after `__class__` in the first argument's MRO.
//!
//! Receivers that are classes (`C.x`, `Base.m(self, x)`) are keyed by the
//! class's version and the `CLASS_RECEIVER` shape, which no instance has.
//!
//! The monomorphic fast path: a site's latest `Slot`/`Hint`/`StoreSlot`
//! entry is also copied into a `Cell` (`FastSlot`) that the interpreter's loop reads
//! in place (`load_slot`, `store_slot`), without borrowing the entry list
//! or cloning an action; the compiler fuses a local's load with the
//! attribute instruction (`LoadFastAttr`, `StoreFastAttr`,
//! `LoadFastMethod`), so that `self.x` does not copy `self` to the stack.
//!
//! Why (type version, shape) is enough: the version changes whenever any
//! lookup through the class could answer otherwise (its namespace, a
//! base's, its bases; see `objects::typ`), and versions are never reused,
//! so one version names one class in one state; the shape (an id in that
//! class's tree) names exactly which attributes the instance has, in which
//! order. What neither covers is kept out of the caches: classes with
//! `__getattribute__` (loads) or `__setattr__` (stores) in Python, class
//! attributes that are instances of Python classes (a descriptor whose
//! class gains `__get__` or `__set__` later changes that class's version,
//! not the owner's), objects with Rust state, exception instances for
//! stores. `__getattr__` needs nothing: every entry is a hit.
//!
//! A site that sees more than `POLY` keys goes megamorphic for good: its
//! own entries are dropped and it uses the VM's `MegaCache`, one table
//! shared by all megamorphic sites and keyed by the name too.
//!
//! An entry is learnt after the generic path has answered (so the cache
//! never changes an answer or an error), from the state then, read without
//! running code. An entry whose class has a newer
//! version at the same shape is replaced, so that a class patched in a
//! loop does not make its sites megamorphic.

use crate::interp::{attr, Vm};
use crate::objects::instance::{DICT_HINT, DICT_MODE, MEMBER};
use crate::objects::packed::Packed;
use crate::objects::typ::{HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::objects::{Native, PyInstance, PyResult, PyStr, PyType, TypeKind, Value};
use crate::strategy::AttrSite;
use proxies::ShapeId;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Most entries of a polymorphic site.
pub const POLY: usize = 4;

#[derive(Clone)]
enum Action {
    Slot(u32),
    Hint(u32),
    ClassValue(Value),
    Method(Value),
    Property(Value),
    Member(u32),
    StoreSlot(u32),
    StoreAdd(ShapeId),
    /// A store through a `__slots__` member descriptor: member `i` of the
    /// instance's slot layout.
    StoreMember(u32),
    /// A `classmethod`'s function, bound to (or, at a method site, called
    /// with) the instance's class, or the class receiver itself.
    ClassMethod(Value),
    /// A store through a `property`'s setter.
    PropertySet(Value),
    /// Nothing cacheable for this key: the site takes the generic path
    /// directly, without analysing the miss again (what the generic path
    /// does is always right, so this entry needs no guard of its own).
    Generic,
    /// `super().name` found the function `f` after the class at address
    /// `this` (a `LoadSuperMethod` site; the key's version is the first
    /// argument's type's).
    SuperMethod {
        this: usize,
        f: Value,
    },
}

struct Entry {
    /// The class the entry was learnt on (its address, compared only to
    /// replace an entry of an older version; the version is the guard).
    class: usize,
    version: u64,
    shape: ShapeId,
    action: Action,
}

/// A copy of the site's latest `Slot` or `Hint` (load sites; a hint's
/// shape is `DICT_MODE`, and its index here carries `DICT_HINT`) or
/// `StoreSlot` (store sites) entry, read on a hit
/// without borrowing the entry list or cloning an action: the monomorphic fast path. Version 0 is never a
/// type's, so the default matches nothing. Being a copy of an entry with
/// the same exact key, it is right whenever the entry would be.
#[derive(Clone, Copy)]
pub struct FastSlot {
    pub version: u64,
    pub shape: ShapeId,
    pub index: u32,
}

impl Default for FastSlot {
    fn default() -> Self {
        FastSlot { version: 0, shape: ShapeId::ROOT, index: 0 }
    }
}

/// A copy of the site's latest `Method` entry on a shaped instance: the
/// method sites' fast path (`method_slot`), read in place like `FastSlot`.
struct FastMethod {
    version: u64,
    shape: ShapeId,
    f: Value,
}

/// The polymorphic fast path: copies of a site's entries, by position
/// (`slots[i]` and `methods[i]` mirror `entries[i]` when it is a
/// `Slot`/`Hint`/`StoreSlot` or a `Method` entry on a shaped instance;
/// the default, version 0, matches nothing), read in place like
/// `FastSlot` before the entry list is searched. Made when a site learns
/// its second entry, so that a monomorphic site pays one pointer.
#[derive(Default)]
struct Poly {
    slots: [FastSlot; POLY],
    methods: [Option<FastMethod>; POLY],
    adds: [FastAdd; POLY],
}

/// A copy of a `StoreAdd` entry: a store that adds the site's attribute
/// to an instance of the class at `version` whose shape is `from`, which
/// then takes shape `to` (`Poly::adds`; version 0 matches nothing).
#[derive(Clone, Copy)]
struct FastAdd {
    version: u64,
    from: ShapeId,
    to: ShapeId,
}

impl Default for FastAdd {
    fn default() -> Self {
        FastAdd { version: 0, from: ShapeId::ROOT, to: ShapeId::ROOT }
    }
}

/// The `FastAdd` copy of an entry, if it is a `StoreAdd`.
fn fast_add(version: u64, shape: ShapeId, action: &Action) -> Option<FastAdd> {
    match *action {
        Action::StoreAdd(to) => Some(FastAdd { version, from: shape, to }),
        _ => None,
    }
}

/// The `FastSlot` copy of an entry, if it is a `Slot`, `Hint`,
/// `StoreSlot`, `Member` or `StoreMember` (with an index below the two
/// flag bits, which every real one is).
fn fast_slot(version: u64, shape: ShapeId, action: &Action) -> Option<FastSlot> {
    match *action {
        // A dictionary-mode index carries `DICT_HINT`, a member's
        // `MEMBER`: `value_if`.
        Action::Slot(index) | Action::Hint(index) | Action::StoreSlot(index) if index < MEMBER => {
            Some(FastSlot { version, shape, index: if shape == DICT_MODE { index | DICT_HINT } else { index } })
        }
        Action::Member(index) | Action::StoreMember(index) if index < MEMBER => Some(FastSlot { version, shape, index: index | MEMBER }),
        _ => None,
    }
}

/// The `FastMethod` copy of an entry, if it is a `Method` on a shaped
/// instance: the shape proves the instance lacks the name, which
/// dictionary mode does not.
fn fast_method(version: u64, shape: ShapeId, action: &Action) -> Option<FastMethod> {
    match action {
        Action::Method(f) if shape != DICT_MODE => Some(FastMethod { version, shape, f: f.clone() }),
        _ => None,
    }
}

/// One site's cache (see the module docs).
#[derive(Default)]
pub struct AttrCache {
    fast: Cell<FastSlot>,
    fast_method: RefCell<Option<FastMethod>>,
    poly: RefCell<Option<Box<Poly>>>,
    /// At a method site, the built-in method found for a receiver of a
    /// built-in type (`builtin_receiver`'s number for it), `lst.append(x)`.
    builtin_method: RefCell<Option<(u8, Value)>>,
    /// At a site whose receiver is a module, the entry index of the name
    /// in the module's dict found last (a hint, checked on every use).
    module_hint: Cell<u32>,
    entries: RefCell<Vec<Entry>>,
    mega: Cell<bool>,
}

impl AttrCache {
    /// Visits the values the cache holds (the collector's traversal of a
    /// code object); `false` when a cell is borrowed.
    pub(crate) fn gc_traverse(&self, f: &mut impl crate::objects::gc::Visit) -> bool {
        use crate::objects::gc::visit_value;
        let (Ok(fm), Ok(poly), Ok(bm), Ok(entries)) =
            (self.fast_method.try_borrow(), self.poly.try_borrow(), self.builtin_method.try_borrow(), self.entries.try_borrow())
        else {
            return false;
        };
        if let Some(m) = &*fm {
            visit_value(&m.f, f);
        }
        if let Some(p) = &*poly {
            p.methods.iter().flatten().for_each(|m| visit_value(&m.f, f));
        }
        if let Some((_, v)) = &*bm {
            visit_value(v, f);
        }
        for e in entries.iter() {
            match &e.action {
                Action::ClassValue(v)
                | Action::Method(v)
                | Action::Property(v)
                | Action::ClassMethod(v)
                | Action::PropertySet(v)
                | Action::SuperMethod { f: v, .. } => visit_value(v, f),
                Action::Slot(_)
                | Action::Hint(_)
                | Action::Member(_)
                | Action::StoreSlot(_)
                | Action::StoreAdd(_)
                | Action::StoreMember(_)
                | Action::Generic => {}
            }
        }
        true
    }

    /// Forgets everything learnt (the collector clearing a code object in
    /// a garbage cycle; a cache is only ever a cache). Borrowed cells are
    /// left alone.
    pub(crate) fn gc_clear(&self) {
        self.fast.set(FastSlot::default());
        let m = self.fast_method.try_borrow_mut().map(|mut m| m.take());
        let p = self.poly.try_borrow_mut().map(|mut p| p.take());
        let b = self.builtin_method.try_borrow_mut().map(|mut b| b.take());
        let e = self.entries.try_borrow_mut().map(|mut e| std::mem::take(&mut *e));
        drop((m, p, b, e));
    }

    #[inline]
    fn find(&self, version: u64, shape: ShapeId) -> Option<Action> {
        self.entries.borrow().iter().find(|e| e.version == version && e.shape == shape).map(|e| e.action.clone())
    }

    fn learn(&self, vm: &mut Vm, class: usize, version: u64, shape: ShapeId, action: Action) {
        if self.mega.get() {
            return;
        }
        if let Some(slot) = fast_slot(version, shape, &action) {
            self.fast.set(slot);
        }
        if let Some(m) = fast_method(version, shape, &action) {
            let old = self.fast_method.borrow_mut().replace(m);
            drop(old);
        }
        let mut es = self.entries.borrow_mut();
        let new = Entry { class, version, shape, action };
        let old = match es.iter().position(|e| e.class == class && e.shape == shape) {
            Some(at) => Some(std::mem::replace(&mut es[at], new)),
            None if es.len() >= POLY => {
                let old = std::mem::take(&mut *es);
                drop(es);
                drop(old);
                let poly = self.poly.borrow_mut().take();
                drop(poly);
                self.mega.set(true);
                vm.stats.megamorphic_sites += 1;
                return;
            }
            None => {
                es.push(new);
                None
            }
        };
        // The mirror, made again from the entries (learning is rare), for
        // a polymorphic site or one that adds its attribute (`StoreAdd`
        // has no monomorphic copy of its own).
        let wanted = es.len() > 1 || es.iter().any(|e| matches!(e.action, Action::StoreAdd(_)));
        let poly = wanted.then(|| {
            let mut p = Box::<Poly>::default();
            for (i, e) in es.iter().enumerate() {
                p.slots[i] = fast_slot(e.version, e.shape, &e.action).unwrap_or_default();
                p.methods[i] = fast_method(e.version, e.shape, &e.action);
                p.adds[i] = fast_add(e.version, e.shape, &e.action).unwrap_or_default();
            }
            p
        });
        drop(es);
        drop(old);
        let old = std::mem::replace(&mut *self.poly.borrow_mut(), poly);
        drop(old);
    }

    /// The polymorphic fast path's copies (see `Poly`), borrowed for `f`,
    /// which must not learn (it runs no Python code).
    #[inline]
    fn with_poly<R>(&self, f: impl FnOnce(&Poly) -> Option<R>) -> Option<R> {
        // SAFETY: `try_borrow_unguarded` fails while the cell is mutably
        // borrowed (only `learn` does, and it runs no code while it holds
        // the borrow); the reference lives only during `f`, which reads
        // instances' keys and clones values (count increments), runs no
        // Python code and so cannot reach `learn`.
        let poly = unsafe { self.poly.try_borrow_unguarded() }.ok()?.as_deref()?;
        f(poly)
    }

    /// The site's fast slot entry (see `FastSlot`).
    #[inline(always)]
    pub fn fast(&self) -> FastSlot {
        self.fast.get()
    }

    /// Whether the site went megamorphic (it then uses `MegaCache`).
    #[inline]
    pub fn is_megamorphic(&self) -> bool {
        self.mega.get()
    }
}

/// The kind of site a `MegaCache` entry serves (load and method-load
/// sites share load actions; stores have their own).
const LOAD: u8 = 0;
const STORE: u8 = 1;

/// Megamorphic sites share one direct-mapped cache keyed by (type
/// version, shape, name, kind), as V8's megamorphic stub cache: a site
/// that sees many classes still finds what a lookup answered before for
/// the same class, shape and name. Entries are learnt and used exactly as
/// a site's own (see the module docs); a colliding key overwrites.
pub struct MegaCache {
    entries: Vec<MegaEntry>,
}

struct MegaEntry {
    version: u64,
    shape: ShapeId,
    kind: u8,
    /// Held, so that a pointer match is a name match.
    name: Option<Rc<PyStr>>,
    action: Action,
}

const MEGA_SIZE: usize = 4096;

impl Default for MegaCache {
    fn default() -> Self {
        MegaCache { entries: (0..MEGA_SIZE).map(|_| MegaEntry { version: 0, shape: ShapeId::ROOT, kind: 0, name: None, action: Action::Slot(0) }).collect() }
    }
}

impl MegaCache {
    #[inline]
    fn slot(version: u64, shape: ShapeId, name: &PyStr, kind: u8) -> usize {
        let h = version.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (shape.0 as u64).wrapping_mul(0x85eb_ca6b) ^ ((name as *const PyStr as u64) >> 4) ^ kind as u64;
        ((h ^ (h >> 29)) as usize) & (MEGA_SIZE - 1)
    }

    #[inline]
    fn find(&self, version: u64, shape: ShapeId, name: &PyStr, kind: u8) -> Option<Action> {
        let e = &self.entries[Self::slot(version, shape, name, kind)];
        let same_name = e.name.as_deref().is_some_and(|n| std::ptr::eq(n, name));
        (e.version == version && e.shape == shape && e.kind == kind && same_name).then(|| e.action.clone())
    }

    /// The entry for this key and name, in place (no clone of its action).
    #[inline]
    fn entry(&self, version: u64, shape: ShapeId, name: &PyStr, kind: u8) -> Option<&Action> {
        let e = &self.entries[Self::slot(version, shape, name, kind)];
        let same_name = e.name.as_deref().is_some_and(|n| std::ptr::eq(n, name));
        (e.version == version && e.shape == shape && e.kind == kind && same_name).then_some(&e.action)
    }

    fn learn(&mut self, version: u64, shape: ShapeId, name: &Rc<PyStr>, kind: u8, action: Action) {
        let i = Self::slot(version, shape, name, kind);
        self.entries[i] = MegaEntry { version, shape, kind, name: Some(name.clone()), action };
    }
}

impl AttrSite {
    #[inline]
    fn find(&self, vm: &Vm, version: u64, shape: ShapeId, kind: u8) -> Option<Action> {
        if self.cache.is_megamorphic() {
            vm.megacache.find(version, shape, &self.name, kind)
        } else {
            self.cache.find(version, shape)
        }
    }

    fn learn(&self, vm: &mut Vm, class: usize, version: u64, shape: ShapeId, kind: u8, action: Action) {
        if !self.cache.is_megamorphic() {
            self.cache.learn(vm, class, version, shape, action.clone());
        }
        if self.cache.is_megamorphic() {
            vm.megacache.learn(version, shape, &self.name, kind, action);
        }
    }
}

/// The address of an instance's class (what an entry is replaced by).
fn class_addr(inst: &PyInstance) -> usize {
    Rc::as_ptr(&inst.class()) as usize
}

/// The shape part of the key when the receiver is a class itself (`C.m`,
/// `Base.m(self, x)`): no instance shape is ever this value (trees stop
/// far below it, and `DICT_MODE` is `u32::MAX`), and the version names
/// the class, so class and instance keys never meet.
const CLASS_RECEIVER: ShapeId = ShapeId(u32::MAX - 1);

/// The shape part of a `LoadSuperMethod` site's key (see `CLASS_RECEIVER`).
const SUPER_RECEIVER: ShapeId = ShapeId(u32::MAX - 2);

/// `super().name` at a `LoadSuperMethod` site, for an instance of `start`
/// and the function's `__class__` `this`: the Python function a lookup
/// found before after `this` in `start`'s MRO. `start`'s version covers
/// every namespace of its MRO and the MRO itself, and `this` is compared
/// by address (it is in that MRO, so alive while the version holds).
pub fn find_super(vm: &Vm, site: &AttrSite, start: &PyType, this: &PyType) -> Option<Value> {
    find_super_at(vm, site, start.version.get(), this)
}

/// `find_super` given `start`'s version.
#[inline]
pub fn find_super_at(vm: &Vm, site: &AttrSite, version: u64, this: &PyType) -> Option<Value> {
    let this = this as *const PyType as usize;
    if site.cache.is_megamorphic() {
        return match vm.megacache.find(version, SUPER_RECEIVER, &site.name, LOAD) {
            Some(Action::SuperMethod { this: t, f }) if t == this => Some(f),
            _ => None,
        };
    }
    // The entry list in place: only the function is cloned.
    site.cache.entries.borrow().iter().find_map(|e| match &e.action {
        Action::SuperMethod { this: t, f } if e.version == version && e.shape == SUPER_RECEIVER && *t == this => Some(f.clone()),
        _ => None,
    })
}

/// Learns what `find_super` answers: `f` found after `this` in `start`'s MRO.
pub fn learn_super(vm: &mut Vm, site: &AttrSite, start: &Rc<PyType>, this: &PyType, f: Value) {
    let action = Action::SuperMethod { this: this as *const PyType as usize, f };
    site.learn(vm, Rc::as_ptr(start) as usize, start.version.get(), SUPER_RECEIVER, LOAD, action);
}

/// A cached load of `name` on the class `t` itself (a Python class, whose
/// metatype `type` nsvm keeps immutable), keyed by the class's version:
/// a value from its MRO that is no instance (a function, a number, a
/// string...) is what `type_getattr` answers as it is (`ClassValue`), a
/// `staticmethod` its function (`ClassValue`), a `classmethod` its
/// function bound to the class (`ClassMethod`). Other descriptor objects,
/// names the MRO lacks (which `type`'s own attributes may answer) and
/// built-in classes take the generic path (`Generic`).
fn find_class(vm: &Vm, site: &AttrSite, t: &PyType) -> Option<Action> {
    site.find(vm, t.version.get(), CLASS_RECEIVER, LOAD)
}

/// What a load of the site's name on the class `t` does, learnt after the
/// generic path answered (see `find_class`).
fn learn_class(vm: &mut Vm, site: &AttrSite, t: &Rc<PyType>, version: u64) {
    if t.version.get() != version {
        return;
    }
    let action = match t.lookup(&site.name) {
        _ if t.is_builtin => Action::Generic,
        Some(Value::Instance(d)) => match (d.class().kind, d.class().is_builtin, d.native()) {
            (TypeKind::StaticMethod, true, Some(Native::StaticMethod(f))) => Action::ClassValue(f.clone()),
            (TypeKind::ClassMethod, true, Some(Native::ClassMethod(f))) => Action::ClassMethod(f.clone()),
            _ => Action::Generic,
        },
        Some(v) => Action::ClassValue(v),
        None => Action::Generic,
    };
    site.learn(vm, Rc::as_ptr(t) as usize, version, CLASS_RECEIVER, LOAD, action);
}

/// `LoadAttr` on a class receiver.
fn class_load(vm: &mut Vm, site: &AttrSite, obj: &Value, t: &Rc<PyType>) -> PyResult<Value> {
    let found = find_class(vm, site, t);
    if vm.stats.on && matches!(found, Some(Action::ClassValue(_) | Action::ClassMethod(_))) {
        vm.stats.load_hits += 1;
    }
    match found {
        Some(Action::ClassValue(v)) => Ok(v),
        Some(Action::ClassMethod(f)) => Ok(attr::bind(f, obj.clone())),
        Some(_) => attr::get_attr(vm, obj, &site.name),
        None => {
            vm.stats.load_misses += 1;
            let version = t.version.get();
            let v = attr::get_attr(vm, obj, &site.name)?;
            learn_class(vm, site, t, version);
            Ok(v)
        }
    }
}

/// `LoadMethod` on a class receiver: pushes `attr NULL`, or a class
/// method's function and the class (no bound method made).
fn class_load_method(vm: &mut Vm, site: &AttrSite, obj: Value, t: &Rc<PyType>) -> PyResult<()> {
    let (v, this) = match find_class(vm, site, t) {
        Some(Action::ClassValue(v)) => (v, Value::Unbound),
        Some(Action::ClassMethod(f)) => (f, obj),
        Some(_) => return attr::load_method(vm, obj, &site.name),
        None => {
            vm.stats.method_misses += 1;
            let version = t.version.get();
            let t = t.clone();
            attr::load_method(vm, obj, &site.name)?;
            learn_class(vm, site, &t, version);
            return Ok(());
        }
    };
    vm.stats.count_method_hit();
    vm.stack.push(v);
    vm.stack.push(this);
    Ok(())
}

/// The cache key of an instance: its class's version and its shape.
#[inline]
fn key(inst: &PyInstance) -> (u64, ShapeId) {
    inst.key()
}

/// What a load of `name` on `inst` does now, as a cache entry, when one
/// can say it; `None` leaves the site to the generic path for this key.
fn analyse_load(vm: &mut Vm, inst: &PyInstance, name: &Rc<PyStr>) -> Option<(u64, ShapeId, Action)> {
    let cls = inst.class();
    if cls.is_builtin || inst.native().is_some() || cls.hooks() & HOOK_GETATTRIBUTE != 0 || matches!(name.as_str(), "__class__" | "__dict__") {
        return None;
    }
    let (version, shape) = key(inst);
    let nondata = match vm.lookup_cache.lookup(&cls, name) {
        None => None,
        Some(Value::Instance(d)) => {
            let dc = d.class();
            if !dc.is_builtin {
                return None;
            }
            let action = match (dc.kind, d.native()) {
                // A getter that raises AttributeError falls back to
                // `__getattr__`, which only the generic path does.
                (TypeKind::Property, Some(Native::Property(p))) if !matches!(p.fget, Value::None) && cls.hooks() & HOOK_GETATTR == 0 => {
                    Action::Property(p.fget.clone())
                }
                (TypeKind::MemberDescriptor, Some(Native::Member(m))) => Action::Member(u32::try_from(m.index).ok()?),
                // Non-data descriptors: the instance's own attribute wins.
                (TypeKind::StaticMethod, Some(Native::StaticMethod(f))) => return nondata_or_slot(inst, name, version, shape, Action::ClassValue(f.clone())),
                (TypeKind::ClassMethod, Some(Native::ClassMethod(f))) => return nondata_or_slot(inst, name, version, shape, Action::ClassMethod(f.clone())),
                _ => return None,
            };
            return Some((version, shape, action));
        }
        Some(f @ Value::Function(_)) => Some(Action::Method(f)),
        Some(Value::Builtin(_)) => return None,
        Some(v) => Some(Action::ClassValue(v)),
    };
    match nondata {
        Some(a) => nondata_or_slot(inst, name, version, shape, a),
        None => own_slot(inst, name, version, shape),
    }
}

/// A class attribute that is no data descriptor: the instance's own
/// attribute when it has one, else `action`.
fn nondata_or_slot(inst: &PyInstance, name: &Rc<PyStr>, version: u64, shape: ShapeId, action: Action) -> Option<(u64, ShapeId, Action)> {
    if shape == DICT_MODE && inst.dict_index_of(name).is_none() && inst.has_instance_keys() {
        return None;
    }
    own_slot(inst, name, version, shape).or(Some((version, shape, action)))
}

/// The instance's own attribute `name`, as a slot or a dictionary hint.
fn own_slot(inst: &PyInstance, name: &Rc<PyStr>, version: u64, shape: ShapeId) -> Option<(u64, ShapeId, Action)> {
    if shape != DICT_MODE {
        if let Some(i) = inst.shape_index_of(name) {
            return Some((version, shape, Action::Slot(i)));
        }
    } else if let Some(i) = inst.dict_index_of(name) {
        return Some((version, shape, Action::Hint(i)));
    }
    None
}

/// Whether a class-attribute entry still holds for this instance: the
/// shape proved the name absent when the entry was learnt; in dictionary
/// mode the dict is probed.
#[inline]
fn lacks(inst: &PyInstance, shape: ShapeId, name: &PyStr) -> bool {
    shape != DICT_MODE || inst.surely_lacks(name)
}

/// `LoadAttr`'s monomorphic fast path: the instance's own attribute when
/// its key is the site's `FastSlot`, read in place (`Value::Unbound`
/// otherwise, and the caller takes `load_attr`).
#[inline(always)]
pub fn load_slot(site: &AttrSite, obj: &Value) -> Value {
    let Value::Instance(inst) = obj else { return Value::Unbound };
    let f = site.cache.fast();
    inst.value_if(f.version, f.shape, f.index, &site.name)
}

/// `LoadMethod`'s monomorphic fast path: the Python function of the
/// site's latest `Method` entry when the instance has its exact key (the
/// function is then what the class gives and the instance lacks the
/// name); `None` otherwise, and the caller takes `load_method`.
#[inline(always)]
pub fn method_slot(site: &AttrSite, obj: &Value) -> Option<Value> {
    let Value::Instance(inst) = obj else { return builtin_method_slot(site, obj) };
    // SAFETY: `try_borrow_unguarded` fails while the cell is mutably
    // borrowed (only `AttrCache::learn` does, and it runs no code while it
    // holds the borrow), and the reference does not outlive this function,
    // in which nothing can learn: reading the instance's key and cloning a
    // function (a count increment) run no Python code.
    let m = unsafe { site.cache.fast_method.try_borrow_unguarded() }.ok()?.as_ref()?;
    inst.has_key(m.version, m.shape).then(|| m.f.clone())
}

/// The receivers whose type a value's variant fixes (`Vm::type_of`) and
/// is a built-in type, numbered for `AttrCache::builtin_method` (0: any
/// other). Built-in types are immutable (`set_attr` refuses them), so what
/// a lookup on one found stays found.
#[inline]
fn builtin_receiver(v: &Value) -> u8 {
    match v {
        Value::Bool(_) => 1,
        Value::Int(_) | Value::BigInt(_) => 2,
        Value::Float(_) => 3,
        Value::Str(_) => 4,
        Value::List(_) => 5,
        Value::Tuple(_) => 6,
        Value::Dict(_) => 7,
        Value::Set(_) => 8,
        Value::FrozenSet(_) => 9,
        Value::Range(_) => 10,
        Value::Generator(_) => 11,
        _ => 0,
    }
}

/// `LoadMethod`'s fast path for a receiver of a built-in type: the
/// built-in method the site found before on the same type. (Out of line:
/// inlined, it made the instance path's frame larger.)
#[inline(never)]
fn builtin_method_slot(site: &AttrSite, obj: &Value) -> Option<Value> {
    let tag = builtin_receiver(obj);
    // SAFETY: as in `method_slot`: only `builtin_method_miss` borrows the
    // cell mutably, and it runs no code meanwhile; the reference does not
    // outlive this function, which only clones a value.
    let (t, f) = unsafe { site.cache.builtin_method.try_borrow_unguarded() }.ok()?.as_ref()?;
    (*t == tag && tag != 0).then(|| f.clone())
}

/// `LoadMethod` on a receiver that is no instance or class: the generic
/// path, then, for a receiver of a built-in type that gave a built-in
/// method, learnt for `builtin_method_slot`.
#[inline(never)]
fn builtin_method_miss(vm: &mut Vm, site: &AttrSite, obj: Value) -> PyResult<()> {
    let tag = builtin_receiver(&obj);
    attr::load_method(vm, obj, &site.name)?;
    if tag != 0 {
        if let [.., f @ Value::Builtin(_), this] = &vm.stack[..] {
            if !this.is_unbound() {
                let new = Some((tag, f.clone()));
                let old = std::mem::replace(&mut *site.cache.builtin_method.borrow_mut(), new);
                drop(old);
            }
        }
    }
    Ok(())
}

/// `StoreAttr`'s monomorphic fast path: replaces the instance's own
/// attribute when its key is the site's `FastSlot`, returning the old value
/// (to drop); hands `v` back otherwise.
#[inline(always)]
pub fn store_slot(site: &AttrSite, obj: &Value, v: Value) -> Result<Packed, Value> {
    let Value::Instance(inst) = obj else { return Err(v) };
    let f = site.cache.fast();
    inst.replace_value_if(f.version, f.shape, f.index, v)
}

/// The polymorphic fast path's slot entry for this key, if any.
#[inline]
fn poly_slot(site: &AttrSite, version: u64, shape: ShapeId) -> Option<FastSlot> {
    site.cache.with_poly(|p| p.slots.iter().find(|f| f.version == version && f.shape == shape).copied())
}

/// The polymorphic fast path's method for this key, if any.
#[inline]
fn poly_method(site: &AttrSite, version: u64, shape: ShapeId) -> Option<Value> {
    site.cache.with_poly(|p| p.methods.iter().flatten().find(|m| m.version == version && m.shape == shape).map(|m| m.f.clone()))
}

/// `LoadAttr`'s polymorphic and megamorphic fast path (out of the loop,
/// before `load_attr`): the instance's own attribute (or `__slots__`
/// member) when its key is one of the site's `Poly` slots, or at a
/// megamorphic site has a slot entry in the shared cache
/// (`Value::Unbound` otherwise).
#[inline]
pub fn load_poly(mega: &MegaCache, site: &AttrSite, obj: &Value) -> Value {
    let Value::Instance(inst) = obj else { return Value::Unbound };
    let Some((version, shape)) = inst.try_key() else { return Value::Unbound };
    match poly_slot(site, version, shape) {
        Some(f) => inst.value_if(f.version, f.shape, f.index, &site.name),
        // A megamorphic site has no `Poly` (tested second: a polymorphic
        // hit pays nothing for it).
        None if site.cache.is_megamorphic() => load_mega(mega, site, inst, version, shape),
        None => Value::Unbound,
    }
}

/// `load_poly` at a megamorphic site, from the shared cache's entry (a
/// `Slot`, `Hint` or `Member`).
#[inline(never)]
fn load_mega(mega: &MegaCache, site: &AttrSite, inst: &PyInstance, version: u64, shape: ShapeId) -> Value {
    match mega.entry(version, shape, &site.name, LOAD).and_then(|a| fast_slot(version, shape, a)) {
        Some(f) => inst.value_if(f.version, f.shape, f.index, &site.name),
        None => Value::Unbound,
    }
}

/// `StoreAttr`'s polymorphic and megamorphic fast path (see
/// `load_poly`): a store to an existing attribute, returning the old value
/// (to drop), or one that adds the attribute (`None`); hands `v` back
/// otherwise.
#[inline]
pub fn store_poly(mega: &MegaCache, site: &AttrSite, obj: &Value, v: Value) -> Result<Option<Packed>, Value> {
    let Value::Instance(inst) = obj else { return Err(v) };
    let Some((version, shape)) = inst.try_key() else { return Err(v) };
    if let Some(f) = poly_slot(site, version, shape) {
        return inst.replace_value_if(f.version, f.shape, f.index, v).map(Some);
    }
    let add = site.cache.with_poly(|p| p.adds.iter().find(|a| a.version == version && a.from == shape).copied());
    match add {
        Some(a) => inst.push_value(a.from, a.to, v).map(|()| None),
        None if site.cache.is_megamorphic() => store_mega(mega, site, inst, version, shape, v),
        None => Err(v),
    }
}

/// `store_poly` at a megamorphic site, from the shared cache's entry.
#[inline(never)]
fn store_mega(mega: &MegaCache, site: &AttrSite, inst: &PyInstance, version: u64, shape: ShapeId, v: Value) -> Result<Option<Packed>, Value> {
    let Some(action) = mega.entry(version, shape, &site.name, STORE) else { return Err(v) };
    if let Some(f) = fast_slot(version, shape, action) {
        return inst.replace_value_if(f.version, f.shape, f.index, v).map(Some);
    }
    match fast_add(version, shape, action) {
        Some(a) => inst.push_value(a.from, a.to, v).map(|()| None),
        None => Err(v),
    }
}

/// `LoadMethod`'s polymorphic and megamorphic fast path (see `load_poly`
/// and `method_slot`): at a megamorphic site, the shared cache's `Method`
/// entry for a shaped instance (whose shape proves it lacks the name).
#[inline]
pub fn method_poly(mega: &MegaCache, site: &AttrSite, obj: &Value) -> Option<Value> {
    let Value::Instance(inst) = obj else { return None };
    let (version, shape) = inst.try_key()?;
    match poly_method(site, version, shape) {
        None if site.cache.is_megamorphic() => method_mega(mega, site, version, shape),
        m => m,
    }
}

/// `method_poly` at a megamorphic site.
#[inline(never)]
fn method_mega(mega: &MegaCache, site: &AttrSite, version: u64, shape: ShapeId) -> Option<Value> {
    fast_method(version, shape, mega.entry(version, shape, &site.name, LOAD)?).map(|m| m.f)
}

/// `LoadAttr` through the site's cache.
#[inline]
pub fn load_attr(vm: &mut Vm, site: &AttrSite, obj: &Value) -> PyResult<Value> {
    if let Value::Instance(inst) = obj {
        let (version, shape) = key(inst);
        if let Some(a) = site.find(vm, version, shape, LOAD) {
            let hit = match a {
                Action::Slot(i) => inst.value_at(i).map(Ok),
                Action::Hint(i) => inst.dict_value_at(i, &site.name).map(Ok),
                Action::ClassValue(v) => lacks(inst, shape, &site.name).then_some(Ok(v)),
                Action::Method(f) => lacks(inst, shape, &site.name).then(|| Ok(attr::bind(f, obj.clone()))),
                Action::Property(g) => Some(vm.call(&g, std::slice::from_ref(obj), &[])),
                Action::Member(i) => inst.slot_get(i as usize).map(Ok),
                Action::ClassMethod(f) => lacks(inst, shape, &site.name).then(|| Ok(attr::bind(f, Value::Type(inst.class())))),
                Action::Generic => return attr::get_attr(vm, obj, &site.name),
                Action::StoreSlot(_) | Action::StoreAdd(_) | Action::StoreMember(_) | Action::PropertySet(_) | Action::SuperMethod { .. } => None,
            };
            if let Some(r) = hit {
                vm.stats.count_load_hit();
                return r;
            }
        }
        return load_miss(vm, site, obj, inst);
    }
    if let Value::Type(t) = obj {
        return class_load(vm, site, obj, t);
    }
    if let Value::Module(m) = obj {
        if let Some(v) = module_attr(site, m) {
            vm.stats.count_load_hit();
            return Ok(v);
        }
        let v = attr::get_attr(vm, obj, &site.name)?;
        module_learn(site, m);
        return Ok(v);
    }
    attr::get_attr(vm, obj, &site.name)
}

/// `module.name` through the site's hint (`AttrCache::module_hint`): the
/// value of the module dict's entry at the hinted index when its key is
/// the name. A module's attribute is its dict's entry when there is one
/// (`attr::get_attr`), and no other key equal to the name can sit beside
/// that string key, so a hint that holds is the lookup's answer.
#[inline]
fn module_attr(site: &AttrSite, m: &crate::objects::PyModule) -> Option<Value> {
    let i = site.cache.module_hint.get();
    m.dict.data.try_borrow().ok()?.value_at_if_name(i as usize, &site.name)
}

/// Learns the hint `module_attr` reads, after the generic path answered
/// (not for a dict with keys that may equal a name without being one).
fn module_learn(site: &AttrSite, m: &crate::objects::PyModule) {
    if let Ok(d) = m.dict.data.try_borrow() {
        if !d.has_instance_keys() {
            if let Some(i) = d.index_of_name(&site.name).and_then(|i| u32::try_from(i).ok()) {
                site.cache.module_hint.set(i);
            }
        }
    }
}

#[inline(never)]
fn load_miss(vm: &mut Vm, site: &AttrSite, obj: &Value, inst: &Rc<PyInstance>) -> PyResult<Value> {
    vm.stats.load_misses += 1;
    let v = attr::get_attr(vm, obj, &site.name)?;
    learn_load(vm, site, inst, |_| true);
    Ok(v)
}

/// `LoadMethod` through the site's cache: pushes `meth self` for a Python
/// function on the class that the instance does not shadow, else `attr NULL`.
#[inline]
pub fn load_method(vm: &mut Vm, site: &AttrSite, obj: Value) -> PyResult<()> {
    let inst = match &obj {
        Value::Instance(inst) => inst,
        Value::Type(t) => {
            let t = t.clone();
            return class_load_method(vm, site, obj, &t);
        }
        Value::Module(m) => {
            if let Some(v) = module_attr(site, m) {
                vm.stats.count_method_hit();
                vm.stack.push(v);
                vm.stack.push(Value::Unbound);
                return Ok(());
            }
            let m = m.clone();
            attr::load_method(vm, obj, &site.name)?;
            module_learn(site, &m);
            return Ok(());
        }
        _ => {
            if let Some(f) = builtin_method_slot(site, &obj) {
                vm.stats.count_method_hit();
                vm.stack.push(f);
                vm.stack.push(obj);
                return Ok(());
            }
            return builtin_method_miss(vm, site, obj);
        }
    };
    let (version, shape) = key(inst);
    if let Some(a) = site.find(vm, version, shape, LOAD) {
        let hit = match a {
            Action::Method(f) if lacks(inst, shape, &site.name) => Some((f, obj.clone())),
            Action::Slot(i) => inst.value_at(i).map(|v| (v, Value::Unbound)),
            Action::Hint(i) => inst.dict_value_at(i, &site.name).map(|v| (v, Value::Unbound)),
            Action::ClassValue(v) if lacks(inst, shape, &site.name) => Some((v, Value::Unbound)),
            Action::ClassMethod(f) if lacks(inst, shape, &site.name) => Some((f, Value::Type(inst.class()))),
            Action::Generic => return attr::load_method(vm, obj, &site.name),
            _ => None,
        };
        if let Some((v, this)) = hit {
            vm.stats.count_method_hit();
            vm.stack.push(v);
            vm.stack.push(this);
            return Ok(());
        }
    }
    method_miss(vm, site, obj)
}

#[inline(never)]
fn method_miss(vm: &mut Vm, site: &AttrSite, obj: Value) -> PyResult<()> {
    vm.stats.method_misses += 1;
    let Value::Instance(inst) = &obj else { return attr::load_method(vm, obj, &site.name) };
    let inst = inst.clone();
    attr::load_method(vm, obj, &site.name)?;
    learn_load(vm, site, &inst, |a| !matches!(a, Action::Property(_) | Action::Member(_)));
    Ok(())
}

/// Learns what a load of the site's name on `inst` does (after the generic
/// path answered): the analysed action when `usable` takes it, else
/// `Generic`, so the next miss on this key is not analysed again. Nothing
/// when the instance changed class version meanwhile.
fn learn_load(vm: &mut Vm, site: &AttrSite, inst: &PyInstance, usable: impl Fn(&Action) -> bool) {
    let (version, shape) = key(inst);
    let action = match analyse_load(vm, inst, &site.name) {
        Some((v, s, a)) if v == version && s == shape && usable(&a) => a,
        _ => Action::Generic,
    };
    site.learn(vm, class_addr(inst), version, shape, LOAD, action);
}

/// `StoreAttr` through the site's cache.
#[inline]
pub fn store_attr(vm: &mut Vm, site: &AttrSite, obj: &Value, v: Value) -> PyResult<()> {
    let Value::Instance(inst) = obj else {
        return attr::set_attr(vm, obj, &site.name, v);
    };
    let (version, shape) = key(inst);
    let v = match site.find(vm, version, shape, STORE) {
        Some(Action::StoreSlot(i)) => match inst.replace_value_at(i, v) {
            Ok(old) => {
                drop(old);
                vm.stats.count_store_hit();
                return Ok(());
            }
            Err(v) => v,
        },
        Some(Action::StoreAdd(to)) => match inst.push_value(shape, to, v) {
            Ok(()) => {
                vm.stats.count_store_hit();
                return Ok(());
            }
            Err(v) => v,
        },
        Some(Action::StoreMember(i)) => match inst.slot_set(i as usize, v) {
            Ok(()) => {
                vm.stats.count_store_hit();
                return Ok(());
            }
            Err(v) => v,
        },
        Some(Action::PropertySet(fset)) => {
            vm.stats.count_store_hit();
            return vm.call(&fset, &[obj.clone(), v], &[]).map(drop);
        }
        Some(Action::Generic) => return attr::set_attr(vm, obj, &site.name, v),
        _ => v,
    };
    store_miss(vm, site, obj, inst, v)
}

#[inline(never)]
fn store_miss(vm: &mut Vm, site: &AttrSite, obj: &Value, inst: &Rc<PyInstance>, v: Value) -> PyResult<()> {
    vm.stats.store_misses += 1;
    let name = &site.name;
    let (version, shape) = key(inst);
    let plan = analyse_store(vm, inst, name);
    attr::set_attr(vm, obj, name, v)?;
    // A setter may have changed the class: learn nothing then.
    if key(inst).0 != version {
        return Ok(());
    }
    let action = match plan {
        StorePlan::Generic => Action::Generic,
        StorePlan::Setter(fset) => Action::PropertySet(fset),
        StorePlan::Existing(i) => Action::StoreSlot(i),
        StorePlan::Member(i) => Action::StoreMember(i),
        StorePlan::Add => {
            let to = inst.class().shapes.borrow().follow(shape, &crate::objects::instance::NameRef(name));
            match to {
                Some(to) if inst.shape() == to => Action::StoreAdd(to),
                _ => return Ok(()),
            }
        }
    };
    site.learn(vm, class_addr(inst), version, shape, STORE, action);
    Ok(())
}

/// What a store will do, read before it runs.
enum StorePlan {
    /// A plain write to the existing attribute at this index of the shape.
    Existing(u32),
    /// A plain write that adds the attribute (a shape transition).
    Add,
    /// A call of a `property`'s setter.
    Setter(Value),
    /// A write to `__slots__` member `i` (its descriptor's `__set__`).
    Member(u32),
    /// Anything else: the generic path.
    Generic,
}

/// What a store of `name` on `inst` will do, read before it.
fn analyse_store(vm: &mut Vm, inst: &PyInstance, name: &Rc<PyStr>) -> StorePlan {
    let cls = inst.class();
    if cls.is_builtin || inst.native().is_some() || inst.exc().is_some() || cls.hooks() & HOOK_SETATTR != 0 || matches!(name.as_str(), "__class__" | "__dict__")
    {
        return StorePlan::Generic;
    }
    // A built-in `property` with a setter: the setter runs, whatever the
    // instance holds. (A property's functions are fixed at its creation;
    // the class's version covers replacing it.) Any other instance as a
    // class attribute may be (or become) a data descriptor. Functions and
    // plain values never are descriptors for stores.
    if let Some(Value::Instance(d)) = vm.lookup_cache.lookup(&cls, name) {
        let dc = d.class();
        return match (dc.is_builtin, dc.kind, d.native()) {
            (true, TypeKind::Property, Some(Native::Property(p))) if !matches!(p.fset, Value::None) => StorePlan::Setter(p.fset.clone()),
            (true, TypeKind::MemberDescriptor, Some(Native::Member(m))) => match u32::try_from(m.index) {
                Ok(i) => StorePlan::Member(i),
                Err(_) => StorePlan::Generic,
            },
            _ => StorePlan::Generic,
        };
    }
    if !cls.instances_have_dict() || inst.shape() == DICT_MODE {
        return StorePlan::Generic;
    }
    match inst.shape_index_of(name) {
        Some(i) => StorePlan::Existing(i),
        None => StorePlan::Add,
    }
}

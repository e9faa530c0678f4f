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
//!   the class, data descriptors that win over the instance;
//! - `StoreSlot(i)`, `StoreAdd(to)`: a store to an existing attribute, or
//!   one that adds an attribute and moves the shape to `to`.
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
use crate::objects::instance::DICT_MODE;
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

/// A copy of the site's latest `Slot` (load sites) or `StoreSlot` (store
/// sites) entry, read on a hit without borrowing the entry list or
/// cloning an action: the monomorphic fast path. Version 0 is never a
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

/// One site's cache (see the module docs).
#[derive(Default)]
pub struct AttrCache {
    fast: Cell<FastSlot>,
    entries: RefCell<Vec<Entry>>,
    mega: Cell<bool>,
}

impl AttrCache {
    #[inline]
    fn find(&self, version: u64, shape: ShapeId) -> Option<Action> {
        self.entries.borrow().iter().find(|e| e.version == version && e.shape == shape).map(|e| e.action.clone())
    }

    fn learn(&self, vm: &mut Vm, class: usize, version: u64, shape: ShapeId, action: Action) {
        if self.mega.get() {
            return;
        }
        if let Action::Slot(index) | Action::StoreSlot(index) = action {
            self.fast.set(FastSlot { version, shape, index });
        }
        let mut es = self.entries.borrow_mut();
        let new = Entry { class, version, shape, action };
        if let Some(e) = es.iter_mut().find(|e| e.class == class && e.shape == shape) {
            *e = new;
            return;
        }
        if es.len() >= POLY {
            es.clear();
            es.shrink_to_fit();
            self.mega.set(true);
            vm.stats.megamorphic_sites += 1;
            return;
        }
        es.push(new);
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
    match site.find(vm, start.version.get(), SUPER_RECEIVER, LOAD) {
        Some(Action::SuperMethod { this: t, f }) if t == this as *const PyType as usize => Some(f),
        _ => None,
    }
}

/// Learns what `find_super` answers: `f` found after `this` in `start`'s MRO.
pub fn learn_super(vm: &mut Vm, site: &AttrSite, start: &Rc<PyType>, this: &PyType, f: Value) {
    let action = Action::SuperMethod { this: this as *const PyType as usize, f };
    site.learn(vm, Rc::as_ptr(start) as usize, start.version.get(), SUPER_RECEIVER, LOAD, action);
}

/// A cached load of `name` on the class `t` itself (a Python class, whose
/// metatype `type` nsvm keeps immutable): a value from its MRO that is no
/// instance (a function, a number, a string...) is what `type_getattr`
/// answers as it is, so while the class keeps its version, so does the
/// answer. Descriptor objects, `__dunder__` names (which `type`'s own
/// attributes may answer) and built-in classes stay uncached.
fn find_class_value(vm: &Vm, site: &AttrSite, t: &PyType) -> Option<Value> {
    match site.find(vm, t.version.get(), CLASS_RECEIVER, LOAD) {
        Some(Action::ClassValue(v)) => Some(v),
        _ => None,
    }
}

#[inline(never)]
fn class_load_miss(vm: &mut Vm, site: &AttrSite, obj: &Value, t: &Rc<PyType>) -> PyResult<Value> {
    vm.stats.load_misses += 1;
    let v = attr::get_attr(vm, obj, &site.name)?;
    let name = site.name.as_str();
    let dunder = name.starts_with("__") && name.ends_with("__");
    if !t.is_builtin && !dunder {
        let version = t.version.get();
        if let Some(found) = t.lookup(&site.name) {
            if !matches!(found, Value::Instance(_)) {
                site.learn(vm, Rc::as_ptr(t) as usize, version, CLASS_RECEIVER, LOAD, Action::ClassValue(found));
            }
        }
    }
    Ok(v)
}

/// The cache key of an instance: its class's version and its shape.
#[inline]
fn key(inst: &PyInstance) -> (u64, ShapeId) {
    (inst.class.borrow().version.get(), inst.shape())
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
                (TypeKind::MemberDescriptor, Some(Native::Member(m))) => Action::Member(m.index as u32),
                _ => return None,
            };
            return Some((version, shape, action));
        }
        Some(f @ Value::Function(_)) => Some(Action::Method(f)),
        Some(Value::Builtin(_)) => return None,
        Some(v) => Some(Action::ClassValue(v)),
    };
    if shape != DICT_MODE {
        if let Some(i) = inst.shape_index_of(name) {
            return Some((version, shape, Action::Slot(i)));
        }
    } else {
        if let Some(i) = inst.dict_index_of(name) {
            return Some((version, shape, Action::Hint(i)));
        }
        if inst.has_instance_keys() {
            return None;
        }
    }
    nondata.map(|a| (version, shape, a))
}

/// Whether a class-attribute entry still holds for this instance: the
/// shape proved the name absent when the entry was learnt; in dictionary
/// mode the dict is probed.
#[inline]
fn lacks(inst: &PyInstance, shape: ShapeId, name: &PyStr) -> bool {
    shape != DICT_MODE || inst.surely_lacks(name)
}

/// `LoadAttr`'s monomorphic fast path: the instance's own attribute when
/// its key is the site's `FastSlot`, read in place (`None` otherwise, and
/// the caller takes `load_attr`).
#[inline(always)]
pub fn load_slot(site: &AttrSite, obj: &Value) -> Option<Value> {
    let Value::Instance(inst) = obj else { return None };
    let f = site.cache.fast();
    inst.value_if(f.version, f.shape, f.index)
}

/// `StoreAttr`'s monomorphic fast path: replaces the instance's own
/// attribute when its key is the site's `FastSlot`, returning the old value
/// (to drop); hands `v` back otherwise.
#[inline(always)]
pub fn store_slot(site: &AttrSite, obj: &Value, v: Value) -> Result<Value, Value> {
    let Value::Instance(inst) = obj else { return Err(v) };
    let f = site.cache.fast();
    inst.replace_value_if(f.version, f.shape, f.index, v)
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
                Action::Member(i) => inst.slot_values.borrow().get(i as usize).filter(|v| !v.is_unbound()).cloned().map(Ok),
                Action::StoreSlot(_) | Action::StoreAdd(_) | Action::SuperMethod { .. } => None,
            };
            if let Some(r) = hit {
                if vm.stats.on {
                    vm.stats.load_hits += 1;
                }
                return r;
            }
        }
        return load_miss(vm, site, obj, inst);
    }
    if let Value::Type(t) = obj {
        if let Some(v) = find_class_value(vm, site, t) {
            if vm.stats.on {
                vm.stats.load_hits += 1;
            }
            return Ok(v);
        }
        return class_load_miss(vm, site, obj, t);
    }
    attr::get_attr(vm, obj, &site.name)
}

#[inline(never)]
fn load_miss(vm: &mut Vm, site: &AttrSite, obj: &Value, inst: &Rc<PyInstance>) -> PyResult<Value> {
    vm.stats.load_misses += 1;
    let v = attr::get_attr(vm, obj, &site.name)?;
    if let Some((version, shape, action)) = analyse_load(vm, inst, &site.name) {
        site.learn(vm, class_addr(inst), version, shape, LOAD, action);
    }
    Ok(v)
}

/// `LoadMethod` through the site's cache: pushes `meth self` for a Python
/// function on the class that the instance does not shadow, else `attr NULL`.
#[inline]
pub fn load_method(vm: &mut Vm, site: &AttrSite, obj: Value) -> PyResult<()> {
    let inst = match &obj {
        Value::Instance(inst) => inst,
        Value::Type(t) => {
            let v = match find_class_value(vm, site, t) {
                Some(v) => {
                    if vm.stats.on {
                        vm.stats.method_hits += 1;
                    }
                    v
                }
                None => class_load_miss(vm, site, &obj, t)?,
            };
            vm.stack.push(v);
            vm.stack.push(Value::Unbound);
            return Ok(());
        }
        _ => return attr::load_method(vm, obj, &site.name),
    };
    let (version, shape) = key(inst);
    if let Some(a) = site.find(vm, version, shape, LOAD) {
        let hit = match a {
            Action::Method(f) if lacks(inst, shape, &site.name) => Some((f, true)),
            Action::Slot(i) => inst.value_at(i).map(|v| (v, false)),
            Action::Hint(i) => inst.dict_value_at(i, &site.name).map(|v| (v, false)),
            Action::ClassValue(v) if lacks(inst, shape, &site.name) => Some((v, false)),
            _ => None,
        };
        if let Some((v, is_method)) = hit {
            if vm.stats.on {
                vm.stats.method_hits += 1;
            }
            vm.stack.push(v);
            vm.stack.push(if is_method { obj } else { Value::Unbound });
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
    if let Some((version, shape, action)) = analyse_load(vm, &inst, &site.name) {
        if !matches!(action, Action::Property(_) | Action::Member(_)) {
            site.learn(vm, class_addr(&inst), version, shape, LOAD, action);
        }
    }
    Ok(())
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
                if vm.stats.on {
                    vm.stats.store_hits += 1;
                }
                return Ok(());
            }
            Err(v) => v,
        },
        Some(Action::StoreAdd(to)) => match inst.push_value(shape, to, v) {
            Ok(()) => {
                if vm.stats.on {
                    vm.stats.store_hits += 1;
                }
                return Ok(());
            }
            Err(v) => v,
        },
        _ => v,
    };
    store_miss(vm, site, obj, inst, v)
}

#[inline(never)]
fn store_miss(vm: &mut Vm, site: &AttrSite, obj: &Value, inst: &Rc<PyInstance>, v: Value) -> PyResult<()> {
    vm.stats.store_misses += 1;
    let name = &site.name;
    let plan = analyse_store(vm, inst, name);
    attr::set_attr(vm, obj, name, v)?;
    let Some((version, shape, existing)) = plan else { return Ok(()) };
    // The store ran no code (no descriptor, no `__setattr__`), so the
    // instance is where the plan said, unless it went to dictionary mode.
    if key(inst).0 != version {
        return Ok(());
    }
    let action = match existing {
        Some(i) => Action::StoreSlot(i),
        None => {
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

/// What a store of `name` on `inst` will do, read before it: (version,
/// shape, index of the existing attribute), when the store is a plain
/// write into the shaped namespace.
fn analyse_store(vm: &mut Vm, inst: &PyInstance, name: &Rc<PyStr>) -> Option<(u64, ShapeId, Option<u32>)> {
    let cls = inst.class();
    if cls.is_builtin
        || inst.native().is_some()
        || inst.exc.is_some()
        || cls.hooks() & HOOK_SETATTR != 0
        || !cls.instances_have_dict()
        || matches!(name.as_str(), "__class__" | "__dict__")
    {
        return None;
    }
    let (version, shape) = key(inst);
    if shape == DICT_MODE {
        return None;
    }
    // Any instance as a class attribute may be (or become) a data
    // descriptor; functions and plain values never are.
    if let Some(Value::Instance(_)) = vm.lookup_cache.lookup(&cls, name) {
        return None;
    }
    Some((version, shape, inst.shape_index_of(name)))
}

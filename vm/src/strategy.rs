//! The namespace-strategy seam. The evaluation loop is generic over a
//! `Strategy` and calls it for every namespace access: global load, store
//! and delete, attribute load, store and delete, and the method-call pair
//! (`LoadMethod`, then `CallMethod`); everything else about a frame is
//! shared. The strategies are listed once, in `strategy_kinds!` at the end
//! of this file: the CLI, `nsvm diff`, `nsvm bench` and every test harness
//! iterate `StrategyKind::ALL`, and `StrategyKind::with` is the one place a
//! strategy chosen at run time becomes the loop's type parameter.
//!
//! Attributes: today both strategies answer every attribute instruction
//! through `interp::attr`, the same way. Each instruction names its own
//! attribute site (`PyCode::attr_sites`, see `AttrSite`), the per-code side
//! table where `SlotsNs`'s inline caches are to go.
//!
//! `DictNs` is the control of the experiment: CPython <= 3.10 semantics and
//! costs, a real dict per module, frames holding the globals and builtins
//! dicts, each global load a hash lookup in globals and then in builtins,
//! and no caches of any kind.
//!
//! `SlotsNs` stores each module namespace in slots (`proxies::ModuleNs`
//! behind the module's dict, see `objects::dict`). A code object's global
//! names are linked to slot indices of the module it runs in, once per
//! (code, module) and lazily per name, and each link also holds the slot of
//! the same name in the builtins module. A load is then: module slot, else
//! builtins slot, else `NameError`. Slots are append-only, so a global that
//! shadows a builtin, its `del`, and `builtins.NAME = ...` are all seen at
//! once without invalidating anything. Code run against a namespace that is
//! not a module (`exec(code, {})`) has no links and goes by name, as `DictNs`,
//! and so does code whose module namespace has left slots for a hash table
//! (it took a key whose equality runs Python code, see `objects::dict`):
//! every load first checks that the namespace is still in slots.

use crate::inline_cache::MegaCache;
use crate::interp::{attr, ops, Frame, Vm};
use crate::objects::packed::Packed;
use crate::objects::{PyCode, PyDict, PyResult, PyStr, Value};
use proxies::{DictCell, SlotIdx};
use std::cell::Cell;
use std::rc::{Rc, Weak};

pub trait Strategy: 'static + Sized {
    /// The name `-X namespaces=` takes.
    const NAME: &'static str;
    /// What the strategy does, in one line of `nsvm --help`.
    const ABOUT: &'static str;
    /// Whether instances of classes made under this strategy start shaped
    /// (class + shape + inline values) instead of with a dict each.
    const SHAPED_INSTANCES: bool = false;
    /// `LoadGlobal`'s fast path: the value, when it can be read without
    /// linking, raising or running code; else `Value::Unbound` (never a
    /// global's value), and the loop calls `load_global`.
    #[inline(always)]
    fn global_fast(_vm: &mut Vm, _f: &Frame<'_>, _idx: u32) -> Value {
        Value::Unbound
    }
    /// `LoadGlobal`: module namespace, then builtins, else NameError.
    fn load_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value>;
    /// `StoreGlobal`.
    fn store_global(vm: &mut Vm, f: &Frame<'_>, idx: u32, v: Value) -> PyResult<()>;
    /// `DeleteGlobal`: NameError when the name is not bound.
    fn delete_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<()>;

    /// A fresh module namespace (a module's `__dict__`, and the builtins').
    fn new_module_namespace() -> Rc<PyDict>;

    /// `LoadAttr`'s fast path: `obj.name` when it can be read in place
    /// without raising or running code; `Value::Unbound` (never an
    /// attribute's value) sends the loop to `load_attr`.
    #[inline(always)]
    fn load_attr_fast(_site: &AttrSite, _obj: &Value) -> Value {
        Value::Unbound
    }
    /// `StoreAttr`'s fast path: stores in place when it runs no code and
    /// cannot fail, returning the old value (to drop); hands `v` back otherwise
    /// (then the loop calls `store_attr`).
    #[inline(always)]
    fn store_attr_fast(_site: &AttrSite, _obj: &Value, v: Value) -> Result<Packed, Value> {
        Err(v)
    }
    /// The polymorphic and megamorphic fast paths, tried out of the loop
    /// before the general paths (`load_attr`, `store_attr`,
    /// `load_method`), with what the fast paths above return; `mega` is the
    /// VM's shared cache, which a megamorphic site reads.
    #[inline(always)]
    fn load_attr_poly(_mega: &MegaCache, _site: &AttrSite, _obj: &Value) -> Value {
        Value::Unbound
    }
    /// (`Ok(None)`: the store added the attribute, nothing to drop.)
    #[inline(always)]
    fn store_attr_poly(_mega: &MegaCache, _site: &AttrSite, _obj: &Value, v: Value) -> Result<Option<Packed>, Value> {
        Err(v)
    }
    #[inline(always)]
    fn load_method_poly(_mega: &MegaCache, _site: &AttrSite, _obj: &Value) -> Option<Value> {
        None
    }
    /// `LoadMethod`'s fast path: the Python function to call with `obj` as
    /// its first argument, when that is certain without running code
    /// (`None` otherwise, and the loop calls `load_method`).
    #[inline(always)]
    fn load_method_fast(_site: &AttrSite, _obj: &Value) -> Option<Value> {
        None
    }
    /// `LoadAttr`: `obj.name`, where `site` (the running code's entry for
    /// the instruction's attribute site) names `name`.
    #[inline]
    fn load_attr(vm: &mut Vm, _f: &Frame<'_>, site: &AttrSite, obj: &Value) -> PyResult<Value> {
        attr::get_attr(vm, obj, &site.name)
    }
    /// `StoreAttr`: `obj.name = v`.
    #[inline]
    fn store_attr(vm: &mut Vm, _f: &Frame<'_>, site: &AttrSite, obj: &Value, v: Value) -> PyResult<()> {
        attr::set_attr(vm, obj, &site.name, v)
    }
    /// `DeleteAttr`: `del obj.name`.
    #[inline]
    fn delete_attr(vm: &mut Vm, _f: &Frame<'_>, site: &AttrSite, obj: &Value) -> PyResult<()> {
        attr::del_attr(vm, obj, &site.name)
    }
    /// `LoadMethod`, the first of the method-call pair: pushes `meth self`
    /// when `obj.name` is a function found on the type and not shadowed by
    /// the instance (no bound method is made), else `attr NULL`.
    #[inline]
    fn load_method(vm: &mut Vm, _f: &Frame<'_>, site: &AttrSite, obj: Value) -> PyResult<()> {
        attr::load_method(vm, obj, &site.name)
    }
    /// `LoadSuperMethod`: `super().name` as a method-call pair, where
    /// `sup` is what the name `super` gave.
    #[inline]
    fn load_super_method(vm: &mut Vm, f: &Frame<'_>, site: &AttrSite, sup: Value) -> PyResult<(Value, Value)> {
        crate::interp::class::load_super_method(vm, f, sup, site, Self::SHAPED_INSTANCES)
    }
}

/// Counters printed by `-X stats`.
#[derive(Default, Debug, Clone)]
pub struct Stats {
    /// Whether the hot paths count (`-X stats`); the slow paths always do.
    /// Off, a global load costs a predictable branch instead of a
    /// read-modify-write of one counter that every load would chain on.
    pub on: bool,
    /// Global loads answered by the module's slot.
    pub load_module_slot: u64,
    /// Global loads answered by the builtins module's slot.
    pub load_builtins_slot: u64,
    /// Global loads by name (the `dict` strategy, and code run against a
    /// namespace that is not a module under `slots`).
    pub load_by_name: u64,
    /// Link tables made (one per code object and module it runs in).
    pub link_tables: u64,
    /// Names linked to a slot.
    pub names_linked: u64,
    /// Inline-cache hits (counted with `-X stats`) and misses (always) at
    /// attribute load, attribute store and method-load sites.
    pub load_hits: u64,
    pub load_misses: u64,
    pub store_hits: u64,
    pub store_misses: u64,
    pub method_hits: u64,
    pub method_misses: u64,
    /// Attribute sites that saw more than `inline_cache::POLY` keys.
    pub megamorphic_sites: u64,
}

impl Stats {
    /// Counts an attribute-load cache hit (with `-X stats`).
    #[inline(always)]
    pub fn count_load_hit(&mut self) {
        // Counted whether `on` or not (read only when it is): an increment
        // costs the hot path less than the test.
        self.load_hits = self.load_hits.wrapping_add(1);
    }
    /// Counts an attribute-store cache hit (with `-X stats`).
    #[inline(always)]
    pub fn count_store_hit(&mut self) {
        // Counted whether `on` or not (read only when it is): an increment
        // costs the hot path less than the test.
        self.store_hits = self.store_hits.wrapping_add(1);
    }
    /// Counts a method-load cache hit (with `-X stats`).
    #[inline(always)]
    pub fn count_method_hit(&mut self) {
        if self.on {
            self.method_hits += 1;
        }
    }
    pub fn report(&self, strategy: &str) -> String {
        let total = self.load_module_slot + self.load_builtins_slot + self.load_by_name;
        let pct = |n: u64| if total == 0 { 0.0 } else { 100.0 * n as f64 / total as f64 };
        let (shapes, dict_mode) = crate::objects::typ::shape_counts();
        format!(
            "nsvm stats (-X namespaces={strategy})\n\
             global loads:           {total:>14}\n\
             \x20 module slot:          {:>14}  {:5.1}%\n\
             \x20 builtins slot:        {:>14}  {:5.1}%\n\
             \x20 by name:              {:>14}  {:5.1}%\n\
             link tables made:       {:>14}\n\
             names linked:           {:>14}\n\
             attribute loads cached: {:>14} hits {:>14} misses\n\
             attribute stores cached:{:>14} hits {:>14} misses\n\
             method loads cached:    {:>14} hits {:>14} misses\n\
             megamorphic sites:      {:>14}\n\
             shapes created:         {:>14}\n\
             to dictionary mode:     {:>14}\n",
            self.load_module_slot,
            pct(self.load_module_slot),
            self.load_builtins_slot,
            pct(self.load_builtins_slot),
            self.load_by_name,
            pct(self.load_by_name),
            self.link_tables,
            self.names_linked,
            self.load_hits,
            self.load_misses,
            self.store_hits,
            self.store_misses,
            self.method_hits,
            self.method_misses,
            self.megamorphic_sites,
            shapes,
            dict_mode,
        )
    }
}

/// Global and builtins lookup by name, shared by `DictNs` and the fallback
/// of `SlotsNs`: the module namespace, then builtins, each through the dict
/// protocol (`ops::dict_get_name`: names compared alone, and keys that may
/// equal a name asked only when the namespace holds one).
#[inline]
fn load_by_name(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value> {
    vm.stats.load_by_name += 1;
    let name = &f.code.names[idx as usize];
    // Names alone decide both lookups unless a dict holds a key that may
    // equal a name (then the protocol asks it): one borrow each, no host.
    let global = f.globals.dict().get_name_plain(name).map(|v| v.cloned());
    if let Ok(found) = global {
        if let Some(v) = found {
            return Ok(v);
        }
        if let Ok(found) = f.builtins.dict().get_name_plain(name).map(|v| v.cloned()) {
            return found.ok_or_else(|| vm.name_error(name.as_str()));
        }
    }
    load_by_name_asking_eq(vm, f, name)
}

/// `load_by_name` when a dict holds a key that may equal the name: the
/// lookups that ask such keys' `__eq__`, else `NameError`.
#[cold]
#[inline(never)]
fn load_by_name_asking_eq(vm: &mut Vm, f: &Frame<'_>, name: &Rc<PyStr>) -> PyResult<Value> {
    if let Some(v) = ops::dict_get_name(vm, f.globals, name)? {
        return Ok(v);
    }
    if let Some(v) = ops::dict_get_name(vm, f.builtins, name)? {
        return Ok(v);
    }
    Err(vm.name_error(name.as_str()))
}

fn store_by_name(vm: &mut Vm, f: &Frame<'_>, idx: u32, v: Value) -> PyResult<()> {
    let name = f.code.names[idx as usize].clone();
    ops::dict_set(vm, f.globals, Value::Str(name), v)
}

fn delete_by_name(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<()> {
    let name = &f.code.names[idx as usize];
    match ops::dict_remove(vm, f.globals, &Value::Str(name.clone()))? {
        Some(_) => Ok(()),
        None => Err(vm.name_error(name.as_str())),
    }
}

/// Dict-backed module globals and builtins, looked up by name every time.
pub struct DictNs;

impl Strategy for DictNs {
    const NAME: &'static str = "dict";
    const ABOUT: &'static str = "module globals and builtins in dicts, looked up by name";

    #[inline]
    fn load_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value> {
        load_by_name(vm, f, idx)
    }

    #[inline]
    fn store_global(vm: &mut Vm, f: &Frame<'_>, idx: u32, v: Value) -> PyResult<()> {
        store_by_name(vm, f, idx, v)
    }

    fn delete_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<()> {
        delete_by_name(vm, f, idx)
    }

    fn new_module_namespace() -> Rc<PyDict> {
        PyDict::new()
    }
}

/// A slot index not assigned yet (and out of range of every slot vector,
/// so an unlinked load misses both slots and takes the slow path).
pub const UNLINKED: u32 = u32::MAX;

/// Where one global name of a code object lives: its slot in the module
/// and its slot in the builtins module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub module: u32,
    pub builtins: u32,
}

impl Link {
    const NONE: Link = Link { module: UNLINKED, builtins: UNLINKED };
}

/// The links of one code object's names (`co_names`) into one module and
/// one builtins namespace. Names are linked on first use, so attribute
/// names in `co_names` never take a slot.
pub struct Links {
    module: Weak<PyDict>,
    builtins: Weak<PyDict>,
    pub slots: Box<[Cell<Link>]>,
}

impl Links {
    fn is_for(&self, globals: &Rc<PyDict>, builtins: &Rc<PyDict>) -> bool {
        std::ptr::eq(self.module.as_ptr(), Rc::as_ptr(globals)) && std::ptr::eq(self.builtins.as_ptr(), Rc::as_ptr(builtins))
    }
}

/// The link table of `code` for `globals` (a module namespace in slots):
/// the one the code object already has when it last ran in this module,
/// else a fresh one, which the code object keeps. `None` when `globals` is
/// not a module namespace in slots (the by-name fallback).
pub fn links_for(vm: &mut Vm, code: &PyCode, globals: &Rc<PyDict>, builtins: &Rc<PyDict>) -> Option<Rc<Links>> {
    if !globals.is_slots() {
        return None;
    }
    let mut cache = code.links.borrow_mut();
    if let Some(l) = &*cache {
        if l.is_for(globals, builtins) {
            return Some(l.clone());
        }
    }
    vm.stats.link_tables += 1;
    let l = Rc::new(Links {
        module: Rc::downgrade(globals),
        builtins: Rc::downgrade(builtins),
        slots: (0..code.names.len()).map(|_| Cell::new(Link::NONE)).collect(),
    });
    *cache = Some(l.clone());
    Some(l)
}

/// The slots of a module namespace, for reading one value.
///
/// SAFETY (for callers): the reference must not outlive the read of one
/// slot and the clone of its value. `try_borrow_unguarded` fails if the
/// namespace is mutably borrowed now, and during that read nothing can
/// borrow it mutably: indexing the slot vector and cloning a value (which
/// touches only a reference count, never a `RefCell`) run no other code.
/// The unguarded borrow spares the store to the borrow flag and back that
/// `borrow()` makes on every global load.
#[inline(always)]
unsafe fn slots_for_read(ns: &PyDict) -> Option<&crate::objects::dict::ModuleSlots> {
    ns.data.try_borrow_unguarded().ok()?.slots()
}

/// Module globals and builtins in slots, read through per-code links.
pub struct SlotsNs;

impl SlotsNs {
    /// Links name `idx` of the running code to its slots (allocating empty
    /// ones where the name is new to a namespace).
    #[cold]
    #[inline(never)]
    fn link(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> Link {
        let cell = &f.links[idx as usize];
        let name = &f.code.names[idx as usize];
        let mut l = cell.get();
        if l.module == UNLINKED {
            if let Some(ns) = f.globals.data.borrow_mut().slots_mut() {
                l.module = ns.link(crate::objects::dict::name_key(name.clone())).0;
            }
            if let Some(ns) = f.builtins.data.borrow_mut().slots_mut() {
                l.builtins = ns.link(crate::objects::dict::name_key(name.clone())).0;
            }
            vm.stats.names_linked += 1;
            cell.set(l);
        }
        l
    }

    /// The load after both slots missed: link the name if it was not yet,
    /// read builtins by name when they are not a module in slots (a dict
    /// given as `__builtins__`), else `NameError`.
    #[cold]
    #[inline(never)]
    fn load_slow(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value> {
        let l = Self::link(vm, f, idx);
        if let Some(v) = f.globals.data.borrow().slots().and_then(|ns| ns.get(SlotIdx(l.module))) {
            vm.stats.load_module_slot += 1;
            return Ok(v.clone());
        }
        let in_slots = f.builtins.data.borrow().slots().map(|ns| ns.get(SlotIdx(l.builtins)).cloned());
        match in_slots {
            Some(Some(v)) => {
                vm.stats.load_builtins_slot += 1;
                return Ok(v);
            }
            Some(None) => {}
            None => {
                if let Some(v) = ops::dict_get_name(vm, f.builtins, &f.code.names[idx as usize])? {
                    vm.stats.load_by_name += 1;
                    return Ok(v);
                }
            }
        }
        Err(vm.name_error(f.code.names[idx as usize].as_str()))
    }
}

impl SlotsNs {
    /// The module slot that global `idx` is stored to and deleted from
    /// (linking the name first if needed); `None` when the code has no
    /// links or its namespace has left slots, and stores go by name.
    #[inline]
    fn module_slot(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> Option<SlotIdx> {
        let cell = f.links.get(idx as usize).filter(|_| f.gdict.is_slots())?;
        let mut slot = cell.get().module;
        if slot == UNLINKED {
            slot = Self::link(vm, f, idx).module;
        }
        Some(SlotIdx(slot))
    }

    /// The value of linked global `idx`: its module slot, else its builtins
    /// slot; `None` when the name is not linked yet or both slots are empty.
    ///
    /// # Safety
    /// The caller clones the value before anything else can run: the
    /// reference comes from an unguarded borrow (see `slots_for_read`).
    #[inline(always)]
    unsafe fn slot_value<'f>(stats: &mut Stats, f: &Frame<'f>, idx: u32) -> Option<&'f Value> {
        let l = f.links.get(idx as usize)?.get();
        // SAFETY: the caller's contract, as above. A namespace that is no
        // longer in slots answers `None` here: it is read by name.
        let module = unsafe { slots_for_read(f.gdict) }?;
        if let Some(v) = module.get(SlotIdx(l.module)) {
            if stats.on {
                stats.load_module_slot += 1;
            }
            return Some(v);
        }
        // SAFETY: as above.
        if let Some(v) = unsafe { slots_for_read(f.bdict) }.and_then(|ns| ns.get(SlotIdx(l.builtins))) {
            if stats.on {
                stats.load_builtins_slot += 1;
            }
            return Some(v);
        }
        None
    }
}

impl Strategy for SlotsNs {
    const NAME: &'static str = "slots";
    const ABOUT: &'static str = "module globals and builtins in slots, code linked to slot indices; instances shaped, with inline caches";
    const SHAPED_INSTANCES: bool = true;

    #[inline(always)]
    fn global_fast(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> Value {
        // SAFETY: the slot's value is cloned at once.
        match unsafe { Self::slot_value(&mut vm.stats, f, idx) } {
            Some(v) => v.clone(),
            None => Value::Unbound,
        }
    }

    #[inline]
    fn load_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value> {
        // SAFETY: cloned at once.
        if let Some(v) = unsafe { Self::slot_value(&mut vm.stats, f, idx) } {
            return Ok(v.clone());
        }
        if f.links.is_empty() || !f.gdict.is_slots() {
            return load_by_name(vm, f, idx);
        }
        Self::load_slow(vm, f, idx)
    }

    #[inline]
    fn store_global(vm: &mut Vm, f: &Frame<'_>, idx: u32, v: Value) -> PyResult<()> {
        let Some(slot) = Self::module_slot(vm, f, idx) else {
            return store_by_name(vm, f, idx, v);
        };
        let old = f.globals.data.borrow_mut().slots_mut().and_then(|ns| ns.set(slot, v));
        // The old value is released outside the borrow.
        drop(old);
        Ok(())
    }

    fn delete_global(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<()> {
        let Some(slot) = Self::module_slot(vm, f, idx) else {
            return delete_by_name(vm, f, idx);
        };
        let old = f.globals.data.borrow_mut().slots_mut().and_then(|ns| ns.remove(slot));
        match old {
            Some(_) => Ok(()),
            None => Err(vm.name_error(f.code.names[idx as usize].as_str())),
        }
    }

    fn new_module_namespace() -> Rc<PyDict> {
        PyDict::new_slots()
    }

    // Attributes: inline caches keyed by (type version, shape), in the
    // site's `AttrSite` (see `inline_cache`); deletes take the default.
    #[inline(always)]
    fn load_attr_fast(site: &AttrSite, obj: &Value) -> Value {
        crate::inline_cache::load_slot(site, obj)
    }

    #[inline(always)]
    fn store_attr_fast(site: &AttrSite, obj: &Value, v: Value) -> Result<Packed, Value> {
        crate::inline_cache::store_slot(site, obj, v)
    }

    #[inline(always)]
    fn load_method_fast(site: &AttrSite, obj: &Value) -> Option<Value> {
        crate::inline_cache::method_slot(site, obj)
    }

    #[inline(always)]
    fn load_attr_poly(mega: &MegaCache, site: &AttrSite, obj: &Value) -> Value {
        crate::inline_cache::load_poly(mega, site, obj)
    }

    #[inline(always)]
    fn store_attr_poly(mega: &MegaCache, site: &AttrSite, obj: &Value, v: Value) -> Result<Option<Packed>, Value> {
        crate::inline_cache::store_poly(mega, site, obj, v)
    }

    #[inline(always)]
    fn load_method_poly(mega: &MegaCache, site: &AttrSite, obj: &Value) -> Option<Value> {
        crate::inline_cache::method_poly(mega, site, obj)
    }

    #[inline]
    fn load_attr(vm: &mut Vm, _f: &Frame<'_>, site: &AttrSite, obj: &Value) -> PyResult<Value> {
        crate::inline_cache::load_attr(vm, site, obj)
    }

    #[inline]
    fn store_attr(vm: &mut Vm, _f: &Frame<'_>, site: &AttrSite, obj: &Value, v: Value) -> PyResult<()> {
        crate::inline_cache::store_attr(vm, site, obj, v)
    }

    #[inline]
    fn load_method(vm: &mut Vm, _f: &Frame<'_>, site: &AttrSite, obj: Value) -> PyResult<()> {
        crate::inline_cache::load_method(vm, site, obj)
    }
}

/// What a code object keeps for one attribute site (one attribute
/// instruction): the attribute's name, interned, and the place for the
/// strategy's inline cache of that site (the next step of the experiment:
/// (type version, shape) -> slot index or the class attribute found).
pub struct AttrSite {
    pub name: Rc<PyStr>,
    /// `SlotsNs`'s inline cache (see `inline_cache`); unused under `dict`.
    pub cache: crate::inline_cache::AttrCache,
}

/// Code generic over the strategy, to run with the strategy a
/// `StrategyKind` names (see `StrategyKind::with`): a closure cannot be
/// generic, so the code is a type with a generic method.
pub trait WithStrategy {
    type Output;
    fn run<S: Strategy>(self) -> Self::Output;
}

/// Lists the strategies once: each line makes a `StrategyKind` variant,
/// its place in `ALL` and its arm in `with`, the one `match` that turns a
/// strategy chosen at run time into the loop's type parameter.
macro_rules! strategy_kinds {
    ($($(#[$doc:meta])* $variant:ident => $ty:ty,)*) => {
        /// A namespace strategy, chosen at start-up (`-X namespaces=NAME`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum StrategyKind {
            $($(#[$doc])* $variant,)*
        }

        impl StrategyKind {
            /// Every strategy, in the order the harnesses run them.
            pub const ALL: [StrategyKind; [$(stringify!($variant)),*].len()] = [$(StrategyKind::$variant,)*];

            /// Runs `w` with this strategy as its type parameter.
            #[inline]
            pub fn with<W: WithStrategy>(self, w: W) -> W::Output {
                match self {
                    $(StrategyKind::$variant => w.run::<$ty>(),)*
                }
            }
        }
    };
}

strategy_kinds! {
    /// Dicts everywhere, looked up by name: the control.
    Dict => DictNs,
    /// Module globals in slots, read through per-code links.
    Slots => SlotsNs,
}

impl StrategyKind {
    /// The strategy used when neither `-X namespaces` nor `NSVM_NAMESPACES` names one.
    pub const DEFAULT: StrategyKind = StrategyKind::Slots;

    /// The name `-X namespaces=` takes (`Strategy::NAME`).
    pub fn name(self) -> &'static str {
        struct Name;
        impl WithStrategy for Name {
            type Output = &'static str;
            fn run<S: Strategy>(self) -> &'static str {
                S::NAME
            }
        }
        self.with(Name)
    }

    /// One line on what it does (`Strategy::ABOUT`).
    pub fn about(self) -> &'static str {
        struct About;
        impl WithStrategy for About {
            type Output = &'static str;
            fn run<S: Strategy>(self) -> &'static str {
                S::ABOUT
            }
        }
        self.with(About)
    }

    /// The strategy called `s`.
    pub fn parse(s: &str) -> Option<StrategyKind> {
        StrategyKind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// Every strategy's name, joined by `sep` (for usage texts).
    pub fn names(sep: &str) -> String {
        StrategyKind::ALL.map(StrategyKind::name).join(sep)
    }

    /// A fresh module namespace for this strategy.
    pub fn shaped_instances(self) -> bool {
        struct Shaped;
        impl WithStrategy for Shaped {
            type Output = bool;
            fn run<S: Strategy>(self) -> bool {
                S::SHAPED_INSTANCES
            }
        }
        self.with(Shaped)
    }

    pub fn new_module_namespace(self) -> Rc<PyDict> {
        struct New;
        impl WithStrategy for New {
            type Output = Rc<PyDict>;
            fn run<S: Strategy>(self) -> Rc<PyDict> {
                S::new_module_namespace()
            }
        }
        self.with(New)
    }
}

#[cfg(test)]
mod tests {
    use super::StrategyKind;

    #[test]
    fn every_strategy_is_found_by_its_own_distinct_name() {
        for k in StrategyKind::ALL {
            assert_eq!(StrategyKind::parse(k.name()), Some(k));
            assert_eq!(StrategyKind::ALL.iter().filter(|o| o.name() == k.name()).count(), 1);
        }
        assert!(StrategyKind::ALL.contains(&StrategyKind::DEFAULT));
        assert_eq!(StrategyKind::parse("hash"), None);
    }
}

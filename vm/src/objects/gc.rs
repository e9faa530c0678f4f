//! The cycle collector: reference counting frees everything but cycles;
//! this finds the cycles no one can reach any more and breaks them.
//!
//! It follows CPython's `Modules/gcmodule.c` in its ideas, not its code.
//!
//! # What is tracked
//! The *containers*: objects that can hold references to other objects and
//! so be part of a cycle: lists, dicts, sets and frozensets, tuples that hold
//! a container when they are made (a tuple of ints and strings can never be
//! in a cycle, and a tuple cannot change), functions, bound methods,
//! generators (their suspended frame is `PyGenerator::saved`), iterators,
//! dict views, modules, classes, instances (user objects, exceptions,
//! properties and the other built-in objects that are `PyInstance`s) and
//! cells. Strings, numbers, ranges, slices, code objects and built-in
//! functions are not: they hold no container, or (ranges and slices) only
//! through a user's odd choice, in which case they simply count as a
//! reference from outside (the collector then keeps what they hold: it
//! never frees what it cannot prove unreachable).
//!
//! Each container is registered once, where it is made (the central
//! constructors: `Value::list`, `PyDict::new`, `PyInstance::into_value`,
//! `PyFunction::into_value`, ...), as a `Weak` in the youngest of three
//! generations. A `Weak` costs no `unsafe` and no field in the object, but
//! keeps the object's `Rc` allocation (not its contents: those go when the
//! last strong reference does) until the next collection of its generation
//! drops the dead entry. Young objects are collected every `threshold0`
//! allocations, so at most that many dead allocations wait; in the older
//! generations, dead entries wait for the next collection of their
//! generation (the full collection runs when the objects that survived
//! young collections since the last full one outnumber the long-lived
//! ones). `new_tracked` also frees the youngest entries whose objects are
//! gone before it allocates, so that the usual temporary gives its block
//! back to the allocator at once.
//!
//! # A collection
//! Of generations `0..=g`, merged: every live entry is upgraded to an `Rc`
//! (dead entries are dropped here). Trial deletion: each object's count
//! starts as its strong count (less the collector's own upgrade); every
//! tracked object then *traverses* the references it holds, and each one to
//! an object in the set takes one off that object's count. What is left
//! above zero is referenced from outside the set (a frame's stack, a Rust
//! local, an older generation, an untracked object): those objects, and all
//! they reach, are alive. The rest is garbage: unreachable cycles and what
//! hangs only off them. The collector breaks them by *clearing* each garbage
//! object (emptying a list, a dict, a set, a cell, an instance's namespace, a
//! function's defaults, a class's namespace and MRO, a generator's frame);
//! every cycle has at least one such edge, since an `Rc` cycle can only be
//! made through a `RefCell`. Dropping the collector's own references then
//! frees them through `Rc`'s ordinary drop, one object at a time (their
//! contents are already gone, so a long garbage chain does not recurse).
//! Survivors move to the next generation.
//!
//! An object whose `RefCell` is borrowed when the collector looks at it
//! counts as reachable (a borrow means Rust code is using it): nothing is
//! ever cleared under a borrow, and the collector runs no Python code (the
//! subset has no `__del__`, so there are no finalizers; see "PEP 442"
//! below), so a collection may run at any allocation.
//!
//! # Triggering and the `gc` module
//! `get_count()[0]` counts container allocations since the last young
//! collection (CPython counts allocations minus deallocations; nsvm does
//! not hook deallocation, so it counts allocations, which collects a little
//! more often for programs of short-lived containers). When it passes
//! `threshold0` (700), generation 0 is collected; every `threshold1` (10)
//! young collections, generation 1; every `threshold2` (10) of those,
//! generation 2, if the long-lived objects doubled since the last full
//! collection (CPython: grew by a quarter; see `collect_automatic`). `gc.disable()`
//! stops the automatic collections, `gc.collect()` runs a full one and
//! returns the number of unreachable objects it found (nsvm's count, which
//! differs from CPython's: CPython also counts its frames and the dicts of
//! instances it never made under `slots`).
//!
//! # PEP 442
//! The subset (`shared/spec/subset.md`) has no `__del__`: nsvm never calls
//! it, so garbage has no finalizers to run, and nothing is resurrected.
//!
//! # Cost
//! Per container allocation: an `Rc::downgrade` (the weak count), a push
//! of a 16-byte entry onto the young generation and a counter, about 40
//! instructions with the thread-local access; every 8 allocations a sweep
//! of the entries made since the last one frees the blocks of the objects
//! already gone. Per collection: for each entry of the collected
//! generations, an upgrade attempt (a dead one is freed there); for each
//! live one, a hash-map entry, one traversal to subtract the internal
//! references and one to propagate reachability, each costing a hash
//! lookup per container reference it holds: 300-450 instructions per live
//! object visited. A young collection so costs in proportion to the young
//! objects still alive, and a full one to all live containers; an object
//! that lives long is visited about four times in all (young, generation
//! 1, about two full collections). Transient memory during a collection is
//! about 50 bytes per live object collected; the registry is 16 bytes per
//! tracked object. BENCHMARKS.md ("Issue 14") has the callgrind
//! measurements: no cost on calls, methods and generator steps; +8% on a
//! loop that only constructs instances, 0.6-5% on most suite programs,
//! +15.6% on the allocation-heavy `alloc`. The way down from there is an
//! index field in every container (untracked at drop: no `Weak` keeping
//! blocks, no hash map during a collection).

use super::dict::PyDict;
use super::func::{GenStatus, PyCell, PyFunction, PyGenerator, PyMethod};
use super::instance::PyInstance;
use super::set::PySet;
use super::typ::PyType;
use super::{IterKind, PyDictView, PyIter, PyList, PyModule, PyTuple, Value};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::{Rc, Weak};

/// The visitor a traversal calls with the address of each container it
/// holds a strong reference to (once per reference).
pub type Visit<'a> = dyn FnMut(usize) + 'a;

/// Visits `v` if it is a container.
#[inline]
pub fn visit_value(v: &Value, f: &mut Visit) {
    if let Some(p) = container_ptr(v) {
        f(p)
    }
}

/// Visits the object `r` points at.
#[inline]
pub fn visit_rc<T>(r: &Rc<T>, f: &mut Visit) {
    f(Rc::as_ptr(r) as *const u8 as usize)
}

/// Whether a value is of a kind the collector tracks (a tag test).
#[inline]
pub fn is_container(v: &Value) -> bool {
    use Value as V;
    !matches!(
        v,
        V::Unbound
            | V::None
            | V::NotImplemented
            | V::Ellipsis
            | V::Bool(_)
            | V::Int(_)
            | V::Float(_)
            | V::BigInt(_)
            | V::Str(_)
            | V::Range(_)
            | V::Slice(_)
            | V::Builtin(_)
            | V::Code(_)
    )
}

/// The address of a container value (the kinds the collector tracks).
#[inline]
pub fn container_ptr(v: &Value) -> Option<usize> {
    use Value as V;
    match v {
        V::List(_)
        | V::Tuple(_)
        | V::Dict(_)
        | V::Set(_)
        | V::FrozenSet(_)
        | V::Function(_)
        | V::Method(_)
        | V::Generator(_)
        | V::Iter(_)
        | V::DictView(_)
        | V::Module(_)
        | V::Type(_)
        | V::Instance(_)
        | V::Cell(_) => v.ptr(),
        _ => None,
    }
}

macro_rules! tracked_kinds {
    ($($var:ident($ty:ty),)*) => {
        /// A registry entry: a container, held weakly.
        enum Tracked { $($var(Weak<$ty>),)* }

        /// A container held strongly for the length of a collection.
        enum Obj { $($var(Rc<$ty>),)* }

        /// The container types, each registered as its `Tracked` variant.
        pub trait Track: Sized {
            #[doc(hidden)]
            fn entry(r: &Rc<Self>) -> TrackedEntry;
        }

        $(impl Track for $ty {
            #[inline]
            fn entry(r: &Rc<Self>) -> TrackedEntry {
                TrackedEntry(Tracked::$var(Rc::downgrade(r)))
            }
        })*

        impl Tracked {
            /// Whether the object is gone (only its allocation is left).
            #[inline]
            fn is_dead(&self) -> bool {
                match self { $(Tracked::$var(w) => w.strong_count() == 0,)* }
            }
            #[inline]
            fn upgrade(&self) -> Option<Obj> {
                match self { $(Tracked::$var(w) => w.upgrade().map(Obj::$var),)* }
            }
        }

        impl Obj {
            #[inline]
            fn ptr(&self) -> usize {
                match self { $(Obj::$var(r) => Rc::as_ptr(r) as *const u8 as usize,)* }
            }
            #[inline]
            fn strong(&self) -> usize {
                match self { $(Obj::$var(r) => Rc::strong_count(r),)* }
            }
            fn downgrade(&self) -> Tracked {
                match self { $(Obj::$var(r) => Tracked::$var(Rc::downgrade(r)),)* }
            }
            /// Visits the containers this object holds; `false` when one of
            /// its cells is borrowed (then it counts as reachable).
            fn traverse(&self, f: &mut Visit) -> bool {
                match self { $(Obj::$var(r) => r.gc_traverse(f),)* }
            }
            /// Drops the references this object holds that can be dropped.
            fn clear(&self) {
                match self { $(Obj::$var(r) => r.gc_clear(),)* }
            }
        }
    };
}

tracked_kinds! {
    List(PyList),
    Tuple(PyTuple),
    Dict(PyDict),
    Set(PySet),
    Function(PyFunction),
    Method(PyMethod),
    Generator(PyGenerator),
    Iter(PyIter),
    DictView(PyDictView),
    Module(PyModule),
    Type(PyType),
    Instance(PyInstance),
    Cell(PyCell),
}

/// A registry entry (opaque outside this module).
pub struct TrackedEntry(Tracked);

const _: () = assert!(std::mem::size_of::<TrackedEntry>() <= 16);

/// The collector's state, one per thread (a VM runs on one thread).
struct Gc {
    gens: [RefCell<Vec<Tracked>>; 3],
    /// Allocations since the last young collection; young collections since
    /// the last of generation 1; those since the last full one.
    count: [Cell<usize>; 3],
    threshold: [Cell<i64>; 3],
    /// The young entries before this index were alive at the last sweep.
    swept: Cell<usize>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Objects that moved to the oldest generation since the last full
    /// collection, and the number that survived it (CPython's heuristic).
    long_lived_pending: Cell<usize>,
    long_lived_total: Cell<usize>,
}

thread_local! {
    static GC: Gc = const {
        Gc {
            gens: [RefCell::new(Vec::new()), RefCell::new(Vec::new()), RefCell::new(Vec::new())],
            count: [Cell::new(0), Cell::new(0), Cell::new(0)],
            threshold: [Cell::new(700), Cell::new(10), Cell::new(10)],
            swept: Cell::new(0),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            long_lived_pending: Cell::new(0),
            long_lived_total: Cell::new(0),
        }
    };
}

/// Registers a new container (call once, where it is made); may run a
/// collection.
#[inline]
pub fn track<T: Track>(r: &Rc<T>) {
    GC.with(|g| register(g, T::entry(r).0))
}

/// Makes a new container's `Rc` and registers it (one thread-local access
/// for both steps).
#[inline]
pub fn new_tracked<T: Track>(v: T) -> Rc<T> {
    GC.with(|g| {
        release_dead_young(g);
        let r = Rc::new(v);
        register(g, T::entry(&r).0);
        r
    })
}

#[inline]
fn register(g: &Gc, e: Tracked) {
    let Ok(mut young) = g.gens[0].try_borrow_mut() else { return };
    young.push(e);
    let mut c = g.count[0].get() + 1;
    if young.len() >= g.swept.get() + SWEEP_EVERY {
        c = c.saturating_sub(sweep_young(g, &mut young));
    }
    drop(young);
    g.count[0].set(c);
    if c as i64 > g.threshold[0].get() {
        collect_automatic(g);
    }
}

/// How many young entries are made between two sweeps of the dead ones.
const SWEEP_EVERY: usize = 8;

/// Drops the young entries made since the last sweep whose objects are
/// gone (freeing their blocks a few at a time, as the allocator likes,
/// rather than hundreds at the next collection); returns how many, which
/// count as deallocations (CPython's counter is allocations minus
/// deallocations).
#[cold]
#[inline(never)]
fn sweep_young(g: &Gc, young: &mut Vec<Tracked>) -> usize {
    let from = g.swept.get().min(young.len());
    let mut w = from;
    for r in from..young.len() {
        if !young[r].is_dead() {
            young.swap(w, r);
            w += 1;
        }
    }
    let freed = young.len() - w;
    young.truncate(w);
    g.swept.set(w);
    freed
}

/// Frees the allocations of the youngest entries if their objects are
/// gone, before a new object is allocated: the common temporary (made,
/// used, dropped before the next one is made) then gives its block back at
/// once, and the allocator hands the same block to the next object.
#[inline]
fn release_dead_young(g: &Gc) {
    let Ok(mut young) = g.gens[0].try_borrow_mut() else { return };
    while young.len() > g.swept.get() && young.last().is_some_and(Tracked::is_dead) {
        young.pop();
        g.count[0].set(g.count[0].get().saturating_sub(1));
    }
}

#[cold]
#[inline(never)]
fn collect_automatic(g: &Gc) {
    if !g.enabled.get() || g.collecting.get() || g.threshold[0].get() == 0 {
        return;
    }
    for i in (0..3).rev() {
        if g.count[i].get() as i64 > g.threshold[i].get() {
            // A full collection only once the long-lived objects doubled
            // (CPython waits for a quarter more): full collections then
            // cost a constant per object overall, and nsvm's cost per
            // object (hash lookups) is higher than CPython's.
            if i == 2 && g.long_lived_pending.get() < g.long_lived_total.get() {
                continue;
            }
            collect_gen(g, i);
            break;
        }
    }
}

/// `gc.collect(generation)`: the number of unreachable objects found.
pub fn collect(generation: usize) -> usize {
    GC.with(|g| if g.collecting.get() { 0 } else { collect_gen(g, generation.min(2)) })
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    GC.with(|g| g.enabled.set(on))
}

pub fn is_enabled() -> bool {
    GC.with(|g| g.enabled.get())
}

pub fn thresholds() -> [i64; 3] {
    GC.with(|g| [g.threshold[0].get(), g.threshold[1].get(), g.threshold[2].get()])
}

/// `gc.set_threshold`: the thresholds given (the rest keep their values).
pub fn set_thresholds(t: &[i64]) {
    GC.with(|g| {
        for (cell, v) in g.threshold.iter().zip(t) {
            cell.set(*v);
        }
    })
}

pub fn counts() -> [usize; 3] {
    GC.with(|g| [g.count[0].get(), g.count[1].get(), g.count[2].get()])
}

/// Hashes an address (already unique; the multiply spreads the low bits,
/// which allocation alignment leaves at zero).
#[derive(Default)]
struct PtrHasher(u64);

impl Hasher for PtrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ *b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, p: usize) {
        self.0 = (p as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(26);
    }
}

fn collect_gen(g: &Gc, gen: usize) -> usize {
    g.collecting.set(true);
    if gen + 1 < 3 {
        g.count[gen + 1].set(g.count[gen + 1].get() + 1);
    }
    for c in &g.count[..=gen] {
        c.set(0);
    }
    // Upgrade the live entries of generations 0..=gen (dropping the dead
    // ones, which frees their allocations), each object once.
    let mut objs: Vec<Obj> = Vec::new();
    let mut index: HashMap<usize, u32, BuildHasherDefault<PtrHasher>> = HashMap::default();
    g.swept.set(0);
    for cell in &g.gens[..=gen] {
        let entries = std::mem::take(&mut *cell.borrow_mut());
        objs.reserve(entries.len());
        index.reserve(entries.len());
        for e in entries {
            if let Some(o) = e.upgrade() {
                if let std::collections::hash_map::Entry::Vacant(v) = index.entry(o.ptr()) {
                    v.insert(objs.len() as u32);
                    objs.push(o);
                }
            }
        }
    }
    let n = objs.len();
    // Trial deletion: what is left is the references from outside the set.
    let mut refs: Vec<isize> = objs.iter().map(|o| o.strong() as isize - 1).collect();
    for (i, o) in objs.iter().enumerate() {
        let ok = o.traverse(&mut |p| {
            if let Some(&j) = index.get(&p) {
                refs[j as usize] -= 1;
            }
        });
        if !ok {
            refs[i] = isize::MAX / 2;
        }
    }
    // Everything referenced from outside is alive, and all it reaches.
    let mut alive = vec![false; n];
    let mut stack: Vec<u32> = Vec::new();
    for i in 0..n {
        if refs[i] > 0 {
            alive[i] = true;
            stack.push(i as u32);
        }
    }
    drop(refs);
    while let Some(i) = stack.pop() {
        objs[i as usize].traverse(&mut |p| {
            if let Some(&j) = index.get(&p) {
                if !alive[j as usize] {
                    alive[j as usize] = true;
                    stack.push(j);
                }
            }
        });
    }
    drop(index);
    // Break the garbage cycles, then let `Rc` free the objects.
    let mut found = 0;
    let mut garbage: Vec<Tracked> = Vec::new();
    let next = (gen + 1).min(2);
    let mut survivors: Vec<Tracked> = Vec::with_capacity(n);
    for (o, &a) in objs.iter().zip(&alive) {
        if a {
            survivors.push(o.downgrade());
        } else {
            found += 1;
            o.clear();
            garbage.push(o.downgrade());
        }
    }
    drop(objs);
    // What clearing could not free (a cell borrowed) stays tracked.
    for e in garbage {
        if e.upgrade().is_some() {
            survivors.push(e);
        }
    }
    let moved = survivors.len();
    g.gens[next].borrow_mut().append(&mut survivors);
    match gen {
        1 => g.long_lived_pending.set(g.long_lived_pending.get() + moved),
        2 => {
            g.long_lived_pending.set(0);
            g.long_lived_total.set(moved);
        }
        _ => {}
    }
    g.collecting.set(false);
    found
}

// ---- Traversal and clearing of the container types ----
//
// `gc_traverse` visits each strong reference to a container the object
// holds (exactly those, each once: the counts depend on it) and returns
// `false` if a cell of the object is borrowed. `gc_clear` drops what can
// be dropped, with no borrow held while it drops.

impl PyList {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let Ok(items) = self.items.try_borrow() else { return false };
        items.iter().for_each(|v| visit_value(v, f));
        true
    }
    fn gc_clear(&self) {
        let old = self.items.try_borrow_mut().map(|mut i| std::mem::take(&mut *i));
        drop(old);
    }
}

impl PyTuple {
    /// Whether a tuple of these items can be part of a cycle (else it is
    /// never tracked).
    #[inline]
    pub fn needs_tracking(items: &[Value]) -> bool {
        items.iter().any(is_container)
    }
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        self.items.iter().for_each(|v| visit_value(v, f));
        true
    }
    fn gc_clear(&self) {}
}

impl PyDict {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let Ok(d) = self.data.try_borrow() else { return false };
        for e in d.iter() {
            visit_value(e.key, f);
            visit_value(e.value, f);
        }
        true
    }
    fn gc_clear(&self) {
        let old = self.data.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
        drop(old);
    }
}

impl PySet {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let Ok(t) = self.table.try_borrow() else { return false };
        t.iter().for_each(|(_, v)| visit_value(v, f));
        true
    }
    fn gc_clear(&self) {
        let old = self.table.try_borrow_mut().map(|mut t| std::mem::take(&mut *t));
        drop(old);
    }
}

impl PyFunction {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let (Ok(defaults), Ok(kwdefaults), Ok(dict)) = (self.defaults.try_borrow(), self.kwdefaults.try_borrow(), self.dict.try_borrow()) else {
            return false;
        };
        visit_rc(&self.globals, f);
        visit_rc(&self.builtins, f);
        defaults.iter().for_each(|v| visit_value(v, f));
        if let Some(d) = &*kwdefaults {
            visit_rc(d, f);
        }
        if let Some(d) = &*dict {
            visit_rc(d, f);
        }
        self.closure.iter().for_each(|c| visit_rc(c, f));
        visit_value(&self.module, f);
        true
    }
    fn gc_clear(&self) {
        let d = self.defaults.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
        let k = self.kwdefaults.try_borrow_mut().map(|mut d| d.take());
        let n = self.dict.try_borrow_mut().map(|mut d| d.take());
        drop((d, k, n));
    }
}

impl PyMethod {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        visit_value(&self.func, f);
        visit_value(&self.self_, f);
        true
    }
    fn gc_clear(&self) {}
}

impl PyGenerator {
    /// The function and the suspended frame (its locals and stack); a
    /// running generator's frame is on the VM's stack, outside the heap.
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let (Ok(saved), Ok(exc)) = (self.saved.try_borrow(), self.exc_info.try_borrow()) else { return false };
        visit_rc(&self.func, f);
        saved.iter().for_each(|v| visit_value(v, f));
        exc.iter().for_each(|v| visit_value(v, f));
        true
    }
    fn gc_clear(&self) {
        if self.status.get() == GenStatus::Running {
            return;
        }
        let s = self.saved.try_borrow_mut().map(|mut s| std::mem::take(&mut *s));
        let e = self.exc_info.try_borrow_mut().map(|mut s| std::mem::take(&mut *s));
        self.status.set(GenStatus::Finished);
        drop((s, e));
    }
}

impl PyIter {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let Ok(k) = self.kind.try_borrow() else { return false };
        match &*k {
            IterKind::List(l, _) => visit_rc(l, f),
            IterKind::Tuple(t, _) => visit_rc(t, f),
            IterKind::Dict { dict, .. } => visit_rc(dict, f),
            IterKind::Set { set, .. } => visit_rc(set, f),
            IterKind::Enumerate { it, count } => {
                visit_value(it, f);
                visit_value(count, f);
            }
            IterKind::Zip { its, .. } => its.iter().for_each(|v| visit_value(v, f)),
            IterKind::Map { func, its } => {
                visit_value(func, f);
                its.iter().for_each(|v| visit_value(v, f));
            }
            IterKind::Filter { func, it } => {
                visit_value(func, f);
                visit_value(it, f);
            }
            IterKind::Reversed { seq, .. } | IterKind::SeqIter { seq, .. } => visit_value(seq, f),
            IterKind::CallableIter { func, sentinel } => {
                visit_value(func, f);
                visit_value(sentinel, f);
            }
            IterKind::Str(..) | IterKind::Range { .. } | IterKind::BigRange { .. } | IterKind::Exhausted => {}
        }
        true
    }
    fn gc_clear(&self) {
        let old = self.kind.try_borrow_mut().map(|mut k| std::mem::replace(&mut *k, IterKind::Exhausted));
        drop(old);
    }
}

impl PyDictView {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        visit_rc(&self.dict, f);
        true
    }
    fn gc_clear(&self) {}
}

impl PyModule {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        visit_rc(&self.dict, f);
        true
    }
    fn gc_clear(&self) {}
}

impl PyCell {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let Ok(v) = self.value.try_borrow() else { return false };
        visit_value(&v, f);
        true
    }
    fn gc_clear(&self) {
        let old = self.value.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }
}

impl PyType {
    /// Bases, MRO (which holds the class itself), namespace and the cached
    /// `__init__`. Subclasses are weak references, not visited.
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        let (Ok(bases), Ok(mro), Ok(dict), Ok(init)) = (self.bases.try_borrow(), self.mro.try_borrow(), self.dict.try_borrow(), self.init_cache.try_borrow())
        else {
            return false;
        };
        bases.iter().for_each(|b| visit_rc(b, f));
        mro.iter().for_each(|b| visit_rc(b, f));
        for e in dict.iter() {
            visit_value(e.key, f);
            visit_value(e.value, f);
        }
        if let Some((_, Some(v))) = &*init {
            visit_value(v, f);
        }
        true
    }
    /// Empties the MRO, the namespace and the cache; the bases stay (a
    /// class's bases never make a cycle, and its drop reads them).
    fn gc_clear(&self) {
        let m = self.mro.try_borrow_mut().map(|mut m| std::mem::take(&mut *m));
        let d = self.dict.try_borrow_mut().map(|mut d| std::mem::take(&mut *d));
        let i = self.init_cache.try_borrow_mut().map(|mut i| i.take());
        drop((m, d, i));
    }
}

impl PyInstance {
    fn gc_traverse(&self, f: &mut Visit) -> bool {
        self.traverse_refs(f)
    }
    fn gc_clear(&self) {
        self.clear_refs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_referencing_list_is_freed() {
        let l = Rc::new(PyList { items: RefCell::new(vec![]) });
        track(&l);
        l.items.borrow_mut().push(Value::List(l.clone()));
        let w = Rc::downgrade(&l);
        drop(l);
        assert!(w.upgrade().is_some());
        assert!(collect(2) >= 1);
        assert!(w.upgrade().is_none());
    }

    #[test]
    fn reachable_cycle_is_kept() {
        let l = Rc::new(PyList { items: RefCell::new(vec![]) });
        track(&l);
        l.items.borrow_mut().push(Value::List(l.clone()));
        collect(2);
        assert_eq!(l.items.borrow().len(), 1);
        l.items.borrow_mut().clear();
    }

    #[test]
    fn borrowed_object_is_kept() {
        let l = Rc::new(PyList { items: RefCell::new(vec![]) });
        track(&l);
        l.items.borrow_mut().push(Value::List(l.clone()));
        let w = Rc::downgrade(&l);
        let inner = l.clone();
        drop(l);
        {
            let _b = inner.items.borrow_mut();
            collect(2);
        }
        assert!(w.upgrade().is_some());
        drop(inner);
        collect(2);
        assert!(w.upgrade().is_none());
    }
}

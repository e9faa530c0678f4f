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
//! generators (their suspended frame is `PyGenerator::saved`), iterators
//! over containers, dict views, modules, classes, instances (user objects,
//! exceptions, properties and the other built-in objects that are
//! `PyInstance`s), cells, and code objects (their inline caches hold
//! functions and classes). Strings, numbers, ranges, slices
//! and built-in functions are not: they hold no container, or (ranges and
//! slices) only through a user's odd choice, in which case they simply
//! count as a reference from outside (the collector then keeps what they
//! hold: it never frees what it cannot prove unreachable).
//!
//! # The registry
//! Each container type has a `GcHead` field: 4 bytes (an instance's sits in
//! the spare half of its body cell's borrow flag, `HeadCell`, so it costs
//! an instance nothing). A container is registered once, where it is made
//! (the central constructors: `Value::list`, `PyDict::new`,
//! `PyInstance::into_rc`, `PyFunction::into_value`, ...): its address,
//! tagged with its kind in the low 4 bits (an `Rc`'s value is 16-byte
//! aligned under the system allocator; an object that is not is simply not
//! tracked), is pushed on the youngest of three generations, and its head
//! records the generation and the index. When the object is dropped, its
//! head's `Drop` takes the entry out (the generation's last entry moves
//! into the hole, and its head is told), so the registry holds exactly the
//! live tracked objects: 8 bytes each, and no block is kept after its
//! object is gone. Every entry therefore points at a live object: that is
//! the invariant the `unsafe` blocks below rely on. (A tracked object never
//! leaves its `Rc`: nsvm never unwraps a container's `Rc`.)
//!
//! # A collection
//! The collected generations `0..=g` are appended to generation `g + 1`
//! (generation 2 for a full collection); the collection looks at that tail.
//! While it computes, nothing is dropped and no Python code runs, so the
//! heads can hold the collection's own numbers (as CPython keeps `gc_refs`
//! in its object headers):
//! 1. each object's head takes its strong count (`COLLECTING | count`);
//! 2. every object traverses the references it holds, and each one to an
//!    object of the tail takes one off that object's count; what is left
//!    above zero is referenced from outside the tail (a frame's stack, a
//!    Rust local, an older generation, an untracked object);
//! 3. those objects are alive, and all they reach: one pass in order
//!    gives each head a `PASSED` bit and its index in the tail, and
//!    traverses each reachable object once, setting a `REACHABLE` bit in
//!    what it reaches (a marked object already passed goes on a stack,
//!    which for the usual graphs, where older objects point at younger
//!    ones, stays small);
//! 4. the heads take back their generation and index. The rest is garbage:
//!    unreachable cycles and what hangs only off them. The collector holds
//!    each garbage object strongly and *clears* it (empties a list, a dict,
//!    a set, a cell, an instance's namespace, a function's defaults, a
//!    class's namespace and MRO, a generator's frame); every cycle has at
//!    least one such edge, since an `Rc` cycle can only be made through a
//!    cell. Dropping the collector's own references then frees the objects
//!    through `Rc`'s ordinary drop (their contents are already gone, so a
//!    long garbage chain does not recurse). The survivors stay where they
//!    are: in generation `g + 1`.
//!
//! An object whose cell is borrowed when the collector looks at it counts
//! as reachable (a borrow means Rust code is using it): nothing is ever
//! cleared under a borrow, and the collector runs no Python code (the
//! subset has no `__del__`, so there are no finalizers; see "PEP 442"
//! below), so a collection may run at any allocation.
//!
//! # Triggering and the `gc` module
//! `get_count()[0]` is container allocations less deallocations since the
//! last young collection, as in CPython: a program whose containers die
//! young rarely collects. When it passes `threshold0` (700), generation 0
//! is collected; every `threshold1` (10) young collections, generation 1;
//! every `threshold2` (10) of those, generation 2, if the long-lived
//! objects doubled since the last full collection (CPython: grew by a
//! quarter; see `collect_automatic`). `gc.disable()` stops the automatic
//! collections, `gc.collect()` runs a full one and returns the number of
//! unreachable objects it found (nsvm's count, which differs from
//! CPython's: CPython also counts its frames and the dicts of instances it
//! never made under `slots`).
//!
//! # PEP 442
//! The subset (`shared/spec/subset.md`) has no `__del__`: nsvm never calls
//! it, so garbage has no finalizers to run, and nothing is resurrected.
//!
//! # Cost
//! Per container: 4 bytes of head (none for an instance, whose head shares
//! its cell's flag word) and an 8-byte registry entry; a registration (a
//! push and a counter, about 20 instructions with the thread-local access)
//! and, at the drop, a removal (a swap with the last entry and a store to
//! that entry's head); untracked tuples and iterators pay one compare at
//! their drop. Per collection: for each object of the collected
//! generations, a read of its strong count, two traversals (each reference
//! a load and a compare of the referent's head, no hash lookup) and two
//! stores to its head; no memory but the reachability stack and the
//! garbage list. BENCHMARKS.md ("Issue 14") has the measurements.

use super::dict::PyDict;
use super::func::{GenStatus, PyCell, PyCode, PyFunction, PyGenerator, PyMethod};
use super::instance::PyInstance;
use super::set::PySet;
use super::typ::PyType;
use super::{IterKind, PyDictView, PyIter, PyList, PyModule, PyTuple, Value};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

/// A container's place in the registry (see "The registry"): generation
/// and index, or `UNTRACKED`; during a collection, the collection's numbers.
pub struct GcHead(Cell<u32>);

/// A head not in the registry.
const UNTRACKED: u32 = u32::MAX;
/// In a head during a collection (with `UNTRACKED`'s bits never all set).
const COLLECTING: u32 = 1 << 31;
/// Phases 2-3: the object is reachable.
const REACHABLE: u32 = 1 << 30;
/// Phase 3: the scan has passed the object (the low bits are its index).
const PASSED: u32 = 1 << 29;
/// Phases 1-3, before the scan passes the object: the count in the low
/// bits. A count that reaches `REFS` sticks there (never taken down): such
/// an object counts as referenced from outside.
const REFS: u32 = PASSED - 1;
/// Outside a collection: the generation above `GEN_SHIFT`, the index below.
const GEN_SHIFT: u32 = 29;
const INDEX: u32 = (1 << GEN_SHIFT) - 1;
/// The kind tag in a registry entry's low bits.
const KIND: usize = 15;

impl GcHead {
    pub const fn new() -> GcHead {
        GcHead(Cell::new(UNTRACKED))
    }
    #[inline]
    fn in_collection(&self) -> bool {
        let v = self.0.get();
        v & COLLECTING != 0 && v != UNTRACKED
    }
}

impl Default for GcHead {
    fn default() -> GcHead {
        GcHead::new()
    }
}

impl Drop for GcHead {
    #[inline]
    fn drop(&mut self) {
        let v = self.0.get();
        if v != UNTRACKED {
            untrack(v);
        }
    }
}

/// The visitor a traversal calls with the head of each container it holds
/// a strong reference to (once per reference). Traversals are generic over
/// it, so that each of the collector's two visitors is inlined into them.
pub trait Visit: FnMut(&GcHead) {}
impl<F: FnMut(&GcHead)> Visit for F {}

/// Visits `v` if it is a container.
#[inline]
pub fn visit_value(v: &Value, f: &mut impl Visit) {
    if let Some(h) = head_of(v) {
        f(h)
    }
}

/// Visits the object `r` points at.
#[inline]
pub fn visit_rc<T: Track>(r: &Rc<T>, f: &mut impl Visit) {
    f(r.gc_head())
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
    )
}

/// The head of a container value (the kinds the collector tracks).
#[inline]
pub fn head_of(v: &Value) -> Option<&GcHead> {
    use Value as V;
    Some(match v {
        V::List(r) => r.gc_head(),
        V::Tuple(r) => r.gc_head(),
        V::Dict(r) => r.gc_head(),
        V::Set(r) | V::FrozenSet(r) => r.gc_head(),
        V::Function(r) => r.gc_head(),
        V::Method(r) => r.gc_head(),
        V::Generator(r) => r.gc_head(),
        V::Iter(r) => r.gc_head(),
        V::DictView(r) => r.gc_head(),
        V::Module(r) => r.gc_head(),
        V::Type(r) => r.gc_head(),
        V::Instance(r) => r.gc_head(),
        V::Cell(r) => r.gc_head(),
        V::Code(r) => r.gc_head(),
        _ => return None,
    })
}

/// Where a type keeps its head: the field `gc`, or (an instance) its body cell.
macro_rules! head_field {
    ($s:expr, Instance) => {
        $s.head_cell()
    };
    ($s:expr, $var:ident) => {
        &$s.gc
    };
}

macro_rules! tracked_kinds {
    ($($kind:literal $var:ident($ty:ty),)*) => {
        /// A container held strongly while the collector clears it.
        enum Obj { $($var(Rc<$ty>),)* }

        /// The container types: their head and their kind tag.
        pub trait Track: Sized {
            #[doc(hidden)]
            const KIND: usize;
            fn gc_head(&self) -> &GcHead;
        }

        $(impl Track for $ty {
            const KIND: usize = $kind;
            #[inline]
            fn gc_head(&self) -> &GcHead {
                head_field!(self, $var)
            }
        })*

        // Each function below takes a registry entry (see "The registry":
        // it points at a live object of the kind its tag names).

        /// The head of an entry's object.
        ///
        /// # Safety
        /// `e` is a registry entry, and its object is not dropped while the
        /// reference lives.
        #[inline]
        unsafe fn entry_head<'a>(e: usize) -> &'a GcHead {
            let p = e & !KIND;
            match e & KIND {
                // SAFETY: the caller's promise; the tag names the type.
                $($kind => unsafe { &*(p as *const $ty) }.gc_head(),)*
                _ => unreachable!("a registry entry with no kind"),
            }
        }

        /// The strong count of an entry's object.
        ///
        /// # Safety
        /// `e` is a registry entry.
        unsafe fn entry_strong(e: usize) -> usize {
            let p = e & !KIND;
            match e & KIND {
                // SAFETY: `p` came from `Rc::as_ptr` of a live `Rc<$ty>`;
                // the `ManuallyDrop` leaves its count alone.
                $($kind => Rc::strong_count(&ManuallyDrop::new(unsafe { Rc::from_raw(p as *const $ty) })),)*
                _ => unreachable!("a registry entry with no kind"),
            }
        }

        /// Visits what an entry's object holds; `false` when one of its
        /// cells is borrowed.
        ///
        /// # Safety
        /// `e` is a registry entry, and nothing is dropped during the call.
        unsafe fn entry_traverse(e: usize, f: &mut impl Visit) -> bool {
            let p = e & !KIND;
            match e & KIND {
                // SAFETY: the caller's promise; the tag names the type.
                $($kind => unsafe { &*(p as *const $ty) }.gc_traverse(f),)*
                _ => unreachable!("a registry entry with no kind"),
            }
        }

        /// A new strong reference to an entry's object.
        ///
        /// # Safety
        /// `e` is a registry entry.
        unsafe fn entry_rc(e: usize) -> Obj {
            let p = e & !KIND;
            match e & KIND {
                // SAFETY: `p` came from `Rc::as_ptr` of a live `Rc<$ty>`:
                // one more strong count, owned by the new `Rc`.
                $($kind => unsafe {
                    Rc::increment_strong_count(p as *const $ty);
                    Obj::$var(Rc::from_raw(p as *const $ty))
                },)*
                _ => unreachable!("a registry entry with no kind"),
            }
        }

        impl Obj {
            /// Drops the references this object holds that can be dropped.
            fn clear(&self) {
                match self { $(Obj::$var(r) => r.gc_clear(),)* }
            }
        }
    };
}

tracked_kinds! {
    0 List(PyList),
    1 Tuple(PyTuple),
    2 Dict(PyDict),
    3 Set(PySet),
    4 Function(PyFunction),
    5 Method(PyMethod),
    6 Generator(PyGenerator),
    7 Iter(PyIter),
    8 DictView(PyDictView),
    9 Module(PyModule),
    10 Type(PyType),
    11 Instance(PyInstance),
    12 Cell(PyCell),
    13 Code(PyCode),
}

/// The collector's state, one per thread (a VM runs on one thread).
struct Gc {
    /// The registry: tagged addresses of the live tracked objects.
    gens: [RefCell<Vec<usize>>; 3],
    /// Container allocations less deallocations since the last young
    /// collection; young collections since the last of generation 1; those
    /// since the last full one.
    count: [Cell<usize>; 3],
    threshold: [Cell<i64>; 3],
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
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            long_lived_pending: Cell::new(0),
            long_lived_total: Cell::new(0),
        }
    };
}

/// Registers a new container (call once, where it is made, with the `Rc`
/// it lives in for good); may run a collection.
#[inline]
pub fn track<T: Track>(r: &Rc<T>) {
    if cfg!(feature = "no-gc") {
        return;
    }
    let addr = Rc::as_ptr(r) as usize;
    if addr & KIND != 0 || r.gc_head().0.get() != UNTRACKED {
        return;
    }
    let _ = GC.try_with(|g| register(g, addr | T::KIND, r.gc_head()));
}

/// Makes a new container's `Rc` and registers it.
#[inline]
pub fn new_tracked<T: Track>(v: T) -> Rc<T> {
    let r = Rc::new(v);
    track(&r);
    r
}

#[inline]
fn register(g: &Gc, e: usize, head: &GcHead) {
    let mut young = g.gens[0].borrow_mut();
    let i = young.len();
    if i >= INDEX as usize {
        return;
    }
    young.push(e);
    drop(young);
    head.0.set(i as u32);
    let c = g.count[0].get() + 1;
    g.count[0].set(c);
    if c as i64 > g.threshold[0].get() {
        collect_automatic(g);
    }
}

/// Takes a dropped object's entry out of the registry (`v`: its head).
#[inline(never)]
fn untrack(v: u32) {
    debug_assert!(v & COLLECTING == 0, "an object dropped during a collection's computation");
    let _ = GC.try_with(|g| {
        let gen = (v >> GEN_SHIFT) as usize;
        let i = (v & INDEX) as usize;
        let mut reg = g.gens[gen].borrow_mut();
        let Some(last) = reg.pop() else { return };
        if i < reg.len() {
            reg[i] = last;
            // SAFETY: `last` is a registry entry (its object is alive: the
            // object being dropped was at `i`, not at the end).
            unsafe { entry_head(last) }.0.set(v);
        }
        drop(reg);
        g.count[0].set(g.count[0].get().saturating_sub(1));
    });
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
            // cost a constant per object overall.
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

/// Back to the settings a thread starts with (enabled, thresholds 700, 10,
/// 10): the collector's state is the thread's, and `Interp::close` must
/// not hand a closed VM's `gc.disable()` or `gc.set_threshold(1)` on to the
/// next VM of the thread.
pub fn reset_settings() {
    GC.with(|g| {
        g.enabled.set(true);
        for (cell, v) in g.threshold.iter().zip([700, 10, 10]) {
            cell.set(v);
        }
    })
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

/// The number of tracked objects (the registry's size).
pub fn tracked() -> usize {
    GC.with(|g| g.gens.iter().map(|r| r.borrow().len()).sum())
}

pub fn counts() -> [usize; 3] {
    GC.with(|g| [g.count[0].get(), g.count[1].get(), g.count[2].get()])
}

fn collect_gen(g: &Gc, gen: usize) -> usize {
    g.collecting.set(true);
    if gen + 1 < 3 {
        g.count[gen + 1].set(g.count[gen + 1].get() + 1);
    }
    for c in &g.count[..=gen] {
        c.set(0);
    }
    let next = (gen + 1).min(2);
    // Indexes must fit a head (2^29 objects: far beyond this machine's memory).
    if g.gens.iter().map(|r| r.borrow().len()).sum::<usize>() > INDEX as usize {
        g.collecting.set(false);
        return 0;
    }
    let mut garbage: Vec<Obj> = Vec::new();
    let start;
    {
        let mut dst = g.gens[next].borrow_mut();
        start = if next > gen { dst.len() } else { 0 };
        for src in (0..=gen).filter(|&s| s != next) {
            let mut s = g.gens[src].borrow_mut();
            dst.extend_from_slice(&s);
            s.clear();
        }
        // From here to the end of phase 4's loop nothing is dropped (only
        // heads and the collector's own vectors are written): every entry
        // of `set` stays alive, as each `unsafe` call below requires.
        let set = &dst[start..];
        // Phase 1: the strong counts.
        for &e in set {
            // SAFETY: a registry entry; nothing is dropped (above).
            let (h, n) = unsafe { (entry_head(e), entry_strong(e)) };
            h.0.set(COLLECTING | n.min(REFS as usize) as u32);
        }
        // Phase 2: less the references from inside the set. An object
        // whose cell is borrowed is reachable (the count stays in the low
        // bits: phase 3 reads the flag first).
        let mut sub = |h: &GcHead| {
            let v = h.0.get();
            let n = v & REFS;
            if h.in_collection() && n != 0 && n != REFS {
                h.0.set(v - 1);
            }
        };
        for &e in set {
            // SAFETY: as above.
            if !unsafe { entry_traverse(e, &mut sub) } {
                // SAFETY: as above.
                let h = unsafe { entry_head(e) };
                h.0.set(h.0.get() | REACHABLE);
            }
        }
        // Phase 3: what is referenced from outside (a count left), or
        // borrowed, is alive, and all it reaches. One pass in order: each
        // object, when passed, takes its index and, if reachable, is
        // traversed, marking what it reaches; a marked object already
        // passed goes on a stack and is traversed at once.
        let mut stack: Vec<u32> = Vec::new();
        for (i, &e) in set.iter().enumerate() {
            // SAFETY: as above.
            let h = unsafe { entry_head(e) };
            let v = h.0.get();
            let reach = v & REACHABLE != 0 || v & REFS != 0;
            h.0.set(COLLECTING | PASSED | if reach { REACHABLE } else { 0 } | i as u32);
            if !reach {
                continue;
            }
            let mut j = i as u32;
            loop {
                let mut mark = |h: &GcHead| {
                    let v = h.0.get();
                    if h.in_collection() && v & REACHABLE == 0 {
                        h.0.set(v | REACHABLE);
                        if v & PASSED != 0 {
                            stack.push(v & INDEX);
                        }
                    }
                };
                // SAFETY: as above.
                unsafe { entry_traverse(set[j as usize], &mut mark) };
                match stack.pop() {
                    Some(next_j) => j = next_j,
                    None => break,
                }
            }
        }
        // Phase 4: the heads take back their place; the garbage is held.
        for (k, &e) in set.iter().enumerate() {
            // SAFETY: as above.
            let h = unsafe { entry_head(e) };
            let reach = h.0.get() & REACHABLE != 0;
            h.0.set(((next as u32) << GEN_SHIFT) | (start + k) as u32);
            if !reach {
                // SAFETY: as above.
                garbage.push(unsafe { entry_rc(e) });
            }
        }
    }
    // Break the garbage cycles, then let `Rc` free the objects (each
    // one's head takes it out of the registry). What clearing could not
    // free (a cell borrowed) stays registered.
    let found = garbage.len();
    for o in &garbage {
        o.clear();
    }
    drop(garbage);
    let moved = g.gens[next].borrow().len().saturating_sub(start);
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        self.items.iter().for_each(|v| visit_value(v, f));
        true
    }
    fn gc_clear(&self) {}
}

impl PyDict {
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        let (Ok(defaults), Ok(kwdefaults), Ok(dict)) = (self.defaults.try_borrow(), self.kwdefaults.try_borrow(), self.dict.try_borrow()) else {
            return false;
        };
        visit_rc(&self.code, f);
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        visit_value(&self.func, f);
        visit_value(&self.self_, f);
        true
    }
    fn gc_clear(&self) {}
}

impl PyGenerator {
    /// The function and the suspended frame (its locals and stack). A
    /// running generator's frame is on the VM's stack, outside the heap,
    /// and `saved` holds its caller's stack meanwhile: it is reachable.
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        if self.status.get() == GenStatus::Running {
            return false;
        }
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        visit_rc(&self.dict, f);
        true
    }
    fn gc_clear(&self) {}
}

impl PyModule {
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        visit_rc(&self.dict, f);
        true
    }
    fn gc_clear(&self) {}
}

impl PyCell {
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
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
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
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

impl PyCode {
    /// The constants (nested code objects among them) and what the inline
    /// caches of the attribute sites hold.
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        self.consts.iter().for_each(|v| visit_value(v, f));
        self.attr_sites.iter().all(|s| s.cache.gc_traverse(f))
    }
    /// Empties the inline caches (the constants cannot be in a cycle but
    /// through a code object's caches).
    fn gc_clear(&self) {
        self.attr_sites.iter().for_each(|s| s.cache.gc_clear());
    }
}

impl PyInstance {
    fn gc_traverse(&self, f: &mut impl Visit) -> bool {
        self.traverse_refs(f)
    }
    fn gc_clear(&self) {
        self.clear_refs()
    }
}

/// The tracked objects referenced from outside the registry: (kind,
/// external references, a description) (leak hunting).
#[cfg(test)]
pub(crate) fn external_roots() -> Vec<(usize, usize, String)> {
    use std::collections::HashMap;
    let mut entries = Vec::new();
    GC.with(|g| g.gens.iter().for_each(|r| entries.extend(r.borrow().iter().copied())));
    let mut count: HashMap<usize, isize> = HashMap::new();
    for &e in &entries {
        // SAFETY: a registry entry of a live object.
        let h = unsafe { entry_head(e) } as *const GcHead as usize;
        // SAFETY: as above.
        count.insert(h, unsafe { entry_strong(e) } as isize);
    }
    for &e in &entries {
        // SAFETY: as above; the visitor drops nothing.
        unsafe {
            entry_traverse(e, &mut |h: &GcHead| {
                if let Some(c) = count.get_mut(&(h as *const GcHead as usize)) {
                    *c -= 1;
                }
            })
        };
    }
    let mut out = Vec::new();
    for &e in &entries {
        // SAFETY: as above.
        let h = unsafe { entry_head(e) } as *const GcHead as usize;
        let c = count[&h];
        if c > 0 {
            let p = e & !KIND;
            let what = match e & KIND {
                // SAFETY: the tag names the type.
                10 => format!("type {}", unsafe { &*(p as *const PyType) }.name),
                // SAFETY: as above.
                11 => format!("instance of {}", unsafe { &*(p as *const PyInstance) }.class().name),
                // SAFETY: as above.
                2 => format!("dict len {}", unsafe { &*(p as *const PyDict) }.data.borrow().len()),
                // SAFETY: as above.
                4 => format!("function {}", unsafe { &*(p as *const PyFunction) }.name.borrow()),
                // SAFETY: as above.
                13 => format!("code {}", unsafe { &*(p as *const PyCode) }.name),
                k => format!("kind {k}"),
            };
            out.push((e & KIND, c as usize, what));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn self_referencing_list_is_freed() {
        let l = Rc::new(PyList { gc: GcHead::new(), items: RefCell::new(vec![]) });
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
        let l = Rc::new(PyList { gc: GcHead::new(), items: RefCell::new(vec![]) });
        track(&l);
        l.items.borrow_mut().push(Value::List(l.clone()));
        collect(2);
        assert_eq!(l.items.borrow().len(), 1);
        l.items.borrow_mut().clear();
    }

    fn list() -> Rc<PyList> {
        let l = Rc::new(PyList { gc: GcHead::new(), items: RefCell::new(vec![]) });
        track(&l);
        l
    }

    /// Every entry's head names its own place (the registry invariant).
    fn check_registry() {
        GC.with(|g| {
            for (gen, reg) in g.gens.iter().enumerate() {
                for (i, &e) in reg.borrow().iter().enumerate() {
                    // SAFETY: a registry entry of a live object.
                    let v = unsafe { entry_head(e) }.0.get();
                    assert_eq!(v, ((gen as u32) << GEN_SHIFT) | i as u32);
                }
            }
        })
    }

    #[test]
    fn drops_leave_the_registry_consistent() {
        let ls: Vec<_> = (0..50).map(|_| list()).collect();
        check_registry();
        for (i, l) in ls.into_iter().enumerate() {
            if i % 3 == 0 {
                drop(l);
            } else {
                std::mem::forget(l.clone());
            }
        }
        check_registry();
        collect(2);
        check_registry();
    }

    #[test]
    fn objects_reached_backwards_are_kept() {
        // A chain whose links point from younger to older objects, held
        // only at its youngest end: the one-pass scan must reach back.
        let ls: Vec<_> = (0..100).map(|_| list()).collect();
        for w in ls.windows(2) {
            w[1].items.borrow_mut().push(Value::List(w[0].clone()));
        }
        let first = Rc::downgrade(&ls[0]);
        let last = ls[99].clone();
        drop(ls);
        collect(2);
        assert!(first.upgrade().is_some());
        check_registry();
        // A cycle through the whole chain, then unreachable.
        first.upgrade().unwrap().items.borrow_mut().push(Value::List(last.clone()));
        drop(last);
        assert!(first.upgrade().is_some());
        collect(2);
        assert!(first.upgrade().is_none());
        check_registry();
    }

    #[test]
    fn borrowed_object_is_kept() {
        let l = Rc::new(PyList { gc: GcHead::new(), items: RefCell::new(vec![]) });
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

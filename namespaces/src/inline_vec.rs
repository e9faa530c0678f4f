//! `InlineVec<V, N>`: a vector that keeps up to `N` values inside itself
//! and moves them all to one heap `Vec` when value `N + 1` arrives; the
//! storage of `ShapedValues`. Unlike `SmallVec<[V; N]>` its length is a
//! `u32`, which shares one word with a `u32` *tag* that the vector carries
//! for its owner and never interprets (`ShapedValues` keeps its `ShapeId`
//! there). So with 8-byte values and `N = 3` the whole thing is 32 bytes:
//! one word of tag and length, then 24 bytes that are either the three
//! inline values or a `Vec` (pointer, capacity, length).
//!
//! Invariant (every `unsafe` block below relies on it; every method keeps
//! it from call to call, also when a `V` method panics):
//! - `len == SPILLED` (`u32::MAX`): `store.heap` is the active field, an
//!   initialised `Vec<V>` that owns every value and keeps its own length;
//!   nothing in `store` is owned otherwise.
//! - otherwise `len <= N`, `store.inline` is the active field, and exactly
//!   `inline[..len]` are initialised values owned by the vector;
//!   `inline[len..]` is uninitialised (or stale bits nobody owns).
//!
//! `N < u32::MAX` (checked at compile time), so an inline length is never
//! `SPILLED`. Once spilled the vector stays spilled whatever its length (it
//! may drop to `N` values or fewer by `pop`) until `take_all` hands the
//! heap `Vec` out and leaves it empty and inline. `tag` is plain data:
//! nothing here reads it but `tag`, `Clone` and `Debug`.

use std::fmt;
use std::mem::{ManuallyDrop, MaybeUninit};
use std::ptr;
use std::slice;

/// The `len` of a vector whose values are in `store.heap`.
const SPILLED: u32 = u32::MAX;

#[repr(C)]
pub(crate) struct InlineVec<V, const N: usize> {
    /// The owner's data; see the module header.
    tag: u32,
    /// The number of inline values, or `SPILLED`.
    len: u32,
    store: Store<V, N>,
}

/// Which field is active is told by `InlineVec::len` (module header).
union Store<V, const N: usize> {
    inline: ManuallyDrop<[MaybeUninit<V>; N]>,
    heap: ManuallyDrop<Vec<V>>,
}

impl<V, const N: usize> Default for InlineVec<V, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<V, const N: usize> InlineVec<V, N> {
    /// An inline length must never read as `SPILLED`.
    const N_FITS: () = assert!(N < SPILLED as usize, "InlineVec: N must be below u32::MAX");

    /// Capacity of the heap `Vec` made when the inline array overflows: at
    /// least `N + 1`, so the value that overflowed fits without a second
    /// allocation.
    const SPILL_CAPACITY: usize = if N < 2 { 4 } else { N.saturating_mul(2) };

    /// Empty, with tag 0.
    pub(crate) const fn new() -> Self {
        Self::with_tag(0)
    }

    /// Empty, with tag `tag`.
    pub(crate) const fn with_tag(tag: u32) -> Self {
        let () = Self::N_FITS;
        InlineVec { tag, len: 0, store: Store { inline: ManuallyDrop::new([const { MaybeUninit::uninit() }; N]) } }
    }

    /// The start of the inline array, whichever field is active: no
    /// reference to the union is made, so this is safe; using the pointer
    /// is not. (`ManuallyDrop` and `MaybeUninit` are `repr(transparent)`,
    /// so the array is `N` slots laid out as `[V; N]`.)
    #[inline]
    fn inline_ptr(&self) -> *const V {
        (&raw const self.store.inline).cast::<V>()
    }

    /// `inline_ptr` for writing, derived from a unique borrow of `self`.
    #[inline]
    fn inline_mut_ptr(&mut self) -> *mut V {
        (&raw mut self.store.inline).cast::<V>()
    }

    #[inline]
    pub(crate) fn tag(&self) -> u32 {
        self.tag
    }

    #[inline]
    pub(crate) fn set_tag(&mut self, tag: u32) {
        self.tag = tag;
    }

    /// Whether the values have left the inline array for the heap.
    #[inline]
    pub(crate) fn spilled(&self) -> bool {
        self.len == SPILLED
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.as_slice().len()
    }

    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub(crate) fn as_slice(&self) -> &[V] {
        if self.spilled() {
            // SAFETY: `len == SPILLED`, so `heap` is the active field and an
            // initialised `Vec` (invariant).
            unsafe { (*self.store.heap).as_slice() }
        } else {
            // SAFETY: not spilled, so `inline` is the active field and its
            // first `len <= N` slots are initialised `V`s (invariant). The
            // pointer is derived from the whole array (`inline_ptr`), so it
            // is aligned and valid for `len` reads, and the shared borrow of
            // `self` keeps the values alive and unchanged for the slice's
            // lifetime.
            unsafe { slice::from_raw_parts(self.inline_ptr(), self.len as usize) }
        }
    }

    #[inline]
    pub(crate) fn as_mut_slice(&mut self) -> &mut [V] {
        if self.spilled() {
            // SAFETY: `len == SPILLED`, so `heap` is the active field and an
            // initialised `Vec` (invariant).
            unsafe { (*self.store.heap).as_mut_slice() }
        } else {
            // SAFETY: as in `as_slice`: `inline` is active and `inline[..len]`
            // are initialised; the pointer comes from a unique borrow of the
            // whole array (`inline_mut_ptr`), and the unique borrow of `self`
            // makes the slice the only access for its lifetime. Through it
            // callers can only replace values with other initialised values,
            // never change `len`.
            unsafe { slice::from_raw_parts_mut(self.inline_mut_ptr(), self.len as usize) }
        }
    }

    /// One branch for the storage, one bounds check.
    #[inline]
    pub(crate) fn get(&self, i: usize) -> Option<&V> {
        self.as_slice().get(i)
    }

    #[inline]
    pub(crate) fn get_mut(&mut self, i: usize) -> Option<&mut V> {
        self.as_mut_slice().get_mut(i)
    }

    #[inline]
    pub(crate) fn first(&self) -> Option<&V> {
        self.as_slice().first()
    }

    #[inline]
    pub(crate) fn iter(&self) -> slice::Iter<'_, V> {
        self.as_slice().iter()
    }

    /// Appends `v`; the `N + 1`th value moves all of them to the heap.
    #[inline]
    pub(crate) fn push(&mut self, v: V) {
        if self.spilled() {
            // SAFETY: `len == SPILLED`, so `heap` is the active field and an
            // initialised `Vec` (invariant); `Vec::push` keeps it one (if it
            // panics on allocation failure, `v` is dropped and the `Vec` is
            // unchanged).
            unsafe { (*self.store.heap).push(v) }
        } else if (self.len as usize) < N {
            let len = self.len as usize;
            // SAFETY: not spilled, so `inline` is the active field, and slot
            // `len < N` is inside the array (so `add` stays in bounds) and
            // holds no owned value (invariant): writing there drops and
            // leaks nothing. `len + 1 <= N < SPILLED` then counts it.
            unsafe { self.inline_mut_ptr().add(len).write(v) };
            self.len += 1;
        } else {
            self.spill_push(v);
        }
    }

    /// `push` when the inline array is full: every value moves to a new
    /// heap `Vec`, then `v` joins them.
    #[cold]
    #[inline(never)]
    fn spill_push(&mut self, v: V) {
        debug_assert_eq!(self.len as usize, N);
        // Allocation failure panics here, before anything has changed.
        let mut heap: Vec<V> = Vec::with_capacity(Self::SPILL_CAPACITY);
        // From here the `N` values are owned by `heap`, not the array, so
        // that no path can drop them twice.
        self.len = 0;
        // SAFETY: before the line above, `len == N` and not spilled, so
        // `inline[..N]` are `N` initialised values (invariant); `heap` is a
        // fresh allocation of capacity >= N + 1, so the copy is in bounds of
        // both and the ranges do not overlap. The array's copies are no
        // longer owned (`len == 0`), so `set_len(N)` makes `heap` their one
        // owner.
        unsafe {
            ptr::copy_nonoverlapping(self.inline_ptr(), heap.as_mut_ptr(), N);
            heap.set_len(N);
        }
        // Capacity >= N + 1: this push neither allocates nor panics.
        heap.push(v);
        // Overwrites only the stale inline bits (no field of `Store` has drop
        // glue), then makes `heap` the active field.
        self.store = Store { heap: ManuallyDrop::new(heap) };
        self.len = SPILLED;
    }

    /// Removes and returns the last value. A spilled vector stays spilled.
    #[inline]
    pub(crate) fn pop(&mut self) -> Option<V> {
        if self.spilled() {
            // SAFETY: `len == SPILLED`, so `heap` is the active field and an
            // initialised `Vec` (invariant).
            unsafe { (*self.store.heap).pop() }
        } else if self.len == 0 {
            None
        } else {
            self.len -= 1;
            let len = self.len as usize;
            // SAFETY: not spilled and the old `len` was `len + 1 <= N`, so
            // `inline[len]` was initialised (invariant); the decrement above
            // gave up ownership of it, so reading it out moves it exactly
            // once.
            Some(unsafe { self.inline_ptr().add(len).read() })
        }
    }

    /// Every value in order, leaving the vector empty and inline (its heap
    /// block, if any, goes with the values). The tag is kept.
    pub(crate) fn take_all(&mut self) -> Vec<V> {
        if self.spilled() {
            // From here the inline array (with no values) is the active
            // field, so the `Vec` read out below has exactly one owner.
            self.len = 0;
            // SAFETY: until the line above `len == SPILLED`, so `heap` holds
            // an initialised `Vec` (invariant); it is read out once, and with
            // `len == 0` its bits left in `store` are stale bits nobody owns.
            unsafe { ManuallyDrop::take(&mut self.store.heap) }
        } else {
            let len = self.len as usize;
            // Allocation failure panics here, before anything has changed.
            let mut out: Vec<V> = Vec::with_capacity(len);
            self.len = 0;
            // SAFETY: before the line above, `inline[..len]` were `len`
            // initialised values (invariant, not spilled); `out` is a fresh
            // allocation of capacity `len`, so the copy is in bounds and does
            // not overlap. `len == 0` now disowns the array's copies, so
            // `set_len(len)` makes `out` their one owner.
            unsafe {
                ptr::copy_nonoverlapping(self.inline_ptr(), out.as_mut_ptr(), len);
                out.set_len(len);
            }
            out
        }
    }
}

impl<V, const N: usize> Drop for InlineVec<V, N> {
    fn drop(&mut self) {
        if self.spilled() {
            // SAFETY: `len == SPILLED`, so `heap` is the active field and an
            // initialised `Vec` (invariant); it is dropped once, here, and
            // `self` is not used again.
            unsafe { ManuallyDrop::drop(&mut self.store.heap) }
        } else {
            // SAFETY: not spilled, so the slice is exactly the owned,
            // initialised `inline[..len]` (invariant); each is dropped once
            // (a panicking drop still drops the rest), and `self` is not used
            // again.
            unsafe { ptr::drop_in_place(self.as_mut_slice()) }
        }
    }
}

impl<V: Clone, const N: usize> Clone for InlineVec<V, N> {
    /// The same values and tag; inline if they fit, as `SmallVec` does.
    /// A panicking `V::clone` drops the clones made so far (through the
    /// safe `push` and `to_vec`), and leaves `self` untouched.
    fn clone(&self) -> Self {
        let src = self.as_slice();
        if src.len() > N {
            let heap = src.to_vec();
            return InlineVec { tag: self.tag, len: SPILLED, store: Store { heap: ManuallyDrop::new(heap) } };
        }
        let mut out = Self::with_tag(self.tag);
        for v in src {
            out.push(v.clone());
        }
        out
    }
}

impl<V: fmt::Debug, const N: usize> fmt::Debug for InlineVec<V, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("InlineVec").field("tag", &self.tag).field("values", &self.as_slice()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::cell::Cell;
    use std::mem::size_of;
    use std::panic::{catch_unwind, AssertUnwindSafe};
    use std::rc::Rc;

    #[test]
    fn sizes() {
        assert_eq!(size_of::<InlineVec<u64, 3>>(), 32);
        assert_eq!(size_of::<InlineVec<Rc<u32>, 3>>(), 32);
        assert_eq!(size_of::<InlineVec<u8, 3>>(), 32, "the Vec sets the floor");
        assert_eq!(size_of::<InlineVec<u64, 2>>(), 32);
        assert_eq!(size_of::<InlineVec<u64, 4>>(), 40);
        assert_eq!(size_of::<InlineVec<(u64, u64), 3>>(), 56);
        assert_eq!(size_of::<InlineVec<u64, 0>>(), 32);
    }

    #[test]
    fn push_get_pop_across_the_spill() {
        let mut v: InlineVec<String, 3> = InlineVec::with_tag(7);
        assert!(v.is_empty() && !v.spilled() && v.first().is_none() && v.get(0).is_none());
        assert_eq!(v.pop(), None);
        for i in 0..3 {
            v.push(i.to_string());
            assert!(!v.spilled(), "{} values fit inline", i + 1);
        }
        assert_eq!(v.get(2).map(String::as_str), Some("2"));
        assert_eq!(v.get(3), None);
        v.get_mut(1).unwrap().push('!');
        v.push("3".into());
        assert!(v.spilled());
        for i in 4..10 {
            v.push(i.to_string());
        }
        assert_eq!(v.len(), 10);
        assert_eq!(v.tag(), 7, "the tag is kept across the spill");
        assert_eq!(v.first().map(String::as_str), Some("0"));
        assert_eq!(v.get(1).map(String::as_str), Some("1!"), "spilling keeps the values");
        *v.get_mut(9).unwrap() = "nine".into();
        assert!(v.get_mut(10).is_none());
        let all: Vec<&str> = v.iter().map(String::as_str).collect();
        assert_eq!(all, ["0", "1!", "2", "3", "4", "5", "6", "7", "8", "nine"]);
        assert_eq!(v.pop().as_deref(), Some("nine"));
        while v.len() > 1 {
            v.pop();
        }
        assert!(v.spilled(), "a spilled vector stays spilled");
        assert_eq!(v.pop().as_deref(), Some("0"));
        assert_eq!(v.pop(), None);
        assert!(v.is_empty() && v.spilled());
        v.push("again".into());
        assert_eq!(v.as_slice(), ["again"]);
        v.as_mut_slice()[0] = "replaced".into();
        assert_eq!(v.get(0).map(String::as_str), Some("replaced"));
    }

    #[test]
    fn inline_pop_and_reuse() {
        let mut v: InlineVec<Box<u32>, 3> = InlineVec::new();
        v.push(Box::new(1));
        v.push(Box::new(2));
        assert_eq!(v.pop(), Some(Box::new(2)));
        v.push(Box::new(3));
        v.push(Box::new(4));
        assert!(!v.spilled());
        assert_eq!(v.iter().map(|b| **b).collect::<Vec<_>>(), [1, 3, 4]);
    }

    #[test]
    fn take_all_empties_and_keeps_the_tag() {
        let mut v: InlineVec<String, 3> = InlineVec::with_tag(5);
        assert!(v.take_all().is_empty());
        v.push("a".into());
        v.push("b".into());
        assert_eq!(v.take_all(), ["a", "b"]);
        assert!(v.is_empty() && !v.spilled() && v.tag() == 5);
        for s in ["c", "d", "e", "f", "g"] {
            v.push(s.into());
        }
        assert!(v.spilled());
        assert_eq!(v.take_all(), ["c", "d", "e", "f", "g"]);
        assert!(v.is_empty() && !v.spilled() && v.tag() == 5, "empty and back inline");
        v.push("h".into());
        assert_eq!(v.as_slice(), ["h"]);
    }

    #[test]
    fn clone_copies_values_and_tag() {
        let mut v: InlineVec<String, 3> = InlineVec::with_tag(9);
        v.push("x".into());
        let c = v.clone();
        assert_eq!((c.tag(), c.as_slice(), c.spilled()), (9, &["x".to_string()][..], false));
        for s in ["y", "z", "w"] {
            v.push(s.into());
        }
        let c = v.clone();
        assert!(c.spilled());
        assert_eq!(c.as_slice(), v.as_slice());
        v.pop();
        v.pop();
        let c = v.clone();
        assert!(!c.spilled(), "a clone that fits is inline");
        assert_eq!((c.tag(), c.as_slice()), (9, v.as_slice()));
        assert_eq!(format!("{c:?}"), r#"InlineVec { tag: 9, values: ["x", "y"] }"#);
    }

    /// Every value is a clone of one `Rc`, so its strong count is the
    /// number of live values plus one: a leak shows as too many, a double
    /// drop as too few (or as an error under Miri).
    #[test]
    fn drops_each_value_exactly_once() {
        let rc = Rc::new(0u8);
        let live = |n: usize| assert_eq!(Rc::strong_count(&rc), n + 1);
        {
            let mut v: InlineVec<Rc<u8>, 3> = InlineVec::new();
            v.push(rc.clone());
            v.push(rc.clone());
            live(2);
        }
        live(0);
        {
            let mut v: InlineVec<Rc<u8>, 3> = InlineVec::new();
            for _ in 0..5 {
                v.push(rc.clone());
            }
            live(5);
            drop(v.pop());
            live(4);
            let c = v.clone();
            live(8);
            drop(c);
            live(4);
            let all = v.take_all();
            live(4);
            drop(all);
            live(0);
            for _ in 0..3 {
                v.push(rc.clone());
            }
            let all = v.take_all();
            live(3);
            drop(all);
            live(0);
            v.push(rc.clone());
            live(1);
        }
        live(0);
        {
            // Spilled, then popped back below `N`, then dropped.
            let mut v: InlineVec<Rc<u8>, 2> = InlineVec::new();
            for _ in 0..3 {
                v.push(rc.clone());
            }
            drop(v.pop());
            drop(v.pop());
            live(1);
        }
        live(0);
    }

    #[test]
    fn small_and_zero_sized() {
        let rc = Rc::new(());
        let mut v: InlineVec<Rc<()>, 0> = InlineVec::new();
        assert!(!v.spilled());
        v.push(rc.clone());
        assert!(v.spilled(), "N = 0 spills on the first push");
        v.push(rc.clone());
        assert_eq!(Rc::strong_count(&rc), 3);
        drop(v);
        assert_eq!(Rc::strong_count(&rc), 1);

        let mut v: InlineVec<Rc<()>, 1> = InlineVec::new();
        v.push(rc.clone());
        assert!(!v.spilled());
        v.push(rc.clone());
        assert!(v.spilled());
        assert_eq!(v.take_all().len(), 2);
        assert_eq!(Rc::strong_count(&rc), 1);

        let mut z: InlineVec<(), 3> = InlineVec::new();
        for _ in 0..7 {
            z.push(());
        }
        assert_eq!((z.len(), z.spilled()), (7, true));
        assert_eq!(z.pop(), Some(()));
        assert_eq!(z.take_all().len(), 6);
    }

    /// Counts its live clones; `clone` panics once `budget` reaches zero.
    struct Fragile {
        count: Rc<()>,
        budget: Rc<Cell<u32>>,
    }

    impl Clone for Fragile {
        fn clone(&self) -> Self {
            let left = self.budget.get();
            assert!(left > 0, "clone budget spent");
            self.budget.set(left - 1);
            Fragile { count: self.count.clone(), budget: self.budget.clone() }
        }
    }

    #[test]
    fn a_panicking_clone_leaks_nothing_and_drops_nothing_twice() {
        for len in [2, 3, 5] {
            let count = Rc::new(());
            let budget = Rc::new(Cell::new(u32::MAX));
            let mut v: InlineVec<Fragile, 3> = InlineVec::new();
            for _ in 0..len {
                v.push(Fragile { count: count.clone(), budget: budget.clone() });
            }
            budget.set(1);
            let r = catch_unwind(AssertUnwindSafe(|| v.clone()));
            assert!(r.is_err(), "the second clone panics");
            assert_eq!(Rc::strong_count(&count), len + 1, "the one clone made was dropped, the originals kept");
            assert_eq!(v.len(), len);
            drop(v);
            assert_eq!(Rc::strong_count(&count), 1);
        }
    }

    #[derive(Clone, Debug)]
    enum Op {
        Push(u32),
        Pop,
        Set(usize, u32),
        Get(usize),
        TakeAll,
        Clone,
        Tag(u32),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => any::<u32>().prop_map(Op::Push),
            2 => Just(Op::Pop),
            1 => (0..12usize, any::<u32>()).prop_map(|(i, x)| Op::Set(i, x)),
            1 => (0..12usize).prop_map(Op::Get),
            1 => Just(Op::TakeAll),
            1 => Just(Op::Clone),
            1 => any::<u32>().prop_map(Op::Tag),
        ]
    }

    /// `InlineVec<Rc<u32>, 3>` against a `Vec` holding the same `Rc`s: equal
    /// contents after every step, and every value held exactly twice (once
    /// by each side), so a leak or a double drop shows in the counts.
    fn run_model(ops: &[Op]) -> Result<(), TestCaseError> {
        let mut v: InlineVec<Rc<u32>, 3> = InlineVec::new();
        let mut model: Vec<Rc<u32>> = Vec::new();
        let mut tag = 0u32;
        for op in ops {
            match op {
                Op::Push(x) => {
                    let x = Rc::new(*x);
                    model.push(x.clone());
                    v.push(x);
                }
                Op::Pop => prop_assert_eq!(v.pop(), model.pop()),
                Op::Set(i, x) => {
                    let x = Rc::new(*x);
                    match (v.get_mut(*i), model.get_mut(*i)) {
                        (Some(a), Some(b)) => {
                            *b = x.clone();
                            *a = x;
                        }
                        (None, None) => {}
                        (a, b) => prop_assert!(false, "get_mut disagrees: {a:?} vs {b:?}"),
                    }
                }
                Op::Get(i) => prop_assert_eq!(v.get(*i), model.get(*i)),
                Op::TakeAll => {
                    prop_assert_eq!(v.take_all(), std::mem::take(&mut model));
                    prop_assert!(!v.spilled());
                }
                Op::Clone => {
                    let c = v.clone();
                    prop_assert_eq!(c.as_slice(), v.as_slice());
                    prop_assert_eq!(c.tag(), v.tag());
                    for x in &model {
                        prop_assert_eq!(Rc::strong_count(x), 3);
                    }
                }
                Op::Tag(t) => {
                    v.set_tag(*t);
                    tag = *t;
                }
            }
            prop_assert_eq!(v.as_slice(), &model[..]);
            prop_assert_eq!(v.len(), model.len());
            prop_assert_eq!(v.first(), model.first());
            prop_assert_eq!(v.tag(), tag);
            if model.len() > 3 {
                prop_assert!(v.spilled(), "more than N values are on the heap");
            }
            for x in &model {
                prop_assert_eq!(Rc::strong_count(x), 2);
            }
        }
        drop(v);
        for x in &model {
            prop_assert_eq!(Rc::strong_count(x), 1);
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: if cfg!(miri) { 12 } else { 1000 },
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn behaves_like_a_vec(ops in proptest::collection::vec(op(), 0..40)) {
            run_model(&ops)?;
        }
    }
}

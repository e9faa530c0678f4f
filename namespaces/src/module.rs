//! A module namespace: a `ModuleLayout` (name -> stable slot index,
//! append-only) plus `ModuleNs`, the slot storage over it, with dict
//! iteration order kept on the side.
//!
//! Invariants (checked by `check_invariants` in the tests):
//! - `layout.keys[i]` is the name of slot `i`, and `layout.index[keys[i]] == i`;
//!   slots are never removed or renumbered.
//! - a slot is *filled* iff `values[i]` is `Some`; `len` counts filled slots.
//! - `order` lists filled slots in dict order, with `EMPTY` tombstones for
//!   slots emptied since the last compaction; `pos[i]` is slot `i`'s place in
//!   `order` (`EMPTY` when the slot is empty).

use hashbrown::Equivalent;
use hashbrown::HashMap;
use std::hash::Hash;

/// The index of a slot in a module's layout; stable for the module's lifetime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SlotIdx(pub u32);

const EMPTY: u32 = u32::MAX;

/// Names to stable slot indices, append-only: a name once given a slot
/// keeps it for the layout's lifetime, whatever happens to its value.
#[derive(Clone, Debug)]
pub struct ModuleLayout<K> {
    index: HashMap<K, SlotIdx>,
    keys: Vec<K>,
}

impl<K: Hash + Eq + Clone> Default for ModuleLayout<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Hash + Eq + Clone> ModuleLayout<K> {
    pub fn new() -> Self {
        ModuleLayout { index: HashMap::new(), keys: Vec::new() }
    }

    /// Number of slots.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn slot_of<Q>(&self, name: &Q) -> Option<SlotIdx>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        self.index.get(name).copied()
    }

    /// The slot of `name`, and whether it was allocated just now.
    pub fn link(&mut self, name: K) -> (SlotIdx, bool) {
        if let Some(s) = self.index.get(&name) {
            return (*s, false);
        }
        let s = SlotIdx(self.keys.len() as u32);
        self.index.insert(name.clone(), s);
        self.keys.push(name);
        (s, true)
    }

    pub fn key(&self, s: SlotIdx) -> Option<&K> {
        self.keys.get(s.0 as usize)
    }
}

/// Slot storage over a `ModuleLayout`: one optional value per slot, and the
/// filled slots in dict order.
///
/// The slot values sit in the struct itself and everything else behind one
/// box, so that the struct is small (four words) and a slot read is one
/// load from wherever the struct lives.
#[derive(Clone, Debug)]
pub struct ModuleNs<K, V> {
    values: Vec<Option<V>>,
    meta: Box<Meta<K>>,
}

/// What a slot read never needs: the layout and the iteration order.
#[derive(Clone, Debug)]
struct Meta<K> {
    layout: ModuleLayout<K>,
    order: Vec<u32>,
    pos: Vec<u32>,
    len: usize,
}

impl<K: Hash + Eq + Clone, V> Default for ModuleNs<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Hash + Eq + Clone, V> ModuleNs<K, V> {
    pub fn new() -> Self {
        ModuleNs { values: Vec::new(), meta: Box::new(Meta { layout: ModuleLayout::new(), order: Vec::new(), pos: Vec::new(), len: 0 }) }
    }

    /// Number of filled slots (what `len(globals())` reports).
    pub fn len(&self) -> usize {
        self.meta.len
    }

    pub fn is_empty(&self) -> bool {
        self.meta.len == 0
    }

    /// Number of slots in the layout, filled or not.
    pub fn slot_count(&self) -> usize {
        self.meta.layout.len()
    }

    pub fn layout(&self) -> &ModuleLayout<K> {
        &self.meta.layout
    }

    /// The slot of `name`, if the layout has one.
    pub fn slot_of<Q>(&self, name: &Q) -> Option<SlotIdx>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        self.meta.layout.slot_of(name)
    }

    /// The slot of `name`, allocating an empty one if the name is new.
    /// Linking never changes what the namespace contains.
    pub fn link(&mut self, name: K) -> SlotIdx {
        let (s, new) = self.meta.layout.link(name);
        if new {
            self.values.push(None);
            self.meta.pos.push(EMPTY);
        }
        s
    }

    /// The value in a slot (`None` when empty). The hot path of a global load.
    #[inline]
    pub fn get(&self, s: SlotIdx) -> Option<&V> {
        self.values.get(s.0 as usize).and_then(|v| v.as_ref())
    }

    pub fn get_by_name<Q>(&self, name: &Q) -> Option<&V>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        self.slot_of(name).and_then(|s| self.get(s))
    }

    /// The name of a slot.
    pub fn key(&self, s: SlotIdx) -> Option<&K> {
        self.meta.layout.key(s)
    }

    /// Fills a slot. An empty slot becomes the last in iteration order; a
    /// filled one keeps its place. Returns the previous value.
    pub fn set(&mut self, s: SlotIdx, v: V) -> Option<V> {
        let i = s.0 as usize;
        let old = self.values.get_mut(i)?.replace(v);
        if old.is_none() {
            self.meta.pos[i] = self.meta.order.len() as u32;
            self.meta.order.push(s.0);
            self.meta.len += 1;
        }
        old
    }

    /// `ns[name] = v`.
    pub fn insert(&mut self, name: K, v: V) -> Option<V> {
        let s = self.link(name);
        self.set(s, v)
    }

    /// Empties a slot (the slot and its index stay). Returns the value it held.
    pub fn remove(&mut self, s: SlotIdx) -> Option<V> {
        let i = s.0 as usize;
        let old = self.values.get_mut(i)?.take()?;
        let p = self.meta.pos[i] as usize;
        self.meta.order[p] = EMPTY;
        self.meta.pos[i] = EMPTY;
        self.meta.len -= 1;
        if self.meta.order.len() > 32 && self.meta.len * 2 < self.meta.order.len() {
            self.compact_order();
        }
        Some(old)
    }

    pub fn remove_by_name<Q>(&mut self, name: &Q) -> Option<V>
    where
        Q: Hash + Equivalent<K> + ?Sized,
    {
        let s = self.slot_of(name)?;
        self.remove(s)
    }

    /// Empties every slot; the layout (and so every link) survives.
    pub fn clear(&mut self) {
        for v in self.values.iter_mut() {
            *v = None;
        }
        for p in self.meta.pos.iter_mut() {
            *p = EMPTY;
        }
        self.meta.order.clear();
        self.meta.len = 0;
    }

    fn compact_order(&mut self) {
        self.meta.order.retain(|s| *s != EMPTY);
        for (p, s) in self.meta.order.iter().enumerate() {
            self.meta.pos[*s as usize] = p as u32;
        }
    }

    /// Filled slots in dict order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.meta.order.iter().filter(|s| **s != EMPTY).filter_map(move |s| {
            let i = *s as usize;
            self.values[i].as_ref().map(|v| (&self.meta.layout.keys[i], v))
        })
    }

    /// For iterators that hold a position: the next filled slot at or after
    /// `pos` in iteration order, and the position after it. Positions stay
    /// valid while no slot is emptied (a dict iterator checks the length).
    pub fn next_from(&self, pos: usize) -> Option<(usize, SlotIdx)> {
        let mut p = pos;
        while p < self.meta.order.len() {
            let s = self.meta.order[p];
            if s != EMPTY {
                return Some((p + 1, SlotIdx(s)));
            }
            p += 1;
        }
        None
    }

    /// The last filled slot in iteration order (`dict.popitem`).
    pub fn last(&self) -> Option<SlotIdx> {
        self.meta.order.iter().rev().find(|s| **s != EMPTY).map(|s| SlotIdx(*s))
    }

    #[cfg(test)]
    fn check_invariants(&self) {
        assert_eq!(self.meta.layout.keys.len(), self.values.len());
        assert_eq!(self.meta.layout.keys.len(), self.meta.pos.len());
        for (i, k) in self.meta.layout.keys.iter().enumerate() {
            assert_eq!(self.meta.layout.index[k].0 as usize, i);
        }
        let filled = self.values.iter().filter(|v| v.is_some()).count();
        assert_eq!(filled, self.meta.len);
        assert_eq!(self.meta.order.iter().filter(|s| **s != EMPTY).count(), self.meta.len);
        for (p, s) in self.meta.order.iter().enumerate() {
            if *s != EMPTY {
                assert_eq!(self.meta.pos[*s as usize] as usize, p);
                assert!(self.values[*s as usize].is_some());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_stable_across_delete_and_redefine() {
        let mut ns: ModuleNs<String, i32> = ModuleNs::new();
        let a = ns.link("a".into());
        let b = ns.link("b".into());
        assert_eq!(ns.len(), 0, "linking defines nothing");
        ns.set(a, 1);
        ns.set(b, 2);
        assert_eq!(ns.remove(a), Some(1));
        assert_eq!(ns.get(a), None);
        ns.set(a, 3);
        assert_eq!(ns.slot_of("a"), Some(a));
        let order: Vec<_> = ns.iter().map(|(k, v)| (k.clone(), *v)).collect();
        assert_eq!(order, vec![("b".to_string(), 2), ("a".to_string(), 3)], "re-added name iterates last");
        ns.check_invariants();
    }

    #[test]
    fn layout_is_append_only() {
        let mut l: ModuleLayout<&str> = ModuleLayout::new();
        assert_eq!(l.link("a"), (SlotIdx(0), true));
        assert_eq!(l.link("b"), (SlotIdx(1), true));
        assert_eq!(l.link("a"), (SlotIdx(0), false));
        assert_eq!(l.len(), 2);
        assert_eq!(l.key(SlotIdx(1)), Some(&"b"));
        assert_eq!(l.slot_of("c"), None);
    }

    #[test]
    fn rebinding_keeps_position() {
        let mut ns: ModuleNs<&str, i32> = ModuleNs::new();
        ns.insert("x", 1);
        ns.insert("y", 2);
        ns.insert("x", 10);
        let keys: Vec<_> = ns.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, vec!["x", "y"]);
        assert_eq!(ns.get_by_name("x"), Some(&10));
    }

    #[test]
    fn clear_keeps_links() {
        let mut ns: ModuleNs<&str, i32> = ModuleNs::new();
        let s = ns.link("g");
        ns.set(s, 5);
        ns.clear();
        assert!(ns.is_empty());
        assert_eq!(ns.get(s), None);
        ns.insert("g", 6);
        assert_eq!(ns.get(s), Some(&6));
        ns.check_invariants();
    }

    #[test]
    fn many_deletions_compact_the_order() {
        let mut ns: ModuleNs<u32, u32> = ModuleNs::new();
        for i in 0..100 {
            ns.insert(i, i);
        }
        for i in 0..90 {
            ns.remove_by_name(&i);
        }
        ns.check_invariants();
        let keys: Vec<_> = ns.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, (90..100).collect::<Vec<_>>());
        let mut p = 0;
        let mut seen = Vec::new();
        while let Some((next, s)) = ns.next_from(p) {
            seen.push(*ns.key(s).unwrap());
            p = next;
        }
        assert_eq!(seen, keys);
        assert_eq!(ns.last().and_then(|s| ns.key(s)).copied(), Some(99));
    }
}

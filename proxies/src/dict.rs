//! `Dict<V>` and its plain operations: everything that needs no host.
//!
//! Entry indices are what the protocol's lookups return and what
//! `entry`, `set_at` and `remove_at` take: a table's entry position, or a
//! module slot's index. Iteration positions (`next_from`) are positions in
//! insertion order: a table's entry positions, or places in the slots'
//! order vector; a table made from slots keeps them (holes included).

use crate::table::{Entry, Table};
use crate::DictValue;
use namespaces::{ModuleNs, SlotIdx};
use std::hash::{Hash, Hasher};

/// A key of module slots, with its hash. Slots hold only keys whose
/// equality needs no host (`DictValue::eq_needs_host` is false).
#[derive(Clone)]
pub struct NsKey<V> {
    pub hash: i64,
    pub key: V,
}

impl<V: DictValue> NsKey<V> {
    /// The key of a name.
    pub fn name(key: V) -> NsKey<V> {
        let hash = key.as_name().map_or(0, V::name_hash);
        NsKey { hash, key }
    }
}

impl<V> Hash for NsKey<V> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_i64(self.hash)
    }
}

impl<V: DictValue> PartialEq for NsKey<V> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.key.pure_eq(&other.key).unwrap_or(false)
    }
}
impl<V: DictValue> Eq for NsKey<V> {}

/// Looks slots up by a name (hashed as the key it would be).
struct NameProbe<'a, V: DictValue>(&'a V::Name);

impl<V: DictValue> Hash for NameProbe<'_, V> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_i64(V::name_hash(self.0))
    }
}

impl<V: DictValue> hashbrown::Equivalent<NsKey<V>> for NameProbe<'_, V> {
    fn equivalent(&self, k: &NsKey<V>) -> bool {
        k.key.as_name().is_some_and(|n| V::name_eq(n, self.0))
    }
}

/// Looks slots up by any key the slots could hold, with its hash.
struct KeyProbe<'a, V> {
    hash: i64,
    key: &'a V,
}

impl<V> Hash for KeyProbe<'_, V> {
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_i64(self.hash)
    }
}

impl<V: DictValue> hashbrown::Equivalent<NsKey<V>> for KeyProbe<'_, V> {
    fn equivalent(&self, k: &NsKey<V>) -> bool {
        self.hash == k.hash && self.key.pure_eq(&k.key).unwrap_or(false)
    }
}

/// A module namespace's slot storage.
pub type ModuleSlots<V> = ModuleNs<NsKey<V>, V>;

/// Where a dict's entries live.
#[derive(Clone)]
pub enum Storage<V> {
    Table(Table<V>),
    Slots(ModuleSlots<V>),
}

/// A dict: a storage and the protocol over it.
pub struct Dict<V> {
    storage: Storage<V>,
}

impl<V> Default for Dict<V> {
    fn default() -> Self {
        Dict { storage: Storage::Table(Table::default()) }
    }
}

/// A copy is always a hash table: a copy of `globals()` is a plain dict.
impl<V: DictValue> Clone for Dict<V> {
    fn clone(&self) -> Self {
        self.copy()
    }
}

/// One live entry, whichever storage holds it.
#[derive(Clone, Copy)]
pub struct EntryRef<'a, V> {
    pub hash: i64,
    pub key: &'a V,
    pub value: &'a V,
}

impl<'a, V> From<&'a Entry<V>> for EntryRef<'a, V> {
    #[inline]
    fn from(e: &'a Entry<V>) -> Self {
        EntryRef { hash: e.hash, key: &e.key, value: &e.value }
    }
}

fn slot_entry<V>(ns: &ModuleSlots<V>, s: SlotIdx) -> Option<EntryRef<'_, V>>
where
    V: DictValue,
{
    let v = ns.get(s)?;
    let k = ns.key(s)?;
    Some(EntryRef { hash: k.hash, key: &k.key, value: v })
}

/// The `Err` of `Dict::find_pure`: some candidate needs the host.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsHost;

impl<V: DictValue> Dict<V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        Dict { storage: Storage::Table(Table::with_capacity(n)) }
    }

    /// An empty module namespace in slots.
    pub fn new_slots() -> Self {
        Dict { storage: Storage::Slots(ModuleSlots::default()) }
    }

    pub fn storage(&self) -> &Storage<V> {
        &self.storage
    }

    #[inline]
    pub fn len(&self) -> usize {
        match &self.storage {
            Storage::Table(t) => t.len,
            Storage::Slots(ns) => ns.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    pub fn is_slots(&self) -> bool {
        matches!(self.storage, Storage::Slots(_))
    }

    /// The module slots, while this dict is a module namespace in slots.
    #[inline]
    pub fn slots(&self) -> Option<&ModuleSlots<V>> {
        match &self.storage {
            Storage::Slots(ns) => Some(ns),
            Storage::Table(_) => None,
        }
    }

    #[inline]
    pub fn slots_mut(&mut self) -> Option<&mut ModuleSlots<V>> {
        match &mut self.storage {
            Storage::Slots(ns) => Some(ns),
            Storage::Table(_) => None,
        }
    }

    /// Whether a key may equal a name without being one: then a name
    /// lookup that misses must ask the keys (`protocol::get_by_name`).
    /// Module slots never hold such a key.
    #[inline]
    pub fn name_shadows(&self) -> bool {
        match &self.storage {
            Storage::Table(t) => t.name_shadows,
            Storage::Slots(_) => false,
        }
    }

    /// The value of a name, comparing names alone (the fast path).
    #[inline]
    pub fn get_name(&self, name: &V::Name) -> Option<&V> {
        match &self.storage {
            Storage::Table(t) => t.find_name(name).and_then(|i| t.get(i)).map(|e| &e.value),
            Storage::Slots(ns) => ns.get_by_name(&NameProbe::<V>(name)),
        }
    }

    /// The value of a name when names alone decide it: `Ok(Some)` found,
    /// `Ok(None)` surely absent, `Err(NeedsHost)` absent as a name but a
    /// key that may equal it is stored (ask it, `protocol::get_name`).
    #[inline]
    pub fn get_name_plain(&self, name: &V::Name) -> Result<Option<&V>, NeedsHost> {
        match self.get_name(name) {
            Some(v) => Ok(Some(v)),
            None if self.name_shadows() => Err(NeedsHost),
            None => Ok(None),
        }
    }

    /// `d[name] = value` comparing names alone, making the key (`key()`,
    /// the name as a key) only when it is new; returns the old value.
    #[inline]
    pub fn set_name_with(&mut self, name: &V::Name, key: impl FnOnce() -> V, value: V) -> Option<V> {
        match &mut self.storage {
            Storage::Table(t) => t.set_name_with(name, key, value),
            Storage::Slots(ns) => match ns.slot_of(&NameProbe::<V>(name)) {
                Some(s) if ns.get(s).is_some() => ns.set(s, value),
                _ => ns.insert(NsKey::name(key()), value),
            },
        }
    }

    /// The entry index of a name, comparing names alone.
    #[inline]
    pub fn find_name(&self, name: &V::Name) -> Option<usize> {
        match &self.storage {
            Storage::Table(t) => t.find_name(name),
            Storage::Slots(ns) => ns.slot_of(&NameProbe::<V>(name)).filter(|s| ns.get(*s).is_some()).map(|s| s.0 as usize),
        }
    }

    /// The value of entry `i` when its key is the name `name`: an entry
    /// index remembered by an inline cache is a hint, checked here (as
    /// CPython's `LOAD_ATTR_WITH_HINT` checks its dict hint).
    #[inline]
    pub fn value_at_if_name(&self, i: usize, name: &V::Name) -> Option<&V> {
        let e = self.entry(i)?;
        let k = e.key.as_name()?;
        V::name_eq(k, name).then_some(e.value)
    }

    /// `d[name] = value` comparing names alone; `key` must be a name.
    /// Returns the old value.
    pub fn set_name(&mut self, key: V, value: V) -> Option<V> {
        let Some(name) = key.as_name() else {
            debug_assert!(false, "set_name takes a name");
            return None;
        };
        match &mut self.storage {
            Storage::Table(t) => match t.find_name(name) {
                Some(i) => t.set_at(i, value),
                None => {
                    let hash = V::name_hash(name);
                    t.push_new(hash, key, value);
                    None
                }
            },
            Storage::Slots(ns) => ns.insert(NsKey::name(key), value),
        }
    }

    /// Removes a name comparing names alone; returns its value.
    pub fn remove_name(&mut self, name: &V::Name) -> Option<V> {
        match &mut self.storage {
            Storage::Table(t) => {
                let i = t.find_name(name)?;
                t.remove_at(i).map(|(_, v)| v)
            }
            Storage::Slots(ns) => ns.remove_by_name(&NameProbe::<V>(name)),
        }
    }

    /// The entry index of `key` when no candidate needs the host.
    pub fn find_pure(&self, key: &V, hash: i64) -> Result<Option<usize>, NeedsHost> {
        match &self.storage {
            Storage::Table(t) => t.find_index(hash, |k| k.pure_eq(key).ok_or(NeedsHost)),
            // Every key in slots compares without the host, so a probe that
            // does too is answered by the layout's own table.
            Storage::Slots(ns) if !key.eq_needs_host() => Ok(ns.slot_of(&KeyProbe { hash, key }).filter(|s| ns.get(*s).is_some()).map(|s| s.0 as usize)),
            Storage::Slots(_) => Err(NeedsHost),
        }
    }

    /// Entry indices and keys of every live entry with this hash, in
    /// insertion order (compared outside the borrow, through the host).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, V)> {
        match &self.storage {
            Storage::Table(t) => t.candidates(hash),
            Storage::Slots(ns) => {
                let mut found = Vec::new();
                let mut pos = 0;
                while let Some((next, s)) = ns.next_from(pos) {
                    if let Some(k) = ns.key(s).filter(|k| k.hash == hash) {
                        found.push((s.0 as usize, k.key.clone()));
                    }
                    pos = next;
                }
                found
            }
        }
    }

    /// The live entry at entry index `i`.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<EntryRef<'_, V>> {
        match &self.storage {
            Storage::Table(t) => t.get(i).map(EntryRef::from),
            Storage::Slots(ns) => slot_entry(ns, SlotIdx(i as u32)),
        }
    }

    /// Replaces the value of live entry `i`; returns the old value.
    #[inline]
    pub fn set_at(&mut self, i: usize, value: V) -> Option<V> {
        match &mut self.storage {
            Storage::Table(t) => t.set_at(i, value),
            Storage::Slots(ns) => {
                let s = SlotIdx(i as u32);
                ns.get(s)?;
                ns.set(s, value)
            }
        }
    }

    /// Removes live entry `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> Option<(V, V)> {
        match &mut self.storage {
            Storage::Table(t) => t.remove_at(i),
            Storage::Slots(ns) => {
                let s = SlotIdx(i as u32);
                let key = ns.key(s)?.key.clone();
                ns.remove(s).map(|v| (key, v))
            }
        }
    }

    /// Appends a key known to be absent. Slots that cannot hold it become
    /// a hash table first.
    pub fn push_new(&mut self, hash: i64, key: V, value: V) {
        if self.is_slots() && key.eq_needs_host() {
            self.leave_slots();
        }
        match &mut self.storage {
            Storage::Table(t) => t.push_new(hash, key, value),
            Storage::Slots(ns) => {
                ns.insert(NsKey { hash, key }, value);
            }
        }
    }

    /// Turns module slots into a hash table with the same entries at the
    /// same iteration positions, for good: code linked to the slots then
    /// finds the namespace is no longer in slots and goes by key.
    pub fn leave_slots(&mut self) {
        if let Storage::Slots(ns) = &self.storage {
            let mut t = Table::with_capacity(ns.len());
            let mut pos = 0;
            while let Some((next, s)) = ns.next_from(pos) {
                for _ in pos..next - 1 {
                    t.push_hole();
                }
                if let Some(e) = slot_entry(ns, s) {
                    t.push_new(e.hash, e.key.clone(), e.value.clone());
                }
                pos = next;
            }
            self.storage = Storage::Table(t);
        }
    }

    /// Empties the dict (module slots keep their layout, so links survive).
    pub fn clear(&mut self) {
        match &mut self.storage {
            Storage::Table(t) => t.clear(),
            Storage::Slots(ns) => ns.clear(),
        }
    }

    /// A hash table with the same entries in the same order.
    pub fn copy(&self) -> Self {
        let mut t = Table::with_capacity(self.len());
        for e in self.iter() {
            t.push_new(e.hash, e.key.clone(), e.value.clone());
        }
        Dict { storage: Storage::Table(t) }
    }

    /// The live entry at or after iteration position `pos`, and the
    /// position after it.
    #[inline]
    pub fn next_from(&self, pos: usize) -> Option<(usize, EntryRef<'_, V>)> {
        match &self.storage {
            Storage::Table(t) => {
                let (next, i) = t.next_from(pos)?;
                t.get(i).map(|e| (next, EntryRef::from(e)))
            }
            Storage::Slots(ns) => {
                let (next, s) = ns.next_from(pos)?;
                slot_entry(ns, s).map(|e| (next, e))
            }
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> Iter<'_, V> {
        Iter { d: self, pos: 0 }
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(V, V)> {
        let i = match &self.storage {
            Storage::Table(t) => t.last_index()?,
            Storage::Slots(ns) => ns.last()?.0 as usize,
        };
        self.remove_at(i)
    }
}

/// Live entries of a dict in insertion order.
pub struct Iter<'a, V> {
    d: &'a Dict<V>,
    pos: usize,
}

impl<'a, V: DictValue> Iterator for Iter<'a, V> {
    type Item = EntryRef<'a, V>;
    #[inline]
    fn next(&mut self) -> Option<EntryRef<'a, V>> {
        let (p, e) = self.d.next_from(self.pos)?;
        self.pos = p;
        Some(e)
    }
}

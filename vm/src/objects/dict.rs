//! `dict`: an insertion-ordered hash map on hashbrown's `HashTable`.
//!
//! Entries live in a vector in insertion order (deleted ones leave a hole
//! that iteration skips and a later compaction removes); the table maps
//! hashes to entry indices, and equality is decided by the caller's
//! closure, so Python-level `__eq__` can take part. String keys with the
//! same interned pointer match without comparing bytes.

use super::str::PyStr;
use super::Value;
use hashbrown::HashTable;
use namespaces::{ModuleNs, SlotIdx};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// A borrowed view of one live entry, whichever storage holds it.
#[derive(Clone, Copy)]
pub struct EntryRef<'a> {
    pub hash: i64,
    pub key: &'a Value,
    pub value: &'a Value,
}

impl<'a> From<&'a Entry> for EntryRef<'a> {
    #[inline]
    fn from(e: &'a Entry) -> Self {
        EntryRef { hash: e.hash, key: &e.key, value: &e.value }
    }
}

/// A module-namespace key with its hash. Names are `str`; other keys
/// (`globals()[1] = ...`) are held when their equality needs no Python
/// code (see `pure_key`; any other key turns the slots into a hash table).
#[derive(Clone)]
pub struct NsKey {
    hash: i64,
    key: Value,
}

impl NsKey {
    pub fn new(s: Rc<PyStr>) -> NsKey {
        NsKey { hash: s.hash(), key: Value::Str(s) }
    }
}

impl std::hash::Hash for NsKey {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        h.write_i64(self.hash)
    }
}

impl PartialEq for NsKey {
    fn eq(&self, other: &NsKey) -> bool {
        self.hash == other.hash && pure_eq(&self.key, &other.key).unwrap_or(false)
    }
}
impl Eq for NsKey {}

/// Names look slots up as `&PyStr` (hashed like the `str` they are).
impl hashbrown::Equivalent<NsKey> for PyStr {
    fn equivalent(&self, k: &NsKey) -> bool {
        matches!(&k.key, Value::Str(s) if std::ptr::eq(&**s, self) || s.s == self.s)
    }
}

/// Any key, with the hash the caller computed, for lookups.
struct KeyProbe<'a> {
    hash: i64,
    key: &'a Value,
}

impl std::hash::Hash for KeyProbe<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        h.write_i64(self.hash)
    }
}

impl hashbrown::Equivalent<NsKey> for KeyProbe<'_> {
    fn equivalent(&self, k: &NsKey) -> bool {
        self.hash == k.hash && pure_eq(self.key, &k.key).unwrap_or(false)
    }
}

/// Whether a key's equality with every other key is decided without
/// Python code (so a module's slots can hold it): not instances, whose
/// `__eq__` may be user code, nor big ints and frozensets, which can equal
/// keys of other types by value.
fn pure_key(v: &Value) -> bool {
    match v {
        Value::Instance(_) | Value::BigInt(_) | Value::FrozenSet(_) => false,
        Value::Tuple(t) => t.items.iter().all(pure_key),
        _ => true,
    }
}

/// The slot storage of a module namespace under `-X namespaces=slots`.
pub type ModuleSlots = ModuleNs<NsKey, Value>;

/// A dict's storage: a hash table (every ordinary dict), or a module's
/// slots (module namespaces under `slots`), which the dict protocol reads
/// and writes by name while compiled code reads them by slot index.
#[derive(Default)]
pub struct DictData {
    repr: Repr,
}

enum Repr {
    Table(Table),
    Slots(ModuleSlots),
}

impl Default for Repr {
    fn default() -> Self {
        Repr::Table(Table::default())
    }
}

/// Copies are always hash tables: a copy of `globals()` is a plain dict.
impl Clone for DictData {
    fn clone(&self) -> Self {
        match &self.repr {
            Repr::Table(t) => DictData { repr: Repr::Table(t.clone()) },
            Repr::Slots(ns) => DictData { repr: Repr::Table(table_of(ns)) },
        }
    }
}

/// A hash table with a module namespace's entries, in its order.
fn table_of(ns: &ModuleSlots) -> Table {
    let mut t = Table::with_capacity(ns.len());
    for (k, v) in ns.iter() {
        t.push_new(k.hash, k.key.clone(), v.clone());
    }
    t
}

#[derive(Clone, Default)]
struct Table {
    table: HashTable<u32>,
    entries: Vec<Option<Entry>>,
    len: usize,
    /// Whether an instance was ever stored as a key (until `clear`): its
    /// `__eq__` (or a `str` subclass's) may call it equal to a string, so
    /// string lookups can no longer compare strings alone.
    instance_keys: bool,
}

pub struct PyDict {
    pub data: RefCell<DictData>,
}

impl PyDict {
    pub fn new() -> Rc<PyDict> {
        Rc::new(PyDict { data: RefCell::new(DictData::new()) })
    }
    pub fn from_data(d: DictData) -> Rc<PyDict> {
        Rc::new(PyDict { data: RefCell::new(d) })
    }
    /// A module namespace stored in slots.
    pub fn new_slots() -> Rc<PyDict> {
        Rc::new(PyDict { data: RefCell::new(DictData { repr: Repr::Slots(ModuleSlots::default()) }) })
    }
    #[inline]
    pub fn is_slots(&self) -> bool {
        matches!(self.data.borrow().repr, Repr::Slots(_))
    }
}

/// Equality that needs no Python code: `Some(answer)` or `None` when a
/// user-defined `__eq__` might be involved.
pub fn pure_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value as V;
    // Identity implies equality (NaN included). Inline floats have no object
    // identity; `float('nan')` gives each NaN its own payload bits instead, so
    // that separately made NaNs are not identical.
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (V::Str(x), V::Str(y)) => x.s == y.s,
        (V::Int(x), V::Int(y)) => x == y,
        (V::Int(x), V::Float(y)) | (V::Float(y), V::Int(x)) => (*x as f64) == *y && (*y as i128) == (*x as i128),
        (V::Float(x), V::Float(y)) => x == y,
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Bool(x), V::Int(y)) | (V::Int(y), V::Bool(x)) => (*x as i64) == *y,
        (V::Bool(x), V::Float(y)) | (V::Float(y), V::Bool(x)) => (*x as i64 as f64) == *y,
        (V::BigInt(x), V::BigInt(y)) => x == y,
        (V::BigInt(_), V::Int(_) | V::Bool(_)) | (V::Int(_) | V::Bool(_), V::BigInt(_)) => false,
        (V::Tuple(x), V::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !pure_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (V::FrozenSet(_), _) | (_, V::FrozenSet(_)) | (V::Instance(_), _) | (_, V::Instance(_)) | (V::BigInt(_), V::Float(_)) | (V::Float(_), V::BigInt(_)) => {
            return None
        }
        (V::Str(_), _) | (_, V::Str(_)) | (V::None, _) | (_, V::None) => false,
        (V::Int(_) | V::Float(_) | V::Bool(_), _) | (_, V::Int(_) | V::Float(_) | V::Bool(_)) => false,
        _ => return None,
    })
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        Table { table: HashTable::with_capacity(n), entries: Vec::with_capacity(n), len: 0, instance_keys: false }
    }

    /// Finds the entry index of a key, with `eq` deciding equality of candidates.
    fn find_index<E>(&self, hash: i64, mut eq: impl FnMut(&Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
        let mut err = None;
        let entries = &self.entries;
        let found = self.table.find(hash as u64, |&i| {
            if err.is_some() {
                return false;
            }
            match &entries[i as usize] {
                Some(e) if e.hash == hash => match eq(&e.key) {
                    Ok(b) => b,
                    Err(x) => {
                        err = Some(x);
                        false
                    }
                },
                _ => false,
            }
        });
        if let Some(e) = err {
            return Err(e);
        }
        Ok(found.map(|&i| i as usize))
    }

    /// Lookup by a string key, comparing only with string keys.
    #[inline]
    fn get_str(&self, key: &PyStr) -> Option<Value> {
        let hash = key.hash();
        let entries = &self.entries;
        self.table
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(Entry { key: Value::Str(k), .. }) => std::ptr::eq(&**k, key) || k.s == key.s,
                _ => false,
            })
            .and_then(|&i| entries[i as usize].as_ref().map(|e| e.value.clone()))
    }

    fn set_str(&mut self, key: Rc<PyStr>, value: Value) {
        let hash = key.hash();
        let found = {
            let entries = &self.entries;
            self.table
                .find(hash as u64, |&i| match &entries[i as usize] {
                    Some(Entry { key: Value::Str(k), .. }) => Rc::ptr_eq(k, &key) || k.s == key.s,
                    _ => false,
                })
                .copied()
        };
        match found {
            Some(i) => {
                if let Some(e) = &mut self.entries[i as usize] {
                    e.value = value;
                }
            }
            None => self.push_new(hash, Value::Str(key), value),
        }
    }

    fn remove_str(&mut self, key: &PyStr) -> Option<Value> {
        let r: Result<Option<usize>, ()> = self.find_index(key.hash(), |k| Ok(matches!(k, Value::Str(s) if s.s == key.s)));
        match r {
            Ok(Some(i)) => self.remove_at(i),
            _ => None,
        }
    }

    /// Appends a key known to be absent.
    fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        self.instance_keys |= matches!(key, Value::Instance(_));
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, idx, |&i| entries[i as usize].as_ref().map(|e| e.hash as u64).unwrap_or(0));
        self.len += 1;
    }

    fn get_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    fn set_at(&mut self, i: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(i) {
            e.value = value;
        }
    }

    /// Removes entry `i`, returning its value.
    fn remove_at(&mut self, i: usize) -> Option<Value> {
        let e = self.entries.get_mut(i)?.take()?;
        let hash = e.hash;
        if let Ok(entry) = self.table.find_entry(hash as u64, |&j| j as usize == i) {
            entry.remove();
        }
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.table.clear();
        } else if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e.value)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.table.clear();
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.push_new(e.hash, e.key, e.value);
        }
    }

    fn clear(&mut self) {
        self.entries.clear();
        self.table.clear();
        self.len = 0;
        self.instance_keys = false;
    }

    /// The next live entry at or after position `pos`.
    fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some(e) = &self.entries[p] {
                return Some((p + 1, e));
            }
            p += 1;
        }
        None
    }

    fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData::default()
    }
    pub fn with_capacity(n: usize) -> DictData {
        DictData { repr: Repr::Table(Table::with_capacity(n)) }
    }
    #[inline]
    pub fn len(&self) -> usize {
        match &self.repr {
            Repr::Table(t) => t.len,
            Repr::Slots(ns) => ns.len(),
        }
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether a key may equal a string without being one (an instance
    /// key, see `Table::instance_keys`): then `get_str`, `set_str` and
    /// `remove_str` may miss it, and lookups by a string must go through
    /// `ops::dict_lookup`, which asks `__eq__`. Module slots never hold such
    /// a key.
    #[inline]
    pub fn has_instance_keys(&self) -> bool {
        match &self.repr {
            Repr::Table(t) => t.instance_keys,
            Repr::Slots(_) => false,
        }
    }

    /// The module slots, when this dict is a module namespace under `slots`.
    #[inline]
    pub fn slots(&self) -> Option<&ModuleSlots> {
        match &self.repr {
            Repr::Slots(ns) => Some(ns),
            Repr::Table(_) => None,
        }
    }
    #[inline]
    pub fn slots_mut(&mut self) -> Option<&mut ModuleSlots> {
        match &mut self.repr {
            Repr::Slots(ns) => Some(ns),
            Repr::Table(_) => None,
        }
    }

    /// Turns module slots into a hash table with the same entries in the
    /// same order, for good: code linked to the slots then finds the
    /// namespace is no longer in slots and goes by name (see `strategy`).
    /// Done when a key arrives whose equality may run Python code, which
    /// slots cannot hold, so that any hashable key works as in CPython.
    fn leave_slots(&mut self) {
        if let Repr::Slots(ns) = &self.repr {
            self.repr = Repr::Table(table_of(ns));
        }
    }

    /// Finds the entry index of `key` (whose hash is `hash`), with `eq`
    /// deciding equality of candidates. In module slots the index is the
    /// slot; every key held there compares without Python code, so only a
    /// probe that may not (an instance) has `eq` ask about each candidate.
    pub fn find_index<E>(&self, key: &Value, hash: i64, mut eq: impl FnMut(&Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
        match &self.repr {
            Repr::Table(t) => t.find_index(hash, eq),
            Repr::Slots(ns) if pure_key(key) => Ok(ns.slot_of(&KeyProbe { hash, key }).filter(|s| ns.get(*s).is_some()).map(|s| s.0 as usize)),
            Repr::Slots(_) => {
                for (i, k) in self.candidates(hash) {
                    if eq(&k)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    /// Entry indices and keys of every live entry with this hash (for
    /// comparisons that may run Python code outside the borrow).
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        match &self.repr {
            Repr::Table(t) => t.entries.iter().enumerate().filter_map(|(i, e)| e.as_ref().filter(|e| e.hash == hash).map(|e| (i, e.key.clone()))).collect(),
            Repr::Slots(ns) => {
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

    /// Lookup by a string key, comparing only with string keys.
    #[inline]
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        match &self.repr {
            Repr::Table(t) => t.get_str(key),
            Repr::Slots(ns) => ns.get_by_name(key).cloned(),
        }
    }

    pub fn set_str(&mut self, key: Rc<PyStr>, value: Value) {
        match &mut self.repr {
            Repr::Table(t) => t.set_str(key, value),
            Repr::Slots(ns) => {
                ns.insert(NsKey::new(key), value);
            }
        }
    }

    pub fn remove_str(&mut self, key: &PyStr) -> Option<Value> {
        match &mut self.repr {
            Repr::Table(t) => t.remove_str(key),
            Repr::Slots(ns) => ns.remove_by_name(key),
        }
    }

    /// Appends a key known to be absent. Module slots that cannot hold it
    /// become a hash table first.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        if matches!(self.repr, Repr::Slots(_)) && !pure_key(&key) {
            self.leave_slots();
        }
        match &mut self.repr {
            Repr::Table(t) => t.push_new(hash, key, value),
            Repr::Slots(ns) => {
                ns.insert(NsKey { hash, key }, value);
            }
        }
    }

    pub fn get_at(&self, i: usize) -> Option<EntryRef<'_>> {
        match &self.repr {
            Repr::Table(t) => t.get_at(i).map(EntryRef::from),
            Repr::Slots(ns) => slot_entry(ns, SlotIdx(i as u32)),
        }
    }

    pub fn set_at(&mut self, i: usize, value: Value) {
        match &mut self.repr {
            Repr::Table(t) => t.set_at(i, value),
            Repr::Slots(ns) => {
                if ns.get(SlotIdx(i as u32)).is_some() {
                    ns.set(SlotIdx(i as u32), value);
                }
            }
        }
    }

    /// Removes entry `i`, returning its value.
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        match &mut self.repr {
            Repr::Table(t) => t.remove_at(i),
            Repr::Slots(ns) => ns.remove(SlotIdx(i as u32)),
        }
    }

    /// Empties the dict (module slots keep their layout, so links survive).
    pub fn clear(&mut self) {
        match &mut self.repr {
            Repr::Table(t) => t.clear(),
            Repr::Slots(ns) => ns.clear(),
        }
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> DictIter<'_> {
        DictIter { d: self, pos: 0 }
    }

    /// The next live entry at or after iteration position `pos`, and the
    /// position after it.
    pub fn next_from(&self, pos: usize) -> Option<(usize, EntryRef<'_>)> {
        match &self.repr {
            Repr::Table(t) => t.next_from(pos).map(|(p, e)| (p, EntryRef::from(e))),
            Repr::Slots(ns) => {
                let (p, s) = ns.next_from(pos)?;
                slot_entry(ns, s).map(|e| (p, e))
            }
        }
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let (i, key) = match &self.repr {
            Repr::Table(t) => {
                let i = t.last_index()?;
                (i, t.get_at(i)?.key.clone())
            }
            Repr::Slots(ns) => {
                let s = ns.last()?;
                (s.0 as usize, ns.key(s)?.key.clone())
            }
        };
        let v = self.remove_at(i)?;
        Some((key, v))
    }
}

fn slot_entry(ns: &ModuleSlots, s: SlotIdx) -> Option<EntryRef<'_>> {
    let v = ns.get(s)?;
    let k = ns.key(s)?;
    Some(EntryRef { hash: k.hash, key: &k.key, value: v })
}

/// Live entries of a dict in insertion order.
pub struct DictIter<'a> {
    d: &'a DictData,
    pos: usize,
}

impl<'a> Iterator for DictIter<'a> {
    type Item = EntryRef<'a>;
    #[inline]
    fn next(&mut self) -> Option<EntryRef<'a>> {
        let (p, e) = self.d.next_from(self.pos)?;
        self.pos = p;
        Some(e)
    }
}

// Module slots live inline without making ordinary dicts any larger.
const _: () = assert!(std::mem::size_of::<DictData>() <= 72);

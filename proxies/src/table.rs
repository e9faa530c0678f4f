//! An insertion-ordered hash table on hashbrown's `HashTable`.
//!
//! Entries live in a vector in insertion order; a deleted one leaves a
//! hole that iteration skips and a later compaction removes. The table maps
//! hashes to entry indices, and callers decide equality, so that keys whose
//! equality needs the host can take part.

use crate::DictValue;
use hashbrown::HashTable;

#[derive(Clone)]
pub struct Entry<V> {
    pub hash: i64,
    pub key: V,
    pub value: V,
}

#[derive(Clone)]
pub struct Table<V> {
    table: HashTable<u32>,
    pub(crate) entries: Vec<Option<Entry<V>>>,
    pub(crate) len: usize,
    /// Whether a key that may equal a name without being one was stored
    /// (until `clear`): name lookups must then ask it on a miss.
    pub(crate) name_shadows: bool,
}

impl<V> Default for Table<V> {
    fn default() -> Self {
        Table { table: HashTable::new(), entries: Vec::new(), len: 0, name_shadows: false }
    }
}

impl<V: DictValue> Table<V> {
    pub fn with_capacity(n: usize) -> Self {
        Table { table: HashTable::with_capacity(n), entries: Vec::with_capacity(n), len: 0, name_shadows: false }
    }

    /// The entry index of a key, `eq` deciding candidates with this hash.
    pub fn find_index<E>(&self, hash: i64, mut eq: impl FnMut(&V) -> Result<bool, E>) -> Result<Option<usize>, E> {
        let mut err = None;
        let entries = &self.entries;
        let found = self.table.find(hash as u64, |&i| {
            if err.is_some() {
                return false;
            }
            match &entries[i as usize] {
                Some(e) if e.hash == hash => eq(&e.key).unwrap_or_else(|x| {
                    err = Some(x);
                    false
                }),
                _ => false,
            }
        });
        match err {
            Some(e) => Err(e),
            None => Ok(found.map(|&i| i as usize)),
        }
    }

    /// The entry index of a name, comparing names alone.
    #[inline]
    pub fn find_name(&self, name: &V::Name) -> Option<usize> {
        let hash = V::name_hash(name);
        let entries = &self.entries;
        self.table
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(e) => e.key.as_name().is_some_and(|k| V::name_eq(k, name)),
                None => false,
            })
            .map(|&i| i as usize)
    }

    /// `d[name] = value` comparing names alone, in one probe: replaces the
    /// value of an existing key (returning the old value), or appends
    /// `key()`, which must be the name as a key.
    #[inline]
    pub fn set_name_with(&mut self, name: &V::Name, key: impl FnOnce() -> V, value: V) -> Option<V> {
        let hash = V::name_hash(name);
        let entries = &self.entries;
        let found = self
            .table
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(e) => e.key.as_name().is_some_and(|k| V::name_eq(k, name)),
                None => false,
            })
            .copied();
        match found {
            Some(i) => match &mut self.entries[i as usize] {
                Some(e) => Some(std::mem::replace(&mut e.value, value)),
                None => None,
            },
            None => {
                self.push_new(hash, key(), value);
                None
            }
        }
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<&Entry<V>> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Replaces the value of entry `i`, returning the old one.
    pub fn set_at(&mut self, i: usize, value: V) -> Option<V> {
        match self.entries.get_mut(i) {
            Some(Some(e)) => Some(std::mem::replace(&mut e.value, value)),
            _ => None,
        }
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: V, value: V) {
        self.name_shadows |= key.may_equal_name();
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, idx, |&i| entries[i as usize].as_ref().map_or(0, |e| e.hash as u64));
        self.len += 1;
    }

    /// Appends a hole (a position with no entry), so that a table made from
    /// module slots keeps every iteration position.
    pub(crate) fn push_hole(&mut self) {
        self.entries.push(None);
    }

    /// Removes entry `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> Option<(V, V)> {
        let e = self.entries.get_mut(i)?.take()?;
        if let Ok(found) = self.table.find_entry(e.hash as u64, |&j| j as usize == i) {
            found.remove();
        }
        self.len -= 1;
        // An emptied small table keeps its holes, as CPython's does until
        // its next resize: an iterator in flight then meets a key added
        // after the last one was deleted, and reports "dictionary keys
        // changed during iteration" as CPython does.
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some((e.key, e.value))
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.table.clear();
        self.len = 0;
        let shadows = self.name_shadows;
        for e in old.into_iter().flatten() {
            self.push_new(e.hash, e.key, e.value);
        }
        self.name_shadows = shadows;
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.table.clear();
        self.len = 0;
        self.name_shadows = false;
    }

    /// The next live entry at or after position `pos`, and the position after it.
    pub fn next_from(&self, pos: usize) -> Option<(usize, usize)> {
        (pos..self.entries.len()).find(|&p| self.entries[p].is_some()).map(|p| (p + 1, p))
    }

    pub fn last_index(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    /// Entry indices and keys of the live entries with this hash, in order.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, V)> {
        let mut found: Vec<(usize, V)> = Vec::new();
        let entries = &self.entries;
        for &i in self.table.iter_hash(hash as u64) {
            if let Some(e) = &entries[i as usize] {
                if e.hash == hash {
                    found.push((i as usize, e.key.clone()));
                }
            }
        }
        found.sort_by_key(|(i, _)| *i);
        found
    }
}

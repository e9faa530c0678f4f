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
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Default)]
pub struct DictData {
    table: HashTable<u32>,
    pub entries: Vec<Option<Entry>>,
    len: usize,
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

impl DictData {
    pub fn new() -> DictData {
        DictData { table: HashTable::new(), entries: Vec::new(), len: 0 }
    }
    pub fn with_capacity(n: usize) -> DictData {
        DictData { table: HashTable::with_capacity(n), entries: Vec::with_capacity(n), len: 0 }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Finds the entry index of a key, with `eq` deciding equality of candidates.
    pub fn find_index<E>(&self, hash: i64, mut eq: impl FnMut(&Value) -> Result<bool, E>) -> Result<Option<usize>, E> {
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
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let hash = key.hash();
        let entries = &self.entries;
        self.table
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(Entry { key: Value::Str(k), .. }) => std::ptr::eq(&**k, key) || k.s == key.s,
                _ => false,
            })
            .and_then(|&i| entries[i as usize].as_ref().map(|e| e.value.clone()))
    }

    pub fn set_str(&mut self, key: Rc<PyStr>, value: Value) {
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

    pub fn remove_str(&mut self, key: &PyStr) -> Option<Value> {
        let r: Result<Option<usize>, ()> = self.find_index(key.hash(), |k| Ok(matches!(k, Value::Str(s) if s.s == key.s)));
        match r {
            Ok(Some(i)) => self.remove_at(i),
            _ => None,
        }
    }

    /// Appends a key known to be absent.
    pub fn push_new(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.table.insert_unique(hash as u64, idx, |&i| entries[i as usize].as_ref().map(|e| e.hash as u64).unwrap_or(0));
        self.len += 1;
    }

    pub fn get_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn set_at(&mut self, i: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(i) {
            e.value = value;
        }
    }

    /// Removes entry `i`, returning its value.
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
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

    pub fn clear(&mut self) {
        self.entries.clear();
        self.table.clear();
        self.len = 0;
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The next live entry at or after position `pos`.
    pub fn next_from(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some(e) = &self.entries[p] {
                return Some((p + 1, e));
            }
            p += 1;
        }
        None
    }

    /// Removes and returns the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        let e = self.entries[i].clone()?;
        self.remove_at(i);
        Some(e)
    }
}

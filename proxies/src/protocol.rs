//! The protocol operations: lookups that may ask the host, on a dict in a
//! `RefCell` so that the borrow can be released around every call out.
//!
//! The restart rule (CPython's `dictobject.c` has the same one): a
//! comparison through the host may change the dict, even turn module slots
//! into a table, which renumbers nothing but may reorder nothing either;
//! so after each comparison the lookup checks that the candidate is still
//! the key at its index, and starts again from the beginning when it is
//! not. A lookup therefore answers as if it ran after whatever the
//! comparisons did.

use crate::dict::Dict;
use crate::{DictValue, Host};
use std::cell::{Ref, RefCell, RefMut};

/// A dict behind a borrow flag: a `RefCell<Dict<V>>`, or an object that
/// holds one (the VM's `dict` object), so that the protocol can release
/// the borrow around every call to the host.
pub trait DictCell<V> {
    fn dict(&self) -> Ref<'_, Dict<V>>;
    fn dict_mut(&self) -> RefMut<'_, Dict<V>>;
}

impl<V> DictCell<V> for RefCell<Dict<V>> {
    #[inline]
    fn dict(&self) -> Ref<'_, Dict<V>> {
        self.borrow()
    }
    #[inline]
    fn dict_mut(&self) -> RefMut<'_, Dict<V>> {
        self.borrow_mut()
    }
}

/// The entry index of `key`, or `None`.
pub fn lookup<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V) -> Result<Option<usize>, H::Error> {
    let hash = match key.as_name() {
        Some(n) => V::name_hash(n),
        None => host.hash(key)?,
    };
    lookup_hashed(cell, host, key, hash)
}

/// `lookup` with the key's hash computed already.
pub fn lookup_hashed<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V, hash: i64) -> Result<Option<usize>, H::Error> {
    let still_at = |i: usize, k: &V| cell.dict().entry(i).is_some_and(|e| e.key.is(k));
    'search: loop {
        if let Ok(found) = cell.dict().find_pure(key, hash) {
            return Ok(found);
        }
        let candidates = cell.dict().candidates(hash);
        for (i, k) in candidates {
            if !still_at(i, &k) {
                continue 'search;
            }
            let same = match k.pure_eq(key) {
                Some(b) => b,
                None => host.eq(&k, key)?,
            };
            if !still_at(i, &k) {
                continue 'search;
            }
            if same {
                return Ok(Some(i));
            }
        }
        return Ok(None);
    }
}

/// `d[key]`, or `None` when absent.
pub fn get<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V) -> Result<Option<V>, H::Error> {
    if key.as_name().is_some() {
        return get_by_name(cell, host, key);
    }
    get_slow(cell, host, key)
}

/// `d[name]` for a key that is a name: names compared alone, and, when
/// that misses in a dict holding keys that may equal a name, the lookup
/// that asks them. The name step is inlined into callers; the lookup is not.
#[inline]
pub fn get_by_name<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V) -> Result<Option<V>, H::Error> {
    match key.as_name() {
        Some(name) => get_name(cell, host, name, || key.clone()),
        None => get_slow(cell, host, key),
    }
}

/// `get_by_name` for a caller holding the name itself: `key` makes the key
/// value (the name as a `V`) only when the slow lookup needs it.
#[inline]
pub fn get_name<V: DictValue, H: Host<V>>(
    cell: &(impl DictCell<V> + ?Sized),
    host: &mut H,
    name: &V::Name,
    key: impl FnOnce() -> V,
) -> Result<Option<V>, H::Error> {
    {
        let d = cell.dict();
        if let Some(v) = d.get_name(name) {
            return Ok(Some(v.clone()));
        }
        if !d.name_shadows() {
            return Ok(None);
        }
    }
    get_slow(cell, host, &key())
}

#[inline(never)]
fn get_slow<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V) -> Result<Option<V>, H::Error> {
    Ok(lookup(cell, host, key)?.and_then(|i| cell.dict().entry(i).map(|e| e.value.clone())))
}

/// `key in d`, with the same inlined name step as `get_by_name`.
#[inline]
pub fn contains<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V) -> Result<bool, H::Error> {
    if let Some(name) = key.as_name() {
        let d = cell.dict();
        if d.get_name(name).is_some() {
            return Ok(true);
        }
        if !d.name_shadows() {
            return Ok(false);
        }
    }
    contains_slow(cell, host, key)
}

#[inline(never)]
fn contains_slow<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V) -> Result<bool, H::Error> {
    Ok(lookup(cell, host, key)?.is_some())
}

/// `d[key] = value`; returns the value it replaced, which the caller drops
/// outside the borrow.
pub fn set<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: V, value: V) -> Result<Option<V>, H::Error> {
    if key.as_name().is_some() {
        let mut d = cell.dict_mut();
        if !d.name_shadows() {
            return Ok(d.set_name(key, value));
        }
    }
    let hash = match key.as_name() {
        Some(n) => V::name_hash(n),
        None => host.hash(&key)?,
    };
    set_hashed(cell, host, key, hash, value)
}

/// `set` with the key's hash computed already.
pub fn set_hashed<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: V, hash: i64, value: V) -> Result<Option<V>, H::Error> {
    match lookup_hashed(cell, host, &key, hash)? {
        Some(i) => Ok(cell.dict_mut().set_at(i, value)),
        None => {
            cell.dict_mut().push_new(hash, key, value);
            Ok(None)
        }
    }
}

/// `del d[key]` that reports absence as `None`; returns the removed
/// key and value.
pub fn delete<V: DictValue, H: Host<V>>(cell: &(impl DictCell<V> + ?Sized), host: &mut H, key: &V) -> Result<Option<(V, V)>, H::Error> {
    if let Some(name) = key.as_name() {
        let mut d = cell.dict_mut();
        if !d.name_shadows() {
            let Some(v) = d.remove_name(name) else { return Ok(None) };
            return Ok(Some((key.clone(), v)));
        }
    }
    Ok(lookup(cell, host, key)?.and_then(|i| cell.dict_mut().remove_at(i)))
}

/// Why iteration stopped with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IterError {
    /// "dictionary changed size during iteration" (CPython's wording);
    /// the cursor stays failed afterwards, as CPython's iterator does.
    ChangedSize,
    /// "dictionary keys changed during iteration": the dict has its
    /// starting size but holds more entries past the cursor than were left
    /// to give (a key deleted and another added). The cursor is exhausted
    /// afterwards, as CPython's.
    KeysChanged,
}

/// An iteration in flight, as CPython's dict iterator keeps it: a position
/// in insertion order, the length the dict had when it started
/// (`di_used`) and how many entries are still to come (`len`).
#[derive(Debug, Clone, Copy)]
pub struct Cursor {
    pos: usize,
    len: usize,
    left: usize,
}

impl Cursor {
    pub fn new<V: DictValue>(d: &Dict<V>) -> Cursor {
        Cursor { pos: 0, len: d.len(), left: d.len() }
    }

    /// The next entry's key and value (cloned), `None` at the end.
    pub fn next<V: DictValue>(&mut self, d: &Dict<V>) -> Result<Option<(V, V)>, IterError> {
        if self.pos == usize::MAX {
            return Ok(None);
        }
        if d.len() != self.len {
            self.len = usize::MAX;
            return Err(IterError::ChangedSize);
        }
        match d.next_from(self.pos) {
            Some(_) if self.left == 0 => {
                self.pos = usize::MAX;
                Err(IterError::KeysChanged)
            }
            Some((next, e)) => {
                self.pos = next;
                self.left -= 1;
                Ok(Some((e.key.clone(), e.value.clone())))
            }
            None => {
                self.pos = usize::MAX;
                Ok(None)
            }
        }
    }

    /// How many entries are left (`__length_hint__`): the count still
    /// expected, 0 once the dict changed size or the cursor ended.
    pub fn remaining<V: DictValue>(&self, d: &Dict<V>) -> usize {
        if d.len() != self.len || self.pos == usize::MAX {
            return 0;
        }
        self.left
    }
}

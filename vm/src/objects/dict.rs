//! `dict`: a thin wrapper over the one dict protocol of the `proxies`
//! crate, with `Value` as keys and values.
//!
//! A `PyDict`'s storage is a hash table (every ordinary dict, and every
//! namespace under `-X namespaces=dict`) or a module's slots (module
//! namespaces under `slots`), so `globals()` and `module.__dict__` are
//! dicts whose storage is the module itself. Everything about lookups
//! (names compared alone, then the keys that may equal a name asked
//! through `__eq__`, restarting when the dict changes under a lookup)
//! lives in `proxies`; the VM's side of it, hashing and comparing keys
//! with Python code, is `impl proxies::Host for Vm` in `interp::ops::dict`.
//! This file says what `proxies` needs to know of a `Value` without
//! running code (`DictValue`).

use super::str::PyStr;
use super::Value;
use std::cell::{Ref, RefCell, RefMut};
use std::ops::{Deref, DerefMut};
use std::rc::Rc;

/// One live entry, whichever storage holds it.
pub type EntryRef<'a> = proxies::EntryRef<'a, Value>;
/// The slot storage of a module namespace under `-X namespaces=slots`.
pub type ModuleSlots = proxies::ModuleSlots<Value>;
/// A key of module slots (a name, or another key compared without code).
pub type NsKey = proxies::NsKey<Value>;

/// The slots key of a name.
pub fn name_key(s: Rc<PyStr>) -> NsKey {
    NsKey::name(Value::Str(s))
}

impl proxies::DictValue for Value {
    type Name = PyStr;
    #[inline]
    fn as_name(&self) -> Option<&PyStr> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    #[inline]
    fn name_hash(name: &PyStr) -> i64 {
        name.hash()
    }
    #[inline]
    fn name_eq(a: &PyStr, b: &PyStr) -> bool {
        std::ptr::eq(a, b) || a.s == b.s
    }
    fn is(&self, other: &Self) -> bool {
        Value::is(self, other)
    }
    fn pure_eq(&self, other: &Self) -> Option<bool> {
        pure_eq(self, other)
    }
    fn eq_needs_host(&self) -> bool {
        !pure_key(self)
    }
    /// An instance's `__eq__` (or a `str` subclass's) may call it equal to
    /// a string.
    fn may_equal_name(&self) -> bool {
        matches!(self, Value::Instance(_))
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

/// A dict's contents: a `proxies::Dict` (all of whose plain operations it
/// derefs to), plus the spellings the VM uses with `str` keys.
#[derive(Default, Clone)]
pub struct DictData(proxies::Dict<Value>);

impl Deref for DictData {
    type Target = proxies::Dict<Value>;
    #[inline]
    fn deref(&self) -> &proxies::Dict<Value> {
        &self.0
    }
}

impl DerefMut for DictData {
    #[inline]
    fn deref_mut(&mut self) -> &mut proxies::Dict<Value> {
        &mut self.0
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData::default()
    }
    pub fn with_capacity(n: usize) -> DictData {
        DictData(proxies::Dict::with_capacity(n))
    }

    /// Lookup by a string, comparing only with string keys (see
    /// `has_instance_keys` for when that is the whole answer).
    #[inline]
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        self.0.get_name(key).cloned()
    }

    /// `d[key] = value` comparing only with string keys.
    pub fn set_str(&mut self, key: Rc<PyStr>, value: Value) {
        let old = self.0.set_name(Value::Str(key), value);
        drop(old);
    }

    /// `d[key] = value` comparing only with string keys, making the key
    /// value only when the key is new; returns the old value (for the
    /// caller to drop after its borrows).
    #[inline]
    pub fn set_str_ref(&mut self, key: &Rc<PyStr>, value: Value) -> Option<Value> {
        self.0.set_name_with(key, || Value::Str(key.clone()), value)
    }

    pub fn remove_str(&mut self, key: &PyStr) -> Option<Value> {
        self.0.remove_name(key)
    }

    /// Whether a key may equal a string without being one (an instance
    /// key): then `get_str`, `set_str` and `remove_str` may miss it, and
    /// lookups by a string must go through the protocol (`ops::dict_*`),
    /// which asks `__eq__`. Module slots never hold such a key.
    #[inline]
    pub fn has_instance_keys(&self) -> bool {
        self.0.name_shadows()
    }

    /// The value at entry index `i` when its key is the string `name` (an
    /// inline cache's hint).
    #[inline]
    pub fn value_at_if_name(&self, i: usize, name: &PyStr) -> Option<Value> {
        self.0.value_at_if_name(i, name).cloned()
    }

    /// The entry index of the string `name`, comparing string keys only.
    pub fn index_of_name(&self, name: &PyStr) -> Option<usize> {
        self.0.find_name(name)
    }

    /// The live entry at entry index `i`.
    #[inline]
    pub fn get_at(&self, i: usize) -> Option<EntryRef<'_>> {
        self.0.entry(i)
    }

    /// Removes entry `i`, returning its value.
    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        self.0.remove_at(i).map(|(_, v)| v)
    }
}

pub struct PyDict {
    pub gc: super::gc::GcHead,
    pub data: RefCell<DictData>,
}

impl Drop for PyDict {
    fn drop(&mut self) {
        super::trashcan::drop_contents(
            self.data.get_mut(),
            |d| *d = DictData::new(),
            |d, later| {
                while let Some((k, v)) = d.pop_last() {
                    later.push(k);
                    later.push(v);
                }
            },
        );
    }
}

impl PyDict {
    pub fn new() -> Rc<PyDict> {
        super::gc::new_tracked(PyDict { gc: Default::default(), data: RefCell::new(DictData::new()) })
    }
    pub fn from_data(d: DictData) -> Rc<PyDict> {
        super::gc::new_tracked(PyDict { gc: Default::default(), data: RefCell::new(d) })
    }
    /// A module namespace stored in slots.
    pub fn new_slots() -> Rc<PyDict> {
        super::gc::new_tracked(PyDict { gc: Default::default(), data: RefCell::new(DictData(proxies::Dict::new_slots())) })
    }
    #[inline]
    pub fn is_slots(&self) -> bool {
        self.data.borrow().is_slots()
    }
}

/// The protocol reaches a `dict` object's contents through its borrow flag.
impl proxies::DictCell<Value> for PyDict {
    #[inline]
    fn dict(&self) -> Ref<'_, proxies::Dict<Value>> {
        Ref::map(self.data.borrow(), |d| &d.0)
    }
    #[inline]
    fn dict_mut(&self) -> RefMut<'_, proxies::Dict<Value>> {
        RefMut::map(self.data.borrow_mut(), |d| &mut d.0)
    }
}

/// Equality that needs no Python code: `Some(answer)` or `None` when a
/// user-defined `__eq__` might be involved.
pub fn pure_eq(a: &Value, b: &Value) -> Option<bool> {
    pure_eq_at(a, b, 0)
}

/// How deep `pure_eq` follows nested tuples; deeper ones go to the VM's
/// comparison, which counts its recursion (a 100 000-deep tuple must raise
/// RecursionError, not run the Rust stack out).
const PURE_EQ_DEPTH: u32 = 4;

fn pure_eq_at(a: &Value, b: &Value, depth: u32) -> Option<bool> {
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
        (V::Int(x), V::Float(y)) | (V::Float(y), V::Int(x)) => (*x as f64) == y.get() && (y.get() as i128) == (*x as i128),
        (V::Float(x), V::Float(y)) => x.get() == y.get(),
        (V::Bool(x), V::Bool(y)) => x == y,
        (V::Bool(x), V::Int(y)) | (V::Int(y), V::Bool(x)) => (x.get() as i64) == *y,
        (V::Bool(x), V::Float(y)) | (V::Float(y), V::Bool(x)) => (x.get() as i64 as f64) == y.get(),
        (V::BigInt(x), V::BigInt(y)) => x == y,
        (V::BigInt(_), V::Int(_) | V::Bool(_)) | (V::Int(_) | V::Bool(_), V::BigInt(_)) => false,
        (V::Tuple(x), V::Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            if depth >= PURE_EQ_DEPTH {
                return None;
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                if !pure_eq_at(p, q, depth + 1)? {
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

// Module slots live inline without making ordinary dicts any larger.
const _: () = assert!(std::mem::size_of::<DictData>() <= 72);

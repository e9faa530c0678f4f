//! The one dict protocol over every namespace storage, generic over the
//! value type.
//!
//! A `Dict<V>` is what Python sees as a `dict`: insertion-ordered,
//! any hashable key. Its storage is one of
//! - a hash table (`Table`): every ordinary dict, and every namespace
//!   under the `dict` strategy;
//! - a module's slots (`namespaces::ModuleNs`): module namespaces under
//!   `slots`, read by compiled code through slot indices while the dict
//!   protocol reads and writes them by key;
//! - (next) an instance's shape and inline values.
//!
//! A storage can change under a live dict: slots become a table, for good,
//! when a key arrives whose equality may run code (slots key on names and
//! other keys compared without code). Positions survive the change, so an
//! iterator in flight keeps its place.
//!
//! Two kinds of operation:
//! - *plain* ones on `Dict<V>` itself (`get_name`, `set_name`, `len`,
//!   iteration, `pop_last`, `clear`, `copy`, ...), which never call out:
//!   the fast paths for interned names and the steps of the slow paths;
//! - *protocol* ones (`get`, `set`, `delete`, `contains`, `get_by_name`,
//!   ...) on a `&RefCell<Dict<V>>`, which hash keys and compare them
//!   through a `Host` (the VM: hashing and `__eq__` may run Python code and
//!   fail). The borrow is released around every call to the host, and a
//!   lookup starts again when the dict changed under it (the candidate is
//!   no longer the key at its index), as CPython's lookups do.
//!
//! "Fast path for interned names, then ask the keys' `__eq__`" is written
//! here once: a lookup by a name compares names alone unless the dict
//! holds a key that may equal a name without being one (`V::may_equal_name`,
//! e.g. an instance whose `__eq__` is Python code); then a miss takes the
//! protocol's lookup, which asks those keys.

mod dict;
mod protocol;
mod table;

pub use dict::{Dict, EntryRef, Iter, ModuleSlots, NeedsHost, NsKey, Storage};
pub use namespaces::{Limit, ModuleLayout, ModuleNs, Rejected, ShapeId, ShapeTree, ShapedValues, SlotIdx, ToDictMode};
pub use protocol::{contains, delete, get, get_by_name, get_name, lookup, lookup_hashed, set, set_hashed, Cursor, DictCell, IterError};
pub use table::Entry;

/// What the protocol knows of keys and values without running code.
pub trait DictValue: Clone {
    /// The interned name type (`str`).
    type Name: ?Sized;
    /// The name a key is, when it is one.
    fn as_name(&self) -> Option<&Self::Name>;
    /// A name's hash (cached by the name, never recomputed).
    fn name_hash(name: &Self::Name) -> i64;
    /// Equality of two names (a pointer comparison for interned ones).
    fn name_eq(a: &Self::Name, b: &Self::Name) -> bool;
    /// Identity (`is`).
    fn is(&self, other: &Self) -> bool;
    /// Equality decided without code: `Some(answer)`, or `None` when the
    /// host must be asked.
    fn pure_eq(&self, other: &Self) -> Option<bool>;
    /// Whether this key's equality with some key may need the host; such a
    /// key cannot live in module slots.
    fn eq_needs_host(&self) -> bool;
    /// Whether this key may compare equal to a name without being one
    /// (then lookups by name must ask it).
    fn may_equal_name(&self) -> bool;
}

/// What only the VM can do: hash any key and compare two keys. Either may
/// run code, fail, and change the dict under a lookup.
pub trait Host<V> {
    type Error;
    fn hash(&mut self, key: &V) -> Result<i64, Self::Error>;
    /// Whether `stored` (a key in the dict) equals `probe`.
    fn eq(&mut self, stored: &V, probe: &V) -> Result<bool, Self::Error>;
}

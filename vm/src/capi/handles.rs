//! The handle table: what a `PyObject *` means. A handle is a number
//! shaped like an aligned pointer (`(index + 1) << 4`), never dereferenced
//! by C or by the VM; the entry at `index` holds the `Value` and the
//! reference count C holds on it. See the module docs (`capi/mod.rs`) for
//! when an entry lets go of its value.

use crate::objects::{ExcKind, Value};
use hashbrown::HashMap;
use std::ffi::CString;

/// What C sees: an opaque object. Only pointers to it exist.
#[repr(C)]
pub struct PyObject {
    _opaque: [u8; 0],
}

pub type Handle = *mut PyObject;

/// The fixed handles, alive for the table's whole life: the singletons,
/// then one per built-in exception type (`ExcKind::ALL` order).
pub const NONE: usize = 0;
pub const TRUE: usize = 1;
pub const FALSE: usize = 2;
pub const EXC_BASE: usize = 3;
pub const FIXED: usize = EXC_BASE + ExcKind::ALL.len();

/// The handle of entry `index`.
pub const fn encode(index: usize) -> usize {
    (index + 1) << 4
}

pub fn handle(index: usize) -> Handle {
    std::ptr::without_provenance_mut(encode(index))
}

/// The entry index of a handle, if it has a handle's shape.
#[inline]
pub fn decode(h: Handle) -> Option<usize> {
    let a = h as usize;
    if a == 0 || a & 0xf != 0 {
        return None;
    }
    Some((a >> 4) - 1)
}

pub struct Entry {
    /// `Unbound` when the entry is free.
    pub value: Value,
    /// References C owns (`Py_INCREF`, new references returned to it).
    pub refcnt: isize,
    /// The depth of the C call (scope) whose end releases this entry's
    /// borrowed references; 0 when nothing borrowed is pending.
    pub scope: u32,
    /// Kept for the table's life (singletons, exception types, module dicts).
    pub pinned: bool,
    /// `PyUnicode_AsUTF8`'s buffer, which lives as long as the entry.
    pub utf8: Option<CString>,
}

/// What identifies a value's entry.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key {
    Ptr(usize),
    Int(i64),
    Float(u64),
}

fn key(v: &Value) -> Option<Key> {
    match v {
        Value::Int(i) => Some(Key::Int(*i)),
        Value::Float(f) => Some(Key::Float(f.to_bits())),
        _ => v.ptr().map(Key::Ptr),
    }
}

#[derive(Default)]
pub struct Table {
    pub entries: Vec<Entry>,
    free: Vec<u32>,
    /// Values that have an entry: heap objects by address (one handle per
    /// object, so C can compare handles for identity), ints and floats by
    /// value (so a loop of borrowed reads of one int global reuses one
    /// entry instead of filling the table until the call returns).
    by_key: HashMap<Key, u32>,
    /// Per active call into C, the entries it borrowed.
    scopes: Vec<Vec<u32>>,
    /// Which VM the fixed entries belong to (the address of its `object` type).
    pub vm_id: usize,
}

impl Table {
    /// Makes the fixed entries hold this VM's singletons and exception types.
    pub fn bind_vm(&mut self, vm: &crate::interp::Vm) {
        let id = std::rc::Rc::as_ptr(&vm.types.object) as usize;
        if self.vm_id == id {
            return;
        }
        self.vm_id = id;
        if self.entries.len() < FIXED {
            self.entries.clear();
            for _ in 0..FIXED {
                self.entries.push(Entry { value: Value::None, refcnt: 0, scope: 0, pinned: true, utf8: None });
            }
        }
        self.entries[NONE].value = Value::None;
        self.entries[TRUE].value = Value::Bool(true);
        self.entries[FALSE].value = Value::Bool(false);
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            let old = std::mem::replace(&mut self.entries[EXC_BASE + i].value, Value::Type(vm.exc_type(*k)));
            if let Some(k) = key(&old) {
                self.by_key.remove(&k);
            }
            if let Some(k) = key(&self.entries[EXC_BASE + i].value) {
                self.by_key.insert(k, (EXC_BASE + i) as u32);
            }
        }
    }

    pub fn depth(&self) -> u32 {
        self.scopes.len() as u32
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(Vec::new());
    }

    /// Ends the innermost scope: its borrowed entries that C does not own
    /// are freed; their values come back for the caller to drop after the
    /// table's borrow ends.
    pub fn pop_scope(&mut self) -> Vec<Value> {
        let depth = self.depth();
        let list = self.scopes.pop().unwrap_or_default();
        let mut dropped = Vec::new();
        for i in list {
            let e = &mut self.entries[i as usize];
            if e.scope == depth {
                e.scope = 0;
                if e.refcnt <= 0 && !e.pinned {
                    dropped.push(self.free_entry(i as usize));
                }
            }
        }
        dropped
    }

    /// The value behind a handle (a new reference for the VM).
    #[inline]
    pub fn get(&self, h: Handle) -> Option<Value> {
        let e = self.entries.get(decode(h)?)?;
        if e.value.is_unbound() {
            return None;
        }
        Some(e.value.clone())
    }

    pub fn entry_mut(&mut self, h: Handle) -> Option<&mut Entry> {
        let e = self.entries.get_mut(decode(h)?)?;
        if e.value.is_unbound() {
            return None;
        }
        Some(e)
    }

    fn find_or_alloc(&mut self, v: Value) -> usize {
        match &v {
            Value::None => return NONE,
            Value::Bool(true) => return TRUE,
            Value::Bool(false) => return FALSE,
            _ => {}
        }
        let k = key(&v);
        if let Some(k) = k {
            if let Some(&i) = self.by_key.get(&k) {
                return i as usize;
            }
        }
        let entry = Entry { value: v, refcnt: 0, scope: 0, pinned: false, utf8: None };
        let i = match self.free.pop() {
            Some(i) => {
                self.entries[i as usize] = entry;
                i as usize
            }
            None => {
                self.entries.push(entry);
                self.entries.len() - 1
            }
        };
        if let Some(k) = k {
            self.by_key.insert(k, i as u32);
        }
        i
    }

    /// A new reference for C: one more count C owns.
    pub fn new_ref(&mut self, v: Value) -> Handle {
        let i = self.find_or_alloc(v);
        self.entries[i].refcnt += 1;
        handle(i)
    }

    /// A borrowed reference for C: kept until the current scope ends (or
    /// longer, if C takes a reference of its own or it is pinned).
    pub fn borrowed(&mut self, v: Value) -> Handle {
        let i = self.find_or_alloc(v);
        let depth = self.depth();
        let e = &mut self.entries[i];
        if !e.pinned && e.scope == 0 && depth > 0 {
            e.scope = depth;
            if let Some(s) = self.scopes.last_mut() {
                s.push(i as u32);
            }
        } else if !e.pinned && depth == 0 && e.refcnt <= 0 {
            // No C call is running (cannot happen through the API, which
            // only runs inside one): keep it rather than dangle.
            e.pinned = true;
        }
        handle(i)
    }

    /// A borrowed reference kept for the table's life (a module's dict).
    pub fn pinned(&mut self, v: Value) -> Handle {
        let i = self.find_or_alloc(v);
        self.entries[i].pinned = true;
        handle(i)
    }

    pub fn incref(&mut self, h: Handle) {
        if let Some(e) = self.entry_mut(h) {
            e.refcnt += 1;
        }
    }

    /// One count less; the value comes back when the entry is freed.
    pub fn decref(&mut self, h: Handle) -> Option<Value> {
        let i = decode(h)?;
        let e = self.entries.get_mut(i)?;
        if e.value.is_unbound() {
            return None;
        }
        e.refcnt -= 1;
        if e.refcnt <= 0 && e.scope == 0 && !e.pinned {
            return Some(self.free_entry(i));
        }
        None
    }

    /// Takes over a reference C gives away (a result, a stolen argument):
    /// the value, with the count it held released.
    pub fn take(&mut self, h: Handle) -> Option<Value> {
        let v = self.get(h)?;
        let freed = self.decref(h);
        drop(freed);
        Some(v)
    }

    fn free_entry(&mut self, i: usize) -> Value {
        let e = &mut self.entries[i];
        let v = std::mem::take(&mut e.value);
        e.refcnt = 0;
        e.scope = 0;
        e.utf8 = None;
        if let Some(k) = key(&v) {
            self.by_key.remove(&k);
        }
        self.free.push(i as u32);
        v
    }

    /// Live entries (for tests and `-X stats`-style checks).
    pub fn live(&self) -> usize {
        self.entries.iter().filter(|e| !e.value.is_unbound()).count()
    }
}

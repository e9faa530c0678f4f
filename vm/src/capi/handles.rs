//! The handle table: what a `PyObject *` means. A handle is a number
//! shaped like an aligned pointer, never dereferenced by C or by the VM:
//! `(generation << 36) | ((index + 1) << 4)`. The entry at `index` holds
//! the `Value` and the reference count C holds on it; `generation` names
//! the VM the table held values for when the handle was made, so that a
//! handle kept (in an extension's static) from an earlier VM is told apart
//! from the current VM's handle at the same index, and refused. See the
//! module docs (`capi/mod.rs`) for when an entry lets go of its value.

use crate::objects::B64;
use crate::objects::{ExcKind, PyDict, Value};
use hashbrown::HashMap;
use std::ffi::CString;
use std::rc::{Rc, Weak};

/// What C sees: an opaque object. Only pointers to it exist.
#[repr(C)]
pub struct PyObject {
    _opaque: [u8; 0],
}

pub type Handle = *mut PyObject;

/// The fixed handles, valid in every VM and for the table's whole life
/// (their entries are rebound to the VM that calls into C): the
/// singletons, then one per built-in exception type (`ExcKind::ALL`
/// order). `Python.h` and `api.rs` export them as constants, so they carry
/// generation 0 and are accepted under any generation.
pub const NONE: usize = 0;
pub const TRUE: usize = 1;
pub const FALSE: usize = 2;
pub const EXC_BASE: usize = 3;
pub const FIXED: usize = EXC_BASE + ExcKind::ALL.len();

/// Bits of a handle below the generation: the entry index (32 bits) above
/// the four alignment bits.
const GEN_SHIFT: u32 = 36;
/// Generations wrap within the 27 bits left above the index (a handle
/// kept across 2^27 changes of VM on one thread could alias again; it
/// would still name a live value of the current VM, never freed memory).
const GEN_MASK: u32 = (1 << (usize::BITS - GEN_SHIFT - 1)) - 1;
const _: () = assert!(usize::BITS == 64, "handles pack a generation above a 32-bit index");

/// A generation no table of any thread has had (until 2^27 of them wrap):
/// a library is loaded once per process, so an extension's static is
/// shared by the VMs of every thread, and a handle one thread's table made
/// must not name an entry of another thread's table either.
fn next_generation() -> u32 {
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) % GEN_MASK + 1
}

/// The handle of entry `index` in generation 0 (the fixed entries).
pub const fn encode(index: usize) -> usize {
    (index + 1) << 4
}

fn encode_in(generation: u32, index: usize) -> Handle {
    std::ptr::without_provenance_mut(((generation as usize) << GEN_SHIFT) | encode(index))
}

/// A fixed handle (generation 0).
pub fn handle(index: usize) -> Handle {
    encode_in(0, index)
}

/// The generation and entry index of a handle, if it has a handle's shape.
#[inline]
pub fn decode(h: Handle) -> Option<(u32, usize)> {
    let a = h as usize;
    let index = (a >> 4) & 0xffff_ffff;
    if a & 0xf != 0 || index == 0 {
        return None;
    }
    Some(((a >> GEN_SHIFT) as u32, index - 1))
}

pub struct Entry {
    /// `Unbound` when the entry is free.
    pub value: Value,
    /// References C owns (`Py_INCREF`, new references returned to it).
    pub refcnt: isize,
    /// The depth of the C call (scope) whose end releases this entry's
    /// borrowed references; 0 when nothing borrowed is pending.
    pub scope: u32,
    /// Kept while the table holds this VM's values: the fixed entries
    /// always, module dicts until another VM calls into C (`bind_vm`).
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
    /// The VM whose values the table holds: its `sys.modules` dict, weakly
    /// (the VM's identity: while this `Weak` lives the allocation cannot be
    /// reused by another VM, so a pointer match is a VM match).
    owner: Option<Weak<PyDict>>,
    /// Part of every handle of a non-fixed entry; a new one per owner.
    generation: u32,
}

impl Default for Table {
    /// The fixed entries exist from the start (holding `None` until a VM
    /// binds them), so that no value ever takes their indices.
    fn default() -> Self {
        let fixed = (0..FIXED).map(|_| Entry { value: Value::None, refcnt: 0, scope: 0, pinned: true, utf8: None }).collect();
        let mut t = Table { entries: fixed, free: Vec::new(), by_key: HashMap::new(), scopes: Vec::new(), owner: None, generation: next_generation() };
        t.entries[TRUE].value = Value::Bool(B64::TRUE);
        t.entries[FALSE].value = Value::Bool(B64::FALSE);
        t
    }
}

impl Table {
    /// Makes the table hold `vm`'s values. Another VM than the one it held
    /// values for ends the old one's handles: its entries are released
    /// (their values come back for the caller to drop after the table's
    /// borrow ends), the generation changes so that any handle C kept from
    /// it is refused from now on, and the fixed entries are rebound to
    /// this VM's singletons and exception types.
    ///
    /// One VM at a time: this is how VMs run one after another on a thread
    /// (test harnesses, an embedder making a fresh VM per job), and a dead
    /// VM's objects are freed rather than pinned for the thread's life.
    /// It happens only between calls into C (depth 0); a VM cannot enter C
    /// inside another VM's C call through the API, and if an embedder made
    /// it happen the table simply keeps both VMs' values until depth 0.
    #[must_use]
    pub fn bind_vm(&mut self, vm: &crate::interp::Vm) -> Vec<Value> {
        let id = Rc::as_ptr(&vm.modules);
        if self.owner.as_ref().is_some_and(|w| std::ptr::eq(w.as_ptr(), id)) || self.depth() > 0 {
            return Vec::new();
        }
        let had_owner = self.owner.replace(Rc::downgrade(&vm.modules)).is_some();
        let mut dropped = Vec::new();
        if had_owner {
            dropped.extend(self.entries.drain(FIXED..).map(|e| e.value));
            self.free.clear();
            self.by_key.clear();
            self.generation = next_generation();
        }
        for (i, k) in ExcKind::ALL.iter().enumerate() {
            let e = &mut self.entries[EXC_BASE + i];
            if let Some(k) = key(&e.value) {
                self.by_key.remove(&k);
            }
            let old = std::mem::replace(&mut e.value, Value::Type(vm.exc_type(*k)));
            dropped.push(old);
            e.utf8 = None;
            if let Some(k) = key(&e.value) {
                self.by_key.insert(k, (EXC_BASE + i) as u32);
            }
        }
        dropped
    }

    /// The entry index a handle names in the current generation: a fixed
    /// handle always, any other only if made since the table's VM bound it.
    #[inline]
    fn index(&self, h: Handle) -> Option<usize> {
        let (generation, i) = decode(h)?;
        (i < FIXED || generation == self.generation).then_some(i)
    }

    fn handle(&self, index: usize) -> Handle {
        if index < FIXED {
            handle(index)
        } else {
            encode_in(self.generation, index)
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
        let e = self.entries.get(self.index(h)?)?;
        if e.value.is_unbound() {
            return None;
        }
        Some(e.value.clone())
    }

    pub fn entry_mut(&mut self, h: Handle) -> Option<&mut Entry> {
        let i = self.index(h)?;
        let e = self.entries.get_mut(i)?;
        if e.value.is_unbound() {
            return None;
        }
        Some(e)
    }

    fn find_or_alloc(&mut self, v: Value) -> usize {
        match &v {
            Value::None => return NONE,
            Value::Bool(B64::TRUE) => return TRUE,
            Value::Bool(B64::FALSE) => return FALSE,
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
        self.handle(i)
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
        self.handle(i)
    }

    /// A borrowed reference kept for the table's life (a module's dict).
    pub fn pinned(&mut self, v: Value) -> Handle {
        let i = self.find_or_alloc(v);
        self.entries[i].pinned = true;
        self.handle(i)
    }

    pub fn incref(&mut self, h: Handle) {
        if let Some(e) = self.entry_mut(h) {
            e.refcnt += 1;
        }
    }

    /// One count less; the value comes back when the entry is freed.
    pub fn decref(&mut self, h: Handle) -> Option<Value> {
        let i = self.index(h)?;
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

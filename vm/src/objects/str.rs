//! `str`: immutable UTF-8 text with a cached hash and a cached length in
//! code points, so that indexing an ASCII string is a byte index. Names
//! are interned once (compile-time names when code is loaded, attribute
//! names on first use), so comparing two interned names is a pointer
//! comparison and a dict lookup with one never re-hashes.

use std::cell::{Cell, RefCell};
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

pub struct PyStr {
    pub s: Text,
    hash: Cell<i64>,
    /// Length in code points.
    pub chars: usize,
}

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr { chars: char_count(s), s: Text::new(s), hash: Cell::new(-1) }
    }
    pub fn from_string(s: String) -> PyStr {
        PyStr { chars: char_count(&s), s: Text::from_string(s), hash: Cell::new(-1) }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    /// CPython hashes strings with a keyed SipHash; any deterministic hash
    /// gives the same observable behaviour (programs may not depend on
    /// string hash values or on set order of strings).
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|b| *b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
    /// Byte offset of code point `i` (i may equal `chars`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
        }
    }
    /// The substring of code points `[a, b)`.
    pub fn substr(&self, a: usize, b: usize) -> &str {
        if b <= a {
            return "";
        }
        let x = self.byte_offset(a);
        let y = self.byte_offset(b);
        &self.s[x..y]
    }
}

/// The most bytes a string keeps in place (`Text`). With them,
/// a `PyStr` is 40 bytes, and its reference-counted box takes the same
/// 64-byte malloc chunk that the box alone took when every text had an
/// allocation of its own: short strings (most names, words and keys) cost
/// one allocation instead of two, and no more memory.
pub const INLINE: usize = 22;

/// A string's text: up to `INLINE` bytes in place, longer texts on the heap.
/// Only this module makes one, so the bytes in place are always UTF-8.
#[derive(Clone)]
pub struct Text(Repr);

#[derive(Clone)]
enum Repr {
    /// The length, and the bytes (UTF-8 up to the length).
    Inline(u8, [u8; INLINE]),
    Heap(Box<str>),
}

impl Text {
    pub fn new(s: &str) -> Text {
        Text::concat(s, "").unwrap_or_else(|| Text(Repr::Heap(s.into())))
    }

    pub fn from_string(s: String) -> Text {
        Text::concat(&s, "").unwrap_or_else(|| Text(Repr::Heap(s.into_boxed_str())))
    }

    /// `a + b` in place, if it fits.
    fn concat(a: &str, b: &str) -> Option<Text> {
        let n = a.len() + b.len();
        if n > INLINE {
            return None;
        }
        let mut buf = [0u8; INLINE];
        buf[..a.len()].copy_from_slice(a.as_bytes());
        buf[a.len()..n].copy_from_slice(b.as_bytes());
        Some(Text(Repr::Inline(n as u8, buf)))
    }

    /// The first `n` bytes of `buf` in place, if they are UTF-8.
    fn from_bytes(buf: [u8; INLINE], n: usize) -> Option<Text> {
        std::str::from_utf8(buf.get(..n)?).ok()?;
        Some(Text(Repr::Inline(n as u8, buf)))
    }
}

impl PyStr {
    /// `a + b` when the result fits in place (`INLINE` bytes): no
    /// allocation but the string's own.
    pub fn concat_short(a: &PyStr, b: &PyStr) -> Option<PyStr> {
        let s = Text::concat(a.as_str(), b.as_str())?;
        Some(PyStr { s, hash: Cell::new(-1), chars: a.chars + b.chars })
    }

    /// The string with `f` applied to each byte, when it is ASCII, `f`
    /// keeps it ASCII, and it fits in place (`lower`, `upper` of short
    /// words): no allocation but the string's own. `None` otherwise.
    pub fn map_ascii_short(&self, f: fn(&u8) -> u8) -> Option<PyStr> {
        let b = self.as_str().as_bytes();
        if !self.is_ascii() || b.len() > INLINE {
            return None;
        }
        let mut buf = [0u8; INLINE];
        for (d, c) in buf.iter_mut().zip(b) {
            *d = f(c);
        }
        let s = Text::from_bytes(buf, b.len())?;
        Some(PyStr { s, hash: Cell::new(-1), chars: self.chars })
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match &self.0 {
            Repr::Inline(n, buf) => {
                let bytes = buf.get(..*n as usize).unwrap_or_default();
                // SAFETY: the two makers of `Inline` hand over UTF-8 only:
                // `Text::concat` copied these `n` bytes from one `&str`
                // followed by another, `Text::from_bytes` checked them; and
                // nothing writes them after.
                unsafe { std::str::from_utf8_unchecked(bytes) }
            }
            Repr::Heap(s) => s,
        }
    }
}

impl PartialEq for Text {
    #[inline]
    fn eq(&self, other: &Text) -> bool {
        **self == **other
    }
}

impl Eq for Text {}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        (**self).cmp(&**other)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.s)
    }
}

pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// FNV-1a over the bytes, folded so that -1 never appears (CPython reserves it).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &x in b {
        h ^= x as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A fast non-keyed hasher for the interning table (its keys are names
/// from programs, not attacker-chosen data worth SipHash's cost).
#[derive(Default)]
pub struct NameHasher(u64);

impl Hasher for NameHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type NameMap = hashbrown::HashMap<Box<str>, Rc<PyStr>, BuildHasherDefault<NameHasher>>;

thread_local! {
    static INTERNED: RefCell<NameMap> = RefCell::new(NameMap::default());
}

/// Slots of `intern`'s front cache (a power of two).
const RECENT: usize = 64;

thread_local! {
    /// `intern`'s front cache: the last name interned from each of
    /// `RECENT` slots, chosen by the address of the caller's text (a string
    /// literal, for the VM's own lookups such as `__getitem__`, always lands
    /// in the same slot). A hit compares the text itself, so an address
    /// reused for other text is a miss, never a wrong name.
    static RECENT_NAMES: RefCell<[Option<Rc<PyStr>>; RECENT]> = const { RefCell::new([const { None }; RECENT]) };
}

/// The one shared `PyStr` for a name.
pub fn intern(s: &str) -> Rc<PyStr> {
    let slot = (s.as_ptr() as usize >> 3) % RECENT;
    let hit = RECENT_NAMES.with(|r| r.borrow()[slot].as_ref().filter(|n| n.as_str() == s).cloned());
    if let Some(n) = hit {
        return n;
    }
    let n = intern_slow(s);
    RECENT_NAMES.with(|r| r.borrow_mut()[slot] = Some(n.clone()));
    n
}

fn intern_slow(s: &str) -> Rc<PyStr> {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(r) = t.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        r.hash();
        t.insert(s.into(), r.clone());
        r
    })
}

/// An interned name for a string literal, looked up once per thread and
/// call site (runtime code never hashes a constant name again).
#[macro_export]
macro_rules! name {
    ($s:literal) => {{
        fn __name() -> std::rc::Rc<$crate::objects::PyStr> {
            thread_local! { static N: std::rc::Rc<$crate::objects::PyStr> = $crate::objects::str::intern($s); }
            N.with(|n| n.clone())
        }
        __name
    }
    ()};
}

thread_local! {
    static LATIN1: Vec<Rc<PyStr>> = (0u32..256).map(|c| intern(&char::from_u32(c).unwrap_or(' ').to_string())).collect();
}

/// The one-character string for `c`; Latin-1 characters are shared, as in CPython.
#[inline]
pub fn char_str(c: char) -> Rc<PyStr> {
    if (c as u32) < 256 {
        LATIN1.with(|t| t[c as usize].clone())
    } else {
        let mut buf = [0u8; 4];
        Rc::new(PyStr::new(c.encode_utf8(&mut buf)))
    }
}

/// Hashing by the cached string hash, so that names can key std and
/// hashbrown maps (the module layouts) without re-hashing their bytes.
impl std::hash::Hash for PyStr {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        h.write_i64(PyStr::hash(self))
    }
}

const _: () = assert!(std::mem::size_of::<PyStr>() == 40);

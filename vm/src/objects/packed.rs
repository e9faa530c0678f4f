//! `Packed`: a `Value` in one 8-byte word, for storage that is read far
//! more often than it is moved around, and whose size is what is measured:
//! the inline attribute values of a shaped instance (`instance.rs`). The
//! rest of the VM keeps the 16-byte `Value`; a `Packed` is made from a
//! `Value` on a store and gives one back on a load.
//!
//! The word is NaN-boxed. A float is its own bits, unless those bits fall in
//! the *tagged space*: the words whose top 13 bits are all set (negative
//! quiet NaNs), which no other float occupies. A word in the tagged space
//! carries a 5-bit tag (bits 46..51) and 46 bits of data (bits 0..46):
//!
//! | tag | value | data |
//! |---|---|---|
//! | 0-5 | `Unbound`, `None`, `NotImplemented`, `Ellipsis`, `False`, `True` | 0 |
//! | 6 | `Int(i)` with -2^45 <= i < 2^45 | `i`, two's complement in 46 bits |
//! | 7 | anything else, boxed: `Box<Value>` | address >> 3 |
//! | 8-27 | a heap object (`Str`, `Instance`, ...): the `Rc`'s pointer from `Rc::into_raw` | address >> 3 |
//!
//! So a float that is a negative quiet NaN, and an int outside 46 bits, take
//! a box of their own (an allocation on the store); every other value is in
//! the word. A heap object's word owns one strong reference, exactly as the
//! `Rc` in a `Value` does; a boxed word owns its box.
//!
//! Addresses: every `Rc` allocation and every `Box<Value>` is 8-byte
//! aligned, so the low 3 bits are zero and are dropped; 46 bits then hold
//! any address below 2^49. Linux gives user space 47 bits on x86-64 and 48
//! on aarch64 (57-bit addresses only to a process that asks with an
//! `mmap` hint above 2^47, which nsvm never makes). `pack_addr` checks it
//! and stops the VM with a message should that ever change; it cannot be
//! reached from Python source.

use super::{Value, B64, F64};
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::rc::Rc;

/// A `Value` in 8 bytes (see the module docs). Owns what the value owns.
pub struct Packed(u64);

const _: () = assert!(std::mem::size_of::<Packed>() == 8);

/// The first word of the tagged space: sign, exponent and quiet bit set.
const TAGGED: u64 = 0xFFF8_0000_0000_0000;
const TAG_SHIFT: u32 = 46;
const DATA_MASK: u64 = (1 << TAG_SHIFT) - 1;
/// The smallest and one past the largest int held in the word.
const INT_MIN: i64 = -(1 << 45);
const INT_END: i64 = 1 << 45;

const T_UNBOUND: u64 = 0;
const T_NONE: u64 = 1;
const T_NOT_IMPLEMENTED: u64 = 2;
const T_ELLIPSIS: u64 = 3;
const T_FALSE: u64 = 4;
const T_TRUE: u64 = 5;
const T_INT: u64 = 6;
const T_BOXED: u64 = 7;

/// The tag of the heap variant `Dict` (see `heap_variants`).
const T_DICT: u64 = 12;

#[inline(always)]
const fn word(tag: u64, data: u64) -> u64 {
    TAGGED | (tag << TAG_SHIFT) | data
}

/// Whether `w` is in the tagged space with tag `tag`: one shift and one
/// comparison, since the tag and the space's marker are the bits above the
/// data.
#[inline(always)]
const fn has_tag(w: u64, tag: u64) -> bool {
    w >> TAG_SHIFT == word(tag, 0) >> TAG_SHIFT
}

/// The data bits of an 8-byte aligned address below 2^49 (its provenance
/// exposed by the caller, for `unpack_addr`).
#[inline(always)]
fn pack_addr(a: usize) -> u64 {
    let a = a as u64;
    if (a & 7) | (a >> (TAG_SHIFT + 3)) != 0 {
        addr_out_of_range(a);
    }
    a >> 3
}

#[cold]
#[inline(never)]
fn addr_out_of_range(a: u64) -> ! {
    panic!("packed values need 8-byte aligned heap addresses below 2^49; got {a:#x}")
}

#[inline(always)]
fn unpack_addr<T>(w: u64) -> *const T {
    std::ptr::with_exposed_provenance(((w & DATA_MASK) << 3) as usize)
}

/// The heap variants: (tag, variant). The tags follow `T_BOXED`.
macro_rules! heap_variants {
    ($m:ident) => {
        $m! {
            8 => BigInt,
            9 => Str,
            10 => List,
            11 => Tuple,
            12 => Dict,
            13 => Set,
            14 => FrozenSet,
            15 => Range,
            16 => Slice,
            17 => Function,
            18 => Builtin,
            19 => Method,
            20 => Generator,
            21 => Iter,
            22 => DictView,
            23 => Module,
            24 => Type,
            25 => Instance,
            26 => Cell,
            27 => Code,
        }
    };
}

/// The word for `v`, which takes over what `v` owns. A heap object's arms
/// give only their tag and address; the word is made once, after the match.
#[inline(never)]
fn encode(v: Value) -> u64 {
    macro_rules! arms {
        ($($tag:literal => $var:ident,)*) => {{
            let (tag, addr) = match v {
                Value::Unbound => return word(T_UNBOUND, 0),
                Value::None => return word(T_NONE, 0),
                Value::NotImplemented => return word(T_NOT_IMPLEMENTED, 0),
                Value::Ellipsis => return word(T_ELLIPSIS, 0),
                Value::Bool(b) => return word(if b.get() { T_TRUE } else { T_FALSE }, 0),
                Value::Int(i) if (INT_MIN..INT_END).contains(&i) => return word(T_INT, i as u64 & DATA_MASK),
                Value::Float(f) if f.to_bits() < TAGGED => return f.to_bits(),
                v @ (Value::Int(_) | Value::Float(_)) => (T_BOXED, Box::into_raw(Box::new(v)).expose_provenance()),
                $(Value::$var(r) => ($tag, Rc::into_raw(r).expose_provenance()),)*
            };
            word(tag, pack_addr(addr))
        }};
    }
    heap_variants!(arms)
}

/// The value a word stands for, owning what the word owned (out of line:
/// the loop's paths make ints and floats themselves).
///
/// # Safety
/// `w` must have been made by `encode` and not decoded since: each word's
/// reference (or box) is handed back exactly once.
#[inline(never)]
unsafe fn decode(w: u64) -> Value {
    // SAFETY: the caller's promise, passed on.
    unsafe { decode_in_line(w) }
}

/// `decode`'s body, for the callers that want it in line.
///
/// # Safety
/// As `decode`.
#[inline(always)]
unsafe fn decode_in_line(w: u64) -> Value {
    if w < TAGGED {
        return Value::float(f64::from_bits(w));
    }
    macro_rules! arms {
        ($($tag:literal => $var:ident,)*) => {
            match (w >> TAG_SHIFT) & 31 {
                T_UNBOUND => Value::Unbound,
                T_NONE => Value::None,
                T_NOT_IMPLEMENTED => Value::NotImplemented,
                T_ELLIPSIS => Value::Ellipsis,
                T_FALSE => Value::Bool(B64::FALSE),
                T_TRUE => Value::Bool(B64::TRUE),
                T_INT => Value::Int(int_of(w)),
                // SAFETY: the word was made from `Box::into_raw` of a
                // `Box<Value>` (tag 7), and the caller hands it back once.
                T_BOXED => *unsafe { Box::from_raw(unpack_addr::<Value>(w) as *mut Value) },
                // SAFETY: a heap tag's word was made from `Rc::into_raw` of an
                // `Rc` of that variant's type, whose strong reference it owns;
                // the caller hands that reference back once.
                $($tag => Value::$var(unsafe { Rc::from_raw(unpack_addr(w)) }),)*
                _ => unreachable!("packed word with an unknown tag"),
            }
        };
    }
    heap_variants!(arms)
}

/// The int in a word with tag `T_INT` (sign-extended from 46 bits).
#[inline(always)]
fn int_of(w: u64) -> i64 {
    ((w << (64 - TAG_SHIFT)) as i64) >> (64 - TAG_SHIFT)
}

/// The value of the word `w`, which a live `Packed` holds, as a bitwise
/// copy that stands for the word's own reference and is never dropped.
///
/// # Safety
/// `w` must be the word of a `Packed` that outlives the copy and is not
/// changed while it lives.
#[inline(always)]
unsafe fn borrow_word(w: u64) -> ManuallyDrop<Value> {
    ManuallyDrop::new(if has_tag(w, T_BOXED) {
        // SAFETY: a boxed word points at the live `Box<Value>` it owns; the
        // copy is never dropped, so the box keeps the value.
        unsafe { std::ptr::read(unpack_addr::<Value>(w)) }
    } else {
        // SAFETY: the decoded value stands for the word's own reference,
        // and `ManuallyDrop` keeps it from being handed back.
        unsafe { decode_in_line(w) }
    })
}

/// `Packed::get` of a word that is not an int, a float, `None` or a bool:
/// the borrowed value, cloned (a count increment for a heap object).
/// Instances, strings and lists (an attribute's usual heap values) are
/// made by their tag alone: decoded through the general match, a value
/// paid two jump tables (the tag's, then `Value::retain`'s).
#[inline(never)]
fn get_slow(p: &Packed) -> Value {
    const T_STR: u64 = 9;
    const T_LIST: u64 = 10;
    const T_INSTANCE: u64 = 25;
    let w = p.0;
    /// A new strong reference to the `Rc<T>` whose `into_raw` pointer the
    /// word holds.
    ///
    /// # Safety
    /// `w` must be a live word with the heap tag of `T`'s variant.
    unsafe fn cloned<T>(w: u64) -> Rc<T> {
        // SAFETY: a heap tag's word holds `Rc::into_raw` of an `Rc<T>`
        // whose strong reference it owns and keeps while `p` lives (the
        // caller's promise), so the count is at least one here.
        unsafe {
            let ptr = unpack_addr::<T>(w);
            Rc::increment_strong_count(ptr);
            Rc::from_raw(ptr)
        }
    }
    // At most three typed arms (a fourth makes the match a jump table;
    // see `Value::retain`).
    match (w >> TAG_SHIFT) & 31 {
        // SAFETY: `w` is `p`'s word, whose tag says which `Rc` it holds.
        T_INSTANCE if w >= TAGGED => Value::Instance(unsafe { cloned(w) }),
        // SAFETY: as above.
        T_STR if w >= TAGGED => Value::Str(unsafe { cloned(w) }),
        // SAFETY: as above.
        T_LIST if w >= TAGGED => Value::List(unsafe { cloned(w) }),
        _ => (*p.view()).clone(),
    }
}

/// `Value`'s discriminants (`repr(C, u64)`: the first word, numbered in
/// declaration order; checked by a test) of the variants `scalar` makes.
const NONE_DISCRIMINANT: u64 = 1;
const BOOL_DISCRIMINANT: u64 = 4;
const INT_DISCRIMINANT: u64 = 5;
const FLOAT_DISCRIMINANT: u64 = 6;

/// `Value::None`, `Value::Bool`, `Value::Int` or `Value::Float` from its two
/// words (discriminant, payload). `Value` is a scalar pair (see `F64`), so
/// this is two registers, not a 16-byte value built in memory.
#[inline(always)]
fn scalar(discriminant: u64, payload: u64) -> Value {
    debug_assert!(match discriminant {
        NONE_DISCRIMINANT => payload == 0,
        BOOL_DISCRIMINANT => payload <= 1,
        d => d == INT_DISCRIMINANT || d == FLOAT_DISCRIMINANT,
    });
    match discriminant {
        NONE_DISCRIMINANT => Value::None,
        BOOL_DISCRIMINANT => Value::bool(payload != 0),
        INT_DISCRIMINANT => Value::Int(payload as i64),
        _ => Value::Float(F64::from_bits(payload)),
    }
}

impl Packed {
    /// Small ints and floats, the common stored values, are packed in
    /// line; the rest out of line (`encode`).
    #[inline(always)]
    pub fn new(v: Value) -> Packed {
        match v {
            Value::Int(i) if (INT_MIN..INT_END).contains(&i) => Packed(word(T_INT, i as u64 & DATA_MASK)),
            Value::Float(f) if f.to_bits() < TAGGED => Packed(f.to_bits()),
            v => Packed(encode(v)),
        }
    }

    /// The value, as a new reference (the word keeps its own). Floats and
    /// small ints, the common attribute values, are made in line.
    #[inline(always)]
    pub fn get(&self) -> Value {
        let w = self.0;
        if has_tag(w, T_INT) {
            return scalar(INT_DISCRIMINANT, int_of(w) as u64);
        }
        if w < TAGGED {
            return scalar(FLOAT_DISCRIMINANT, w);
        }
        // None and the bools (a list's `next`, a flag) without a call too.
        match (w >> TAG_SHIFT) & 31 {
            T_NONE => scalar(NONE_DISCRIMINANT, 0),
            T_FALSE => scalar(BOOL_DISCRIMINANT, 0),
            T_TRUE => scalar(BOOL_DISCRIMINANT, 1),
            _ => get_slow(self),
        }
    }

    /// The value, handing over the word's reference.
    #[inline]
    pub fn into_value(self) -> Value {
        let w = ManuallyDrop::new(self).0;
        if has_tag(w, T_INT) {
            return Value::Int(int_of(w));
        }
        if w < TAGGED {
            return Value::float(f64::from_bits(w));
        }
        // SAFETY: `self` is forgotten, so this is the one hand-back of its word.
        unsafe { decode(w) }
    }

    /// The value, borrowed for as long as the word: no count changes.
    #[inline(always)]
    pub fn view(&self) -> Borrowed<'_, Value> {
        // SAFETY: the word is `self`'s, and the `Borrowed` lives no longer
        // than the borrow of `self`, during which it cannot change
        // (changing a `Packed` takes `&mut`).
        Borrowed(unsafe { borrow_word(self.0) }, PhantomData)
    }

    /// The dict of a word that holds a `Value::Dict`, borrowed.
    #[inline]
    pub fn as_dict(&self) -> Option<Borrowed<'_, Rc<super::PyDict>>> {
        if has_tag(self.0, T_DICT) {
            // SAFETY: `T_DICT` is `Dict`'s tag (`heap_variants`): the word owns one
            // reference to an `Rc<PyDict>` made by `Rc::into_raw`. The `Rc`
            // made here stands for that reference, is never dropped, and is
            // lent only for the borrow of `self`.
            let d = unsafe { Rc::from_raw(unpack_addr(self.0)) };
            Some(Borrowed(ManuallyDrop::new(d), PhantomData))
        } else {
            None
        }
    }
}

impl Packed {
    /// The collector's head of the word's object, if it is a container: no
    /// decode and no count change (the collector's traversal of an
    /// instance's attributes, `gc.rs`). Scalars, boxed ints and floats and
    /// the heap kinds the collector does not track have none.
    #[inline(always)]
    pub fn gc_head(&self) -> Option<&super::gc::GcHead> {
        use super::gc::Track;
        use super::{dict, func, instance, set, typ};
        let w = self.0;
        if w < word(T_BOXED + 1, 0) {
            return None;
        }
        /// The head of the `T` the word's address points at.
        ///
        /// # Safety
        /// The word's tag is the heap variant whose `Rc` holds a `T`.
        #[inline(always)]
        unsafe fn head<'a, T: Track + 'a>(w: u64) -> &'a super::gc::GcHead {
            // SAFETY: a heap word was made by `Rc::into_raw` of an `Rc<T>`
            // (the caller's promise on the tag) and owns a strong reference,
            // so the object lives while the word does; the caller ties `'a`
            // to its borrow of the `Packed`.
            unsafe { (*unpack_addr::<T>(w)).gc_head() }
        }
        // SAFETY (each arm): the tags are `heap_variants`' numbering, and
        // each type is the one its variant holds in `Value`.
        Some(match (w >> TAG_SHIFT) & 31 {
            10 => unsafe { head::<super::PyList>(w) },
            11 => unsafe { head::<super::PyTuple>(w) },
            12 => unsafe { head::<dict::PyDict>(w) },
            13 | 14 => unsafe { head::<set::PySet>(w) },
            17 => unsafe { head::<func::PyFunction>(w) },
            19 => unsafe { head::<func::PyMethod>(w) },
            20 => unsafe { head::<func::PyGenerator>(w) },
            21 => unsafe { head::<super::PyIter>(w) },
            22 => unsafe { head::<super::PyDictView>(w) },
            23 => unsafe { head::<super::PyModule>(w) },
            24 => unsafe { head::<typ::PyType>(w) },
            25 => unsafe { head::<instance::PyInstance>(w) },
            26 => unsafe { head::<func::PyCell>(w) },
            27 => unsafe { head::<func::PyCode>(w) },
            _ => return None,
        })
    }
}

impl Drop for Packed {
    #[inline]
    fn drop(&mut self) {
        // Floats and the inline tags own nothing.
        if self.0 >= word(T_BOXED, 0) {
            // SAFETY: `drop` runs once, and the word is not used after.
            drop(unsafe { decode(self.0) });
        }
    }
}

impl Clone for Packed {
    fn clone(&self) -> Self {
        Packed::new(self.get())
    }
}

impl std::fmt::Debug for Packed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Packed({:#x})", self.0)
    }
}

/// A value lent out by a `Packed` (`view`, `as_dict`): derefs to the value,
/// changes no reference count, and is never dropped.
pub struct Borrowed<'a, T>(ManuallyDrop<T>, PhantomData<&'a Packed>);

impl<T> Deref for Borrowed<'_, T> {
    type Target = T;
    #[inline(always)]
    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::{PyDict, PyStr};

    fn round_trip(v: Value) -> Value {
        Packed::new(v).into_value()
    }

    #[test]
    fn inline_values_round_trip() {
        for i in [0, 1, -1, INT_MIN, INT_END - 1, INT_MIN - 1, INT_END, i64::MIN, i64::MAX] {
            assert!(matches!(round_trip(Value::Int(i)), Value::Int(j) if j == i), "{i}");
            assert!(matches!(Packed::new(Value::Int(i)).get(), Value::Int(j) if j == i), "{i}");
        }
        let nan_neg = f64::from_bits(0xFFF8_0000_0000_0000);
        let nan_payload = f64::from_bits(0xFFFF_0000_0000_1234);
        for f in [0.0, -0.0, 1.5, f64::INFINITY, f64::NEG_INFINITY, f64::NAN, nan_neg, nan_payload, f64::MIN_POSITIVE] {
            let bits = |v: Value| match v {
                Value::Float(g) => g.to_bits(),
                _ => panic!("not a float"),
            };
            assert_eq!(bits(round_trip(Value::float(f))), f.to_bits());
            assert_eq!(bits(Packed::new(Value::float(f)).get()), f.to_bits());
        }
        assert!(matches!(round_trip(Value::Unbound), Value::Unbound));
        assert!(matches!(round_trip(Value::None), Value::None));
        assert!(matches!(round_trip(Value::NotImplemented), Value::NotImplemented));
        assert!(matches!(round_trip(Value::Ellipsis), Value::Ellipsis));
        assert!(matches!(round_trip(Value::Bool(B64::TRUE)), Value::Bool(B64::TRUE)));
        assert!(matches!(round_trip(Value::Bool(B64::FALSE)), Value::Bool(B64::FALSE)));
    }

    #[test]
    fn gc_head_is_the_values_head() {
        use crate::objects::func::PyCell;
        use crate::objects::gc::head_of;
        use crate::objects::set::PySet;
        let set = PySet::new(Default::default());
        let values = [
            Value::list(vec![]),
            Value::tuple(vec![Value::list(vec![])]),
            Value::Dict(PyDict::new()),
            Value::Set(set.clone()),
            Value::FrozenSet(set),
            Value::Cell(PyCell::new(Value::None)),
            Value::str("abc"),
            Value::Int(1 << 50),
            Value::float(f64::from_bits(0xFFF8_0000_0000_0001)),
            Value::Int(7),
            Value::None,
            Value::Bool(B64::TRUE),
        ];
        for v in values {
            let want = head_of(&v).map(|h| h as *const _);
            let p = Packed::new(v);
            assert_eq!(p.gc_head().map(|h| h as *const _), want, "{:?}", p);
        }
    }

    #[test]
    fn typed_gets_keep_their_counts() {
        // `get_slow`'s typed arms (instances, strings, lists) against the
        // general decode: the same variant, the same object, one count.
        use crate::objects::PyInstance;
        use crate::strategy::StrategyKind;
        let vm = crate::interp::Vm::new(StrategyKind::DEFAULT);
        let inst = PyInstance::new(vm.types.object.clone()).into_rc();
        let list = match Value::list(vec![Value::Int(1)]) {
            Value::List(l) => l,
            _ => unreachable!(),
        };
        let s = Rc::new(PyStr::new("typed"));
        let p = Packed::new(Value::Instance(inst.clone()));
        assert!(matches!(p.get(), Value::Instance(i) if Rc::ptr_eq(&i, &inst)));
        assert_eq!(Rc::strong_count(&inst), 2);
        let got = p.get();
        assert_eq!(Rc::strong_count(&inst), 3);
        drop((got, p));
        assert_eq!(Rc::strong_count(&inst), 1);
        let p = Packed::new(Value::List(list.clone()));
        assert!(matches!(p.get(), Value::List(l) if Rc::ptr_eq(&l, &list)));
        drop(p);
        assert_eq!(Rc::strong_count(&list), 1);
        let p = Packed::new(Value::Str(s.clone()));
        assert!(matches!(p.get(), Value::Str(t) if Rc::ptr_eq(&t, &s)));
        drop(p);
        assert_eq!(Rc::strong_count(&s), 1);
    }

    #[test]
    fn heap_values_keep_their_counts() {
        let s = Rc::new(PyStr::new("abc"));
        let p = Packed::new(Value::Str(s.clone()));
        assert_eq!(Rc::strong_count(&s), 2, "the word owns one reference");
        let got = p.get();
        assert_eq!(Rc::strong_count(&s), 3);
        assert!(matches!(&got, Value::Str(t) if Rc::ptr_eq(t, &s)));
        drop(got);
        assert!(matches!(&*p.view(), Value::Str(t) if Rc::ptr_eq(t, &s)));
        assert_eq!(Rc::strong_count(&s), 2, "a view changes no count");
        let q = p.clone();
        assert_eq!(Rc::strong_count(&s), 3);
        drop(p);
        drop(q);
        assert_eq!(Rc::strong_count(&s), 1);

        let d = PyDict::new();
        let p = Packed::new(Value::Dict(d.clone()));
        assert!(Rc::ptr_eq(&p.as_dict().unwrap(), &d));
        assert!(Packed::new(Value::None).as_dict().is_none());
        assert!(Packed::new(Value::Str(s.clone())).as_dict().is_none());
        let back = p.into_value();
        assert_eq!(Rc::strong_count(&d), 2);
        drop(back);
        assert_eq!(Rc::strong_count(&d), 1);
    }

    #[test]
    fn scalar_discriminants_match_value() {
        assert!(matches!(scalar(INT_DISCRIMINANT, -7i64 as u64), Value::Int(-7)));
        assert!(matches!(scalar(FLOAT_DISCRIMINANT, 2.5f64.to_bits()), Value::Float(f) if f.get() == 2.5));
        assert!(matches!(scalar(NONE_DISCRIMINANT, 0), Value::None));
        assert!(matches!(scalar(BOOL_DISCRIMINANT, 0), Value::Bool(B64::FALSE)));
        assert!(matches!(scalar(BOOL_DISCRIMINANT, 1), Value::Bool(B64::TRUE)));
        // SAFETY: `Value` is 16 bytes, `repr(C, u64)`; reading its words.
        let words = |v: &Value| unsafe { std::ptr::read(v as *const Value as *const [u64; 2]) };
        assert_eq!(words(&Value::Int(9)), [INT_DISCRIMINANT, 9]);
        assert_eq!(words(&Value::float(1.0)), [FLOAT_DISCRIMINANT, 1.0f64.to_bits()]);
        // SAFETY: as above; the first word only (the payload is padding).
        let first = |v: &Value| unsafe { std::ptr::read(v as *const Value as *const u64) };
        assert_eq!(first(&Value::None), NONE_DISCRIMINANT);
        assert_eq!(first(&Value::Bool(B64::TRUE)), BOOL_DISCRIMINANT);
    }

    #[test]
    fn boxed_values_are_freed_once() {
        let big = Packed::new(Value::Int(i64::MAX));
        assert!(matches!(&*big.view(), Value::Int(i64::MAX)));
        let c = big.clone();
        drop(big);
        assert!(matches!(c.get(), Value::Int(i64::MAX)));
        drop(c);
    }
}

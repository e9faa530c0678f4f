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

use super::Value;
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

#[inline(always)]
const fn word(tag: u64, data: u64) -> u64 {
    TAGGED | (tag << TAG_SHIFT) | data
}

/// The data bits of an 8-byte aligned address below 2^49.
#[inline(always)]
fn pack_addr<T>(p: *const T) -> u64 {
    let a = p.expose_provenance() as u64;
    if a & 7 != 0 || a >> (TAG_SHIFT + 3) != 0 {
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

/// The word for `v`, which takes over what `v` owns.
#[inline(never)]
fn encode(v: Value) -> u64 {
    macro_rules! arms {
        ($($tag:literal => $var:ident,)*) => {
            match v {
                Value::Unbound => word(T_UNBOUND, 0),
                Value::None => word(T_NONE, 0),
                Value::NotImplemented => word(T_NOT_IMPLEMENTED, 0),
                Value::Ellipsis => word(T_ELLIPSIS, 0),
                Value::Bool(false) => word(T_FALSE, 0),
                Value::Bool(true) => word(T_TRUE, 0),
                Value::Int(i) if (INT_MIN..INT_END).contains(&i) => word(T_INT, i as u64 & DATA_MASK),
                Value::Float(f) if f.to_bits() < TAGGED => f.to_bits(),
                v @ (Value::Int(_) | Value::Float(_)) => word(T_BOXED, pack_addr(Box::into_raw(Box::new(v)))),
                $(Value::$var(r) => word($tag, pack_addr(Rc::into_raw(r))),)*
            }
        };
    }
    heap_variants!(arms)
}

/// The value a word stands for, owning what the word owned.
///
/// # Safety
/// `w` must have been made by `encode` and not decoded since: each word's
/// reference (or box) is handed back exactly once.
#[inline(never)]
unsafe fn decode(w: u64) -> Value {
    if w < TAGGED {
        return Value::Float(f64::from_bits(w));
    }
    macro_rules! arms {
        ($($tag:literal => $var:ident,)*) => {
            match (w >> TAG_SHIFT) & 31 {
                T_UNBOUND => Value::Unbound,
                T_NONE => Value::None,
                T_NOT_IMPLEMENTED => Value::NotImplemented,
                T_ELLIPSIS => Value::Ellipsis,
                T_FALSE => Value::Bool(false),
                T_TRUE => Value::Bool(true),
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

/// `Packed::get` of a word that is not a float or an int: one dispatch on
/// the tag, and a count increment for a heap object.
#[inline(never)]
fn get_slow(w: u64) -> Value {
    macro_rules! arms {
        ($($tag:literal => $var:ident,)*) => {
            match (w >> TAG_SHIFT) & 31 {
                T_UNBOUND => Value::Unbound,
                T_NONE => Value::None,
                T_NOT_IMPLEMENTED => Value::NotImplemented,
                T_ELLIPSIS => Value::Ellipsis,
                T_FALSE => Value::Bool(false),
                T_TRUE => Value::Bool(true),
                T_INT => Value::Int(int_of(w)),
                // SAFETY: a boxed word points at the live `Box<Value>` it
                // owns (tag 7); it is only read here, to clone.
                T_BOXED => unsafe { &*unpack_addr::<Value>(w) }.clone(),
                // SAFETY: a heap tag's word owns one strong reference to an
                // `Rc` of that variant's type, made by `Rc::into_raw`. The
                // `Rc` rebuilt here stands for that reference and is never
                // dropped (`ManuallyDrop`); the clone is a new reference.
                $($tag => Value::$var(Rc::clone(&ManuallyDrop::new(unsafe { Rc::from_raw(unpack_addr(w)) }))),)*
                _ => unreachable!("packed word with an unknown tag"),
            }
        };
    }
    heap_variants!(arms)
}

impl Packed {
    /// `Value::Unbound`, which owns nothing.
    pub const UNBOUND: Packed = Packed(word(T_UNBOUND, 0));

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
        // One shift and one comparison find an int: the tag and the tagged
        // space's marker are the bits above the data.
        if w >> TAG_SHIFT == word(T_INT, 0) >> TAG_SHIFT {
            return Value::Int(int_of(w));
        }
        if w < TAGGED {
            return Value::Float(f64::from_bits(w));
        }
        get_slow(w)
    }

    /// The value, handing over the word's reference.
    #[inline]
    pub fn into_value(self) -> Value {
        let w = ManuallyDrop::new(self).0;
        if w >> TAG_SHIFT == word(T_INT, 0) >> TAG_SHIFT {
            return Value::Int(int_of(w));
        }
        if w < TAGGED {
            return Value::Float(f64::from_bits(w));
        }
        // SAFETY: `self` is forgotten, so this is the one hand-back of its word.
        unsafe { decode(w) }
    }

    /// The value, borrowed for as long as the word: no count changes.
    #[inline(always)]
    pub fn view(&self) -> Borrowed<'_, Value> {
        let v = if (self.0 >> TAG_SHIFT) & 31 == T_BOXED && self.0 >= TAGGED {
            // SAFETY: a boxed word points at a live `Box<Value>` owned by the
            // word; the bitwise copy is never dropped (`Borrowed` holds it in
            // `ManuallyDrop`) and lives no longer than the borrow of `self`,
            // during which the box is neither freed nor changed (changing a
            // `Packed` takes `&mut`).
            unsafe { std::ptr::read(unpack_addr::<Value>(self.0)) }
        } else {
            // SAFETY: as above: the decoded value stands for the word's own
            // reference, is never dropped, and is only lent out for the
            // borrow of `self`.
            unsafe { decode(self.0) }
        };
        Borrowed(ManuallyDrop::new(v), PhantomData)
    }

    /// The dict of a word that holds a `Value::Dict`, borrowed.
    #[inline]
    pub fn as_dict(&self) -> Option<Borrowed<'_, Rc<super::PyDict>>> {
        if self.0 >= TAGGED && (self.0 >> TAG_SHIFT) & 31 == 12 {
            // SAFETY: tag 12 is `Dict` (`heap_variants`): the word owns one
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
            assert_eq!(bits(round_trip(Value::Float(f))), f.to_bits());
            assert_eq!(bits(Packed::new(Value::Float(f)).get()), f.to_bits());
        }
        assert!(matches!(round_trip(Value::Unbound), Value::Unbound));
        assert!(matches!(round_trip(Value::None), Value::None));
        assert!(matches!(round_trip(Value::NotImplemented), Value::NotImplemented));
        assert!(matches!(round_trip(Value::Ellipsis), Value::Ellipsis));
        assert!(matches!(round_trip(Value::Bool(true)), Value::Bool(true)));
        assert!(matches!(round_trip(Value::Bool(false)), Value::Bool(false)));
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
    fn boxed_values_are_freed_once() {
        let big = Packed::new(Value::Int(i64::MAX));
        assert!(matches!(&*big.view(), Value::Int(i64::MAX)));
        let c = big.clone();
        drop(big);
        assert!(matches!(c.get(), Value::Int(i64::MAX)));
        drop(c);
    }
}

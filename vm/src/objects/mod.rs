//! Runtime values and the object structs behind them.
//!
//! `Value` is 16 bytes: ints that fit 64 bits, floats, bools and None are
//! inline and `Copy`-cheap; every heap object is one reference-counted
//! pointer, and the variant tag says which struct it points at, so type
//! dispatch is a `match` on the tag, never a virtual call. Reference
//! counting matches CPython's memory behaviour for like-for-like timing.
//!
//! `objects` never imports `interp`: operations that must run Python code
//! take the `Vm` and call back through `Vm::call`.

pub mod dict;
pub mod exc;
pub mod func;
pub mod gc;
pub mod headcell;
pub mod instance;
pub mod numfmt;
pub mod packed;
pub mod set;
pub mod settable;
pub mod str;
pub mod trashcan;
pub mod typ;

use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

pub use dict::{DictData, PyDict};
pub use exc::{ExcData, ExcKind, PyErr, PyResult};
pub use func::{BuiltinFn, KwArgs, PyBuiltin, PyCell, PyCode, PyFunction, PyGenerator, PyMethod};
pub use instance::{MemberData, Native, PropertyData, PyInstance};
pub use set::PySet;
pub use str::PyStr;
pub use typ::{PyType, TypeKind};

/// A float's IEEE bits, the payload of `Value::Float`. With every payload
/// one word of integer or pointer kind (`B64` for bools), `Value` is a
/// scalar pair in Rust's ABI: passed and returned in two registers, copied
/// as two word moves. A variant holding an `f64` (or a one-byte `bool`)
/// made it 16 opaque bytes, returned through memory and copied with one
/// 16-byte move, which stalls on the two 8-byte stores that wrote it (a
/// store-forwarding failure, the top cost of the call and push paths).
/// No `PartialEq`: float comparison is `get`'s, never the bits'.
#[derive(Clone, Copy, Debug)]
#[repr(transparent)]
pub struct F64(u64);

impl F64 {
    #[inline(always)]
    pub const fn new(x: f64) -> F64 {
        F64(x.to_bits())
    }
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
    #[inline(always)]
    pub const fn to_bits(self) -> u64 {
        self.0
    }
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> F64 {
        F64(bits)
    }
}

/// A bool as a whole word (0 or 1), the payload of `Value::Bool` (see
/// `F64`). Matched by its constants: `Value::Bool(B64::TRUE)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(transparent)]
pub struct B64(u64);

impl B64 {
    pub const FALSE: B64 = B64(0);
    pub const TRUE: B64 = B64(1);
    #[inline(always)]
    pub const fn new(b: bool) -> B64 {
        B64(b as u64)
    }
    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

// `repr(C, u64)` puts every payload at offset 8 and makes the tag a whole
// word, so a `Value` is two aligned words (a scalar pair, see `F64`).
#[derive(Default)]
#[repr(C, u64)]
pub enum Value {
    /// An empty local or global slot, or the NULL marker of a call; never visible to Python.
    #[default]
    Unbound,
    None,
    NotImplemented,
    Ellipsis,
    Bool(B64),
    Int(i64),
    Float(F64),
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    List(Rc<PyList>),
    Tuple(Rc<PyTuple>),
    Dict(Rc<PyDict>),
    Set(Rc<PySet>),
    FrozenSet(Rc<PySet>),
    Range(Rc<PyRange>),
    Slice(Rc<PySlice>),
    Function(Rc<PyFunction>),
    Builtin(Rc<PyBuiltin>),
    Method(Rc<PyMethod>),
    Generator(Rc<PyGenerator>),
    Iter(Rc<PyIter>),
    DictView(Rc<PyDictView>),
    Module(Rc<PyModule>),
    Type(Rc<PyType>),
    Instance(Rc<PyInstance>),
    Cell(Rc<PyCell>),
    Code(Rc<PyCode>),
}

const _: () = assert!(std::mem::size_of::<Value>() <= 16);

impl Clone for Value {
    /// Inline values copy without a call; heap values bump a reference count.
    #[inline(always)]
    fn clone(&self) -> Self {
        if !self.is_inline() {
            self.retain();
        }
        // SAFETY: an inline variant (Unbound, None, NotImplemented, Ellipsis,
        // Bool, Int, Float) holds no pointer and owns nothing, so a bitwise
        // copy is an independent valid value, as `Copy` would make. A heap
        // variant is one `Rc` whose strong count `retain` has just
        // incremented, so the copy owns that new reference, exactly as
        // `Rc::clone` would give. Copied whole (two words, see `F64`), not
        // rebuilt variant by variant through a jump table.
        unsafe { std::ptr::read(self) }
    }
}

/// Drops a value, skipping the out-of-line drop glue for inline values
/// (ints, floats, bools, None), which own nothing.
#[inline(always)]
pub fn release(v: Value) {
    if v.is_inline() {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

/// Drops `stack[to..]` and shortens the stack to `to`: one pass over the
/// slice that calls the drop glue only for heap values (`Vec::truncate`
/// calls it for every value, and a loop of `pop`s re-reads the length).
#[inline(always)]
pub fn release_above(stack: &mut Vec<Value>, to: usize) {
    let len = stack.len();
    if to >= len {
        return;
    }
    // SAFETY: `to < len`: the values at `to..len` are initialised and owned
    // by the vector; `set_len(to)` first gives their ownership to this
    // function (so a panicking drop below leaks the rest instead of
    // dropping them twice), which then drops each once.
    unsafe {
        stack.set_len(to);
        let tail = stack.as_mut_ptr().add(to);
        for i in 0..len - to {
            let v = tail.add(i);
            if !(*v).is_inline() {
                std::ptr::drop_in_place(v);
            }
        }
    }
}

impl Value {
    /// Whether the value lives in the 16 bytes themselves (owns no heap object).
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        matches!(self, Value::Unbound | Value::None | Value::NotImplemented | Value::Ellipsis | Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// Adds one strong reference to the heap object a value points to:
    /// instances, functions and strings by compares, the rest through a
    /// jump table (`retain_other`). Every arm is the same increment, but
    /// each has its own overflow abort, so LLVM keeps a jump table of one
    /// target for a match of four arms or more; its load sat on the path
    /// of every clone (7% of `tokenizer`'s time on that instruction).
    #[inline(never)]
    fn retain(&self) {
        use std::mem::forget;
        // At most three arms: from four on, LLVM makes the match a jump
        // table again.
        match self {
            Value::Instance(r) => forget(r.clone()),
            Value::Function(r) => forget(r.clone()),
            Value::Str(r) => forget(r.clone()),
            _ => self.retain_other(),
        }
    }

    /// `retain` of the other variants.
    #[inline(never)]
    fn retain_other(&self) {
        use std::mem::forget;
        use Value as V;
        match self {
            V::Unbound | V::None | V::NotImplemented | V::Ellipsis | V::Bool(_) | V::Int(_) | V::Float(_) => {}
            V::BigInt(r) => forget(r.clone()),
            V::Str(r) => forget(r.clone()),
            V::List(r) => forget(r.clone()),
            V::Tuple(r) => forget(r.clone()),
            V::Dict(r) => forget(r.clone()),
            V::Set(r) => forget(r.clone()),
            V::FrozenSet(r) => forget(r.clone()),
            V::Range(r) => forget(r.clone()),
            V::Slice(r) => forget(r.clone()),
            V::Function(r) => forget(r.clone()),
            V::Builtin(r) => forget(r.clone()),
            V::Method(r) => forget(r.clone()),
            V::Generator(r) => forget(r.clone()),
            V::Iter(r) => forget(r.clone()),
            V::DictView(r) => forget(r.clone()),
            V::Module(r) => forget(r.clone()),
            V::Type(r) => forget(r.clone()),
            V::Instance(r) => forget(r.clone()),
            V::Cell(r) => forget(r.clone()),
            V::Code(r) => forget(r.clone()),
        }
    }
}
const _: () = assert!(std::mem::size_of::<PyResult<Value>>() <= 16);

pub struct PyList {
    pub gc: gc::GcHead,
    pub items: RefCell<Vec<Value>>,
}

/// Tuples of up to three items live in the same allocation as their header.
pub type TupleItems = smallvec::SmallVec<[Value; 3]>;

pub struct PyTuple {
    pub gc: gc::GcHead,
    pub items: TupleItems,
}

impl Drop for PyList {
    fn drop(&mut self) {
        trashcan::drop_contents(self.items.get_mut(), Vec::clear, |items, later| later.append(items));
    }
}

impl Drop for PyTuple {
    fn drop(&mut self) {
        trashcan::drop_contents(&mut self.items, TupleItems::clear, |items, later| later.extend(items.drain(..)));
    }
}

impl PyTuple {
    /// A tuple value, tracked by the cycle collector when it holds a
    /// container (see `gc`).
    #[inline]
    pub fn value(items: TupleItems) -> Value {
        let track = PyTuple::needs_tracking(&items);
        let t = Rc::new(PyTuple { gc: Default::default(), items });
        if track {
            gc::track(&t);
        }
        Value::Tuple(t)
    }
}

pub struct PyRange {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct PyDictView {
    pub gc: gc::GcHead,
    pub dict: Rc<PyDict>,
    pub kind: ViewKind,
}

/// A module: its name and its namespace.
pub struct PyModule {
    pub gc: gc::GcHead,
    pub name: Rc<PyStr>,
    pub dict: Rc<PyDict>,
}

impl PyModule {
    /// A module, registered with the cycle collector.
    pub fn new_rc(name: Rc<PyStr>, dict: Rc<PyDict>) -> Rc<PyModule> {
        gc::new_tracked(PyModule { gc: Default::default(), name, dict })
    }
}

impl PyDictView {
    /// A dict view, registered with the cycle collector.
    pub fn value(dict: Rc<PyDict>, kind: ViewKind) -> Value {
        Value::DictView(gc::new_tracked(PyDictView { gc: Default::default(), dict, kind }))
    }
}

/// Built-in iterators; each variant remembers its position.
pub enum IterKind {
    List(Rc<PyList>, usize),
    Tuple(Rc<PyTuple>, usize),
    Str(Rc<PyStr>, usize),
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    BigRange {
        cur: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    /// A dict's keys, values or items; the cursor holds the position and
    /// the "changed size during iteration" rule.
    Dict {
        dict: Rc<PyDict>,
        cursor: proxies::Cursor,
        kind: ViewKind,
    },
    Set {
        set: Rc<PySet>,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: isize,
    },
    /// Iteration through `__getitem__` with 0, 1, 2, ...
    SeqIter {
        seq: Value,
        idx: i64,
    },
    CallableIter {
        func: Value,
        sentinel: Value,
    },
    Exhausted,
}

pub struct PyIter {
    pub gc: gc::GcHead,
    pub kind: RefCell<IterKind>,
}

impl PyIter {
    pub fn value(kind: IterKind) -> Value {
        // Iterators over ranges and strings hold no container: never in a
        // cycle, never tracked (the common `for i in range(n)` pays nothing).
        let leaf = matches!(kind, IterKind::Range { .. } | IterKind::BigRange { .. } | IterKind::Str(..) | IterKind::Exhausted);
        let it = PyIter { gc: Default::default(), kind: RefCell::new(kind) };
        Value::Iter(if leaf { Rc::new(it) } else { gc::new_tracked(it) })
    }
    pub fn type_name(&self) -> &'static str {
        match &*self.kind.borrow() {
            IterKind::List(..) => "list_iterator",
            IterKind::Tuple(..) => "tuple_iterator",
            IterKind::Str(..) => "str_ascii_iterator",
            IterKind::Range { .. } => "range_iterator",
            IterKind::BigRange { .. } => "longrange_iterator",
            IterKind::Dict { kind: ViewKind::Keys, .. } => "dict_keyiterator",
            IterKind::Dict { kind: ViewKind::Values, .. } => "dict_valueiterator",
            IterKind::Dict { kind: ViewKind::Items, .. } => "dict_itemiterator",
            IterKind::Set { .. } => "set_iterator",
            IterKind::Enumerate { .. } => "enumerate",
            IterKind::Zip { .. } => "zip",
            IterKind::Map { .. } => "map",
            IterKind::Filter { .. } => "filter",
            IterKind::Reversed { .. } => "list_reverseiterator",
            IterKind::SeqIter { .. } => "iterator",
            IterKind::CallableIter { .. } => "callable_iterator",
            IterKind::Exhausted => "iterator",
        }
    }
}

impl Value {
    #[inline]
    pub fn is_unbound(&self) -> bool {
        matches!(self, Value::Unbound)
    }

    /// Discards a value known to be `Unbound` (a fast path's miss): it owns
    /// nothing, and dropping it would be a call of the out-of-line drop.
    #[inline(always)]
    pub fn forget_unbound(self) {
        debug_assert!(self.is_unbound());
        std::mem::forget(self);
    }
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::from_string(s)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(gc::new_tracked(PyList { gc: Default::default(), items: RefCell::new(items) }))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        PyTuple::value(TupleItems::from_vec(items))
    }
    /// A tuple of the `n` values at `src`, moved in with one copy (a
    /// tuple of up to three items in the tuple's own allocation).
    ///
    /// # Safety
    /// `src..src + n` must be initialised values that the caller owns and
    /// hands over: it must not use or drop them afterwards.
    #[inline]
    pub unsafe fn tuple_from_raw(src: *const Value, n: usize) -> Value {
        let mut items = TupleItems::with_capacity(n);
        // SAFETY: `items` has room for `n` values (`with_capacity`), which
        // do not overlap the caller's; the caller hands the `n` values over,
        // so after the copy `items` owns them (`set_len`), once.
        unsafe {
            std::ptr::copy_nonoverlapping(src, items.as_mut_ptr(), n);
            items.set_len(n);
        }
        PyTuple::value(items)
    }
    /// A tuple built straight from an iterator (no intermediate vector for small tuples).
    pub fn tuple_from(items: impl IntoIterator<Item = Value>) -> Value {
        PyTuple::value(items.into_iter().collect())
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        Value::Bool(B64::new(b))
    }
    #[inline(always)]
    pub fn float(x: f64) -> Value {
        Value::Float(F64::new(x))
    }

    /// Identity, as `is` sees it.
    pub fn is(&self, other: &Value) -> bool {
        use Value as V;
        match (self, other) {
            (V::Unbound, V::Unbound) | (V::None, V::None) | (V::NotImplemented, V::NotImplemented) | (V::Ellipsis, V::Ellipsis) => true,
            (V::Bool(a), V::Bool(b)) => a == b,
            // Small ints are cached in CPython; we treat equal inline ints as identical.
            (V::Int(a), V::Int(b)) => a == b,
            (V::Float(a), V::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of a heap object (for `id()`, identity and default hashes).
    pub fn ptr(&self) -> Option<usize> {
        use Value as V;
        Some(match self {
            V::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Set(r) | V::FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::DictView(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Type(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            V::Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }

    /// The name of the value's type, as error messages print it.
    pub fn type_name(&self) -> String {
        use Value as V;
        match self {
            V::Unbound => "NULL".into(),
            V::None => "NoneType".into(),
            V::NotImplemented => "NotImplementedType".into(),
            V::Ellipsis => "ellipsis".into(),
            V::Bool(_) => "bool".into(),
            V::Int(_) | V::BigInt(_) => "int".into(),
            V::Float(_) => "float".into(),
            V::Str(_) => "str".into(),
            V::List(_) => "list".into(),
            V::Tuple(_) => "tuple".into(),
            V::Dict(_) => "dict".into(),
            V::Set(_) => "set".into(),
            V::FrozenSet(_) => "frozenset".into(),
            V::Range(_) => "range".into(),
            V::Slice(_) => "slice".into(),
            V::Function(_) => "function".into(),
            V::Builtin(b) => if b.is_method { "method_descriptor" } else { "builtin_function_or_method" }.into(),
            V::Method(m) if matches!(m.func, V::Builtin(_)) => "builtin_function_or_method".into(),
            V::Method(_) => "method".into(),
            V::Generator(_) => "generator".into(),
            V::Iter(i) => i.type_name().into(),
            V::DictView(v) => match v.kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
            }
            .into(),
            V::Module(_) => "module".into(),
            V::Type(_) => "type".into(),
            V::Instance(i) => i.class_name(),
            V::Cell(_) => "cell".into(),
            V::Code(_) => "code".into(),
        }
    }

    pub fn as_str(&self) -> Option<&Rc<PyStr>> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}

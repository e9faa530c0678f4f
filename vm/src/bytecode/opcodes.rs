//! The one instruction set of nsvm, defined once.
//!
//! Every instruction is listed exactly once in the `opcodes!` invocation
//! below, with a `///` line saying what it does and its stack effect in
//! `(inputs -- outputs)` notation. The enum, the names printed by the
//! disassembler and the operand kinds are all derived from that table, so
//! there is no parallel list to keep in step.
//!
//! Encoding: an `Op` is a one-byte tag plus an optional 32-bit operand
//! (8 bytes in all). Jump targets are absolute instruction indices.
//!
//! Attribute instructions (`LoadAttr`, `StoreAttr`, `DeleteAttr`,
//! `LoadMethod`) carry an attribute site, not a name: an index into the
//! code object's `attr_sites`, which gives the site's name and, at run
//! time, holds whatever the namespace strategy keeps per site (the place
//! for inline caches). Every such instruction has a site of its own.

/// Flag on `ListExtend`'s operand: the list is a call's positional
/// arguments, so a non-iterable is reported as CPython reports a bad `*args`.
pub const CALL_ARGS: u32 = 0x8000_0000;

/// The fused instructions (`LoadFastAttr`, `StoreFastAttr`,
/// `LoadFastMethod`) carry a local and an attribute site in one operand:
/// the site in the low `SITE_BITS` bits, the local above them. The
/// compiler fuses only when both fit (`pack_local_attr`), and emits the
/// pair of plain instructions otherwise.
pub const SITE_BITS: u32 = 20;

/// The operand of a fused instruction, when `local` and `site` fit in it.
pub fn pack_local_attr(local: u32, site: u32) -> Option<u32> {
    (site < 1 << SITE_BITS && local < 1 << (32 - SITE_BITS)).then_some(local << SITE_BITS | site)
}

/// `(local, site)` of a fused instruction's operand.
#[inline(always)]
pub fn unpack_local_attr(x: u32) -> (u32, u32) {
    (x >> SITE_BITS, x & ((1 << SITE_BITS) - 1))
}

/// Kinds of operand an instruction may carry; the disassembler uses them to
/// annotate the raw number (a constant, a name, a local, a jump target).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    None,
    Const,
    Name,
    /// An attribute site: an index into the code object's `attr_sites`.
    AttrSite,
    /// A local and an attribute site packed together (`unpack_local_attr`).
    LocalAttr,
    Local,
    Deref,
    Target,
    Count,
    BinOp,
    Cmp,
    Raw,
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident $(($kind:ident))? ,)*) => {
        /// One VM instruction. See the table in this file for each one's meaning.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op { $( $(#[doc = $doc])* $name $((opcodes!(@ty $kind)))?, )* }

        impl Op {
            /// The instruction's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self { $( Op::$name { .. } => stringify!($name), )* }
            }
            /// The operand (if any) and what kind of thing it indexes.
            pub fn operand(&self) -> (Operand, u32) {
                match *self { $( Op::$name $((opcodes!(@bind $kind arg)))? => opcodes!(@ret $($kind arg)?), )* }
            }
            /// Rewrites the jump target of a jump instruction (used by the emitter when
            /// patching forward jumps).
            pub fn set_target(&mut self, target: u32) {
                match self { $( Op::$name $((opcodes!(@bind $kind arg)))? => opcodes!(@set $($kind arg)? ; target), )* }
            }
        }
    };
    (@ty $kind:ident) => { u32 };
    (@bind $kind:ident $a:ident) => { $a };
    (@ret $kind:ident $a:ident) => { (Operand::$kind, $a) };
    (@ret) => { (Operand::None, 0) };
    (@set Target $a:ident ; $t:ident) => { *$a = $t };
    (@set $kind:ident $a:ident ; $t:ident) => {{ let _ = $a; }};
    (@set ; $t:ident) => {{}};
}

opcodes! {
    /// Does nothing. `( -- )`
    Nop,
    /// Discards the top of the stack. `(a -- )`
    Pop,
    /// Duplicates the top of the stack. `(a -- a a)`
    Dup,
    /// Duplicates the top two items. `(a b -- a b a b)`
    Dup2,
    /// Swaps the top with the item n-1 below it (n >= 2). `(x ... top -- top ... x)`
    Swap(Count),
    /// Pushes constant k. `( -- consts[k])`
    LoadConst(Const),
    /// Pushes local i; raises UnboundLocalError when it is unbound. `( -- v)`
    LoadFast(Local),
    /// Stores into local i. `(v -- )`
    StoreFast(Local),
    /// Unbinds local i; raises UnboundLocalError when already unbound. `( -- )`
    DeleteFast(Local),
    /// Pushes the value of the cell in cell/free slot i. `( -- v)`
    LoadDeref(Deref),
    /// Class bodies: reads a free variable, first from the class namespace. `( -- v)`
    LoadClassDeref(Deref),
    /// Stores into the cell in slot i. `(v -- )`
    StoreDeref(Deref),
    /// Empties the cell in slot i. `( -- )`
    DeleteDeref(Deref),
    /// Pushes the cell object itself (to build a closure). `( -- cell)`
    LoadClosure(Deref),
    /// Reads a global through the namespace strategy, then builtins; NameError when absent. `( -- v)`
    LoadGlobal(Name),
    /// Binds a global through the namespace strategy. `(v -- )`
    StoreGlobal(Name),
    /// Unbinds a global; NameError when absent. `( -- )`
    DeleteGlobal(Name),
    /// Reads a name from the frame's locals mapping, then globals, then builtins. `( -- v)`
    LoadName(Name),
    /// Binds a name in the frame's locals mapping. `(v -- )`
    StoreName(Name),
    /// Unbinds a name in the frame's locals mapping. `( -- )`
    DeleteName(Name),
    /// Attribute read at site s, through the namespace strategy. `(obj -- obj.name)`
    LoadAttr(AttrSite),
    /// Attribute write at site s, through the namespace strategy. `(v obj -- )`
    StoreAttr(AttrSite),
    /// Attribute delete at site s, through the namespace strategy. `(obj -- )`
    DeleteAttr(AttrSite),
    /// Method lookup at site s without binding (first of the method-call pair): pushes the function and self, or the attribute and NULL. `(obj -- meth self | attr NULL)`
    LoadMethod(AttrSite),
    /// `super().name` for a method call (CPython 3.12's `LOAD_SUPER_ATTR`): when f is the builtin `super`, looks up the name after the function's `__class__` in the first argument's MRO without making a super object; else calls f() and loads the attribute. `(f -- meth self | attr NULL)`
    LoadSuperMethod(AttrSite),
    /// `LoadFast l` then `LoadAttr s`, fused: reads the attribute of a local without copying the local to the stack. `( -- v)`
    LoadFastAttr(LocalAttr),
    /// `LoadFast l` then `StoreAttr s`, fused. `(v -- )`
    StoreFastAttr(LocalAttr),
    /// `LoadFast l` then `LoadMethod s`, fused. `( -- meth self | attr NULL)`
    LoadFastMethod(LocalAttr),
    /// Binary operator n (see `BinOpKind`). `(a b -- a op b)`
    BinaryOp(BinOp),
    /// In-place binary operator n (`+=` and friends). `(a b -- a op= b)`
    InplaceOp(BinOp),
    /// `-a`. `(a -- r)`
    UnaryNeg,
    /// `+a`. `(a -- r)`
    UnaryPos,
    /// `not a`. `(a -- bool)`
    UnaryNot,
    /// `~a`. `(a -- r)`
    UnaryInvert,
    /// Rich comparison n (see `CmpKind`). `(a b -- r)`
    Compare(Cmp),
    /// `a is b` (n=0) or `a is not b` (n=1). `(a b -- bool)`
    IsOp(Raw),
    /// `a in b` (n=0) or `a not in b` (n=1). `(a b -- bool)`
    ContainsOp(Raw),
    /// Subscript read. `(container key -- container[key])`
    Subscript,
    /// Subscript write. `(v container key -- )`
    StoreSubscr,
    /// Subscript delete. `(container key -- )`
    DeleteSubscr,
    /// Builds a slice from 2 or 3 values. `(start stop [step] -- slice)`
    BuildSlice(Count),
    /// Builds a tuple of n items. `(x1 .. xn -- tuple)`
    BuildTuple(Count),
    /// Builds a list of n items. `(x1 .. xn -- list)`
    BuildList(Count),
    /// Builds a set of n items. `(x1 .. xn -- set)`
    BuildSet(Count),
    /// Builds a dict of n key/value pairs. `(k1 v1 .. kn vn -- dict)`
    BuildMap(Count),
    /// Concatenates n strings (f-strings). `(s1 .. sn -- str)`
    BuildString(Count),
    /// Appends to the list n items down (comprehensions). `(list ... v -- list ...)`
    ListAppend(Count),
    /// Adds to the set n items down. `(set ... v -- set ...)`
    SetAdd(Count),
    /// Sets a key in the dict n items down. `(dict ... k v -- dict ...)`
    MapAdd(Count),
    /// Extends the list n items down with an iterable; `n | CALL_ARGS` when the list is a call's positional arguments (for CPython's error wording). `(list ... it -- list ...)`
    ListExtend(Count),
    /// Updates the set n items down with an iterable. `(set ... it -- set ...)`
    SetUpdate(Count),
    /// Updates the dict n items down with a mapping (`{**m}`). `(dict ... m -- dict ...)`
    DictUpdate(Count),
    /// Merges keyword arguments into the dict n down, rejecting duplicates (`f(**m)`). `(dict ... m -- dict ...)`
    DictMerge(Count),
    /// Converts a list to a tuple. `(list -- tuple)`
    ListToTuple,
    /// Formats a value for an f-string; n&3 = conversion (0 none, 1 str, 2 repr, 3 ascii), n&4 = a spec is on the stack. `(v [spec] -- str)`
    FormatValue(Raw),
    /// Unpacks an iterable of exactly n items, first item on top. `(seq -- xn .. x1)`
    UnpackSequence(Count),
    /// Starred unpacking: low 16 bits = items before the star, high 16 = after. `(seq -- ...)`
    UnpackEx(Raw),
    /// Unconditional jump. `( -- )`
    Jump(Target),
    /// Jumps when the popped value is false. `(v -- )`
    PopJumpIfFalse(Target),
    /// Jumps when the popped value is true. `(v -- )`
    PopJumpIfTrue(Target),
    /// `and`: jumps keeping v when false, else pops it. `(v -- v | )`
    JumpIfFalseOrPop(Target),
    /// `or`: jumps keeping v when true, else pops it. `(v -- v | )`
    JumpIfTrueOrPop(Target),
    /// `iter(v)`. `(v -- it)`
    GetIter,
    /// Pushes the next item, or pops the iterator and jumps when exhausted. `(it -- it v | )`
    ForIter(Target),
    /// Calls with n positional arguments; self_or_null is NULL for plain calls. `(f self_or_null a1 .. an -- r)`
    Call(Count),
    /// Calls what `LoadMethod` pushed with n positional arguments, through the namespace strategy (second of the method-call pair; its site is the `LoadMethod`'s). `(meth self_or_null a1 .. an -- r)`
    CallMethod(Count),
    /// Calls with n arguments, the last k named by the tuple of names on top. `(f self_or_null a1 .. an names -- r)`
    CallKw(Count),
    /// Calls with an argument tuple and, when n=1, a keyword dict. `(f NULL args [kwargs] -- r)`
    CallEx(Raw),
    /// Makes a function from a code constant; n flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple. `([defaults] [kwdefaults] [closure] code -- f)`
    MakeFunction(Raw),
    /// Returns from the frame. `(v -- )`
    ReturnValue,
    /// Suspends a generator, yielding v; resuming pushes the sent value. `(v -- sent)`
    YieldValue,
    /// `yield from`: advances the sub-iterator; when it finishes, pops it, pushes its return value and jumps. `(sub sent -- sub v | result)`
    Send(Target),
    /// `iter()` for `yield from` (generators are kept as they are). `(v -- it)`
    GetYieldFromIter,
    /// raise (n=0 re-raises the handled exception, 1 raise exc, 2 raise exc from cause). `(.. -- )`
    Raise(Count),
    /// Re-raises the exception on top without adding a traceback entry. `(exc -- )`
    Reraise,
    /// Enters an exception handler: makes exc the handled exception. `(exc -- exc)`
    PushExcInfo,
    /// Leaves an exception handler, restoring the previously handled exception. `( -- )`
    PopExcInfo,
    /// Tests an exception against an except clause's type or tuple of types. `(exc type -- exc bool)`
    CheckExcMatch,
    /// Enters a `with`: pushes the bound `__exit__` and the result of `__enter__()`. `(mgr -- exit res)`
    BeforeWith,
    /// Normal `with` exit: calls `exit(None, None, None)`. `(exit -- )`
    WithExitNormal,
    /// Exceptional `with` exit: calls `exit(type, exc, tb)`; pushes whether to swallow. `(exit exc -- exit exc bool)`
    WithExceptStart,
    /// Imports a module: n = relative level. `(fromlist -- module)`
    ImportName(Name),
    /// Reads one name for `from m import name`. `(module -- module v)`
    ImportFrom(Name),
    /// `from m import *` into the current namespace. `(module -- )`
    ImportStar,
    /// Pushes `builtins.__build_class__`. `( -- f)`
    LoadBuildClass,
    /// Pushes the AssertionError type. `( -- AssertionError)`
    LoadAssertionError,
    /// Pushes NULL (the empty self-or-null marker of a call). `( -- NULL)`
    PushNull,
    /// Makes the cells of cell variables (from their parameter when they are one); run at entry. Free variables are copied as the frame is set up. `( -- )`
    MakeCells,
}

const _: () = assert!(std::mem::size_of::<Op>() <= 8);

/// Binary operators, the operand of `BinaryOp`/`InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOpKind {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOpKind {
    pub const ALL: [BinOpKind; 13] = [
        BinOpKind::Add,
        BinOpKind::Sub,
        BinOpKind::Mul,
        BinOpKind::TrueDiv,
        BinOpKind::FloorDiv,
        BinOpKind::Mod,
        BinOpKind::Pow,
        BinOpKind::LShift,
        BinOpKind::RShift,
        BinOpKind::And,
        BinOpKind::Or,
        BinOpKind::Xor,
        BinOpKind::MatMul,
    ];
    pub fn from_u32(n: u32) -> BinOpKind {
        Self::ALL[n as usize % Self::ALL.len()]
    }
    /// The operator's symbol, as used in CPython's TypeError messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOpKind::Add => "+",
            BinOpKind::Sub => "-",
            BinOpKind::Mul => "*",
            BinOpKind::TrueDiv => "/",
            BinOpKind::FloorDiv => "//",
            BinOpKind::Mod => "%",
            BinOpKind::Pow => "** or pow()",
            BinOpKind::LShift => "<<",
            BinOpKind::RShift => ">>",
            BinOpKind::And => "&",
            BinOpKind::Or => "|",
            BinOpKind::Xor => "^",
            BinOpKind::MatMul => "@",
        }
    }
    /// The special method names (forward, reflected, in-place).
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOpKind::Add => ("__add__", "__radd__", "__iadd__"),
            BinOpKind::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOpKind::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOpKind::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOpKind::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOpKind::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOpKind::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOpKind::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOpKind::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOpKind::And => ("__and__", "__rand__", "__iand__"),
            BinOpKind::Or => ("__or__", "__ror__", "__ior__"),
            BinOpKind::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOpKind::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// Rich comparisons, the operand of `Compare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpKind {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpKind {
    pub const ALL: [CmpKind; 6] = [CmpKind::Lt, CmpKind::Le, CmpKind::Eq, CmpKind::Ne, CmpKind::Gt, CmpKind::Ge];
    pub fn from_u32(n: u32) -> CmpKind {
        Self::ALL[n as usize % 6]
    }
    pub fn symbol(self) -> &'static str {
        match self {
            CmpKind::Lt => "<",
            CmpKind::Le => "<=",
            CmpKind::Eq => "==",
            CmpKind::Ne => "!=",
            CmpKind::Gt => ">",
            CmpKind::Ge => ">=",
        }
    }
    /// The special method name and the reflected operation.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpKind::Lt => "__lt__",
            CmpKind::Le => "__le__",
            CmpKind::Eq => "__eq__",
            CmpKind::Ne => "__ne__",
            CmpKind::Gt => "__gt__",
            CmpKind::Ge => "__ge__",
        }
    }
    pub fn swapped(self) -> CmpKind {
        match self {
            CmpKind::Lt => CmpKind::Gt,
            CmpKind::Le => CmpKind::Ge,
            CmpKind::Eq => CmpKind::Eq,
            CmpKind::Ne => CmpKind::Ne,
            CmpKind::Gt => CmpKind::Lt,
            CmpKind::Ge => CmpKind::Le,
        }
    }
}

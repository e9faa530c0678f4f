//! The compiler's output: plain data, printable and testable without a VM.
//!
//! A `CodeObject` holds instructions, a `Constant` table (not runtime
//! values: the runtime converts them once when it first loads the code),
//! the names used by name-based and attribute instructions, the attribute
//! sites (one per attribute instruction, naming its attribute), a line
//! table with one entry per instruction, and the exception table.

use super::opcodes::Op;
use std::rc::Rc;

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// An integer literal too large for i64, as decimal digits (sign included).
    BigInt(String),
    Float(f64),
    Str(Rc<str>),
    Tuple(Vec<Constant>),
    /// A set display of three or more constants, made once (as CPython folds it).
    FrozenSet(Vec<Constant>),
    Code(Rc<CodeObject>),
    Ellipsis,
}

/// One protected range of instructions `[start, end)`: an exception raised
/// there truncates the operand stack to `depth`, the handled-exception stack
/// to `exc_depth`, pushes the exception and jumps to `target`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub exc_depth: u32,
}

/// What kind of scope a code object runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    Class,
    /// `exec`/`eval` code: names are looked up like at module level.
    Eval,
}

pub const FLAG_VARARGS: u32 = 1;
pub const FLAG_VARKEYWORDS: u32 = 2;
pub const FLAG_GENERATOR: u32 = 4;
/// The code flag of `from __future__ import annotations` (CPython's
/// `CO_FUTURE_ANNOTATIONS`, the feature's `compiler_flag`): set on every
/// code object compiled under the import, so that `exec`, `eval` and
/// `compile` called from that code compile with it too, as CPython's
/// `PyEval_MergeCompilerFlags` does.
pub const FLAG_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub kind: CodeKind,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub ops: Vec<Op>,
    /// Source line of each instruction (same length as `ops`).
    pub lines: Vec<u32>,
    pub consts: Vec<Constant>,
    /// Names for global, name-based and attribute instructions.
    pub names: Vec<Rc<str>>,
    /// The attribute sites: for each, the index in `names` of the attribute
    /// it names. Attribute instructions' operand indexes this table.
    pub attr_sites: Vec<u32>,
    /// Fast locals: parameters first, in signature order.
    pub varnames: Vec<Rc<str>>,
    /// Locals captured by inner scopes (they live in cells).
    pub cellvars: Vec<Rc<str>>,
    /// Variables captured from enclosing scopes.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar, the parameter index it is initialised from, if any.
    pub cell2arg: Vec<Option<u32>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub exc_table: Vec<ExcEntry>,
    /// Largest operand-stack depth the code can reach (an upper bound).
    pub max_stack: u32,
    /// The docstring (first statement of a function body, when a string).
    pub doc: Option<Rc<str>>,
}

impl CodeObject {
    pub fn is_generator(&self) -> bool {
        self.flags & FLAG_GENERATOR != 0
    }
    /// Number of local slots: fast locals, then cells, then free variables.
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }
    /// Total number of parameter slots, `*args` and `**kwargs` included.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & FLAG_VARARGS != 0 {
            n += 1;
        }
        if self.flags & FLAG_VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
    /// The name of cell/free slot `i` (cells first, then frees).
    pub fn deref_name(&self, i: usize) -> &str {
        if i < self.cellvars.len() {
            &self.cellvars[i]
        } else {
            &self.freevars[i - self.cellvars.len()]
        }
    }
    /// The attribute named by attribute site `site`.
    pub fn attr_name(&self, site: u32) -> Option<&str> {
        let i = *self.attr_sites.get(site as usize)?;
        self.names.get(i as usize).map(|n| &**n)
    }
    /// Source line of instruction `pc` (read only when a traceback is built).
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
}

//! Bytecode: the instruction table, the plain-data code object and the disassembler.
pub mod code;
pub mod dis;
pub mod opcodes;

pub use code::{CodeKind, CodeObject, Constant, ExcEntry};
pub use opcodes::{BinOpKind, CmpKind, Op, Operand};

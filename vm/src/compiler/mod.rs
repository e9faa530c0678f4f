//! The compiler: source text to plain-data code objects. Imports neither
//! `objects` nor `interp`.

pub mod codegen;
pub mod symtable;

use crate::bytecode::{CodeKind, CodeObject};
use crate::syntax::{self, LineIndex, Ranged};
use std::rc::Rc;
pub use symtable::NestingBudget;

/// A SyntaxError (or IndentationError, TabError) ready to report; `kind`
/// is the exception's name. A source nested too deeply gives
/// `RecursionError`, as CPython's compiler does, with `line` 0: it has no
/// location.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub kind: &'static str,
    pub msg: String,
    pub filename: Rc<str>,
    pub line: u32,
    pub col: u32,
    pub text: String,
}

pub use crate::bytecode::code::FLAG_FUTURE_ANNOTATIONS;

/// The future flags `compile()` accepts (CPython's `PyCF_MASK`: the
/// `compiler_flag` of every `__future__` feature, all but `annotations`
/// without effect in 3.11), plus the obsolete `CO_NESTED`.
pub const FUTURE_FLAGS_MASK: u32 = 0x1fe_0000 | 0x10;

fn source_line(src: &str, line: u32) -> String {
    src.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").to_string()
}

/// Compiles module source. `kind` is `Module` for files run or imported
/// (module-level names go through the global path) and `Eval` for
/// `exec`/`compile` source (module-level names are looked up by name).
pub fn compile_source(src: &str, filename: &str, kind: CodeKind) -> Result<CodeObject, SyntaxError> {
    compile_source_limited(src, filename, kind, NestingBudget::default(), 0)
}

/// `compile_source` for code compiled at a given Python call depth and
/// recursion limit (`compile()`/`exec()` from running code), which decide,
/// as in CPython, how deeply the source may nest before `RecursionError`,
/// and with the future flags in effect there (`FLAG_FUTURE_ANNOTATIONS`).
pub fn compile_source_limited(src: &str, filename: &str, kind: CodeKind, budget: NestingBudget, future_flags: u32) -> Result<CodeObject, SyntaxError> {
    let filename: Rc<str> = filename.into();
    let src = syntax::normalize_newlines(src);
    let src: &str = &src;
    if src.contains('\0') {
        // (A file with one is refused when it is decoded, with a location.)
        return Err(SyntaxError {
            kind: "SyntaxError",
            msg: "source code string cannot contain null bytes".into(),
            filename,
            line: 0,
            col: 0,
            text: String::new(),
        });
    }
    let module = syntax::parse_module(src).map_err(|e| SyntaxError {
        kind: e.kind,
        msg: e.msg,
        filename: filename.clone(),
        line: e.line,
        col: e.col,
        text: source_line(src, e.line),
    })?;
    let lines = LineIndex::new(src);
    let table = match symtable::SymbolTable::build_limited(&module.body, symtable::ScopeKind::Module, budget) {
        Ok(t) => t,
        Err(e) => {
            // The tree may be nested past what a recursive drop survives.
            syntax::drop_module(module);
            if e.kind == "RecursionError" {
                // CPython reports it without a location.
                return Err(SyntaxError { kind: e.kind, msg: e.msg, filename, line: 0, col: 0, text: String::new() });
            }
            let line = if e.range.is_empty() && u32::from(e.range.start()) == 0 { 1 } else { lines.line_of(e.range.start()) };
            let col = lines.col_of(e.range.start());
            return Err(SyntaxError { kind: e.kind, msg: e.msg, filename: filename.clone(), line, col, text: source_line(src, line) });
        }
    };
    let c = codegen::Compiler::new(&table, &lines, filename.clone(), kind).with_future_flags(future_flags);
    c.compile_module(&module.body).map_err(|e| SyntaxError {
        kind: "SyntaxError",
        msg: e.msg,
        filename: filename.clone(),
        line: e.line,
        col: 1,
        text: source_line(src, e.line),
    })
}

/// Compiles a single expression (for `eval` of a string).
pub fn compile_eval(src: &str, filename: &str) -> Result<CodeObject, SyntaxError> {
    compile_eval_limited(src, filename, NestingBudget::default(), 0)
}

/// `compile_eval` with the nesting budget of the code that compiles (see
/// `compile_source_limited`), with the future flags in effect there.
pub fn compile_eval_limited(src: &str, filename: &str, budget: NestingBudget, future_flags: u32) -> Result<CodeObject, SyntaxError> {
    let filename: Rc<str> = filename.into();
    let src = syntax::normalize_newlines(src);
    // `eval` ignores leading spaces and tabs.
    let trimmed = src.trim_start_matches([' ', '\t']);
    let lines = LineIndex::new(trimmed);
    let expr = syntax::parse_expression(trimmed).map_err(|e| SyntaxError {
        kind: e.kind,
        msg: e.msg,
        filename: filename.clone(),
        line: e.line,
        col: e.col,
        text: source_line(trimmed, e.line),
    })?;
    // The symbol table takes statements: the expression is wrapped in one,
    // which CPython's tree for `eval` does not have, hence one more level.
    let budget = NestingBudget { start: budget.start, limit: budget.limit.saturating_add(1) };
    let range = expr.range();
    let body = vec![syntax::ast::Stmt::Expr(syntax::ast::StmtExpr { node_index: Default::default(), range, value: Box::new(expr) })];
    let table = match symtable::SymbolTable::build_limited(&body, symtable::ScopeKind::Module, budget) {
        Ok(t) => t,
        Err(e) => {
            syntax::drop_stmts(body);
            let line = if e.kind == "RecursionError" { 0 } else { 1 };
            return Err(SyntaxError { kind: e.kind, msg: e.msg, filename, line, col: 1, text: String::new() });
        }
    };
    let syntax::ast::Stmt::Expr(stmt) = &body[0] else {
        return Err(SyntaxError { kind: "SyntaxError", msg: "invalid syntax".into(), filename, line: 1, col: 1, text: String::new() });
    };
    let c = codegen::Compiler::new(&table, &lines, filename.clone(), CodeKind::Eval).with_future_flags(future_flags);
    c.compile_expression(&stmt.value).map_err(|e| SyntaxError {
        kind: "SyntaxError",
        msg: e.msg,
        filename,
        line: e.line,
        col: 1,
        text: source_line(trimmed, e.line),
    })
}

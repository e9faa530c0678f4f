//! The only module that names ruff types beyond the compiler: parsing,
//! source positions and CPython-style syntax error reports.

use ruff_python_ast::ModModule;
use ruff_text_size::TextSize;

pub use ruff_python_ast as ast;
pub use ruff_text_size::{Ranged, TextRange};

/// Maps byte offsets to 1-based line numbers.
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(src: &str) -> Self {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }
    pub fn line_of(&self, offset: TextSize) -> u32 {
        let off = u32::from(offset);
        match self.starts.binary_search(&off) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }
    /// 1-based column of an offset, counted in bytes.
    pub fn col_of(&self, offset: TextSize) -> u32 {
        let line = self.line_of(offset) as usize;
        u32::from(offset) - self.starts[line - 1] + 1
    }
}

/// A syntax error with CPython's wording where we know it.
#[derive(Debug, Clone)]
pub struct SyntaxErr {
    pub msg: String,
    pub line: u32,
    pub col: u32,
    /// `IndentationError` and friends share the report format.
    pub kind: &'static str,
}

/// Parses a module, translating the parser's error into CPython's words where we can.
pub fn parse_module(src: &str) -> Result<ModModule, SyntaxErr> {
    match ruff_python_parser::parse_module(src) {
        Ok(parsed) => {
            let module = parsed.into_syntax();
            Ok(module)
        }
        Err(err) => {
            let index = LineIndex::new(src);
            let line = index.line_of(err.location.start());
            let col = index.col_of(err.location.start());
            let raw = err.error.to_string();
            let (kind, msg) = cpython_message(&raw);
            Err(SyntaxErr { msg, line, col, kind })
        }
    }
}

/// Maps ruff's error texts to CPython 3.11's where they differ in a known way.
fn cpython_message(raw: &str) -> (&'static str, String) {
    let lower = raw.to_lowercase();
    if lower.contains("unindent") || lower.contains("dedent") {
        return ("IndentationError", "unindent does not match any outer indentation level".into());
    }
    if lower.contains("expected an indented block") {
        return ("IndentationError", "expected an indented block".into());
    }
    if lower.contains("unexpected indentation") {
        return ("IndentationError", "unexpected indent".into());
    }
    if lower.contains("missing closing quote") || lower.contains("unterminated string") {
        return ("SyntaxError", "unterminated string literal".into());
    }
    if lower.contains("unclosed") || lower.contains("expected ')'") || lower.contains("never closed") {
        return ("SyntaxError", "'(' was never closed".into());
    }
    ("SyntaxError", "invalid syntax".into())
}

//! The only module that names ruff types beyond the compiler: parsing,
//! source positions and CPython-style syntax error reports.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::transformer::{walk_expr, Transformer};
use ruff_python_ast::{Mod, ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind};

pub use ruff_python_ast as ast;
pub use ruff_text_size::{Ranged, TextRange, TextSize};

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

/// Parses a module (already decoded and newline-normalised, see
/// `normalize_newlines`) with the grammar of Python 3.11: the parser knows
/// newer grammars, so what it accepts only for a later version (PEP 701
/// f-strings, type parameters, `type` statements, t-strings, unparenthesised
/// `except A, B`) is reported with 3.11's message. The limits of CPython's
/// tokenizer are checked on the token stream: inconsistent tabs and spaces
/// (`TabError`), 100 levels of indentation and 200 nested brackets. When
/// several problems exist the first in the source is reported, as CPython's
/// tokenizer and parser meet them in order.
pub fn parse_module(src: &str) -> Result<ModModule, SyntaxErr> {
    match parse_as(src, Mode::Module)? {
        Mod::Module(m) => Ok(m),
        Mod::Expression(_) => Err(SyntaxErr { msg: "invalid syntax".into(), line: 1, col: 1, kind: "SyntaxError" }),
    }
}

/// Parses one expression (`eval` source) with the same checks as `parse_module`.
pub fn parse_expression(src: &str) -> Result<ast::Expr, SyntaxErr> {
    match parse_as(src, Mode::Expression)? {
        Mod::Expression(e) => Ok(*e.body),
        Mod::Module(m) => {
            drop_module(m);
            Err(SyntaxErr { msg: "invalid syntax".into(), line: 1, col: 1, kind: "SyntaxError" })
        }
    }
}

fn parse_as(src: &str, mode: Mode) -> Result<Mod, SyntaxErr> {
    // The parser skips a leading byte-order mark; in text (a decoded file
    // has lost its BOM already) CPython's tokenizer sees a stray character.
    if src.starts_with('\u{feff}') {
        return Err(SyntaxErr { msg: unexpected_char_message('\u{feff}'), line: 1, col: 1, kind: "SyntaxError" });
    }
    let opts = ParseOptions::from(mode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, opts);
    // (offset, kind, message) of the first problem found so far.
    let mut first: Option<(u32, &'static str, String)> = check_tokens(src, parsed.tokens());
    let mut consider = |off: u32, kind: &'static str, msg: String| {
        if first.as_ref().is_none_or(|(o, _, _)| off < *o) {
            first = Some((off, kind, msg));
        }
    };
    if let Some(e) = parsed.errors().iter().min_by_key(|e| e.location.start()) {
        let (kind, msg) = cpython_message(&e.error.to_string());
        consider(u32::from(e.location.start()), kind, msg);
    }
    for e in parsed.unsupported_syntax_errors() {
        consider(u32::from(e.range.start()), "SyntaxError", unsupported_message(src, e));
    }
    let tree = parsed.into_syntax();
    match first {
        None => Ok(tree),
        Some((off, kind, msg)) => {
            match tree {
                Mod::Module(m) => drop_module(m),
                Mod::Expression(e) => drop_expr(*e.body),
            }
            let index = LineIndex::new(src);
            let at = TextSize::new(off);
            Err(SyntaxErr { msg, line: index.line_of(at), col: index.col_of(at), kind })
        }
    }
}

/// Line endings as CPython's tokenizer sees them: `\r\n` and a lone `\r`
/// become `\n` everywhere, string literals included (so a triple-quoted
/// string in a CRLF file holds `\n`). (A file's byte-order mark is dropped
/// when it is decoded; in a `str` given to `compile()` it is an error, as
/// in CPython.)
pub fn normalize_newlines(src: &str) -> std::borrow::Cow<'_, str> {
    if !src.contains('\r') {
        return std::borrow::Cow::Borrowed(src);
    }
    let mut out = String::with_capacity(src.len());
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// CPython's tokenizer limits (`MAXINDENT`, `MAXLEVEL`).
const MAX_INDENT: usize = 100;
const MAX_LEVEL: usize = 200;

/// The checks CPython's tokenizer makes that the parser's lexer does not,
/// over the token stream: indentation compared with tabs at 8 columns and
/// at 1 (they must order lines alike, else `TabError`), the depth of
/// indentation and of brackets. Returns the first failure.
fn check_tokens(src: &str, tokens: &[Token]) -> Option<(u32, &'static str, String)> {
    let bytes = src.as_bytes();
    // (columns with tabs to multiples of 8, columns with tabs as 1) per level.
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut level = 0usize;
    let mut in_fstring = 0usize;
    for t in tokens {
        let kind = t.kind();
        match kind {
            TokenKind::Newline => {
                at_line_start = true;
                continue;
            }
            TokenKind::NonLogicalNewline | TokenKind::Comment | TokenKind::Indent | TokenKind::Dedent => continue,
            TokenKind::EndOfFile => break,
            _ => {}
        }
        let start = u32::from(t.start());
        if at_line_start {
            at_line_start = false;
            let line_start = bytes[..start as usize].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let (mut col, mut alt) = (0u32, 0u32);
            // The line's leading whitespace (the token may be an error token at the line's start).
            for &b in &bytes[line_start..] {
                match b {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / 8 + 1) * 8;
                        alt += 1;
                    }
                    0x0c => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
            }
            let tab_error = || Some((line_start as u32, "TabError", "inconsistent use of tabs and spaces in indentation".to_string()));
            let &(top, top_alt) = stack.last().unwrap_or(&(0, 0));
            if col == top {
                if alt != top_alt {
                    return tab_error();
                }
            } else if col > top {
                if stack.len() >= MAX_INDENT {
                    return Some((line_start as u32, "IndentationError", "too many levels of indentation".into()));
                }
                if alt <= top_alt {
                    return tab_error();
                }
                stack.push((col, alt));
            } else {
                while stack.len() > 1 && stack.last().is_some_and(|&(c, _)| col < c) {
                    stack.pop();
                }
                let &(top, top_alt) = stack.last().unwrap_or(&(0, 0));
                if col != top {
                    return Some((line_start as u32, "IndentationError", "unindent does not match any outer indentation level".into()));
                }
                if alt != top_alt {
                    return tab_error();
                }
            }
        }
        match kind {
            TokenKind::FStringStart | TokenKind::TStringStart => in_fstring += 1,
            TokenKind::FStringEnd | TokenKind::TStringEnd => in_fstring = in_fstring.saturating_sub(1),
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if in_fstring == 0 => {
                if level >= MAX_LEVEL {
                    return Some((start, "SyntaxError", "too many nested parentheses".into()));
                }
                level += 1;
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if in_fstring == 0 => level = level.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// 3.11's message for syntax the parser accepts only for a later version.
fn unsupported_message(src: &str, e: &UnsupportedSyntaxError) -> String {
    match e.kind {
        // The parser does not export the f-string error kinds' type; their names are stable.
        UnsupportedSyntaxErrorKind::Pep701FString(k) => match format!("{k:?}").as_str() {
            "Backslash" => "f-string expression part cannot include a backslash".into(),
            "Comment" => "f-string expression part cannot include '#'".into(),
            "NestedQuote" => nested_quote_message(src, e.range),
            _ => {
                let line = LineIndex::new(src).line_of(e.range.start());
                format!("unterminated string literal (detected at line {line})")
            }
        },
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => "multiple exception types must be parenthesized".into(),
        UnsupportedSyntaxErrorKind::UnpackingInComprehension(k) => {
            if format!("{k:?}").contains("Dict") {
                "dict unpacking cannot be used in dict comprehension".into()
            } else {
                "iterable unpacking cannot be used in comprehension".into()
            }
        }
        UnsupportedSyntaxErrorKind::TypeParameterList if src[e.range.start().to_usize().min(src.len())..].starts_with('[') => {
            // `def f[T]()`: 3.11 wanted the parameter list.
            let before = src[..e.range.start().to_usize().min(src.len())].trim_end();
            if before.split_whitespace().rev().nth(1) == Some("def") {
                "expected '('".into()
            } else {
                "invalid syntax".into()
            }
        }
        _ => "invalid syntax".into(),
    }
}

/// In 3.11 an f-string ends at the first quote like its own, so a
/// replacement field that reuses it leaves the field cut short: an open
/// bracket there is reported unmatched, else the closing brace is missing.
fn nested_quote_message(src: &str, range: TextRange) -> String {
    // The f-string's text from its opening brace to the reused quote.
    let end = range.start().to_usize().min(src.len());
    let head = &src[..end];
    let Some(brace) = head.rfind('{') else {
        return "f-string: expecting '}'".into();
    };
    let mut open: Vec<char> = Vec::new();
    for c in head[brace + 1..].chars() {
        match c {
            '(' | '[' | '{' => open.push(c),
            ')' | ']' | '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    match open.first() {
        Some(c) => format!("f-string: unmatched '{c}'"),
        None => "f-string: expecting '}'".into(),
    }
}

/// Drops a module's syntax tree without deep native recursion: a chain of
/// a million unary minuses is a million nested boxes, and dropping it the
/// ordinary way recurses once per box. Each expression's children are
/// moved out onto a work list before it is dropped, so every drop is
/// shallow. (Statements nest only as deep as the indentation, which the
/// token checks bound.)
pub fn drop_module(mut module: ModModule) {
    let taker = Taker { exprs: std::cell::RefCell::new(Vec::new()) };
    for s in module.body.iter_mut() {
        taker.visit_stmt(s);
    }
    drop(module);
    taker.drain();
}

/// See `drop_module`.
pub fn drop_stmts(mut body: Vec<ast::Stmt>) {
    let taker = Taker { exprs: std::cell::RefCell::new(Vec::new()) };
    for s in body.iter_mut() {
        taker.visit_stmt(s);
    }
    drop(body);
    taker.drain();
}

/// See `drop_module`.
pub fn drop_expr(mut e: ast::Expr) {
    let taker = Taker { exprs: std::cell::RefCell::new(Vec::new()) };
    walk_expr(&taker, &mut e);
    drop(e);
    taker.drain();
}

/// Moves every expression it visits out of the tree onto a list.
struct Taker {
    exprs: std::cell::RefCell<Vec<ast::Expr>>,
}

impl Taker {
    fn drain(&self) {
        loop {
            let next = self.exprs.borrow_mut().pop();
            let Some(mut e) = next else { break };
            walk_expr(self, &mut e);
            drop(e);
        }
    }
}

impl Transformer for Taker {
    fn visit_expr(&self, expr: &mut ast::Expr) {
        let e = std::mem::replace(expr, ast::Expr::NoneLiteral(ast::ExprNoneLiteral::default()));
        self.exprs.borrow_mut().push(e);
    }
}

/// CPython's report of a character that starts no token.
fn unexpected_char_message(c: char) -> String {
    let code = c as u32;
    // Not printable for Python's `str.isprintable`: controls, format
    // characters, separators other than the ASCII space.
    let invisible = c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(code, 0xad | 0x600..=0x605 | 0x61c | 0x6dd | 0x70f | 0x180e | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0x2066..=0x206f | 0xfeff | 0xfff9..=0xfffb | 0xe000..=0xf8ff);
    if invisible {
        format!("invalid non-printable character U+{code:04X}")
    } else if c.is_ascii() {
        "invalid syntax".into()
    } else {
        format!("invalid character '{c}' (U+{code:04X})")
    }
}

/// Maps ruff's error texts to CPython 3.11's where they differ in a known way.
fn cpython_message(raw: &str) -> (&'static str, String) {
    if let Some(tok) = raw.strip_prefix("Got unexpected token ").and_then(|t| {
        let mut cs = t.chars();
        let c = cs.next()?;
        cs.next().is_none().then_some(c)
    }) {
        return ("SyntaxError", unexpected_char_message(tok));
    }
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

//! The only module that names ruff types beyond the compiler: parsing,
//! source positions and CPython-style syntax error reports.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_ast::visitor::transformer::{walk_expr, Transformer};
use ruff_python_ast::{Mod, ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseError, ParseOptions, UnsupportedSyntaxError, UnsupportedSyntaxErrorKind};

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

/// A parse's first problem, by where it starts in the source.
enum Problem<'p> {
    /// Found by `check_tokens`: its kind and message.
    Tokens(&'static str, String),
    Parse(&'p ParseError),
    Unsupported(&'p UnsupportedSyntaxError),
}

fn parse_as(src: &str, mode: Mode) -> Result<Mod, SyntaxErr> {
    // The parser skips a leading byte-order mark; in text (a decoded file
    // has lost its BOM already) CPython's tokenizer sees a stray character.
    if src.starts_with('\u{feff}') {
        return Err(SyntaxErr { msg: unexpected_char_message('\u{feff}'), line: 1, col: 1, kind: "SyntaxError" });
    }
    let opts = ParseOptions::from(mode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(src, opts);
    let tokens: &[Token] = parsed.tokens();
    // The first problem in the source wins; only its message is worked
    // out (that scans the tokens again, so doing it per error would make a
    // file with many bad f-strings quadratic).
    let candidates = [
        check_tokens(src, tokens).map(|(off, kind, msg)| (off, Problem::Tokens(kind, msg))),
        parsed.errors().iter().min_by_key(|e| e.location.start()).map(|e| (u32::from(e.location.start()), Problem::Parse(e))),
        parsed.unsupported_syntax_errors().iter().min_by_key(|e| e.range.start()).map(|e| (u32::from(e.range.start()), Problem::Unsupported(e))),
    ];
    // On a tie the earlier kind in that list wins.
    let Some((first, problem)) = candidates.into_iter().flatten().min_by_key(|c| c.0) else {
        return Ok(parsed.into_syntax());
    };
    let index = LineIndex::new(src);
    let cx = ErrCx { src, tokens, index: &index };
    let (kind, msg, report) = match problem {
        Problem::Tokens(kind, msg) => {
            let report = if msg.starts_with("f-string") { cx.after_fstring_at(first) } else { first };
            (kind, msg, report)
        }
        Problem::Parse(e) => cx.parse_error_message(first, &e.error.to_string()),
        Problem::Unsupported(e) => {
            let (msg, report) = cx.unsupported_message(e);
            ("SyntaxError", msg, report)
        }
    };
    match parsed.into_syntax() {
        Mod::Module(m) => drop_module(m),
        Mod::Expression(e) => drop_expr(*e.body),
    }
    let at = TextSize::new(report.min(src.len() as u32));
    Err(SyntaxErr { msg, line: index.line_of(at), col: index.col_of(at), kind })
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

/// A part of an f-string being read, for `check_tokens`. 3.11 parses a
/// format spec's fields one level down from their field (`level`), and
/// refuses a field at level 2: `f'{a:{b:{c}}}'`. A nested f-string in a
/// field's expression starts again at 0, as 3.11 compiles that expression
/// on its own.
#[derive(Clone, Copy)]
enum FPart {
    /// Literal text, the f-string's own (level 0).
    Text { level: u8 },
    /// A replacement field's expression, with its open brackets.
    Field { level: u8, brackets: u32 },
    /// A format spec after the field's `:`.
    Spec { level: u8 },
}

/// The checks CPython's tokenizer makes that the parser's lexer does not,
/// over the token stream: indentation compared with tabs at 8 columns and
/// at 1 (they must order lines alike, else `TabError`), the depth of
/// indentation and of brackets (those in f-string fields do not count,
/// as in 3.11's tokenizer, which reads an f-string as one token), and the
/// depth of format specs in f-strings. Returns the first failure.
fn check_tokens(src: &str, tokens: &[Token]) -> Option<(u32, &'static str, String)> {
    let bytes = src.as_bytes();
    // (columns with tabs to multiples of 8, columns with tabs as 1) per level.
    let mut stack: Vec<(u32, u32)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut level = 0usize;
    // Where the f-strings open at this token stand, innermost last.
    let mut parts: Vec<FPart> = Vec::new();
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
        match (kind, parts.last_mut()) {
            (TokenKind::FStringStart | TokenKind::TStringStart, _) => parts.push(FPart::Text { level: 0 }),
            (TokenKind::FStringEnd | TokenKind::TStringEnd, _) => {
                while let Some(p) = parts.pop() {
                    if matches!(p, FPart::Text { .. }) {
                        break;
                    }
                }
            }
            (TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace, None) => {
                if level >= MAX_LEVEL {
                    return Some((start, "SyntaxError", "too many nested parentheses".into()));
                }
                level += 1;
            }
            (TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace, None) => level = level.saturating_sub(1),
            // A replacement field opens in an f-string's text or in a format spec.
            (TokenKind::Lbrace, Some(&mut (FPart::Text { level } | FPart::Spec { level }))) => {
                if level >= 2 {
                    return Some((start, "SyntaxError", "f-string: expressions nested too deeply".into()));
                }
                parts.push(FPart::Field { level, brackets: 0 });
            }
            (TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace, Some(FPart::Field { brackets, .. })) => *brackets += 1,
            (TokenKind::Rpar | TokenKind::Rsqb, Some(FPart::Field { brackets, .. })) => *brackets = brackets.saturating_sub(1),
            (TokenKind::Rbrace, Some(FPart::Field { brackets, .. })) if *brackets > 0 => *brackets -= 1,
            (TokenKind::Rbrace, Some(FPart::Field { .. })) => {
                parts.pop();
            }
            (TokenKind::Rbrace, Some(FPart::Spec { .. })) => {
                parts.pop();
                parts.pop();
            }
            (TokenKind::Colon, Some(&mut FPart::Field { level, brackets: 0 })) => parts.push(FPart::Spec { level: level + 1 }),
            _ => {}
        }
    }
    None
}

/// What the reports of a failed parse look at: the source, its tokens
/// and its lines. Used once per failed parse, for the first problem only.
struct ErrCx<'a> {
    src: &'a str,
    tokens: &'a [Token],
    index: &'a LineIndex,
}

/// The f-string around a source offset.
struct FStringAt {
    /// Offset of the innermost f-string's opening token (`f'`, `rf"""`, ...).
    start: u32,
    /// That f-string's quote: `'`, `"`, `'''` or `"""`.
    quote: &'static str,
    /// Index of the outermost f-string's opening token.
    outer: usize,
    /// Brackets open outside f-strings where the outermost one starts.
    brackets: u32,
}

impl ErrCx<'_> {
    /// The f-strings open at `off` (tokens starting before it), if any.
    fn fstring_at(&self, off: u32) -> Option<FStringAt> {
        let mut open: Vec<usize> = Vec::new();
        let (mut brackets, mut outer_brackets) = (0u32, 0u32);
        for (i, t) in self.tokens.iter().enumerate() {
            if u32::from(t.start()) >= off {
                break;
            }
            match t.kind() {
                TokenKind::FStringStart => {
                    if open.is_empty() {
                        outer_brackets = brackets;
                    }
                    open.push(i);
                }
                TokenKind::FStringEnd => {
                    open.pop();
                }
                TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace if open.is_empty() => brackets += 1,
                TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace if open.is_empty() => brackets = brackets.saturating_sub(1),
                _ => {}
            }
        }
        let inner = &self.tokens[*open.last()?];
        let text = &self.src[inner.range()];
        let quote = ["'''", "\"\"\"", "'", "\""].into_iter().find(|q| text.ends_with(q)).unwrap_or("'");
        Some(FStringAt { start: u32::from(inner.start()), quote, outer: open[0], brackets: outer_brackets })
    }

    /// Where 3.11 reports an error found inside an f-string: at the token
    /// after the string (and the strings implicitly concatenated with it),
    /// which its parser had read when it parsed the f-string's text. That
    /// is a later line when a triple-quoted f-string spans lines, or when
    /// the next token is on the next line inside brackets.
    fn after_fstring_at(&self, off: u32) -> u32 {
        let Some(fs) = self.fstring_at(off) else { return off };
        let mut depth = 0usize;
        for t in &self.tokens[fs.outer..] {
            match t.kind() {
                TokenKind::FStringStart => depth += 1,
                TokenKind::FStringEnd => depth = depth.saturating_sub(1),
                _ if depth > 0 => {}
                TokenKind::String | TokenKind::NonLogicalNewline | TokenKind::Comment => {}
                _ => return u32::from(t.start()),
            }
        }
        off
    }

    /// 3.11's report of ruff's first parse error: (kind, message, where).
    fn parse_error_message(&self, off: u32, raw: &str) -> (&'static str, String, u32) {
        if let Some(rest) = raw.strip_prefix("f-string: ") {
            if let Some(fs) = self.fstring_at(off.max(1)) {
                let (msg, at) = self.fstring_error(off, rest, &fs);
                return ("SyntaxError", msg, at);
            }
        }
        if raw == "Expected an expression" {
            if let Some(msg) = self.empty_field(off) {
                return ("SyntaxError", msg.into(), self.after_fstring_at(off));
            }
        }
        if raw.starts_with("Expected a newline after line continuation") && self.fstring_at(off).is_some() {
            // `f'{\'a\'}'`: 3.11's string ran to the last quote, and its field holds backslashes.
            return ("SyntaxError", "f-string expression part cannot include a backslash".into(), off);
        }
        if raw.starts_with("missing closing quote") {
            return ("SyntaxError", self.unterminated(off), off);
        }
        let (kind, msg) = cpython_message(raw);
        (kind, msg, off)
    }

    /// An f-string error of ruff's (its text after "f-string: ") in 3.11's words.
    fn fstring_error(&self, off: u32, rest: &str, fs: &FStringAt) -> (String, u32) {
        let after = || self.after_fstring_at(off);
        // A comment swallowed the rest of the line: whatever ruff saw next
        // is not what 3.11 saw.
        if let Some(report) = self.comment_in(fs, off) {
            return report;
        }
        match rest {
            "single `}` is not allowed" => ("f-string: single '}' is not allowed".into(), after()),
            // 3.11 cut the field at its end and found the string over, or
            // compiled what it cut and found it invalid.
            "expecting `}`" if self.token_at(off) == Some(TokenKind::FStringEnd) => ("f-string: expecting '}'".into(), after()),
            "expecting `}`" | "lambda expressions are not allowed without parentheses" => ("f-string: invalid syntax".into(), off),
            "invalid conversion character" | "conversion type must come right after the exclamation mark" => {
                // 3.11 reads one character after the `!`; a valid one followed by more wants the `}`.
                let bang = self.src[..off as usize].rfind('!').map_or(off as usize, |i| i + 1);
                if matches!(self.src[bang..].chars().next(), Some('s' | 'r' | 'a')) {
                    ("f-string: expecting '}'".into(), after())
                } else {
                    ("f-string: invalid conversion character: expected 's', 'r', or 'a'".into(), after())
                }
            }
            "unterminated string" | "unterminated triple-quoted string" => (self.unterminated(fs.start), fs.start),
            "newlines are not allowed in format specifiers when using single quotes" => (self.unterminated(fs.start), fs.start),
            _ => ("f-string: invalid syntax".into(), off),
        }
    }

    /// 3.11's message for a replacement field with no expression, when
    /// `off` (where ruff wanted one) follows a field's `{`.
    fn empty_field(&self, off: u32) -> Option<&'static str> {
        let i = self.tokens.partition_point(|t| u32::from(t.start()) < off);
        let prev = |n: usize| i.checked_sub(n).map(|j| self.tokens[j].kind());
        let opens_field = prev(1) == Some(TokenKind::Lbrace)
            && matches!(prev(2), Some(TokenKind::FStringStart | TokenKind::FStringMiddle | TokenKind::Rbrace | TokenKind::Colon));
        if !opens_field || self.fstring_at(off).is_none() {
            return None;
        }
        Some(match self.token_at(off) {
            Some(TokenKind::Rbrace) => "f-string: empty expression not allowed",
            Some(TokenKind::Exclamation) => "f-string: expression required before '!'",
            Some(TokenKind::Colon) => "f-string: expression required before ':'",
            Some(TokenKind::Equal) => "f-string: expression required before '='",
            _ => "f-string: expecting '}'",
        })
    }

    /// The kind of the token starting at `off`.
    fn token_at(&self, off: u32) -> Option<TokenKind> {
        let i = self.tokens.partition_point(|t| u32::from(t.start()) < off);
        self.tokens.get(i).filter(|t| u32::from(t.start()) == off).map(|t| t.kind())
    }

    /// 3.11's tokenizer reporting the string literal starting at `start`
    /// unterminated: at the line it starts on, detected there or, for a
    /// triple-quoted one, at the end of the source.
    fn unterminated(&self, start: u32) -> String {
        let rest = self.src[(start as usize).min(self.src.len())..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
        if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
            let end = self.src.strip_suffix('\n').unwrap_or(self.src).len() as u32;
            format!("unterminated triple-quoted string literal (detected at line {})", self.index.line_of(TextSize::new(end)))
        } else {
            format!("unterminated string literal (detected at line {})", self.index.line_of(TextSize::new(start)))
        }
    }

    /// A `#` in a replacement field of the f-string `fs`. A triple-quoted
    /// f-string holds it and 3.11 refuses it. In a single-quoted one the
    /// comment runs to the end of the line; 3.11's tokenizer ended the
    /// string at the first quote like its own, so a comment holding that
    /// quote is refused the same way, and one without it leaves the string
    /// unterminated. `None` when the f-string has no comment before `before`.
    fn comment_in(&self, fs: &FStringAt, before: u32) -> Option<(String, u32)> {
        let mut depth = 0usize;
        let comment = self.tokens[fs.outer..].iter().find(|t| {
            match t.kind() {
                TokenKind::FStringStart => depth += 1,
                TokenKind::FStringEnd => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth > 0 && t.kind() == TokenKind::Comment && u32::from(t.start()) > fs.start
        })?;
        if u32::from(comment.start()) >= before {
            return None;
        }
        let refused = "f-string expression part cannot include '#'".to_string();
        if fs.quote.len() == 3 {
            return Some((refused, self.after_fstring_at(u32::from(comment.start()))));
        }
        let text = &self.src[comment.range()];
        let Some(q) = text.find(fs.quote) else {
            return Some((self.unterminated(fs.start), fs.start));
        };
        // The token after the string's end, as 3.11's tokenizer finds it.
        let b = self.src.as_bytes();
        let mut i = u32::from(comment.start()) as usize + q + 1;
        loop {
            match b.get(i) {
                Some(b' ' | b'\t' | 0x0c) => i += 1,
                Some(b'\\') if b.get(i + 1) == Some(&b'\n') => i += 2,
                Some(b'#') => i += b[i..].iter().position(|&c| c == b'\n').unwrap_or(b.len() - i),
                Some(b'\n') if fs.brackets > 0 => i += 1,
                _ => break,
            }
        }
        Some((refused, i as u32))
    }

    /// 3.11's message for syntax the parser accepts only for a later
    /// version, and where it is reported.
    fn unsupported_message(&self, e: &UnsupportedSyntaxError) -> (String, u32) {
        let src = self.src;
        let off = u32::from(e.range.start());
        let msg = match e.kind {
            // The parser does not export the f-string error kinds' type; their names are stable.
            UnsupportedSyntaxErrorKind::Pep701FString(k) => {
                let Some(fs) = self.fstring_at(off.max(1)) else {
                    return ("invalid syntax".into(), off);
                };
                return match format!("{k:?}").as_str() {
                    "Backslash" => ("f-string expression part cannot include a backslash".into(), self.after_fstring_at(off)),
                    "Comment" => self.comment_in(&fs, u32::MAX).unwrap_or_else(|| ("f-string expression part cannot include '#'".into(), off)),
                    // 3.11's string ended at the reused quote; the token after it is on its line.
                    "NestedQuote" => (nested_quote_message(src, e.range), off),
                    // A line break in a single-quoted f-string's field.
                    _ => (self.unterminated(fs.start), fs.start),
                };
            }
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
        };
        (msg, off)
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

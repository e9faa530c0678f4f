//! Running a program as `python3` does: the main module, `sys.argv`,
//! CPython-style tracebacks on stderr and the exit status.

use crate::bytecode::CodeKind;
use crate::compiler::{self, SyntaxError};
use crate::interp::{ops, StrategyKind, Vm};
use crate::objects::{ExcKind, PyCode, PyErr, Value};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Stack for the interpreter thread: deep Python recursion (up to the
/// recursion limit) must never overflow the Rust stack.
const INTERP_STACK: usize = 1 << 30;
/// What frames past `SAFE_DEPTH` leave of that stack, for the native
/// recursion a frame may start (a repr, a sort, an import).
const NATIVE_STACK_MARGIN: usize = 64 << 20;

/// Runs `f` on a thread with a large stack and returns its exit status.
pub fn on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    match std::thread::Builder::new().stack_size(INTERP_STACK).spawn(f) {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => 70,
    }
}

fn print_syntax_error(e: &SyntaxError) {
    let mut err = std::io::stderr().lock();
    if e.line == 0 {
        // No location (a source that cannot be decoded, or nested too deeply): CPython prints the message alone.
        let _ = writeln!(err, "{}: {}", e.kind, e.msg);
        return;
    }
    let _ = writeln!(err, "  File \"{}\", line {}", e.filename, e.line);
    let text = e.text.trim_end();
    if !text.trim().is_empty() {
        let stripped = text.trim_start();
        let indent = text.len() - stripped.len();
        let _ = writeln!(err, "    {stripped}");
        let caret = (e.col as usize).saturating_sub(1).saturating_sub(indent);
        let _ = writeln!(err, "    {}^", " ".repeat(caret.min(stripped.len())));
    }
    let _ = writeln!(err, "{}: {}", e.kind, e.msg);
}

fn exc_type_name(vm: &Vm, v: &Value) -> String {
    let t = vm.type_of(v);
    let module = t.dict.borrow().get_str(&crate::name!("__module__"));
    match module {
        Some(Value::Str(m)) if !t.is_builtin && m.as_str() != "__main__" && m.as_str() != "builtins" => {
            format!("{}.{}", m.as_str(), t.qualname.borrow().as_str())
        }
        _ => t.qualname.borrow().to_string(),
    }
}

fn format_one(vm: &mut Vm, e: &Value, out: &mut String) {
    let Value::Instance(inst) = e else { return };
    let Some(data) = inst.exc() else { return };
    let tb = data.borrow().traceback.clone();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in tb.iter().rev() {
            let file = entry.code.code.filename.to_string();
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, entry.line, entry.code.name.as_str()));
            if let Some(src) = vm.sources.get(&file) {
                if let Some(line) = src.lines().nth(entry.line.saturating_sub(1) as usize) {
                    let t = line.trim();
                    if !t.is_empty() {
                        out.push_str(&format!("    {t}\n"));
                    }
                }
            }
        }
    }
    let name = exc_type_name(vm, e);
    let is_syntax = inst.class().is_subtype(&vm.exc_type(ExcKind::SyntaxError));
    if is_syntax {
        let d = data.borrow().detail.as_deref().cloned().unwrap_or_default();
        if let (Value::Str(f), Value::Int(l)) = (&d.filename, &d.lineno) {
            out.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), l));
            if let Value::Str(t) = &d.text {
                let t = t.as_str().trim();
                if !t.is_empty() {
                    out.push_str(&format!("    {t}\n"));
                }
            }
        }
        let msg = match &d.msg {
            Value::Str(m) => m.s.to_string(),
            _ => String::new(),
        };
        out.push_str(&format!("{name}: {msg}\n"));
        return;
    }
    let msg = ops::str_of(vm, e).unwrap_or_else(|_| "<exception str() failed>".into());
    if msg.is_empty() {
        out.push_str(&format!("{name}\n"));
    } else {
        out.push_str(&format!("{name}: {msg}\n"));
    }
}

/// The whole report for an uncaught exception, chained causes and contexts first.
pub fn format_exception(vm: &mut Vm, e: &Value, depth: usize, out: &mut String) {
    if let Value::Instance(inst) = e {
        if let Some(data) = inst.exc() {
            let (cause, context, suppress) = {
                let d = data.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            if depth < 50 {
                if let Value::Instance(_) = cause {
                    format_exception(vm, &cause, depth + 1, out);
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                } else if let (Value::Instance(_), false) = (&context, suppress) {
                    format_exception(vm, &context, depth + 1, out);
                    out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
                }
            }
        }
    }
    format_one(vm, e, out);
}

/// Handles an exception that reached the top: SystemExit's status, or a traceback and status 1.
pub fn report_exception(vm: &mut Vm, err: PyErr) -> i32 {
    vm.flush_out();
    let v = Value::Instance(err.0.clone());
    if vm.err_is(&err, ExcKind::SystemExit) {
        // CPython's _Py_HandleSystemExit: the `code` attribute (which the
        // program may have set); an int is the status, as
        // `(int)PyLong_AsLong(code)`: truncated to 32 bits, and -1 (exit
        // status 255, nothing printed) when it does not fit a C long.
        let code = match crate::interp::attr::get_attr(vm, &v, &crate::name!("code")) {
            Ok(c) => c,
            Err(_) => {
                let args = err.0.exc().map(|e| e.borrow().args.clone()).unwrap_or(Value::None);
                match &args {
                    Value::Tuple(t) if t.items.is_empty() => Value::None,
                    Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
                    other => other.clone(),
                }
            }
        };
        let code = match &code {
            Value::Instance(i) if matches!(i.payload(), Some(Value::Int(_) | Value::BigInt(_))) => i.payload().unwrap_or_default(),
            _ => code,
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b.get() as i32,
            Value::BigInt(_) => -1,
            other => {
                let s = ops::str_of(vm, &other).unwrap_or_default();
                let _ = writeln!(std::io::stderr(), "{s}");
                1
            }
        };
    }
    let mut out = String::new();
    format_exception(vm, &v, 0, &mut out);
    let _ = std::io::stderr().write_all(out.as_bytes());
    1
}

/// Options for one run.
#[derive(Clone, Debug)]
pub struct RunOptions {
    pub strategy: StrategyKind,
    /// `-X stats`: print the namespace counters on stderr at exit.
    pub stats: bool,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions { strategy: StrategyKind::DEFAULT, stats: false }
    }
}

/// Runs source text as the `__main__` module.
pub fn run_main(src: String, filename: String, argv: Vec<String>, dir: PathBuf, opts: RunOptions) -> i32 {
    let mut vm = Vm::new(opts.strategy);
    vm.stats.on = opts.stats;
    vm.set_native_stack(INTERP_STACK - NATIVE_STACK_MARGIN);
    vm.argv = argv;
    vm.path = vec![dir];
    crate::builtins::set_sys_args(&mut vm);
    vm.sources.insert(filename.clone(), src.clone().into());
    let code = match compiler::compile_source(&src, &filename, CodeKind::Module) {
        Ok(c) => PyCode::load(Rc::new(c)),
        Err(e) => {
            print_syntax_error(&e);
            return 1;
        }
    };
    let m = crate::interp::import::new_module(&vm, "__main__");
    m.dict.data.borrow_mut().set_str(crate::name!("__file__"), Value::string(filename.clone()));
    vm.modules.data.borrow_mut().set_str(crate::name!("__main__"), Value::Module(m.clone()));
    let r = vm.run_code(code, None, m.dict.clone(), None);
    let status = match r {
        Ok(_) => 0,
        Err(e) => report_exception(&mut vm, e),
    };
    vm.flush_out();
    if opts.stats {
        let _ = write!(std::io::stderr(), "{}", vm.stats.report(vm.strategy.name()));
    }
    status
}

/// `nsvm FILE.py [ARGS]`.
pub fn run_file(path: &str, args: Vec<String>, opts: RunOptions) -> i32 {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let abs = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| PathBuf::from(path));
            let errno = e.raw_os_error().unwrap_or(2);
            let desc = if e.kind() == std::io::ErrorKind::NotFound { "No such file or directory".to_string() } else { e.to_string() };
            let _ = writeln!(std::io::stderr(), "nsvm: can't open file '{}': [Errno {errno}] {desc}", abs.display());
            return 2;
        }
    };
    // Like CPython 3.9+, the main script's code carries its absolute path.
    let abs = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| PathBuf::from(path));
    let src = match decode_source(&bytes, &abs.to_string_lossy(), SourceOrigin::Main) {
        Ok(s) => crate::syntax::normalize_newlines(&s).into_owned(),
        Err(e) => {
            print_syntax_error(&e);
            return 1;
        }
    };
    let dir =
        Path::new(path).parent().map(|p| if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() }).unwrap_or_else(|| PathBuf::from("."));
    let mut argv = vec![path.to_string()];
    argv.extend(args);
    let path = abs.to_string_lossy().into_owned();
    on_big_stack(move || run_main(src, path, argv, dir, opts))
}

/// `nsvm -c CODE [ARGS]`.
pub fn run_command(code: &str, args: Vec<String>, opts: RunOptions) -> i32 {
    let mut argv = vec!["-c".to_string()];
    argv.extend(args);
    let code = code.to_string();
    on_big_stack(move || run_main(code, "<string>".into(), argv, PathBuf::from("."), opts))
}

/// `nsvm dis FILE.py`.
pub fn disassemble_file(path: &str) -> i32 {
    let src = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            let _ = writeln!(std::io::stderr(), "nsvm: can't open file '{path}': {e}");
            return 2;
        }
    };
    match compiler::compile_source(&src, path, CodeKind::Module) {
        Ok(c) => {
            print!("{}", crate::bytecode::dis::disassemble(&c));
            0
        }
        Err(e) => {
            print_syntax_error(&e);
            1
        }
    }
}

/// Who is reading a source file: CPython words some decoding errors
/// differently for the main script and for an imported module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceOrigin {
    Main,
    Import,
}

/// The encodings nsvm decodes, after CPython's name normalisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    Cp1252,
}

/// The encoding named by a coding cookie, if nsvm knows it: `Ok(None)` for
/// a codec CPython has that nsvm does not decode, `Err` for a name neither
/// knows. Names are compared as Python's codec registry compares them
/// (case-insensitive, `-` and ` ` as `_`), over its aliases.
fn lookup_encoding(name: &str) -> Result<Option<Encoding>, ()> {
    let n: String = name.to_ascii_lowercase().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect();
    let enc = match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Encoding::Utf8,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1:1987" => {
            Encoding::Latin1
        }
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
        | "iso_646.irv_1991" | "iso_ir_6" | "us" => Encoding::Ascii,
        "cp1252" | "windows_1252" | "1252" => Encoding::Cp1252,
        _ => {
            // Codecs CPython has that nsvm does not decode: a clear error, not "unknown".
            const KNOWN: &[&str] = &[
                "utf_16",
                "utf16",
                "utf_16_le",
                "utf_16_be",
                "utf_32",
                "utf32",
                "utf_32_le",
                "utf_32_be",
                "utf_7",
                "utf7",
                "utf_8_sig",
                "latin_2",
                "latin2",
                "iso_8859_2",
                "iso8859_2",
                "iso_8859_15",
                "iso8859_15",
                "latin_9",
                "latin9",
                "iso_8859_5",
                "iso8859_5",
                "koi8_r",
                "koi8_u",
                "cp1250",
                "cp1251",
                "cp1253",
                "cp1254",
                "cp1255",
                "cp1256",
                "cp1257",
                "cp1258",
                "windows_1250",
                "windows_1251",
                "cp437",
                "cp850",
                "cp866",
                "mac_roman",
                "macroman",
                "euc_jp",
                "eucjp",
                "shift_jis",
                "sjis",
                "cp932",
                "iso2022_jp",
                "gbk",
                "gb2312",
                "gb18030",
                "big5",
                "euc_kr",
                "euckr",
                "cp949",
                "hz",
                "idna",
                "punycode",
                "raw_unicode_escape",
                "unicode_escape",
                "palmos",
                "mbcs",
                "hp_roman8",
                "tis_620",
                "cp874",
                "iso_8859_7",
                "iso8859_7",
                "greek",
                "iso_8859_8",
                "iso8859_8",
                "hebrew",
                "iso_8859_9",
                "iso8859_9",
                "latin5",
                "iso_8859_11",
                "iso_8859_13",
                "iso_8859_14",
                "iso_8859_16",
                "iso_8859_3",
                "iso_8859_4",
                "iso_8859_6",
                "iso_8859_10",
            ];
            if KNOWN.contains(&n.as_str()) {
                return Ok(None);
            }
            return Err(());
        }
    };
    Ok(Some(enc))
}

/// CPython's tokenizer name normalisation (`get_normal_name`), used in its messages.
fn normal_name(name: &str) -> String {
    let lower: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for l in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if lower == l || lower.starts_with(&format!("{l}-")) {
            return "iso-8859-1".into();
        }
    }
    name.to_string()
}

/// The coding cookie of one line (PEP 263): a comment holding
/// `coding[:=]` followed by a name.
fn cookie_in(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | 0x0c) {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let rest = &line[i..];
    let mut from = 0;
    while let Some(p) = rest[from..].windows(6).position(|w| w == b"coding") {
        let after = from + p + 6;
        if matches!(rest.get(after), Some(b':' | b'=')) {
            let mut j = after + 1;
            while matches!(rest.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            let start = j;
            while rest.get(j).is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')) {
                j += 1;
            }
            if j > start {
                return Some(String::from_utf8_lossy(&rest[start..j]).into_owned());
            }
        }
        from = after;
    }
    None
}

/// Windows-1252's bytes 0x80..=0x9f (`None`: undefined).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{0192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{02c6}'),
    Some('\u{2030}'),
    Some('\u{0160}'),
    Some('\u{2039}'),
    Some('\u{0152}'),
    None,
    Some('\u{017d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{02dc}'),
    Some('\u{2122}'),
    Some('\u{0161}'),
    Some('\u{203a}'),
    Some('\u{0153}'),
    None,
    Some('\u{017e}'),
    Some('\u{0178}'),
];

/// Source bytes to text as CPython 3.11 reads a file: a UTF-8 byte-order
/// mark is dropped; a PEP 263 coding cookie on the first line, or on the
/// second when the first is blank or a comment, names the encoding
/// (nsvm decodes UTF-8, Latin-1, ASCII and cp1252; other codecs CPython
/// knows give a SyntaxError that says so); without one the source must be
/// UTF-8. Errors carry CPython's words, which differ between the main
/// script and an import; those without a location have `line` 0.
pub fn decode_source(bytes: &[u8], path: &str, origin: SourceOrigin) -> Result<String, SyntaxError> {
    let fail = |msg: String, line: u32| SyntaxError { kind: "SyntaxError", msg, filename: path.into(), line, col: 0, text: String::new() };
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let first_end = body.iter().position(|&b| b == b'\n').map_or(body.len(), |i| i + 1);
    let first = &body[..first_end];
    let mut cookie = cookie_in(first);
    if cookie.is_none() {
        let t: &[u8] = {
            let mut i = 0;
            while i < first.len() && matches!(first[i], b' ' | b'\t' | 0x0c) {
                i += 1;
            }
            &first[i..]
        };
        if t.is_empty() || matches!(t[0], b'#' | b'\r' | b'\n') {
            let rest = &body[first_end..];
            let second_end = rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |i| i + 1);
            cookie = cookie_in(&rest[..second_end]);
        }
    }
    let line_of = |at: usize| 1 + body[..at].iter().filter(|&&b| b == b'\n').count() as u32;
    let enc = match &cookie {
        None => Encoding::Utf8,
        Some(name) => match lookup_encoding(name) {
            Ok(Some(e)) => e,
            Ok(None) => return Err(fail(format!("encoding '{name}' is not supported by nsvm (it decodes utf-8, latin-1, ascii and cp1252)"), 0)),
            Err(()) => {
                return Err(fail(if origin == SourceOrigin::Main { format!("encoding problem: {name}") } else { format!("unknown encoding: {name}") }, 0));
            }
        },
    };
    if bom && enc != Encoding::Utf8 {
        let name = normal_name(cookie.as_deref().unwrap_or(""));
        return Err(fail(format!("encoding problem: {name} with BOM"), 0));
    }
    if let Some(at) = body.iter().position(|&b| b == 0) {
        let line = line_of(at);
        let text = String::from_utf8_lossy(body.split(|&b| b == b'\n').nth(line as usize - 1).unwrap_or(b"")).replace('\0', "");
        return Err(SyntaxError { kind: "SyntaxError", msg: "source code cannot contain null bytes".into(), filename: path.into(), line, col: 0, text });
    }
    match enc {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let at = e.valid_up_to();
                let line = line_of(at);
                if cookie.is_none() && origin == SourceOrigin::Main {
                    return Err(fail(
                        format!(
                            "Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                            body[at]
                        ),
                        0,
                    ));
                }
                let why = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc0).contains(&body[at]) || body[at] >= 0xf8 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                Err(fail(format!("(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position 0: {why}", body[at]), line))
            }
        },
        Encoding::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Encoding::Ascii => match body.iter().position(|&b| b >= 0x80) {
            None => Ok(body.iter().map(|&b| b as char).collect()),
            Some(at) if origin == SourceOrigin::Main => {
                let _ = at;
                Err(fail("encoding problem: ascii".into(), 0))
            }
            Some(at) => Err(fail(format!("'ascii' codec can't decode byte 0x{:02x} in position {at}: ordinal not in range(128)", body[at]), 0)),
        },
        Encoding::Cp1252 => {
            let mut out = String::with_capacity(body.len());
            for (at, &b) in body.iter().enumerate() {
                let c = if (0x80..0xa0).contains(&b) { CP1252_HIGH[(b - 0x80) as usize] } else { Some(b as char) };
                match c {
                    Some(c) => out.push(c),
                    None => {
                        return Err(fail(format!("'charmap' codec can't decode byte 0x{b:02x} in position {at}: character maps to <undefined>"), 0));
                    }
                }
            }
            Ok(out)
        }
    }
}

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

/// Runs `f` on a thread with a large stack and returns its exit status.
pub fn on_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    match std::thread::Builder::new().stack_size(INTERP_STACK).spawn(f) {
        Ok(h) => h.join().unwrap_or(70),
        Err(_) => 70,
    }
}

fn print_syntax_error(e: &SyntaxError) {
    let mut err = std::io::stderr().lock();
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
        let args = err.0.exc().map(|e| e.borrow().args.clone()).unwrap_or(Value::None);
        let code = match &args {
            Value::Tuple(t) if t.items.is_empty() => Value::None,
            Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
            other => other.clone(),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
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
    let src = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let abs = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| PathBuf::from(path));
            let errno = e.raw_os_error().unwrap_or(2);
            let desc = if e.kind() == std::io::ErrorKind::NotFound { "No such file or directory".to_string() } else { e.to_string() };
            let _ = writeln!(std::io::stderr(), "nsvm: can't open file '{}': [Errno {errno}] {desc}", abs.display());
            return 2;
        }
    };
    let dir =
        Path::new(path).parent().map(|p| if p.as_os_str().is_empty() { PathBuf::from(".") } else { p.to_path_buf() }).unwrap_or_else(|| PathBuf::from("."));
    let mut argv = vec![path.to_string()];
    argv.extend(args);
    // Like CPython 3.9+, the main script's code carries its absolute path.
    let abs = std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| PathBuf::from(path));
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

//! CPython as the oracle: many programs run in one `python3` process, each
//! as a fresh `__main__` module with stdout captured, builtins restored
//! after each.

use crate::Outcome;
use std::io::Write;
use std::process::{Command, Stdio};

/// The driver: reads length-prefixed programs on stdin, writes for each a
/// length-prefixed stdout and a length-prefixed error line.
const DRIVER: &str = r#"
import sys, io, builtins, types
data = sys.stdin.buffer.read()
progs, pos = [], 0
while pos < len(data):
    nl = data.index(b"\n", pos)
    n = int(data[pos:nl])
    progs.append(data[nl + 1:nl + 1 + n].decode())
    pos = nl + 1 + n
saved_builtins = dict(builtins.__dict__)
saved_main = sys.modules["__main__"]
real_stdout = sys.stdout
out = sys.stdout.buffer
for src in progs:
    m = types.ModuleType("__main__")
    m.__dict__["__builtins__"] = builtins
    sys.modules["__main__"] = m
    buf = io.StringIO()
    sys.stdout = buf
    err = ""
    try:
        exec(compile(src, "<program>", "exec"), m.__dict__)
    except BaseException as e:
        msg = str(e)
        err = type(e).__name__ + (": " + msg if msg else "")
    finally:
        sys.stdout = real_stdout
        sys.modules["__main__"] = saved_main
        builtins.__dict__.clear()
        builtins.__dict__.update(saved_builtins)
    res = buf.getvalue().encode()
    e = err.encode()
    out.write(b"%d\n" % len(res) + res + b"%d\n" % len(e) + e)
out.flush()
"#;

/// The CPython to use: `python3` when it runs (3.11 or later), else `None`.
pub fn python() -> Option<String> {
    nsvm::diff::python3().then(|| "python3".to_string())
}

/// Runs every program under CPython in one process.
pub fn run_batch(python: &str, sources: &[String]) -> Result<Vec<Outcome>, String> {
    let mut cmd = Command::new(python);
    // The C API statements' extension, built against CPython's headers.
    if let Some(dir) = crate::capi::cpython_dir() {
        cmd.env("PYTHONPATH", dir);
    }
    let mut child = cmd
        .args(["-c", DRIVER])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    let mut input = Vec::new();
    for s in sources {
        input.extend_from_slice(format!("{}\n", s.len()).as_bytes());
        input.extend_from_slice(s.as_bytes());
    }
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    let _ = writer.join();
    if !out.status.success() {
        return Err(format!("the CPython driver failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let mut res = Vec::new();
    let mut rest = &out.stdout[..];
    let field = |rest: &mut &[u8]| -> Result<String, String> {
        let nl = rest.iter().position(|b| *b == b'\n').ok_or("truncated driver output")?;
        let n: usize = std::str::from_utf8(&rest[..nl]).ok().and_then(|s| s.parse().ok()).ok_or("bad length in driver output")?;
        let body = rest.get(nl + 1..nl + 1 + n).ok_or("truncated driver output")?;
        let s = String::from_utf8_lossy(body).into_owned();
        *rest = &rest[nl + 1 + n..];
        Ok(s)
    };
    while !rest.is_empty() {
        let stdout = field(&mut rest)?;
        let error = field(&mut rest)?;
        res.push(Outcome { stdout, error });
    }
    if res.len() != sources.len() {
        return Err(format!("the CPython driver answered {} of {} programs", res.len(), sources.len()));
    }
    Ok(res)
}

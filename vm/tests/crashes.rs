//! No input crashes the `nsvm` binary: random bytes, golden programs cut,
//! spliced and salted with hostile fragments, and generated programs (the
//! generator of `proptests/src/gen.rs`) run as a main script under every
//! namespace strategy. A Python exception, a `SyntaxError`, any exit
//! status a program can ask for, or a timeout (the program is then killed:
//! a mutated loop may never end) is fine; a panic (status 101), nsvm's
//! internal-error status (70), a signal or an abort fails the test.
//!
//! The stable-Rust companion of the `fuzz/` crate. CI runs a few hundred
//! inputs; `NSVM_PROPTEST_CASES=N` runs N of each kind.

#[path = "../../proptests/src/gen.rs"]
#[allow(dead_code)]
mod gen;

/// What `gen` asks of the proptests crate's `capi` module. This test runs
/// the plain binary on programs with no extension beside them, so the
/// generator leaves the C API statements out.
mod capi {
    pub fn available() -> bool {
        false
    }
    pub const PRELUDE: &str = "";
}

use nsvm::interp::StrategyKind;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one run may take before it is killed (not a failure).
const TIMEOUT: Duration = Duration::from_secs(5);

fn cases(default: u32) -> u32 {
    std::env::var("NSVM_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

/// A scratch folder for the programs of one test.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("nsvm-crashes-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).expect("create scratch folder");
    d
}

/// Runs `src` as `dir/prog.py` under `strategy`; an error message when nsvm
/// crashed.
fn run_binary(dir: &Path, strategy: StrategyKind, src: &[u8]) -> Result<(), String> {
    let file = dir.join("prog.py");
    std::fs::write(&file, src).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_nsvm"))
        .arg("-X")
        .arg(format!("namespaces={}", strategy.name()))
        .arg(&file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run nsvm");
    // Read stderr on a thread so that a chatty program cannot block on a full pipe.
    let mut pipe = child.stderr.take().expect("stderr pipe");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = pipe.by_ref().take(1 << 20).read_to_end(&mut s);
        let _ = std::io::copy(&mut pipe, &mut std::io::sink());
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait for nsvm") {
            break Some(s);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stderr = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    let Some(status) = status else { return Ok(()) };
    let crashed = match status.code() {
        Some(101) | Some(70) => true,
        Some(_) => stderr.contains("nsvm: internal error") || stderr.contains("panicked at"),
        None => true, // a signal: a stack overflow, an abort
    };
    if crashed {
        let tail: String = stderr.chars().rev().take(3000).collect::<Vec<_>>().into_iter().rev().collect();
        return Err(format!("nsvm -X namespaces={} crashed ({status}):\n{tail}", strategy.name()));
    }
    Ok(())
}

fn run_everywhere(dir: &Path, src: &[u8]) -> Result<(), TestCaseError> {
    for k in StrategyKind::ALL {
        if let Err(e) = run_binary(dir, k, src) {
            let shown = String::from_utf8_lossy(src);
            return Err(TestCaseError::fail(format!("{e}\n--- program ---\n{shown}\n--- end of program ---")));
        }
    }
    Ok(())
}

fn check<T: std::fmt::Debug>(name: &str, n: u32, strategy: impl Strategy<Value = T>, to_src: impl Fn(&T) -> Vec<u8>) {
    let dir = scratch(name);
    // No persistence: a failure prints its program (shrunk) in full.
    let config = Config { cases: n, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |v| run_everywhere(&dir, &to_src(&v)));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = result {
        panic!("{e}");
    }
}

/// Every golden program (`vm/tests/run/**/*.py`), for mutation.
fn golden_programs() -> Vec<Vec<u8>> {
    fn walk(d: &Path, out: &mut Vec<PathBuf>) {
        let Ok(rd) = std::fs::read_dir(d) else { return };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    let mut paths = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run"), &mut paths);
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// Fragments that reach the VM's edges: huge sizes and indexes, deep
/// nesting, Python code running under a built-in's feet, odd bytes.
const FRAGMENTS: &[&str] = &[
    "10**20",
    "-2**63",
    "2**64",
    "[0] * 10**6",
    "'x' * 10**5",
    "((((((((((((((((((((",
    "[",
    "\\",
    "\"\"\"",
    "f'{",
    "'\\N{",
    "\t",
    "\r\n",
    "\x00",
    "\u{7f}",
    "é",
    "\u{10ffff}",
    " if 1 else ",
    "lambda *a, **k: a",
    "yield",
    "global x",
    "nonlocal x",
    "del x",
    "raise",
    "return",
    "__class__",
    "__dict__",
    "__index__",
    "__eq__",
    "__hash__",
    "__len__",
    "globals()",
    "super()",
    "*",
    "**",
    "%",
    "%*d",
    "{0:{1}}",
    "\nclass C:\n def __index__(self): L.clear(); return 0\n def __eq__(self, o): L.clear(); return True\nL = [C(), C(), C()]\n",
    "\nimport sys\nsys.setrecursionlimit(10**5)\n",
    "\ndef r(n): return r(n + 1)\n",
    "\nx = []\nx.append(x)\nprint(x == x, repr(x))\n",
];

/// A golden program changed by a few random edits.
fn mutated() -> impl Strategy<Value = (usize, Vec<(u8, usize, usize, usize)>)> {
    (any::<usize>(), prop::collection::vec((0u8..6, any::<usize>(), any::<usize>(), any::<usize>()), 1..6))
}

fn apply(golden: &[Vec<u8>], (which, edits): &(usize, Vec<(u8, usize, usize, usize)>)) -> Vec<u8> {
    let mut src = golden[which % golden.len()].clone();
    for &(kind, a, b, c) in edits {
        let len = src.len().max(1);
        let (i, j) = (a % len, b % len);
        let (lo, hi) = (i.min(j).min(src.len()), i.max(j).min(src.len()));
        match kind {
            // Delete a span (at most a few lines).
            0 => {
                let hi = hi.min(lo + 200);
                src.drain(lo..hi);
            }
            // Duplicate a span in place.
            1 => {
                let hi = hi.min(lo + 400);
                let span: Vec<u8> = src[lo..hi].to_vec();
                src.splice(lo..lo, span);
            }
            // Insert a hostile fragment.
            2 | 3 => {
                let frag = FRAGMENTS[c % FRAGMENTS.len()].as_bytes();
                src.splice(lo..lo, frag.iter().copied());
            }
            // Splice in a span of another golden program.
            4 => {
                let other = &golden[c % golden.len()];
                let ol = other.len().max(1);
                let (x, y) = ((a / 7) % ol, (b / 7) % ol);
                let (x, y) = (x.min(y).min(other.len()), x.max(y).min(other.len()).min(x.min(y) + 600));
                src.splice(lo..lo, other[x..y].iter().copied());
            }
            // Flip a byte.
            _ => {
                if let Some(byte) = src.get_mut(lo) {
                    *byte ^= 1 << (c % 8);
                }
            }
        }
    }
    src
}

#[test]
fn random_bytes_never_crash() {
    let chars = prop::sample::select(b" \n\t()[]{}:,.=+-*/%<>!'\"\\#@0123456789abcdefxyz_ifdelswhrntuc".to_vec());
    let bytes = prop::collection::vec(prop_oneof![3 => chars, 1 => any::<u8>()], 0..120);
    check("bytes", cases(100), bytes, |b| b.clone());
}

#[test]
fn mutated_golden_programs_never_crash() {
    let golden = golden_programs();
    assert!(golden.len() > 100, "golden programs not found");
    check("mutated", cases(250), mutated(), |m| apply(&golden, m));
}

#[test]
fn generated_programs_never_crash() {
    check("generated", cases(50), gen::program(), |p| gen::render(p).into_bytes());
}

//! Property and differential tests across namespace strategies and CPython.
//!
//! `gen` writes random Python programs weighted toward namespace behaviour;
//! `run` runs one in-process under a strategy and returns what it printed
//! and the exception that ended it, if any; `oracle` runs many at once
//! under CPython, in one `python3` process, so that process start-up does
//! not dominate. The properties themselves are in `tests/`.

pub mod capi;
pub mod gen;
pub mod oracle;

use nsvm::embed::Interp;
use nsvm::interp::StrategyKind;

/// What a program did: its stdout, and the last line of the traceback of
/// the exception that ended it (empty when it finished normally).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub error: String,
}

/// Runs `src` as `__main__` in a fresh VM under `strategy`. Call it on a
/// thread with a large stack (see `on_big_stack`): the VM recurses in Rust
/// for Python calls.
pub fn run(strategy: StrategyKind, src: &str) -> Outcome {
    let mut interp = Interp::new(strategy);
    interp.capture_output();
    if let Some(dir) = capi::nsvm_dir() {
        interp.vm.path.push(dir.to_path_buf());
    }
    let r = interp.exec(src);
    let stdout = interp.take_output();
    interp.close();
    let error = match r {
        Ok(()) => String::new(),
        Err(tb) => tb.trim_end().lines().last().unwrap_or("").to_string(),
    };
    Outcome { stdout, error }
}

/// Runs `f` on a thread with a 512 MiB stack (as `nsvm` itself runs programs).
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(512 << 20).spawn(f).expect("spawn test thread").join().expect("test thread panicked")
}

/// How many generated programs a property checks: `default`, or the
/// `NSVM_PROPTEST_CASES` environment variable for long runs.
pub fn cases(default: u32) -> u32 {
    std::env::var("NSVM_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

/// A readable account of two outcomes that differ.
pub fn describe_difference(src: &str, a_name: &str, a: &Outcome, b_name: &str, b: &Outcome) -> String {
    let mut s = format!("--- program ---\n{src}--- end of program ---\n");
    let al: Vec<&str> = a.stdout.lines().collect();
    let bl: Vec<&str> = b.stdout.lines().collect();
    if let Some(i) = (0..al.len().max(bl.len())).find(|&i| al.get(i) != bl.get(i)) {
        s += &format!("stdout differs at line {}:\n  {a_name}: {:?}\n  {b_name}: {:?}\n", i + 1, al.get(i), bl.get(i));
    }
    if a.error != b.error {
        s += &format!("exception differs:\n  {a_name}: {:?}\n  {b_name}: {:?}\n", a.error, b.error);
    }
    s
}

//! The entry point for fuzzing and for the crash property test: arbitrary
//! bytes are decoded as a main script would be, compiled and run under
//! every namespace strategy, in-process, with the output kept in memory.
//! A Python exception, a `SyntaxError` or a `SystemExit` is a normal end;
//! only a Rust panic (or a signal, an abort) is a finding.
//!
//! What a program can reach outside the VM is neutralised here or is
//! already inert: `open` raises `OSError` (files are outside the subset),
//! `import` finds only the built-in modules (an embedded VM has no search
//! path), `exit`/`sys.exit` raise `SystemExit`, stdout is captured. Under
//! the `fuzzing` feature `input()` reads nothing (`EOFError`) and
//! `time.sleep` returns at once; stderr writes are left alone (the fuzzer
//! closes its file descriptors, `-close_fd_mask=3`).
//!
//! Termination: with the `fuzzing` feature (enabled only by the `fuzz/`
//! crate, so the measured binary is unchanged) the loop counts backward
//! jumps and Python frame entries against a per-thread budget; once it is
//! spent, every further backward jump or frame entry raises `RuntimeError`,
//! so no `try` can keep the program going for long. Without the feature
//! the budget does not exist and `run` relies on the program terminating.

use crate::embed::Interp;
use crate::interp::StrategyKind;

/// Backward jumps plus Python frame entries one run may make.
pub const STEP_BUDGET: u64 = 20_000;

/// The recursion limit of a fuzzed run (CPython's default is 1000; deep
/// recursion is slow under the fuzzer's sanitizer and finds nothing new).
pub const FUZZ_RECURSION_LIMIT: u32 = 400;

/// Stack of the thread a fuzzed program runs on: the VM recurses in Rust
/// for Python calls (as `runner::on_big_stack`).
const STACK: usize = 1 << 30;

#[cfg(feature = "fuzzing")]
thread_local! {
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(STEP_BUDGET) };
}

/// Counts one step; true when the budget is spent (the caller raises
/// `exhausted`). Called at backward jumps and Python frame entries.
#[cfg(feature = "fuzzing")]
#[inline]
pub fn tick() -> bool {
    STEPS.with(|s| {
        let n = s.get();
        if n == 0 {
            return true;
        }
        s.set(n - 1);
        false
    })
}

/// The exception a program gets once its step budget is spent.
#[cfg(feature = "fuzzing")]
#[cold]
#[inline(never)]
pub fn exhausted(vm: &crate::interp::Vm) -> crate::objects::PyErr {
    vm.new_error(crate::objects::ExcKind::RuntimeError, "fuzzing step budget exhausted")
}

#[cfg(feature = "fuzzing")]
fn reset_budget() {
    STEPS.with(|s| s.set(STEP_BUDGET));
}

#[cfg(not(feature = "fuzzing"))]
fn reset_budget() {}

/// What one run under one strategy did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    /// The traceback or `SyntaxError` line; empty when it finished.
    pub error: String,
}

/// Decodes `bytes` as CPython decodes a main script (BOM, coding cookie,
/// UTF-8 check, line endings), or the `SyntaxError` that refuses it.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    match crate::runner::decode_source(bytes, "<fuzz>", crate::runner::SourceOrigin::Main) {
        Ok(s) => Ok(crate::syntax::normalize_newlines(&s).into_owned()),
        Err(e) => Err(format!("{}: {}", e.kind, e.msg)),
    }
}

/// Runs `src` as `__main__` under `strategy` on the current thread (which
/// needs a big stack, see `run_source`).
pub fn run_one(strategy: StrategyKind, src: &str) -> Outcome {
    reset_budget();
    let mut interp = Interp::new(strategy);
    interp.capture_output();
    interp.vm.set_recursion_limit(FUZZ_RECURSION_LIMIT);
    interp.vm.set_native_stack(STACK - (64 << 20));
    let r = interp.exec(src);
    let stdout = interp.take_output();
    interp.close();
    Outcome { stdout, error: r.err().unwrap_or_default() }
}

/// Runs `src` under every strategy on a thread with a big stack. A panic
/// in the VM propagates (as a panic of the caller) so that the fuzzer and
/// the property test see it.
pub fn run_source(src: String) -> Vec<(StrategyKind, Outcome)> {
    run_source_counting_leaks(src).0
}

/// `run_source`, and the number of container objects still alive on the
/// run's thread after every VM was closed: a leak (the thread starts with
/// none, and `Interp::close` frees everything a VM made unless something
/// escaped the collector).
pub fn run_source_counting_leaks(src: String) -> (Vec<(StrategyKind, Outcome)>, usize) {
    let h = std::thread::Builder::new().stack_size(STACK).spawn(move || {
        let outs = StrategyKind::ALL.iter().map(|&k| (k, run_one(k, &src))).collect::<Vec<_>>();
        (outs, crate::objects::gc::tracked())
    });
    match h.expect("spawn the fuzz thread").join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// The fuzz target: arbitrary bytes, decoded, compiled and run under every
/// strategy. Returns normally for every Python outcome; a leak (see
/// `run_source_counting_leaks`) is a finding, reported as a panic.
pub fn fuzz_entry(bytes: &[u8]) {
    if let Ok(src) = decode(bytes) {
        let (_, leaked) = run_source_counting_leaks(src);
        assert_eq!(leaked, 0, "container objects survived their VMs (a leak)");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every golden program, run in-process under every strategy, leaves
    /// no container alive once its VMs are closed.
    #[test]
    fn golden_programs_leak_nothing() {
        // (NSVM_LEAK_DIR: another folder of programs, to look for leaks.)
        let root = match std::env::var_os("NSVM_LEAK_DIR") {
            Some(d) => std::path::PathBuf::from(d),
            None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run"),
        };
        let mut files = Vec::new();
        let mut dirs = vec![root];
        while let Some(d) = dirs.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    dirs.push(p);
                } else if p.extension().is_some_and(|x| x == "py") {
                    files.push(p);
                }
            }
        }
        files.sort();
        let mut leaks = Vec::new();
        for f in files {
            let Ok(bytes) = std::fs::read(&f) else { continue };
            let Ok(src) = decode(&bytes) else { continue };
            let (_, leaked) = run_source_counting_leaks(src.clone());
            if leaked != 0 {
                // Again, to name what holds the leaked objects: the ones
                // referenced from outside the collector's view.
                let roots = std::thread::Builder::new()
                    .stack_size(STACK)
                    .spawn(move || {
                        StrategyKind::ALL.iter().for_each(|&k| drop(run_one(k, &src)));
                        crate::objects::gc::external_roots()
                    })
                    .expect("spawn")
                    .join()
                    .unwrap_or_default();
                leaks.push(format!("{}: {leaked} objects; held from outside: {roots:?}", f.display()));
            }
        }
        assert!(leaks.is_empty(), "programs that leak containers:\n{}", leaks.join("\n"));
    }
}

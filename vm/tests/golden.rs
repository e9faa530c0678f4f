//! Golden tests: every program under `tests/run/` runs through `nsvm` under
//! every namespace strategy, and its stdout, exit status and (for programs
//! that fail on purpose) the last line of stderr must equal what CPython 3.11
//! gave when `tests/gen_golden.py` recorded them. The shared conformance
//! corpus (`../shared/conformance`) runs the same way when it is present.
//!
//! Programs run in parallel, one process each; a failure report lists every
//! program that differs, with the first differing line.

use nsvm::interp::StrategyKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// The strategies every program must agree under: all of them.
fn strategies() -> impl Iterator<Item = &'static str> {
    StrategyKind::ALL.into_iter().map(StrategyKind::name)
}

fn nsvm() -> &'static str {
    env!("CARGO_BIN_EXE_nsvm")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.join("__init__.py").exists() {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name.ends_with("_mod.py") {
                continue;
            }
            let exp = p.with_extension("out");
            if exp.exists() {
                out.push(p);
            }
        }
    }
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: String,
    code: i32,
}

fn run(prog: &Path, strategy: &str, args: &[String]) -> Outcome {
    let dir = prog.parent().unwrap_or(Path::new("."));
    let child = Command::new(nsvm())
        .arg("-X")
        .arg(format!("namespaces={strategy}"))
        .arg(prog.file_name().unwrap_or_default())
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let Ok(child) = child else {
        return Outcome { stdout: vec![], stderr: "could not start nsvm".into(), code: -1 };
    };
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(Ok(o)) => Outcome { stdout: o.stdout, stderr: String::from_utf8_lossy(&o.stderr).into_owned(), code: o.status.code().unwrap_or(-1) },
        _ => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            Outcome { stdout: vec![], stderr: "timed out after 60 s".into(), code: -1 }
        }
    }
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

/// Compares one run with the golden files; returns a description of the difference.
/// One program run to check: the program, its arguments and its expected stdout file.
#[derive(Clone)]
struct Job {
    prog: PathBuf,
    args: Vec<String>,
    out: PathBuf,
}

impl Job {
    fn plain(prog: &Path) -> Job {
        Job { prog: prog.to_path_buf(), args: vec![], out: prog.with_extension("out") }
    }
}

fn check(job: &Job, strategy: &str) -> Option<String> {
    let prog = &job.prog;
    let want_out = std::fs::read(&job.out).unwrap_or_default();
    let want_rc: i32 = std::fs::read_to_string(prog.with_extension("rc")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
    let got = run(prog, strategy, &job.args);
    let mut problems = Vec::new();
    if got.stdout != want_out {
        let w = String::from_utf8_lossy(&want_out);
        let g = String::from_utf8_lossy(&got.stdout);
        let (mut wl, mut gl) = (w.lines(), g.lines());
        let mut n = 1;
        loop {
            match (wl.next(), gl.next()) {
                (Some(a), Some(b)) if a == b => n += 1,
                (a, b) => {
                    problems.push(format!("stdout line {n}: expected {:?}, got {:?}", a.unwrap_or("<end>"), b.unwrap_or("<end>")));
                    break;
                }
            }
        }
    }
    if got.code != want_rc {
        problems.push(format!("exit status {} (expected {want_rc}); stderr: {}", got.code, last_line(&got.stderr)));
    }
    if let Ok(want_err) = std::fs::read_to_string(prog.with_extension("err")) {
        let want = want_err.trim();
        let gotl = last_line(&got.stderr).trim();
        // Syntax errors: the parser's wording may differ; the exception type must not.
        let same = if want.starts_with("SyntaxError") || want.starts_with("IndentationError") {
            want.split(':').next() == gotl.split(':').next()
        } else {
            want == gotl
        };
        if !same {
            problems.push(format!("last stderr line {gotl:?}, expected {want:?}"));
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{} [{strategy}]: {}", prog.display(), problems.join("; ")))
    }
}

fn run_all(progs: &[PathBuf]) -> (usize, Vec<String>) {
    let jobs: Vec<Job> = progs.iter().map(|p| Job::plain(p)).collect();
    run_jobs(&jobs)
}

fn run_jobs(jobs: &[Job]) -> (usize, Vec<String>) {
    let jobs: Vec<(Job, &str)> = jobs.iter().flat_map(|j| strategies().map(move |s| (j.clone(), s))).collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).max(2);
    std::thread::scope(|sc| {
        for _ in 0..threads {
            sc.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some((p, s)) = jobs.get(i) else { break };
                if let Some(f) = check(p, s) {
                    failures.lock().map(|mut v| v.push(f)).ok();
                }
            });
        }
    });
    let mut f = failures.into_inner().unwrap_or_default();
    f.sort();
    (jobs.len(), f)
}

fn report(what: &str, total: usize, failures: &[String]) {
    println!("{what}: {} of {total} runs match CPython", total - failures.len());
    if !failures.is_empty() {
        for f in failures {
            println!("  FAIL {f}");
        }
        panic!("{} of {total} {what} runs differ from CPython", failures.len());
    }
}

#[test]
fn golden_programs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run");
    let mut progs = Vec::new();
    collect(&root, &mut progs);
    assert!(!progs.is_empty(), "no golden programs found under {}", root.display());
    let (total, failures) = run_all(&progs);
    report("golden programs", total, &failures);
}

/// The shared conformance corpus, when `../shared/conformance` exists.
#[test]
fn shared_conformance() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/conformance");
    if !root.is_dir() {
        println!("NOTICE: ../shared/conformance not found; shared conformance corpus skipped");
        return;
    }
    let mut progs = Vec::new();
    let Ok(rd) = std::fs::read_dir(&root) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            let m = p.join("main.py");
            if m.exists() && m.with_extension("out").exists() {
                progs.push(m);
            }
        } else if p.extension().is_some_and(|e| e == "py") && p.with_extension("out").exists() {
            progs.push(p);
        }
    }
    // The corpus grows with the project; programs that need later issues are
    // listed here and reported, not failed, until their issue lands.
    let pending: Vec<&str> = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/conformance_pending.txt"))
        .map(|s| s.lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty() && !l.starts_with('#')).collect::<Vec<_>>())
        .unwrap_or_default()
        .leak()
        .iter()
        .map(|s| s.as_str())
        .collect();
    let (total, failures) = run_all(&progs);
    let (expected, real): (Vec<String>, Vec<String>) =
        failures.into_iter().partition(|f| pending.iter().any(|p| f.contains(&format!("/{p}.py")) || f.contains(&format!("/{p}/main.py"))));
    for f in &expected {
        println!("  pending (listed in conformance_pending.txt): {f}");
    }
    report("shared conformance", total - expected.len(), &real);
}

/// Every benchmark program at its small size, against CPython's output.
#[test]
fn bench_programs_small() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../benches/programs");
    let manifest = std::fs::read_to_string(dir.join("manifest.tsv")).expect("benches/programs/manifest.tsv");
    let mut lines = manifest.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).expect("manifest column");
    let (name_col, small_col) = (col("name"), col("small_n"));
    let jobs: Vec<Job> = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let prog = dir.join(format!("{}.py", f[name_col]));
            Job { out: dir.join(format!("{}.small.out", f[name_col])), prog, args: vec![f[small_col].to_string()] }
        })
        .collect();
    assert!(jobs.len() >= 14, "expected the benchmark suite in benches/programs");
    let (total, failures) = run_jobs(&jobs);
    report("benchmark programs (small size)", total, &failures);
}

/// Wishlist programs: run and reported, never failed (see tests/wishlist/README.md).
#[test]
fn wishlist_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wishlist");
    let mut progs = Vec::new();
    collect(&root, &mut progs);
    let (total, failures) = run_all(&progs);
    println!("wishlist: {} of {total} runs now match CPython (these may fail)", total - failures.len());
    for f in &failures {
        println!("  still differs: {f}");
    }
}

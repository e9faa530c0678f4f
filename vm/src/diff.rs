//! `nsvm diff FILE.py [ARGS]`: runs a program under every namespace
//! strategy and, when `python3` is on the PATH, under CPython, and compares
//! what a user can observe: stdout, the last line of stderr (the exception,
//! if any) and the exit status.

use crate::interp::StrategyKind;
use std::io::Write;
use std::process::{Command, Stdio};

/// One run's observable result.
#[derive(Clone, PartialEq, Eq)]
struct Observed {
    stdout: String,
    last_err: String,
    status: i32,
}

fn observe(mut cmd: Command) -> Result<Observed, String> {
    let out = cmd.stdin(Stdio::null()).output().map_err(|e| e.to_string())?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    Ok(Observed {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        last_err: stderr.trim_end().lines().last().unwrap_or("").to_string(),
        // A signal (a crash) shows as -1.
        status: out.status.code().unwrap_or(-1),
    })
}

/// Whether `python3` runs (and is at least 3.11, the reference).
pub fn python3() -> bool {
    Command::new("python3")
        .args(["-c", "import sys; sys.exit(sys.version_info < (3, 11))"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Runs the comparison; returns the exit status (0 agree, 1 differ, 2 usage).
pub fn main(args: &[String]) -> i32 {
    let mut err = std::io::stderr();
    let Some(file) = args.first() else {
        let _ = writeln!(err, "usage: nsvm diff FILE.py [ARGS...]");
        return 2;
    };
    if !std::path::Path::new(file).is_file() {
        let _ = writeln!(err, "nsvm diff: can't open file '{file}'");
        return 2;
    }
    let exe = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            let _ = writeln!(err, "nsvm diff: cannot find the nsvm binary: {e}");
            return 2;
        }
    };
    let mut runs: Vec<(String, Observed)> = Vec::new();
    for s in StrategyKind::ALL {
        let mut cmd = Command::new(&exe);
        cmd.arg("-X").arg(format!("namespaces={}", s.name())).args(args).env_remove("NSVM_NAMESPACES");
        match observe(cmd) {
            Ok(o) => runs.push((s.name().to_string(), o)),
            Err(e) => {
                let _ = writeln!(err, "nsvm diff: cannot run nsvm: {e}");
                return 2;
            }
        }
    }
    if python3() {
        let mut cmd = Command::new("python3");
        cmd.args(args);
        if let Ok(o) = observe(cmd) {
            runs.push(("python3".to_string(), o));
        }
    } else {
        println!("note: python3 (3.11+) is not on the PATH; comparing the strategies only");
    }
    print!("{}", report(file, &runs));
    let agree = runs.windows(2).all(|w| w[0].1 == w[1].1);
    if agree {
        0
    } else {
        1
    }
}

/// Groups runs with identical results, first-seen order.
fn groups(runs: &[(String, Observed)]) -> Vec<(Vec<&str>, &Observed)> {
    let mut gs: Vec<(Vec<&str>, &Observed)> = Vec::new();
    for (name, o) in runs {
        match gs.iter_mut().find(|(_, g)| *g == o) {
            Some(g) => g.0.push(name),
            None => gs.push((vec![name], o)),
        }
    }
    gs
}

fn report(file: &str, runs: &[(String, Observed)]) -> String {
    let gs = groups(runs);
    let mut s = String::new();
    if gs.len() == 1 {
        let (names, o) = &gs[0];
        let lines = o.stdout.lines().count();
        let end = if o.last_err.is_empty() { String::new() } else { format!(", stderr ends '{}'", o.last_err) };
        s += &format!("{file}: {} agree (exit status {}, {lines} lines of stdout{end})\n", names.join(", "), o.status);
        return s;
    }
    s += &format!("{file}: the runs disagree\n");
    for (i, (names, _)) in gs.iter().enumerate() {
        s += &format!("  [{}] {}\n", letter(i), names.join(", "));
    }
    let (_, first) = gs[0];
    for (i, (_, o)) in gs.iter().enumerate().skip(1) {
        let (a, b) = (letter(0), letter(i));
        if o.status != first.status {
            s += &format!("exit status: [{a}] {}  [{b}] {}\n", first.status, o.status);
        }
        if o.last_err != first.last_err {
            s += &format!("last line of stderr:\n  [{a}] {}\n  [{b}] {}\n", first.last_err, o.last_err);
        }
        if o.stdout != first.stdout {
            s += &stdout_diff(&first.stdout, &o.stdout, a, b);
        }
    }
    s
}

fn letter(i: usize) -> char {
    (b'A' + (i % 26) as u8) as char
}

/// The first differing line of two outputs, with two lines of context.
fn stdout_diff(x: &str, y: &str, a: char, b: char) -> String {
    let xs: Vec<&str> = x.lines().collect();
    let ys: Vec<&str> = y.lines().collect();
    let first = (0..xs.len().max(ys.len())).find(|&i| xs.get(i) != ys.get(i)).unwrap_or(0);
    let mut s = format!("stdout differs from line {} ([{a}] {} lines, [{b}] {} lines):\n", first + 1, xs.len(), ys.len());
    for l in &xs[first.saturating_sub(2)..first.min(xs.len())] {
        s += &format!("      {l}\n");
    }
    for i in first..(first + 3) {
        match (xs.get(i), ys.get(i)) {
            (None, None) => break,
            (p, q) if p == q => s += &format!("      {}\n", p.unwrap_or(&"")),
            (p, q) => {
                if let Some(p) = p {
                    s += &format!("  [{a}] {p}\n");
                }
                if let Some(q) = q {
                    s += &format!("  [{b}] {q}\n");
                }
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(out: &str, err: &str, status: i32) -> Observed {
        Observed { stdout: out.into(), last_err: err.into(), status }
    }

    #[test]
    fn agreement_is_one_line() {
        let runs = vec![("dict".to_string(), obs("1\n2\n", "", 0)), ("slots".to_string(), obs("1\n2\n", "", 0))];
        assert_eq!(report("p.py", &runs), "p.py: dict, slots agree (exit status 0, 2 lines of stdout)\n");
    }

    #[test]
    fn disagreement_names_the_groups_and_the_difference() {
        let runs = vec![
            ("dict".to_string(), obs("a\nb\nc\n", "ValueError: x", 1)),
            ("slots".to_string(), obs("a\nB\nc\n", "ValueError: x", 1)),
            ("python3".to_string(), obs("a\nb\nc\n", "ValueError: x", 1)),
        ];
        let r = report("p.py", &runs);
        assert!(r.contains("[A] dict, python3\n  [B] slots\n"), "{r}");
        assert!(r.contains("stdout differs from line 2"), "{r}");
        assert!(r.contains("  [A] b\n  [B] B\n"), "{r}");
        assert!(!r.contains("exit status:"), "{r}");
    }
}

//! The command line: running files and `-c`, exit statuses, `dis`, bad input.

use nsvm::interp::StrategyKind;
use std::process::{Command, Stdio};

fn nsvm(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_nsvm")).args(args).stdin(Stdio::null()).output().expect("run nsvm");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned(), out.status.code().unwrap_or(-1))
}

#[test]
fn dash_c_sets_argv_and_exit_status() {
    let (out, _, rc) = nsvm(&["-c", "import sys; print(sys.argv)", "a", "b"]);
    assert_eq!(out, "['-c', 'a', 'b']\n");
    assert_eq!(rc, 0);
    let (_, _, rc) = nsvm(&["-c", "raise SystemExit(3)"]);
    assert_eq!(rc, 3);
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let (out, err, rc) = nsvm(&["-c", "print('before')\ndef f():\n    return 1 / 0\nf()\n"]);
    assert_eq!(out, "before\n");
    assert_eq!(rc, 1);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.contains("line 4, in <module>") && err.contains("line 3, in f"), "{err}");
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"), "{err}");
}

#[test]
fn missing_file_exits_2() {
    let (_, err, rc) = nsvm(&["/nonexistent/nope.py"]);
    assert_eq!(rc, 2);
    assert!(err.contains("can't open file") && err.contains("No such file or directory"), "{err}");
}

#[test]
fn syntax_error_and_unsupported_syntax() {
    let (_, err, rc) = nsvm(&["-c", "x = (1,\n"]);
    assert_eq!(rc, 1);
    assert!(err.trim_end().lines().last().unwrap_or("").starts_with("SyntaxError"), "{err}");
    let (_, err, rc) = nsvm(&["-c", "match 1:\n    case 1:\n        pass\n"]);
    assert_eq!(rc, 1);
    assert!(err.contains("SyntaxError: 'match' is not supported"), "{err}");
}

#[test]
fn recursion_is_an_exception_not_a_crash() {
    let (out, _, rc) = nsvm(&["-c", "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n"]);
    assert_eq!(out, "caught maximum recursion depth exceeded\n");
    assert_eq!(rc, 0);
}

#[test]
fn bad_options_are_usage_errors() {
    let (_, err, rc) = nsvm(&["-X", "namespaces=bogus", "-c", "pass"]);
    assert_eq!(rc, 2);
    assert!(err.contains("unknown namespace strategy 'bogus'"), "{err}");
}

#[test]
fn dis_prints_every_code_object() {
    let dir = std::env::temp_dir().join(format!("nsvm-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp dir");
    let f = dir.join("d.py");
    std::fs::write(&f, "def f(x):\n    return x + 1\nprint(f(2))\n").expect("write");
    let (out, _, rc) = nsvm(&["dis", f.to_str().unwrap_or_default()]);
    assert_eq!(rc, 0);
    assert!(out.contains("Disassembly of <code object <module>"), "{out}");
    assert!(out.contains("Disassembly of <code object f"), "{out}");
    assert!(out.contains("LoadFast") && out.contains("BinaryOp") && out.contains("LoadGlobal"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn strategy_flag_and_environment_variable() {
    let prog = "g = 2\ndef f():\n    return g * len('abc')\nprint(f())\n";
    for s in StrategyKind::ALL.map(StrategyKind::name) {
        let (out, _, rc) = nsvm(&["-X", &format!("namespaces={s}"), "-c", prog]);
        assert_eq!((out.as_str(), rc), ("6\n", 0), "-X namespaces={s}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_nsvm")).args(["-X", "stats", "-c", "print(1)"]).env("NSVM_NAMESPACES", "dict").output().expect("run nsvm");
    assert!(String::from_utf8_lossy(&out.stderr).contains("-X namespaces=dict"), "NSVM_NAMESPACES picks the strategy");
    let out = Command::new(env!("CARGO_BIN_EXE_nsvm")).args(["-c", "pass"]).env("NSVM_NAMESPACES", "hash").output().expect("run nsvm");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown namespace strategy 'hash'"));
    let (_, err, rc) = nsvm(&["-X", "namespaces=cells", "-c", "pass"]);
    assert_eq!(rc, 2);
    assert!(err.contains("unknown namespace strategy 'cells'"), "{err}");
}

#[test]
fn stats_count_global_loads_by_path() {
    // Ten module-slot loads of `g`, ten builtins-slot loads of `len`; `range` and `f` add a few.
    let prog = "g = 1\ndef f():\n    for i in range(10):\n        g\n        len\nf()\n";
    let (out, err, rc) = nsvm(&["-X", "stats", "-c", prog]);
    assert_eq!((out.as_str(), rc), ("", 0));
    let count = |label: &str| -> u64 {
        let line = err.lines().find(|l| l.trim_start().starts_with(label)).unwrap_or_else(|| panic!("no '{label}' line in:\n{err}"));
        line[label.len() + 2..].split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("bad line {line}"))
    };
    assert!(err.contains("-X namespaces=slots"), "slots is the default:\n{err}");
    assert_eq!(count("module slot:"), 11, "{err}");
    assert_eq!(count("builtins slot:"), 11, "{err}");
    assert_eq!(count("by name:"), 0, "{err}");
    let (_, err, _) = nsvm(&["-X", "namespaces=dict", "-X", "stats", "-c", prog]);
    assert!(err.contains("by name:") && !err.contains("module slot:               11"), "{err}");
}

#[test]
fn diff_reports_agreement_and_disagreement() {
    let dir = std::env::temp_dir().join(format!("nsvm-diff-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let same = dir.join("same.py");
    std::fs::write(&same, "g = 1\ndef f():\n    return g + len('ab')\nprint(f())\n").expect("write");
    let (out, _, rc) = nsvm(&["diff", same.to_str().unwrap_or_default()]);
    assert_eq!(rc, 0, "{out}");
    let all = StrategyKind::names(", ");
    assert!(out.contains(&all) && out.contains("agree (exit status 0, 1 lines of stdout)"), "{out}");
    // `os` is outside the subset: both strategies fail where python3 runs.
    let differ = dir.join("differ.py");
    std::fs::write(&differ, "print('start')\nimport os\nprint(os.sep)\n").expect("write");
    let (out, _, rc) = nsvm(&["diff", differ.to_str().unwrap_or_default()]);
    assert_eq!(rc, 1, "{out}");
    assert!(out.contains("the runs disagree") && out.contains(&format!("[A] {all}\n")) && out.contains("] python3\n"), "{out}");
    assert!(out.contains("exit status: [A] 1  [B] 0"), "{out}");
    assert!(out.contains("ModuleNotFoundError: No module named 'os'"), "{out}");
    let (_, err, rc) = nsvm(&["diff"]);
    assert_eq!(rc, 2, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Arguments that are not UTF-8 are run, not a crash: undecodable bytes
/// become U+FFFD in `sys.argv` (CPython keeps them as lone surrogates,
/// which nsvm's strings cannot hold).
#[cfg(unix)]
#[test]
fn non_utf8_arguments_do_not_crash() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"a\xffb");
    let out = Command::new(env!("CARGO_BIN_EXE_nsvm"))
        .args(["-c", "import sys; print(len(sys.argv), sys.argv[1] == 'a\\ufffdb')"])
        .arg(bad)
        .stdin(Stdio::null())
        .output()
        .expect("run nsvm");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2 True\n");
    assert_eq!(out.status.code(), Some(0));
    // A non-UTF-8 option value and script name are usage or file errors.
    let out = Command::new(env!("CARGO_BIN_EXE_nsvm")).arg("-X").arg(bad).stdin(Stdio::null()).output().expect("run nsvm");
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_nsvm")).arg(bad).stdin(Stdio::null()).output().expect("run nsvm");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("can't open file"), "{err}");
    assert!(!err.contains("internal error") && !err.contains("panicked"), "{err}");
}

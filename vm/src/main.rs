//! The `nsvm` command line: run a program like `python3`, or a subcommand.

use nsvm::interp::StrategyKind;
use nsvm::runner::{self, RunOptions};
use std::io::Write;

/// The usage text; the strategies' lines come from `StrategyKind::ALL`.
fn usage() -> String {
    let names = StrategyKind::names("|");
    let width = StrategyKind::ALL.iter().map(|k| k.name().len()).max().unwrap_or(0) + 1;
    let about: String = StrategyKind::ALL.iter().map(|k| format!("\n                  {:<width$} {}", format!("{}:", k.name()), k.about())).collect();
    format!(
        "usage: nsvm [-X namespaces={names}] [-X stats] (FILE.py | -c CODE) [ARGS...]
       nsvm dis FILE.py
       nsvm diff FILE.py [ARGS...]   (run under every strategy and python3; compare)
       nsvm bench [--small] [--compare python3] [--json FILE] [--svg FILE] [PROGRAM...]   (nsvm bench --help)
-X namespaces=S   the namespace strategy (default: {}; also set by NSVM_NAMESPACES){about}
-X stats          print global-load and link counters on stderr at exit",
        StrategyKind::DEFAULT.name()
    )
}

fn usage_error(msg: &str) -> i32 {
    let _ = writeln!(std::io::stderr(), "nsvm: {msg}\n{}", usage());
    2
}

fn main() {
    nsvm::crash::install_hook();
    // Arguments need not be UTF-8; nsvm's strings are, so undecodable
    // bytes become U+FFFD (CPython keeps them as lone surrogates, which a
    // Rust string cannot hold).
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let status = nsvm::crash::guard(|| real_main(args), &mut std::io::stderr());
    std::process::exit(status);
}

fn real_main(args: Vec<String>) -> i32 {
    let mut opts = RunOptions::default();
    if let Some(s) = std::env::var_os("NSVM_NAMESPACES") {
        let s = s.to_string_lossy();
        match StrategyKind::parse(&s) {
            Some(k) => opts.strategy = k,
            None => return usage_error(&format!("unknown namespace strategy '{s}' in NSVM_NAMESPACES")),
        }
    }
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "-X" => {
                let Some(opt) = args.get(i + 1) else {
                    return usage_error("-X needs an option");
                };
                if let Some(s) = opt.strip_prefix("namespaces=") {
                    match StrategyKind::parse(s) {
                        Some(k) => opts.strategy = k,
                        None => return usage_error(&format!("unknown namespace strategy '{s}'")),
                    }
                } else if opt == "stats" {
                    opts.stats = true;
                } else {
                    return usage_error(&format!("unknown -X option '{opt}'"));
                }
                i += 2;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    return usage_error("Argument expected for the -c option");
                };
                return runner::run_command(code, args[i + 2..].to_vec(), opts);
            }
            "-h" | "--help" => {
                println!("{}", usage());
                return 0;
            }
            "diff" if i == 0 => return nsvm::diff::main(&args[1..]),
            "bench" if i == 0 => return nsvm::bench::main(&args[1..]),
            "dis" if i == 0 => {
                let Some(f) = args.get(1) else {
                    return usage_error("dis needs a file");
                };
                return runner::disassemble_file(f);
            }
            _ if a.starts_with('-') && a.len() > 1 => return usage_error(&format!("unknown option '{a}'")),
            _ => return runner::run_file(a, args[i + 1..].to_vec(), opts),
        }
    }
    usage_error("no program given")
}

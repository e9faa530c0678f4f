//! The claim of the project, tested on programs no one wrote by hand: the
//! namespace strategy changes speed and nothing else. For every generated
//! program, every strategy (`StrategyKind::ALL`) prints the same, ends
//! with the same exception, and leaves the same module namespace (the
//! program's last line prints it, sorted, through `globals()`); and CPython
//! 3.11 prints the same as nsvm under the default strategy.
//!
//! CI checks a bounded number of programs; `NSVM_PROPTEST_CASES=N` checks
//! N for a long run. A failure is shrunk to a small program, printed as
//! Python source; proptest records its seed in `tests/regressions/` and
//! replays it first on every later run.

use nsvm::interp::StrategyKind;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError, TestRunner};
use proptests::{cases, describe_difference, gen, on_big_stack, oracle, run, Outcome};

#[test]
fn strategies_agree_on_generated_programs() {
    let n = cases(1500);
    let names = StrategyKind::names(", ");
    on_big_stack(move || {
        let config =
            Config { cases: n, failure_persistence: Some(Box::new(FileFailurePersistence::Direct("tests/regressions/strategies.txt"))), ..Config::default() };
        let mut runner = TestRunner::new(config);
        let result = runner.run(&gen::program(), |prog| {
            let src = gen::render(&prog);
            let [first, rest @ ..] = StrategyKind::ALL;
            let a = run(first, &src);
            for other in rest {
                let b = run(other, &src);
                if a != b {
                    return Err(TestCaseError::fail(describe_difference(&src, first.name(), &a, other.name(), &b)));
                }
            }
            Ok(())
        });
        if let Err(e) = result {
            panic!("strategies disagree:\n{e}");
        }
        println!("{names}: {n} generated programs agree");
    });
}

/// Shrinks a failing value tree while `fails` holds (proptest's own loop,
/// driven by hand because the oracle runs outside the test runner).
fn shrink<T: ValueTree>(tree: &mut T, mut fails: impl FnMut(&T::Value) -> bool) -> T::Value {
    let mut last_failing = tree.current();
    for _ in 0..400 {
        let progressed = if fails(&tree.current()) {
            last_failing = tree.current();
            tree.simplify()
        } else {
            tree.complicate()
        };
        if !progressed {
            break;
        }
    }
    last_failing
}

#[test]
fn nsvm_prints_what_cpython_prints_on_generated_programs() {
    let Some(python) = oracle::python() else {
        println!("notice: python3 (3.11+) not found; the CPython oracle test is skipped");
        return;
    };
    let n = cases(1500) as usize;
    on_big_stack(move || {
        let mut runner = TestRunner::deterministic();
        let strategy = gen::program();
        // In chunks, so that a long run holds a bounded number of programs.
        let mut done = 0;
        while done < n {
            let chunk = (n - done).min(1000);
            let mut trees = Vec::with_capacity(chunk);
            for _ in 0..chunk {
                trees.push(strategy.new_tree(&mut runner).expect("generate a program"));
            }
            let sources: Vec<String> = trees.iter().map(|t| gen::render(&t.current())).collect();
            let expected = oracle::run_batch(&python, &sources).expect("CPython runs the batch");
            for (i, (src, want)) in sources.iter().zip(&expected).enumerate() {
                let got = run(StrategyKind::DEFAULT, src);
                if got.stdout == want.stdout && got.error == want.error {
                    continue;
                }
                let differs = |prog: &Vec<gen::Stmt>| -> bool {
                    let src = gen::render(prog);
                    let want = oracle::run_batch(&python, std::slice::from_ref(&src)).map(|mut v| v.remove(0));
                    let got = run(StrategyKind::DEFAULT, &src);
                    matches!(want, Ok(w) if w != got)
                };
                let small = shrink(&mut trees[i], differs);
                let small_src = gen::render(&small);
                let want = oracle::run_batch(&python, std::slice::from_ref(&small_src))
                    .map(|mut v| v.remove(0))
                    .unwrap_or(Outcome { stdout: String::new(), error: String::new() });
                let got = run(StrategyKind::DEFAULT, &small_src);
                panic!("program {} of {n}: nsvm differs from CPython; shrunk:\n{}", done + i, describe_difference(&small_src, "cpython", &want, "nsvm", &got));
            }
            done += chunk;
        }
        println!("nsvm vs CPython: {n} generated programs agree");
    });
}

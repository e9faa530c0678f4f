//! Prints generated programs, to read what the property tests check:
//! `cargo run --release -p proptests --example generate [COUNT]`.

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut runner = TestRunner::deterministic();
    for i in 0..n {
        let prog = proptests::gen::program().new_tree(&mut runner).expect("generate").current();
        println!("# ---- program {i} ----");
        print!("{}", proptests::gen::render(&prog));
    }
}

//! Grammar-generated programs: the input seeds the generator of
//! `proptests::gen` (programs weighted toward namespace behaviour), whose
//! rendering is run under every namespace strategy. The strategies must
//! agree on what the program printed and how it ended.
#![no_main]

use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let mut seed = [0u8; 32];
    for (i, b) in data.iter().enumerate() {
        seed[i % 32] ^= b.rotate_left((i / 32) as u32 % 8);
    }
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let Ok(tree) = proptests::gen::program().new_tree(&mut runner) else { return };
    let src = proptests::gen::render(&tree.current());
    let outs = nsvm::fuzz::run_source(src.clone());
    for w in outs.windows(2) {
        let ((ka, a), (kb, b)) = (&w[0], &w[1]);
        assert!(a == b, "strategies differ:\n{}", proptests::describe_difference(&src, ka.name(), &to_outcome(a), kb.name(), &to_outcome(b)));
    }
});

fn to_outcome(o: &nsvm::fuzz::Outcome) -> proptests::Outcome {
    proptests::Outcome { stdout: o.stdout.clone(), error: o.error.trim_end().lines().last().unwrap_or("").to_string() }
}

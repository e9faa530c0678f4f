//! Arbitrary bytes as a main script: decoded, compiled and run under every
//! namespace strategy (`nsvm::fuzz::fuzz_entry`). Seed it with the golden
//! programs: `fuzz/seed_corpus.sh`.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    nsvm::fuzz::fuzz_entry(data);
});

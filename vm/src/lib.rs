//! nsvm: a research VM for a Python subset, built to measure what dict-backed
//! namespaces cost and what slot-based globals and hidden classes win back.
//! See `../shared/spec/architecture.md` in the project for the design.

pub mod bench;
pub mod builtins;
pub mod bytecode;
pub mod capi;
pub mod compiler;
pub mod crash;
pub mod diff;
pub mod embed;
pub mod fuzz;
pub mod inline_cache;
pub mod interp;
pub mod objects;
pub mod runner;
pub mod strategy;
pub mod syntax;

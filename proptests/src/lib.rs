//! Property and differential tests across namespace strategies and CPython.
//!
//! Empty for now: there is one strategy (`dict`), so there is nothing to
//! compare yet. The program generator and the `dict` vs `slots` (and vs
//! CPython) properties come with the issue "Differential test harness and
//! property tests". Until then `namespaces/tests/model.rs` holds the property
//! tests of the storage layer.

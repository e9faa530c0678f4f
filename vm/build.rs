//! Exports the C API's symbols (`capi::api`) from the `nsvm` binary, so
//! that extension modules it loads resolve `Py*` against it.

fn main() {
    // `-rdynamic`: every global symbol of the executable goes into its
    // dynamic symbol table, the `#[no_mangle]` C API among them.
    println!("cargo:rustc-link-arg-bins=-rdynamic");
    // The same for the integration tests that load extensions in-process
    // (`tests/capi.rs`).
    println!("cargo:rustc-link-arg-tests=-rdynamic");
    println!("cargo:rerun-if-changed=build.rs");
}

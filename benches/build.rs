//! The `capi` bench loads a C extension into the bench binary itself, so
//! that binary must export the C API (`nsvm::capi::api`) as `nsvm` does.

fn main() {
    println!("cargo:rustc-link-arg-benches=-rdynamic");
    println!("cargo:rerun-if-changed=build.rs");
}

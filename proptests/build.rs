//! The properties load the C API test extension into the test binary
//! itself, so it must export the C API (`nsvm::capi::api`) as `nsvm` does.

fn main() {
    println!("cargo:rustc-link-arg-tests=-rdynamic");
    println!("cargo:rustc-link-arg-examples=-rdynamic");
    println!("cargo:rerun-if-changed=build.rs");
}

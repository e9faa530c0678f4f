//! The C API statement kind's extension: `capi/_nsvm_capi.c`, built once
//! per process with the system C compiler, against the repo's
//! `include/Python.h` for nsvm and against CPython's own headers for the
//! oracle. Without a C compiler (or CPython's headers) the generated
//! programs simply have no C API statements.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn build(tag: &str, include: &Path) -> Option<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("capi/_nsvm_capi.c");
    let dir = std::env::temp_dir().join(format!("nsvm-proptest-capi-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let out = dir.join("_nsvm_capi.so");
    let ok = Command::new(cc).args(["-shared", "-fPIC", "-O1", "-I"]).arg(include).arg(&src).arg("-o").arg(&out).status().ok()?.success();
    ok.then_some(dir)
}

/// The folder holding `_nsvm_capi.so` built for nsvm: one copy per
/// thread. A library is loaded once per process (per path), so its
/// statics are shared by every thread's VMs: two properties running at
/// once on two threads overwrote each other's `g_dict` (issue 15: a write
/// one thread's program made through `PyDict_SetItemString` went to the
/// other thread's namespace). A copy under another path is a library of
/// its own, with its own statics.
pub fn nsvm_dir() -> Option<&'static Path> {
    static BUILT: OnceLock<Option<PathBuf>> = OnceLock::new();
    thread_local! {
        static DIR: OnceLock<Option<&'static Path>> = const { OnceLock::new() };
    }
    static THREADS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let built = BUILT.get_or_init(|| build("nsvm", &Path::new(env!("CARGO_MANIFEST_DIR")).join("../include"))).as_deref()?;
    DIR.with(|d| {
        *d.get_or_init(|| {
            let n = THREADS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let dir = built.join(format!("thread-{n}"));
            std::fs::create_dir_all(&dir).ok()?;
            std::fs::copy(built.join("_nsvm_capi.so"), dir.join("_nsvm_capi.so")).ok()?;
            // Leaked once per thread that runs programs (a handful).
            Some(&*Box::leak(dir.into_boxed_path()))
        })
    })
}

/// The folder holding `_nsvm_capi.so` built for CPython.
pub fn cpython_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_paths()['include'])"]).output().ok()?;
        let include = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
        include.join("Python.h").exists().then_some(())?;
        build("cpython", &include)
    })
    .as_deref()
}

/// Whether generated programs include C API statements.
pub fn available() -> bool {
    nsvm_dir().is_some() && cpython_dir().is_some()
}

/// The prelude's lines that import and bind the extension.
pub const PRELUDE: &str = "import _nsvm_capi as _capi\n_capi.bind(_sys.modules[__name__])\n";

//! What happens when nsvm itself fails. Every input a Python program can
//! give should end in a Python exception, so a Rust panic is always a bug
//! in nsvm; when one escapes anyway, the process ends the same way each
//! time: the program's output so far is written (the VM flushes its
//! buffer as it unwinds, see `Vm`'s `Drop`), one message on stderr says
//! that nsvm failed and that this is a bug, and the exit status is 70
//! (`EX_SOFTWARE` of sysexits.h), distinct from a Python error's 1.
//!
//! The panic hook only records the message: printing waits until the
//! panicking thread has unwound (so the message comes after the flushed
//! output) and `guard` reports it once, whichever thread panicked.

use std::any::Any;
use std::io::Write;
use std::panic::{AssertUnwindSafe, Location};
use std::sync::Mutex;

/// The exit status of a run that ended in an internal error.
pub const EXIT_INTERNAL: i32 = 70;

/// The first panic's report, waiting for `guard` to print it.
static REPORT: Mutex<Option<String>> = Mutex::new(None);

/// Replaces the default panic message with a recorded report (see `guard`).
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| {
        let mut report = describe(info.payload(), info.location());
        let bt = std::backtrace::Backtrace::capture();
        if bt.status() == std::backtrace::BacktraceStatus::Captured {
            report.push_str(&format!("{bt}\n"));
        }
        record(report);
    }));
}

/// Keeps the first report: a panic while unwinding from another is an
/// echo of it.
fn record(report: String) {
    let mut slot = REPORT.lock().unwrap_or_else(|p| p.into_inner());
    slot.get_or_insert(report);
}

fn take_report() -> Option<String> {
    REPORT.lock().unwrap_or_else(|p| p.into_inner()).take()
}

/// The message for a panic's payload and place.
pub fn describe(payload: &dyn Any, location: Option<&Location<'_>>) -> String {
    let what = if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_string()
    };
    let place = location.map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
    format!("nsvm: internal error: {what}{place}\nThis is a bug in nsvm, not in the Python program; please report it.\n")
}

/// Runs `f` (the whole command) and returns its exit status, unless nsvm
/// panicked on any thread meanwhile: then the report goes to `err` and the
/// status is `EXIT_INTERNAL`.
pub fn guard(f: impl FnOnce() -> i32, err: &mut dyn Write) -> i32 {
    let status = std::panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or(EXIT_INTERNAL);
    match take_report() {
        Some(report) => {
            let _ = err.write_all(report.as_bytes());
            let _ = err.flush();
            EXIT_INTERNAL
        }
        None => status,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_names_the_message_the_place_and_the_bug() {
        let loc = Location::caller();
        let r = describe(&"index out of bounds", Some(loc));
        assert!(r.starts_with("nsvm: internal error: index out of bounds at "), "{r}");
        assert!(r.contains(&format!("crash.rs:{}", loc.line())), "{r}");
        assert!(r.contains("This is a bug in nsvm"), "{r}");
        let r = describe(&String::from("owned message"), None);
        assert!(r.starts_with("nsvm: internal error: owned message\n"), "{r}");
        assert!(describe(&42u8, None).contains("(no message)"));
    }

    /// A panic on another thread (as on the interpreter's big-stack
    /// thread) is reported once, after the thread is joined, with status
    /// 70; a run without a panic keeps its own status and prints nothing.
    #[test]
    fn guard_reports_a_panic_from_a_joined_thread() {
        install_hook();
        let mut err = Vec::new();
        let status = guard(
            || {
                let h = std::thread::spawn(|| -> i32 { panic!("deliberate panic for the crash test") });
                h.join().unwrap_or(EXIT_INTERNAL)
            },
            &mut err,
        );
        let _ = std::panic::take_hook();
        let err = String::from_utf8_lossy(&err);
        assert_eq!(status, EXIT_INTERNAL);
        assert!(err.starts_with("nsvm: internal error: deliberate panic for the crash test at "), "{err}");
        assert!(err.contains("please report it"), "{err}");

        let mut err = Vec::new();
        assert_eq!(guard(|| 3, &mut err), 3);
        assert!(err.is_empty());
    }
}

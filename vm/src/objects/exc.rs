//! Exceptions: the error type of every fallible operation, and the data an
//! exception instance carries (args, traceback, cause and context).
//!
//! `PyErr` is one pointer (the exception instance), so `PyResult<Value>`
//! stays 16 bytes and the happy path pays nothing for errors.

use super::instance::PyInstance;
use super::{PyCode, Value};
use std::rc::Rc;

/// A raised Python exception: the exception instance.
#[derive(Clone)]
pub struct PyErr(pub Rc<PyInstance>);

pub type PyResult<T> = Result<T, PyErr>;

const _: () = assert!(std::mem::size_of::<PyErr>() == 8);

/// One traceback line: the code running and the source line.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<PyCode>,
    pub line: u32,
}

/// The fields CPython keeps in every BaseException.
#[derive(Clone, Default)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The attributes CPython keeps in the structs of `ImportError` and
    /// `SyntaxError`; `None` for other exceptions.
    pub detail: Option<Box<ExcDetail>>,
}

/// `ImportError`'s `name` and `path`, `SyntaxError`'s `msg`, `filename`,
/// `lineno` and `text`: Rust fields, not `__dict__` entries (`vars(e)` is
/// `{}` in CPython). `Unbound` reads as `None`.
#[derive(Clone, Default)]
pub struct ExcDetail {
    pub name: Value,
    pub path: Value,
    pub msg: Value,
    pub filename: Value,
    pub lineno: Value,
    pub text: Value,
}

macro_rules! exc_kinds {
    ($($name:ident : $base:ident,)*) => {
        /// The built-in exception types, in an order where each base comes before its subclasses.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ExcKind { $($name,)* }
        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$name,)*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$name => stringify!($name),)* }
            }
            /// The base class (BaseException is its own).
            pub fn base(self) -> ExcKind {
                match self { $(ExcKind::$name => ExcKind::$base,)* }
            }
        }
    };
}

exc_kinds! {
    BaseException: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    FileNotFoundError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    Warning: Exception,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    UserWarning: Warning,
}

//! Code, functions, built-in functions, bound methods, cells and generators.

use super::dict::PyDict;
use super::exc::PyResult;
use super::str::PyStr;
use super::Value;
use crate::bytecode::code::{FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::bytecode::opcodes::{unpack_local_attr, Op, Operand};
use crate::bytecode::CodeObject;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A code object as the interpreter runs it: the compiler's plain data plus
/// its constants converted to runtime values and its names interned, once.
pub struct PyCode {
    /// Tracked by the collector: the inline caches of `attr_sites` hold
    /// functions and classes, whose code this may be (a cycle).
    pub gc: super::gc::GcHead,
    pub code: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    pub names: Box<[Rc<PyStr>]>,
    pub varnames: Box<[Rc<PyStr>]>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub nlocals: usize,
    pub nlocalsplus: usize,
    /// The link table for the module this code last ran in (`slots`).
    pub links: RefCell<Option<Rc<crate::strategy::Links>>>,
    /// One entry per attribute site (`code.attr_sites`), indexed by the
    /// attribute instructions' operand: the side table for their caches.
    pub attr_sites: Box<[crate::strategy::AttrSite]>,
    /// Where zero-argument `super()` reads in a frame of this code, as
    /// offsets from the frame's base: the `__class__` cell, and the cell
    /// holding the first argument when that argument is a cell variable.
    pub super_slots: Option<(usize, Option<usize>)>,
    /// The number of positional arguments a call may pass for them to be
    /// the frame's first locals as they are, with nothing to bind (no
    /// keyword-only parameters, `*args`, `**kwargs` or generator): such
    /// calls run on the stack (`call::stack_call`), and calls from Rust skip
    /// `bind_args` (`u32::MAX` otherwise).
    pub simple_argc: u32,
}

/// Keyword arguments of a call, in call order.
pub type KwArgs = [(Rc<PyStr>, Value)];

/// A built-in function: positional arguments (self first for methods) and keywords.
pub type BuiltinFn = fn(&mut crate::interp::Vm, &[Value], &KwArgs) -> PyResult<Value>;

pub struct PyBuiltin {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// A method of a built-in type (self is the first argument).
    pub is_method: bool,
    /// The type a method belongs to, for error messages (`str.join`).
    pub owner: &'static str,
    /// A method the call path runs in place for the common case (CPython
    /// 3.11 specialises the same calls).
    pub inline: InlineBuiltin,
}

/// The built-in methods `call::call_builtin_fast` runs in place.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum InlineBuiltin {
    No,
    /// `list.append(x)` on an exact list with room for one more item.
    ListAppend,
}

pub struct PyFunction {
    pub gc: super::gc::GcHead,
    pub code: Rc<PyCode>,
    pub globals: Rc<PyDict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<PyDict>>>,
    pub closure: Box<[Rc<PyCell>]>,
    pub dict: RefCell<Option<Rc<PyDict>>>,
    pub module: Value,
    /// The builtins namespace this function's globals name (`__builtins__`).
    pub builtins: Rc<PyDict>,
    /// Its code's links into `globals` and `builtins` (`slots`, when
    /// `globals` is a module namespace).
    pub links: Option<Rc<crate::strategy::Links>>,
}

/// A function bound to an object (`obj.method` without an immediate call).
pub struct PyMethod {
    pub gc: super::gc::GcHead,
    pub func: Value,
    pub self_: Value,
}

pub struct PyCell {
    pub gc: super::gc::GcHead,
    pub value: RefCell<Value>,
}

impl PyFunction {
    /// The function as a value, registered with the cycle collector.
    #[inline]
    pub fn into_value(self) -> Value {
        Value::Function(super::gc::new_tracked(self))
    }
}

impl PyMethod {
    /// The bound method as a value, registered with the cycle collector.
    #[inline]
    pub fn into_value(self) -> Value {
        Value::Method(super::gc::new_tracked(self))
    }
}

impl PyGenerator {
    /// The generator as a value, registered with the cycle collector.
    #[inline]
    pub fn into_value(self) -> Value {
        Value::Generator(super::gc::new_tracked(self))
    }
}

impl Drop for PyCell {
    fn drop(&mut self) {
        super::trashcan::drop_contents(self.value.get_mut(), |v| *v = Value::None, |v, later| later.push(std::mem::take(v)));
    }
}

impl PyCell {
    pub fn new(v: Value) -> Rc<PyCell> {
        super::gc::new_tracked(PyCell { gc: Default::default(), value: RefCell::new(v) })
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A suspended generator frame: its locals and operand stack are moved out
/// of the shared value stack while it is not running.
pub struct PyGenerator {
    pub gc: super::gc::GcHead,
    pub func: Rc<PyFunction>,
    pub saved: RefCell<Vec<Value>>,
    pub pc: Cell<usize>,
    pub status: Cell<GenStatus>,
    /// Exceptions being handled inside the generator when it yielded.
    pub exc_info: RefCell<Vec<Value>>,
}

impl PyCode {
    /// Converts the compiler's plain-data code (and nested code) for running:
    /// constants become values, names are interned.
    pub fn load(code: Rc<CodeObject>) -> Rc<PyCode> {
        use super::str::intern;
        use crate::bytecode::Constant;
        fn conv(c: &Constant) -> Value {
            match c {
                Constant::None => Value::None,
                Constant::Bool(b) => Value::bool(*b),
                Constant::Int(i) => Value::Int(*i),
                Constant::BigInt(s) => match super::numfmt::parse_int(s, 0) {
                    Ok(b) => Value::from_bigint(b),
                    Err(_) => Value::None,
                },
                Constant::Float(f) => Value::float(*f),
                Constant::Str(s) => {
                    if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                        Value::Str(intern(s))
                    } else {
                        Value::str(s)
                    }
                }
                Constant::Tuple(items) => Value::tuple(items.iter().map(conv).collect()),
                Constant::FrozenSet(items) => {
                    let mut t = super::settable::SetTable::new();
                    for c in items {
                        let v = conv(c);
                        if let Some(h) = const_hash(&v) {
                            let r: Result<bool, ()> = t.insert(h, v.clone(), |k| Ok(super::dict::pure_eq(k, &v).unwrap_or(false)));
                            let _ = r;
                        }
                    }
                    Value::FrozenSet(super::set::PySet::new(t))
                }
                Constant::Code(c) => Value::Code(PyCode::load(c.clone())),
                Constant::Ellipsis => Value::Ellipsis,
            }
        }
        // The loop reads locals, constants and attribute sites without a
        // bounds check (its stack invariant, `interp::run_frame_inner`):
        // every such operand must name one of the frame's slots, constants
        // or sites. The compiler guarantees it; this holds it to that, once
        // per code object.
        let nlocalsplus = code.nlocalsplus();
        let nlocals = code.varnames.len();
        // The loop's instruction pointer is unchecked too: every jump and
        // handler target must be an instruction, and the last instruction
        // must not fall through.
        let nops = code.ops.len();
        assert!(matches!(code.ops.last(), Some(Op::ReturnValue)), "compiler bug: {} does not end with ReturnValue", code.name);
        assert!(code.exc_table.iter().all(|e| (e.target as usize) < nops), "compiler bug: a handler of {} is outside its code", code.name);
        let bad = code.ops.iter().find(|op| {
            let (kind, x) = op.operand();
            let x = x as usize;
            match kind {
                Operand::Local => x >= nlocalsplus,
                Operand::Deref => nlocals + x >= nlocalsplus,
                Operand::Const => x >= code.consts.len(),
                Operand::Target => x >= nops,
                // `Swap(n)` reads `n` below the top without a bounds check.
                Operand::Count if matches!(op, Op::Swap(_)) => x == 0,
                Operand::AttrSite => x >= code.attr_sites.len(),
                Operand::LocalAttr => {
                    let (l, site) = unpack_local_attr(x as u32);
                    l as usize >= nlocalsplus || site as usize >= code.attr_sites.len()
                }
                _ => false,
            }
        });
        assert!(bad.is_none(), "compiler bug: {bad:?} in {} names a local, constant or attribute site it does not have", code.name);
        let consts: Box<[Value]> = code.consts.iter().map(conv).collect();
        let names: Box<[Rc<PyStr>]> = code.names.iter().map(|n| intern(n)).collect();
        let varnames: Box<[Rc<PyStr>]> = code.varnames.iter().map(|n| intern(n)).collect();
        let attr_sites = code.attr_sites.iter().map(|&i| crate::strategy::AttrSite { name: names[i as usize].clone(), cache: Default::default() }).collect();
        let super_slots = code.freevars.iter().position(|f| &**f == "__class__").map(|pos| {
            let first_cell = code.cell2arg.iter().position(|a| *a == Some(0)).map(|ci| nlocals + ci);
            (nlocals + code.cellvars.len() + pos, first_cell)
        });
        let binds = code.kwonlyargcount != 0 || code.flags & (FLAG_VARARGS | FLAG_VARKEYWORDS) != 0 || code.is_generator();
        super::gc::new_tracked(PyCode {
            gc: Default::default(),
            simple_argc: if binds { u32::MAX } else { code.argcount },
            super_slots,
            name: intern(&code.name),
            qualname: intern(&code.qualname),
            nlocals: code.varnames.len(),
            nlocalsplus: code.nlocalsplus(),
            links: RefCell::new(None),
            attr_sites,
            consts,
            names,
            varnames,
            code,
        })
    }
}

/// Hash of a constant value (ints, floats, strings, bools, None, tuples of those).
fn const_hash(v: &Value) -> Option<i64> {
    use super::settable::{hash_float, hash_int_i64, hash_tuple};
    Some(match v {
        Value::Int(i) => hash_int_i64(*i),
        Value::Bool(b) => b.get() as i64,
        Value::Float(f) => hash_float(f.get()),
        Value::Str(s) => s.hash(),
        Value::None => 0x5f1c_d3e1,
        Value::Tuple(t) => {
            let hs: Option<Vec<i64>> = t.items.iter().map(const_hash).collect();
            hash_tuple(&hs?)
        }
        _ => return None,
    })
}

//! Frames: what a running code object needs beside its slice of the value
//! stack, and the instructions that touch a frame's own layout (cells,
//! free variables, name-based locals, function creation).

use super::vm::Vm;
use crate::objects::{ExcKind, PyCell, PyCode, PyDict, PyFunction, PyResult, Value};
use crate::strategy::{Link, Strategy};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A running frame. It borrows its code, function and globals from the
/// caller (who keeps them alive for the call), so entering a frame costs no
/// reference-count traffic.
pub struct Frame<'a> {
    pub code: &'a Rc<PyCode>,
    pub globals: &'a Rc<PyDict>,
    pub builtins: &'a Rc<PyDict>,
    /// The code's links to module and builtins slots (`slots`); empty when
    /// the globals are not a module namespace in slots.
    pub links: &'a [Cell<Link>],
    /// `globals` and `builtins` themselves, one load closer for global loads.
    pub gdict: &'a PyDict,
    pub bdict: &'a PyDict,
    /// The mapping name-based instructions use; `None` means "the globals".
    pub locals: Option<Value>,
    /// Index of local 0 in the value stack.
    pub base: usize,
    pub pc: usize,
    /// Length of the handled-exception stack when the frame started.
    pub exc_base: usize,
    pub yielded: bool,
    /// An exception to raise at the current instruction as the frame resumes
    /// (`generator.throw()`).
    pub pending: Option<crate::objects::PyErr>,
}

/// The namespaces a frame runs against.
pub struct FrameNs<'a> {
    pub globals: &'a Rc<PyDict>,
    pub builtins: &'a Rc<PyDict>,
    pub links: &'a [Cell<Link>],
}

impl<'a> FrameNs<'a> {
    /// A function's globals, builtins and links.
    pub fn of(func: &'a PyFunction) -> FrameNs<'a> {
        FrameNs { globals: &func.globals, builtins: &func.builtins, links: func.links.as_deref().map_or(&[][..], |l| &l.slots[..]) }
    }
}

impl<'a> Frame<'a> {
    pub fn new(code: &'a Rc<PyCode>, ns: FrameNs<'a>, locals: Option<Value>, base: usize, exc_base: usize) -> Frame<'a> {
        let FrameNs { globals, builtins, links } = ns;
        Frame { code, globals, builtins, links, gdict: globals, bdict: builtins, locals, base, pc: 0, exc_base, yielded: false, pending: None }
    }
}

fn deref_slot(f: &Frame<'_>, i: usize) -> usize {
    f.base + f.code.nlocals + i
}

pub fn cell_at(vm: &Vm, f: &Frame<'_>, i: usize) -> Value {
    vm.stack[deref_slot(f, i)].clone()
}

/// `MakeCells`: fresh cells for cell variables, initialised from their
/// parameter when they are one. (Free variables need no instruction: the
/// closure's cells are copied as the frame is set up, `copy_free_vars`.)
pub fn make_cells(vm: &mut Vm, f: &Frame<'_>) {
    let code = &f.code.code;
    for (i, arg) in code.cell2arg.iter().enumerate() {
        let init = match arg {
            Some(a) => vm.stack[f.base + *a as usize].clone(),
            None => Value::Unbound,
        };
        vm.stack[deref_slot(f, i)] = Value::Cell(PyCell::new(init));
    }
}

/// Copies a function's closure cells into the free-variable slots of its
/// frame at `base` (CPython's `COPY_FREE_VARS`), as the frame is set up:
/// a closure's call pays no instruction for them.
#[inline(always)]
pub fn copy_free_vars(vm: &mut Vm, func: &PyFunction, base: usize) {
    if !func.closure.is_empty() {
        copy_closure(vm, func, base);
    }
}

#[inline(never)]
fn copy_closure(vm: &mut Vm, func: &PyFunction, base: usize) {
    let start = base + func.code.nlocals + func.code.code.cellvars.len();
    if let Some(slots) = vm.stack.get_mut(start..start + func.closure.len()) {
        for (slot, c) in slots.iter_mut().zip(func.closure.iter()) {
            // (The slot holds `Unbound`: `release` skips the drop glue's
            // call an assignment made for it.)
            crate::objects::release(std::mem::replace(slot, Value::Cell(c.clone())));
        }
    }
}

#[cold]
fn unbound_deref(vm: &Vm, f: &Frame<'_>, i: usize) -> crate::objects::PyErr {
    let code = &f.code.code;
    let name = code.deref_name(i);
    if i < code.cellvars.len() {
        vm.new_error(ExcKind::UnboundLocalError, format!("cannot access local variable '{name}' where it is not associated with a value"))
    } else {
        vm.new_error(ExcKind::NameError, format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    }
}

#[inline]
pub fn load_deref(vm: &mut Vm, f: &Frame<'_>, i: usize) -> PyResult<Value> {
    let v = match &vm.stack[deref_slot(f, i)] {
        Value::Cell(c) => c.value.borrow().clone(),
        _ => Value::Unbound,
    };
    if v.is_unbound() {
        return Err(unbound_deref(vm, f, i));
    }
    Ok(v)
}

pub fn store_deref(vm: &mut Vm, f: &Frame<'_>, i: usize, v: Value) {
    if let Value::Cell(c) = &vm.stack[deref_slot(f, i)] {
        *c.value.borrow_mut() = v;
    }
}

pub fn delete_deref(vm: &mut Vm, f: &Frame<'_>, i: usize) -> PyResult<()> {
    let was = match &vm.stack[deref_slot(f, i)] {
        Value::Cell(c) => std::mem::take(&mut *c.value.borrow_mut()),
        _ => Value::Unbound,
    };
    if was.is_unbound() {
        return Err(unbound_deref(vm, f, i));
    }
    Ok(())
}

/// Class bodies: a free variable is looked up in the class namespace first.
pub fn load_class_deref<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, i: usize) -> PyResult<Value> {
    if let Some(locals) = &f.locals {
        let name = crate::objects::str::intern(f.code.code.deref_name(i));
        if let Some(v) = mapping_get(vm, locals, &name)? {
            return Ok(v);
        }
    }
    load_deref(vm, f, i)
}

/// Reads `name` from a locals mapping (a dict, or any object with `__getitem__`).
fn mapping_get(vm: &mut Vm, m: &Value, name: &Rc<crate::objects::PyStr>) -> PyResult<Option<Value>> {
    match m {
        Value::Dict(d) => super::ops::dict_get_name(vm, d, name),
        other => match super::ops::getitem(vm, other, &Value::Str(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_is(&e, ExcKind::KeyError) => Ok(None),
            Err(e) => Err(e),
        },
    }
}

pub fn load_name<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<Value> {
    let name = &f.code.names[idx as usize];
    if let Some(locals) = &f.locals {
        if let Some(v) = mapping_get(vm, locals, name)? {
            return Ok(v);
        }
    }
    S::load_global(vm, f, idx)
}

pub fn store_name<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, idx: u32, v: Value) -> PyResult<()> {
    let name = f.code.names[idx as usize].clone();
    match &f.locals {
        Some(Value::Dict(d)) => super::ops::dict_set(vm, d, Value::Str(name), v),
        Some(other) => super::ops::setitem(vm, other, Value::Str(name), v),
        None => S::store_global(vm, f, idx, v),
    }
}

pub fn delete_name<S: Strategy>(vm: &mut Vm, f: &Frame<'_>, idx: u32) -> PyResult<()> {
    let name = f.code.names[idx as usize].clone();
    let removed = match &f.locals {
        Some(Value::Dict(d)) => super::ops::dict_remove(vm, d, &Value::Str(name.clone()))?.is_some(),
        Some(other) => {
            return super::ops::delitem(vm, other, &Value::Str(name.clone())).map_err(|e| {
                if vm.err_is(&e, ExcKind::KeyError) {
                    vm.name_error(name.as_str())
                } else {
                    e
                }
            });
        }
        None => return S::delete_global(vm, f, idx),
    };
    if removed {
        Ok(())
    } else {
        Err(vm.name_error(name.as_str()))
    }
}

/// `MakeFunction`: builds a function from the code constant on top and the
/// defaults, keyword defaults and closure below it (as `flags` says).
pub fn make_function(vm: &mut Vm, f: &Frame<'_>, flags: u32) -> PyResult<Value> {
    let code = match vm.stack.pop() {
        Some(Value::Code(c)) => c,
        _ => return Err(vm.internal("MakeFunction without a code object")),
    };
    let closure: Box<[Rc<PyCell>]> = if flags & 8 != 0 {
        match vm.stack.pop() {
            Some(Value::Tuple(t)) => t.items.iter().filter_map(|c| if let Value::Cell(c) = c { Some(c.clone()) } else { None }).collect(),
            _ => Box::new([]),
        }
    } else {
        Box::new([])
    };
    let kwdefaults = if flags & 2 != 0 {
        match vm.stack.pop() {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        }
    } else {
        None
    };
    let defaults = if flags & 1 != 0 {
        match vm.stack.pop() {
            Some(Value::Tuple(t)) => t.items.to_vec(),
            _ => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let module = f.globals.data.borrow().get_str(&crate::name!("__name__")).unwrap_or(Value::None);
    // CPython takes a new function's builtins from its globals' `__builtins__`.
    let builtins = builtins_for(vm, f.globals);
    let links = crate::strategy::links_for(vm, &code, f.globals, &builtins);
    Ok(PyFunction {
        gc: Default::default(),
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code,
        globals: f.globals.clone(),
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure,
        dict: RefCell::new(None),
        module,
        builtins,
        links,
    }
    .into_value())
}

/// The builtins namespace for code run with `globals`: its `__builtins__`
/// entry (a module or a dict), else the interpreter's builtins.
pub fn builtins_for(vm: &Vm, globals: &PyDict) -> Rc<PyDict> {
    match globals.data.borrow().get_str(&crate::name!("__builtins__")) {
        Some(Value::Module(m)) => m.dict.clone(),
        Some(Value::Dict(d)) => d,
        _ => vm.builtins.dict.clone(),
    }
}

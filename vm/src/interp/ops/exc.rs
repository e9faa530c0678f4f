//! Raising and matching exceptions.

use super::prelude::*;

/// Makes an exception instance from a raised value (a class or an instance).
pub fn make_exception(vm: &mut Vm, v: Value) -> PyResult<PyErr> {
    match &v {
        Value::Instance(i) if i.exc().is_some() => Ok(PyErr(i.clone())),
        Value::Type(t) if t.exc_kind().is_some() => {
            let inst = vm.call(&v, &[], &[])?;
            match inst {
                Value::Instance(i) if i.exc().is_some() => Ok(PyErr(i)),
                other => Err(vm.type_error(format!("calling {} should have returned an instance of BaseException, not {}", type_repr(t), other.type_name()))),
            }
        }
        _ => Err(vm.type_error("exceptions must derive from BaseException")),
    }
}

fn type_repr(t: &PyType) -> String {
    format!("<class '{}'>", t.name.as_str())
}

/// `Raise(n)`.
pub fn do_raise(vm: &mut Vm, _f: &crate::interp::Frame, n: u32) -> PyErr {
    match n {
        0 => match vm.exc_info.last().cloned() {
            Some(Value::Instance(i)) => PyErr(i),
            _ => vm.new_error(ExcKind::RuntimeError, "No active exception to reraise"),
        },
        1 => {
            let v = vm.stack.pop().unwrap_or_default();
            make_exception(vm, v).unwrap_or_else(|e| e)
        }
        _ => {
            let cause = vm.stack.pop().unwrap_or_default();
            let v = vm.stack.pop().unwrap_or_default();
            let e = match make_exception(vm, v) {
                Ok(e) => e,
                Err(e) => return e,
            };
            let cause = match cause {
                Value::None => Value::None,
                c => match make_exception(vm, c) {
                    Ok(ce) => Value::Instance(ce.0),
                    Err(_) => return vm.type_error("exception causes must derive from BaseException"),
                },
            };
            if let Some(x) = e.0.exc() {
                let mut x = x.borrow_mut();
                x.cause = cause;
                x.suppress_context = true;
            }
            e
        }
    }
}

pub fn reraise(vm: &mut Vm, e: Value) -> PyErr {
    match e {
        Value::Instance(i) => PyErr(i),
        _ => vm.internal("Reraise of a non-exception"),
    }
}

/// Sets `__context__` from the exception being handled, as raising does in CPython.
pub fn attach_context(vm: &mut Vm, err: &PyErr) {
    let Some(Value::Instance(handled)) = vm.exc_info.last() else {
        return;
    };
    if Rc::ptr_eq(handled, &err.0) {
        return;
    }
    if let Some(x) = err.0.exc() {
        let mut x = x.borrow_mut();
        if x.context.is_unbound() || matches!(x.context, Value::None) {
            // Avoid a cycle: the handled exception's own context chain must not contain err.
            let mut cur = Value::Instance(handled.clone());
            let mut depth = 0;
            while let Value::Instance(c) = &cur {
                if Rc::ptr_eq(c, &err.0) || depth > 100 {
                    return;
                }
                let next = c.exc().map(|e| e.borrow().context.clone()).unwrap_or_default();
                cur = next;
                depth += 1;
            }
            x.context = Value::Instance(handled.clone());
        }
    }
}

/// `except T:` matching.
pub fn exc_matches(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<bool> {
    let et = vm.type_of(exc);
    match ty {
        Value::Type(t) if t.exc_kind().is_some() => Ok(et.is_subtype(t)),
        Value::Tuple(ts) => {
            for t in ts.items.iter() {
                if exc_matches(vm, exc, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed")),
    }
}

/// CPython's `set_merge`: adds a whole set at once (one resize up front),
/// which decides the result's table layout.
pub fn set_merge(target: &PySet, other: &SetTable<Value>) {
    let r: Result<(), ()> = target.table.borrow_mut().merge(other, |a, b| Ok(pure_eq(a, b).unwrap_or_else(|| a.is(b))));
    let _ = r;
}

/// A SyntaxError exception carrying CPython's fields.
pub fn syntax_error_value(vm: &Vm, e: &crate::compiler::SyntaxError) -> PyErr {
    let kind = match e.kind {
        "IndentationError" => ExcKind::IndentationError,
        "TabError" => ExcKind::TabError,
        // Too deeply nested source: a plain RecursionError, no location.
        "RecursionError" => return vm.new_error(ExcKind::RecursionError, e.msg.clone()),
        _ => ExcKind::SyntaxError,
    };
    let t = vm.exc_type(kind);
    let details = Value::tuple(vec![Value::str(&e.filename), Value::Int(e.line as i64), Value::Int(e.col as i64), Value::str(&e.text)]);
    let err = vm.new_exception(t, vec![Value::str(&e.msg), details]);
    if let Some(x) = err.0.exc() {
        x.borrow_mut().detail = Some(Box::new(crate::objects::exc::ExcDetail {
            msg: Value::str(&e.msg),
            lineno: Value::Int(e.line as i64),
            filename: Value::str(&e.filename),
            text: Value::str(&e.text),
            ..Default::default()
        }));
    }
    err
}

//! The built-in modules `sys`, `math`, `time` and `gc`, and the standard streams.

use super::{arg, arity, fixed, optional, register, types, unpack};
use crate::interp::{ops, Vm};
use crate::objects::str::intern;
use crate::objects::B64;
use crate::objects::{ExcKind, KwArgs, Native, PyInstance, PyModule, PyResult, PyType, TypeKind, Value};
use num_bigint::BigInt;
use std::io::Write;
use std::rc::Rc;

/// Writes `s` to a stream value: `None` or `sys.stdout` (buffered), `sys.stderr`, or any object with `write`.
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    match stream_fd(file) {
        Some(1) => vm.write_out(s),
        Some(2) => {
            vm.flush_out();
            let _ = std::io::stderr().write_all(s.as_bytes());
        }
        _ => {
            let w = crate::interp::attr::get_attr(vm, file, &crate::name!("write"))?;
            vm.call(&w, &[Value::str(s)], &[])?;
        }
    }
    Ok(())
}

/// Whether `file` is `None` or `sys.stdout`/`sys.stderr` (written directly).
pub fn is_std_stream(file: &Value) -> bool {
    stream_fd(file).is_some()
}

fn stream_fd(v: &Value) -> Option<i64> {
    match v {
        Value::None => Some(1),
        Value::Instance(i) if i.class().kind == TypeKind::TextIO => match i.native() {
            Some(Native::TextIO { fd }) => Some(*fd),
            _ => None,
        },
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [stream, s] = fixed(vm, "write", args)?;
    let s = match s {
        Value::Str(s) => s.clone(),
        other => return Err(vm.type_error(format!("write() argument must be str, not {}", other.type_name()))),
    };
    write_to(vm, stream, s.as_str())?;
    Ok(Value::Int(s.chars as i64))
}

fn stream_flush(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.flush_out();
    Ok(Value::None)
}

fn module(vm: &Vm, name: &str) -> Rc<PyModule> {
    let dict = crate::interp::vm::new_namespace(vm.strategy);
    dict.data.borrow_mut().set_str(crate::name!("__name__"), Value::str(name));
    dict.data.borrow_mut().set_str(crate::name!("__doc__"), Value::None);
    PyModule::new_rc(intern(name), dict)
}

fn set(m: &PyModule, name: &str, v: Value) {
    m.dict.data.borrow_mut().set_str(intern(name), v);
}

pub fn make_sys(vm: &mut Vm) -> Rc<PyModule> {
    let m = module(vm, "sys");
    let io_type = crate::interp::vm::builtin_type("TextIOWrapper", TypeKind::TextIO, Some(&vm.types.object));
    register(&io_type, "write", stream_write, "TextIOWrapper");
    register(&io_type, "flush", stream_flush, "TextIOWrapper");
    let stream = |t: &Rc<PyType>, fd: i64| {
        let s = PyInstance::with_native(t.clone(), Native::TextIO { fd });
        s.set_str(crate::name!("mode"), Value::str("w"));
        s.into_value()
    };
    set(&m, "stdout", stream(&io_type, 1));
    set(&m, "stderr", stream(&io_type, 2));
    set(&m, "__stdout__", stream(&io_type, 1));
    set(&m, "modules", Value::Dict(vm.modules.clone()));
    set(&m, "argv", Value::list(vm.argv.iter().map(|a| Value::str(a)).collect()));
    set(&m, "path", Value::list(vm.path.iter().map(|p| Value::string(p.to_string_lossy().to_string())).collect()));
    set(&m, "maxsize", Value::Int(i64::MAX));
    set(&m, "version", Value::str("3.11.7 (nsvm)"));
    set(&m, "version_info", Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)]));
    set(&m, "platform", Value::str("linux"));
    set(&m, "byteorder", Value::str("little"));
    set(&m, "executable", Value::string(std::env::current_exe().map(|p| p.to_string_lossy().to_string()).unwrap_or_default()));
    set(&m, "implementation_name", Value::str("nsvm"));
    let fns: &[(&str, super::BFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("intern", sys_intern),
        ("getsizeof", sys_getsizeof),
    ];
    for (n, f) in fns {
        set(&m, n, super::builtin_fn(n, *f));
    }
    m
}

fn sys_exit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let t = vm.exc_type(ExcKind::SystemExit);
    Err(vm.new_exception(t, args.to_vec()))
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.user_recursion_limit() as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [v] = fixed(vm, "sys.setrecursionlimit", args)?;
    let n = ops::c_int_of(vm, v)?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // Past `SAFE_DEPTH`, the native stack bounds recursion too (`Vm::may_go_deeper`).
    vm.set_recursion_limit(n as u32);
    #[cfg(feature = "fuzzing")]
    {
        vm.set_recursion_limit((n as u32).min(crate::fuzz::FUZZ_RECURSION_LIMIT));
    }
    Ok(Value::None)
}

fn sys_get_int_max_str_digits(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    fixed::<0>(vm, "sys.get_int_max_str_digits", args)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or more than 640.
fn sys_set_int_max_str_digits(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let by_kw = kw.iter().find(|(k, _)| k.as_str() == "maxdigits").map(|(_, v)| v.clone());
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "maxdigits") {
        return Err(vm.type_error(format!("set_int_max_str_digits() got an unexpected keyword argument '{}'", k.as_str())));
    }
    let v = match (args, by_kw) {
        ([v], None) => v.clone(),
        ([], Some(v)) => v,
        ([], None) => return Err(vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")),
        ([_], Some(_)) => return Err(vm.type_error("argument for set_int_max_str_digits() given by name ('maxdigits') and position (1)")),
        _ => return Err(vm.type_error(format!("set_int_max_str_digits() takes at most 1 argument ({} given)", args.len()))),
    };
    let n = ops::c_int_of(vm, &v)? as i64;
    if n != 0 && n < crate::interp::num::INT_MAX_STR_DIGITS_THRESHOLD as i64 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::None)
}

fn sys_intern(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match fixed(vm, "sys.intern", args)? {
        [Value::Str(s)] => Ok(Value::Str(intern(s.as_str()))),
        [other] => Err(vm.type_error(format!("intern() argument 1 must be str, not {}", other.type_name()))),
    }
}

fn sys_getsizeof(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = arg(vm, args, 0)?;
    Ok(Value::Int(match &v {
        Value::Int(_) => 28,
        Value::Float(_) => 24,
        Value::Str(s) => 49 + s.s.len() as i64,
        Value::List(l) => 56 + 8 * l.items.borrow().len() as i64,
        Value::Tuple(t) => 40 + 8 * t.items.len() as i64,
        _ => 48,
    }))
}

// ----- math -----

fn num_arg(vm: &mut Vm, args: &[Value], i: usize, name: &str) -> PyResult<f64> {
    match args.get(i) {
        Some(v) => match v {
            Value::Float(f) => Ok(f.get()),
            Value::Int(n) => Ok(*n as f64),
            Value::Bool(b) => Ok(b.get() as i64 as f64),
            Value::BigInt(b) => super::num_to_f64(vm, b),
            // PyFloat_AsDouble: `__float__`, else `__index__`, whose own
            // errors (a wrong return type, an exception raised) propagate.
            Value::Instance(i)
                if matches!(i.payload(), Some(Value::Float(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_)))
                    || attr_present(vm, v, "__float__")
                    || attr_present(vm, v, "__index__") =>
            {
                types::to_float(vm, v)
            }
            other => Err(vm.type_error(format!("must be real number, not {}", other.type_name()))),
        },
        None => Err(vm.type_error(format!("{name}() missing required argument (pos {})", i + 1))),
    }
}

fn attr_present(vm: &mut Vm, v: &Value, name: &str) -> bool {
    crate::interp::attr::user_method(vm, v, name).is_some()
}

fn domain(vm: &Vm) -> crate::objects::PyErr {
    vm.value_error("math domain error")
}

fn float_to_int_value(vm: &Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.2e18 {
        Ok(Value::Int(f as i64))
    } else {
        Ok(Value::from_bigint(ops::float_to_big(f)))
    }
}

macro_rules! math1 {
    ($name:ident, $pyname:literal, |$vm:ident, $x:ident| $body:expr) => {
        fn $name($vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
            fixed::<1>($vm, concat!("math.", $pyname), args)?;
            let $x = num_arg($vm, args, 0, $pyname)?;
            $body
        }
    };
}

math1!(m_sqrt, "sqrt", |vm, x| if x < 0.0 { Err(domain(vm)) } else { Ok(Value::float(x.sqrt())) });
math1!(m_exp, "exp", |vm, x| {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        Err(vm.overflow("math range error"))
    } else {
        Ok(Value::float(r))
    }
});
math1!(m_sin, "sin", |vm, x| if x.is_infinite() { Err(domain(vm)) } else { Ok(Value::float(x.sin())) });
math1!(m_cos, "cos", |vm, x| if x.is_infinite() { Err(domain(vm)) } else { Ok(Value::float(x.cos())) });
math1!(m_tan, "tan", |vm, x| if x.is_infinite() { Err(domain(vm)) } else { Ok(Value::float(x.tan())) });
math1!(m_asin, "asin", |vm, x| if !(-1.0..=1.0).contains(&x) { Err(domain(vm)) } else { Ok(Value::float(x.asin())) });
math1!(m_acos, "acos", |vm, x| if !(-1.0..=1.0).contains(&x) { Err(domain(vm)) } else { Ok(Value::float(x.acos())) });
math1!(m_atan, "atan", |_vm, x| Ok(Value::float(x.atan())));
math1!(m_fabs, "fabs", |_vm, x| Ok(Value::float(x.abs())));
math1!(m_log2, "log2", |vm, x| if x <= 0.0 { Err(domain(vm)) } else { Ok(Value::float(x.log2())) });
math1!(m_log10, "log10", |vm, x| if x <= 0.0 { Err(domain(vm)) } else { Ok(Value::float(x.log10())) });
math1!(m_isfinite, "isfinite", |_vm, x| Ok(Value::bool(x.is_finite())));
math1!(m_isinf, "isinf", |_vm, x| Ok(Value::bool(x.is_infinite())));
math1!(m_isnan, "isnan", |_vm, x| Ok(Value::bool(x.is_nan())));
math1!(m_degrees, "degrees", |_vm, x| Ok(Value::float(x.to_degrees())));
math1!(m_radians, "radians", |_vm, x| Ok(Value::float(x.to_radians())));
math1!(m_sinh, "sinh", |_vm, x| Ok(Value::float(x.sinh())));
math1!(m_cosh, "cosh", |_vm, x| Ok(Value::float(x.cosh())));
math1!(m_tanh, "tanh", |_vm, x| Ok(Value::float(x.tanh())));

fn int_passthrough(v: &Value) -> Option<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Some(v.clone()),
        Value::Bool(b) => Some(Value::Int(b.get() as i64)),
        _ => None,
    }
}

fn m_floor(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [x] = fixed(vm, "math.floor", args)?;
    if let Some(v) = int_passthrough(x) {
        return Ok(v);
    }
    if let Some(f) = crate::interp::attr::user_method(vm, x, "__floor__") {
        return vm.call(&f, std::slice::from_ref(x), &[]);
    }
    let x = num_arg(vm, args, 0, "floor")?;
    float_to_int_value(vm, x.floor())
}

fn m_ceil(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [x] = fixed(vm, "math.ceil", args)?;
    if let Some(v) = int_passthrough(x) {
        return Ok(v);
    }
    if let Some(f) = crate::interp::attr::user_method(vm, x, "__ceil__") {
        return vm.call(&f, std::slice::from_ref(x), &[]);
    }
    let x = num_arg(vm, args, 0, "ceil")?;
    float_to_int_value(vm, x.ceil())
}

fn m_trunc(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [x] = fixed(vm, "math.trunc", args)?;
    if let Some(v) = int_passthrough(x) {
        return Ok(v);
    }
    let x = num_arg(vm, args, 0, "trunc")?;
    float_to_int_value(vm, x.trunc())
}

fn m_log(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([x], [base]) = unpack::<1, 1>(args, || vm.type_error("math.log requires 1 to 2 arguments"))?;
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        match v {
            Value::BigInt(b) => {
                use num_traits::Signed;
                if !b.is_positive() {
                    return Err(domain(vm));
                }
                let bits = b.bits() as i64;
                let shift = (bits - 60).max(0);
                let top: f64 = num_traits::ToPrimitive::to_f64(&(&**b >> shift as usize)).unwrap_or(1.0);
                Ok(top.ln() + shift as f64 * std::f64::consts::LN_2)
            }
            other => {
                let x = num_arg(vm, std::slice::from_ref(other), 0, "log")?;
                if x <= 0.0 {
                    return Err(domain(vm));
                }
                Ok(x.ln())
            }
        }
    };
    let a = ln(vm, x)?;
    if let Some(b) = base {
        let lb = ln(vm, b)?;
        if lb == 0.0 {
            return Err(vm.zero_div("float division by zero"));
        }
        return Ok(Value::float(a / lb));
    }
    Ok(Value::float(a))
}

fn m_pow(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    arity(vm, "pow", args, 2, 2)?;
    let x = num_arg(vm, args, 0, "pow")?;
    let y = num_arg(vm, args, 1, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow("math range error"));
    }
    Ok(Value::float(r))
}

fn m_atan2(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    arity(vm, "atan2", args, 2, 2)?;
    let y = num_arg(vm, args, 0, "atan2")?;
    let x = num_arg(vm, args, 1, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn m_hypot(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for i in 0..args.len() {
        let x = num_arg(vm, args, i, "hypot")?;
        acc = acc.hypot(x);
    }
    Ok(Value::float(acc))
}

fn m_copysign(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    arity(vm, "copysign", args, 2, 2)?;
    let x = num_arg(vm, args, 0, "copysign")?;
    let y = num_arg(vm, args, 1, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    arity(vm, "fmod", args, 2, 2)?;
    let x = num_arg(vm, args, 0, "fmod")?;
    let y = num_arg(vm, args, 1, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain(vm));
    }
    Ok(Value::float(x % y))
}

fn int_args(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<BigInt>> {
    args.iter().map(|a| int_arg(vm, a)).collect()
}

fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(b.get() as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name()))),
    }
}

fn m_gcd(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use num_integer::Integer;
    let xs = int_args(vm, args)?;
    let mut g = BigInt::from(0);
    for x in xs {
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g))
}

fn m_lcm(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use num_integer::Integer;
    let xs = int_args(vm, args)?;
    let mut l = BigInt::from(1);
    for x in xs {
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(l))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use num_traits::Signed;
    let [x] = fixed(vm, "math.isqrt", args)?;
    let x = int_arg(vm, x)?;
    if x.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(x.sqrt()))
}

fn m_factorial(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [x] = fixed(vm, "math.factorial", args)?;
    if let Value::Float(_) = x {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = ops::index_of(vm, x)?;
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut r = BigInt::from(1);
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}

fn m_comb(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [n, k] = fixed(vm, "comb", args)?;
    let n = ops::index_of(vm, n)?;
    let k = ops::index_of(vm, k)?;
    if n < 0 || k < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let mut r = BigInt::from(1);
    for i in 0..k {
        r = r * (n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn m_perm(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let ([n], [k]) = optional::<1, 1>(vm, "perm", args)?;
    let n = ops::index_of(vm, n)?;
    let k = match k {
        Some(Value::None) | None => n,
        Some(v) => ops::index_of(vm, v)?,
    };
    if n < 0 || k < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = BigInt::from(1);
    for i in 0..k {
        r *= n - i;
    }
    Ok(Value::from_bigint(r))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    // Argument clinic's messages (`prod(iterable, /, *, start=1)`).
    let [iterable] = unpack::<1, 0>(args, || match args.len() {
        n @ 3.. => vm.type_error(format!("prod() takes at most 2 arguments ({n} given)")),
        n => vm.type_error(format!("prod() takes exactly 1 positional argument ({n} given)")),
    })?
    .0;
    let mut acc = super::kwarg(kw, "start").cloned().unwrap_or(Value::Int(1));
    for x in ops::iterate(vm, iterable)? {
        acc = ops::binary_op(vm, crate::bytecode::BinOpKind::Mul, &acc, &x)?;
    }
    Ok(acc)
}

fn m_fsum(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [iterable] = fixed(vm, "math.fsum", args)?;
    // Exact summation with partials (Shewchuk), as math.fsum.
    let mut partials: Vec<f64> = Vec::new();
    for x in ops::iterate(vm, iterable)? {
        let mut x = num_arg(vm, std::slice::from_ref(&x), 0, "fsum")?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::float(partials.iter().sum()))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity(vm, "isclose", args, 2, 2)?;
    let a = num_arg(vm, args, 0, "isclose")?;
    let b = num_arg(vm, args, 1, "isclose")?;
    let rel = match super::kwarg(kw, "rel_tol") {
        Some(v) => num_arg(vm, std::slice::from_ref(v), 0, "isclose")?,
        None => 1e-9,
    };
    let abs_tol = match super::kwarg(kw, "abs_tol") {
        Some(v) => num_arg(vm, std::slice::from_ref(v), 0, "isclose")?,
        None => 0.0,
    };
    if a == b {
        return Ok(Value::Bool(B64::TRUE));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(B64::FALSE));
    }
    let d = (a - b).abs();
    Ok(Value::bool(d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs_tol))
}

fn m_modf(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    fixed::<1>(vm, "math.modf", args)?;
    let x = num_arg(vm, args, 0, "modf")?;
    let i = x.trunc();
    Ok(Value::tuple(vec![Value::float((x - i).copysign(x)), Value::float(i)]))
}

/// `x * 2**n`, rounded once (musl's `scalbn`: the scaling towards the
/// subnormal range is done with 53 spare bits so that only the last
/// multiplication rounds).
fn scalbn(x: f64, n: i32) -> f64 {
    let p2 = |k: i32| f64::from_bits(((0x3ff + k) as u64) << 52);
    let (mut y, mut n) = (x, n);
    if n > 1023 {
        y *= p2(1023);
        n -= 1023;
        if n > 1023 {
            y *= p2(1023);
            n = (n - 1023).min(1023);
        }
    } else if n < -1022 {
        y *= p2(-1022) * p2(53);
        n += 1022 - 53;
        if n < -1022 {
            y *= p2(-1022) * p2(53);
            n = (n + 1022 - 53).max(-1022);
        }
    }
    y * p2(n)
}

/// `math.ldexp(x, i)`: `i` must be an int (CPython's `PyLong_Check`, no
/// `__index__`); an exponent beyond a C long is clamped, as CPython does.
fn m_ldexp(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let [_, exp] = fixed(vm, "ldexp", args)?;
    let x = num_arg(vm, args, 0, "ldexp")?;
    let int = match exp {
        Value::Instance(i) => i.payload(),
        v => Some(v.clone()),
    };
    let e: i64 = match int {
        Some(Value::Int(i)) => i,
        Some(Value::Bool(b)) => b.get() as i64,
        Some(Value::BigInt(b)) => {
            if num_traits::Signed::is_negative(&*b) {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => return Err(vm.type_error("Expected an int as second argument to ldexp.")),
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i32::MAX as i64 {
        return Err(vm.overflow("math range error"));
    } else if e < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        scalbn(x, e as i32)
    };
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow("math range error"));
    }
    Ok(Value::float(r))
}

/// `math.frexp(x)`: (m, e) with x == m * 2**e and 0.5 <= |m| < 1; zeros,
/// infinities and NaN come back as (x, 0).
fn m_frexp(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    fixed::<1>(vm, "math.frexp", args)?;
    let x = num_arg(vm, args, 0, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::float(x), Value::Int(0)]));
    }
    let (y, bias) = if x.abs() < f64::MIN_POSITIVE { (x * f64::from_bits((0x3ff + 54u64) << 52), -54) } else { (x, 0) };
    let bits = y.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e + bias)]))
}

pub fn make_math(vm: &mut Vm) -> Rc<PyModule> {
    let m = module(vm, "math");
    set(&m, "pi", Value::float(std::f64::consts::PI));
    set(&m, "e", Value::float(std::f64::consts::E));
    set(&m, "tau", Value::float(std::f64::consts::TAU));
    set(&m, "inf", Value::float(f64::INFINITY));
    set(&m, "nan", Value::float(f64::NAN));
    let fns: &[(&str, super::BFn)] = &[
        ("sqrt", m_sqrt),
        ("exp", m_exp),
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("atan2", m_atan2),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("fabs", m_fabs),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("pow", m_pow),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("isfinite", m_isfinite),
        ("isinf", m_isinf),
        ("isnan", m_isnan),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("hypot", m_hypot),
        ("copysign", m_copysign),
        ("fmod", m_fmod),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("isqrt", m_isqrt),
        ("factorial", m_factorial),
        ("comb", m_comb),
        ("perm", m_perm),
        ("prod", m_prod),
        ("fsum", m_fsum),
        ("isclose", m_isclose),
        ("modf", m_modf),
        ("ldexp", m_ldexp),
        ("frexp", m_frexp),
    ];
    for (n, f) in fns {
        set(&m, n, super::builtin_fn(n, *f));
    }
    m
}

// ----- __future__ -----

/// The `__future__` module's source: one record per feature, with the
/// names, releases and compiler flags of CPython 3.11 (facts of its
/// documented API, made here from a table).
const FUTURE_SRC: &str = r#""""The future statements of Python 3.11: when each feature came, when it
became (or will become) the default, and its compiler flag."""


class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The first release that accepts the future statement."""
        return self.optional

    def getMandatoryRelease(self):
        """The release where the feature is always on (None: no such plan)."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


_TABLE = [
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), "CO_NESTED", 0x10),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), "CO_GENERATOR_ALLOWED", 0),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), "CO_FUTURE_DIVISION", 0x20000),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), "CO_FUTURE_ABSOLUTE_IMPORT", 0x40000),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), "CO_FUTURE_WITH_STATEMENT", 0x80000),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), "CO_FUTURE_PRINT_FUNCTION", 0x100000),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), "CO_FUTURE_UNICODE_LITERALS", 0x200000),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), "CO_FUTURE_BARRY_AS_BDFL", 0x400000),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), "CO_FUTURE_GENERATOR_STOP", 0x800000),
    ("annotations", (3, 7, 0, "beta", 1), None, "CO_FUTURE_ANNOTATIONS", 0x1000000),
]
all_feature_names = [row[0] for row in _TABLE]
__all__ = ["all_feature_names"] + all_feature_names
for _row in _TABLE:
    globals()[_row[3]] = _row[4]
    globals()[_row[0]] = _Feature(_row[1], _row[2], _row[4])
del _row, _TABLE
"#;

/// `__future__`, run from its source into a fresh module. What the
/// feature names mean at compile time is the compiler's business
/// (`compiler::future`); this module only describes them.
pub fn make_future(vm: &mut Vm) -> Rc<PyModule> {
    let m = crate::interp::import::new_module(vm, "__future__");
    if let Ok(co) = crate::compiler::compile_source(FUTURE_SRC, "<frozen __future__>", crate::bytecode::CodeKind::Module) {
        let code = crate::objects::PyCode::load(Rc::new(co));
        let _ = vm.run_code(code, None, m.dict.clone(), None);
    }
    m
}

// ----- time -----

fn t_time(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(Value::float(d.as_secs_f64()))
}

fn t_time_ns(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(Value::from_bigint(BigInt::from(d.as_nanos())))
}

thread_local! {
    static START: std::time::Instant = std::time::Instant::now();
}

fn t_perf(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::float(START.with(|s| s.elapsed().as_secs_f64())))
}

fn t_perf_ns(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::from_bigint(BigInt::from(START.with(|s| s.elapsed().as_nanos()))))
}

fn t_sleep(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = num_arg(vm, args, 0, "sleep")?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_out();
    // A fuzzed program must not wait (see `crate::fuzz`).
    #[cfg(not(feature = "fuzzing"))]
    std::thread::sleep(std::time::Duration::from_secs_f64(s.min(1e6)));
    Ok(Value::None)
}

pub fn make_time(vm: &mut Vm) -> Rc<PyModule> {
    let m = module(vm, "time");
    let fns: &[(&str, super::BFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("perf_counter", t_perf),
        ("perf_counter_ns", t_perf_ns),
        ("monotonic", t_perf),
        ("monotonic_ns", t_perf_ns),
        ("process_time", t_perf),
        ("sleep", t_sleep),
    ];
    for (n, f) in fns {
        set(&m, n, super::builtin_fn(n, *f));
    }
    m
}

/// The `gc` module: the cycle collector's switches (`objects::gc`).
pub fn make_gc(vm: &mut Vm) -> Rc<PyModule> {
    let m = module(vm, "gc");
    // The collector's state is per thread; each VM starts with CPython's
    // switches whatever a VM before it on this thread set.
    crate::objects::gc::set_enabled(true);
    crate::objects::gc::set_thresholds(&[700, 10, 10]);
    // A testing knob: `NSVM_GC_THRESHOLD0=1` collects at nearly every
    // container allocation, to run any program as a test of the collector.
    if let Some(t) = std::env::var("NSVM_GC_THRESHOLD0").ok().and_then(|s| s.parse::<i64>().ok()) {
        crate::objects::gc::set_thresholds(&[t]);
    }
    let fns: &[(&str, super::BFn)] = &[
        ("collect", gc_collect),
        ("enable", gc_enable),
        ("disable", gc_disable),
        ("isenabled", gc_isenabled),
        ("get_threshold", gc_get_threshold),
        ("set_threshold", gc_set_threshold),
        ("get_count", gc_get_count),
    ];
    for (n, f) in fns {
        set(&m, n, super::builtin_fn(n, *f));
    }
    m
}

/// Refuses arguments to a `gc` function that takes none.
fn gc_no_args(vm: &Vm, name: &str, args: &[Value], kw: &KwArgs) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    if !args.is_empty() {
        return Err(vm.type_error(format!("gc.{name}() takes no arguments ({} given)", args.len())));
    }
    Ok(())
}

fn gc_collect(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut gen = args.first().cloned();
    if args.len() + kw.len() > 1 {
        return Err(vm.type_error(format!("collect() takes at most 1 argument ({} given)", args.len() + kw.len())));
    }
    for (k, v) in kw {
        if k.as_str() != "generation" {
            return Err(vm.type_error(format!("'{}' is an invalid keyword argument for collect()", k.as_str())));
        }
        gen = Some(v.clone());
    }
    let g = match gen {
        Some(v) => ops::c_int_of(vm, &v)?,
        None => 2,
    };
    if !(0..=2).contains(&g) {
        return Err(vm.value_error("invalid generation"));
    }
    Ok(Value::Int(crate::objects::gc::collect(g as usize) as i64))
}

fn gc_enable(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gc_no_args(vm, "enable", args, kw)?;
    crate::objects::gc::set_enabled(true);
    Ok(Value::None)
}

fn gc_disable(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gc_no_args(vm, "disable", args, kw)?;
    crate::objects::gc::set_enabled(false);
    Ok(Value::None)
}

fn gc_isenabled(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gc_no_args(vm, "isenabled", args, kw)?;
    Ok(Value::bool(crate::objects::gc::is_enabled()))
}

fn gc_get_threshold(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gc_no_args(vm, "get_threshold", args, kw)?;
    Ok(Value::tuple(crate::objects::gc::thresholds().iter().map(|&t| Value::Int(t)).collect()))
}

fn gc_get_count(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    gc_no_args(vm, "get_count", args, kw)?;
    Ok(Value::tuple(crate::objects::gc::counts().iter().map(|&c| Value::Int(c as i64)).collect()))
}

fn gc_set_threshold(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    match args.len() {
        0 => return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)")),
        1..=3 => {}
        n => return Err(vm.type_error(format!("set_threshold() takes at most 3 arguments ({n} given)"))),
    }
    let mut t = Vec::with_capacity(args.len());
    for a in args {
        // CPython parses each as a C `int` ("i").
        let v = if matches!(a, Value::BigInt(_)) {
            ops::index_of(vm, a).map_err(|_| vm.overflow("Python int too large to convert to C long"))?
        } else {
            ops::index_of(vm, a)?
        };
        if v > i32::MAX as i64 {
            return Err(vm.overflow("signed integer is greater than maximum"));
        }
        if v < i32::MIN as i64 {
            return Err(vm.overflow("signed integer is less than minimum"));
        }
        t.push(v);
    }
    crate::objects::gc::set_thresholds(&t);
    Ok(Value::None)
}

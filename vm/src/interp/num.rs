//! Arithmetic on `int` (a 64-bit fast path that promotes to a big integer
//! on overflow and demotes results that fit) and `float`, with CPython's
//! floor-division and modulo conventions and error messages.

use super::vm::Vm;
use crate::bytecode::BinOpKind;
use crate::objects::{PyResult, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// A numeric operand after unwrapping bools.
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(b.get() as i64)),
        Value::BigInt(b) => Some(Num::B((**b).clone())),
        Value::Float(f) => Some(Num::F(f.get())),
        _ => None,
    }
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(_) => BigInt::zero(),
    }
}

pub fn big_to_f64(vm: &Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow("int too large to convert to float")),
    }
}

pub fn num_to_f64(vm: &Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::I(i) => Ok(*i as f64),
        Num::B(b) => big_to_f64(vm, b),
        Num::F(f) => Ok(*f),
    }
}

/// Applies `kind` to two numbers; `None` when the operator does not apply.
pub fn num_binop(vm: &Vm, kind: BinOpKind, a: Num, b: Num) -> PyResult<Option<Value>> {
    match (&a, &b) {
        (Num::F(_), _) | (_, Num::F(_)) => {
            let x = num_to_f64(vm, &a)?;
            let y = num_to_f64(vm, &b)?;
            float_binop(vm, kind, x, y)
        }
        (Num::I(x), Num::I(y)) => int_binop(vm, kind, *x, *y),
        _ => big_binop(vm, kind, to_big(&a), to_big(&b)),
    }
}

fn int_binop(vm: &Vm, kind: BinOpKind, x: i64, y: i64) -> PyResult<Option<Value>> {
    use BinOpKind as K;
    let r = match kind {
        K::Add => x.checked_add(y),
        K::Sub => x.checked_sub(y),
        K::Mul => x.checked_mul(y),
        K::FloorDiv => {
            if y == 0 {
                return Err(vm.zero_div("integer division or modulo by zero"));
            }
            x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
        }
        K::Mod => {
            if y == 0 {
                return Err(vm.zero_div("integer modulo by zero"));
            }
            x.checked_rem(y).map(|_| x.mod_floor(&y))
        }
        K::TrueDiv => {
            if y == 0 {
                return Err(vm.zero_div("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Some(Value::float(x as f64 / y as f64)));
            }
            return big_binop(vm, kind, BigInt::from(x), BigInt::from(y));
        }
        K::Pow => {
            if y < 0 {
                return float_binop(vm, K::Pow, x as f64, y as f64);
            }
            match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                Some(v) => Some(v),
                None => return big_binop(vm, kind, BigInt::from(x), BigInt::from(y)),
            }
        }
        K::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x.unsigned_abs().leading_zeros() as i64) > y + 1 {
                Some(x << y)
            } else {
                None
            }
        }
        K::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        K::And => Some(x & y),
        K::Or => Some(x | y),
        K::Xor => Some(x ^ y),
        K::MatMul => return Ok(None),
    };
    match r {
        Some(v) => Ok(Some(Value::Int(v))),
        None => big_binop(vm, kind, BigInt::from(x), BigInt::from(y)),
    }
}

fn big_binop(vm: &Vm, kind: BinOpKind, x: BigInt, y: BigInt) -> PyResult<Option<Value>> {
    use BinOpKind as K;
    let r = match kind {
        K::Add => x + y,
        K::Sub => x - y,
        K::Mul => x * y,
        K::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_div("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        K::Mod => {
            if y.is_zero() {
                return Err(vm.zero_div("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        K::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_div("division by zero"));
            }
            return Ok(Some(Value::float(big_true_div(vm, &x, &y)?)));
        }
        K::Pow => {
            if y.is_negative() {
                let fx = big_to_f64(vm, &x)?;
                let fy = big_to_f64(vm, &y)?;
                return float_binop(vm, K::Pow, fx, fy);
            }
            match y.to_u32() {
                Some(e) => num_traits::pow::Pow::pow(&x, e),
                None => {
                    if x.is_zero() || x == BigInt::from(1) {
                        x
                    } else if x == BigInt::from(-1) {
                        if y.is_even() {
                            BigInt::from(1)
                        } else {
                            x
                        }
                    } else {
                        return Err(vm.overflow("exponent too large"));
                    }
                }
            }
        }
        K::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            if x.is_zero() {
                return Ok(Some(Value::Int(0)));
            }
            match y.to_usize() {
                Some(s) if s < (1 << 32) => x << s,
                _ => return Err(huge_lshift(vm, &x, &y)),
            }
        }
        K::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => {
                    // Arithmetic shift: floor division by a power of two.
                    if x.is_negative() {
                        let one = BigInt::from(1);
                        -(((-x) - &one) >> s) - one
                    } else {
                        x >> s
                    }
                }
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        K::And => x & y,
        K::Or => x | y,
        K::Xor => x ^ y,
        K::MatMul => return Ok(None),
    };
    Ok(Some(Value::from_bigint(r)))
}

/// The error of `x << y` for a shift of 2**32 bits or more, as CPython's
/// `long_lshift1` gives it: it counts the result's 30-bit digits, the
/// word shift clipped to `PY_SSIZE_T_MAX / 4` as `divmod_shift` does;
/// past `MAX_LONG_DIGITS` it is OverflowError "too many digits in
/// integer", and below that the allocation fails (MemoryError), short of
/// the multi-gigabyte results this VM does not build.
#[cold]
#[inline(never)]
fn huge_lshift(vm: &Vm, x: &BigInt, y: &BigInt) -> crate::objects::PyErr {
    const CLIP: u64 = (i64::MAX as u64) / 4;
    const MAX_LONG_DIGITS: u64 = (i64::MAX as u64 - 24) / 4;
    let (word, rem) = y.div_rem(&BigInt::from(30));
    let word = word.to_u64().map_or(CLIP, |w| w.min(CLIP));
    let size = x.bits().div_ceil(30) + word + u64::from(!rem.is_zero());
    if size > MAX_LONG_DIGITS {
        vm.overflow("too many digits in integer")
    } else {
        vm.memory_error()
    }
}

/// Correctly rounded int/int division for big operands.
fn big_true_div(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.abs() < 9007199254740992.0 && b.abs() < 9007199254740992.0 {
            return Ok(a / b);
        }
    }
    // Scale so the quotient has 64+ significant bits, then round once.
    let neg = x.is_negative() != y.is_negative();
    let (ax, ay) = (x.abs(), y.abs());
    let shift: i64 = 70 - (ax.bits() as i64 - ay.bits() as i64);
    let (num, den) = if shift >= 0 { (ax << (shift as usize), ay) } else { (ax, ay << ((-shift) as usize)) };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::from(1);
    } else {
        q <<= 1usize;
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - 1;
    let v = if exp >= -1074 { qf * 2f64.powi(exp.clamp(-1000, 1000)) * 2f64.powi(exp - exp.clamp(-1000, 1000)) } else { 0.0 };
    if !v.is_finite() {
        return Err(vm.overflow("integer division result too large for a float"));
    }
    Ok(if neg { -v } else { v })
}

pub fn float_floordiv(x: f64, y: f64) -> f64 {
    let m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 && ((y < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(x / y)
    }
}

pub fn float_mod(x: f64, y: f64) -> f64 {
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    m
}

pub fn float_binop(vm: &Vm, kind: BinOpKind, x: f64, y: f64) -> PyResult<Option<Value>> {
    use BinOpKind as K;
    let r = match kind {
        K::Add => x + y,
        K::Sub => x - y,
        K::Mul => x * y,
        K::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_div("float division by zero"));
            }
            x / y
        }
        K::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_div("float floor division by zero"));
            }
            float_floordiv(x, y)
        }
        K::Mod => {
            if y == 0.0 {
                return Err(vm.zero_div("float modulo"));
            }
            float_mod(x, y)
        }
        K::Pow => float_pow(vm, x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::float(r)))
}

pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_div("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(vm.value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow("(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

pub fn int_to_value(n: Num) -> Value {
    match n {
        Num::I(i) => Value::Int(i),
        Num::B(b) => Value::from_bigint(b),
        Num::F(f) => Value::float(f),
    }
}

/// CPython 3.11's default for `sys.set_int_max_str_digits`: decimal
/// conversions of more digits raise ValueError (a guard against the
/// quadratic cost of converting huge numbers, CVE-2020-10735).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The smallest limit `sys.set_int_max_str_digits` accepts (besides 0, no limit);
/// the message says "larger than 640" but 640 itself is accepted, as in CPython.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// ValueError when `v` has more decimal digits than the VM's limit allows
/// (`str`, `repr`, `%d`, `format(v, 'd')`). A bound from the bit length
/// settles most cases without converting; only near the limit are the
/// digits counted.
pub fn check_int_to_str(vm: &Vm, v: &BigInt) -> PyResult<()> {
    let limit = vm.int_max_str_digits;
    if limit == 0 {
        return Ok(());
    }
    // log10(2) < 0.30103; a number of `bits` bits has at most
    // floor(bits * log10 2) + 1 digits and at least floor((bits - 1) * log10 2) + 1.
    let bits = v.bits() as f64;
    let (lo, hi) = (((bits - 1.0) * std::f64::consts::LOG10_2) as usize + 1, (bits * std::f64::consts::LOG10_2) as usize + 1);
    let over = if hi <= limit {
        false
    } else if lo > limit {
        true
    } else {
        v.magnitude().to_string().len() > limit
    };
    if over {
        return Err(
            vm.value_error(format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"))
        );
    }
    Ok(())
}

/// ValueError when `int(s, base)` would read more digits than the VM's
/// limit allows. As CPython, the digits counted are the leading run of
/// digits (and single underscores) after the sign, the base prefix and
/// white space; bases that are powers of two have no limit.
pub fn check_str_to_int(vm: &Vm, s: &str, base: u32) -> PyResult<()> {
    let limit = vm.int_max_str_digits;
    if limit == 0 || s.len() <= limit {
        return Ok(());
    }
    let t = s.trim_start();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = |p: &str| t.get(..2).is_some_and(|x| x.eq_ignore_ascii_case(p));
    let (base, t) = if lower("0x") && (base == 0 || base == 16) {
        (16, &t[2..])
    } else if lower("0o") && (base == 0 || base == 8) {
        (8, &t[2..])
    } else if lower("0b") && (base == 0 || base == 2) {
        (2, &t[2..])
    } else {
        (if base == 0 { 10 } else { base }, t)
    };
    if base.is_power_of_two() {
        return Ok(());
    }
    let mut digits = 0usize;
    let mut prev_underscore = false;
    for c in t.chars() {
        if c == '_' {
            if prev_underscore {
                break;
            }
            prev_underscore = true;
            continue;
        }
        match c.to_digit(36).or_else(|| unicode_decimal(c)) {
            Some(d) if d < base => digits += 1,
            _ => break,
        }
        prev_underscore = false;
    }
    if digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

pub use crate::objects::numfmt::unicode_decimal;

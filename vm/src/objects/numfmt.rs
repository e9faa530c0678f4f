//! TEMPORARY stand-in until the real formatting module lands.
use num_bigint::BigInt;
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        "nan".into()
    } else if x.is_infinite() {
        if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if x == x.trunc() && x.abs() < 1e16 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}
pub fn str_repr(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'").replace('\n', "\\n"))
}
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    let _ = spec;
    Ok(FormatSpec { fill: ' ', align: None, sign: None, alternate: false, zero_pad: false, width: None, grouping: None, precision: None, ty: None })
}
pub fn format_int(v: &BigInt, _spec: &FormatSpec) -> Result<String, String> {
    Ok(v.to_string())
}
pub fn format_float(v: f64, _spec: &FormatSpec) -> Result<String, String> {
    Ok(float_repr(v))
}
pub fn format_str(v: &str, _spec: &FormatSpec) -> Result<String, String> {
    Ok(v.to_string())
}
pub fn int_to_base(v: &BigInt, base: u32) -> String {
    v.to_str_radix(base)
}
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    BigInt::parse_bytes(s.trim().replace('_', "").as_bytes(), if base == 0 { 10 } else { base })
        .ok_or_else(|| format!("invalid literal for int() with base {base}: {}", str_repr(s)))
}
pub fn parse_float(s: &str) -> Result<f64, String> {
    s.trim().parse().map_err(|_| format!("could not convert string to float: {}", str_repr(s)))
}
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, String> {
    let p = 10f64.powi(ndigits as i32);
    Ok((x * p).round() / p)
}
pub fn percent_format_float(v: f64, _conv: char, _flags: &str, _width: Option<usize>, precision: Option<usize>) -> String {
    format!("{:.*}", precision.unwrap_or(6), v)
}
pub fn percent_format_int(v: &BigInt, _conv: char, _flags: &str, _width: Option<usize>, _precision: Option<usize>) -> String {
    v.to_string()
}

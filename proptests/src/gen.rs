//! Random Python programs, weighted toward namespace behaviour.
//!
//! A program is a list of statements over a small universe of names, so
//! that statements keep meeting each other's bindings: globals `g0`..`g3`,
//! builtins that programs shadow and patch (`len`, `abs`, `min`, `max`),
//! functions `f0`..`f2`, classes `C0`, `C1`, instances `o0`..`o2`, and
//! attributes `a`, `b`, `c`. Statements patch classes and their bases in
//! and between loops, assign `__class__`, make a descriptor a data
//! descriptor after the fact, add and remove `__getattr__`, and write
//! through `__dict__`, while one-site readers (`_read_a`, `_call_m`) see
//! objects of every shape: what inline caches must survive. Every statement runs inside
//! `try`/`except Exception`, which prints what was raised, so every program
//! runs to the end; loops are bounded, so every program terminates. Values
//! are printed through `_show`, which prints ints and strings as
//! themselves and anything else by type name (no addresses). The last line
//! prints the module's non-dunder globals, sorted, with their shown values.
//!
//! The AST is what proptest generates and shrinks; `render` turns it into
//! source text.

use proptest::prelude::*;

pub const GLOBALS: [&str; 4] = ["g0", "g1", "g2", "g3"];
pub const BUILTINS: [&str; 4] = ["len", "abs", "min", "max"];
pub const ATTRS: [&str; 3] = ["a", "b", "c"];
pub const FUNCS: u8 = 3;
pub const CLASSES: u8 = 2;
pub const OBJECTS: u8 = 3;

/// A name a program reads: a global or a builtin.
#[derive(Clone, Copy, Debug)]
pub enum Name {
    Global(u8),
    Builtin(u8),
}

#[derive(Clone, Debug)]
pub enum Expr {
    Int(i8),
    Str(u8),
    Read(Name),
    /// `NAME + k`
    AddInt(Name, i8),
    /// `BUILTIN(arg)` with an argument that suits every builtin here.
    CallBuiltin(u8),
    /// `fN()`
    CallFunc(u8),
    /// `oN.attr`
    Attr(u8, u8),
}

/// Statements inside a function body.
#[derive(Clone, Debug)]
pub enum FStmt {
    /// `_r.append(_show(EXPR))` inside its own try.
    Observe(Expr),
    /// `gN = EXPR` (a local unless the function declared `gN` global).
    Assign(u8, Expr),
    /// `del gN`
    Del(u8),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    Assign(u8, Expr),
    AddTo(u8, i8),
    Del(u8),
    Print(Expr),
    /// `globals()['gN'] = EXPR`
    GlobalsSet(u8, Expr),
    /// `_print(globals().pop('gN', 'absent'))` shown
    GlobalsPop(u8),
    /// `globals()[_Odd('gN')] = EXPR`: a key whose `__eq__` is Python code
    /// (a module namespace in slots becomes a hash table)
    OddSet(u8, Expr),
    /// `_print(globals().pop(_Odd('gN'), 'absent'))` shown
    OddPop(u8),
    /// `vars(_sys.modules[__name__])['gN'] = EXPR`
    VarsSet(u8, Expr),
    /// `BUILTIN = lambda *_a: EXPR` (a global shadowing a builtin)
    Shadow(u8, Expr),
    /// `del BUILTIN` (removing the shadow)
    Unshadow(u8),
    /// `_builtins.BUILTIN = lambda *_a: EXPR`
    PatchBuiltin(u8, Expr),
    /// `_builtins.BUILTIN = _orig_BUILTIN`
    RestoreBuiltin(u8),
    /// `def fN(): global ...; body; return _r`
    Def {
        func: u8,
        globals: Vec<u8>,
        body: Vec<FStmt>,
    },
    /// `_print('fN', fN())`
    Call(u8),
    /// `exec(SOURCE, globals())`
    ExecGlobals(Vec<Stmt>),
    /// `exec(SOURCE, _d)` with a fresh dict holding the helpers, then print
    /// the names it bound.
    ExecFresh(Vec<Stmt>),
    /// `for _i in range(n):` BODY (the body may rebind what it reads)
    Loop(u8, Vec<Stmt>),
    /// `class CN:` with class attributes and a method `m` reading `self.ATTR`
    Class {
        class: u8,
        attrs: Vec<(u8, i8)>,
        reads: u8,
    },
    /// `oN = CN()`
    New(u8, u8),
    SetAttr(u8, u8, Expr),
    DelAttr(u8, u8),
    /// `oN.__dict__['ATTR'] = EXPR`
    DictWrite(u8, u8, Expr),
    /// `_print(sorted shown items of oN.__dict__)`
    ShowDict(u8),
    /// `_print(_show(oN.m()))`
    CallMethod(u8),
    /// `CN.ATTR = EXPR`
    ClassAttr(u8, u8, Expr),
    DelClassAttr(u8, u8),
    /// `CN.m = lambda self: ...` (a method replaced at run time)
    ReplaceMethod(u8, u8),
    /// `CN.ATTR = property(...)` (a data descriptor)
    Property(u8, u8),
    /// `CN.ATTR = _NonData()` (a non-data descriptor)
    NonData(u8, u8),
    /// Reads `ATTR` from every object in turn through one function (one
    /// attribute site called with objects of many shapes).
    ReadAll(u8),
    /// Calls `m` on every object in turn through one method-call site.
    CallAll,
    /// `C1.__bases__ = ...`: `(C0,)`, `(_Mix,)`, `(_Mix, C0)` or `(C0, _Mix)`.
    SetBases(u8),
    /// `oN.__class__ = C0 | C1 | _Mix`
    SetClass(u8, u8),
    /// `_NonData.__set__ = ...` (true: the descriptor becomes a data
    /// descriptor after the fact) or `del _NonData.__set__`.
    DescSet(bool),
    /// `CN.__getattr__ = lambda self, n: ...` (true) or `del CN.__getattr__`.
    Getattr(u8, bool),
    /// `oN.__dict__.update({'ATTR': EXPR})`
    DictUpdate(u8, u8, Expr),
    /// `raise ValueError(EXPR)`
    Raise(Expr),
    /// Prints the module's names in iteration order (dict order).
    ShowOrder,
    /// `_capi.set('gN', EXPR)`: a C extension writes a global through
    /// `PyModule_GetDict` (`capi.rs`; only where a C compiler is present).
    CapiSet(u8, Expr),
    /// `_print('capi', _show(_capi.get('gN')))`: C reads it.
    CapiGet(u8),
    /// `_capi.delete('gN')`: C deletes it.
    CapiDel(u8),
    /// `_capi.set('BUILTIN', lambda *_a: EXPR)`: C shadows a builtin.
    CapiShadow(u8, Expr),
    /// `_capi.delete('BUILTIN')`: C uncovers it.
    CapiUnshadow(u8),
    /// `_print('capi names', _capi.names())`: C iterates the globals.
    CapiNames,
}

pub fn name() -> impl Strategy<Value = Name> {
    prop_oneof![3 => (0..GLOBALS.len() as u8).prop_map(Name::Global), 2 => (0..BUILTINS.len() as u8).prop_map(Name::Builtin)]
}

/// Expressions that call nothing: the bodies of lambdas that shadow or
/// patch builtins, so that no call chain can come back to itself.
pub fn leaf_expr() -> BoxedStrategy<Expr> {
    prop_oneof![
        3 => any::<i8>().prop_map(Expr::Int),
        1 => (0u8..4).prop_map(Expr::Str),
        3 => name().prop_map(Expr::Read),
        2 => ((0..GLOBALS.len() as u8).prop_map(Name::Global), -3i8..4).prop_map(|(n, k)| Expr::AddInt(n, k)),
    ]
    .boxed()
}

/// Expressions that may call builtins and functions `f0`..`f{max_func - 1}`
/// (a function body calls only lower-numbered functions, so every program
/// terminates).
pub fn expr(max_func: u8) -> BoxedStrategy<Expr> {
    let calls = if max_func == 0 { leaf_expr() } else { (0..max_func).prop_map(Expr::CallFunc).boxed() };
    prop_oneof![
        3 => any::<i8>().prop_map(Expr::Int),
        1 => (0u8..4).prop_map(Expr::Str),
        4 => name().prop_map(Expr::Read),
        3 => (name(), -3i8..4).prop_map(|(n, k)| Expr::AddInt(n, k)),
        2 => (0..BUILTINS.len() as u8).prop_map(Expr::CallBuiltin),
        1 => calls,
        2 => (0..OBJECTS, 0..ATTRS.len() as u8).prop_map(|(o, a)| Expr::Attr(o, a)),
    ]
    .boxed()
}

fn g() -> std::ops::Range<u8> {
    0..GLOBALS.len() as u8
}
fn b() -> std::ops::Range<u8> {
    0..BUILTINS.len() as u8
}
fn a() -> std::ops::Range<u8> {
    0..ATTRS.len() as u8
}

pub fn fstmt(func: u8) -> impl Strategy<Value = FStmt> {
    prop_oneof![
        4 => expr(func).prop_map(FStmt::Observe),
        2 => (g(), expr(func)).prop_map(|(n, e)| FStmt::Assign(n, e)),
        1 => g().prop_map(FStmt::Del),
    ]
}

/// Statements without nested blocks (the bodies of loops and exec'd code),
/// with the C API's where its test extension could be built.
pub fn simple_stmt() -> BoxedStrategy<Stmt> {
    if !crate::capi::available() {
        return plain_simple_stmt().boxed();
    }
    prop_oneof![
        60 => plain_simple_stmt(),
        2 => (g(), expr(FUNCS)).prop_map(|(n, e)| Stmt::CapiSet(n, e)),
        2 => g().prop_map(Stmt::CapiGet),
        1 => g().prop_map(Stmt::CapiDel),
        1 => (b(), leaf_expr()).prop_map(|(n, e)| Stmt::CapiShadow(n, e)),
        1 => b().prop_map(Stmt::CapiUnshadow),
        1 => Just(Stmt::CapiNames),
    ]
    .boxed()
}

/// The statements without nested blocks that need no C compiler.
fn plain_simple_stmt() -> impl Strategy<Value = Stmt> {
    prop_oneof![
        6 => (g(), expr(FUNCS)).prop_map(|(n, e)| Stmt::Assign(n, e)),
        3 => (g(), -3i8..4).prop_map(|(n, k)| Stmt::AddTo(n, k)),
        2 => g().prop_map(Stmt::Del),
        6 => expr(FUNCS).prop_map(Stmt::Print),
        2 => (g(), expr(FUNCS)).prop_map(|(n, e)| Stmt::GlobalsSet(n, e)),
        1 => g().prop_map(Stmt::GlobalsPop),
        1 => (g(), expr(FUNCS)).prop_map(|(n, e)| Stmt::OddSet(n, e)),
        1 => g().prop_map(Stmt::OddPop),
        1 => (g(), expr(FUNCS)).prop_map(|(n, e)| Stmt::VarsSet(n, e)),
        2 => (b(), leaf_expr()).prop_map(|(n, e)| Stmt::Shadow(n, e)),
        2 => b().prop_map(Stmt::Unshadow),
        2 => (b(), leaf_expr()).prop_map(|(n, e)| Stmt::PatchBuiltin(n, e)),
        1 => b().prop_map(Stmt::RestoreBuiltin),
        3 => (0..FUNCS).prop_map(Stmt::Call),
        2 => (0..OBJECTS, 0..CLASSES).prop_map(|(o, c)| Stmt::New(o, c)),
        3 => (0..OBJECTS, a(), expr(FUNCS)).prop_map(|(o, at, e)| Stmt::SetAttr(o, at, e)),
        1 => (0..OBJECTS, a()).prop_map(|(o, at)| Stmt::DelAttr(o, at)),
        1 => (0..OBJECTS, a(), expr(FUNCS)).prop_map(|(o, at, e)| Stmt::DictWrite(o, at, e)),
        1 => (0..OBJECTS).prop_map(Stmt::ShowDict),
        2 => (0..OBJECTS).prop_map(Stmt::CallMethod),
        2 => (0..CLASSES, a(), expr(FUNCS)).prop_map(|(c, at, e)| Stmt::ClassAttr(c, at, e)),
        1 => (0..CLASSES, a()).prop_map(|(c, at)| Stmt::DelClassAttr(c, at)),
        1 => (0..CLASSES, a()).prop_map(|(c, at)| Stmt::ReplaceMethod(c, at)),
        1 => (0..CLASSES, a()).prop_map(|(c, at)| Stmt::Property(c, at)),
        1 => (0..CLASSES, a()).prop_map(|(c, at)| Stmt::NonData(c, at)),
        2 => a().prop_map(Stmt::ReadAll),
        1 => Just(Stmt::CallAll),
        1 => (0u8..4).prop_map(Stmt::SetBases),
        1 => (0..OBJECTS, 0u8..3).prop_map(|(o, c)| Stmt::SetClass(o, c)),
        1 => any::<bool>().prop_map(Stmt::DescSet),
        1 => (0..CLASSES, any::<bool>()).prop_map(|(c, on)| Stmt::Getattr(c, on)),
        1 => (0..OBJECTS, a(), expr(FUNCS)).prop_map(|(o, at, e)| Stmt::DictUpdate(o, at, e)),
        1 => expr(FUNCS).prop_map(Stmt::Raise),
        1 => Just(Stmt::ShowOrder),
    ]
}

pub fn stmt() -> impl Strategy<Value = Stmt> {
    prop_oneof![
        20 => simple_stmt(),
        4 => (0..FUNCS)
            .prop_flat_map(|func| (Just(func), prop::collection::vec(g(), 0..3), prop::collection::vec(fstmt(func), 1..5)))
            .prop_map(|(func, globals, body)| Stmt::Def { func, globals, body }),
        3 => (0..CLASSES, prop::collection::vec((a(), any::<i8>()), 0..3), a())
            .prop_map(|(class, attrs, reads)| Stmt::Class { class, attrs, reads }),
        2 => prop::collection::vec(simple_stmt(), 1..4).prop_map(Stmt::ExecGlobals),
        1 => prop::collection::vec(simple_stmt(), 1..4).prop_map(Stmt::ExecFresh),
        2 => (1u8..4, prop::collection::vec(simple_stmt(), 1..4)).prop_map(|(n, body)| Stmt::Loop(n, body)),
    ]
}

pub fn program() -> impl Strategy<Value = Vec<Stmt>> {
    prop::collection::vec(stmt(), 1..24)
}

/// What every program starts with: the originals of everything the
/// statements may shadow or patch, captured under names they never touch,
/// and a first binding of most names, so that statements meet values more
/// often than `NameError`s.
pub const PRELUDE: &str = "\
import builtins as _builtins
import sys as _sys
_print = print
_type = type
_sorted = sorted
_simple = (int, str, bool, type(None))
_seq = (list, tuple)
_orig_len, _orig_abs, _orig_min, _orig_max = len, abs, min, max
def _show(v):
    if _type(v) in _simple:
        return v
    if _type(v) in _seq:
        return [_show(x) for x in v]
    return _type(v).__name__
class _NonData:
    def __get__(self, obj, cls):
        return 'nondata'
class _Mix:
    a = 'mix'
    def m(self):
        return 'mixm'
class _Odd:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return hash(self.n)
    def __eq__(self, other):
        return _type(other) is _Odd and other.n == self.n
def _key(k):
    return k if _type(k) is str else 'odd:' + k.n
def _pub(k):
    return _type(k) is not str or not k.startswith('_')
g0 = 10
g1 = 20
class C0:
    a = 1
    def m(self):
        return self.a
class C1(C0):
    b = 2
o0 = C0()
o1 = C1()
o1.a = 5
o2 = C0()
o2.c = 7
o2.b = 8
def f0():
    return g0
def f1():
    return f0()
def f2():
    return len([1])
def _read_a(o):
    return o.a
def _read_b(o):
    return o.b
def _read_c(o):
    return o.c
def _call_m(o):
    return o.m()
";

/// What every program ends with: the module namespace as the test sees it.
pub const EPILOGUE: &str = "\
_builtins.len, _builtins.abs, _builtins.min, _builtins.max = _orig_len, _orig_abs, _orig_min, _orig_max
_print('globals:', _sorted((_key(k), _show(v)) for k, v in globals().items() if _pub(k)))
";

fn name_src(n: Name) -> &'static str {
    match n {
        Name::Global(i) => GLOBALS[i as usize],
        Name::Builtin(i) => BUILTINS[i as usize],
    }
}

/// An argument every builtin in `BUILTINS` accepts.
fn builtin_arg(i: u8) -> &'static str {
    match BUILTINS[i as usize] {
        "len" | "min" | "max" => "[3, 1, 2]",
        _ => "-5",
    }
}

fn expr_src(e: &Expr) -> String {
    match e {
        Expr::Int(i) => i.to_string(),
        Expr::Str(i) => format!("'s{i}'"),
        Expr::Read(n) => name_src(*n).to_string(),
        Expr::AddInt(n, k) => format!("{} + {k}", name_src(*n)),
        Expr::CallBuiltin(i) => format!("{}({})", BUILTINS[*i as usize], builtin_arg(*i)),
        Expr::CallFunc(i) => format!("f{i}()"),
        Expr::Attr(o, a) => format!("o{o}.{}", ATTRS[*a as usize]),
    }
}

struct Out {
    src: String,
}

impl Out {
    fn line(&mut self, indent: usize, s: &str) {
        for _ in 0..indent {
            self.src.push_str("    ");
        }
        self.src.push_str(s);
        self.src.push('\n');
    }

    /// `try: LINES except Exception as _e: print it`.
    fn guarded(&mut self, indent: usize, lines: &[String]) {
        self.line(indent, "try:");
        for l in lines {
            self.line(indent + 1, l);
        }
        self.line(indent, "except Exception as _e:");
        self.line(indent + 1, "_print('!', _type(_e).__name__, _e)");
    }
}

fn stmt_lines(s: &Stmt) -> Vec<String> {
    let g = |i: &u8| GLOBALS[*i as usize];
    let b = |i: &u8| BUILTINS[*i as usize];
    let at = |i: &u8| ATTRS[*i as usize];
    match s {
        Stmt::Assign(n, e) => vec![format!("{} = {}", g(n), expr_src(e))],
        Stmt::AddTo(n, k) => vec![format!("{0} = {0} + {k}", g(n))],
        Stmt::Del(n) => vec![format!("del {}", g(n))],
        Stmt::Print(e) => vec![format!("_print(_show({}))", expr_src(e))],
        Stmt::GlobalsSet(n, e) => vec![format!("globals()['{}'] = {}", g(n), expr_src(e))],
        Stmt::GlobalsPop(n) => vec![format!("_print('pop', _show(globals().pop('{}', 'absent')))", g(n))],
        Stmt::OddSet(n, e) => vec![format!("globals()[_Odd('{}')] = {}", g(n), expr_src(e))],
        Stmt::OddPop(n) => vec![format!("_print('oddpop', _show(globals().pop(_Odd('{}'), 'absent')))", g(n))],
        Stmt::VarsSet(n, e) => vec![format!("vars(_sys.modules[__name__])['{}'] = {}", g(n), expr_src(e))],
        Stmt::Shadow(n, e) => vec![format!("{} = lambda *_a: {}", b(n), expr_src(e))],
        Stmt::Unshadow(n) => vec![format!("del {}", b(n))],
        Stmt::PatchBuiltin(n, e) => vec![format!("_builtins.{} = lambda *_a: {}", b(n), expr_src(e))],
        Stmt::RestoreBuiltin(n) => vec![format!("_builtins.{0} = _orig_{0}", b(n))],
        Stmt::Call(f) => vec![format!("_print('f{f}', _show(f{f}()))")],
        Stmt::New(o, c) => vec![format!("o{o} = C{c}()")],
        Stmt::SetAttr(o, a, e) => vec![format!("o{o}.{} = {}", at(a), expr_src(e))],
        Stmt::DelAttr(o, a) => vec![format!("del o{o}.{}", at(a))],
        Stmt::DictWrite(o, a, e) => vec![format!("o{o}.__dict__['{}'] = {}", at(a), expr_src(e))],
        Stmt::ShowDict(o) => vec![format!("_print('dict', _sorted((k, _show(v)) for k, v in o{o}.__dict__.items()))")],
        Stmt::CallMethod(o) => vec![format!("_print('m', _show(o{o}.m()))")],
        Stmt::ClassAttr(c, a, e) => vec![format!("C{c}.{} = {}", at(a), expr_src(e))],
        Stmt::DelClassAttr(c, a) => vec![format!("del C{c}.{}", at(a))],
        Stmt::ReplaceMethod(c, a) => vec![format!("C{c}.m = lambda self: ('replaced', self.{})", at(a))],
        Stmt::Property(c, a) => vec![format!("C{c}.{} = property(lambda self: 'prop')", at(a))],
        Stmt::NonData(c, a) => vec![format!("C{c}.{} = _NonData()", at(a))],
        Stmt::Raise(e) => vec![format!("raise ValueError(_show({}))", expr_src(e))],
        Stmt::SetBases(i) => vec![format!("C1.__bases__ = {}", ["(C0,)", "(_Mix,)", "(_Mix, C0)", "(C0, _Mix)"][*i as usize % 4])],
        Stmt::SetClass(o, c) => vec![format!("o{o}.__class__ = {}", ["C0", "C1", "_Mix"][*c as usize % 3])],
        Stmt::DescSet(true) => vec!["_NonData.__set__ = lambda self, o, v: None".to_string()],
        Stmt::DescSet(false) => vec!["del _NonData.__set__".to_string()],
        Stmt::Getattr(c, true) => vec![format!("C{c}.__getattr__ = lambda self, n: 'ga:' + n")],
        Stmt::Getattr(c, false) => vec![format!("del C{c}.__getattr__")],
        Stmt::DictUpdate(o, a, e) => vec![format!("o{o}.__dict__.update({{'{}': {}}})", at(a), expr_src(e))],
        Stmt::ShowOrder => vec!["_print('order', [_key(k) for k in globals() if _pub(k)])".to_string()],
        Stmt::CapiSet(n, e) => vec![format!("_capi.set('{}', {})", g(n), expr_src(e))],
        Stmt::CapiGet(n) => vec![format!("_print('capi', _show(_capi.get('{}')))", g(n))],
        Stmt::CapiDel(n) => vec![format!("_capi.delete('{}')", g(n))],
        Stmt::CapiShadow(n, e) => vec![format!("_capi.set('{}', lambda *_a: {})", b(n), expr_src(e))],
        Stmt::CapiUnshadow(n) => vec![format!("_capi.delete('{}')", b(n))],
        Stmt::CapiNames => vec!["_print('capi names', _capi.names())".to_string()],
        // Compound statements are rendered by `render_stmt`.
        Stmt::Def { .. } | Stmt::ExecGlobals(_) | Stmt::ExecFresh(_) | Stmt::Loop(..) | Stmt::Class { .. } | Stmt::ReadAll(_) | Stmt::CallAll => Vec::new(),
    }
}

/// Source text of simple statements, for `exec`.
fn exec_source(body: &[Stmt]) -> String {
    let mut out = Out { src: String::new() };
    for s in body {
        render_stmt(&mut out, 0, s);
    }
    out.src
}

fn render_stmt(out: &mut Out, indent: usize, s: &Stmt) {
    match s {
        Stmt::Def { func, globals, body } => {
            out.line(indent, &format!("def f{func}():"));
            let mut names: Vec<&str> = globals.iter().map(|i| GLOBALS[*i as usize]).collect();
            names.sort_unstable();
            names.dedup();
            if !names.is_empty() {
                out.line(indent + 1, &format!("global {}", names.join(", ")));
            }
            out.line(indent + 1, "_r = []");
            for f in body {
                let l = match f {
                    FStmt::Observe(e) => format!("_r.append(_show({}))", expr_src(e)),
                    FStmt::Assign(n, e) => format!("{} = {}", GLOBALS[*n as usize], expr_src(e)),
                    FStmt::Del(n) => format!("del {}", GLOBALS[*n as usize]),
                };
                out.line(indent + 1, "try:");
                out.line(indent + 2, &l);
                out.line(indent + 1, "except Exception as _e:");
                out.line(indent + 2, "_r.append(_type(_e).__name__)");
            }
            out.line(indent + 1, "return _r");
        }
        Stmt::Class { class, attrs, reads } => {
            out.line(indent, &format!("class C{class}:"));
            for (a, v) in attrs {
                out.line(indent + 1, &format!("{} = {v}", ATTRS[*a as usize]));
            }
            out.line(indent + 1, "def m(self):");
            out.line(indent + 2, &format!("return self.{}", ATTRS[*reads as usize]));
        }
        Stmt::ExecGlobals(body) => out.guarded(indent, &[format!("exec({:?}, globals())", exec_source(body))]),
        Stmt::ExecFresh(body) => out.guarded(
            indent,
            &[
                "_d = {k: v for k, v in globals().items() if _type(k) is str and k.startswith('_') and not k.startswith('__')}".to_string(),
                format!("exec({:?}, _d)", exec_source(body)),
                "_print('exec', _sorted(_key(k) for k in _d if _pub(k)))".to_string(),
            ],
        ),
        Stmt::Loop(n, body) => {
            out.line(indent, &format!("for _i in range({n}):"));
            for s in body {
                render_stmt(out, indent + 1, s);
            }
        }
        Stmt::ReadAll(a) => {
            out.line(indent, "for _o in ('o0', 'o1', 'o2'):");
            out.guarded(indent + 1, &[format!("_print(_o, _show(_read_{}(globals()[_o])))", ATTRS[*a as usize])]);
        }
        Stmt::CallAll => {
            out.line(indent, "for _o in ('o0', 'o1', 'o2'):");
            out.guarded(indent + 1, &["_print(_o, _show(_call_m(globals()[_o])))".to_string()]);
        }
        simple => out.guarded(indent, &stmt_lines(simple)),
    }
}

/// The program's source text.
pub fn render(prog: &[Stmt]) -> String {
    let mut out = Out { src: String::from(PRELUDE) };
    if crate::capi::available() {
        out.src.push_str(crate::capi::PRELUDE);
    }
    for s in prog {
        render_stmt(&mut out, 0, s);
    }
    out.src.push_str(EPILOGUE);
    out.src
}

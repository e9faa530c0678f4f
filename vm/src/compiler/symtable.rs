//! The scope pass: decides for every name in every scope whether it is a
//! fast local, a cell, a free variable, an explicit or implicit global, or
//! (class bodies and `exec` code) a name looked up in a mapping, exactly as
//! CPython's symtable does. Its output is the contract between the compiler
//! and the namespace strategy: only names resolved as globals reach the
//! strategy's global-access path.

use crate::syntax::ast::{self, Expr, Stmt};
use crate::syntax::{Ranged, TextRange};
use hashbrown::HashMap;
use std::collections::HashSet;

const DEF_GLOBAL: u8 = 1;
const DEF_LOCAL: u8 = 2;
const DEF_PARAM: u8 = 4;
const DEF_NONLOCAL: u8 = 8;
const USE: u8 = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Lambda,
    Comprehension,
}

/// Where a name lives, after analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

pub type ScopeId = usize;

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names in order of first appearance, with their flags.
    order: Vec<String>,
    flags: HashMap<String, u8>,
    /// Parameters in signature order.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    pub resolved: HashMap<String, NameScope>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// Class bodies whose methods use `super()`/`__class__` need the class cell.
    pub needs_class_cell: bool,
    /// A name bound in a class body that an inner function also reads as free.
    pub class_free: HashSet<String>,
    /// Where each `nonlocal` declaration is (for error reports).
    nonlocal_at: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            order: Vec::new(),
            flags: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            resolved: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            class_free: HashSet::new(),
            nonlocal_at: HashMap::new(),
        }
    }
    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension)
    }
    pub fn lookup(&self, name: &str) -> NameScope {
        self.resolved.get(name).copied().unwrap_or(NameScope::GlobalImplicit)
    }
    /// Fast locals in CPython's order: parameters first, then other locals by first appearance.
    pub fn varnames(&self) -> Vec<String> {
        let mut out = self.params.clone();
        let mut seen: HashSet<&str> = self.params.iter().map(|p| p.as_str()).collect();
        for n in &self.order {
            if matches!(self.resolved.get(n), Some(NameScope::Local)) && seen.insert(n.as_str()) {
                out.push(n.clone());
            }
        }
        out
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_range: HashMap<(u32, u32), ScopeId>,
}

/// A scope-pass error: a SyntaxError message and the byte offset it points at.
#[derive(Debug)]
pub struct SymError {
    /// `SyntaxError`, or `RecursionError` for a tree nested past the limit.
    pub kind: &'static str,
    pub msg: String,
    pub range: TextRange,
}

fn key(r: TextRange) -> (u32, u32) {
    (u32::from(r.start()), u32::from(r.end()))
}

impl SymbolTable {
    pub fn scope_for(&self, r: TextRange) -> ScopeId {
        self.by_range.get(&key(r)).copied().unwrap_or(0)
    }

    pub fn build(body: &[Stmt], module_kind: ScopeKind) -> Result<SymbolTable, SymError> {
        Self::build_limited(body, module_kind, NestingBudget::default())
    }

    /// `build`, failing with CPython's `RecursionError` when statements and
    /// expressions nest deeper than `budget` allows. Every later pass
    /// recurses over the same tree, so this bound is what keeps them all
    /// off the end of the native stack.
    pub fn build_limited(body: &[Stmt], module_kind: ScopeKind, budget: NestingBudget) -> Result<SymbolTable, SymError> {
        let mut b = Builder {
            table: SymbolTable { scopes: vec![Scope::new(module_kind, "<module>")], by_range: HashMap::new() },
            stack: vec![0],
            depth: budget.start,
            limit: budget.limit,
        };
        for s in body {
            b.stmt(s)?;
        }
        let mut table = b.table;
        analyze(&mut table, 0, &Env::root())?;
        Ok(table)
    }
}

/// How deep statements and expressions may nest, counted as CPython 3.11's
/// symbol table counts them: one level per statement or expression node of
/// CPython's tree (where an `elif` is an `if` nested in the previous
/// `else`), starting from `start`, failing past `limit`. CPython starts at
/// three times the Python call depth of the code that compiles (a builtin
/// call counts as one) and allows three times the recursion limit.
#[derive(Clone, Copy, Debug)]
pub struct NestingBudget {
    pub start: u32,
    pub limit: u32,
}

impl Default for NestingBudget {
    /// A program's main module: nothing on the stack, the default limit of 1000.
    fn default() -> Self {
        NestingBudget::for_depth(0, 1000)
    }
}

impl NestingBudget {
    /// The budget of code compiled at Python call depth `depth` (frames and
    /// builtin calls on the stack) under recursion limit `recursion_limit`.
    pub fn for_depth(depth: u32, recursion_limit: u32) -> Self {
        NestingBudget { start: depth.saturating_mul(3), limit: recursion_limit.saturating_mul(3) }
    }
}

struct Builder {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    depth: u32,
    limit: u32,
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.table.scopes[id]
    }

    fn add(&mut self, name: &str, flag: u8, range: TextRange) -> Result<(), SymError> {
        let scope = self.cur();
        let old = scope.flags.get(name).copied().unwrap_or(0);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(SymError { kind: "SyntaxError", msg: format!("duplicate argument '{name}' in function definition"), range });
        }
        if flag & DEF_GLOBAL != 0 && old & DEF_PARAM != 0 {
            return Err(SymError { kind: "SyntaxError", msg: format!("name '{name}' is parameter and global"), range });
        }
        if flag & DEF_NONLOCAL != 0 && old & DEF_PARAM != 0 {
            return Err(SymError { kind: "SyntaxError", msg: format!("name '{name}' is parameter and nonlocal"), range });
        }
        if flag & DEF_GLOBAL != 0 && old & DEF_NONLOCAL != 0 || flag & DEF_NONLOCAL != 0 && old & DEF_GLOBAL != 0 {
            return Err(SymError { kind: "SyntaxError", msg: format!("name '{name}' is nonlocal and global"), range });
        }
        if flag & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && old & (DEF_LOCAL | USE) != 0 {
            let what = if flag & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
            let how = if old & DEF_LOCAL != 0 { "assigned to before" } else { "used prior to" };
            return Err(SymError { kind: "SyntaxError", msg: format!("name '{name}' is {how} {what} declaration"), range });
        }
        if old == 0 {
            scope.order.push(name.to_string());
        }
        scope.flags.insert(name.to_string(), old | flag);
        if flag & DEF_PARAM != 0 {
            scope.params.push(name.to_string());
        }
        Ok(())
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> ScopeId {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().unwrap_or(&0);
        self.table.scopes[parent].children.push(id);
        self.table.by_range.insert(key(range), id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SymError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn params_defaults(&mut self, p: &ast::Parameters) -> Result<(), SymError> {
        for a in p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
            if let Some(ann) = &a.parameter.annotation {
                self.expr(ann)?;
            }
        }
        for v in p.vararg.iter().chain(p.kwarg.iter()) {
            if let Some(ann) = &v.annotation {
                self.expr(ann)?;
            }
        }
        Ok(())
    }

    fn params_bind(&mut self, p: &ast::Parameters) -> Result<(), SymError> {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.add(&a.parameter.name.id, DEF_PARAM, a.range())?;
        }
        for a in p.kwonlyargs.iter() {
            self.add(&a.parameter.name.id, DEF_PARAM, a.range())?;
        }
        if let Some(v) = &p.vararg {
            self.add(&v.name.id, DEF_PARAM, v.range())?;
        }
        if let Some(v) = &p.kwarg {
            self.add(&v.name.id, DEF_PARAM, v.range())?;
        }
        Ok(())
    }

    /// One more level of nesting at `range`; fails past the limit.
    fn enter(&mut self, range: TextRange) -> Result<(), SymError> {
        self.depth += 1;
        if self.depth > self.limit {
            return Err(SymError { kind: "RecursionError", msg: "maximum recursion depth exceeded during compilation".into(), range });
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SymError> {
        self.enter(s.range())?;
        self.stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), SymError> {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(&d.expression)?;
                }
                self.params_defaults(&f.parameters)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.add(&f.name.id, DEF_LOCAL, f.range)?;
                self.push_scope(ScopeKind::Function, &f.name.id, f.range);
                self.params_bind(&f.parameters)?;
                self.stmts(&f.body)?;
                self.pop_scope();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(&d.expression)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.expr(&k.value)?;
                    }
                }
                self.add(&c.name.id, DEF_LOCAL, c.range)?;
                self.push_scope(ScopeKind::Class, &c.name.id, c.range);
                self.stmts(&c.body)?;
                self.pop_scope();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.add(&n.id, DEF_LOCAL | USE, n.range)?;
                } else {
                    self.target(&a.target)?;
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
                if a.value.is_some() || !matches!(&*a.target, Expr::Name(_)) {
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    // A bare annotation still makes the name local.
                    self.add(&n.id, DEF_LOCAL, n.range)?;
                }
                self.expr(&a.annotation)?;
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                let base = self.depth;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        // CPython nests each `elif` as an `if` in the previous `else`.
                        self.enter(c.range)?;
                        self.expr(t)?;
                    }
                    self.stmts(&c.body)?;
                }
                self.depth = base;
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add(&n.id, DEF_LOCAL, n.range)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.add(&bound, DEF_LOCAL, a.range)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if &*a.name.id == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(SymError { kind: "SyntaxError", msg: "import * only allowed at module level".into(), range: i.range });
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.add(&bound.id, DEF_LOCAL, a.range)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.add(&n.id, DEF_GLOBAL, n.range)?;
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(SymError { kind: "SyntaxError", msg: "nonlocal declaration not allowed at module level".into(), range: g.range });
                }
                for n in &g.names {
                    self.add(&n.id, DEF_NONLOCAL, n.range)?;
                    self.cur().nonlocal_at.insert(n.id.to_string(), g.range);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::TypeAlias(_) | Stmt::Match(_) | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), SymError> {
        if !matches!(t, Expr::Name(_) | Expr::Tuple(_) | Expr::List(_) | Expr::Starred(_)) {
            return self.expr(t);
        }
        self.enter(t.range())?;
        match t {
            Expr::Name(n) => self.add(&n.id, DEF_LOCAL, n.range)?,
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            _ => {}
        }
        self.depth -= 1;
        Ok(())
    }

    fn comprehension(&mut self, range: TextRange, gens: &[ast::Comprehension], elts: &[&Expr], is_gen: bool) -> Result<(), SymError> {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        let name = if is_gen { "<genexpr>" } else { "<listcomp>" };
        let id = self.push_scope(ScopeKind::Comprehension, name, range);
        self.table.scopes[id].is_generator = is_gen;
        self.add(".0", DEF_PARAM, range)?;
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop_scope();
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SymError> {
        self.enter(e.range())?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SymError> {
        match e {
            Expr::Name(n) => {
                self.add(&n.id, USE, n.range)?;
                if &*n.id == "super" && self.cur().is_function_like() {
                    self.add("__class__", USE, n.range)?;
                }
            }
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.params_defaults(p)?;
                }
                self.push_scope(ScopeKind::Lambda, "<lambda>", l.range);
                if let Some(p) = &l.parameters {
                    self.params_bind(p)?;
                }
                self.expr(&l.body)?;
                self.pop_scope();
            }
            Expr::If(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.expr(k)?;
                    }
                    self.expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, &[&c.elt], false)?,
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = Vec::new();
                if let Some(k) = &c.key {
                    elts.push(k);
                }
                elts.push(&c.value);
                self.comprehension(c.range, &c.generators, &elts, false)?
            }
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, &[&c.elt], true)?,
            Expr::Await(a) => self.expr(&a.value)?,
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for v in c.comparators.iter() {
                    self.expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Tuple(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
            Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn fstring_elements(&mut self, els: &ast::InterpolatedStringElements) -> Result<(), SymError> {
        for el in els.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                // CPython's `FormattedValue` node, and its spec's `JoinedStr`.
                self.enter(i.range)?;
                self.expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.enter(spec.range)?;
                    self.fstring_elements(&spec.elements)?;
                    self.depth -= 1;
                }
                self.depth -= 1;
            }
        }
        Ok(())
    }
}

/// What the enclosing scopes tell a scope's analysis, one layer per scope
/// on the way down: which names are bound in an enclosing function (so a
/// use is free) and which are declared global there. Each layer holds only
/// its own scope's changes and lookups walk outwards, so that analysing a
/// scope costs its own names times the nesting depth, never a copy of
/// every enclosing scope's names (which made many closures inside a
/// function with many locals quadratic).
struct Env<'p> {
    parent: Option<&'p Env<'p>>,
    /// Module scopes bind nothing for their children: lookups stop here.
    bound_reset: bool,
    bound_add: HashSet<String>,
    bound_remove: HashSet<String>,
    global_add: HashSet<String>,
    global_remove: HashSet<String>,
}

impl Env<'_> {
    fn root() -> Env<'static> {
        Env {
            parent: None,
            bound_reset: true,
            bound_add: HashSet::new(),
            bound_remove: HashSet::new(),
            global_add: HashSet::new(),
            global_remove: HashSet::new(),
        }
    }
    fn is_bound(&self, name: &str) -> bool {
        let mut e = Some(self);
        while let Some(l) = e {
            if l.bound_remove.contains(name) {
                return false;
            }
            if l.bound_add.contains(name) {
                return true;
            }
            if l.bound_reset {
                return false;
            }
            e = l.parent;
        }
        false
    }
    fn is_global(&self, name: &str) -> bool {
        let mut e = Some(self);
        while let Some(l) = e {
            if l.global_remove.contains(name) {
                return false;
            }
            if l.global_add.contains(name) {
                return true;
            }
            e = l.parent;
        }
        false
    }
}

/// Resolves every name of scope `id`, given what its enclosing scopes bind
/// and declare global (`env`). Returns the names this scope needs from
/// outside (its free variables, including those its children pass through
/// it).
fn analyze(t: &mut SymbolTable, id: ScopeId, env: &Env<'_>) -> Result<HashSet<String>, SymError> {
    let kind = t.scopes[id].kind;
    let mut local: HashSet<String> = HashSet::new();
    let mut free: HashSet<String> = HashSet::new();
    let mut global_add: HashSet<String> = HashSet::new();
    let names: Vec<(String, u8)> = t.scopes[id].order.iter().map(|n| (n.clone(), t.scopes[id].flags[n])).collect();
    let mut resolved = HashMap::new();
    for (name, flags) in &names {
        let scope = if flags & DEF_GLOBAL != 0 {
            global_add.insert(name.clone());
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !env.is_bound(name) {
                let range = t.scopes[id].nonlocal_at.get(name).copied().unwrap_or_default();
                return Err(SymError { kind: "SyntaxError", msg: format!("no binding for nonlocal '{name}' found"), range });
            }
            free.insert(name.clone());
            NameScope::Free
        } else if flags & (DEF_LOCAL | DEF_PARAM) != 0 {
            local.insert(name.clone());
            NameScope::Local
        } else if kind != ScopeKind::Module && env.is_bound(name) {
            free.insert(name.clone());
            NameScope::Free
        } else if env.is_global(name) {
            NameScope::GlobalExplicit
        } else {
            NameScope::GlobalImplicit
        };
        resolved.insert(name.clone(), scope);
    }
    let bound_add: HashSet<String> = match kind {
        ScopeKind::Module => HashSet::new(),
        // Methods may refer to the class being defined through `__class__`.
        ScopeKind::Class => std::iter::once("__class__".to_string()).collect(),
        _ => local.clone(),
    };
    let bound_remove: HashSet<String> = resolved.iter().filter(|(_, s)| **s == NameScope::GlobalExplicit).map(|(n, _)| n.clone()).collect();
    let layer = Env { parent: Some(env), bound_reset: kind == ScopeKind::Module, bound_add, bound_remove, global_add, global_remove: local.clone() };
    let children = t.scopes[id].children.clone();
    let mut child_free: HashSet<String> = HashSet::new();
    for c in children {
        let f = analyze(t, c, &layer)?;
        child_free.extend(f);
    }
    let mut cells: Vec<String> = Vec::new();
    let mut class_free = HashSet::new();
    let mut needs_class_cell = false;
    for name in child_free {
        match kind {
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension if local.contains(&name) => {
                resolved.insert(name.clone(), NameScope::Cell);
                cells.push(name);
            }
            ScopeKind::Class if name == "__class__" => {
                needs_class_cell = true;
            }
            ScopeKind::Module => {}
            _ => {
                if kind == ScopeKind::Class && local.contains(&name) {
                    class_free.insert(name.clone());
                } else if !matches!(resolved.get(&name), Some(NameScope::Free)) {
                    if matches!(resolved.get(&name), Some(NameScope::GlobalExplicit)) {
                        continue;
                    }
                    resolved.insert(name.clone(), NameScope::Free);
                }
                free.insert(name);
            }
        }
    }
    cells.sort();
    let mut freevars: Vec<String> = free.iter().cloned().collect();
    freevars.sort();
    let scope = &mut t.scopes[id];
    scope.resolved = resolved;
    scope.cellvars = cells;
    if kind != ScopeKind::Module {
        scope.freevars = freevars;
    }
    scope.needs_class_cell = needs_class_cell;
    scope.class_free = class_free;
    if needs_class_cell {
        scope.cellvars.push("__class__".to_string());
    }
    Ok(free)
}

//! Code generation: walks the ruff AST with the symbol table's decisions and
//! emits one `CodeObject` per scope. Never touches runtime objects.
//!
//! Control flow that leaves a protected region (`return`, `break`,
//! `continue` through `finally`, `with` or an except handler) is compiled
//! by unwinding a stack of "frame blocks", inlining `finally` bodies as
//! CPython does. Exception handling is table-driven: every instruction is
//! tagged with the innermost handler covering it, and the runs become
//! `ExcEntry` ranges, so the happy path executes no setup instructions.

use super::symtable::{NameScope, ScopeId, ScopeKind, SymbolTable};
use crate::bytecode::code::{CodeKind, CodeObject, Constant, ExcEntry, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::bytecode::opcodes::{pack_local_attr, BinOpKind, CmpKind, Op, CALL_ARGS};
use crate::syntax::ast::{self, Expr, Stmt};
use crate::syntax::{LineIndex, Ranged, TextRange};
use hashbrown::hash_map::Entry;
use hashbrown::{HashMap, HashSet};
use std::rc::Rc;

/// A compile error: SyntaxError text and the line it points at.
#[derive(Debug)]
pub struct CompileError {
    pub msg: String,
    pub line: u32,
}

type CResult<T> = Result<T, CompileError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Label(usize);

#[derive(Clone, Copy)]
struct Handler {
    target: Label,
    depth: u32,
    exc_depth: u32,
}

enum FBlock<'a> {
    /// A `while` loop.
    While { cont: Label, brk: Label },
    /// A `for` loop: its iterator is on the stack.
    For { cont: Label, brk: Label },
    /// A `try` body protected by a `finally` (the finally body is inlined on exits).
    Finally { body: &'a [Stmt], handlers_len: usize },
    /// Running a handler (except or finally): the exception is on the stack and handled.
    Handler,
    /// A `with` body: the bound `__exit__` is on the stack.
    With,
    /// A return value held on the stack while a `finally` body runs for a `return`.
    PopValue,
}

impl FBlock<'_> {
    fn stack_items(&self) -> u32 {
        match self {
            FBlock::While { .. } | FBlock::Finally { .. } => 0,
            FBlock::For { .. } | FBlock::Handler | FBlock::With | FBlock::PopValue => 1,
        }
    }
}

struct Unit<'a> {
    scope: ScopeId,
    code: CodeObject,
    handler_of_op: Vec<Option<usize>>,
    handler_infos: Vec<Handler>,
    handlers: Vec<usize>,
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    /// Hash indexes over the tables above, so that interning a constant
    /// or a name and finding a local cost O(1) rather than a scan of a
    /// table that may hold tens of thousands of entries.
    const_index: HashMap<ConstKey, u32>,
    name_index: HashMap<Rc<str>, u32>,
    /// `varnames`, then cells and free variables by their deref index.
    local_index: HashMap<Rc<str>, u32>,
    deref_index: HashMap<Rc<str>, u32>,
}

pub struct Compiler<'a> {
    table: &'a SymbolTable,
    lines: &'a LineIndex,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    kind: CodeKind,
    /// `from __future__ import annotations` is in effect: annotations are
    /// not evaluated (CPython keeps them as strings; nsvm has no
    /// `__annotations__`, so they are dropped).
    future_annotations: bool,
    /// The future statements at the head of the module, which alone may
    /// name `__future__` (any other is a SyntaxError where it stands).
    future_stmts: Vec<TextRange>,
}

/// The feature names `from __future__ import` accepts in 3.11; all but
/// `annotations` are mandatory already and change nothing.
/// (`barry_as_FLUFL` is accepted without its joke grammar for `<>`.)
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

fn is_future_import(s: &Stmt) -> Option<&ast::StmtImportFrom> {
    match s {
        Stmt::ImportFrom(i) if i.module.as_ref().is_some_and(|m| m.id.as_str() == "__future__") => Some(i),
        _ => None,
    }
}

fn err<T>(msg: impl Into<String>, line: u32) -> CResult<T> {
    Err(CompileError { msg: msg.into(), line })
}

impl<'a> Compiler<'a> {
    pub fn new(table: &'a SymbolTable, lines: &'a LineIndex, filename: Rc<str>, kind: CodeKind) -> Self {
        Compiler { table, lines, filename, units: Vec::new(), kind, future_annotations: false, future_stmts: Vec::new() }
    }

    fn line_of(&self, r: TextRange) -> u32 {
        self.lines.line_of(r.start())
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("compiler unit")
    }

    fn u(&self) -> &Unit<'a> {
        self.units.last().expect("compiler unit")
    }

    fn push_unit(&mut self, scope: ScopeId, kind: CodeKind, name: &str, qualname: String, first_line: u32) {
        let s = &self.table.scopes[scope];
        let varnames: Vec<Rc<str>> = s.varnames().iter().map(|v| Rc::from(v.as_str())).collect();
        let cellvars: Vec<Rc<str>> = s.cellvars.iter().map(|v| Rc::from(v.as_str())).collect();
        let freevars: Vec<Rc<str>> = s.freevars.iter().map(|v| Rc::from(v.as_str())).collect();
        let mut local_index = HashMap::with_capacity(varnames.len());
        for (i, v) in varnames.iter().enumerate() {
            local_index.entry(v.clone()).or_insert(i as u32);
        }
        // A name that is both a cell and free (never, in valid scopes) resolves to the cell, as before.
        let mut deref_index = HashMap::with_capacity(cellvars.len() + freevars.len());
        for (i, v) in cellvars.iter().chain(freevars.iter()).enumerate() {
            deref_index.entry(v.clone()).or_insert(i as u32);
        }
        let code = CodeObject {
            kind,
            name: name.into(),
            qualname: qualname.into(),
            filename: self.filename.clone(),
            first_line,
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            attr_sites: Vec::new(),
            varnames,
            cellvars,
            freevars,
            cell2arg: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: if s.is_generator { FLAG_GENERATOR } else { 0 },
            exc_table: Vec::new(),
            max_stack: 0,
            doc: None,
        };
        self.units.push(Unit {
            scope,
            code,
            handler_of_op: Vec::new(),
            handler_infos: Vec::new(),
            handlers: Vec::new(),
            labels: Vec::new(),
            fblocks: Vec::new(),
            line: first_line,
            const_index: HashMap::new(),
            name_index: HashMap::new(),
            local_index,
            deref_index,
        });
    }

    fn finish_unit(&mut self) -> CodeObject {
        let mut u = self.units.pop().expect("unit");
        if self.future_annotations {
            u.code.flags |= super::FLAG_FUTURE_ANNOTATIONS;
        }
        // Patch jump targets.
        for op in u.code.ops.iter_mut() {
            if let (crate::bytecode::Operand::Target, l) = op.operand() {
                let pos = u.labels.get(l as usize).copied().flatten().unwrap_or(0);
                op.set_target(pos);
            }
        }
        // Runs of instructions with the same innermost handler become table entries.
        let mut table = Vec::new();
        let mut i = 0;
        let n = u.handler_of_op.len();
        while i < n {
            match u.handler_of_op[i] {
                None => i += 1,
                Some(h) => {
                    let start = i;
                    while i < n && u.handler_of_op[i] == Some(h) {
                        i += 1;
                    }
                    let info = u.handler_infos[h];
                    let target = u.labels[info.target.0].unwrap_or(0);
                    table.push(ExcEntry { start: start as u32, end: i as u32, target, depth: info.depth, exc_depth: info.exc_depth });
                }
            }
        }
        u.code.exc_table = table;
        // cell2arg: parameters that live in cells.
        let nparams = u.code.total_args() as u32;
        u.code.cell2arg = u.code.cellvars.iter().map(|c| u.local_index.get(c).copied().filter(|&p| p < nparams)).collect();
        u.code.max_stack = 0;
        u.code
    }

    // ----- emission helpers -----

    fn emit(&mut self, op: Op) {
        let u = self.unit();
        u.code.ops.push(op);
        u.code.lines.push(u.line);
        let h = u.handlers.last().copied();
        u.handler_of_op.push(h);
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0] = Some(u.code.ops.len() as u32);
    }

    fn jump(&mut self, make: fn(u32) -> Op, l: Label) {
        self.emit(make(l.0 as u32));
    }

    fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.unit();
        let key = match &c {
            Constant::Code(_) | Constant::Float(_) => None,
            other => ConstKey::of(other),
        };
        let i = u.code.consts.len() as u32;
        if let Some(key) = key {
            match u.const_index.entry(key) {
                Entry::Occupied(e) => return *e.get(),
                Entry::Vacant(e) => {
                    e.insert(i);
                }
            }
        }
        u.code.consts.push(c);
        i
    }

    fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let name: Rc<str> = name.into();
        let i = u.code.names.len() as u32;
        u.code.names.push(name.clone());
        u.name_index.insert(name, i);
        i
    }

    /// A new attribute site naming `name`: every attribute instruction has
    /// its own, so that each can keep its own inline cache.
    fn attr_site(&mut self, name: &str) -> u32 {
        let i = self.name_idx(name);
        let sites = &mut self.unit().code.attr_sites;
        sites.push(i);
        (sites.len() - 1) as u32
    }

    /// The fast-local slot of `name` in the current function (what
    /// `LoadFast` and friends take), if it is one.
    fn fast_slot(&self, name: &str) -> Option<u32> {
        let scope = &self.table.scopes[self.u().scope];
        match (scope.kind, scope.lookup(name)) {
            (ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension, NameScope::Local) => self.u().local_index.get(name).copied(),
            _ => None,
        }
    }

    /// The fast-local slot of `e` when it is a name that is one.
    fn fast_local(&self, e: &Expr) -> Option<u32> {
        match e {
            Expr::Name(n) => self.fast_slot(&n.id),
            _ => None,
        }
    }

    /// Whether `e` is `super()` with no arguments, in a function whose
    /// `super` is the global (or builtin) name and which has a first
    /// argument and the `__class__` cell: the shape `LoadSuperMethod`
    /// serves. Anything else compiles as a plain call of `super`.
    fn is_zero_arg_super(&self, e: &Expr) -> bool {
        let Expr::Call(c) = e else { return false };
        let Expr::Name(n) = &*c.func else { return false };
        if &*n.id != "super" || !c.arguments.args.is_empty() || !c.arguments.keywords.is_empty() {
            return false;
        }
        let scope = &self.table.scopes[self.u().scope];
        let global = matches!(scope.lookup("super"), NameScope::GlobalImplicit | NameScope::GlobalExplicit);
        let code = &self.u().code;
        let has_class_cell = code.freevars.iter().any(|v| &**v == "__class__");
        global && has_class_cell && code.argcount > 0 && matches!(scope.kind, ScopeKind::Function | ScopeKind::Lambda)
    }

    /// Emits `value.attr` for one attribute instruction (`plain` makes it
    /// from a site): fused with the load of `value` when that is a fast
    /// local (`fused` makes the fused instruction from the packed
    /// operand), else `value` then the plain instruction.
    fn attr_op(&mut self, value: &'a Expr, attr: &str, plain: fn(u32) -> Op, fused: fn(u32) -> Op) -> CResult<()> {
        if let Some(local) = self.fast_local(value) {
            let site = self.attr_site(attr);
            if let Some(x) = pack_local_attr(local, site) {
                self.emit(fused(x));
            } else {
                self.emit(Op::LoadFast(local));
                self.emit(plain(site));
            }
            return Ok(());
        }
        self.expr(value)?;
        let site = self.attr_site(attr);
        self.emit(plain(site));
        Ok(())
    }

    fn depth(&self) -> u32 {
        let u = self.u();
        u.fblocks.iter().map(|f| f.stack_items()).sum::<u32>()
    }

    fn exc_depth(&self) -> u32 {
        self.u().fblocks.iter().filter(|f| matches!(f, FBlock::Handler)).count() as u32
    }

    fn push_handler(&mut self, target: Label, extra: u32) {
        let h = Handler { target, depth: self.depth() + extra, exc_depth: self.exc_depth() };
        let u = self.unit();
        u.handler_infos.push(h);
        let id = u.handler_infos.len() - 1;
        u.handlers.push(id);
    }

    fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    fn set_line(&mut self, r: TextRange) -> u32 {
        let line = self.line_of(r);
        let u = self.unit();
        let old = u.line;
        u.line = line;
        old
    }

    // ----- entry points -----

    /// Compiles with the future flags of the code that called `exec`,
    /// `eval` or `compile` (or `compile()`'s `flags`) already in effect.
    pub fn with_future_flags(mut self, flags: u32) -> Self {
        self.future_annotations |= flags & super::FLAG_FUTURE_ANNOTATIONS != 0;
        self
    }

    /// Compiles a module (or `exec`/`eval` source) body.
    pub fn compile_module(mut self, body: &'a [Stmt]) -> CResult<CodeObject> {
        self.push_unit(0, self.kind, "<module>", "<module>".into(), 1);
        let body = skip_docstring(body);
        self.future_features(body)?;
        self.stmts(body)?;
        self.load_const(Constant::None);
        self.emit(Op::ReturnValue);
        Ok(self.finish_unit())
    }

    /// The future statements that open the module (after its docstring):
    /// their features must exist (CPython's `future_check_features`).
    fn future_features(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            let Some(i) = is_future_import(s) else { break };
            let line = self.line_of(s.range());
            for a in &i.names {
                match a.name.id.as_str() {
                    "annotations" => self.future_annotations = true,
                    "braces" => return err("not a chance", line),
                    "*" => return err("future feature * is not defined", line),
                    f if FUTURE_FEATURES.contains(&f) => {}
                    f => return err(format!("future feature {f} is not defined"), line),
                }
            }
            self.future_stmts.push(s.range());
        }
        Ok(())
    }

    /// Compiles a single expression for `eval`: returns its value.
    pub fn compile_expression(mut self, e: &'a Expr) -> CResult<CodeObject> {
        self.push_unit(0, self.kind, "<module>", "<module>".into(), 1);
        self.expr(e)?;
        self.emit(Op::ReturnValue);
        Ok(self.finish_unit())
    }

    /// CPython's `__qualname__` for a new scope named `name` inside the current unit.
    fn qualname(&self, name: &str) -> String {
        match self.units.last() {
            Some(u) if self.units.len() > 1 || self.table.scopes[u.scope].kind != ScopeKind::Module => {
                let s = &self.table.scopes[u.scope];
                if s.kind == ScopeKind::Module {
                    return name.to_string();
                }
                let base = u.code.qualname.to_string();
                if s.is_function_like() {
                    format!("{base}.<locals>.{name}")
                } else {
                    format!("{base}.{name}")
                }
            }
            _ => name.to_string(),
        }
    }

    // ----- names -----

    fn name_op(&mut self, name: &str, ctx: Ctx, r: TextRange) -> CResult<()> {
        let scope = &self.table.scopes[self.u().scope];
        let kind = scope.kind;
        let ns = scope.lookup(name);
        let _is_class_free = scope.class_free.contains(name);
        let code_kind = self.u().code.kind;
        let _ = r;
        if let Some(idx) = self.fast_slot(name) {
            self.emit(match ctx {
                Ctx::Load => Op::LoadFast(idx),
                Ctx::Store => Op::StoreFast(idx),
                Ctx::Del => Op::DeleteFast(idx),
            });
            return Ok(());
        }
        match (kind, ns) {
            (_, NameScope::Cell | NameScope::Free) if !(kind == ScopeKind::Class && ns == NameScope::Cell) => {
                let idx = self.deref_idx(name);
                self.emit(match (ctx, kind) {
                    (Ctx::Load, ScopeKind::Class) => Op::LoadClassDeref(idx),
                    (Ctx::Load, _) => Op::LoadDeref(idx),
                    (Ctx::Store, _) => Op::StoreDeref(idx),
                    (Ctx::Del, _) => Op::DeleteDeref(idx),
                });
            }
            (_, NameScope::GlobalExplicit) => self.global_op(name, ctx),
            (ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension, _) => self.global_op(name, ctx),
            (ScopeKind::Module, _) if code_kind == CodeKind::Module => self.global_op(name, ctx),
            _ => {
                let i = self.name_idx(name);
                self.emit(match ctx {
                    Ctx::Load => Op::LoadName(i),
                    Ctx::Store => Op::StoreName(i),
                    Ctx::Del => Op::DeleteName(i),
                });
            }
        }
        Ok(())
    }

    fn global_op(&mut self, name: &str, ctx: Ctx) {
        let i = self.name_idx(name);
        self.emit(match ctx {
            Ctx::Load => Op::LoadGlobal(i),
            Ctx::Store => Op::StoreGlobal(i),
            Ctx::Del => Op::DeleteGlobal(i),
        });
    }

    fn deref_idx(&self, name: &str) -> u32 {
        // An unknown name (a symbol-table bug) falls back to the first free variable, as before.
        self.u().deref_index.get(name).copied().unwrap_or(self.u().code.cellvars.len() as u32)
    }

    // ----- statements -----

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn unsupported<T>(&self, what: &str, r: TextRange) -> CResult<T> {
        err(format!("{what} is not supported by nsvm (outside the Python subset)"), self.line_of(r))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let line = self.line_of(s.range());
        self.unit().line = line;
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if !self.table.scopes[self.u().scope].is_function_like() {
                    return err("'return' outside function", line);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.unwind_for_return()?;
                self.emit(Op::ReturnValue);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                // Annotations are evaluated and ignored at module and class level.
                if a.simple && !self.future_annotations && !self.table.scopes[self.u().scope].is_function_like() {
                    self.expr(&a.annotation)?;
                    self.emit(Op::Pop);
                }
                Ok(())
            }
            Stmt::For(f) => {
                if f.is_async {
                    return self.unsupported("'async for'", f.range);
                }
                self.for_loop(f)
            }
            Stmt::While(w) => self.while_loop(w),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::With(w) => {
                if w.is_async {
                    return self.unsupported("'async with'", w.range);
                }
                self.with_stmt(&w.items, &w.body)
            }
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    return self.unsupported("'except*'", t.range);
                }
                if t.finalbody.is_empty() {
                    self.try_except(t)
                } else {
                    self.try_finally(t)
                }
            }
            Stmt::Assert(a) => {
                let end = self.new_label();
                self.cond_jump(&a.test, true, end)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.emit(Op::PushNull);
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.bind(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.load_const(Constant::Int(0));
                    self.load_const(Constant::None);
                    let idx = self.name_idx(&a.name.id);
                    self.emit(Op::ImportName(idx));
                    match &a.asname {
                        Some(asn) => {
                            for part in a.name.id.split('.').skip(1) {
                                let pi = self.attr_site(part);
                                self.emit(Op::LoadAttr(pi));
                            }
                            self.name_op(&asn.id, Ctx::Store, asn.range)?;
                        }
                        None => {
                            let top = a.name.id.split('.').next().unwrap_or("");
                            self.name_op(top, Ctx::Store, a.range)?;
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                if is_future_import(s).is_some() && !self.future_stmts.contains(&i.range) {
                    return err("from __future__ imports must occur at the beginning of the file", line);
                }
                self.load_const(Constant::Int(i.level as i64));
                let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.id.as_str().into())).collect();
                self.load_const(Constant::Tuple(names));
                let module = i.module.as_ref().map(|m| m.id.as_str()).unwrap_or("");
                let idx = self.name_idx(module);
                self.emit(Op::ImportName(idx));
                if i.names.len() == 1 && &*i.names[0].name.id == "*" {
                    self.emit(Op::ImportStar);
                    return Ok(());
                }
                for a in &i.names {
                    let ni = self.name_idx(&a.name.id);
                    self.emit(Op::ImportFrom(ni));
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(&bound.id, Ctx::Store, bound.range)?;
                }
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if matches!(&*e.value, Expr::StringLiteral(_) | Expr::NumberLiteral(_) | Expr::EllipsisLiteral(_)) {
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Break(_) => self.break_continue(true, line),
            Stmt::Continue(_) => self.break_continue(false, line),
            Stmt::TypeAlias(t) => self.unsupported("the 'type' statement", t.range),
            Stmt::Match(m) => self.unsupported("'match'", m.range),
            Stmt::IpyEscapeCommand(c) => self.unsupported("IPython escape commands", c.range),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = binop_kind(a.op) as u32;
        match &*a.target {
            Expr::Name(n) => {
                self.name_op(&n.id, Ctx::Load, n.range)?;
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.name_op(&n.id, Ctx::Store, n.range)?;
            }
            Expr::Attribute(at) => {
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let i = self.attr_site(&at.attr.id);
                self.emit(Op::LoadAttr(i));
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Swap(2));
                let i = self.attr_site(&at.attr.id);
                self.emit(Op::StoreAttr(i));
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                self.expr(&sub.slice)?;
                self.emit(Op::Dup2);
                self.emit(Op::Subscript);
                self.expr(&a.value)?;
                self.emit(Op::InplaceOp(op));
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.emit(Op::StoreSubscr);
            }
            other => return err("'expression' is an illegal expression for augmented assignment", self.line_of(other.range())),
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Store, n.range),
            Expr::Attribute(a) => self.attr_op(&a.value, &a.attr.id, Op::StoreAttr, Op::StoreFastAttr),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(t) => self.unpack_targets(&t.elts, t.range),
            Expr::List(t) => self.unpack_targets(&t.elts, t.range),
            Expr::Starred(s) => err("starred assignment target must be in a list or tuple", self.line_of(s.range)),
            other => err(format!("cannot assign to {}", expr_desc(other)), self.line_of(other.range())),
        }
    }

    fn unpack_targets(&mut self, elts: &'a [Expr], r: TextRange) -> CResult<()> {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts.iter().filter(|e| matches!(e, Expr::Starred(_))).count() > 1 {
            return err("multiple starred expressions in assignment", self.line_of(r));
        }
        match star {
            Some(i) => {
                let after = elts.len() - i - 1;
                self.emit(Op::UnpackEx((i as u32) | ((after as u32) << 16)));
            }
            None => self.emit(Op::UnpackSequence(elts.len() as u32)),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                other => self.store_target(other)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.name_op(&n.id, Ctx::Del, n.range),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_site(&a.attr.id);
                self.emit(Op::DeleteAttr(i));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(t) => {
                for e in &t.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            Expr::List(t) => {
                for e in &t.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => err(format!("cannot delete {}", expr_desc(other)), self.line_of(other.range())),
        }
    }

    fn if_stmt(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        let end = self.new_label();
        let mut next = self.new_label();
        self.cond_jump(&i.test, false, next)?;
        self.stmts(&i.body)?;
        for clause in &i.elif_else_clauses {
            self.jump(Op::Jump, end);
            self.bind(next);
            next = self.new_label();
            self.unit().line = self.line_of(clause.range);
            if let Some(t) = &clause.test {
                self.cond_jump(t, false, next)?;
            }
            self.stmts(&clause.body)?;
        }
        self.bind(next);
        self.bind(end);
        Ok(())
    }

    /// Compiles `test` and jumps to `target` when its truth equals `when`.
    fn cond_jump(&mut self, test: &'a Expr, when: bool, target: Label) -> CResult<()> {
        match test {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.cond_jump(&u.operand, !when, target),
            Expr::BoolOp(b) => {
                let is_and = b.op == ast::BoolOp::And;
                let n = b.values.len();
                if is_and != when {
                    // and/false or or/true: any operand decides the jump.
                    for v in &b.values {
                        self.cond_jump(v, when, target)?;
                    }
                } else {
                    let skip = self.new_label();
                    for (i, v) in b.values.iter().enumerate() {
                        if i + 1 < n {
                            self.cond_jump(v, !when, skip)?;
                        } else {
                            self.cond_jump(v, when, target)?;
                        }
                    }
                    self.bind(skip);
                }
                Ok(())
            }
            _ => {
                self.expr(test)?;
                self.jump(if when { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, target);
                Ok(())
            }
        }
    }

    fn while_loop(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.cond_jump(&w.test, false, orelse)?;
        self.unit().fblocks.push(FBlock::While { cont: top, brk: end });
        self.stmts(&w.body)?;
        self.unit().fblocks.pop();
        self.jump(Op::Jump, top);
        self.bind(orelse);
        self.stmts(&w.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn for_loop(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let top = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        self.expr(&f.iter)?;
        self.emit(Op::GetIter);
        self.bind(top);
        self.unit().line = self.line_of(f.range);
        self.jump(Op::ForIter, orelse);
        self.unit().fblocks.push(FBlock::For { cont: top, brk: end });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.unit().fblocks.pop();
        self.jump(Op::Jump, top);
        self.bind(orelse);
        self.stmts(&f.orelse)?;
        self.bind(end);
        Ok(())
    }

    fn break_continue(&mut self, is_break: bool, line: u32) -> CResult<()> {
        // Find the innermost loop.
        let loop_idx = self.u().fblocks.iter().rposition(|f| matches!(f, FBlock::While { .. } | FBlock::For { .. }));
        let Some(li) = loop_idx else {
            return err(if is_break { "'break' outside loop" } else { "'continue' not properly in loop" }, line);
        };
        let saved: Vec<FBlock<'a>> = self.unit().fblocks.drain(..).collect();
        let saved_handlers = self.u().handlers.clone();
        for i in (li + 1..saved.len()).rev() {
            self.unit().fblocks = saved[..i].iter().map(clone_fblock).collect();
            self.unwind_block(&saved[i], false)?;
        }
        let (cont, brk, is_for) = match &saved[li] {
            FBlock::While { cont, brk } => (*cont, *brk, false),
            FBlock::For { cont, brk } => (*cont, *brk, true),
            _ => return err("'break' outside loop", line),
        };
        if is_break {
            if is_for {
                self.emit(Op::Pop);
            }
            self.jump(Op::Jump, brk);
        } else {
            self.jump(Op::Jump, cont);
        }
        self.unit().handlers = saved_handlers;
        self.unit().fblocks = saved;
        Ok(())
    }

    fn unwind_for_return(&mut self) -> CResult<()> {
        let saved: Vec<FBlock<'a>> = self.unit().fblocks.drain(..).collect();
        let saved_handlers = self.u().handlers.clone();
        // Frame blocks are unwound innermost first; the return value stays on top.
        for i in (0..saved.len()).rev() {
            self.unit().fblocks = saved[..i].iter().map(clone_fblock).collect();
            self.unwind_block(&saved[i], true)?;
        }
        self.unit().handlers = saved_handlers;
        self.unit().fblocks = saved;
        Ok(())
    }

    /// Emits the code that leaves frame block `fb` early. With `keep_top`, a
    /// return value sits on top of the stack and must survive.
    fn unwind_block(&mut self, fb: &FBlock<'a>, keep_top: bool) -> CResult<()> {
        match fb {
            FBlock::While { .. } => {}
            FBlock::For { .. } => {
                if keep_top {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
            FBlock::Handler => {
                self.emit(Op::PopExcInfo);
                if keep_top {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
            FBlock::With => {
                if keep_top {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::WithExitNormal);
            }
            FBlock::Finally { body, handlers_len } => {
                // The finally body runs outside the try's own handler.
                self.unit().handlers.truncate(*handlers_len);
                // A `break`/`continue`/`return` inside it must drop the pending return value.
                if keep_top {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if keep_top {
                    self.unit().fblocks.pop();
                }
            }
            FBlock::PopValue => {
                if keep_top {
                    self.emit(Op::Swap(2));
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        self.push_handler(handler, 0);
        self.stmts(&t.body)?;
        self.pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.emit(Op::PushExcInfo);
        self.unit().fblocks.push(FBlock::Handler);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.unit().line = self.line_of(h.range);
            let next = self.new_label();
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch);
                self.jump(Op::PopJumpIfFalse, next);
            }
            if let Some(name) = &h.name {
                self.emit(Op::Dup);
                self.name_op(&name.id, Ctx::Store, name.range)?;
            }
            self.stmts(&h.body)?;
            self.emit(Op::PopExcInfo);
            self.emit(Op::Pop);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.name_op(&name.id, Ctx::Store, name.range)?;
                self.name_op(&name.id, Ctx::Del, name.range)?;
            }
            self.jump(Op::Jump, end);
            self.bind(next);
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopExcInfo);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let handler = self.new_label();
        let end = self.new_label();
        let handlers_len = self.u().handlers.len();
        self.push_handler(handler, 0);
        self.unit().fblocks.push(FBlock::Finally { body: &t.finalbody, handlers_len });
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
            self.stmts(&t.orelse)?;
        } else {
            self.try_except(t)?;
        }
        self.unit().fblocks.pop();
        self.pop_handler();
        self.stmts(&t.finalbody)?;
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.emit(Op::PushExcInfo);
        self.unit().fblocks.push(FBlock::Handler);
        self.stmts(&t.finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopExcInfo);
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [ast::WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&first.context_expr)?;
        self.emit(Op::BeforeWith);
        match &first.optional_vars {
            Some(v) => self.store_target(v)?,
            None => self.emit(Op::Pop),
        }
        self.push_handler(handler, 1);
        self.unit().fblocks.push(FBlock::With);
        self.with_stmt(rest, body)?;
        self.unit().fblocks.pop();
        self.pop_handler();
        self.emit(Op::WithExitNormal);
        self.jump(Op::Jump, end);
        self.bind(handler);
        self.emit(Op::PushExcInfo);
        self.emit(Op::WithExceptStart);
        self.jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::PopExcInfo);
        self.emit(Op::Reraise);
        self.bind(suppress);
        self.emit(Op::PopExcInfo);
        self.emit(Op::Pop);
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    // ----- functions and classes -----

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        if f.is_async {
            return self.unsupported("'async def'", f.range);
        }
        if f.type_params.is_some() {
            return self.unsupported("type parameters", f.range);
        }
        for d in &f.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Op::PushNull);
        }
        let scope = self.table.scope_for(f.range);
        let line = self.line_of(f.range);
        // Annotations are evaluated (in the enclosing scope) and ignored.
        self.make_function(scope, &f.name.id, Some(&f.parameters), line, f.returns.as_deref(), |c| {
            if let Some(Stmt::Expr(e)) = f.body.first() {
                if let Expr::StringLiteral(sl) = &*e.value {
                    c.unit().code.doc = Some(sl.value.to_str().into());
                }
            }
            let body = skip_docstring(&f.body);
            c.stmts(body)?;
            if !matches!(body.last(), Some(Stmt::Return(_))) {
                c.load_const(Constant::None);
                c.emit(Op::ReturnValue);
            }
            Ok(())
        })?;
        for _ in &f.decorator_list {
            self.emit(Op::Call(1));
        }
        self.name_op(&f.name.id, Ctx::Store, f.range)
    }

    /// Emits defaults, closure and code, then `MakeFunction`, for a scope whose body `body` compiles.
    fn make_function(
        &mut self,
        scope: ScopeId,
        name: &str,
        params: Option<&'a ast::Parameters>,
        line: u32,
        returns: Option<&'a Expr>,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        let mut flags = 0;
        if let Some(p) = params {
            let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(p.args.iter()).filter_map(|a| a.default.as_deref()).collect();
            if !defaults.is_empty() {
                for d in &defaults {
                    self.expr(d)?;
                }
                self.emit(Op::BuildTuple(defaults.len() as u32));
                flags |= 1;
            }
            let kwdefaults: Vec<(&str, &Expr)> = p.kwonlyargs.iter().filter_map(|a| a.default.as_deref().map(|d| (a.parameter.name.id.as_str(), d))).collect();
            if !kwdefaults.is_empty() {
                for (n, d) in &kwdefaults {
                    self.load_const(Constant::Str((*n).into()));
                    self.expr(d)?;
                }
                self.emit(Op::BuildMap(kwdefaults.len() as u32));
                flags |= 2;
            }
            // Annotations are evaluated and dropped, unless postponed.
            let evaluate = !self.future_annotations;
            let params = p.posonlyargs.iter().chain(p.args.iter()).chain(p.kwonlyargs.iter()).filter(|_| evaluate);
            for a in params {
                if let Some(ann) = &a.parameter.annotation {
                    self.expr(ann)?;
                    self.emit(Op::Pop);
                }
            }
            for v in p.vararg.iter().chain(p.kwarg.iter()).filter(|_| evaluate) {
                if let Some(ann) = &v.annotation {
                    self.expr(ann)?;
                    self.emit(Op::Pop);
                }
            }
        }
        if let Some(r) = returns.filter(|_| !self.future_annotations) {
            self.expr(r)?;
            self.emit(Op::Pop);
        }
        let qualname = self.qualname(name);
        self.push_unit(scope, CodeKind::Function, name, qualname, line);
        if let Some(p) = params {
            let u = self.unit();
            u.code.posonlyargcount = p.posonlyargs.len() as u32;
            u.code.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
            u.code.kwonlyargcount = p.kwonlyargs.len() as u32;
            if p.vararg.is_some() {
                u.code.flags |= FLAG_VARARGS;
            }
            if p.kwarg.is_some() {
                u.code.flags |= FLAG_VARKEYWORDS;
            }
        }
        if !self.u().code.cellvars.is_empty() {
            self.emit(Op::MakeCells);
        }
        body(self)?;
        let code = self.finish_unit();
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let idx = self.deref_idx(fv);
                self.emit(Op::LoadClosure(idx));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return self.unsupported("type parameters", c.range);
        }
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
            self.emit(Op::PushNull);
        }
        let line = self.line_of(c.range);
        self.emit(Op::LoadBuildClass);
        self.emit(Op::PushNull);
        let scope = self.table.scope_for(c.range);
        let qualname = self.qualname(&c.name.id);
        // The class body: a function run with a fresh namespace as its locals.
        self.push_unit(scope, CodeKind::Class, &c.name.id, qualname.clone(), line);
        if !self.u().code.cellvars.is_empty() {
            self.emit(Op::MakeCells);
        }
        let mi = self.name_idx("__name__");
        self.emit(Op::LoadName(mi));
        let mo = self.name_idx("__module__");
        self.emit(Op::StoreName(mo));
        self.load_const(Constant::Str(qualname.as_str().into()));
        let qi = self.name_idx("__qualname__");
        self.emit(Op::StoreName(qi));
        let body = &c.body;
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::StringLiteral(s) = &*e.value {
                self.load_const(Constant::Str(s.value.to_str().into()));
                let di = self.name_idx("__doc__");
                self.emit(Op::StoreName(di));
            }
        }
        self.stmts(skip_docstring(body))?;
        if self.table.scopes[scope].needs_class_cell {
            let idx = self.deref_idx("__class__");
            self.emit(Op::LoadClosure(idx));
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        let mut flags = 0;
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let idx = self.deref_idx(fv);
                self.emit(Op::LoadClosure(idx));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction(flags));
        self.load_const(Constant::Str(c.name.id.as_str().into()));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_args(args, keywords, 2, c.range)?;
        for _ in &c.decorator_list {
            self.emit(Op::Call(1));
        }
        self.name_op(&c.name.id, Ctx::Store, c.range)
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let old = self.set_line(e.range());
        self.expr_inner(e)?;
        self.unit().line = old;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => {
                    match i.as_i64() {
                        Some(v) => self.load_const(Constant::Int(v)),
                        None => {
                            let text = i.to_string();
                            if let Some(msg) = int_literal_too_long(&text) {
                                return err(msg, self.line_of(n.range));
                            }
                            self.load_const(Constant::BigInt(text))
                        }
                    }
                    Ok(())
                }
                ast::Number::Float(f) => {
                    self.load_const(Constant::Float(*f));
                    Ok(())
                }
                ast::Number::Complex { .. } => self.unsupported("complex numbers", n.range),
            },
            Expr::StringLiteral(s) => {
                self.load_const(Constant::Str(s.value.to_str().into()));
                Ok(())
            }
            Expr::BytesLiteral(b) => self.unsupported("bytes literals", b.range),
            Expr::BooleanLiteral(b) => {
                self.load_const(Constant::Bool(b.value));
                Ok(())
            }
            Expr::NoneLiteral(_) => {
                self.load_const(Constant::None);
                Ok(())
            }
            Expr::EllipsisLiteral(_) => {
                self.load_const(Constant::Ellipsis);
                Ok(())
            }
            Expr::Name(n) => self.name_op(&n.id, Ctx::Load, n.range),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::BinaryOp(binop_kind(b.op) as u32));
                Ok(())
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(match u.op {
                    ast::UnaryOp::Not => Op::UnaryNot,
                    ast::UnaryOp::USub => Op::UnaryNeg,
                    ast::UnaryOp::UAdd => Op::UnaryPos,
                    ast::UnaryOp::Invert => Op::UnaryInvert,
                });
                Ok(())
            }
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.jump(if b.op == ast::BoolOp::And { Op::JumpIfFalseOrPop } else { Op::JumpIfTrueOrPop }, end);
                    }
                }
                self.bind(end);
                Ok(())
            }
            Expr::Compare(c) => self.compare(c),
            Expr::If(i) => {
                let orelse = self.new_label();
                let end = self.new_label();
                self.cond_jump(&i.test, false, orelse)?;
                self.expr(&i.body)?;
                self.jump(Op::Jump, end);
                self.bind(orelse);
                self.expr(&i.orelse)?;
                self.bind(end);
                Ok(())
            }
            Expr::Call(c) => self.call(c),
            Expr::Attribute(a) => self.attr_op(&a.value, &a.attr.id, Op::LoadAttr, Op::LoadFastAttr),
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Subscript);
                Ok(())
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(v) => self.expr(v)?,
                        None => self.load_const(Constant::None),
                    }
                }
                if let Some(step) = &s.step {
                    self.expr(step)?;
                    self.emit(Op::BuildSlice(3));
                } else {
                    self.emit(Op::BuildSlice(2));
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                if let Some(c) = const_tuple(&t.elts) {
                    self.load_const(c);
                    return Ok(());
                }
                self.sequence(&t.elts, SeqKind::Tuple)
            }
            Expr::List(l) => self.sequence(&l.elts, SeqKind::List),
            Expr::Set(s) => {
                // CPython builds a set of 3+ constants from a frozenset constant,
                // which decides the table layout (and so the iteration order).
                if s.elts.len() >= 3 {
                    if let Some(Constant::Tuple(items)) = const_tuple(&s.elts) {
                        self.emit(Op::BuildSet(0));
                        self.load_const(Constant::FrozenSet(items));
                        self.emit(Op::SetUpdate(1));
                        return Ok(());
                    }
                }
                self.sequence(&s.elts, SeqKind::Set)
            }
            Expr::Dict(d) => self.dict(d),
            Expr::ListComp(c) => self.comprehension(c.range, &c.generators, CompKind::List(&c.elt)),
            Expr::SetComp(c) => self.comprehension(c.range, &c.generators, CompKind::Set(&c.elt)),
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(c.range, &c.generators, CompKind::Dict(k, &c.value)),
                None => err("dict unpacking cannot be used in dict comprehension", self.line_of(c.range)),
            },
            Expr::Generator(c) => self.comprehension(c.range, &c.generators, CompKind::Gen(&c.elt)),
            Expr::Lambda(l) => {
                let scope = self.table.scope_for(l.range);
                let line = self.line_of(l.range);
                self.make_function(scope, "<lambda>", l.parameters.as_deref(), line, None, |c| {
                    c.expr(&l.body)?;
                    c.emit(Op::ReturnValue);
                    Ok(())
                })
            }
            Expr::Yield(y) => {
                self.check_in_function("'yield' outside function", y.range)?;
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.emit(Op::YieldValue);
                Ok(())
            }
            Expr::YieldFrom(y) => {
                self.check_in_function("'yield from' outside function", y.range)?;
                self.expr(&y.value)?;
                self.emit(Op::GetYieldFromIter);
                self.load_const(Constant::None);
                let top = self.new_label();
                let done = self.new_label();
                self.bind(top);
                self.jump(Op::Send, done);
                self.emit(Op::YieldValue);
                self.jump(Op::Jump, top);
                self.bind(done);
                Ok(())
            }
            Expr::FString(f) => self.fstring(f),
            Expr::Starred(s) => err("can't use starred expression here", self.line_of(s.range)),
            Expr::Named(n) => self.unsupported("the walrus operator ':='", n.range),
            Expr::Await(a) => self.unsupported("'await'", a.range),
            Expr::TString(t) => self.unsupported("template strings", t.range),
            Expr::IpyEscapeCommand(c) => self.unsupported("IPython escape commands", c.range),
        }
    }

    fn check_in_function(&self, msg: &str, r: TextRange) -> CResult<()> {
        let s = &self.table.scopes[self.u().scope];
        if !s.is_function_like() {
            return err(msg, self.line_of(r));
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            self.expr(&c.comparators[0])?;
            self.cmp_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n {
            self.expr(&c.comparators[i])?;
            if i + 1 < n {
                self.emit(Op::Dup);
                self.emit(Op::Swap(3));
                self.emit(Op::Swap(2));
                self.cmp_op(c.ops[i]);
                self.jump(Op::JumpIfFalseOrPop, cleanup);
            } else {
                self.cmp_op(c.ops[i]);
            }
        }
        self.jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Swap(2));
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    fn cmp_op(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as C;
        self.emit(match op {
            C::Eq => Op::Compare(CmpKind::Eq as u32),
            C::NotEq => Op::Compare(CmpKind::Ne as u32),
            C::Lt => Op::Compare(CmpKind::Lt as u32),
            C::LtE => Op::Compare(CmpKind::Le as u32),
            C::Gt => Op::Compare(CmpKind::Gt as u32),
            C::GtE => Op::Compare(CmpKind::Ge as u32),
            C::Is => Op::IsOp(0),
            C::IsNot => Op::IsOp(1),
            C::In => Op::ContainsOp(0),
            C::NotIn => Op::ContainsOp(1),
        });
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let simple = !c.arguments.args.iter().any(|a| matches!(a, Expr::Starred(_))) && !c.arguments.keywords.iter().any(|k| k.arg.is_none());
        match &*c.func {
            Expr::Attribute(a) if simple => {
                // `LoadSuperMethod` for `super().m(...)`; otherwise a local's
                // load is fused only when the local and the method name
                // share a line (the pair reports errors on one line each).
                let same_line = self.line_of(a.value.range()) == self.line_of(a.attr.range);
                if !same_line {
                    self.expr(&a.value)?;
                }
                let old = self.set_line(a.attr.range);
                if !same_line {
                    let i = self.attr_site(&a.attr.id);
                    self.emit(Op::LoadMethod(i));
                } else if self.is_zero_arg_super(&a.value) {
                    self.name_op("super", Ctx::Load, a.value.range())?;
                    let i = self.attr_site(&a.attr.id);
                    self.emit(Op::LoadSuperMethod(i));
                } else {
                    self.attr_op(&a.value, &a.attr.id, Op::LoadMethod, Op::LoadFastMethod)?;
                }
                self.unit().line = old;
                if c.arguments.keywords.is_empty() {
                    // The method-call pair: `LoadMethod` then `CallMethod`.
                    for a in &c.arguments.args {
                        self.expr(a)?;
                    }
                    self.emit(Op::CallMethod(c.arguments.args.len() as u32));
                    return Ok(());
                }
            }
            f => {
                self.expr(f)?;
                self.emit(Op::PushNull);
            }
        }
        self.call_args(&c.arguments.args, &c.arguments.keywords, 0, c.range())
    }

    /// Emits arguments and the call instruction; `already` positional
    /// arguments were pushed by the caller (class creation).
    fn call_args(&mut self, args: &'a [Expr], keywords: &'a [ast::Keyword], already: u32, r: TextRange) -> CResult<()> {
        let line = self.line_of(r);
        let mut seen: HashSet<&str> = HashSet::new();
        for k in keywords {
            if let Some(a) = &k.arg {
                if !seen.insert(a.id.as_str()) {
                    return err(format!("keyword argument repeated: {}", a.id), line);
                }
            }
        }
        let simple = !args.iter().any(|a| matches!(a, Expr::Starred(_))) && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            let n = already + (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Op::Call(n));
            } else {
                let names: Vec<Constant> = keywords.iter().map(|k| Constant::Str(k.arg.as_ref().map(|a| a.id.as_str()).unwrap_or("").into())).collect();
                self.load_const(Constant::Tuple(names));
                self.emit(Op::CallKw(n));
            }
            return Ok(());
        }
        // General form: build an argument tuple and a keyword dict.
        self.emit(Op::BuildList(already));
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    // The high bit marks call arguments, for CPython's error wording.
                    self.emit(Op::ListExtend(1 | CALL_ARGS));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.arg {
                Some(a) => {
                    self.load_const(Constant::Str(a.id.as_str().into()));
                    self.expr(&k.value)?;
                    self.emit(Op::BuildMap(1));
                    self.emit(Op::DictMerge(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        self.emit(Op::CallEx(1));
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult<()> {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::List => Op::BuildList(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        }
        for e in elts {
            match (e, kind) {
                (Expr::Starred(s), SeqKind::Set) => {
                    self.expr(&s.value)?;
                    self.emit(Op::SetUpdate(1));
                }
                (Expr::Starred(s), _) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                (other, SeqKind::Set) => {
                    self.expr(other)?;
                    self.emit(Op::SetAdd(1));
                }
                (other, _) => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        if d.items.iter().all(|i| i.key.is_some()) {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Op::BuildMap(d.items.len() as u32));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for item in &d.items {
            match &item.key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&item.value)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(&item.value)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        Ok(())
    }

    fn comprehension(&mut self, range: TextRange, gens: &'a [ast::Comprehension], kind: CompKind<'a>) -> CResult<()> {
        if gens.iter().any(|g| g.is_async) {
            return self.unsupported("asynchronous comprehensions", range);
        }
        let scope = self.table.scope_for(range);
        let line = self.line_of(range);
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname(name);
        self.push_unit(scope, CodeKind::Function, name, qualname, line);
        {
            let u = self.unit();
            u.code.argcount = 1;
        }
        if !self.u().code.cellvars.is_empty() {
            self.emit(Op::MakeCells);
        }
        match kind {
            CompKind::List(_) => self.emit(Op::BuildList(0)),
            CompKind::Set(_) => self.emit(Op::BuildSet(0)),
            CompKind::Dict(..) => self.emit(Op::BuildMap(0)),
            CompKind::Gen(_) => {}
        }
        self.comp_generator(gens, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Constant::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        let mut flags = 0;
        if !code.freevars.is_empty() {
            for fv in &code.freevars {
                let idx = self.deref_idx(fv);
                self.emit(Op::LoadClosure(idx));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction(flags));
        self.emit(Op::PushNull);
        self.expr(&gens[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }

    fn comp_generator(&mut self, gens: &'a [ast::Comprehension], i: usize, kind: CompKind<'a>) -> CResult<()> {
        let g = &gens[i];
        let top = self.new_label();
        let end = self.new_label();
        if i == 0 {
            self.emit(Op::LoadFast(0));
        } else {
            self.expr(&g.iter)?;
            self.emit(Op::GetIter);
        }
        self.bind(top);
        self.jump(Op::ForIter, end);
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.cond_jump(cond, false, top)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, kind)?;
        } else {
            let depth = (gens.len() + 1) as u32;
            match kind {
                CompKind::List(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(e) => {
                    self.expr(e)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(e) => {
                    self.expr(e)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        self.jump(Op::Jump, top);
        self.bind(end);
        Ok(())
    }

    fn fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut n = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => {
                    self.load_const(Constant::Str(l.value.as_ref().into()));
                    n += 1;
                }
                ast::FStringPart::FString(fs) => {
                    n += self.fstring_elements(&fs.elements)?;
                }
            }
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        }
        Ok(())
    }

    fn fstring_elements(&mut self, els: &'a ast::InterpolatedStringElements) -> CResult<u32> {
        let mut n = 0;
        for el in els.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => {
                    self.load_const(Constant::Str(l.value.as_ref().into()));
                    n += 1;
                }
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conv = match i.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    if let Some(dbg) = &i.debug_text {
                        let text = format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                        self.load_const(Constant::Str(text.as_str().into()));
                        n += 1;
                        if conv == 0 && i.format_spec.is_none() {
                            conv = 2;
                        }
                    }
                    self.expr(&i.expression)?;
                    if let Some(spec) = &i.format_spec {
                        let k = self.fstring_elements(&spec.elements)?;
                        if k != 1 {
                            self.emit(Op::BuildString(k));
                        }
                        conv |= 4;
                    }
                    self.emit(Op::FormatValue(conv));
                    n += 1;
                }
            }
        }
        if n == 0 {
            self.load_const(Constant::Str("".into()));
            n = 1;
        }
        Ok(n)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

fn clone_fblock<'a>(f: &FBlock<'a>) -> FBlock<'a> {
    match f {
        FBlock::While { cont, brk } => FBlock::While { cont: *cont, brk: *brk },
        FBlock::For { cont, brk } => FBlock::For { cont: *cont, brk: *brk },
        FBlock::Finally { body, handlers_len } => FBlock::Finally { body, handlers_len: *handlers_len },
        FBlock::Handler => FBlock::Handler,
        FBlock::With => FBlock::With,
        FBlock::PopValue => FBlock::PopValue,
    }
}

/// Constants compare equal across kinds (1 == 1.0 == True); the table must not merge them.
/// The identity of a constant for sharing one table entry between equal
/// uses: its kind and value, floats by their bits (so `0.0` and `-0.0`,
/// and `1` and `True`, never share an entry). Code objects have none: each
/// stays its own entry. Top-level floats are not shared either (as before).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    BigInt(Rc<str>),
    Float(u64),
    Str(Rc<str>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Ellipsis,
}

impl ConstKey {
    fn of(c: &Constant) -> Option<ConstKey> {
        Some(match c {
            Constant::None => ConstKey::None,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::BigInt(s) => ConstKey::BigInt(s.as_str().into()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::Tuple(v) => ConstKey::Tuple(v.iter().map(ConstKey::of).collect::<Option<_>>()?),
            Constant::FrozenSet(v) => ConstKey::FrozenSet(v.iter().map(ConstKey::of).collect::<Option<_>>()?),
            Constant::Code(_) => return None,
            Constant::Ellipsis => ConstKey::Ellipsis,
        })
    }
}

/// CPython 3.11 refuses to convert more than 4300 decimal digits to an int
/// (`sys.get_int_max_str_digits()`), and says so for a literal at compile
/// time; hexadecimal, octal and binary literals have no limit.
const INT_MAX_STR_DIGITS: usize = 4300;

fn int_literal_too_long(text: &str) -> Option<String> {
    let lower = text.get(..2).map(|p| p.to_ascii_lowercase());
    if matches!(lower.as_deref(), Some("0x" | "0o" | "0b")) {
        return None;
    }
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    (digits > INT_MAX_STR_DIGITS).then(|| {
        format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; \
             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
        )
    })
}

fn const_tuple(elts: &[Expr]) -> Option<Constant> {
    if elts.is_empty() {
        return Some(Constant::Tuple(Vec::new()));
    }
    let mut out = Vec::new();
    for e in elts {
        out.push(match e {
            Expr::NumberLiteral(n) => match &n.value {
                ast::Number::Int(i) => Constant::Int(i.as_i64()?),
                ast::Number::Float(f) => Constant::Float(*f),
                _ => return None,
            },
            Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
            Expr::BooleanLiteral(b) => Constant::Bool(b.value),
            Expr::NoneLiteral(_) => Constant::None,
            _ => return None,
        });
    }
    Some(Constant::Tuple(out))
}

fn skip_docstring(body: &[Stmt]) -> &[Stmt] {
    match body.first() {
        Some(Stmt::Expr(e)) if matches!(&*e.value, Expr::StringLiteral(_)) => &body[1..],
        _ => body,
    }
}

fn binop_kind(op: ast::Operator) -> BinOpKind {
    use ast::Operator as O;
    match op {
        O::Add => BinOpKind::Add,
        O::Sub => BinOpKind::Sub,
        O::Mult => BinOpKind::Mul,
        O::MatMult => BinOpKind::MatMul,
        O::Div => BinOpKind::TrueDiv,
        O::Mod => BinOpKind::Mod,
        O::Pow => BinOpKind::Pow,
        O::LShift => BinOpKind::LShift,
        O::RShift => BinOpKind::RShift,
        O::BitOr => BinOpKind::Or,
        O::BitXor => BinOpKind::Xor,
        O::BitAnd => BinOpKind::And,
        O::FloorDiv => BinOpKind::FloorDiv,
    }
}

fn expr_desc(e: &Expr) -> &'static str {
    match e {
        Expr::Call(_) => "function call",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BooleanLiteral(_) | Expr::NoneLiteral(_) => "literal",
        Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Lambda(_) => "lambda",
        Expr::Compare(_) => "comparison",
        Expr::BoolOp(_) => "expression",
        Expr::FString(_) => "f-string expression",
        _ => "expression",
    }
}

//! Running Python source inside a Rust program: a VM with one `__main__`
//! module, for micro benchmarks and property tests that should not pay for
//! a process per program.

use crate::bytecode::CodeKind;
use crate::compiler;
use crate::interp::{StrategyKind, Vm};
use crate::objects::{PyCode, PyModule, Value};
use std::rc::Rc;

/// A VM and its `__main__` module.
pub struct Interp {
    pub vm: Vm,
    pub main: Rc<PyModule>,
}

impl Interp {
    pub fn new(strategy: StrategyKind) -> Interp {
        let mut vm = Vm::new(strategy);
        crate::builtins::set_sys_args(&mut vm);
        let main = crate::interp::import::new_module(&vm, "__main__");
        vm.modules.data.borrow_mut().set_str(crate::name!("__main__"), Value::Module(main.clone()));
        Interp { vm, main }
    }

    /// Runs `src` in `__main__`. Output goes to the VM's buffered stdout
    /// (flushed at exit or by `flush`); an exception comes back as its
    /// formatted traceback.
    pub fn exec(&mut self, src: &str) -> Result<(), String> {
        let code = compiler::compile_source(src, "<embed>", CodeKind::Module).map_err(|e| format!("SyntaxError: {}", e.msg))?;
        // No frame runs between top-level calls; an entry left by a panic
        // caught around an earlier call would point at a dead frame.
        self.vm.frames.clear();
        let r = self.vm.run_code(PyCode::load(Rc::new(code)), None, self.main.dict.clone(), None);
        r.map(|_| ()).map_err(|e| self.describe(e))
    }

    /// A global of `__main__`.
    pub fn global(&self, name: &str) -> Option<Value> {
        self.main.dict.data.borrow().get_str(&crate::objects::str::intern(name))
    }

    /// Calls the global function `name` with positional arguments.
    pub fn call(&mut self, name: &str, args: &[Value]) -> Result<Value, String> {
        let f = self.global(name).ok_or_else(|| format!("NameError: name '{name}' is not defined"))?;
        self.vm.frames.clear(); // as in `exec`
        self.vm.call(&f, args, &[]).map_err(|e| self.describe(e))
    }

    pub fn flush(&mut self) {
        self.vm.flush_out();
    }

    /// Keeps stdout in memory from now on; `take_output` returns it.
    pub fn capture_output(&mut self) {
        self.vm.capture = true;
    }

    pub fn take_output(&mut self) -> String {
        String::from_utf8_lossy(&self.vm.take_output()).into_owned()
    }

    /// Lets go of everything the program made, so that a process running
    /// many programs does not keep them all: the VM forgets its modules
    /// (`__main__` included) and stack, and a full collection of the cycle
    /// collector frees the cycles a program leaves (functions hold their
    /// module's namespace, which holds them; a class's MRO holds the
    /// class). The interpreter is not for further use.
    pub fn teardown(&mut self) {
        self.vm.frames.clear();
        let modules = std::mem::take(&mut *self.vm.modules.data.borrow_mut());
        drop(modules);
        let main = std::mem::replace(&mut self.main, crate::interp::import::new_module(&self.vm, "__main__"));
        drop(main);
        self.vm.stack.clear();
        self.vm.exc_info.clear();
        crate::objects::gc::collect(2);
    }

    /// Ends the interpreter: `teardown`, then the VM itself goes, and a
    /// full collection frees the cycles of its own objects (each built-in
    /// class's MRO holds the class). A process that makes many VMs on one
    /// thread calls this, not `teardown` alone: the VM's cycles would
    /// otherwise wait for a full collection, and at the thread's end none
    /// comes. The collector's settings (`gc.disable()`, thresholds) go
    /// back to their defaults.
    pub fn close(mut self) {
        self.teardown();
        drop(self);
        crate::objects::typ::clear_lookup_cache();
        crate::objects::gc::collect(2);
        crate::objects::gc::reset_settings();
    }

    fn describe(&mut self, e: crate::objects::PyErr) -> String {
        let mut out = String::new();
        crate::runner::format_exception(&mut self.vm, &Value::Instance(e.0), 0, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A program's cycles (a function and its module, a class and its MRO,
    /// an instance holding itself) are gone after `teardown`.
    #[test]
    fn teardown_frees_the_program() {
        for strategy in StrategyKind::ALL {
            let mut interp = Interp::new(strategy);
            interp.capture_output();
            interp.exec("class C:\n    def m(self):\n        return C\ndef f():\n    return f\nc = C()\nc.me = c\n").unwrap();
            let ns = Rc::downgrade(&interp.main.dict);
            let c = match interp.global("C") {
                Some(Value::Type(c)) => Rc::downgrade(&c),
                _ => panic!("no class C"),
            };
            interp.teardown();
            assert!(ns.upgrade().is_none(), "__main__'s namespace survived teardown");
            assert!(c.upgrade().is_none(), "class C survived teardown");
        }
    }

    /// Closing a VM frees everything it made, its built-in classes too: a
    /// thread that runs VM after VM keeps the same number of tracked objects.
    #[test]
    fn close_frees_the_vm() {
        let run = || {
            let mut interp = Interp::new(StrategyKind::Slots);
            interp.capture_output();
            interp.exec("class C:\n    pass\nc = C()\nc.me = c\nl = [int, str, ValueError]\n").unwrap();
            interp.close();
        };
        run();
        let before = crate::objects::gc::tracked();
        for _ in 0..5 {
            run();
        }
        assert_eq!(crate::objects::gc::tracked(), before);
    }

    /// A closed VM's collector settings do not carry over to the next VM
    /// of the thread.
    #[test]
    fn close_resets_the_collector_settings() {
        let mut interp = Interp::new(StrategyKind::Slots);
        interp.capture_output();
        interp.exec("import gc\ngc.disable()\ngc.set_threshold(1, 2, 3)\n").unwrap();
        assert!(!crate::objects::gc::is_enabled());
        interp.close();
        assert!(crate::objects::gc::is_enabled());
        assert_eq!(crate::objects::gc::thresholds(), [700, 10, 10]);
    }

    /// Suspended generators whose frame holds the generator are found (the
    /// golden test cannot compare this count with CPython's, which closes
    /// such generators before counting).
    #[test]
    fn generator_cycles_are_counted() {
        let mut interp = Interp::new(StrategyKind::Slots);
        interp.capture_output();
        crate::objects::gc::set_enabled(false);
        let src = "def gen():\n    me = yield 0\n    yield me\nfor i in range(50):\n    g = gen()\n    next(g)\n    g.send(g)\ndel g\n";
        crate::objects::gc::collect(2);
        interp.exec(src).unwrap();
        let found = crate::objects::gc::collect(2);
        crate::objects::gc::set_enabled(true);
        assert!(found >= 50, "found {found}");
        interp.teardown();
    }
}

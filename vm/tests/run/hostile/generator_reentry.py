# Generators driven from inside themselves, and exceptions thrown into a
# generator suspended in `yield from`: next/send/throw/close of a running
# generator is ValueError "generator already executing" (close does not
# resume it); throw() is passed to the sub-iterator first (a generator, or
# any object's throw method), close() closes it; send() of a non-None value
# calls the sub-iterator's send; StopIteration's value ends the `yield from`.
def t(name, f):
    try:
        r = f()
        print(name, 'ok', repr(r))
    except BaseException as e:
        print(name, type(e).__name__, e)

def self_op(op):
    def f():
        box = []
        log = []
        def g():
            try:
                log.append('start')
                yield 1
                try:
                    op(box[0])
                except BaseException as e:
                    log.append((type(e).__name__, str(e)))
                yield 2
                log.append('after')
            finally:
                log.append('finally')
        gen = g()
        box.append(gen)
        r = [next(gen), next(gen)]
        r.append(list(gen))
        return r, log
    return f
t('close', self_op(lambda g: g.close()))
t('send', self_op(lambda g: g.send(None)))
t('send_value', self_op(lambda g: g.send(5)))
t('throw', self_op(lambda g: g.throw(ValueError('x'))))
t('throw_type', self_op(lambda g: g.throw(KeyError)))
t('next', self_op(lambda g: next(g)))
t('dunder_next', self_op(lambda g: g.__next__()))
t('list', self_op(lambda g: list(g)))
t('for', self_op(lambda g: [x for x in g]))

def close_in_finally():
    box = []
    def g():
        try:
            yield 1
        finally:
            box[0].close()
    gen = g(); box.append(gen)
    next(gen)
    try:
        gen.close()
    except BaseException as e:
        return type(e).__name__, str(e)
    return 'closed'
t('close_in_finally', close_in_finally)

def yield_from_self():
    box = []
    def g():
        yield 1
        yield from box[0]
    gen = g(); box.append(gen)
    return list(gen)
t('yield_from_self', yield_from_self)

def close_created():
    def g():
        yield 1
    gen = g()
    gen.close()
    return list(gen)
t('close_created', close_created)

def running_flag():
    box = []
    def g():
        yield box[0].gi_running
    gen = g(); box.append(gen)
    return next(gen), gen.gi_running

def close_delegating():
    log = []
    def inner():
        try:
            yield 1
            yield 2
        finally:
            log.append('inner finally')
    def outer():
        try:
            yield from inner()
        finally:
            log.append('outer finally')
    gen = outer()
    next(gen)
    gen.close()
    return log, list(gen)
t('close_delegating', close_delegating)

def inner_closes_outer():
    box = []
    log = []
    def inner():
        yield 1
        try:
            box[0].close()
        except ValueError as e:
            log.append(str(e))
        try:
            box[0].send(None)
        except ValueError as e:
            log.append(str(e))
        yield 2
    def outer():
        yield from inner()
    gen = outer(); box.append(gen)
    return list(gen), log
t('inner_closes_outer', inner_closes_outer)

def inner():
    try:
        yield 1
    except ValueError:
        yield 'inner caught'
    return 'inner done'
def outer():
    r = yield from inner()
    yield 'outer', r
def throw_caught():
    g = outer(); next(g)
    return g.throw(ValueError), list(g)
t('throw_caught', throw_caught)
def throw_return():
    def inner2():
        try:
            yield 1
        except ValueError:
            return 'ret'
    def outer2():
        r = yield from inner2()
        yield ('outer', r)
    g = outer2(); next(g)
    return g.throw(ValueError), list(g)
t('throw_return', throw_return)
def throw_uncaught():
    log = []
    def inner3():
        try:
            yield 1
        finally:
            log.append('inner finally')
    def outer3():
        try:
            yield from inner3()
        except KeyError as e:
            log.append('outer caught ' + repr(e))
            yield 'after'
    g = outer3(); next(g)
    return g.throw(KeyError('k')), log, list(g)
t('throw_uncaught', throw_uncaught)
class It:
    def __init__(self): self.n = 0; self.log = []
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(self.n)
        return self.n
    def throw(self, *a):
        self.log.append(('throw', a[0].__name__))
        if a[0] is KeyError:
            raise StopIteration('from throw')
        return 'thrown'
    def close(self):
        self.log.append('close')
def custom_throw():
    it = It()
    def g():
        r = yield from it
        yield ('r', r)
    gen = g(); next(gen)
    a = gen.throw(ValueError)
    b = gen.throw(KeyError)
    return a, b, list(gen), it.log
t('custom_throw', custom_throw)
def custom_close():
    it = It()
    def g():
        try:
            yield from it
        finally:
            it.log.append('g finally')
    gen = g(); next(gen)
    gen.close()
    return it.log
t('custom_close', custom_close)
def no_throw_method():
    def g():
        try:
            yield from iter([1, 2, 3])
        except ValueError:
            yield 'caught in g'
    gen = g(); next(gen)
    return gen.throw(ValueError), list(gen)
t('no_throw_method', no_throw_method)
def send_to_list_iter():
    def g():
        yield from iter([1, 2, 3])
    gen = g(); next(gen)
    return gen.send(5)
t('send_to_list_iter', send_to_list_iter)
def stop_value():
    it = It()
    def g():
        r = yield from it
        return r
    return list(g()), [x for x in g()]
t('stop_value', stop_value)
def nested_close():
    log = []
    def a():
        try:
            yield 1
        finally:
            log.append('a')
    def b():
        try:
            yield from a()
        finally:
            log.append('b')
    def c():
        try:
            yield from b()
        finally:
            log.append('c')
    gen = c(); next(gen); gen.close()
    return log
t('nested_close', nested_close)
def close_raises():
    class C:
        def __iter__(self): return self
        def __next__(self): return 1
        def close(self): raise KeyError('close failed')
    def g():
        try:
            yield from C()
        except KeyError as e:
            yield 'g saw ' + repr(e)
    gen = g(); next(gen)
    try:
        gen.close()
    except BaseException as e:
        return type(e).__name__, str(e)
t('close_raises', close_raises)
def inner_ignores_exit():
    def inner():
        while True:
            try:
                yield 1
            except GeneratorExit:
                pass
    def outer():
        yield from inner()
    gen = outer(); next(gen)
    gen.close()
def inner_throws_outer():
    box = []
    def inner():
        yield 1
        yield 2
    def outer():
        yield from inner()
    gen = outer(); next(gen)
    class Bad(Exception): pass
    def reenter():
        pass
    return gen.throw(GeneratorExit) if False else gen.throw(Bad('b'))
t('inner_throws_outer', inner_throws_outer)
def stop_value2():
    it = It()
    def g():
        r = yield from it
        yield ('r', r)
    return list(g())
t('stop_value2', stop_value2)
class Sendable:
    def __init__(self): self.got = []
    def __iter__(self): return self
    def __next__(self): return 'next'
    def send(self, v):
        self.got.append(v)
        if v == 'stop': raise StopIteration('sent stop')
        return 'sent ' + repr(v)
def custom_send():
    s = Sendable()
    def g():
        r = yield from s
        yield ('r', r)
    gen = g()
    return next(gen), gen.send(1), next(gen), gen.send('stop'), s.got
t('custom_send', custom_send)
def send_to_range_iter():
    def g():
        yield from range(3)
    gen = g(); next(gen)
    return gen.send(None), gen.send(7)
t('send_to_range_iter', send_to_range_iter)

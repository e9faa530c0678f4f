/* A test extension for nsvm's C API (issue 15). It uses only the subset
 * that include/Python.h declares, so it compiles unchanged against
 * CPython 3.11's headers too; vm/tests/gen_capi_golden.py builds it that
 * way to record CPython's output of capi_driver.py, and vm/tests/capi.rs
 * builds it against include/Python.h and runs the same driver on nsvm.
 *
 * It reaches its importing module's globals through PyModule_GetDict
 * (kept in a static: a borrowed reference that lives as long as the
 * module), reads, writes, deletes and iterates them, defines functions of
 * every METH_* kind, and raises exceptions. */
#include <Python.h>

static PyObject *g_dict = NULL; /* borrowed from PyModule_GetDict */

static PyObject *need_dict(void)
{
    if (g_dict == NULL)
        PyErr_SetString(PyExc_RuntimeError, "bind() was not called");
    return g_dict;
}

/* bind(module): remember the module's namespace. */
static PyObject *ext_bind(PyObject *self, PyObject *module)
{
    g_dict = PyModule_GetDict(module);
    if (g_dict == NULL)
        return NULL;
    Py_RETURN_NONE;
}

/* get(name): the global, or KeyError with a formatted message. */
static PyObject *ext_get(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *v;
    if (!PyArg_ParseTuple(args, "s:get", &name) || need_dict() == NULL)
        return NULL;
    v = PyDict_GetItemString(g_dict, name);
    if (v == NULL)
        return PyErr_Format(PyExc_KeyError, "no global %s", name);
    Py_INCREF(v);
    return v;
}

/* set(name, value) */
static PyObject *ext_set(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *v;
    if (!PyArg_ParseTuple(args, "sO:set", &name, &v) || need_dict() == NULL)
        return NULL;
    if (PyDict_SetItemString(g_dict, name, v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* set_obj(key, value): PyDict_SetItem with any key. */
static PyObject *ext_set_obj(PyObject *self, PyObject *args)
{
    PyObject *k, *v;
    if (!PyArg_ParseTuple(args, "OO", &k, &v) || need_dict() == NULL)
        return NULL;
    if (PyDict_SetItem(g_dict, k, v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* get_obj(key): PyDict_GetItem; None when absent. */
static PyObject *ext_get_obj(PyObject *self, PyObject *key)
{
    PyObject *v;
    if (need_dict() == NULL)
        return NULL;
    v = PyDict_GetItem(g_dict, key);
    if (v == NULL)
        Py_RETURN_NONE;
    Py_INCREF(v);
    return v;
}

/* delete(name): PyDict_DelItemString (KeyError when absent). */
static PyObject *ext_delete(PyObject *self, PyObject *name)
{
    const char *s = PyUnicode_AsUTF8(name);
    if (s == NULL || need_dict() == NULL)
        return NULL;
    if (PyDict_DelItemString(g_dict, s) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* delete_obj(key): PyDict_DelItem. */
static PyObject *ext_delete_obj(PyObject *self, PyObject *key)
{
    if (need_dict() == NULL || PyDict_DelItem(g_dict, key) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* public_items(): [(name, value)] of the globals not starting with '_',
 * in dict order, through PyDict_Next. */
static PyObject *ext_public_items(PyObject *self, PyObject *unused)
{
    Py_ssize_t pos = 0;
    PyObject *k, *v, *list;
    if (need_dict() == NULL)
        return NULL;
    list = PyList_New(0);
    if (list == NULL)
        return NULL;
    while (PyDict_Next(g_dict, &pos, &k, &v)) {
        const char *s = PyUnicode_AsUTF8(k);
        PyObject *pair;
        if (s == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        if (s[0] == '_')
            continue;
        pair = PyTuple_New(2);
        if (pair == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        Py_INCREF(k);
        Py_INCREF(v);
        PyTuple_SetItem(pair, 0, k);
        PyTuple_SetItem(pair, 1, v);
        if (PyList_Append(list, pair) < 0) {
            Py_DECREF(pair);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(pair);
    }
    return list;
}

/* sizes(): (PyDict_Size, len(PyDict_Keys)) of the globals. */
static PyObject *ext_sizes(PyObject *self, PyObject *unused)
{
    PyObject *keys, *t;
    Py_ssize_t n;
    if (need_dict() == NULL)
        return NULL;
    keys = PyDict_Keys(g_dict);
    if (keys == NULL)
        return NULL;
    n = PyList_Size(keys);
    Py_DECREF(keys);
    t = PyTuple_New(2);
    if (t == NULL)
        return NULL;
    PyTuple_SetItem(t, 0, PyLong_FromLong((long)PyDict_Size(g_dict)));
    PyTuple_SetItem(t, 1, PyLong_FromLong((long)n));
    return t;
}

/* borrow_across(name, f): borrows the global `name`, calls f() (Python
 * code that changes other globals), then uses the borrowed reference. */
static PyObject *ext_borrow_across(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *f, *v, *r;
    if (!PyArg_ParseTuple(args, "sO", &name, &f) || need_dict() == NULL)
        return NULL;
    v = PyDict_GetItemString(g_dict, name);
    if (v == NULL)
        return PyErr_Format(PyExc_KeyError, "no global %s", name);
    r = PyObject_CallObject(f, NULL);
    if (r == NULL)
        return NULL;
    Py_DECREF(r);
    return PyObject_Repr(v);
}

/* add(a, b) with "ii". */
static PyObject *ext_add(PyObject *self, PyObject *args)
{
    int a, b;
    if (!PyArg_ParseTuple(args, "ii:add", &a, &b))
        return NULL;
    return PyLong_FromLong((long)a + b);
}

/* scale(x[, factor]) with "d|d". */
static PyObject *ext_scale(PyObject *self, PyObject *args)
{
    double x, factor = 2.0;
    if (!PyArg_ParseTuple(args, "d|d", &x, &factor))
        return NULL;
    return PyFloat_FromDouble(x * factor);
}

/* widen(n) with "l". */
static PyObject *ext_widen(PyObject *self, PyObject *args)
{
    long n;
    if (!PyArg_ParseTuple(args, "l", &n))
        return NULL;
    return PyLong_FromLong(n * 2);
}

/* kw(*args, **kwargs): (args, kwargs or None), METH_VARARGS | METH_KEYWORDS. */
static PyObject *ext_kw(PyObject *self, PyObject *args, PyObject *kwargs)
{
    PyObject *t = PyTuple_New(2);
    if (t == NULL)
        return NULL;
    Py_INCREF(args);
    PyTuple_SetItem(t, 0, args);
    if (kwargs == NULL)
        kwargs = Py_None;
    Py_INCREF(kwargs);
    PyTuple_SetItem(t, 1, kwargs);
    return t;
}

/* noargs(): METH_NOARGS. */
static PyObject *ext_noargs(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromString("no arguments");
}

/* describe(x): METH_O; type name, str, repr, and numbers converted. */
static PyObject *ext_describe(PyObject *self, PyObject *x)
{
    PyObject *tname = PyObject_GetAttrString((PyObject *)Py_TYPE(x), "__name__");
    PyObject *s, *r, *t;
    if (tname == NULL)
        return NULL;
    s = PyObject_Str(x);
    r = PyObject_Repr(x);
    if (s == NULL || r == NULL) {
        Py_DECREF(tname);
        Py_XDECREF(s);
        Py_XDECREF(r);
        return NULL;
    }
    t = PyTuple_New(3);
    PyTuple_SetItem(t, 0, tname);
    PyTuple_SetItem(t, 1, s);
    PyTuple_SetItem(t, 2, r);
    return t;
}

/* as_long(x), as_double(x): the conversions and their errors. */
static PyObject *ext_as_long(PyObject *self, PyObject *x)
{
    long v = PyLong_AsLong(x);
    if (v == -1 && PyErr_Occurred())
        return NULL;
    return PyLong_FromLong(v);
}

static PyObject *ext_as_double(PyObject *self, PyObject *x)
{
    double v = PyFloat_AsDouble(x);
    if (v == -1.0 && PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(v);
}

/* raise_value(msg): ValueError(msg). */
static PyObject *ext_raise_value(PyObject *self, PyObject *args)
{
    const char *msg;
    if (!PyArg_ParseTuple(args, "s", &msg))
        return NULL;
    PyErr_SetString(PyExc_ValueError, msg);
    return NULL;
}

/* raise_format(obj, n): TypeError through every PyErr_Format conversion. */
static PyObject *ext_raise_format(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int n;
    if (!PyArg_ParseTuple(args, "Oi", &obj, &n))
        return NULL;
    return PyErr_Format(PyExc_TypeError, "%s: %R / %S / %d / %ld / 100%%", "bad", obj, obj, n, (long)n * 1000000L);
}

/* null_without_error(): a C bug CPython turns into SystemError. */
static PyObject *ext_null_without_error(PyObject *self, PyObject *unused)
{
    return NULL;
}

/* result_with_error(): another. */
static PyObject *ext_result_with_error(PyObject *self, PyObject *unused)
{
    PyErr_SetString(PyExc_ValueError, "left behind");
    return PyLong_FromLong(1);
}

/* call(f, args): f(*args); a Python exception comes back through
 * PyErr_Occurred: ZeroDivisionError is caught and cleared here, others
 * propagate. */
static PyObject *ext_call(PyObject *self, PyObject *args)
{
    PyObject *f, *fargs, *r;
    if (!PyArg_ParseTuple(args, "OO", &f, &fargs))
        return NULL;
    r = PyObject_Call(f, fargs, NULL);
    if (r == NULL) {
        if (PyErr_Occurred() == PyExc_ZeroDivisionError) {
            PyErr_Clear();
            return PyUnicode_FromString("caught ZeroDivisionError in C");
        }
        return NULL;
    }
    return r;
}

/* call_kw(f, args, kwargs): PyObject_Call with keywords. */
static PyObject *ext_call_kw(PyObject *self, PyObject *args)
{
    PyObject *f, *fargs, *fkw;
    if (!PyArg_ParseTuple(args, "OOO", &f, &fargs, &fkw))
        return NULL;
    return PyObject_Call(f, fargs, fkw);
}

/* attrs(obj, name, value): setattr then getattr through the C API. */
static PyObject *ext_attrs(PyObject *self, PyObject *args)
{
    PyObject *obj, *value;
    const char *name;
    if (!PyArg_ParseTuple(args, "OsO", &obj, &name, &value))
        return NULL;
    if (PyObject_SetAttrString(obj, name, value) < 0)
        return NULL;
    return PyObject_GetAttrString(obj, name);
}

/* items(seq_tuple, seq_list, i): PyTuple_GetItem and PyList_GetItem. */
static PyObject *ext_items(PyObject *self, PyObject *args)
{
    PyObject *t, *l, *a, *b, *r;
    int i;
    if (!PyArg_ParseTuple(args, "OOi", &t, &l, &i))
        return NULL;
    a = PyTuple_GetItem(t, i);
    if (a == NULL)
        return NULL;
    b = PyList_GetItem(l, i);
    if (b == NULL)
        return NULL;
    r = PyList_New(0);
    PyList_Append(r, a);
    PyList_Append(r, b);
    PyList_Append(r, PyTuple_Size(t) == 3 ? Py_True : Py_False);
    return r;
}

/* dict_roundtrip(): a fresh dict through PyDict_* (no module involved). */
static PyObject *ext_dict_roundtrip(PyObject *self, PyObject *unused)
{
    PyObject *d = PyDict_New(), *k = PyUnicode_FromString("k"), *one = PyLong_FromLong(1);
    PyDict_SetItem(d, k, one);
    PyDict_SetItemString(d, "z", Py_None);
    PyDict_DelItem(d, k);
    Py_DECREF(k);
    Py_DECREF(one);
    return d;
}

static PyMethodDef ext_methods[] = {
    {"bind", ext_bind, METH_O, "bind(module)"},
    {"get", ext_get, METH_VARARGS, NULL},
    {"set", ext_set, METH_VARARGS, NULL},
    {"set_obj", ext_set_obj, METH_VARARGS, NULL},
    {"get_obj", ext_get_obj, METH_O, NULL},
    {"delete", ext_delete, METH_O, NULL},
    {"delete_obj", ext_delete_obj, METH_O, NULL},
    {"public_items", ext_public_items, METH_NOARGS, NULL},
    {"sizes", ext_sizes, METH_NOARGS, NULL},
    {"borrow_across", ext_borrow_across, METH_VARARGS, NULL},
    {"add", ext_add, METH_VARARGS, NULL},
    {"scale", ext_scale, METH_VARARGS, NULL},
    {"widen", ext_widen, METH_VARARGS, NULL},
    {"kw", (PyCFunction)(void (*)(void))ext_kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"noargs", ext_noargs, METH_NOARGS, NULL},
    {"describe", ext_describe, METH_O, NULL},
    {"as_long", ext_as_long, METH_O, NULL},
    {"as_double", ext_as_double, METH_O, NULL},
    {"raise_value", ext_raise_value, METH_VARARGS, NULL},
    {"raise_format", ext_raise_format, METH_VARARGS, NULL},
    {"null_without_error", ext_null_without_error, METH_NOARGS, NULL},
    {"result_with_error", ext_result_with_error, METH_NOARGS, NULL},
    {"call", ext_call, METH_VARARGS, NULL},
    {"call_kw", ext_call_kw, METH_VARARGS, NULL},
    {"attrs", ext_attrs, METH_VARARGS, NULL},
    {"items", ext_items, METH_VARARGS, NULL},
    {"dict_roundtrip", ext_dict_roundtrip, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef ext_module = {
    PyModuleDef_HEAD_INIT,
    "capi_ext",
    "nsvm's C API test extension",
    -1,
    ext_methods
};

PyMODINIT_FUNC PyInit_capi_ext(void)
{
    PyObject *m = PyModule_Create(&ext_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "ANSWER", 42) < 0)
        return NULL;
    if (PyModule_AddObject(m, "GREETING", PyUnicode_FromString("hello from C")) < 0)
        return NULL;
    return m;
}

/* The C side of benches/benches/capi.rs: a loop of PyDict_GetItemString
 * reads of one global through the dict PyModule_GetDict gave, run inside
 * one C call so that the loop measures the read, not the call. Builds
 * against include/Python.h (nsvm) and CPython's own headers alike. */
#include <Python.h>

static PyObject *g_dict = NULL;

static PyObject *bench_bind(PyObject *self, PyObject *module)
{
    g_dict = PyModule_GetDict(module);
    if (g_dict == NULL)
        return NULL;
    Py_RETURN_NONE;
}

/* read_loop(n, name): n reads of the global `name`; the count found. */
static PyObject *bench_read_loop(PyObject *self, PyObject *args)
{
    long n, i, found = 0;
    const char *name;
    if (!PyArg_ParseTuple(args, "ls", &n, &name))
        return NULL;
    if (g_dict == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "bind() first");
        return NULL;
    }
    for (i = 0; i < n; i++)
        found += PyDict_GetItemString(g_dict, name) != NULL;
    return PyLong_FromLong(found);
}

static PyMethodDef bench_methods[] = {
    {"bind", bench_bind, METH_O, NULL},
    {"read_loop", bench_read_loop, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef bench_module = {PyModuleDef_HEAD_INIT, "capi_bench", NULL, -1, bench_methods};

PyMODINIT_FUNC PyInit_capi_bench(void)
{
    return PyModule_Create(&bench_module);
}

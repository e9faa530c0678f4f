/* The small built-in test extension of the generated-program properties:
 * statements that read, write and delete the program's globals through
 * the dict PyModule_GetDict gives (proptests/src/capi.rs builds it, against
 * include/Python.h for nsvm and against CPython's headers for the oracle). */
#include <Python.h>

static PyObject *g_dict = NULL;

static PyObject *bind(PyObject *self, PyObject *module)
{
    g_dict = PyModule_GetDict(module);
    if (g_dict == NULL)
        return NULL;
    Py_RETURN_NONE;
}

/* get(name): the global, or KeyError(name). */
static PyObject *get(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *v;
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    v = PyDict_GetItemString(g_dict, name);
    if (v == NULL) {
        PyErr_SetString(PyExc_KeyError, name);
        return NULL;
    }
    Py_INCREF(v);
    return v;
}

static PyObject *set(PyObject *self, PyObject *args)
{
    const char *name;
    PyObject *v;
    if (!PyArg_ParseTuple(args, "sO", &name, &v))
        return NULL;
    if (PyDict_SetItemString(g_dict, name, v) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *delete(PyObject *self, PyObject *args)
{
    const char *name;
    if (!PyArg_ParseTuple(args, "s", &name))
        return NULL;
    if (PyDict_DelItemString(g_dict, name) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* names(): the string keys not starting with '_', in dict order. */
static PyObject *names(PyObject *self, PyObject *unused)
{
    Py_ssize_t pos = 0;
    PyObject *k, *v, *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    while (PyDict_Next(g_dict, &pos, &k, &v)) {
        const char *s = PyUnicode_AsUTF8(k);
        if (s == NULL) {
            PyErr_Clear();
            continue;
        }
        if (s[0] != '_' && PyList_Append(list, k) < 0) {
            Py_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static PyMethodDef methods[] = {
    {"bind", bind, METH_O, NULL},
    {"get", get, METH_VARARGS, NULL},
    {"set", set, METH_VARARGS, NULL},
    {"delete", delete, METH_VARARGS, NULL},
    {"names", names, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_nsvm_capi", NULL, -1, methods};

PyMODINIT_FUNC PyInit__nsvm_capi(void)
{
    return PyModule_Create(&module);
}

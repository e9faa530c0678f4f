/* An init that raises: the import raises that exception. */
#include <Python.h>

PyMODINIT_FUNC PyInit_capi_initraise(void)
{
    PyErr_SetString(PyExc_RuntimeError, "init refused");
    return NULL;
}

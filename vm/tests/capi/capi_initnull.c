/* An init that returns NULL without setting an exception: SystemError. */
#include <Python.h>

PyMODINIT_FUNC PyInit_capi_initnull(void)
{
    return NULL;
}

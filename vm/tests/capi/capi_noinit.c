/* An extension without its init function: importing it is an ImportError. */
#include <Python.h>

PyMODINIT_FUNC PyInit_some_other_name(void)
{
    return NULL;
}

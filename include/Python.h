/* Python.h: the subset of CPython's C API that nsvm implements.
 *
 * Names, signatures and calling conventions are CPython's, so an extension
 * written against this subset compiles unchanged against CPython's own
 * headers. `PyObject` is opaque: a `PyObject *` is a handle that the VM maps
 * to one of its values (see vm/src/capi/mod.rs), never a struct with
 * fields. Reference counts and types go through exported functions, which
 * the macros and inline functions below wrap.
 *
 * Every function is exported from the `nsvm` binary except the two
 * variadic ones (`PyArg_ParseTuple`, `PyErr_Format`): stable Rust cannot
 * define a C-variadic function, so they are static functions here that
 * gather their arguments and call an exported function taking an array.
 */
#ifndef NSVM_PYTHON_H
#define NSVM_PYTHON_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <limits.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PY_MAJOR_VERSION 3
#define PY_MINOR_VERSION 11

typedef ssize_t Py_ssize_t;

/* Opaque: declared, never defined. */
typedef struct _object PyObject;
typedef struct _typeobject PyTypeObject;

#define PyAPI_FUNC(RTYPE) extern RTYPE
#define PyAPI_DATA(RTYPE) extern RTYPE
#define PyMODINIT_FUNC __attribute__((visibility("default"))) PyObject *

/* ---- reference counts and types (functions, never fields) ---- */
PyAPI_FUNC(void) Py_IncRef(PyObject *);
PyAPI_FUNC(void) Py_DecRef(PyObject *);
PyAPI_FUNC(PyTypeObject *) _PyNsvm_Type(PyObject *);

static inline void Py_INCREF(PyObject *o) { Py_IncRef(o); }
static inline void Py_DECREF(PyObject *o) { Py_DecRef(o); }
static inline void Py_XINCREF(PyObject *o) { if (o != NULL) Py_IncRef(o); }
static inline void Py_XDECREF(PyObject *o) { if (o != NULL) Py_DecRef(o); }
static inline PyObject *Py_NewRef(PyObject *o) { Py_IncRef(o); return o; }
static inline PyObject *Py_XNewRef(PyObject *o) { Py_XINCREF(o); return o; }
static inline PyTypeObject *Py_TYPE(PyObject *o) { return _PyNsvm_Type(o); }
#define Py_INCREF(o) Py_INCREF((PyObject *)(o))
#define Py_DECREF(o) Py_DECREF((PyObject *)(o))
#define Py_XINCREF(o) Py_XINCREF((PyObject *)(o))
#define Py_XDECREF(o) Py_XDECREF((PyObject *)(o))
#define Py_TYPE(o) Py_TYPE((PyObject *)(o))
#define Py_CLEAR(op) do { PyObject *_py_tmp = (PyObject *)(op); if (_py_tmp != NULL) { (op) = NULL; Py_DecRef(_py_tmp); } } while (0)

/* The singletons: handles the VM keeps for its whole life. */
PyAPI_DATA(PyObject *const) _PyNsvm_None;
PyAPI_DATA(PyObject *const) _PyNsvm_True;
PyAPI_DATA(PyObject *const) _PyNsvm_False;
#define Py_None _PyNsvm_None
#define Py_True _PyNsvm_True
#define Py_False _PyNsvm_False
#define Py_RETURN_NONE return Py_NewRef(Py_None)
#define Py_RETURN_TRUE return Py_NewRef(Py_True)
#define Py_RETURN_FALSE return Py_NewRef(Py_False)
#define Py_IsNone(x) ((x) == Py_None)

/* ---- functions and modules ---- */
typedef PyObject *(*PyCFunction)(PyObject *, PyObject *);
typedef PyObject *(*PyCFunctionWithKeywords)(PyObject *, PyObject *, PyObject *);

#define METH_VARARGS 0x0001
#define METH_KEYWORDS 0x0002
#define METH_NOARGS 0x0004
#define METH_O 0x0008

struct PyMethodDef {
    const char *ml_name;
    PyCFunction ml_meth;
    int ml_flags;
    const char *ml_doc;
};
typedef struct PyMethodDef PyMethodDef;

/* The head's contents are the VM's; extensions only write the macro. */
typedef struct PyModuleDef_Base {
    void *_nsvm_reserved;
} PyModuleDef_Base;
#define PyModuleDef_HEAD_INIT { NULL }

struct PyModuleDef_Slot;
typedef int (*traverseproc)(PyObject *, int (*)(PyObject *, void *), void *);
typedef int (*inquiry)(PyObject *);
typedef void (*freefunc)(void *);

typedef struct PyModuleDef {
    PyModuleDef_Base m_base;
    const char *m_name;
    const char *m_doc;
    Py_ssize_t m_size;
    PyMethodDef *m_methods;
    struct PyModuleDef_Slot *m_slots;
    traverseproc m_traverse;
    inquiry m_clear;
    freefunc m_free;
} PyModuleDef;

PyAPI_FUNC(PyObject *) PyModule_Create(PyModuleDef *);
PyAPI_FUNC(PyObject *) PyModule_GetDict(PyObject *);
PyAPI_FUNC(int) PyModule_AddObject(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyModule_AddIntConstant(PyObject *, const char *, long);

/* ---- argument parsing (formats O s i l d |, and :name) ---- */
PyAPI_FUNC(int) _PyNsvm_ParseTupleArray(PyObject *args, const char *format, void **outputs, int n);

static inline int PyArg_ParseTuple(PyObject *args, const char *format, ...)
{
    void *outputs[64];
    int n = 0;
    const char *f;
    va_list va;
    va_start(va, format);
    for (f = format; *f != '\0' && *f != ':' && *f != ';'; f++) {
        if (*f == '|')
            continue;
        if (n == 64)
            break;
        outputs[n++] = va_arg(va, void *);
    }
    va_end(va);
    return _PyNsvm_ParseTupleArray(args, format, outputs, n);
}

/* ---- objects ---- */
PyAPI_FUNC(PyObject *) PyObject_GetAttrString(PyObject *, const char *);
PyAPI_FUNC(int) PyObject_SetAttrString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Call(PyObject *callable, PyObject *args, PyObject *kwargs);
PyAPI_FUNC(PyObject *) PyObject_CallObject(PyObject *callable, PyObject *args);
PyAPI_FUNC(PyObject *) PyObject_Repr(PyObject *);
PyAPI_FUNC(PyObject *) PyObject_Str(PyObject *);

/* ---- numbers and strings ---- */
PyAPI_FUNC(PyObject *) PyLong_FromLong(long);
PyAPI_FUNC(long) PyLong_AsLong(PyObject *);
PyAPI_FUNC(PyObject *) PyFloat_FromDouble(double);
PyAPI_FUNC(double) PyFloat_AsDouble(PyObject *);
PyAPI_FUNC(PyObject *) PyUnicode_FromString(const char *);
PyAPI_FUNC(const char *) PyUnicode_AsUTF8(PyObject *);

/* ---- tuples, lists, dicts ---- */
PyAPI_FUNC(PyObject *) PyTuple_New(Py_ssize_t);
PyAPI_FUNC(PyObject *) PyTuple_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(int) PyTuple_SetItem(PyObject *, Py_ssize_t, PyObject *);
PyAPI_FUNC(Py_ssize_t) PyTuple_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyList_New(Py_ssize_t);
PyAPI_FUNC(int) PyList_Append(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyList_GetItem(PyObject *, Py_ssize_t);
PyAPI_FUNC(Py_ssize_t) PyList_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_New(void);
PyAPI_FUNC(PyObject *) PyDict_GetItem(PyObject *, PyObject *);
PyAPI_FUNC(PyObject *) PyDict_GetItemString(PyObject *, const char *);
PyAPI_FUNC(int) PyDict_SetItem(PyObject *, PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_SetItemString(PyObject *, const char *, PyObject *);
PyAPI_FUNC(int) PyDict_DelItem(PyObject *, PyObject *);
PyAPI_FUNC(int) PyDict_DelItemString(PyObject *, const char *);
PyAPI_FUNC(int) PyDict_Next(PyObject *, Py_ssize_t *, PyObject **, PyObject **);
PyAPI_FUNC(Py_ssize_t) PyDict_Size(PyObject *);
PyAPI_FUNC(PyObject *) PyDict_Keys(PyObject *);

/* ---- exceptions ---- */
PyAPI_FUNC(void) PyErr_SetString(PyObject *, const char *);
PyAPI_FUNC(PyObject *) PyErr_Occurred(void);
PyAPI_FUNC(void) PyErr_Clear(void);

/* One argument of PyErr_Format, as the static function below gathers it. */
typedef struct _PyNsvm_FormatArg {
    long i;
    const void *p;
} _PyNsvm_FormatArg;
PyAPI_FUNC(void) _PyNsvm_ErrFormatArray(PyObject *exc, const char *format, const _PyNsvm_FormatArg *args, int n);

/* Formats %s %d %i %ld %li %R %S %%, as CPython's PyErr_Format does. */
static inline PyObject *PyErr_Format(PyObject *exc, const char *format, ...)
{
    _PyNsvm_FormatArg args[32];
    int n = 0;
    const char *f;
    va_list va;
    va_start(va, format);
    for (f = format; *f != '\0' && n < 32; f++) {
        if (*f != '%')
            continue;
        f++;
        if (*f == 'l')
            f++, args[n].i = va_arg(va, long), args[n].p = NULL, n++;
        else if (*f == 'd' || *f == 'i')
            args[n].i = va_arg(va, int), args[n].p = NULL, n++;
        else if (*f == 's' || *f == 'R' || *f == 'S')
            args[n].i = 0, args[n].p = va_arg(va, const void *), n++;
        else if (*f == '\0')
            break;
    }
    va_end(va);
    _PyNsvm_ErrFormatArray(exc, format, args, n);
    return NULL;
}

#define PyNsvm_EXC(name) PyAPI_DATA(PyObject *const) PyExc_##name;
PyNsvm_EXC(BaseException)
PyNsvm_EXC(SystemExit)
PyNsvm_EXC(KeyboardInterrupt)
PyNsvm_EXC(GeneratorExit)
PyNsvm_EXC(Exception)
PyNsvm_EXC(StopIteration)
PyNsvm_EXC(ArithmeticError)
PyNsvm_EXC(FloatingPointError)
PyNsvm_EXC(OverflowError)
PyNsvm_EXC(ZeroDivisionError)
PyNsvm_EXC(AssertionError)
PyNsvm_EXC(AttributeError)
PyNsvm_EXC(BufferError)
PyNsvm_EXC(EOFError)
PyNsvm_EXC(ImportError)
PyNsvm_EXC(ModuleNotFoundError)
PyNsvm_EXC(LookupError)
PyNsvm_EXC(IndexError)
PyNsvm_EXC(KeyError)
PyNsvm_EXC(MemoryError)
PyNsvm_EXC(NameError)
PyNsvm_EXC(UnboundLocalError)
PyNsvm_EXC(OSError)
PyNsvm_EXC(FileNotFoundError)
PyNsvm_EXC(ReferenceError)
PyNsvm_EXC(RuntimeError)
PyNsvm_EXC(NotImplementedError)
PyNsvm_EXC(RecursionError)
PyNsvm_EXC(SyntaxError)
PyNsvm_EXC(IndentationError)
PyNsvm_EXC(TabError)
PyNsvm_EXC(SystemError)
PyNsvm_EXC(TypeError)
PyNsvm_EXC(ValueError)
PyNsvm_EXC(UnicodeError)
PyNsvm_EXC(Warning)
PyNsvm_EXC(DeprecationWarning)
PyNsvm_EXC(RuntimeWarning)
PyNsvm_EXC(UserWarning)
#undef PyNsvm_EXC

#ifdef __cplusplus
}
#endif
#endif /* NSVM_PYTHON_H */

# Imported by import_fstring_error.py.
value = f'{"\t"}'

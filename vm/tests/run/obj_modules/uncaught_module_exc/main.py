import errors_mod
print(errors_mod.validate(5))
try:
    errors_mod.validate(-1)
except errors_mod.ValidationError as e:
    print("caught", e, type(e).__module__)
errors_mod.validate(-2)

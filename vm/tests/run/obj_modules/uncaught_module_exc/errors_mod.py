class ValidationError(Exception):
    pass

def validate(x):
    if x < 0:
        raise ValidationError("negative value: %d" % x)
    return x

# A comment inside a triple-quoted f-string's replacement field.
print("not reached")
x = 1
s = f'''{
    x  # the value
}'''

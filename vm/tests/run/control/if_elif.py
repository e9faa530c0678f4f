# if/elif/else chains, nested conditions, conditional expressions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99, 100, 10**10]:
    print(n, classify(n))
def fizz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizz(i) for i in range(1, 31)))
x = 7
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        print("5 < x <= 6")
else:
    print("x <= 5")
if not x:
    print("never")
elif x and x % 2:
    print("odd")
if x == 7: print("one-liner")
y = "pos" if x > 0 else "neg" if x < 0 else "zero"
print(y)
z = [("even" if i % 2 == 0 else "odd") for i in range(4)]
print(z)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
if []:
    print("empty list truthy?")
elif {}:
    print("empty dict truthy?")
else:
    print("both falsy")
if 1 < x < 10 and x != 3 or False:
    print("chained ok")

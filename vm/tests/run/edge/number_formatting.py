# Converting numbers to words and roman numerals.
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + words(n % 100))
    for div, name in [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]:
        if n >= div:
            rest = n % div
            return words(n // div) + " " + name + ("" if rest == 0 else (" " if rest >= 100 else " and ") + words(rest))
for n in [0, 7, 13, 20, 42, 100, 115, 999, 1000, 1001, 123456, 1000000, 2000000017]:
    print(n, words(n))
def roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, c in enumerate(s):
        if i + 1 < len(s) and m[c] < m[s[i + 1]]:
            total -= m[c]
        else:
            total += m[c]
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = roman(n)
    print(n, r, from_roman(r) == n)
print(all(from_roman(roman(i)) == i for i in range(1, 4000)))

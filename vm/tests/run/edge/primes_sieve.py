# Prime sieve, factorisation, and number-theory helpers.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(1000)
print(len(ps), ps[:15], ps[-5:], sum(ps))
def factorize(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [1, 2, 12, 97, 360, 1001, 2**10 * 3**5, 600851475143, 2**31 - 1]:
    print(n, factorize(n))
def is_prime_mr(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(2, 60) if is_prime_mr(n)] == sieve(59))
print(is_prime_mr(2**61 - 1), is_prime_mr(2**67 - 1), is_prime_mr(10**18 + 9), is_prime_mr(2**89 - 1))
twins = [(p, p + 2) for p in ps if p + 2 in set(ps)]
print(len(twins), twins[:5])
gaps = {}
for a, b in zip(ps, ps[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))

# Float precisions past what Rust's formatter takes (65535 digits) and past a
# double's exact expansion: the digits are exact, then zeros (was a panic).
x = 1.5
for s in [format(x, '.70000f'), '%.70000f' % x, '%.70000e' % x, f'{x:.70000g}', format(2.0**-1074, '.1100f'), format(2.0**-1074, '.70000e'), format(0.1, '.1080f'), format(-1e300, '.70000g'), format(1/3, '.70000%')]:
    print(len(s), s[:40], s[-12:], s.count('0'))
print(format(0.1, '.800e'))
print(format(2.0**-1074, '.800g'))

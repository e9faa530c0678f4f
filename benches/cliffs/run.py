#!/usr/bin/env python3
"""Run the "no cliffs" attribute-inline-cache benchmark (benches/cliffs/cliffs.py).

    python3 benches/cliffs/run.py [--nsvm PATH] [--python PATH] [--strategies slots,dict]
                                  [--n N] [--reps R] [--scenarios a,b,...]

Each (scenario, runner) pair is run R times, round-robin per rep. Every run's stdout
must equal CPython's for that scenario. Reported time = median wall time minus the
median wall time of the same runner on scenario `empty` (startup + setup, 0
iterations). The ratio column is against `plain` (poly4: against `mono4`); an nsvm
ratio above 1.5 is a cliff and is shown in bold (CPython's ratios are for reference;
mono4's ratio, in parentheses, is not judged).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]  # benches/cliffs -> benches -> repo root
PROGRAM = HERE / 'cliffs.py'

SCENARIOS = ['plain', 'dict_read', 'class_assigned', 'attrs41', 'dict_update',
             'del_readd', 'modified_class', 'mono4', 'poly4']
BASELINE = {'poly4': 'mono4'}  # default baseline: plain
LIMIT = 1.5


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--nsvm', default=str(ROOT / 'target' / 'release' / 'nsvm'))
    ap.add_argument('--python', default=os.path.realpath(sys.executable))
    ap.add_argument('--strategies', default='slots,dict')
    ap.add_argument('--n', type=int, default=2000000)
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--scenarios', default=','.join(SCENARIOS),
                    help='comma-separated subset (baselines plain/mono4 are added)')
    return ap.parse_args()


def main():
    args = parse_args()
    strategies = [s for s in args.strategies.split(',') if s]
    scenarios = [s for s in args.scenarios.split(',') if s]
    for s in list(scenarios):
        base = BASELINE.get(s, 'plain')
        if base not in scenarios:
            scenarios.insert(0, base)
    unknown = [s for s in scenarios if s not in SCENARIOS]
    if unknown:
        sys.exit('unknown scenario(s): %s' % ', '.join(unknown))

    # runner name -> argv prefix
    runners = [('nsvm %s' % s, [args.nsvm, '-X', 'namespaces=%s' % s]) for s in strategies]
    runners.append(('CPython', [args.python]))
    env = dict(os.environ)
    env.pop('NSVM_NAMESPACES', None)  # -X decides

    times = {}     # (scenario, runner) -> [seconds]
    expected = {}  # scenario -> CPython stdout
    problems = []  # human-readable failures
    bad = set()    # (scenario, runner) pairs with a failed run

    # CPython's reference outputs first, so every run can be checked as it happens.
    for scen in ['empty'] + scenarios:
        n = 0 if scen == 'empty' else args.n
        p = subprocess.run([args.python, str(PROGRAM), scen, str(n)], cwd=ROOT, env=env,
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit('CPython failed on %s (rc=%d):\n%s' % (scen, p.returncode, p.stderr))
        expected[scen] = p.stdout

    # One untimed warm-up run per runner (page cache, binary loading).
    for name, prefix in runners:
        subprocess.run(prefix + [str(PROGRAM), 'empty', '0'], cwd=ROOT, env=env,
                       capture_output=True)

    for rep in range(args.reps):
        for scen in ['empty'] + scenarios:
            n = 0 if scen == 'empty' else args.n
            for name, prefix in runners:
                cmd = prefix + [str(PROGRAM), scen, str(n)]
                t0 = time.perf_counter()
                p = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
                dt = time.perf_counter() - t0
                if p.returncode != 0 or p.stdout != expected[scen]:
                    if (scen, name) not in bad:
                        problems.append('%s / %s: rc=%d, stdout=%r (CPython: %r), stderr=%r' % (
                            scen, name, p.returncode, p.stdout, expected[scen],
                            p.stderr.strip()[-500:]))
                    bad.add((scen, name))
                    continue
                times.setdefault((scen, name), []).append(dt)
        print('rep %d/%d done' % (rep + 1, args.reps), file=sys.stderr)

    def net_ms(scen, name):
        if (scen, name) in bad or ('empty', name) in bad:
            return None
        return (statistics.median(times[(scen, name)])
                - statistics.median(times[('empty', name)])) * 1000.0

    head = ['scenario']
    for name, _ in runners:
        head += ['%s (ms)' % name, 'ratio to plain']
    print()
    print('| ' + ' | '.join(head) + ' |')
    print('|' + '|'.join(['---'] + ['---:'] * (len(head) - 1)) + '|')
    cliffs = []
    for scen in scenarios:
        row = [scen + (' (vs %s)' % BASELINE[scen] if scen in BASELINE else '')
               + (' (baseline for poly4)' if scen == 'mono4' else '')]
        for name, _ in runners:
            ms = net_ms(scen, name)
            base = net_ms(BASELINE.get(scen, 'plain'), name)
            if ms is None:
                row += ['FAIL', '']
                continue
            row.append('%.1f' % ms)
            if base is None or base <= 0:
                row.append('n/a')
            else:
                r = ms / base
                cell = '%.2f' % r
                if scen == 'mono4':
                    cell = '(%s)' % cell  # a baseline itself: informative, not judged
                elif r > LIMIT and name != 'CPython':  # CPython is shown for reference
                    cell = '**%s**' % cell
                    cliffs.append('%s / %s: %.2fx' % (scen, name, r))
                row.append(cell)
        print('| ' + ' | '.join(row) + ' |')
    print()
    print('N=%d, reps=%d; times are median minus median of `empty` (startup: %s).' % (
        args.n, args.reps, ', '.join(
            '%s %.1f ms' % (name, statistics.median(times[('empty', name)]) * 1000.0)
            for name, _ in runners if ('empty', name) in times)))
    print('Criterion: every nsvm ratio <= %.1f. %s' % (
        LIMIT, 'Cliffs: ' + '; '.join(cliffs) if cliffs else 'No cliffs.'))
    small = [name for name, _ in runners
             if (net_ms('plain', name) or 0.0) < 50.0]
    if small:
        print('Warning: `plain` takes under 50 ms net for %s; ratios are mostly noise '
              '(raise --n).' % ', '.join(small))
    if problems:
        print()
        print('FAILURES (output differs from CPython or nonzero exit):')
        for line in problems:
            print('- ' + line)
        sys.exit(1)


if __name__ == '__main__':
    main()

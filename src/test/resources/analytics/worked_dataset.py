#!/usr/bin/env python3
"""Classical item analysis of a small response file, from first principles (plain Python, no numpy).

This is the independent reference for ItemAnalysisTest: it shares no code with the Java implementation and
computes every statistic from its definition (explicit lists, two-pass means and variances, an explicit sort for
the upper and lower groups) instead of from running sums.

    python3 worked_dataset.py                      # worked_dataset.csv next to this script
    python3 worked_dataset.py other.csv ...

File format (comma-separated, lines starting with '#' are comments):

    item,Q1,Q2,...        item ids
    options,ABCD,ABCD,... option ids in display order, one character each ('' for an item without options)
    key,B,AC,...          keyed option ids
    <attempt id>,<cell>,...

A cell is '.' (item not presented), or the chosen option ids ('-' or nothing for omitted) optionally followed by
'=<score>'. Without '=<score>' the score is 1 when the chosen set equals the keyed set, else 0.

Conventions (the same as ItemAnalysis.java documents):
- n: attempts that were presented the item; facility p = mean score over them.
- rest score of an attempt for item j = sum of its scores on the OTHER items it was presented.
- point-biserial = Pearson correlation of the item score with the rest score over the n attempts.
- groups: the attempts that saw the item ranked by total score, highest first, equal totals in file order
  (earlier first); upper group = first g, lower group = last g, g = ceil(27 n / 100) (no groups when n < 2).
  D = p(upper) - p(lower).
- option point-biserial: correlation of "chose this option" (1/0) with the rest score.
- test: mean and SD (population, divide by N) of the totals over all attempts; reliability over complete cases
  (attempts presented every item): alpha with population variances, KR-20 = K/(K-1) (1 - sum pq / var) when every
  item is dichotomous, SEM = SD(complete cases) * sqrt(1 - alpha).
- flags: p < 0.20 too hard; p >= 0.96 too easy; r < 0 negative discrimination; 0 <= r < 0.20 weak
  discrimination; a distractor chosen by under 5% of the n attempts non-functioning; a distractor chosen in the
  upper group by more attempts than every key attracts strong candidates. Not enough data: n < 2, or zero
  variance of the item score or of the rest score (point-biserial undefined).
"""
import math
import os
import sys


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split(","))
    header, options_row, key_row, data = rows[0], rows[1], rows[2], rows[3:]
    assert header[0] == "item" and options_row[0] == "options" and key_row[0] == "key"
    items = header[1:]
    options = [list(o) for o in options_row[1:]]
    keys = [set(k) for k in key_row[1:]]
    attempts, scores, chosen = [], [], []
    for r in data:
        attempts.append(r[0])
        srow, crow = [], []
        for j, cell in enumerate(r[1:]):
            if cell == ".":
                srow.append(None)
                crow.append(None)
                continue
            picks, _, score = cell.partition("=")
            picks = "" if picks == "-" else picks
            pick_set = set(picks)
            assert pick_set <= set(options[j]), (cell, options[j])
            assert score or options[j], ("an item without options needs an explicit score", cell)
            srow.append(float(score) if score else (1.0 if pick_set == keys[j] else 0.0))
            crow.append(pick_set)
        scores.append(srow)
        chosen.append(crow)
    return items, options, keys, attempts, scores, chosen


def mean(xs):
    return sum(xs) / len(xs)


def pvar(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)


def pearson(xs, ys):
    mx, my = mean(xs), mean(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / math.sqrt(sxx * syy)


def alpha(matrix):
    k = len(matrix[0])
    totals = [sum(r) for r in matrix]
    vt = pvar(totals)
    if k < 2 or len(matrix) < 2 or vt == 0:
        return None
    vi = sum(pvar([r[j] for r in matrix]) for j in range(k))
    return k / (k - 1) * (1 - vi / vt)


def fmt(v):
    return "undefined" if v is None else repr(v)


def analyze(path):
    items, options, keys, attempts, scores, chosen = read(path)
    n_att, k = len(attempts), len(items)
    totals = [sum(s for s in row if s is not None) for row in scores]
    print(f"file {os.path.basename(path)}: {n_att} attempts x {k} items")
    for j, item in enumerate(items):
        seen = [i for i in range(n_att) if scores[i][j] is not None]
        n = len(seen)
        x = [scores[i][j] for i in seen]
        rest = [totals[i] - scores[i][j] for i in seen]
        p = mean(x) if n else None
        r = pearson(x, rest) if n >= 2 else None
        g = -(-27 * n // 100) if n >= 2 else 0
        ranked = sorted(seen, key=lambda i: (-totals[i], i))
        upper, lower = ranked[:g], ranked[n - g:]
        d = pu = pl = None
        if n >= 2:
            pu = mean([scores[i][j] for i in upper])
            pl = mean([scores[i][j] for i in lower])
            d = pu - pl
        print(f"item {item}: n={n} p={fmt(p)} pbis={fmt(r)} g={g} pU={fmt(pu)} pL={fmt(pl)} D={fmt(d)}")
        flags = []
        if n < 2:
            flags.append("NOT_ENOUGH_DATA")
        else:
            if p < 0.20:
                flags.append("TOO_HARD")
            if p >= 0.96:
                flags.append("TOO_EASY")
            if r is None:
                flags.append("NOT_ENOUGH_DATA")
            elif r < 0:
                flags.append("NEGATIVE_DISCRIMINATION")
            elif r < 0.20:
                flags.append("WEAK_DISCRIMINATION")
        key_upper = [sum(1 for i in upper if o in chosen[i][j]) for o in options[j] if o in keys[j]]
        for o in options[j] + (["omitted"] if options[j] else []):
            def picks(i, o=o):
                return not chosen[i][j] if o == "omitted" else o in chosen[i][j]
            picked = [1.0 if picks(i) else 0.0 for i in seen]
            count = int(sum(picked))
            cu = sum(1 for i in upper if picks(i))
            cl = sum(1 for i in lower if picks(i))
            rb = pearson(picked, rest) if n >= 2 else None
            kind = "omitted" if o == "omitted" else ("key" if o in keys[j] else "distractor")
            print(f"  option {o} {kind}: count={count} prop={fmt(count / n if n else 0.0)} upper={cu} lower={cl} pbis={fmt(rb)}")
            if kind == "distractor" and n >= 2:
                if count / n < 0.05:
                    flags.append(f"NON_FUNCTIONING_DISTRACTOR:{o}")
                if g > 0 and key_upper and cu > max(key_upper):
                    flags.append(f"DISTRACTOR_ATTRACTS_STRONG:{o}")
        print(f"  flags {' '.join(flags) if flags else '-'}")
    complete = [row for row in scores if all(s is not None for s in row)]
    mean_total = mean(totals) if n_att else None
    sd_total = math.sqrt(pvar(totals)) if n_att >= 2 else None
    print(f"test: attempts={n_att} items={k} mean={fmt(mean_total)} sd={fmt(sd_total)} complete={len(complete)}")
    a = alpha(complete) if complete else None
    dichotomous = all(s in (0.0, 1.0) for row in scores for s in row if s is not None)
    kr20 = None
    if complete and dichotomous and a is not None:
        c_totals = [sum(r) for r in complete]
        pq = sum(mean([r[j] for r in complete]) * (1 - mean([r[j] for r in complete])) for j in range(k))
        kr20 = k / (k - 1) * (1 - pq / pvar(c_totals))
    sd_c = math.sqrt(pvar([sum(r) for r in complete])) if len(complete) >= 2 else None
    sem = sd_c * math.sqrt(1 - a) if a is not None else None
    print(f"reliability: completeSd={fmt(sd_c)} alpha={fmt(a)} kr20={fmt(kr20)} sem={fmt(sem)}")
    for j, item in enumerate(items):
        rest_items = [[r[m] for m in range(k) if m != j] for r in complete]
        print(f"  alpha without {item}: {fmt(alpha(rest_items) if k >= 3 and len(complete) >= 2 else None)}")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for p in sys.argv[1:] or [os.path.join(here, "worked_dataset.csv")]:
        analyze(p)

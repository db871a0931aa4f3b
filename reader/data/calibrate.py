#!/usr/bin/env python3
"""Rebuild reader/data/confidence.txt: the precision of each (kind, rule, speaker rule) on PolNeAR train.

    go build -o byline . && python3 reader/data/calibrate.py --bin ./byline --set train > reader/data/confidence.txt
    go build -o byline . && python3 reader/data/calibrate.py --bin ./byline --set dev --buckets   # the calibration table

A quote counts as right when score.py (../shared/eval) matches it to an annotated unit and its speaker is right;
reported speech that matches only an optional unit (a PolNeAR stance) is left out, as score.py leaves it out.
A stance is right when it matches any annotated indirect unit (speech or optional) with the right speaker.
Only counts leave PolNeAR: no text."""
import argparse, collections, os, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "eval"))
import score as S  # noqa: E402


def outcomes(binary, name):
    recs = S.load_set(name)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for k, r in enumerate(recs):
            f = os.path.join(tmp, f"{k:04d}.txt")
            with open(f, "w", encoding="utf-8") as fh:
                fh.write(r["text"])
            files.append(f)
        out = S.run_bin(binary, files, 600)
    for r, f in zip(recs, files):
        text = r["text"]
        cp = S.to_cp(text.encode(), len(text))
        gd, gi, go = S.gold_units(r)
        preds = collections.defaultdict(list)
        for q in out[f].get("quotes") or []:
            sp = q.get("speaker")
            if sp and isinstance(sp.get("mention"), dict):
                m = sp["mention"]
                sp = dict(sp, mention_cp=(cp[m["start"]], cp[m["end"]]))
            preds[q["kind"]].append(((cp[q["start"]], cp[q["end"]]), sp, q))
        for kind, golds, thr in (("direct", gd, 0.8), ("indirect", gi, 0.5), ("stance", gi + go, 0.5)):
            P = preds[kind]
            pairs = dict(S.match(text, [p[0] for p in P], [g[0] for g in golds], thr))
            opt = set()
            if kind == "indirect" and go:
                rest = [i for i in range(len(P)) if i not in pairs]
                opt = {rest[i] for i, _ in S.match(text, [P[j][0] for j in rest], [g[0] for g in go], 0.5)}
            for i, (span, sp, q) in enumerate(P):
                if i in opt:
                    continue
                ok = i in pairs and S.speaker_ok(sp, golds[pairs[i]][1], text)
                yield kind, q.get("rule", "none"), (sp or {}).get("rule") or "none", q.get("confidence"), ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="./byline")
    ap.add_argument("--set", default="train")
    ap.add_argument("--buckets", action="store_true", help="print confidence buckets and their precision instead")
    ap.add_argument("--min", type=int, default=8, help="fewest quotes a key needs for a line of its own")
    a = ap.parse_args()
    rows = list(outcomes(a.bin, a.set))
    if a.buckets:
        edges = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01]
        print("| kind | confidence | quotes | precision |\n|---|---|---|---|")
        for kind in ("direct", "indirect", "all speech"):
            sel = [r for r in rows if (r[0] == kind or kind == "all speech" and r[0] != "stance")]
            for lo, hi in zip(edges, edges[1:]):
                b = [r for r in sel if lo <= r[3] < hi]
                if b:
                    print(f"| {kind} | {lo:.1f}–{min(hi, 1):.1f} | {len(b)} | {sum(r[4] for r in b) / len(b):.3f} |")
            hi8 = [r for r in sel if r[3] >= 0.8]
            if hi8:
                print(f"| {kind} | ≥ 0.8 | {len(hi8)} | {sum(r[4] for r in hi8) / len(hi8):.3f} |")
        return
    by_kind = collections.defaultdict(list)
    by_key = collections.defaultdict(list)
    for kind, rule, srule, _, ok in rows:
        by_kind[kind].append(ok)
        by_key[(kind, rule, srule)].append(ok)
    print("# The confidence of a quote: the precision (quote and speaker right) that quotes of its kind,")
    print("# found by its rule, with its speaker rule, had on PolNeAR " + a.set + " (counts, smoothed toward the kind's).")
    print("# Rebuilt by reader/data/calibrate.py (see its doc). Columns: kind rule speaker-rule precision quotes")
    for kind in ("direct", "indirect", "stance"):
        v = by_kind.get(kind) or [False]
        prior = sum(v) / len(v)
        print(f"{kind} * * {prior:.3f} {len(v)}")
        for (k, rule, srule), oks in sorted(by_key.items()):
            if k != kind or len(oks) < a.min:
                continue
            p = (sum(oks) + 2 * prior) / (len(oks) + 2)
            print(f"{kind} {rule} {srule} {p:.3f} {len(oks)}")


if __name__ == "__main__":
    main()

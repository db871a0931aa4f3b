#!/usr/bin/env python3
"""Label the reported speech byline finds on PolNeAR, for training the speech model (reader/data/speech.txt).

    go build -o byline . && python3 reader/data/speechlabels.py --bin ./byline --set train > /tmp/speech.tsv
    go test ./reader -run TestTrainSpeechModel -speech-train /tmp/speech.tsv     # rewrites reader/data/speech.txt

It runs `BIN analyze --explain` on every article of the set and reads, for each piece of reported speech (listed, or
not listed because the speech model dropped it), its byte span and its features. A piece is labelled 1 when score.py
(../shared/eval) matches it to an annotated reported-speech unit (IoU >= 0.5), 0 when it matches nothing; one that
matches only an optional unit (a PolNeAR stance) is left out, as score.py leaves it out, and so is one that matches a
PolNeAR mixed attribution (reported speech with quoted words: score.py counts only its quoted words, as direct). Each output line is
`label<TAB>features`: the features are names of lexicon words and rules, never article text; a finite reported clause,
which the model does not score, has none."""
import argparse, os, re, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "shared", "eval"))
import score as S  # noqa: E402

HEAD = re.compile(r'^(?:\d+\. (indirect)|not listed: (indirect)) .*\[(\d+),(\d+)\)$')


def explain(binary, files):
    """{file: [(start, end, features)]} for the reported speech of each file."""
    out = {}
    for i in range(0, len(files), 200):
        batch = files[i:i + 200]
        import subprocess
        res = subprocess.run([binary, "analyze", "--explain", *batch], capture_output=True, text=True, check=True)
        cur = None
        for line in res.stdout.splitlines():
            if line in batch:
                cur = line
                out[cur] = []
                continue
            m = HEAD.match(line)
            if m:
                # reported speech: unscored (a finite clause, always listed) until its features line
                out[cur].append((int(m.group(3)), int(m.group(4)), []))
                continue
            if line.startswith("   features:") and out.get(cur):
                out[cur][-1][2].extend(line.split(":", 1)[1].split())
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="./byline")
    ap.add_argument("--set", default="train")
    a = ap.parse_args()
    recs = S.load_set(a.set)
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for k, r in enumerate(recs):
            f = os.path.join(tmp, f"{k:04d}.txt")
            with open(f, "w", encoding="utf-8") as fh:
                fh.write(r["text"])
            files.append(f)
        got = explain(a.bin, files)
    gold = sum(len(S.gold_units(r)[1]) for r in recs)
    print(f"# gold {gold}")  # the annotated reported-speech units: recall's denominator
    for r, f in zip(recs, files):
        text = r["text"]
        cp = S.to_cp(text.encode(), len(text))
        gd, gi, go = S.gold_units(r)
        P = [((cp[s], cp[e]), feats) for s, e, feats in got.get(f, [])]
        pairs = dict(S.match(text, [p[0] for p in P], [g[0] for g in gi], 0.5))
        rest = [i for i in range(len(P)) if i not in pairs]
        # optional: PolNeAR stances, and its mixed attributions (reported speech holding quoted words, which
        # score.py does not count as reported speech; they are speech all the same)
        mixed = [((a["content"][0]["start"], a["content"][-1]["end"]), a) for a in r["attributions"]
                 if a["type"] == "mixed" and a["content"]]
        opt = {rest[i] for i, _ in S.match(text, [P[j][0] for j in rest], [g[0] for g in go + mixed], 0.5)}
        for i, (span, feats) in enumerate(P):
            if i in opt:
                continue
            print(f"{1 if i in pairs else 0}\t{' '.join(feats)}")


if __name__ == "__main__":
    main()

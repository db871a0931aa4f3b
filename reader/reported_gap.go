package reader

// Reported clauses with no subject of their own, the noun phrase before
// the speaker standing for it: "what he said was ...", "a probe the
// agency said was ongoing" (issue 13, recall).

// determinerBefore returns the determiner that opens the noun phrase
// ending at noun k ("a probe", "the new provision"), within four words
// of plain lower-case modifiers, or -1.
func (d *doc) determinerBefore(k, s0 int) int {
	for x := k - 1; x >= s0 && x >= k-4; x-- {
		if !d.isWord(x) && d.toks[x].kind != tkNum || d.toks[x].q != 0 || d.toks[x].upper {
			return -1
		}
		if d.lowerIs(x, wfDeterminer) {
			return x
		}
		if d.lowerIs(x, wfPreposition|wfClauseStop|wfCue|wfSubjPronoun) {
			return -1
		}
	}
	return -1
}

// gapRelative finds a relative clause with no relative pronoun in the
// subject words p of a speech verb: "a probe the agency" (said was
// ongoing), "a provision they" (say could exclude). It returns where the
// noun phrase before the clause starts and the clause's own subject, or
// -1 when p is no such thing.
func (d *doc) gapRelative(p np, s0 int) (int, np) {
	for x := p.t1 - 1; x >= p.t0 && x > s0; x-- {
		if d.toks[x].q != 0 {
			return -1, np{}
		}
		if x == p.t0 || d.lowerIs(x, wfDeterminer) || d.lowerIs(x, wfSubjPronoun) {
			k := x - 1
			if k <= s0 || d.toks[k].upper || !d.nounBefore(k) {
				if x == p.t0 {
					return -1, np{}
				}
				continue
			}
			if y := d.determinerBefore(k, s0); y >= 0 {
				if y-1 > s0 && (d.is(y-1, "which") || d.is(y-1, "that")) {
					y-- // "which his wife Jo said was ...": the relative pronoun opens it
				}
				sub := p
				if x > p.t0 {
					sub = np{t0: x, t1: p.t1, kind: npDesc, chunk: -1}
					if d.lowerIs(x, wfSubjPronoun) && x+1 == p.t1 {
						sub.kind = npPron
					} else if ci := d.chunkOf(x); ci >= 0 && d.chunks[ci].t0 == x && d.chunks[ci].t1 == p.t1 {
						sub = np{t0: x, t1: p.t1, kind: npName, chunk: ci}
					}
				}
				return y, sub
			}
		}
	}
	return -1, np{}
}

// gapCues are the verbs of saying whose clause may lack its subject,
// left before the speaker: "what he said was ...", "a probe the agency
// says is ongoing", "the figure analysts estimate will be ...".
var gapCues = map[string]bool{"said": true, "say": true, "says": true, "claimed": true, "claims": true, "claim": true,
	"estimated": true, "estimate": true, "estimates": true, "argued": true, "argue": true, "argues": true,
	"contend": true, "contends": true, "contended": true, "insisted": true, "insist": true, "insists": true,
	"alleged": true, "allege": true, "alleges": true, "predicted": true, "predict": true, "predicts": true,
	"reported": true, "warned": true, "warn": true, "warns": true}

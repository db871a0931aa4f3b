package reader

import (
	"sort"
	"strings"
)

// This file sorts the reported speech found into speech and stance, and
// drops what is not reported speech at all: the rules a reader would
// apply to "X said Y" rows before trusting them.

// tokAt returns the index of the token starting at or after byte off,
// len(d.toks) when none does.
func (d *doc) tokAt(off int) int {
	return sort.Search(len(d.toks), func(i int) bool { return d.toks[i].s >= off })
}

// negators make the speech act after them one that did not happen:
// "did not agree", "never said", "denied saying", "refused to say".
var negators = map[string]bool{"not": true, "n't": true, "n’t": true, "never": true, "didn't": true, "didn’t": true,
	"denied": true, "denies": true, "deny": true, "denying": true, "refused": true, "refuses": true, "refusing": true,
	"declined": true, "declines": true, "declining": true, "cannot": true, "can't": true, "won't": true,
	"doesn't": true, "don't": true, "wouldn't": true, "couldn't": true, "hasn't": true, "haven't": true}

// negated reports whether the cue at token c is negated: a negator among
// the few words before it, with only auxiliaries, adverbs and "to"
// between ("did not agree", "has never said", "refused to say", "did not
// immediately respond", "has not publicly said").
func (d *doc) negated(c int) bool {
	for k := c - 1; k >= 0 && k >= c-4; k-- {
		if !d.isWord(k) || d.toks[k].blk != d.toks[c].blk {
			return false
		}
		w := d.lower(k)
		if negators[w] {
			return true
		}
		if w != "to" && w != "ever" && w != "even" && w != "also" && w != "yet" && !d.wordIs(k, wfSkipBeforeCue) && !lyAdverb(w) {
			return false
		}
	}
	return false
}

// lyAdverb reports whether word w reads as an adverb in -ly
// ("immediately", "publicly", "directly") between a subject or negator
// and its cue; "only" and "early" are not ("did not only say").
func lyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "early"
}

// notSpeechBlock reports whether block bi is one whose sentences report
// no speech: a photo caption, which describes the picture ("Putin did not
// agree to a full truce") rather than reporting what was said. A
// headline's "X says Y" is kept: it reports speech.
func (d *doc) notSpeechBlock(bi int) bool {
	return d.blocks[bi].Kind == BlockCaption
}

// sortReported gives each piece of reported speech found its final kind:
// Stance when its cue is a belief, wish, stance or action (verbs.txt's
// class), and drops it when its cue is negated (RuleNegated: "did not
// agree to a truce" is not what was agreed) or when it stands in a
// photo caption (RuleNotSpeechBlock).
func (d *doc) sortReported() {
	out := d.found[:0]
	for _, f := range d.found {
		if f.kind == Indirect {
			t := d.tokAt(f.span.Start)
			if t < len(d.toks) && d.notSpeechBlock(int(d.toks[t].blk)) {
				continue
			}
			if f.cue.End > f.cue.Start {
				c := d.tokAt(f.cue.Start)
				if c < len(d.toks) && d.toks[c].s == f.cue.Start {
					if d.negated(c) {
						continue
					}
					if d.lx.stanceClass[d.lower(c)] || d.deniedSpeech(c, d.tokAt(f.span.Start)) {
						f.kind = Stance
					}
				}
			}
			if f.kind == Indirect && !d.speechModel(&f) {
				continue
			}
		}
		out = append(out, f)
	}
	d.found = out
}

// deniedSpeech reports whether the cue at token c denies or refuses the
// speech its content starts with (token t): "denied saying X", "refused
// to say whether": the speaker did not say X. The denial itself is kept,
// as a stance.
func (d *doc) deniedSpeech(c, t int) bool {
	if !negators[d.lower(c)] || t >= len(d.toks) {
		return false
	}
	if d.is(t, "to") {
		t++
	}
	return t < len(d.toks) && d.isWord(t) && !d.lx.stanceClass[d.lower(t)] && d.lx.cues[d.lower(t)] != 0
}

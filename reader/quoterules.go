package reader

import "strings"

// This file holds the named rules for direct quotes that are not speech
// or are attributed from outside their sentence: named-term and
// next-sentence.

// termIntros stand right before a term or title in quotation marks that
// is named, not said: "dubbed "the golden crust"", "known as "X"", "the
// word "X"", "a film titled "X"".
var termIntros = map[string]bool{"dubbed": true, "nicknamed": true, "titled": true, "entitled": true,
	"so-called": true, "word": true, "term": true, "phrase": true, "slogan": true, "hashtag": true,
	"motto": true, "nickname": true, "moniker": true, "label": true, "headline": false,
	"name": true, "designation": true, "acronym": true, "abbreviation": true, "codename": true}

// passiveCallers stand before "called" or "named" when the verb names a
// thing and no one says the term: "commonly called "X"", "is called
// "X"", "also named "X"". ("Anna Berg called it "a disgrace"" keeps its
// quote: a subject says the words.)
var passiveCallers = map[string]bool{"commonly": true, "often": true, "widely": true, "popularly": true,
	"sometimes": true, "also": true, "officially": true, "formally": true, "informally": true, "generally": true,
	"affectionately": true, "locally": true, "is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "being": true}

// conceptNouns name a concept that "of" and a term in quotation marks
// follow: "the strategy of "massive resistance"".
var conceptNouns = map[string]bool{"strategy": true, "policy": true, "doctrine": true, "notion": true,
	"concept": true, "philosophy": true, "theory": true, "principle": true}

// definedAfter reports whether the words after quote q define it: ", which
// is defined as", "is defined by".
func (d *doc) definedAfter(q *qspan) bool {
	t := q.t1
	if d.is(t, ",") {
		t++
	}
	if d.is(t, "which") || d.is(t, "that") {
		t++
	}
	if auxVerbs[d.lower(t)] {
		t++
	}
	return d.is(t, "defined") && (d.is(t+1, "as") || d.is(t+1, "by"))
}

// namingVerbs name what their object is called: "dubbed the pie "X"".
var namingVerbs = map[string]bool{"dubbed": true, "nicknamed": true, "renamed": true, "titled": true, "entitled": true,
	"named": true}

// namedTerm reports whether the quote is a term or title being named
// (RuleNamedTerm): a short quote right after one of termIntros or "known
// as" / "referred to as". Such a quote is no one's speech.
func (d *doc) namedTerm(q *qspan) bool {
	t := q.t0 - 1
	if t < 0 || !d.isWord(t) || d.wordCount(q) > 6 || d.toks[t].blk != d.toks[q.t0].blk {
		return false
	}
	if d.definedAfter(q) {
		return true // "a "targeted employment area," which is defined as ..."
	}
	w := d.lower(t)
	if termIntros[w] {
		return true
	}
	if (w == "called" || w == "named") && t > 0 && passiveCallers[d.lower(t-1)] {
		return true // "commonly called "swine flu"", "a town named "Hope""
	}
	if k := t; w == "of" || (w == "a" || w == "an" || w == "the") && k > 0 && d.is(k-1, "of") {
		if w != "of" {
			k--
		}
		if k > 0 && conceptNouns[d.lower(k-1)] {
			return true // "Byrd's strategy of "massive resistance"", "the notion of a "non-partisan" civil service"
		}
	}
	// "dubbed the pie "the golden crust"": a naming verb, its object,
	// then the term
	for k := t - 1; k >= 0 && k >= t-6 && d.isWord(k) && d.toks[k].q == 0 && d.toks[k].blk == d.toks[t].blk; k-- {
		if namingVerbs[d.lower(k)] {
			return true
		}
	}
	if (w == "the" || w == "a" || w == "an") && t > 1 && d.is(t-1, "as") {
		t-- // "what has become known as the "Buffett rule""
		w = "as"
	}
	return w == "as" && t > 0 && (d.is(t-1, "known") || d.is(t-1, "referred") || d.is(t-1, "billed") || d.is(t-1, "branded"))
}

// mentionedWord reports whether quote q is a pronoun alone in quotation
// marks (RuleMentionedWord): "because "she" is a "he"" names the word,
// no one says it.
func (d *doc) mentionedWord(q *qspan) bool {
	w := -1
	for t := q.t0; t < q.t1; t++ {
		if d.isWord(t) {
			if w >= 0 {
				return false
			}
			w = t
		}
	}
	if w < 0 {
		return false
	}
	switch d.lower(w) {
	case "he", "she", "they", "it", "him", "her", "them", "his", "hers", "their", "theirs", "we", "us", "i", "me",
		"you", "one", "ze", "xe":
		return true
	}
	return false
}

// sentenceAfter returns the sentence after quote q: the rest of its own
// sentence [q.t1, s1) when the splitter kept them together, else the next
// sentence si+1 of block bi (empty when there is none).
func (d *doc) sentenceAfter(q *qspan, si, bi, s1 int) [2]int {
	if q.t1 < s1-2 {
		return [2]int{q.t1, s1}
	}
	if si+1 < len(d.sents[bi]) {
		return d.sents[bi][si+1]
	}
	return [2]int{}
}

// howPutIt returns the speaker of a sentence that attributes the one
// before it (RuleNextSentence): "That is how the minister put it.", "So
// said Jane Doe.", "This is how Jane Doe described it."; none otherwise.
func (d *doc) howPutIt(s [2]int) np {
	t, end := s[0], s[1]
	if end-t < 4 || !d.isWord(t) {
		return np{}
	}
	switch d.lower(t) {
	case "so", "thus":
		if d.is(t+1, "said") || d.is(t+1, "says") {
			return d.subjectRight(t+1, end)
		}
		return np{}
	case "that", "this", "that's":
	default:
		return np{}
	}
	k := t + 1
	for k < end && k < t+4 && !d.is(k, "how") {
		k++
	}
	if k >= end || !d.is(k, "how") {
		return np{}
	}
	a := k + 1
	b := a
	for b < end && b < a+6 && d.isWord(b) && !putVerbs[d.lower(b)] {
		b++
	}
	if b >= end || b == a || !putVerbs[d.lower(b)] {
		return np{}
	}
	if ci := d.chunkOf(a); ci >= 0 && d.chunks[ci].t0 == a && d.chunks[ci].t1 == b {
		return np{t0: a, t1: b, kind: npName, chunk: ci}
	}
	if d.lowerIs(a, wfDeterminer) {
		return np{t0: a, t1: b, kind: npDesc, chunk: -1}
	}
	if w := d.lower(a); (w == "he" || w == "she" || w == "they") && b == a+1 {
		return np{t0: a, t1: b, kind: npPron, chunk: -1}
	}
	return np{}
}

// putVerbs end "That is how X put it".
var putVerbs = map[string]bool{"put": true, "puts": true, "said": true, "says": true, "described": true,
	"describes": true, "summed": true, "sums": true, "explained": true, "explains": true, "saw": true, "sees": true}

// passiveAddressee reports whether cue c is "asked" or "told" in the
// passive ("was asked", "had been told"): its subject is the one
// addressed, not who speaks.
func (d *doc) passiveAddressee(c *cue) bool {
	if c.inverted || !(d.is(c.t, "asked") || d.is(c.t, "told")) {
		return false
	}
	t := c.t - 1
	if t > 0 && d.isWord(t) && strings.HasSuffix(d.lower(t), "ly") {
		t-- // "was repeatedly asked"
	}
	switch d.lower(t) {
	case "was", "were", "is", "are", "been", "being", "be", "get", "got", "gets":
		return true
	}
	return false
}

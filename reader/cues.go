package reader

import (
	"strings"
	"sync"
)

// npKind is the kind of a noun phrase naming a speaker.
type npKind uint8

const (
	npNone npKind = iota
	npName        // a capitalised name: "Marco Rubio", "Kyiv"
	npPron        // a pronoun: "he", "they", "who"
	npDesc        // a description: "the Ukrainian president", "officials in Krasnodar"
)

// np is a noun phrase of tokens [t0, t1).
type np struct {
	t0, t1 int
	kind   npKind
	chunk  int // the name's chunk for npName, else -1
	// pron is the pronoun of an npPron when it is not the token's whole
	// text ("they" of "they're"); empty otherwise.
	pron string
}

func (p np) ok() bool { return p.kind != npNone }

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "this": true, "that": true, "these": true, "those": true,
	"some": true, "many": true, "several": true, "other": true, "another": true, "one": true, "two": true,
	"three": true, "both": true, "most": true, "few": true, "all": true, "no": true, "each": true, "any": true,
	"such": true, "more": true, "every": true}

// nounCues are cue words that are also nouns ("the reports", "his claims").
var nounCues = map[string]bool{"reports": true, "claims": true, "states": true, "notes": true, "posts": true,
	"calls": true, "fears": true, "hopes": true, "promises": true, "thought": true, "warning": true, "read": true,
	"reads": true, "writing": true, "charged": true, "pointed": true, "went": true, "continues": true, "agrees": true,
	"believe": true, "think": true, "say": true, "tell": true, "write": true, "argue": true, "claim": true,
	"tweets": true, "tweet": true, "call": true}

// quantifiers stand for people before a verb: "Some say", "Many believe".
var quantifiers = map[string]bool{"some": true, "many": true, "most": true, "both": true, "all": true,
	"few": true, "several": true}

var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"who": true, "you": true}

// skipBeforeCue are words that may stand between a subject and its cue
// ("Trump has also said").
var skipBeforeCue = map[string]bool{"has": true, "have": true, "had": true, "is": true, "was": true, "were": true,
	"are": true, "will": true, "would": true, "also": true, "later": true, "then": true, "previously": true,
	"recently": true, "once": true, "again": true, "further": true, "simply": true, "just": true, "repeatedly": true,
	"earlier": true, "first": true, "initially": true, "reportedly": true, "publicly": true, "privately": true,
	"separately": true, "quickly": true, "finally": true, "often": true, "always": true, "never": true,
	"already": true, "frequently": true, "flatly": true, "angrily": true, "bluntly": true, "famously": true,
	"told": false, "did": true, "not": true, "does": true, "do": true, "could": true, "may": true, "might": true,
	"can": true, "should": true, "been": true, "be": true, "last": true, "openly": true, "explicitly": true,
	"subsequently": true, "originally": true, "now": true, "still": true, "even": true, "only": true}

var dayWords = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "week": true, "month": true, "year": true, "night": true, "morning": true,
	"evening": true, "afternoon": true, "weekend": true, "today": true, "yesterday": true, "tonight": true}

// clauseStop are words a subject noun phrase does not reach back over.
var clauseStop = map[string]bool{"that": true, "and": true, "but": true, "or": true, "because": true, "when": true,
	"while": true, "as": true, "if": true, "since": true, "although": true, "though": true, "where": true, "so": true,
	"who": true, "which": true, "than": true, "after": true, "before": true, "until": true, "whether": true,
	"what": true, "how": true, "why": true, "is": true, "was": true, "are": true, "were": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "not": true, "to": true, "be": true, "been": true}

var prepositions = map[string]bool{"with": true, "to": true, "by": true, "for": true, "from": true, "of": true,
	"about": true, "against": true, "on": true, "at": true, "in": true, "between": true, "into": true,
	"toward": true, "towards": true, "under": true, "over": true, "like": true, "than": true, "and": true,
	"after": true, "before": true, "during": true, "through": true, "without": true, "behind": true,
	"among": true, "via": true, "as": true}

// groupWords are capitalised at the start of a sentence but head a
// description of speakers ("Officials in Krasnodar said").
var groupWords = map[string]bool{"Officials": true, "Sources": true, "Critics": true, "Analysts": true,
	"Experts": true, "Supporters": true, "Residents": true, "People": true, "Police": true, "Soldiers": true,
	"Troops": true, "Voters": true, "Leaders": true, "Lawmakers": true, "Protesters": true, "Witnesses": true,
	"Prosecutors": true, "Investigators": true, "Authorities": true, "Doctors": true, "Scientists": true,
	"Researchers": true, "Economists": true, "Campaigners": true, "Activists": true, "Ministers": true,
	"Diplomats": true, "Lawyers": true, "Judges": true, "Students": true, "Workers": true, "Parents": true,
	"Teachers": true, "Fans": true, "Users": true, "Customers": true, "Consumers": true, "Villagers": true,
	"Rescuers": true, "Firefighters": true, "Medics": true, "Militants": true, "Rebels": true, "Insurgents": true,
	"Demonstrators": true, "Officers": true, "Agents": true, "Aides": true, "Advisers": true, "Allies": true,
	"Opponents": true, "Polls": true, "Pollsters": true}

// cueKind returns the kind of cue token i is: ckSpeech for a cue that
// reports speech, ckQuoteOnly for one that only introduces a quote,
// ckAccording for "according (to)", ckStance for a stance verb, else
// ckNone.
func (d *doc) cueKind(i int) cueKind {
	// The rules ask about the same words many times: the answer, which
	// depends only on the tokens, is kept (0 not asked yet, 1 none).
	if d.cueKinds == nil {
		d.cueKinds = make([]cueKind, len(d.toks))
	}
	switch k := d.cueKinds[i]; k {
	case 0:
	case 1:
		return 0
	default:
		return k
	}
	k := d.findCueKind(i)
	d.cueKinds[i] = max(k, 1)
	return k
}

// findCueKind is cueKind without the memory.
func (d *doc) findCueKind(i int) cueKind {
	t := d.toks[i]
	if t.kind != tkWord || t.q != 0 {
		return 0
	}
	w := d.text(i)
	if t.upper {
		if w == "According" && d.is(i+1, "to") {
			return ckAccording
		}
		if (w == "Said" || w == "Says") && !d.is(i+1, ",") {
			return ckSpeech // "Said Dorothy Poynter: ..."
		}
		return 0
	}
	info := d.tokCueInfo(i)
	k := info.cue
	if k == 0 {
		if w == "according" && d.is(i+1, "to") {
			return ckAccording
		}
		if (w == "put" || w == "puts") && d.is(i+1, "it") {
			return ckQuoteOnly // "as the memo put it"
		}
		if !info.stance {
			return 0
		}
		// a stance verb, unless it is a noun here: "his support", "the plans"
		if i > 0 && (d.toks[i-1].kind == tkPoss || (d.isWord(i-1) && (d.lowerIs(i-1, wfDeterminer) || d.toks[i-1].kind == tkNum ||
			d.wordIs(i-1, wfNationality) || d.is(i-1, "to") && !strings.HasSuffix(w, "ed")))) {
			return 0
		}
		if i > 1 && nounish[w] && (d.toks[i-2].kind == tkPoss || d.lowerIs(i-2, wfDeterminer)) && d.isWord(i-1) && !d.toks[i-1].upper &&
			!strings.HasSuffix(d.text(i-1), "ly") && (!strings.HasSuffix(d.text(i-1), "s") || strings.HasSuffix(d.text(i-1), "ous")) &&
			!d.wordIs(i-1, wfSkipBeforeCue) {
			return 0 // "his amorphous support", "a phone call"
		}
		if w == "support" && (d.is(i+1, "for") || d.is(i+1, "to") || d.is(i+1, "on") || d.is(i+1, "among") || d.is(i+1, "from") ||
			d.is(i+1, "above") || d.is(i+1, "of")) {
			return 0 // "support for him has grown", "lent support to her"
		}
		return ckStance
	}
	if i > 0 && d.isWord(i-1) && (d.lowerIs(i-1, wfDeterminer) || d.toks[i-1].kind == tkNum ||
		(d.wordIs(i-1, wfNationality) && !strings.HasSuffix(d.text(i-1), "s"))) && nounCues[w] &&
		!(quantifiers[d.lower(i-1)] && !strings.HasSuffix(w, "s") && !d.is(i+1, "of")) {
		return 0 // "the claims", but "Some say ...", "Many believe ..."
	}
	if i > 0 && d.toks[i-1].kind == tkPoss {
		return 0
	}
	if nounCues[w] && (d.is(i-1, "of") || i > 1 && d.toks[i-1].kind == tkWord && !d.toks[i-1].upper && d.is(i-2, "of")) {
		return 0 // "his series of early-morning tweets"
	}
	if nounCues[w] && i > 1 && d.toks[i-1].kind == tkWord && !d.toks[i-1].upper &&
		(d.toks[i-2].kind == tkPoss || d.lowerIs(i-2, wfDeterminer)) && !(i > 2 && d.afterQuote(i-2)) {
		return 0 // "Trump's early-morning tweets", but `"...," the email read`
	}
	if i > 0 && d.is(i-1, "to") && !strings.HasSuffix(w, "ed") && !d.wentOnTo(i) {
		return 0 // "to say", "wants to tell"; but "went on to say"
	}
	// "said" as an adjective: "the said company"
	return k
}

// wentOnTo reports whether the verb at token i follows "went on to" (or
// "goes", "go", "going"): the subject's next act of speech, "She went on
// to say that ...".
func (d *doc) wentOnTo(i int) bool {
	if i < 3 || !d.is(i-2, "on") {
		return false
	}
	w := d.lower(i - 3)
	return w == "went" || w == "goes" || w == "go" || w == "going"
}

// cueInfo is what the lexicons say of a lower-case word: its kind as a
// cue (data/verbs.txt), and whether it is a stance verb (its "comp" frame), a
// reporting word (reported.txt) or the first word of a reporting phrase
// (reported-phrases.txt).
type cueInfo struct {
	cue                    cueKind
	stance, report, phrase bool
}

// cueLexicon holds the cueInfo of every word the lexicons list, and a
// filter of their shapes (first letter, length, last letter) that turns
// most other words away without a map lookup: cueKind and reportingWords
// look at every word of every sentence.
type cueLexicon struct {
	words map[string]cueInfo
	shape [26][32]uint32
}

// shapeOf returns the filter cell and bit of w, or ok false when w does
// not start and end with a letter from a to z.
func shapeOf(w string) (first, n int, bit uint32, ok bool) {
	if w == "" {
		return 0, 0, 0, false
	}
	a, z := w[0], w[len(w)-1]
	if a < 'a' || a > 'z' || z < 'a' || z > 'z' {
		return 0, 0, 0, false
	}
	return int(a - 'a'), min(len(w), 31), 1 << (z - 'a'), true
}

var cueLex = sync.OnceValue(newCueLexicon)

func newCueLexicon() *cueLexicon {
	l := &cueLexicon{words: map[string]cueInfo{}}
	lx := lex()
	set := func(w string, f func(*cueInfo)) {
		c := l.words[w]
		f(&c)
		l.words[w] = c
		if a, n, bit, ok := shapeOf(w); ok {
			l.shape[a][n] |= bit
		}
	}
	for w, k := range lx.cues {
		set(w, func(c *cueInfo) { c.cue = k })
	}
	for w := range lx.stance {
		set(w, func(c *cueInfo) { c.stance = true })
	}
	for w := range reportLex() {
		set(w, func(c *cueInfo) { c.report = true })
	}
	for w := range reportPhrases() {
		set(w, func(c *cueInfo) { c.phrase = true })
	}
	for _, w := range []string{"according", "put", "puts"} {
		set(w, func(*cueInfo) {}) // cueKind looks at these itself
	}
	return l
}

// cueWord returns what the lexicons say of the lower-case word w.
func (d *doc) cueWord(w string) cueInfo {
	l := cueLex()
	if a, n, bit, ok := shapeOf(w); ok && l.shape[a][n]&bit == 0 {
		return cueInfo{}
	}
	return l.words[w]
}

// isParticiple reports whether the cue at token i is an -ing form.
func (d *doc) isParticiple(i int) bool { return strings.HasSuffix(d.text(i), "ing") }

// subjectLeft finds the subject of the cue at token c among tokens
// [lo, c): "Trump said", "Rubio, the secretary of state, said",
// "officials in Krasnodar said".
func (d *doc) subjectLeft(c, lo int) np {
	j := c - 1
	for j >= lo {
		if d.toks[j].kind == tkWord && !d.toks[j].upper && (d.wordIs(j, wfSkipBeforeCue) || lyAdverb(d.text(j))) {
			j--
			continue
		}
		if d.toks[j].kind == tkPoss && j > lo && d.lowerIs(j-1, wfSubjPronoun) {
			j-- // "he's predicting"
			continue
		}
		if w := d.text(j); d.toks[j].kind == tkWord && (w == "past" || w == "years" || w == "months" || w == "weeks" || w == "time") {
			// "who has in the past described", "who in recent years called"
			k := j - 1
			for k >= lo && k > j-4 && d.isWord(k) && !d.lowerIs(k, wfPreposition) {
				k--
			}
			if k >= lo && (d.is(k, "in") || d.is(k, "at") || d.is(k, "for") || d.is(k, "over")) {
				j = k - 1
				continue
			}
		}
		if d.toks[j].kind == tkWord && dayWords[d.text(j)] {
			// "Trump on Tuesday said", "the campaign last week said"
			k := j - 1
			if k >= lo && (d.is(k, "on") || d.is(k, "last") || d.is(k, "this") || d.is(k, "late") || d.is(k, "early")) {
				j = k - 1
				continue
			}
		}
		break
	}
	if j >= lo+2 && d.is(j, ")") {
		// "Sen. Jason Holsman (D) said"
		for k := j - 1; k >= lo && k > j-8; k-- {
			if d.is(k, "(") {
				j = k - 1
				break
			}
		}
	}
	if j < lo || d.toks[j].q != 0 {
		return np{}
	}
	if w := d.lower(j); w == "having" || w == "being" {
		return np{} // "Having announced that ..., Anna Berg said": no subject of its own
	}
	t := d.toks[j]
	switch t.kind {
	case tkPunct:
		if d.body[t.s] == ',' {
			return d.appositive(j, lo)
		}
		return np{}
	case tkWord:
	case tkNum:
		if !strings.ContainsAny(d.text(j), "abcdefghijklmnopqrstuvwxyz") {
			return np{}
		}
		return d.description(j, lo) // "the 43-year-old asked"
	default:
		return np{}
	}
	if w := d.lower(j); strings.ContainsAny(w, "'’") {
		// "I'm", "we'll": a pronoun with its verb
		if k := strings.IndexAny(w, "'’"); subjectPronouns[w[:k]] {
			return np{t0: j, t1: j + 1, kind: npPron, chunk: -1}
		}
	}
	if d.lowerIs(j, wfSubjPronoun) {
		if d.lower(j) == "it" && j > lo && d.isWord(j-1) {
			return np{}
		}
		return np{t0: j, t1: j + 1, kind: npPron, chunk: -1}
	}
	if ci := d.chunkOf(j); ci >= 0 && d.chunks[ci].t1 == j+1 {
		p := np{t0: d.chunks[ci].t0, t1: j + 1, kind: npName, chunk: ci}
		return d.extendLeft(p, lo)
	}
	return d.description(j, lo)
}

// extendLeft widens a name that ends a longer phrase: "officials in the
// southern Russian region of Krasnodar", "a spokesman for Trump".
func (d *doc) extendLeft(p np, lo int) np {
	k := p.t0 - 1
	if k > lo && d.is(k, "the") {
		k--
	}
	if k < lo || !d.isWord(k) || !ofLike[d.text(k)] {
		// "Trump's campaign": handled as a description
		return p
	}
	if ci := d.chunkOf(k - 1); ci >= 0 && d.chunks[ci].t0 >= lo && (d.chunks[ci].kind == Person || d.orgInPlace(ci, k, p)) {
		// "James Smith of the American Enterprise Institute said": the
		// person; "the Democratic Rally in Cyprus said": the party
		return np{t0: d.chunks[ci].t0, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
	}
	q := d.description(k-1, lo)
	if !q.ok() {
		return p
	}
	return np{t0: q.t0, t1: p.t1, kind: npDesc, chunk: p.chunk}
}

// orgInPlace reports whether chunk ci, an organisation, is followed by
// "in" (token k) and the place p, and heads its phrase: "the Court of
// Session in Scotland said" is the court, but "a spokeswoman for the
// Grand Mall in Cardiff" is the spokeswoman, and "for" and "of" belong to
// names ("the Economic Commission for Europe").
func (d *doc) orgInPlace(ci, k int, p np) bool {
	if d.chunks[ci].kind != Org || !d.is(k, "in") || p.chunk < 0 || d.chunks[p.chunk].kind != Place {
		return false
	}
	b := d.chunks[ci].t0 - 1
	if d.is(b, "the") || d.is(b, "The") {
		b--
	}
	if b >= 0 && d.toks[b].kind == tkPoss {
		return false // "St David's Shopping Centre in Cardiff": a longer name
	}
	return b < 0 || !d.isWord(b) || !ofLike[d.text(b)]
}

// ofLike are prepositions that make a name part of a longer speaker
// phrase: "a spokesman for Trump", "officials in Krasnodar".
var ofLike = map[string]bool{"of": true, "in": true, "for": true, "at": true, "from": true}

// description collects a noun phrase ending at token j: "the Ukrainian
// president", "a source close to the campaign".
func (d *doc) description(j, lo int) np {
	if j < lo || !d.isWord(j) {
		return np{}
	}
	head := d.lower(j)
	if dayWords[head] || head == "ago" || head == "past" || head == "time" || head == "season" || head == "recent" {
		return np{} // "this year", "this past week": a time, not a speaker
	}
	if j == lo && (head == "another" || head == "others") {
		return np{t0: j, t1: j + 1, kind: npDesc, chunk: -1} // "Another said ..."
	}
	// a noun cue after an article or a modifier is a noun: "the reports
	// show", "new fundraising reports show"
	nounHead := nounCues[head] && j > lo && d.isWord(j-1) && !d.toks[j-1].upper && !d.lowerIs(j-1, wfSubjPronoun) &&
		(d.lowerIs(j-1, wfDeterminer) || !d.lowerIs(j-1, wfCue) && !d.lowerIs(j-1, wfPreposition) && !d.lowerIs(j-1, wfClauseStop))
	if d.lowerIs(j, wfClauseStop|wfPreposition|wfDeterminer) || strings.HasSuffix(head, "ly") || d.lowerIs(j, wfCue) && !nounHead ||
		(d.toks[j].upper && d.wordIs(j, wfCapStop) && !groupWords[d.text(j)]) {
		return np{}
	}
	k := j
	n := 0
	for k-1 >= lo && n < 9 {
		t := d.toks[k-1]
		if t.q != 0 {
			break
		}
		if t.kind == tkPoss || (t.kind == tkPunct && d.body[t.s] == '-' && d.toks[k].s == t.e && k-2 >= 0 && d.toks[k-2].e == t.s) {
			k-- // "the 43-year-old", not "ate more - an old joke - others"
			continue
		}
		if t.kind != tkWord && t.kind != tkNum {
			break
		}
		w := d.lower(k - 1)
		if d.lowerIs(k-1, wfClauseStop|wfCue) || (t.upper && d.wordIs(k-1, wfCapStop) && !d.lowerIs(k-1, wfDeterminer) && !groupWords[d.text(k-1)]) {
			break
		}
		if d.lowerIs(k-1, wfSubjPronoun) && w != "who" {
			break
		}
		if t.kind == tkWord && !t.upper && ((d.lowerIs(k-1, wfPreposition) && !ofLike[w]) ||
			(strings.HasSuffix(w, "ing") && len(w) > 4 && !(k-2 >= lo && d.lowerIs(k-2, wfDeterminer)))) {
			break // "defending the organization against recent": no noun phrase
		}
		k--
		n++
	}
	// drop a leading prepositional phrase: "on Tuesday the campaign"
	for x := k; x < j; x++ {
		if d.lowerIs(x, wfPreposition) && x == k {
			k = -1
			for y := x + 1; y < j; y++ {
				if d.lowerIs(y, wfDeterminer) {
					k = y
					break
				}
			}
			if k < 0 {
				return np{}
			}
			break
		}
	}
	ok := false
	for x := k; x <= j; x++ {
		w := d.lower(x)
		if determiners[w] || d.toks[x].kind == tkPoss || d.toks[x].upper {
			ok = true
		}
	}
	if !ok && !strings.HasSuffix(head, "s") && !bareGroups[head] {
		return np{} // a bare singular noun is rarely a speaker; but "police said"
	}
	return np{t0: k, t1: j + 1, kind: npDesc, chunk: -1}
}

// bareGroups are plural nouns with no plural ending that speak without
// an article: "..., police said".
var bareGroups = map[string]bool{"police": true}

// appositive handles "Rubio, the secretary of state, said": j is the
// comma before the cue. When a chain of appositives runs back to the
// sentence's start or a quote ("Cecelia Purner, 67, a retired worker in
// Allentown, Pa., said"), the name that heads it speaks; otherwise the
// nearest name before a comma.
func (d *doc) appositive(j, lo int) np {
	k := j - 1
	var near np
	for n := 0; k >= lo && n < 40; n, k = n+1, k-1 {
		t := d.toks[k]
		if t.q != 0 || t.kind == tkQuote {
			break
		}
		if t.kind == tkPunct && d.body[t.s] == ',' {
			e := k
			if d.is(e-1, ")") {
				// "Sen. Claire McCaskill (D-Mo.), who ..., said"
				for x := e - 2; x >= lo && x > e-9; x-- {
					if d.is(x, "(") {
						e = x
						break
					}
				}
			}
			if d.is(e-1, ".") && (d.is(e-2, "Jr") || d.is(e-2, "Sr")) {
				e-- // "James B. Comey Jr., the director"
			}
			if ci := d.chunkOf(e - 1); ci >= 0 && d.chunks[ci].t1 == e && d.chunks[ci].kind != Place {
				if !near.ok() {
					near = np{t0: d.chunks[ci].t0, t1: e, kind: npName, chunk: ci}
				}
				continue
			}
			if ci := d.chunkOf(k - 1); ci >= 0 && d.chunks[ci].t1 == k {
				continue // "Ayrault, the foreign minister of France, a member ..."
			}
			if k-1 >= lo && d.toks[k-1].kind == tkNum {
				continue // "Cecelia Purner, 67, a retired ..."
			}
			if ci := d.chunkOf(k + 1); !near.ok() && ci >= 0 && d.chunks[ci].t0 == k+1 && d.chunks[ci].t1 == j && d.chunks[ci].kind == Person {
				// "One delegate not on the slate, Kelly Schmdit, told": the name
				return np{t0: k + 1, t1: j, kind: npName, chunk: ci}
			}
			// "Several candidates, including Trump, said"
			if !near.ok() && k-1 >= lo && d.toks[k-1].kind == tkWord && !d.toks[k-1].upper {
				return d.description(k-1, lo)
			}
			if !near.ok() {
				return np{}
			}
			continue
		}
		if t.kind == tkPunct && d.body[t.s] != '-' && d.body[t.s] != '.' && d.body[t.s] != '(' && d.body[t.s] != ')' {
			break
		}
	}
	// the head of the chain, right after the quote or at the sentence's start
	h := k + 1
	if d.is(h, ",") {
		h++
	}
	if ci := d.chunkOf(h); ci >= 0 && d.chunks[ci].t0 == h && d.chunks[ci].kind != Place && !d.chunks[ci].weak &&
		(d.is(d.chunks[ci].t1, ",") || d.is(d.chunks[ci].t1, "(")) && h < j {
		if k < lo || d.toks[k].q != 0 || d.toks[k].kind == tkQuote || k > 0 && d.is(k, ",") && d.toks[k-1].q != 0 {
			return np{t0: h, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
		}
	}
	return near
}

// bareName makes a name of capitalised words at token j that the chunker
// left out ("said Cuban", when Cuban is a nationality elsewhere), when
// punctuation or the sentence's end follows them.
func (d *doc) bareName(j, hi int) np {
	k := j
	for k < hi && d.toks[k].kind == tkWord && d.toks[k].upper && !d.wordIs(k, wfCapStop) && d.chunkOf(k) < 0 && k < j+3 {
		k++
	}
	if k == j || (k < hi && d.toks[k].kind != tkPunct) || (k < len(d.toks) && d.toks[k].kind == tkPoss) {
		return np{}
	}
	if k == j+1 && d.wordIs(j, wfNationality) && strings.HasSuffix(d.text(j), "s") {
		return np{} // "said Democrats"
	}
	d.addChunk(j, k, j, Person, "", false)
	return np{t0: j, t1: k, kind: npName, chunk: len(d.chunks) - 1}
}

// subjectRight finds the subject after the cue at token c, before hi:
// `"...," said Rubio`, "according to the BBC".
func (d *doc) subjectRight(c, hi int) np {
	j := c + 1
	if d.toks[c].upper || d.is(c, "according") {
		j = c + 2
	}
	for j < hi && d.toks[j].kind == tkWord && !d.toks[j].upper && (d.text(j) == "also" || d.text(j) == "then") {
		j++
	}
	if j >= hi || d.toks[j].q != 0 {
		return np{}
	}
	if ci := d.chunkOf(j); ci >= 0 && d.chunks[ci].t0 == j {
		return np{t0: j, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
	}
	if !d.isWord(j) {
		return np{}
	}
	if p := d.bareName(j, hi); p.ok() {
		return p
	}
	w := d.lower(j)
	if w == "he" || w == "she" || w == "they" || w == "we" || w == "i" {
		return np{t0: j, t1: j + 1, kind: npPron, chunk: -1}
	}
	if w == "that" || w == "whether" || w == "if" {
		return np{} // "demanded that Roffman make ...": a clause, not a subject
	}
	// "said former Utah governor Michael Leavitt"
	for k := j; k < hi && k < j+8; k++ {
		if ci := d.chunkOf(k); ci >= 0 {
			if d.chunks[ci].kind == Person {
				return np{t0: j, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
			}
			k = d.chunks[ci].t1 - 1
			continue
		}
		if !d.isWord(k) {
			break
		}
		if d.toks[k].upper {
			if d.wordIs(k, wfCapStop) {
				break
			}
			continue
		}
		if lw := d.lower(k); d.lowerIs(k, wfClauseStop|wfCue) || (d.lowerIs(k, wfPreposition) && lw != "of") {
			break
		}
	}
	if !determiners[w] && !(d.toks[j].kind == tkWord && strings.HasSuffix(w, "s") && !d.toks[j].upper) {
		return np{}
	}
	if ci := d.chunkOf(j + 1); w == "the" && ci >= 0 && d.chunks[ci].t0 == j+1 {
		// "according to the Finance Ministry"
		if e := d.chunks[ci].t1; e >= hi || d.toks[e].kind == tkPunct || d.timeTail(e, hi) {
			// also "wrote the Daily Planet last month.": the time is
			// when, not who
			return np{t0: j, t1: e, kind: npName, chunk: ci}
		}
	}
	// up to punctuation or a clause word
	k := j + 1
	for k < hi && k < j+8 {
		t := d.toks[k]
		if t.q != 0 || t.kind == tkPunct || t.kind == tkQuote {
			break
		}
		lw := d.lower(k)
		if d.lowerIs(k, wfClauseStop|wfCue) || (d.lowerIs(k, wfPreposition) && lw != "of" && lw != "for" && lw != "at" && lw != "in") {
			break
		}
		k++
	}
	if k == j+1 && determiners[w] && !(w == "another" || w == "one" || w == "others" || w == "some" || w == "many") {
		return np{} // but `"...," tweeted another.`
	}
	return np{t0: j, t1: k, kind: npDesc, chunk: d.chunkOf(k - 1)}
}

// timeTail reports whether tokens [t, hi) are a time phrase and nothing
// more but punctuation: "last month", "on Monday", "this week",
// "yesterday", "earlier this year".
func (d *doc) timeTail(t, hi int) bool {
	if t >= hi || !d.isWord(t) {
		return false
	}
	k := t
	switch d.lower(k) {
	case "yesterday", "today", "tonight":
		k++
	case "earlier", "later":
		k++
		if k < hi && (d.is(k, "this") || d.is(k, "that") || d.is(k, "on") || d.is(k, "in")) {
			k++
			if k < hi && (dayWords[d.text(k)] || dayWords[d.lower(k)] || months[d.text(k)]) {
				k++
			}
		}
	case "last", "this", "next", "on", "in":
		k++
		if k >= hi || !(dayWords[d.text(k)] || dayWords[d.lower(k)] || months[d.text(k)]) {
			return false
		}
		k++
	default:
		return false
	}
	return k >= hi || d.toks[k].kind == tkPunct
}

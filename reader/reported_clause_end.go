package reader

import "strings"

// Where a reported clause ends: at the sentence's end, before a closing
// appositive, a time phrase, another speaker's verb or a new clause.

// clauseEnd returns the clause from t to the sentence's end, without the
// closing full stop.
func (d *doc) clauseEnd(t, s1 int) (int, int) {
	for k := t + 1; k < s1; k++ {
		if strings.IndexByte(d.body[d.toks[k-1].e:d.toks[k].s], '\n') >= 0 {
			if d.titleCase(t, k) {
				s1 = k // a headline run into the text after it
			}
			break
		}
	}
	for k := t + 1; k+1 < s1; k++ {
		// "agreed that the fleet had ''promotional value.'' He added
		// ...": a quote that ends with a full stop ends the sentence
		if tk := d.toks[k]; tk.kind == tkQuote && tk.q != 0 && d.toks[k+1].q != tk.q && d.toks[k+1].upper {
			j := k - 1
			for j > t && d.toks[j].kind == tkQuote && d.toks[j].q == tk.q {
				j--
			}
			if d.is(j, ".") {
				s1 = k + 1
				break
			}
		}
	}
	for k := t + 1; k+2 < s1; k++ {
		// "..., according to the Center for Responsive Politics"
		if d.is(k, ",") && d.toks[k].q == 0 && (d.is(k+1, "according") && d.is(k+2, "to")) {
			s1 = k
			break
		}
	}
	for k := t + 1; k+1 < s1; k++ {
		// "..., saying ...", "..., but ...", "...; ..."
		if d.toks[k].q == 0 && d.clauseCut(k, s1) {
			s1 = k
			break
		}
	}
	if k := d.closingAppositive(t, s1); k > 0 {
		s1 = k // "said he did not support Mr. Trump, the presumed favorite."
	}
	b := s1
	for k := t + 3; k+1 < s1; k++ {
		// "said he makes $41,000 a year and questioned how ..."
		if (d.is(k, "and") || d.is(k, "but")) && d.toks[k+1].kind == tkWord && !d.toks[k+1].upper &&
			d.cueKind(k+1) != 0 && d.toks[k].q == 0 {
			b = k
			break
		}
		if (d.is(k, "and") || d.is(k, "but")) && d.toks[k].q == 0 && d.otherSpeakerAfter(k+1, s1) {
			b = k // "said they were convinced ... and Democrats accused the GOP of ..."
			break
		}
	}
	for b > t && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkQuote) && d.toks[b-1].q == 0 && !d.closingParen(t, b-1) &&
		!(d.is(b-1, "%") && b-2 >= t && d.toks[b-2].kind == tkNum) {
		b-- // but "profits rose 5%": the sign is the figure's
	}
	b = d.trimTime(t, b)
	if b <= t {
		return -1, -1
	}
	return t, b
}

// closingAppositive returns the comma before a noun phrase set off at the
// end of the clause from token t ("..., the presumed favorite.", "..., a
// provision that ..."), or -1: a determiner, then up to ten words with no
// verb of its own (no auxiliary, no cue), to the sentence's end.
func (d *doc) closingAppositive(t, s1 int) int {
	e := s1
	for e > t && (d.toks[e-1].kind == tkPunct || d.toks[e-1].kind == tkQuote) && d.toks[e-1].q == 0 {
		e--
	}
	for k := e - 2; k > t+3 && k > e-31; k-- {
		if !d.is(k, ",") || d.toks[k].q != 0 {
			continue
		}
		if w := d.lower(k + 1); w != "the" && w != "a" && w != "an" {
			return -1
		}
		rel := false
		for j := k + 2; j < e && !rel; j++ {
			if w := d.lower(j); j > k+2 && (w == "which" || w == "who" || w == "that" && d.relativeThat(j+1)) && d.toks[j].q == 0 {
				rel = true // "..., a federal provision that bars ...": the appositive's own relative clause
				break
			}
			if d.toks[j].q != 0 || d.toks[j].kind == tkPunct || d.lowerIs(j, wfCue|wfClauseStop) || auxiliaries[d.lower(j)] {
				return -1
			}
		}
		if !rel && k <= e-13 {
			return -1
		}
		for j := t; rel && j < k; j++ {
			if d.lowerIs(j, wfCue) && d.toks[j].q == 0 {
				return -1 // "But, he said, the fact that ... does not mean ...": the clause itself
			}
		}
		for j := k + 2; rel && j < e; j++ {
			if d.is(j, "and") || d.is(j, "or") || d.toks[j].q != 0 || d.lowerIs(j, wfCue) {
				return -1 // "called for fairness, the closure of loopholes that ... and relief": a list
			}
		}
		for j := t; j < k; j++ {
			if subordinators[d.lower(j)] || d.is(j, "despite") {
				return -1 // "that although the figures were poor, the report ...": the main clause
			}
		}
		return k
	}
	return -1
}

// subordinators open a clause that a comma closes before its main clause.
var subordinators = map[string]bool{"although": true, "though": true, "while": true, "if": true, "when": true,
	"because": true, "since": true, "unless": true, "after": true, "before": true, "once": true, "whereas": true,
	"as": true, "until": true, "whether": true}

// auxiliaries are the verbs that make a phrase a clause.
var auxiliaries = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true,
	"be": true, "been": true, "does": true, "did": true, "do": true}

// otherSpeakerAfter reports whether a name or a plural noun at token t
// is the subject of a speech verb right after it: "and Democrats
// accused", "and the White House said".
func (d *doc) otherSpeakerAfter(t, s1 int) bool {
	if t >= s1 || !d.isWord(t) || d.toks[t].q != 0 || d.lowerIs(t, wfSubjPronoun) {
		return false
	}
	for j := t; j < s1 && j < t+4; j++ {
		if d.toks[j].q != 0 || !d.isWord(j) {
			return false
		}
		if j > t && d.wordIs(j, wfCueS) && !d.isParticiple(j) && !d.toks[j].upper {
			p := np{t0: t, t1: j, kind: npDesc, chunk: d.chunkOf(t)}
			if p.chunk >= 0 {
				p.kind = npName
			}
			return d.toks[t].upper && p.chunk >= 0 && d.chunks[p.chunk].t1 == j || d.canHoldView(p)
		}
	}
	return false
}

// months are the names of the months.
var months = map[string]bool{"January": true, "February": true, "March": true, "April": true, "May": true,
	"June": true, "July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true, "Jan": true, "Feb": true, "Aug": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true}

// trimTime drops a time phrase ending the clause [t, b): "last week",
// "on Tuesday", "in early June", "Friday night".
func (d *doc) trimTime(t, b int) int {
	k := b - 1
	if k <= t+1 || !d.isWord(k) {
		return b
	}
	w := d.text(k)
	switch {
	case (dayWords[w] || months[w]) && w != "year" && w != "today" && w != "tonight":
		k--
		if k > t && (dayWords[d.text(k)] || months[d.text(k)]) {
			k-- // "Friday night"
		}
	case d.toks[k].kind == tkNum && k-1 > t && months[d.text(k-1)]:
		k -= 2 // "on March 3"
	default:
		return b
	}
	if k > t && (d.is(k, "early") || d.is(k, "late")) {
		k--
	}
	if k <= t || !(d.is(k, "last") || d.is(k, "this") || d.is(k, "on") || d.is(k, "earlier") || d.is(k, "in") && months[d.text(k+1)] && k-t <= 4) {
		return b // "prices would fall next year": the clause's own time; "endorsed Clinton in February": the endorsement's
	}
	return k
}

// clauseCut reports whether the reported clause ends before token k, a
// comma or semicolon that opens another clause: "..., but ...", "...,
// saying ...", "..., which ...", "..., she said".
func (d *doc) clauseCut(k, s1 int) bool {
	if d.is(k, ";") {
		return true
	}
	if !d.is(k, ",") || k+1 >= s1 || !d.isWord(k+1) {
		return false
	}
	w := d.lower(k + 1)
	if w == "but" && k+2 < s1 && d.isWord(k+2) && !d.toks[k+2].upper && d.cueKind(k+2) == 0 &&
		(gapVerbs[d.text(k+2)] || strings.HasSuffix(d.text(k+2), "ed")) {
		return false // "the process was fair, but required candidates to ...": the same subject goes on
	}
	if w == "but" && d.is(k+2, "that") {
		return false // "said the plan would fail, but that it could be saved": a second clause of the same speech
	}
	if (w == "which" || w == "who") && d.relativeInside(k, s1) {
		return false // "said the plant, which opened in 1990, would close": the subject's relative clause
	}
	if cutAfterComma[w] {
		return true
	}
	if w == "and" && k+2 < s1 && d.newClause(k+2, s1) {
		return true // "..., and the ACLU has sued"
	}
	if w == "and" && k+2 < s1 && d.subjectAux(k+2, s1) && !d.listComma(k) {
		return true // "..., and the downgrade is casting a shadow", "..., and Jo Lind is promising"
	}
	if w == "and" {
		// "..., and more than 4 in 10 said ...": another speaker's clause
		for j := k + 2; j < s1 && j < k+10; j++ {
			if d.toks[j].q != 0 || !d.isWord(j) && d.toks[j].kind != tkNum {
				break
			}
			if d.wordIs(j, wfCueS) && !d.isParticiple(j) && j > k+2 {
				return true
			}
		}
	}
	for j := k + 2; j < s1 && j < k+7; j++ {
		if !d.isWord(j) || d.toks[j].q != 0 {
			break
		}
		if tellVerbs()[d.text(j)] && d.thatAfter(j+1, s1) {
			return true // "..., Bill Clinton told foundation employees on Thursday that ..."
		}
		if d.wordIs(j, wfCueS) && !d.isParticiple(j) {
			// "..., officials said." ends the clause it follows
			if e := d.skipAdverbials(j+1, s1); e >= s1 || d.toks[e].kind == tkPunct && !d.is(e, ",") {
				return true
			}
			if d.is(j+1, "that") && d.toks[j+1].q == 0 {
				return true // "After questioning ..., Mrs. Clinton added that ...": her own clause
			}
			break
		}
	}
	if strings.HasSuffix(w, "ing") && !d.toks[k+1].upper && !keepAfterComma[w] {
		return true // "..., calling it ..."
	}
	return false
}

// relativeInside reports whether the relative clause after the comma at
// token k closes with a comma and the verb of the clause it interrupts:
// "the plant, which opened in 1990, would close".
func (d *doc) relativeInside(k, s1 int) bool {
	for j := k + 3; j+1 < s1 && j < k+16; j++ {
		if d.toks[j].q != 0 || d.toks[j].kind == tkQuote || d.toks[j].kind == tkPunct && !d.is(j, ",") {
			return false
		}
		if d.is(j, ",") {
			switch d.lower(j + 1) {
			case "would", "will", "could", "can", "should", "might", "may", "must", "is", "was", "were", "are", "has", "had", "have":
				return true
			}
			return false
		}
	}
	return false
}

// newClause reports whether a clause with its own subject starts at
// token t: a pronoun, or a name and a verb after it.
func (d *doc) newClause(t, s1 int) bool {
	if !d.isWord(t) || d.toks[t].q != 0 {
		return false
	}
	if w := d.lower(t); subjectPronouns[w] && w != "who" && w != "it" {
		return true
	}
	ci := d.chunkOf(t)
	if ci < 0 || d.chunks[ci].t0 != t {
		return false
	}
	v := d.chunks[ci].t1
	return v < s1 && d.isWord(v) && !d.toks[v].upper && d.toks[v].q == 0 && !d.lowerIs(v, wfPreposition) &&
		!d.lowerIs(v, wfClauseStop) && (strings.HasSuffix(d.text(v), "ed") || strings.HasSuffix(d.text(v), "s") || d.wordIs(v, wfSkipBeforeCue))
}

// cutAfterComma are words that, after a comma, start a clause the
// reported clause does not hold. Chosen from PolNeAR train, where content
// spans end before them more often than they run on.
var cutAfterComma = map[string]bool{"but": true, "which": true, "while": true, "although": true, "though": true,
	"whereas": true, "said": true, "says": true, "according": true, "compared": true, "even": true, "instead": true}

// keepAfterComma are -ing words that continue a clause after a comma.
var keepAfterComma = map[string]bool{"including": true, "especially": true, "during": true, "following": true,
	"regarding": true, "concerning": true, "nothing": true, "something": true, "anything": true, "everything": true}

// relativeThat reports whether the word at t, after "that", opens a
// relative clause ("a levy that drivers oppose", "a move that will
// cost"), not a noun "that" points to ("that night").
func (d *doc) relativeThat(t int) bool {
	if !d.isWord(t) || d.toks[t].q != 0 {
		return false
	}
	w := d.lower(t)
	return d.toks[t].upper || auxiliaries[w] || d.lowerIs(t, wfDeterminer|wfSubjPronoun) ||
		strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")
}

// subjectAux reports whether a subject and an auxiliary start at token t:
// a name, or a determiner and up to three words, then "is", "has",
// "will"...: "the downgrade is casting", "Jo Lind is promising".
func (d *doc) subjectAux(t, s1 int) bool {
	if !d.isWord(t) || d.toks[t].q != 0 {
		return false
	}
	e := -1
	if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t {
		e = d.chunks[ci].t1
	} else if d.lowerIs(t, wfDeterminer) && !d.is(t, "that") {
		for k := t + 1; k < s1 && k <= t+4; k++ {
			if !d.isWord(k) || d.toks[k].q != 0 || d.lowerIs(k, wfPreposition|wfClauseStop) && !auxiliaries[d.lower(k)] {
				return false
			}
			if auxiliaries[d.lower(k)] {
				e = k
				break
			}
		}
	}
	return e > t && e < s1 && auxiliaries[d.lower(e)] && !d.is(e, "to") && d.toks[e].q == 0
}

// listComma reports whether the comma at k ends an item of a list: another
// comma stands within five tokens before it, with no verb between
// ("Kurdi, his brother, and his mother were ...").
func (d *doc) listComma(k int) bool {
	for j := k - 1; j >= 0 && j > k-6; j-- {
		if d.toks[j].q != 0 || d.toks[j].kind == tkPunct && !d.is(j, ",") {
			return false
		}
		if w := d.lower(j); auxiliaries[w] || d.lowerIs(j, wfCue) || !d.toks[j].upper && strings.HasSuffix(w, "ed") {
			return false
		}
		if d.is(j, ",") {
			return true
		}
	}
	return false
}

// closingParen reports whether the ")" at k closes a "(" inside [t, k).
func (d *doc) closingParen(t, k int) bool {
	if !d.is(k, ")") {
		return false
	}
	for j := k - 1; j >= t; j-- {
		if d.is(j, "(") {
			return true
		}
	}
	return false
}

// timePrefix reports whether the tokens [s, o) before an opener are a
// short phrase of time ("Three years after", "A few weeks after", "Not
// long after"), not a main clause the opener's clause follows.
func (d *doc) timePrefix(s, o int) bool {
	if o-s > 4 {
		return false
	}
	for k := s; k < o; k++ {
		if !d.isWord(k) && d.toks[k].kind != tkNum || d.toks[k].q != 0 || d.cueKind(k) != 0 || auxiliaries[d.lower(k)] ||
			d.lowerIs(k, wfSubjPronoun) {
			return false
		}
	}
	return true
}

// frontedEnd returns where the clause [a, b) a cue reports ends when the
// cue stands in a clause that opens the sentence before its main clause:
// "While Trump said he would build a wall, Clinton ...", "Saying he was
// nervous to ask a question, the man ended up ...". The reported clause
// ends at the comma before the main clause.
func (d *doc) frontedEnd(c *cue, s0, a, b int) int {
	t := s0
	for t < c.t && (d.toks[t].kind == tkPunct || d.toks[t].kind == tkQuote) && d.toks[t].q == 0 {
		t++
	}
	if t < c.t && d.isWord(t) && d.lowerIs(t, wfLeadConj) {
		t++
	}
	if t >= c.t+1 || !d.isWord(t) || d.toks[t].q != 0 {
		return b
	}
	w := d.lower(t)
	o := c.subj.t0 - 1
	if c.subj.t1 > c.subj.t0+1 && !d.toks[c.subj.t0].upper && (openers[d.lower(c.subj.t0)] || d.is(c.subj.t0, "after")) {
		o = c.subj.t0 // "once the mayor had said": the opener read into the subject
	}
	if !c.inverted && c.subj.t1 > c.subj.t0 && o > t && o < c.t && d.isWord(o) && d.toks[o].q == 0 &&
		!d.toks[o].upper && (openers[d.lower(o)] || d.is(o, "after") || d.is(o, "before")) && (d.timePrefix(t, o) || d.is(o-1, "and") || d.is(o-1, "but")) {
		t, w = o, d.lower(o) // "Months after Obama announced that ..., U.S. forces ...": the opener before the subject
	}
	if !(openers[w] || w == "as" || w == "after" || w == "before" || w == "having" && t+1 == c.t) && !(t == c.t && c.participle) {
		return b
	}
	for k := t + 1; k < c.t; k++ {
		if !d.isWord(k) && d.toks[k].kind != tkPoss && d.toks[k].kind != tkNum && !d.is(k, ".") {
			return b // "As Rubio, the senator, said": keep to simple openings
		}
	}
	x := a
	if d.is(x, "that") {
		x++
	}
	if d.isWord(x) && (openers[d.lower(x)] || subordinators[d.lower(x)] || d.is(x, "despite")) &&
		(x > a || !d.is(x, "if") && !d.is(x, "whether")) {
		return b // "said that despite the cost, ...": the first comma closes the clause's own opener
	}
	for k := a + 1; k < b; k++ {
		if d.toks[k].q != 0 {
			return b
		}
		if d.is(k, ",") && k+1 < b {
			if w := d.lower(k + 1); keepAfterComma[w] || w == "or" || w == "nor" {
				return b // "..., or ISIS, has used", "..., including ...": the clause goes on
			}
			return k
		}
	}
	return b
}

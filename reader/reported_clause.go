package reader

import "strings"

// clauseAfter returns the tokens [a, b) of the clause a cue reports after
// it ("said a full ceasefire would only work if ..."), or -1.
func (d *doc) clauseAfter(c *cue, s1 int) (int, int) {
	t := c.t + c.n
	w := d.text(c.t)
	if c.inverted {
		if c.kind != ckAccording {
			return -1, -1
		}
		// "According to an online poll out Thursday, ...": the clause
		// follows the first comma
		t = c.subj.t1
		for t < s1 && t < c.subj.t1+15 && !d.is(t, ",") {
			if d.toks[t].q != 0 || d.toks[t].kind == tkQuote {
				return -1, -1
			}
			t++
		}
		if !d.is(t, ",") {
			return -1, -1
		}
		t++
		if s := d.sentStartOf(c.t); c.t > s+3 && !d.is(c.t-1, ",") && d.isWord(c.t-1) && d.toks[c.t-1].q == 0 && !d.toks[c.t].upper &&
			!d.lowerIs(c.t-1, wfPreposition|wfLeadConj) && !connectives[d.lower(c.t-1)] {
			// "Prices rose 5% according to the count, but ...": with no
			// comma before it, "according to" closes the clause before it
			// (clauseBefore), not the one after its source; but "..., but
			// according to those present, ..." and "dealt with according
			// to the law"
			return -1, -1
		}
		if c.t > 0 && d.is(c.t-1, ",") {
			// "Fundraising, according to the campaign, has surged": the
			// whole sentence; after an opening adverbial ("But, according
			// to the poll, 46 percent ..."), the clause after the source
			s := d.sentStartOf(c.t)
			for s < c.t && (d.toks[s].kind == tkPunct || d.toks[s].kind == tkQuote) {
				s++
			}
			if t < s1 && d.isWord(t) && (gapVerbs[d.text(t)] || strings.HasSuffix(d.text(t), "ed")) {
				if a, b := d.clauseEnd(t, s1); a >= 0 && s < c.t-1 {
					return s, b // the subject before the source, the verb after it
				}
			}
			if s >= c.t-1 || c.t-1-s <= 3 || d.isWord(s) && (d.lowerIs(s, wfPreposition) || connectives[d.lower(s)]) {
				return d.clauseEnd(t, s1)
			}
			return d.clauseEnd(s, s1) // "..., according to X, more than twice ...": the clause before
		}
		return d.clauseEnd(t, s1)
	}
	if c.used && !d.afterQuote(c.t) && !d.afterQuote(c.subj.t0) && !d.aposLater(c.t+c.n, s1) && !d.quoteAfterCut(c.t+c.n, s1) &&
		d.trailingPhrase(c.t, t, s1) < 0 {
		return -1, -1
	}
	if c.kind == ckStance {
		// "wants to build", "called for", "criticized Trump for"
		if d.is(t, "for") || d.is(t, "on") || d.is(t, "that") {
			t++
		}
		if t >= s1 || d.toks[t].q != 0 || !d.isWord(t) || !d.clauseStart(t) && !d.is(t, "to") {
			return -1, -1
		}
		return d.clauseEnd(t, s1)
	}
	if d.is(t, "out") {
		t++ // "pointed out", "lashed out at"
	}
	parts, isLex := reportLex()[w]
	for _, p := range parts {
		if d.is(t, p) {
			t++
			break
		}
	}
	if w == "asked" || w == "asks" || w == "ask" || w == "asking" {
		// "when asked by a reporter whether ...", "when asked about his
		// temperament", "asked Carson about his ties to ..."
		k := d.skipAdverbials(t, s1)
		if d.is(k, "by") {
			for k++; k < s1 && k < t+9 && d.isWord(k) && d.toks[k].q == 0 && !wh[d.lower(k)] && !d.is(k, "about"); k++ {
			}
			k = d.skipAdverbials(k, s1)
		}
		if d.is(k, "about") && k+1 < s1 && d.toks[k+1].q == 0 {
			return d.clauseEnd(k, s1)
		}
		if k > t && k < s1 && wh[d.lower(k)] && d.toks[k].q == 0 {
			return d.clauseEnd(k, s1)
		}
		if o := d.skipObject(k, s1); o > k && d.is(o, "about") && o+1 < s1 && d.toks[o+1].q == 0 {
			return d.clauseEnd(o+1, s1)
		}
	}
	if (isLex || c.kind == ckSpeech) && (d.is(t, "about") || d.is(t, "against")) {
		t++ // "complained about", "argued against"
	}
	if tellVerbs()[w] {
		o := t
		t = d.skipObject(t, s1)
		for k := o; k < s1 && k < o+7 && t == o && d.isWord(k) && d.toks[k].q == 0; k++ {
			if d.is(k+1, "that") {
				t = k + 1 // "told cheering supporters that"
			}
		}
		for k := t; t > o && k < s1 && k < t+4 && !d.is(t, "that") && (d.isWord(k) || d.toks[k].kind == tkNum || d.toks[k].kind == tkPoss) &&
			d.toks[k].q == 0 && !d.lowerIs(k, wfSubjPronoun|wfClauseStop); k++ {
			if d.is(k+1, "that") && d.toks[k+1].q == 0 {
				t = k + 1 // "told BBC Radio 4's Today programme that": the rest of the name told
			}
		}
		if t == o && (t >= s1 || !d.is(t, "to") && !wh[d.lower(t)]) && w != "warned" && w != "warns" && w != "warning" {
			return -1, -1 // "told hundreds of supporters at a rally"
		}
		if t > o && t < s1 && d.lowerIs(t, wfDeterminer) && !d.is(t, "that") {
			// "told the Daily Planet the plant would close" (toldName), but
			// not "told the Daily Planet a story about it": no verb, no clause
			if _, b := d.clauseEnd(t, s1); b <= t {
				return -1, -1
			} else if _, verb := d.clauseShape(t, b); !verb && !d.finiteVerb(t, b) && d.nounRun(t+1, b) <= 2 {
				return -1, -1
			}
		}
	}
	t = d.skipAdverbials(t, s1)
	if t < s1 && d.isWord(t) && !d.toks[t].upper && d.lowerIs(t, wfPreposition) && d.toks[t].q == 0 &&
		(!d.is(t, "to") || c.kind == ckSpeech && t+1 < s1 && (d.lowerIs(t+1, wfDeterminer) || d.toks[t+1].upper || skipObjectWords[d.lower(t+1)])) {
		// "declared on national television that ...": a longer adverbial
		// before the clause's "that"
		for k := t + 1; k < s1 && k < t+7 && d.isWord(k) && d.toks[k].q == 0; k++ {
			if d.is(k, "that") {
				if x := k + 1; x < s1 && d.isWord(x) && !gapVerbs[d.lower(x)] && !notClauseStart[d.lower(x)] &&
					!(strings.HasSuffix(d.text(x), "ed") || strings.HasSuffix(d.text(x), "es")) {
					t = k // but not "in the attacks that killed 125 people": a relative clause
				}
				break
			}
			if k > t+1 && c.kind == ckSpeech && d.pronounClause(k, s1) {
				t = k // "said at the rally she would not accept the offer" (adverbialPronoun)
				break
			}
			if d.lowerIs(k, wfClauseStop) || d.cueWord(d.lower(k)).cue != 0 {
				break
			}
		}
	}
	if k := d.setOffThat(c, t, s1); k > t {
		t = k // "cautioned, as did the campaign itself, that ..."
	}
	if k := d.dashedThat(t, s1); k > t {
		t = k // "said — on Twitter, as it happens — that ..."
	}
	if d.is(t, ",") && !d.is(t+1, "that") && !((d.is(c.subj.t0-1, "as") || d.is(c.subj.t0-1, "As")) && t+1 < s1 && d.clauseStart(t+1) &&
		(!d.is(c.subj.t0-2, ",") || d.newClause(t+1, s1))) &&
		!d.interjected(c, t, s1) {
		return -1, -1 // not "as Clyburn noted, those voters will ..."
	}
	if t >= s1 {
		return -1, -1
	}
	if c.used && !d.is(t, "that") && !d.lowerIs(t, wfSubjPronoun) && !d.lowerIs(t, wfDeterminer) && d.chunkOf(t) < 0 {
		return -1, -1 // `"...," he said aboard his plane`
	}
	if d.is(t, ",") || d.is(t, ":") {
		t++
	}
	if d.is(t, "that") {
		t++
		if t < s1 && d.isWord(t) && d.lowerIs(t, wfPreposition) && d.toks[t].q == 0 {
			return d.clauseEnd(t, s1) // "said that in a race between ..., he would"
		}
		if t < s1 && d.isWord(t) && notClauseStart[d.lower(t)] && d.toks[t].q == 0 && !d.is(t, "not") && !d.is(t, "as") && !d.is(t, "so") {
			return d.clauseEnd(t-1, s1) // "said that is highly unlikely": that is the subject
		}
		if d.is(t, ",") && t+1 < s1 && (d.clauseStart(t+1) || d.setOffPrep(t+1, s1)) && d.toks[t].q == 0 && !d.isParticiple(t+1) &&
			!d.is(c.t-1, "having") && !d.is(c.t-1, "Having") && d.setOffEnd(t+1, s1) > 0 {
			// "said that, if elected, he would ...": the clause and the
			// phrase set off at its start (not "Having said that, ...")
			if _, b := d.clauseEnd(t+1, s1); b > t+1 {
				return t - 1, b
			}
		}
	}
	if c.kind == ckSpeech && (d.is(t, "yes") || d.is(t, "no") || d.is(t, "so")) && t+1 < s1 && d.toks[t+1].kind == tkPunct && d.toks[t+1].q == 0 &&
		!d.is(t+1, "-") {
		return t, t + 1 // "46 percent said yes, ...", "the candidate said no."
	}
	if t >= s1 || !d.clauseStart(t) && !d.is(t, "to") && !(d.is(t, "not") && d.is(t+1, "to")) && !d.noSubject(c, t, s1) {
		return -1, -1
	}
	return d.clauseEnd(t, s1)
}

// noSubject reports whether "no" at token t after a speech verb opens a
// clause whose subject it quantifies: "said no decision had been made"
// (but "said no to the plan", "said no more").
func (d *doc) noSubject(c *cue, t, s1 int) bool {
	if c.kind != ckSpeech || !d.is(t, "no") || t+2 >= s1 || !d.isWord(t+1) || d.lowerIs(t+1, wfPreposition) || d.is(t+1, "more") {
		return false
	}
	for k := t + 2; k < s1 && k < t+6 && d.isWord(k) && d.toks[k].q == 0; k++ {
		switch d.lower(k) {
		case "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "can", "should":
			return true
		}
	}
	return false
}

// setOffEnd returns the comma closing a phrase set off from token t on
// ("if elected,"), or -1.
func (d *doc) setOffEnd(t, s1 int) int {
	for k := t + 1; k+1 < s1 && k < t+14; k++ {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote || d.toks[k].kind == tkPunct && !d.is(k, ",") {
			return -1
		}
		if d.is(k, ",") {
			return k
		}
	}
	return -1
}

// setOffThat returns the "that" opening a speech verb's clause after a
// phrase set off by commas right after the verb ("cautioned, as did the
// campaign itself, that ..."), or -1.
func (d *doc) setOffThat(c *cue, t, s1 int) int {
	if c.kind != ckSpeech || !d.is(t, ",") || d.toks[t].q != 0 {
		return -1
	}
	for k := t + 2; k+1 < s1 && k < t+10; k++ {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote || d.toks[k].kind == tkPunct && !d.is(k, ",") {
			return -1
		}
		if d.is(k, ",") {
			if d.is(k+1, "that") && d.toks[k+1].q == 0 {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// beforeCue returns the token before the cue at t and the words that may
// stand between a subject and its cue ("who has also said").
func (d *doc) beforeCue(t, s0 int) int {
	k := t - 1
	for k > s0 && d.isWord(k) && !d.toks[k].upper && d.wordIs(k, wfSkipBeforeCue) {
		k--
	}
	return k
}

// objectEnd returns where the object [a, b) of a reporting verb ends
// when it is a noun phrase rather than a clause: at its first comma or
// dash ("railed against the Trans-Pacific Partnership, the 12-country
// trade deal ..."). PolNeAR annotates the noun phrase alone.
func (d *doc) objectEnd(a, b int) int {
	if w := d.lower(a); wh[w] || w == "to" || subjectPronouns[w] || d.is(a-1, "that") {
		return b
	}
	rel := false
	for k := a + 1; k < b; k++ {
		if d.toks[k].q != 0 {
			return b
		}
		if d.is(k, ",") && d.listAfter(k, b) {
			continue // "the economy, women's health, the environment or a woman candidate"
		}
		if d.toks[k].kind == tkPunct && (d.is(k, ",") || d.is(k, "—") || d.is(k, "–") || d.is(k, "-") || d.is(k, ";")) {
			return k
		}
		if d.isWord(k) && !d.toks[k].upper && adjunctOpeners[d.text(k)] {
			return k
		}
		if d.isWord(k) && (d.is(k, "who") || d.is(k, "which") || d.is(k, "that")) {
			rel = true // "a neophyte who memorized talking points and lacked ...": the relative clause's verbs
		}
		if d.is(k, "and") && !rel && d.secondVerb(k+1, b) {
			return k // "blasted Rubio and defended Cruz"
		}
	}
	return b
}

// secondVerb reports whether token t opens a second verb phrase of the
// reporting verb's subject: a past tense ("and defended Cruz"), or
// "has"/"had" and a participle ("and has expressed support").
func (d *doc) secondVerb(t, b int) bool {
	if t >= b || !d.isWord(t) || d.toks[t].upper || d.toks[t].q != 0 {
		return false
	}
	w := d.text(t)
	if (w == "has" || w == "have" || w == "had") && t+1 < b && d.isWord(t+1) && strings.HasSuffix(d.text(t+1), "ed") {
		return true
	}
	if len(w) <= 4 || !strings.HasSuffix(w, "ed") || t+1 >= b || d.toks[t+1].q != 0 {
		return false
	}
	// an object after it: "and defended Cruz", "and handed Clinton her lead"
	switch x := d.lower(t + 1); {
	case determiners[x] || x == "him" || x == "her" || x == "them" || x == "his" || x == "their" || x == "its":
		return true
	case d.toks[t+1].upper && d.isWord(t+1) || d.toks[t+1].kind == tkNum:
		return true
	}
	return false
}

// adjunctOpeners open a phrase of time or cause after the noun phrase a
// reporting verb takes, which PolNeAR leaves out of the content: "denied
// the accusations during the debate", "tweeted a chart after the rally".
var adjunctOpeners = map[string]bool{"during": true, "after": true, "before": true, "despite": true,
	"because": true, "when": true, "while": true, "through": true, "following": true, "amid": true,
	"since": true, "until": true}

// connectives open a sentence before its subject: "But, according to
// the poll, ...".
var connectives = map[string]bool{"but": true, "and": true, "however": true, "still": true, "yet": true,
	"meanwhile": true, "also": true, "so": true, "now": true, "instead": true, "indeed": true, "moreover": true,
	"overall": true, "nationally": true, "today": true, "previously": true, "currently": true, "separately": true}

// reflexives follow a verb whose subject is its own object: "found
// himself embroiled in controversy".
var reflexives = map[string]bool{"himself": true, "herself": true, "themselves": true, "itself": true,
	"myself": true, "ourselves": true, "yourself": true}

// raiseStop end the subject of a raising verb read backwards: "..., but
// the crowd seemed".
var raiseStop = map[string]bool{"but": true, "and": true, "because": true, "although": true, "though": true,
	"while": true, "when": true, "if": true, "as": true, "since": true, "whether": true, "so": true, "than": true}

// cutBefore are words that join the clause a weaker cue reports to the
// next speaker's clause: "..., while Clinton has slammed ...".
var cutBefore = map[string]bool{"and": true, "but": true, "while": true, "as": true, "when": true,
	"because": true, "since": true, "though": true, "although": true, "whereas": true, "after": true}

// gapVerbs open the verb phrase after "which X said": "which he said
// had harmed the economy".
var gapVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "can": true, "should": true, "might": true,
	"may": true, "must": true}

// quoteAfterCut reports whether the clause from token t ends before the
// sentence's first quote: "She says people may not like the answer, but
// insists Sanders is mounting a "phony attack."" reports the clause, and
// the cue's quote is its own.
func (d *doc) quoteAfterCut(t, s1 int) bool {
	for k := t + 1; k+1 < s1; k++ {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote {
			return false
		}
		if d.clauseCut(k, s1) {
			return k-t >= 3
		}
	}
	return false
}

// wh are words that open an indirect question or a reported clause.
var wh = map[string]bool{"that": true, "whether": true, "if": true, "how": true, "what": true, "why": true,
	"when": true, "where": true, "who": true, "which": true, "whom": true}

// clauseStart reports whether a reported clause can start at token t.
func (d *doc) clauseStart(t int) bool {
	tk := d.toks[t]
	if tk.kind == tkQuote || tk.q != 0 {
		return false
	}
	if tk.kind != tkWord && tk.kind != tkNum {
		return false
	}
	w := d.lower(t)
	if w == "at" && (d.is(t+1, "least") || d.is(t+1, "most")) {
		return true // "reported at least six planes filled the skies"
	}
	if w == "too" && (d.is(t+1, "much") || d.is(t+1, "many") || d.is(t+1, "few") || d.is(t+1, "little")) {
		return true // "Pence says too much is made of the tweets"
	}
	if prepositions[w] && w != "after" && w != "before" && w != "during" || notClauseStart[w] ||
		w == "goodbye" || w == "hello" || w == "yes" || w == "no" || w == "thanks" || w == "sorry" {
		return false
	}
	return true
}

// notClauseStart are words a reported clause does not start with:
// verbs that need a subject before them, and prepositions of place.
var notClauseStart = map[string]bool{"so": true, "it.": true, "not": true, "is": true, "was": true, "are": true,
	"were": true, "has": true, "have": true, "had": true, "will": true, "would": true, "be": true, "been": true,
	"and": true, "but": true, "or": true, "than": true, "aboard": true, "outside": true, "inside": true,
	"near": true, "across": true, "amid": true, "despite": true, "onto": true, "upon": true, "around": true,
	"along": true, "beside": true, "off": true, "up": true, "down": true, "back": true, "away": true,
	"too": true, "as": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true}

// skipObject skips the person told: "told reporters", "told the BBC",
// "told him".
func (d *doc) skipObject(t, s1 int) int {
	if t >= s1 {
		return t
	}
	if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t {
		t = d.chunks[ci].t1
		if d.toks[t-1].kind == tkPoss || (t < s1 && d.toks[t].kind == tkPoss) {
			for t < s1 && (d.toks[t].kind == tkPoss || d.chunkOf(t) >= 0 || (d.isWord(t) && !d.lowerIs(t, wfClauseStop) && !d.lowerIs(t, wfPreposition))) &&
				!(d.lowerIs(t, wfDeterminer|wfSubjPronoun) && !d.toks[t].upper && d.toks[t-1].kind != tkPoss) {
				t++ // up to "the" of "told the BBC's Today programme the firm would ..."
			}
		}
		return t
	}
	w := d.lower(t)
	if w == "that" || w == "this" && d.isWord(t+1) && !d.toks[t+1].upper && d.lowerIs(t+1, wfClauseStop) {
		return t // "warned that ...": the clause, no one told
	}
	if skipObjectWords[w] {
		return t + 1
	}
	if x := t + 1; x < s1 && d.toks[t].kind == tkWord && !d.toks[t].upper && len(w) > 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !d.lowerIs(t, wfClauseStop|wfCue|wfPreposition|wfSubjPronoun|wfDeterminer) &&
		d.toks[t].q == 0 && (d.toks[x].kind == tkPunct || d.is(x, "that")) {
		return x // "..., the mayor told councillors.": a plural noun told
	}
	if x := t + 1; x+1 < s1 && d.toks[t].kind == tkWord && !d.toks[t].upper && d.toks[t].q == 0 && d.toks[x].q == 0 &&
		strings.HasSuffix(w, "s") && (personNouns[strings.TrimSuffix(w, "s")] || speakerGroups[w] || viewGroups[w] || groupsTold[w]) &&
		(d.lowerIs(x, wfDeterminer|wfSubjPronoun) && !d.is(x, "that") || d.toks[x].upper && d.chunkOf(x) >= 0) {
		if _, b := d.clauseEnd(x, s1); b > x && d.hasFiniteVerb(x+1, b) {
			return x // "told investors the plant would close": the people told, then the clause (toldGroup)
		}
	}
	if determiners[w] {
		k := t + 1
		for k < s1 && k < t+5 && d.isWord(k) && !d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfPreposition) && d.toks[k].q == 0 &&
			!(k > t+1 && d.lowerIs(k, wfSubjPronoun) && !d.toks[k].upper) && !(k > t+1 && d.lowerIs(k, wfDeterminer)) {
			k++ // but "told the BBC he had no plans", "told the jury the evidence ...": the clause's own subject
		}
		return k
	}
	return t
}

// skipAdverbials skips "in a statement", "on Tuesday", "on Truth Social",
// "in an interview with CNN" after a cue.
func (d *doc) skipAdverbials(t, s1 int) int {
	for n := 0; n < 3 && t < s1; n++ {
		w := d.lower(t)
		switch {
		case d.isWord(t) && dayWords[d.text(t)] && !(t+1 < s1 && d.toks[t+1].kind == tkPoss):
			t++
		case w == "last" || w == "this" || w == "earlier" || w == "later" || w == "late" || w == "early":
			if t+1 < s1 && dayWords[d.text(t+1)] {
				t += 2
			} else if w == "earlier" || w == "later" {
				t++
			} else {
				return t
			}
		case w == "in" || w == "on" || w == "at" || w == "during" || w == "via" || w == "through" || w == "from" || w == "to" || w == "after" || w == "before" || w == "with":
			k := t + 1
			if ci := d.chunkOf(k); ci >= 0 && d.chunks[ci].t0 == k {
				k = d.chunks[ci].t1
			} else if k < s1 && dayWords[d.text(k)] {
				k++
			} else if k < s1 && (d.toks[k].kind == tkNum || months[d.text(k)]) {
				k++ // "reported in 2014", "said in March"
				if k < s1 && months[d.text(k-1)] && d.toks[k].kind == tkNum {
					k++
				}
			} else if k < s1 && d.lowerIs(k, wfDeterminer) {
				k++
				for k < s1 && k < t+8 && d.isWord(k) && !d.lowerIs(k, wfClauseStop) && !d.toks[k].upper && d.toks[k].q == 0 {
					if d.lower(k) == "with" || d.lower(k) == "on" || d.lower(k) == "to" || d.pronounClause(k, s1) {
						break // "at the rally she would": the clause's subject
					}
					k++
				}
				if ci := d.chunkOf(k); ci >= 0 && d.chunks[ci].t0 == k {
					k = d.chunks[ci].t1
				}
			} else {
				return t
			}
			t = k
		case w == "also" || w == "again" || w == "repeatedly" || w == "previously" || w == "publicly" || w == "privately" || w == "recently":
			t++
		case w == "," && t+2 < s1 && d.is(t+2, ",") && (d.is(t+1, "however") || d.is(t+1, "though") || d.is(t+1, "too") ||
			d.is(t+1, "meanwhile") || d.is(t+1, "moreover") || d.is(t+1, "instead")):
			t += 3 // "told POLITICO, however, that ..."
		default:
			return t
		}
	}
	return t
}

// sentStartOf returns the first token of the sentence holding token t.
func (d *doc) sentStartOf(t int) int {
	for _, s := range d.sents[d.toks[t].blk] {
		if s[0] <= t && t < s[1] {
			return s[0]
		}
	}
	return t
}

// clauseBefore returns the clause a sentence-final cue reports
// ("Technical teams would meet ..., Rubio added."), or -1.
func (d *doc) clauseBefore(c *cue, s0, s1 int) (int, int) {
	first := c.subj.t0
	if c.inverted || c.kind == ckAccording {
		first = c.t
	}
	if !c.inverted && first-2 > s0 && d.is(first-1, "the") && d.is(first-2, ",") {
		first-- // "..., the Guardian reported.": the name's article opens the attribution
	}
	if !c.inverted && c.kind != ckAccording && first-1 > s0 && !d.is(first-1, ",") {
		// "..., the news site RTL Info reported.", "..., Portuguese
		// newspaper Correio de Manha reports.": a description before the
		// name opens the attribution
		k := first - 1
		for k > s0 && k >= first-8 && (d.isWord(k) || d.toks[k].kind == tkPoss) && d.toks[k].q == 0 &&
			!d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfCue) && (!d.lowerIs(k, wfPreposition) || d.is(k, "of")) {
			k--
		}
		if k < first-1 && k > s0 && d.is(k, ",") && d.toks[k].q == 0 {
			first = k + 1
		}
	}
	for k := first - 1; k > s0 && k >= first-6 && !c.inverted; k-- {
		if d.is(k, "as") && d.is(k-1, ",") {
			first = k // "..., as Rubio has said.", "..., as one of his advisers pointed out, ..."
			break
		}
		if !d.isWord(k) && d.toks[k].kind != tkPoss && !d.is(k, ".") || d.toks[k].q != 0 {
			break
		}
	}
	// "Sales rose by 5% according to Acme Foods.": "according to" needs
	// no comma before it (RuleCueClause)
	bare := c.kind == ckAccording && first > s0+2 && d.toks[first-1].q == 0 &&
		(d.isWord(first-1) && !d.lowerIs(first-1, wfPreposition) || d.toks[first-1].kind == tkNum || d.is(first-1, "%"))
	if first <= s0 || !d.is(first-1, ",") && !bare || notBackward()[d.text(c.t)] && !d.is(first, "as") {
		return -1, -1 // but "..., as one adviser pointed out, ..."
	}
	end := c.t + c.n
	if d.is(end, "out") && !c.inverted {
		end++ // "Hawaii, as one adviser pointed out, normally does not ..."
	}
	if tellVerbs()[d.text(c.t)] && !c.inverted {
		end = d.skipObject(end, s1) // "..., the former executive told The Washington Post, ..."
	}
	if e := d.skipAdverbials(end, s1); !c.inverted && e > end && d.is(e, ",") && e+1 < s1 && !d.isParticiple(e+1) && d.isWord(e+1) &&
		d.onlySubordinate(s0, first-1) {
		end = e // "If she wins, Clinton suggested in a tweet, women will ...": the whole sentence
	}
	if !c.inverted && d.is(end, ",") && end+1 < s1 && !d.isParticiple(end+1) {
		// "The investment, Ms. Tanzer said, is a perfect example": the
		// whole sentence but the attribution
		if d.onlyConnectives(s0, first-1) {
			return d.clauseEnd(end+1, s1) // "And yet, her aides say, the plant remains ...": the clause after
		}
		return d.clauseEnd(s0, s1)
	}
	// only adverbials may follow: "..., Rubio said on Tuesday."
	t := c.t + c.n
	if c.inverted {
		t = c.subj.t1
	} else if d.is(t, "out") {
		t++ // "..., as Mr. Hedge pointed out."
	}
	if tellVerbs()[d.text(c.t)] {
		t = d.skipObject(t, s1)
	}
	t = d.skipAdverbials(t, s1)
	if c.kind != ckAccording && t < s1 && !(d.toks[t].kind == tkPunct || d.toks[t].kind == tkQuote) && !(d.is(t, ",") && t+1 < s1 && d.isParticiple(t+1)) {
		return -1, -1
	}
	a, b := s0, first-1
	if bare {
		b = first
	}
	for a < b && (d.toks[a].kind == tkPunct || d.toks[a].kind == tkQuote) {
		a++
	}
	if k := d.lastClauseStart(a, b); k > a {
		a = k // "The tax has not hurt the city: London was ..., according to X"
	}
	if b <= a || d.onlySubordinate(a, b) {
		return -1, -1
	}
	return a, b
}

// onlySubordinate reports whether [a, b) is a subordinate clause alone,
// with no main clause after it: "When asked why, Jo Lind replied ...",
// "If elected, ..." is no statement; "If elected, I will ..., he said"
// holds its main clause after the comma.
func (d *doc) onlySubordinate(a, b int) bool {
	if !d.isWord(a) || !(subordinators[d.lower(a)] || openers[d.lower(a)]) || d.is(a, "as") || d.lower(a) == "whether" || b-a > 14 {
		return false // "Whether X works will be ...": a subject clause; a long one may hold its main clause
	}
	for k := a + 1; k < b; k++ {
		if d.is(k, ",") || d.is(k, ":") || d.is(k, ";") || d.toks[k].q != 0 || d.toks[k].kind == tkQuote {
			return false
		}
	}
	return true
}

// lastClauseStart returns where the clause after a colon in [a, b)
// starts when it has a subject and a verb of its own ("The tax has not
// hurt the city: London was ..., according to X"), or -1.
func (d *doc) lastClauseStart(a, b int) int {
	for k := b - 3; k > a+2; k-- {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote {
			return -1
		}
		if d.is(k, ":") && d.toks[k+1].s > d.toks[k].e && d.clauseStart(k+1) && (d.newClause(k+1, b) || d.subjectAux(k+1, b)) {
			return k + 1
		}
	}
	return -1
}

// phrasesInside reports whether the quotes inside the clause [a, b) are
// all phrases it may hold (in single marks when singles is true, in double
// marks when the clause follows "that"), and leave at least min words of
// the clause outside them.
func (d *doc) phrasesInside(a, b int, singles bool, min int) bool {
	if a >= b || d.toks[a].q != 0 && !singles || d.toks[b-1].q != 0 && d.toks[a].q == d.toks[b-1].q {
		return false
	}
	// A that-clause may hold a phrase in double marks and stay reported
	// speech: "adding that it would be the "best protection" for ...".
	// Not one in two-apostrophe marks (NYT): there the quoted words are the
	// statement's direct quote.
	thatClause := d.is(a, "that") || a > 0 && d.is(a-1, "that")
	out := 0
	for t := a; t < b; t++ {
		if q := d.toks[t].q; q != 0 {
			if !(singles && d.quotes[q-1].single) && (d.quotes[q-1].apos || !thatClause) {
				return false
			}
		} else if d.isWord(t) {
			out++
		}
	}
	return out >= min
}

// aposLater reports whether the sentence goes on from token t with words
// outside quotes, then a quote in two-apostrophe or single marks: a cue whose quote is a phrase
// inside the clause it reports ("said he was focused on (two apostrophes) transparency
// and ...").
func (d *doc) aposLater(t, s1 int) bool {
	words := 0
	for k := t; k < s1 && k < t+40; k++ {
		if q := d.toks[k].q; q != 0 {
			return words >= 2 && d.quotes[q-1].single
		}
		if d.isWord(k) {
			words++
		}
	}
	return false
}

// trailingPhrase returns the token where a quoted phrase ends the clause
// from token t, when the words before it are a reported clause of their
// own and the phrase is an adjunct to it: "Trump said the call was aimed
// at aligning the two sides "in terms of their needs"". The statement
// before the phrase is reported speech; the phrase is a direct quote
// (RuleTrailingPhrase). -1 when there is no such phrase.
func (d *doc) trailingPhrase(cue, t, s1 int) int {
	if t >= s1 || !d.clauseStart(t) || d.is(t, "that") || d.lx.stanceClass[d.lower(cue)] {
		return -1
	}
	words := 0
	for k := t; k < s1 && k < t+40; k++ {
		tk := d.toks[k]
		if tk.q == 0 && tk.kind != tkQuote {
			if d.is(k, ",") || d.is(k, ";") || d.is(k, ":") || tk.kind == tkPunct && d.is(k, "(") {
				return -1 // a comma before the phrase: the clause may end there
			}
			if d.isWord(k) {
				if k > t && (d.is(k, "but") || d.cueKind(k) != 0) {
					return -1 // another clause or another speaker's verb before the phrase
				}
				words++
			}
			continue
		}
		qi := tk.q - 1
		if tk.q == 0 || words < 6 || d.quotes[qi].single || d.quotes[qi].apos {
			return -1
		}
		// the phrase opens with a preposition, so it hangs on the clause
		// before it rather than completing it
		f := k
		for f < s1 && d.toks[f].q == tk.q && !d.isWord(f) {
			f++
		}
		if f >= s1 || d.toks[f].q != tk.q || d.toks[f].upper || !d.lowerIs(f, wfPreposition) || trailingNot[d.lower(f)] {
			return -1
		}
		if p := d.lower(k - 1); clauseStop[p] || prepositions[p] || determiners[p] {
			return -1 // "the main goal is "to ..."": the phrase completes the clause
		}
		return k
	}
	return -1
}

// trailingNot are prepositions that do not open an adjunct phrase: "to"
// opens a complement ("is "to win""), "and", "as", "than" and "like" go on
// the clause before them.
var trailingNot = map[string]bool{"to": true, "and": true, "as": true, "than": true, "like": true, "of": true}

// dashedThat returns the "that" after a phrase set off by dashes right
// after a speech verb ("said — on Twitter, as it happens — that ..."),
// or -1.
func (d *doc) dashedThat(t, s1 int) int {
	if t >= s1 || !isDashTok(d.text(t)) || d.toks[t].q != 0 {
		return -1
	}
	for k := t + 1; k+1 < s1 && k < t+16; k++ {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote {
			return -1
		}
		if isDashTok(d.text(k)) {
			if d.is(k+1, "that") {
				return k + 1
			}
			return -1
		}
	}
	return -1
}

// isDashTok reports whether w is a dash that sets off a phrase.
func isDashTok(w string) bool { return w == "—" || w == "--" || w == "–" || w == "-" }

// onlyConnectives reports whether [a, b) holds only connectives and
// punctuation ("And yet", "But, of course"): no clause of its own.
func (d *doc) onlyConnectives(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind == tkPunct && d.toks[k].q == 0 {
			continue
		}
		if !d.isWord(k) || !connectives[d.lower(k)] && d.lower(k) != "of" && d.lower(k) != "course" {
			return false
		}
		n++
	}
	return n > 0
}

// pronounClause reports whether a clause opens at token k with a subject
// pronoun and an auxiliary after a noun ("[said after the meeting] she
// would ..."): the adverbial before it ends at the noun.
func (d *doc) pronounClause(k, s1 int) bool {
	switch d.lower(k) {
	case "he", "she", "they", "we", "it":
	default:
		return false
	}
	p := k - 1
	if k+1 >= s1 || d.toks[k].q != 0 || !d.isWord(p) || d.lowerIs(p, wfPreposition|wfDeterminer|wfClauseStop) || d.toks[p].kind == tkPoss {
		return false
	}
	return d.isWord(k+1) && d.toks[k+1].q == 0 && gapVerbs[d.lower(k+1)] && !d.is(k+1, "had") && !d.is(k+1, "has") && !d.is(k+1, "have")
}

// setOffPrep reports whether a prepositional phrase set off by commas
// opens at token t, a clause after it: "joked that, among farmers, the
// plan ranks last" (setOffThat with a phrase).
func (d *doc) setOffPrep(t, s1 int) bool {
	if !d.isWord(t) || d.toks[t].q != 0 || !d.lowerIs(t, wfPreposition) || d.is(t, "of") || d.is(t, "to") {
		return false
	}
	k := d.setOffEnd(t, s1)
	return k > t+1 && k+1 < s1 && d.clauseStart(k+1)
}

// finiteVerb reports whether a present-tense verb in -s follows the
// subject in [a, b): "the plan works", "the plant employs 300".
func (d *doc) finiteVerb(a, b int) bool {
	for t := a + 1; t < b; t++ {
		if d.isWord(t) && !d.toks[t].upper && d.toks[t].q == 0 && strings.HasSuffix(d.text(t), "s") && !strings.HasSuffix(d.text(t), "ss") &&
			!d.lowerIs(t-1, wfDeterminer|wfPreposition) && !d.lowerIs(t, wfClauseStop|wfPreposition) {
			return true
		}
	}
	return false
}

// nounRun counts the words from token a up to the first preposition or
// punctuation before b: a noun phrase's head and modifiers ("story" of
// "a story about it") are one or two; "attack took place" reads on
// past the noun into a verb.
func (d *doc) nounRun(a, b int) int {
	n := 0
	for t := a; t < b && d.isWord(t) && d.toks[t].q == 0 && !d.lowerIs(t, wfPreposition|wfClauseStop); t++ {
		n++
	}
	return n
}

// skipObjectWords are the people told, skipped before the clause: "told
// reporters the plan ...", "said to reporters that ..." (saidTo).
var skipObjectWords = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "you": true,
	"reporters": true, "journalists": true, "supporters": true, "voters": true, "lawmakers": true, "viewers": true,
	"listeners": true, "students": true, "members": true, "audiences": true, "crowds": true, "senators": true,
	"colleagues": true, "followers": true}

// groupsTold are people told something who hold no view of their own
// in the lists above: "told investors the plant would close".
var groupsTold = map[string]bool{"investors": true, "shareholders": true, "workers": true, "employees": true, "staff": true,
	"councillors": true, "delegates": true, "residents": true, "parents": true, "pupils": true, "customers": true,
	"listeners": true, "viewers": true, "readers": true, "fans": true, "mps": true, "peers": true, "jurors": true}

package reader

import "strings"

// roleThenName returns the person named after an organisation and a
// role in lower case ("said Ohio State University professor Paul Beck.",
// "Republican Presidential hopeful Sen. Ted Cruz was"); with end set, only
// when the person ends the clause; else none.
func (d *doc) roleThenName(p np, s1 int, end bool) np {
	if p.kind != npName || d.chunks[p.chunk].kind == Person && !d.chunks[p.chunk].weak {
		return np{}
	}
	k := p.t1
	for n := 0; n < 3 && k < s1 && d.isWord(k) && !d.toks[k].upper && !d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfPreposition) &&
		!d.lowerIs(k, wfCue); n++ {
		k++
	}
	if k == p.t1 || k >= s1 {
		return np{}
	}
	ci := d.chunkOf(k)
	if ci < 0 || d.chunks[ci].t0 != k || d.chunks[ci].kind != Person {
		return np{}
	}
	if e := d.chunks[ci].t1; end && e < s1 && d.toks[e].kind != tkPunct {
		return np{}
	}
	return np{t0: k, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
}

// nameAfterQuote returns the speaker named right after a quote that ends
// in a comma, when an appositive set off by commas stands between the
// name and the cue at t: ""...," Harry Bond, 30, of Raleigh, who was
// polled, said", ""...," the bespectacled, 71-year-old diplomat said".
func (d *doc) nameAfterQuote(t, s0 int) np {
	a := -1
	for k := t - 2; k >= s0 && k > t-30; k-- {
		if d.toks[k].q != 0 {
			a = k + 1
			break
		}
	}
	if a < 0 || a >= t-1 {
		return np{}
	}
	if d.is(a, ",") {
		a++
	} else if !d.is(d.lastInside(&d.quotes[d.toks[a-1].q-1]), ",") {
		return np{}
	}
	if ci := d.chunkOf(a); ci >= 0 && d.chunks[ci].t0 == a && d.is(d.chunks[ci].t1, ",") &&
		(d.chunks[ci].kind == Person || d.chunks[ci].kind == Place && d.is(d.chunks[ci].t1+1, "who")) {
		// ""...," Paris, who used to work on Capitol Hill, said": a name
		// that is also a place's is a person's before "who"
		return np{t0: a, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
	}
	if w := d.lower(a); w == "the" || w == "a" || w == "an" {
		// a description up to the cue, over commas between adjectives
		for k := a + 1; k < t && k < a+8; k++ {
			if d.toks[k].q != 0 || d.toks[k].kind == tkPunct && !d.is(k, ",") && !d.is(k, "-") {
				return np{}
			}
		}
		if p := (np{t0: a, t1: t, kind: npDesc, chunk: -1}); d.canHoldView(p) {
			return p
		}
	}
	return np{}
}

// affiliation are the words that tie a person to an organisation after
// the name: "Steve Peers of the University of Essex", "Jennifer Daskal of
// American University and contributor to Slate".
var affiliation = map[string]bool{"of": true, "at": true, "from": true, "to": true, "for": true, "with": true,
	"and": true, "the": true, "a": true, "an": true}

// personBefore returns the person a subject organisation p qualifies,
// when p follows a person's name over words of affiliation only; else
// none.
func (d *doc) personBefore(p np, s0 int) np {
	if p.kind != npName || d.chunks[p.chunk].kind == Person {
		return np{}
	}
	k := p.t0 - 1
	if k < s0 || !d.isWord(k) || !affiliation[d.lower(k)] || d.is(k, "and") {
		return np{}
	}
	for n := 0; k >= s0 && n < 12; n++ {
		if ci := d.chunkOf(k); ci >= 0 {
			c := &d.chunks[ci]
			if c.kind == Person && !c.weak && c.t1 == k+1 && d.isWord(c.t1) && affiliation[d.lower(c.t1)] {
				return np{t0: c.t0, t1: c.t1, kind: npName, chunk: ci}
			}
			k = c.t0 - 1
			continue
		}
		if !d.isWord(k) || d.toks[k].q != 0 || d.toks[k].upper || d.lowerIs(k, wfCue) || d.lowerIs(k, wfClauseStop) && !affiliation[d.lower(k)] {
			return np{}
		}
		k--
	}
	return np{}
}

// relPron reports whether token t is a relative pronoun ("who",
// "which", "that").
func (d *doc) relPron(t int) bool {
	w := d.lower(t)
	return w == "who" || w == "which" || w == "that"
}

// afterQuote reports whether the cue at t follows a closing quotation
// mark, with at most a comma between.
func (d *doc) afterQuote(t int) bool {
	k := t - 1
	if d.is(k, ",") {
		k--
	}
	return k >= 0 && (d.toks[k].q != 0 || d.toks[k].kind == tkQuote)
}

// invertedAt reports whether the cue at t can take its subject after it:
// it follows a quote, a comma or a colon, or starts the sentence.
func (d *doc) invertedAt(t, s0 int) bool {
	k := t - 1
	for k >= s0 && d.toks[k].kind == tkWord && (d.text(k) == "also" || d.text(k) == "then") {
		k--
	}
	if k < s0 {
		return true
	}
	tk := d.toks[k]
	if tk.kind == tkQuote || tk.q != 0 {
		return true
	}
	return tk.kind == tkPunct && (d.body[tk.s] == ',' || d.body[tk.s] == ':' || d.body[tk.s] == '-')
}

// mainSubject returns the subject of the clause that starts the sentence:
// the first name or pronoun not inside an opening phrase or after a
// preposition.
// With strict set, a name must have its verb right after it.
func (d *doc) mainSubject(s0, lim int, strict bool) np {
	t := s0
	for t < lim && t < s0+2 && d.isWord(t) && d.lowerIs(t, wfLeadConj) {
		t++ // "And although he thanked ...", "But even if ..."
	}
	start := t
	// "Minutes later, she sent", "Thirteen years earlier, she had voted":
	// an opening phrase of time
	for k := t + 1; k < lim && k < t+5 && d.isWord(k); k++ {
		if w := d.lower(k); (w == "later" || w == "earlier" || w == "ago" || w == "afterward" || w == "afterwards") && d.is(k+1, ",") {
			t, start = k+2, k+2
			break
		}
	}
	// "During his call with Trump, Putin agreed": skip the opening phrase
	if w := d.lower(t); d.isWord(t) && (prepositions[w] || openers[w] || strings.HasSuffix(w, "ing")) {
		for k := t; k < lim && k < t+30; k++ {
			if d.is(k, ",") {
				t = k + 1
				start = t
				break
			}
		}
	}
	if w := d.text(t); t+1 < lim && len(w) > 2 && isUpperString(w) && d.isWord(t) && !d.isWord(t+1) {
		// a dateline: "WASHINGTON, Dec. 8 (UPI) — In response ..."
		for k := t + 1; k < lim && k < t+12; k++ {
			if d.is(k, "—") || d.is(k, "--") || d.is(k, "–") {
				t, start = k+1, k+1
				break
			}
		}
		if w := d.lower(t); t < lim && d.isWord(t) && (prepositions[w] || openers[w] || strings.HasSuffix(w, "ing")) {
			for k := t; k < lim && k < t+30; k++ {
				if d.is(k, ",") {
					t, start = k+1, k+1
					break
				}
			}
		}
	}
	var first, weakFirst np
	for ; t < lim; t++ {
		if d.toks[t].q != 0 {
			continue
		}
		prep := t > start && d.isWord(t-1) && d.lowerIs(t-1, wfPreposition)
		if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t {
			if !prep && d.chunks[ci].kind != Place {
				p := np{t0: t, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
				if d.chunks[ci].weak && d.chunks[ci].ent < 0 {
					// "Republican Presidential hopeful Sen. Ted Cruz was":
					// the person the words before describe
					if r := d.roleThenName(p, lim, false); r.ok() {
						p, ci = r, r.chunk
						t = r.t0
					}
				}
				after := d.skipParens(p.t1, lim) // "Sen. Harry Reid (D-Nev.) has"
				// a subject has its verb after it: "Sanders stepped up"
				if v := after; v < lim && d.toks[v].kind == tkWord && !d.toks[v].upper && !d.wordIs(v, wfPreposition) && !d.wordIs(v, wfDeterminer) {
					return p
				}
				if v := after; v < lim && d.is(v, ",") && (t == s0 || t == start) {
					return p // "Priebus, who has been ..., arrived"
				}
				if v := after; v < lim && d.is(v, ",") && !first.ok() {
					// "Former secretary Madeleine Albright, a Clinton
					// supporter, fanned ...": the verb after the appositive
					for k := v + 1; k < lim && k < v+14 && d.toks[k].q == 0; k++ {
						if d.is(k, ",") {
							if n := k + 1; n < lim && d.toks[n].kind == tkWord && !d.toks[n].upper && !d.wordIs(n, wfPreposition) &&
								!d.wordIs(n, wfDeterminer) && !d.wordIs(n, wfClauseStop) && d.toks[n].q == 0 {
								return p
							}
							break
						}
					}
				}
				if !first.ok() && !(d.chunks[ci].weak && d.chunks[ci].ent < 0) {
					first = p
				} else if !weakFirst.ok() {
					weakFirst = p // "Former" opening "Former US secretary ..."
				}
			}
			t = d.chunks[ci].t1 - 1
			continue
		}
		if d.isWord(t) && d.lowerIs(t, wfSubjPronoun) && d.lower(t) != "it" && d.lower(t) != "who" && !prep {
			return np{t0: t, t1: t + 1, kind: npPron, chunk: -1}
		}
		if (t == s0 || t == start) && d.isWord(t) && d.lowerIs(t, wfDeterminer) && !first.ok() {
			// "The spokesman refused ...": a description up to its verb
			k := t + 1
			for k < lim && k < t+6 && d.toks[k].q == 0 && (d.chunkOf(k) >= 0 || (d.isWord(k) && !d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfSkipBeforeCue) && !commonVerbs[d.lower(k)] &&
				!d.lowerIs(k, wfCue) && !d.lowerIs(k, wfPreposition) && !(strings.HasSuffix(d.text(k), "ed") && len(d.text(k)) > 4))) {
				if k > t+1 && d.chunkOf(k) < 0 && (strings.HasSuffix(d.text(k), "n’t") || strings.HasSuffix(d.text(k), "n't") ||
					k+1 < lim && d.isWord(k+1) && afterVerb[d.lower(k+1)]) {
					break // "The group seeks to", "The president left no doubt"
				}
				k++
			}
			if k > t+1 && k < lim && d.toks[k].kind == tkWord && !d.toks[k].upper && !timeNouns[d.lower(k-1)] {
				return np{t0: t, t1: k, kind: npDesc, chunk: -1}
			}
		}
	}
	if strict {
		return np{}
	}
	if !first.ok() {
		return weakFirst
	}
	return first
}

// quoteSubject is mainSubject for a partial quote's sentence, with an
// organisation that qualifies a person's title skipped: "Senate
// Minority Leader Harry Reid (D-Nev.) has been pounding Trump as a "con
// artist"".
func (d *doc) quoteSubject(s0, lim int, strict bool) np {
	if ci := d.chunkOf(s0); ci >= 0 && d.chunks[ci].t0 == s0 && d.chunks[ci].kind != Person {
		if nx := d.chunkOf(d.chunks[ci].t1); nx >= 0 && d.chunks[nx].t0 == d.chunks[ci].t1 && d.chunks[nx].kind == Person && !d.chunks[nx].weak {
			s0 = d.chunks[nx].t0
		}
	}
	return d.mainSubject(s0, lim, strict)
}

// skipParens returns the token after a short parenthesis opening at
// token t ("(D-Nev.)"), or t when there is none.
func (d *doc) skipParens(t, lim int) int {
	if !d.is(t, "(") {
		return t
	}
	for k := t + 1; k < lim && k < t+8; k++ {
		if d.is(k, ")") {
			return k + 1
		}
	}
	return t
}

// transcriptLabel returns the tokens [l0, l1) of the speaker's label in
// capitals that opens a quoted transcript line (""PENCE: Well, ...""),
// or l0 == l1 when there is none.
func (d *doc) transcriptLabel(q *qspan) (l0, l1 int) {
	t := q.t0
	for t < q.t1 && d.toks[t].kind == tkQuote {
		t++
	}
	k := t
	for k < q.t1 && k < t+3 && d.toks[k].kind == tkWord && len(d.text(k)) > 1 && isUpperString(d.text(k)) &&
		!isLowerString(d.text(k)) {
		k++
	}
	if k == t || !d.is(k, ":") || k+1 >= q.t1 {
		return 0, 0
	}
	return t, k
}

// labelRef resolves a transcript label ("PENCE", "CHRIS WALLACE") to the
// person of that surname, or names the speaker by the label.
func (d *doc) labelRef(l0, l1 int) ref {
	last := d.text(l1 - 1)
	if len(last) > 1 {
		last = last[:1] + strings.ToLower(last[1:])
	}
	for e := range d.ents {
		if d.ents[e].kind == Person && d.ents[e].last == last {
			return ref{ent: e, kind: Person}
		}
	}
	return ref{ent: -1, text: d.spanText(l0, l1-1), kind: Person}
}

// timeNouns head phrases of time that open a sentence before its
// subject: "A month later, he paid a visit".
var timeNouns = map[string]bool{"day": true, "days": true, "week": true, "weeks": true, "month": true,
	"months": true, "year": true, "years": true, "decade": true, "decades": true, "hour": true, "hours": true,
	"minute": true, "minutes": true, "moment": true, "night": true, "morning": true, "evening": true,
	"afternoon": true, "time": true, "weekend": true}

// commonVerbs are frequent verbs that end a description opening a
// sentence: "His comments came after ...", "The ad uses footage of ...".
var commonVerbs = map[string]bool{"came": true, "comes": true, "went": true, "goes": true, "took": true,
	"takes": true, "made": true, "makes": true, "gave": true, "gives": true, "began": true, "begins": true,
	"ends": true, "include": true, "includes": true, "uses": true, "seems": true, "seemed": true, "appears": true,
	"remains": true, "stands": true, "runs": true, "gets": true, "got": true, "led": true, "leads": true,
	"left": true, "saw": true, "sees": true, "kept": true, "keeps": true, "brought": true, "brings": true,
	"found": true, "finds": true, "became": true, "becomes": true, "centers": true, "marks": true}

// afterVerb are words that follow a verb rather than a noun: "The group
// seeks to", "The piece goes on", "The president left no doubt".
var afterVerb = map[string]bool{"to": true, "on": true, "up": true, "out": true, "off": true, "back": true,
	"down": true, "no": true, "not": true, "him": true, "her": true, "them": true, "it": true, "us": true,
	"me": true, "the": true, "a": true, "an": true, "his": true, "their": true, "its": true, "that": true}

// leadConj are words that may open a sentence before its opening phrase
// or subject.
var leadConj = map[string]bool{"and": true, "but": true, "so": true, "yet": true, "even": true, "or": true}

// lastClause returns the first token of the last coordinated clause
// before token lim in the sentence from s0: after ", and he", "; she",
// ", but Trump"; s0 when there is none.
func (d *doc) lastClause(s0, lim int) int {
	for k := lim - 1; k > s0; k-- {
		if d.toks[k].q != 0 {
			continue
		}
		if d.is(k, ";") || ((d.is(k, "and") || d.is(k, "but")) && d.is(k-1, ",")) || d.is(k, "while") || d.is(k, "whereas") {
			n := k + 1
			if n < lim && (d.lowerIs(n, wfSubjPronoun) || d.chunkOf(n) >= 0) {
				return n
			}
		}
		if n := k + 1; k > s0+1 && clauseSubs[d.lower(k)] && n < lim && (d.lowerIs(n, wfSubjPronoun) && d.lower(n) != "who" && d.lower(n) != "it" ||
			d.chunkOf(n) >= 0 && d.chunks[d.chunkOf(n)].t0 == n && d.chunks[d.chunkOf(n)].kind == Person) {
			// "He propounded the same theme when he was embittered at a
			// "humanitarian" intervention": the nearer subject
			return n
		}
	}
	return s0
}

// clauseSubs open a subordinate clause inside a sentence.
var clauseSubs = map[string]bool{"when": true, "because": true, "after": true, "since": true, "although": true,
	"though": true, "until": true, "before": true, "where": true, "as": true}

// openers start a sentence with a phrase before its subject.
var openers = map[string]bool{"when": true, "while": true, "although": true, "though": true, "despite": true,
	"since": true, "because": true, "if": true, "once": true, "unlike": true, "amid": true, "following": true}

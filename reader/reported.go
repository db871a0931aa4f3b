package reader

import "strings"

// indirect finds reported speech in the sentence [s0, s1) from its cues
// not already used by a direct quote.
func (d *doc) indirect(cues []cue, s0, s1 int) {
	for i := range cues {
		c := &cues[i]
		if c.used || !c.subj.ok() || c.kind == 'd' || c.kind == 'h' || d.inReported[c.t] {
			continue
		}
		if c.kind == 't' && !d.canHoldView(c.subj) {
			continue
		}
		a, b := d.clauseAfter(c, s1)
		if a < 0 && c.kind != 't' {
			a, b = d.clauseBefore(c, s0, s1)
		}
		if a < 0 {
			continue
		}
		if d.quoteBetween(a, b) {
			continue // mixed: a quote inside reported speech is reported as a quote
		}
		words := 0
		for t := a; t < b; t++ {
			if d.isWord(t) {
				words++
			}
		}
		if words < 3 {
			continue
		}
		f := found{span: d.tokSpan(a, b), kind: Indirect, quote: -1, r: d.resolve(c.subj),
			mention: d.tokSpan(c.subj.t0, c.subj.t1), cue: d.tokSpan(c.t, c.t+c.n)}
		if !f.r.ok() {
			continue
		}
		for t := a; t < b; t++ {
			d.inReported[t] = true
		}
		c.reported = true
		d.said = append(d.said, said{r: f.r, at: c.t})
		d.found = append(d.found, f)
	}
}

// stance finds reported positions without a speech verb: "Trump wants
// to build a wall", "Clinton called for tougher checks": a person or
// organisation as the subject, a verb, and what follows it.
func (d *doc) stance(s0, s1 int) {
	p := d.mainSubject(s0, s1, true)
	if !p.ok() || d.toks[p.t0].q != 0 {
		return
	}
	if p.kind == npName && d.chunks[p.chunk].kind == Place {
		return
	}
	if p.kind == npDesc {
		h := d.lower(p.t1 - 1)
		if !personNouns[h] && !personNouns[strings.TrimSuffix(h, "s")] && !mediaNouns[h] {
			return
		}
	}
	if p.kind == npPron {
		if w := d.lower(p.t0); w == "it" || w == "we" || w == "i" || w == "you" {
			return
		}
	}
	v := p.t1
	for v < s1 && d.isWord(v) && !d.toks[v].upper && (skipBeforeCue[d.text(v)] || strings.HasSuffix(d.text(v), "ly")) {
		v++
	}
	if v >= s1 || !d.isWord(v) || d.toks[v].upper || d.toks[v].q != 0 {
		return
	}
	if w := d.text(v); clauseStop[w] || prepositions[w] || determiners[w] || !d.lx.stance[w] {
		return
	}
	a := v + 1
	if d.is(a, "for") || d.is(a, "on") || d.is(a, "to") && !d.lx.stance[d.text(v)] {
		a++ // "called for", "called on"
	}
	if d.is(a, "that") {
		a++
	}
	a, b := d.clauseEnd(a, s1)
	if a < 0 || d.quoteBetween(a, b) || b-a < 3 {
		return
	}
	r := d.resolve(p)
	if !r.ok() {
		return
	}
	f := found{span: d.tokSpan(a, b), kind: Indirect, quote: -1, r: r, mention: d.tokSpan(p.t0, p.t1), cue: d.tokSpan(v, v+1), rule: 'G'}
	d.found = append(d.found, f)
}

// canHoldView reports whether a subject can hold a view: a person, an
// organisation, a pronoun for one, or a description headed by a person
// or organisation noun.
func (d *doc) canHoldView(p np) bool {
	switch p.kind {
	case npName:
		return d.chunks[p.chunk].kind != Place || p.t1-p.t0 == 1
	case npPron:
		w := d.lower(p.t0)
		return w == "he" || w == "she" || w == "they" || w == "who" || w == "we"
	case npDesc:
		h := d.lower(p.t1 - 1)
		return personNouns[h] || personNouns[strings.TrimSuffix(h, "s")] || mediaNouns[h] || groupNouns[h] || d.toks[p.t1-1].upper
	}
	return false
}

// groupNouns head descriptions of groups that hold views.
var groupNouns = map[string]bool{"campaign": true, "administration": true, "government": true, "party": true,
	"democrats": true, "republicans": true, "voters": true, "supporters": true, "critics": true, "officials": true,
	"lawmakers": true, "leaders": true, "group": true, "groups": true, "committee": true, "company": true,
	"department": true, "agency": true, "court": true, "board": true, "poll": true, "polls": true, "survey": true,
	"report": true, "study": true, "analysis": true, "team": true, "aides": true, "advisers": true, "allies": true,
	"opponents": true, "candidates": true, "members": true, "conservatives": true, "liberals": true,
	"activists": true, "experts": true, "analysts": true, "economists": true, "people": true, "americans": true,
	"crowd": true, "crowds": true, "audience": true, "protesters": true, "demonstrators": true, "fans": true,
	"delegates": true, "students": true, "residents": true, "workers": true, "statement": true, "letter": true,
	"email": true, "memo": true, "ad": true, "website": true, "post": true, "tweet": true, "editorial": true}

// clauseAfter returns the tokens [a, b) of the clause a cue reports after
// it ("said a full ceasefire would only work if ..."), or -1.
func (d *doc) clauseAfter(c *cue, s1 int) (int, int) {
	t := c.t + c.n
	w := d.text(c.t)
	if c.inverted {
		if c.kind != 'a' {
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
		if c.t > 0 && d.is(c.t-1, ",") {
			// "Since November, according to Human Rights Watch, forces
			// have killed ...": the whole sentence
			return d.clauseEnd(d.sentStartOf(c.t), s1)
		}
		t++
		return d.clauseEnd(t, s1)
	}
	if c.kind == 't' {
		// "wants to build", "called for", "criticized Trump for"
		if d.is(t, "for") || d.is(t, "on") || d.is(t, "to") || d.is(t, "that") {
			t++
		}
		if t >= s1 || d.toks[t].q != 0 || !d.isWord(t) {
			return -1, -1
		}
		return d.clauseEnd(t, s1)
	}
	if tellVerbs[w] {
		t = d.skipObject(t, s1)
	}
	t = d.skipAdverbials(t, s1)
	that := false
	if d.is(t, ",") && !d.is(t+1, "that") {
		return -1, -1
	}
	if d.is(t, ",") || d.is(t, ":") {
		t++
	}
	if d.is(t, "that") {
		that = true
		t++
	}
	if !that && (!looseClause[w] || needThat[w] && !tellVerbs[w] && w != "wrote") {
		return -1, -1
	}
	if t >= s1 || !d.clauseStart(t) {
		return -1, -1
	}
	return d.clauseEnd(t, s1)
}

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
	if prepositions[w] && w != "after" && w != "before" && w != "during" || w == "so" || w == "it." || w == "not" ||
		w == "goodbye" || w == "hello" || w == "yes" || w == "no" || w == "thanks" || w == "sorry" {
		return false
	}
	return true
}

// clauseEnd returns the clause from t to the sentence's end, without the
// closing full stop.
func (d *doc) clauseEnd(t, s1 int) (int, int) {
	b := s1
	for k := t + 1; k+2 < s1; k++ {
		// "..., according to the Center for Responsive Politics"
		if d.is(k, ",") && d.toks[k].q == 0 && (d.is(k+1, "according") && d.is(k+2, "to")) {
			s1 = k
			break
		}
	}
	for k := t + 3; k+1 < s1; k++ {
		// "said he makes $41,000 a year and questioned how ..."
		if (d.is(k, "and") || d.is(k, "but")) && d.toks[k+1].kind == tkWord && !d.toks[k+1].upper &&
			(d.cueKind(k+1) != 0 || (strings.HasSuffix(d.text(k+1), "ed") && !d.is(k-1, ","))) && d.toks[k].q == 0 {
			b = k
			break
		}
	}
	for b > t && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkQuote) && d.toks[b-1].q == 0 {
		b--
	}
	if b <= t {
		return -1, -1
	}
	return t, b
}

// skipObject skips the person told: "told reporters", "told the BBC",
// "told him".
func (d *doc) skipObject(t, s1 int) int {
	if t >= s1 {
		return t
	}
	if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t {
		t = d.chunks[ci].t1
		if d.toks[t-1].kind == tkPoss || (t < s1 && d.toks[t].kind == tkPoss) {
			for t < s1 && (d.toks[t].kind == tkPoss || d.chunkOf(t) >= 0 || (d.isWord(t) && !clauseStop[d.lower(t)] && !prepositions[d.lower(t)])) {
				t++
			}
		}
		return t
	}
	w := d.lower(t)
	switch w {
	case "him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters", "voters", "lawmakers",
		"viewers", "listeners", "students", "members", "audiences", "crowds", "senators", "colleagues", "followers":
		return t + 1
	}
	if determiners[w] {
		k := t + 1
		for k < s1 && k < t+5 && d.isWord(k) && !clauseStop[d.lower(k)] && !prepositions[d.lower(k)] && d.toks[k].q == 0 {
			k++
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
			} else if k < s1 && determiners[d.lower(k)] {
				k++
				for k < s1 && k < t+8 && d.isWord(k) && !clauseStop[d.lower(k)] && !d.toks[k].upper && d.toks[k].q == 0 {
					if d.lower(k) == "with" || d.lower(k) == "on" || d.lower(k) == "to" {
						break
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
	if c.inverted || c.kind == 'a' {
		first = c.t
	}
	if first <= s0 || !d.is(first-1, ",") || notBackward[d.text(c.t)] {
		return -1, -1
	}
	if end := c.t + c.n; !c.inverted && d.is(end, ",") && end+1 < s1 && !d.isParticiple(end+1) {
		// "The investment, Ms. Tanzer said, is a perfect example": the
		// whole sentence but the attribution
		return d.clauseEnd(s0, s1)
	}
	// only adverbials may follow: "..., Rubio said on Tuesday."
	t := c.t + c.n
	if c.inverted {
		t = c.subj.t1
	}
	if tellVerbs[d.text(c.t)] {
		t = d.skipObject(t, s1)
	}
	t = d.skipAdverbials(t, s1)
	if c.kind != 'a' && t < s1 && !(d.toks[t].kind == tkPunct || d.toks[t].kind == tkQuote) && !(d.is(t, ",") && t+1 < s1 && d.isParticiple(t+1)) {
		return -1, -1
	}
	a, b := s0, first-1
	for a < b && (d.toks[a].kind == tkPunct || d.toks[a].kind == tkQuote) {
		a++
	}
	if b <= a {
		return -1, -1
	}
	return a, b
}

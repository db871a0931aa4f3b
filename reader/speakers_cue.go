package reader

import "strings"

// quoteCue picks the cue that attributes quote q among the sentence's
// cues, or returns -1.
func (d *doc) quoteCue(q *qspan, cues []cue, s0, s1 int) (int, Rule) {
	after, final, before, outer := -1, -1, -1, -1
	for i := range cues {
		c := &cues[i]
		if !c.subj.ok() || c.kind == ckStance || c.kind == ckDash {
			continue
		}
		if (c.kind == ckQuoteOnly || c.participle) && c.subj.kind == npDesc && !d.canHoldView(c.subj) && !d.medium(c.subj) {
			if p := d.headBeforePhrase(c.subj); !c.participle && p.ok() {
				// "Protesters marching through the streets chanted": the
				// people before the phrase of place chant, not the streets
				c.subj = p
			} else {
				continue // "tweets accusing her", "a box labeled"
			}
		}
		if c.t < q.t0 {
			if (c.kind == ckQuoteOnly || c.kind == ckStance) && q.t0-c.t > 25 {
				continue
			}
			if c.subj.t0 >= q.t0 && c.subj.t0 < q.t1 {
				continue
			}
			if before >= 0 && cues[before].kind == ckSpeech && c.kind != ckSpeech && d.parenthetical(&cues[before]) {
				continue // "CNN, Cruz said, called it ...": Cruz
			}
			before = i
			if outer < 0 && c.kind == ckSpeech && !c.participle && !c.inverted && !d.quoteBetween(c.t, q.t0) {
				outer = i
			}
			continue
		}
		if c.t < q.t1 {
			continue
		}
		if (c.kind == ckQuoteOnly || c.kind == ckStance) && !(d.is(c.t, "read") || d.is(c.t, "reads") || d.is(c.t, "chanted") ||
			d.is(c.t, "put") || d.is(c.t, "puts")) {
			continue
		}
		start := c.t
		if !c.inverted && c.subj.t0 < start {
			start = c.subj.t0
		}
		if after < 0 && start >= q.t1 && (d.onlyPunct(q.t1, start) || d.premods(q.t1, start)) {
			after = i
		}
		lead := c.subj.t0
		if c.inverted {
			lead = c.t
		}
		if lead > q.t1 && d.nearEnd(c, s1) && !d.quoteBetween(q.t1, c.t) && (d.is(lead-1, ",") || d.commaPremods(lead)) {
			final = i
		}
	}
	if outer >= 0 && before != outer && cues[before].subj.t0 > cues[outer].t && !d.commaBetween(cues[outer].t, cues[before].subj.t0) &&
		!d.opensClause(cues[outer].subj.t0) && d.takesClause(&cues[outer]) &&
		!(cues[before].subj.kind == npName && d.opensClause(cues[before].subj.t0)) {
		// "Flynn said Trump was right when he said "...", "He says he
		// believes ...": the outer speaker reports the quote; but not
		// "Axelrod tweeted after Clinton argued that "...""
		before = outer
	}
	if b := before; b >= 0 && d.opensClause(cues[b].subj.t0) && (d.is(q.t0-1, ":") && d.commaBetween(cues[b].t, q.t0) ||
		d.commaBetween(cues[b].t, q.t0-1) && cues[b].subj.t0 <= s0+3 && !d.asClause(cues[b].subj.t0)) {
		// "When Trump suggested ..., Rubio fired back: "...", "When
		// Trump announced his candidacy, he referred to immigrants as
		// "criminals"": the main clause introduces the quote, not the
		// clause that opens the sentence (but "As Politico reported,
		// "..."" does)
		before = -1
	}
	comma := d.is(q.t1, ",") || d.is(d.lastInside(q), ",") || d.is(q.t1, "—")
	switch {
	case after >= 0 && (comma || before < 0):
		return after, RuleCueAfter
	case before >= 0 && final < 0:
		return before, RuleCueBefore
	case final >= 0:
		return final, RuleFinalCue
	}
	return -1, RuleNone
}

// takesClause reports whether cue c can report a clause after it: "said
// Trump was right", "agreed that ...", but not "asked for a photo".
func (d *doc) takesClause(c *cue) bool {
	if !needThat()[d.lower(c.t)] || looseClause()[d.lower(c.t)] {
		return true
	}
	t := c.t + c.n
	if tellVerbs()[d.lower(c.t)] {
		t = d.skipObject(t, len(d.toks))
	}
	return d.is(t, "that")
}

// speakerNouns head descriptions of groups and things that speak after
// a quote ("the crowd cried out", "the ad says").
var speakerNouns = map[string]bool{"crowd": true, "audience": true, "crowds": true, "protesters": true,
	"demonstrators": true, "group": true, "campaign": true, "ad": true, "narrator": true, "statement": true,
	"letter": true, "memo": true, "email": true, "report": true, "sign": true, "signs": true, "voice": true,
	"committee": true, "company": true, "agency": true, "department": true, "newspaper": true, "paper": true,
	"network": true, "website": true, "post": true, "tweet": true, "video": true, "study": true, "poll": true}

// commaPremods reports whether a comma stands a few premodifying words
// before token t: "..., Republican candidate Ben Carson said".
func (d *doc) commaPremods(t int) bool {
	for k := t - 1; k >= 0 && k > t-5; k-- {
		if d.is(k, ",") {
			return k < t-1
		}
		if !d.isWord(k) || d.toks[k].q != 0 || d.lowerIs(k, wfClauseStop|wfPreposition|wfCue) {
			return false
		}
	}
	return false
}

// lastInside returns the last token of quote q before its closing marks.
func (d *doc) lastInside(q *qspan) int {
	t := q.t1 - 1
	for t > q.t0 && t > q.t1-4 && d.toks[t].kind == tkQuote {
		t--
	}
	return t
}

// opensClause reports whether a subordinate clause ("When Clinton noted
// ...", "As he said ...") holds the word at token t, counting back to
// the sentence's start.
func (d *doc) opensClause(t int) bool {
	for k := t - 1; k >= 0 && k > t-4; k-- {
		if !d.isWord(k) {
			return false
		}
		if w := d.lower(k); openers[w] || w == "as" || w == "after" || w == "before" {
			return true
		}
		if d.lower(k) == "with" && !d.isWord(k-1) {
			return true // "With Democrats worried about ..., Obama ..."
		}
	}
	return false
}

// asClause reports whether an "as" clause holds the subject at token t:
// "As Politico reported, "..."", which attributes what follows.
func (d *doc) asClause(t int) bool {
	for k := t - 1; k >= 0 && k > t-4 && d.isWord(k); k-- {
		if d.lower(k) == "as" {
			return true
		}
	}
	return false
}

// premods reports whether tokens [a, b) after a quote are punctuation
// and then words that can stand before a speaker's name ("super PAC
// spokeswoman").
func (d *doc) premods(a, b int) bool {
	if b-a > 9 || a >= b {
		return false
	}
	n := 0
	for a < b && d.toks[a].kind == tkPunct && n < 2 {
		a++
		n++
	}
	if n == 0 {
		// `,"` or `,''`: the quote ends in punctuation
		k := a - 1
		for k >= 0 && k > a-4 && d.toks[k].kind == tkQuote {
			k--
		}
		if k == a-1 || k < 0 || d.toks[k].kind != tkPunct || d.toks[k].q == 0 {
			return false
		}
	}
	if d.is(a, "as") {
		a++ // `"...," as a Homeland Security memo put it`
	}
	for t := a; t < b; t++ {
		if d.toks[t].kind == tkPoss || d.chunkOf(t) >= 0 {
			continue
		}
		if !d.isWord(t) || d.toks[t].q != 0 {
			return false
		}
		if w := d.lower(t); (clauseStop[w] && w != "and") || d.lx.cues[w] != 0 || (prepositions[w] && w != "of" && w != "for" && w != "and") {
			return false
		}
	}
	return true
}

// verbAfter finds `"...," Bennett shot back`: a name or pronoun right
// after a quote that ends in a comma, and the verb after it. It returns
// the subject and the verb's token, or -1.
func (d *doc) verbAfter(q *qspan, s1 int) (np, int) {
	t := q.t1
	if e := d.lastInside(q); !(d.is(e, ",") || d.is(e, "?") || d.is(e, "!") || d.is(t, ",")) {
		return np{}, -1
	}
	if d.is(t, ",") {
		t++
	}
	if t >= s1 || d.toks[t].q != 0 {
		return np{}, -1
	}
	var p np
	if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t && d.chunks[ci].kind != Place {
		p = np{t0: t, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
	} else if w := d.lower(t); w == "he" || w == "she" || w == "they" || w == "we" || w == "i" || w == "it" {
		p = np{t0: t, t1: t + 1, kind: npPron, chunk: -1}
	} else if w == "the" || w == "a" || w == "an" {
		// `"Nooooo!" the crowd cried out`: a short description
		k := t + 1
		for k < s1 && k < t+4 && d.isWord(k) && !d.toks[k].upper && !d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfPreposition) &&
			!strings.HasSuffix(d.text(k), "ed") {
			k++
		}
		if ci := d.chunkOf(k); ci >= 0 && d.chunks[ci].t0 == k && d.chunks[ci].kind == Person {
			// `"...," an angry Hollande retaliated.`
			if v := d.chunks[ci].t1; v < s1 && d.isWord(v) && !d.toks[v].upper && d.toks[v].q == 0 &&
				(strings.HasSuffix(d.text(v), "ed") || d.wordIs(v, wfCue)) {
				return np{t0: k, t1: v, kind: npName, chunk: ci}, v
			}
		}
		if k == t+1 || k >= s1 {
			return np{}, -1
		}
		head, v := k-1, k
		if head > t+1 && d.wordIs(head, wfCue) && !speakerNouns[d.text(head)] && !personNouns[d.text(head)] {
			head, v = head-1, head // `"...," the two write.`
		}
		if w, p := d.lower(v), v; (w == "in" || w == "of" || w == "for" || w == "from") && p+2 < s1 && d.lowerIs(p+1, wfDeterminer) {
			// `"...," a voice-over in the ad states`: the verb after a
			// short phrase that qualifies the head
			v = p + 2
			for v < s1 && v < p+5 && d.isWord(v) && !d.toks[v].upper && !d.lowerIs(v, wfCue) && !strings.HasSuffix(d.text(v), "ed") {
				v++
			}
		}
		if w := d.text(v); v < s1 && d.isWord(v) && !d.toks[v].upper && (strings.HasSuffix(w, "ed") || d.lx.cues[w] != 0) && d.toks[v].q == 0 {
			if w := d.lower(head); personNouns[w] || speakerNouns[w] || personNouns[strings.TrimSuffix(w, "s")] || mediumNouns[w] ||
				countNouns[w] && head == t+1 && d.wordIs(v, wfCue) {
				return np{t0: t, t1: v, kind: npDesc, chunk: -1}, v
			}
		}
		return np{}, -1
	} else if w := d.text(t); t+1 < s1 && !d.toks[t].upper && strings.HasSuffix(w, "ed") && len(w) > 4 && !clauseStop[w] {
		// `"...," remembered Roy Verley, HP's former spokesman`
		if ci := d.chunkOf(t + 1); ci >= 0 && d.chunks[ci].t0 == t+1 && d.chunks[ci].kind == Person && !d.chunks[ci].weak {
			e := d.chunks[ci].t1
			if pl := d.chunkOf(e + 1); d.is(e, "of") && pl >= 0 && d.chunks[pl].t0 == e+1 && d.chunks[pl].kind == Place {
				e = d.chunks[pl].t1 // "beamed Donald Hartley of Madison, Alabama"
			}
			if e >= s1 || d.toks[e].kind == tkPunct {
				return np{t0: t + 1, t1: d.chunks[ci].t1, kind: npName, chunk: ci}, t
			}
		}
		if d.is(t+1, "the") {
			// `''Choke!'' blared the front page of The Boston Herald.`
			if p := d.subjectRight(t, s1); p.ok() && (p.t1 >= s1 || d.toks[p.t1].kind == tkPunct) {
				return p, t
			}
		}
		return np{}, -1
	} else {
		return np{}, -1
	}
	v := p.t1
	if v < s1 && d.toks[v].kind == tkWord && !d.toks[v].upper && d.toks[v].q == 0 {
		if w := d.text(v); !clauseStop[w] && !prepositions[w] && !determiners[w] {
			return p, v
		}
	}
	return np{}, -1
}

// dashAfter finds the name after a dash that signs a quote:
// `"We will win." ― Jane Smith` at the end of a line.
func (d *doc) dashAfter(q *qspan, bi int) np {
	t, end := q.t1, d.blkTok[bi][1]
	if t+1 >= end || d.toks[t].kind != tkPunct {
		return np{}
	}
	switch d.text(t) {
	case "―", "—", "–", "-":
	default:
		return np{}
	}
	p := np{}
	if ci := d.chunkOf(t + 1); ci >= 0 && d.chunks[ci].t0 == t+1 && d.chunks[ci].kind != Place {
		p = np{t0: t + 1, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
	} else if p = d.bareName(t+1, end); !p.ok() {
		return np{}
	}
	e := p.t1
	if e < end && (d.is(e, ".") || d.is(e, ",")) {
		e++
	}
	if e < end && !strings.Contains(d.body[d.toks[e-1].e:d.toks[e].s], "\n") {
		return np{}
	}
	return p
}

// headBeforePhrase returns the people a description p names before a
// phrase of place or time that ends it: "Protesters marching through the
// streets", "the crowd in the square" (p may start at the people or end
// just after the preposition's phrase); none when no word for people
// stands right before the preposition (a participle between allowed).
func (d *doc) headBeforePhrase(p np) np {
	prep := -1
	for k := p.t0 + 1; k < p.t1; k++ {
		if d.isWord(k) && d.lowerIs(k, wfPreposition) {
			prep = k
			break
		}
	}
	if prep < 0 && p.t0 > 1 && d.lowerIs(p.t0-1, wfPreposition) {
		prep = p.t0 - 1
	}
	if prep < 1 || d.is(prep, "of") {
		return np{}
	}
	k := prep - 1
	if d.isWord(k) && !d.toks[k].upper && strings.HasSuffix(d.lower(k), "ing") {
		k-- // "marching through"
	}
	if k < 0 || !d.isWord(k) || d.toks[k].q != 0 || d.chunkOf(k) >= 0 {
		return np{}
	}
	w := d.lower(k)
	if !personNouns[w] && !personNouns[strings.TrimSuffix(w, "s")] && !viewGroups[w] && w != "crowd" && w != "crowds" {
		return np{}
	}
	t0 := k
	if k > 0 && d.lowerIs(k-1, wfDeterminer) {
		t0 = k - 1
	} else if !strings.HasSuffix(w, "s") {
		return np{} // a bare singular is no subject
	}
	if t0 > 0 && d.toks[t0-1].blk == d.toks[t0].blk && d.isWord(t0-1) && !d.lowerIs(t0-1, wfClauseStop) &&
		!d.lowerIs(t0-1, wfLeadConj) && !d.is(t0-1, "and") {
		return np{} // the noun is itself inside a phrase: "a rally of protesters in ..."
	}
	return np{t0: t0, t1: k + 1, kind: npDesc, chunk: -1}
}

// dashLine finds the speaker of a quote in a line that opens with a
// quotation and ends in a dash and a name, when a quotation nested in
// the same marks cut the line's quote in pieces before the dash:
// "“I'd rather live in what he calls “hell” than ... president.” ― Ann
// Lee" (rule dash-after).
func (d *doc) dashLine(q *qspan, bi int) np {
	b0, end := d.blkTok[bi][0], d.blkTok[bi][1]
	lineStart := func(t int) bool {
		return t == b0 || strings.Contains(d.body[d.toks[t-1].e:d.toks[t].s], "\n")
	}
	k := q.t0
	for k > b0 && !lineStart(k) {
		k--
	}
	if d.toks[k].kind != tkQuote || d.toks[k].q == 0 {
		return np{}
	}
	for t := q.t1; t < end && !lineStart(t); t++ {
		if d.toks[t-1].kind == tkQuote && t > q.t1 {
			tmp := qspan{t0: q.t0, t1: t}
			if p := d.dashAfter(&tmp, bi); p.ok() {
				return p
			}
		}
	}
	return np{}
}

// dashNext finds the speaker of the quotes of block bi in the paragraph
// after it, when bi ends in a quotation and that paragraph is a dash and
// a name, perhaps with a few words about them: ""...."" then "- Jane
// Doe, tweeting after the speech." (rule dash-after).
func (d *doc) dashNext(bi int) np {
	b1 := d.blkTok[bi][1]
	if b1 < 2 || bi+1 >= len(d.blkTok) {
		return np{}
	}
	if d.toks[b1-1].q == 0 && d.toks[b1-1].kind != tkQuote && !(d.toks[b1-1].kind == tkPunct && d.toks[b1-2].kind == tkQuote) {
		return np{} // the paragraph does not end in a quotation
	}
	n0, n1 := d.blkTok[bi+1][0], d.blkTok[bi+1][1]
	if n1-n0 < 2 || n1-n0 > 16 || d.toks[n0].kind != tkPunct {
		return np{}
	}
	switch d.text(n0) {
	case "―", "—", "–", "-":
	default:
		return np{}
	}
	ci := d.chunkOf(n0 + 1)
	if ci < 0 || d.chunks[ci].t0 != n0+1 || d.chunks[ci].kind == Place || d.chunks[ci].common {
		return np{}
	}
	if e := d.chunks[ci].t1; e < n1 && !d.is(e, ",") && !d.is(e, ".") {
		return np{}
	}
	return np{t0: n0 + 1, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
}

// colonIntro finds the speaker of a quote after a colon with no cue:
// "Perez lobbies for a higher minimum wage: "...": the nearest name before
// the colon in the sentence.
func (d *doc) colonIntro(q *qspan, s0 int) np {
	if q.t0 == 0 || !d.is(q.t0-1, ":") {
		return np{}
	}
	if p := d.mainSubject(s0, q.t0-1, true); p.kind == npName && d.chunks[p.chunk].kind != Place && !d.chunks[p.chunk].weak {
		return p // "Kaine has adopted the stance common among some Catholics: "...""
	}
	for t := q.t0 - 2; t >= s0 && t > q.t0-30; t-- {
		if d.toks[t].q != 0 {
			return np{}
		}
		if ci := d.chunkOf(t); ci >= 0 && (d.chunks[ci].kind == Person || d.chunks[ci].kind == Org) {
			if d.chunks[ci].t1 < len(d.toks) && d.toks[d.chunks[ci].t1].kind == tkPoss {
				t = d.chunks[ci].t0
				continue
			}
			if w := d.text(d.chunks[ci].t0); len(w) > 2 && w[1] == '-' && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') {
				t = d.chunks[ci].t0 // a party tag: "Mitch McConnell, R-Ky.,"
				continue
			}
			if b := d.chunks[ci].t0 - 1; b >= s0 && d.isWord(b) && (placePreps[d.lower(b)] || d.is(b, "to") || tellVerbs()[d.lower(b)]) {
				// "Priebus later told Fox News:", "a blunt message to
				// Trump:": the one told is not the speaker
				t = d.chunks[ci].t0
				continue
			}
			return np{t0: d.chunks[ci].t0, t1: d.chunks[ci].t1, kind: npName, chunk: ci}
		}
	}
	return np{}
}

// commaBetween reports whether a comma stands among tokens [a, b).
func (d *doc) commaBetween(a, b int) bool {
	for t := a; t < b; t++ {
		if d.is(t, ",") {
			return true
		}
	}
	return false
}

// parenthetical reports whether a cue stands between commas with its
// subject: "CNN, Cruz said, called ...".
func (d *doc) parenthetical(c *cue) bool {
	return !c.inverted && d.is(c.subj.t0-1, ",") && d.is(c.t+c.n, ",")
}

// quoteBetween reports whether a quote starts among tokens [a, b).
func (d *doc) quoteBetween(a, b int) bool {
	if a < 0 {
		a = 0
	}
	if b > len(d.toks) {
		b = len(d.toks)
	}
	return a < b && d.inQuote[b]-d.inQuote[a] > 0
}

// onlyPunct reports whether tokens [a, b) are all punctuation.
func (d *doc) onlyPunct(a, b int) bool {
	if b-a > 3 {
		return false
	}
	for t := a; t < b; t++ {
		if d.toks[t].kind != tkPunct {
			return false
		}
	}
	return true
}

// nearEnd reports whether little but adverbials follows the cue c before
// the sentence ends at s1 ("..., Rubio said on Tuesday.").
func (d *doc) nearEnd(c *cue, s1 int) bool {
	t := c.t + c.n
	if c.inverted {
		t = c.subj.t1
		if t >= s1 || d.is(t, ",") || d.is(t, ".") || d.is(t, "(") {
			// "said Jane Smith, the party's leader, who ...": what follows
			// the name describes it
			return true
		}
	}
	n := 0
	for ; t < s1; t++ {
		if d.is(t, ",") && t+1 < s1 && d.isWord(t+1) && d.isParticiple(t+1) {
			break // "..., Rubio added, saying ...", "..., she said, referencing ..."
		}
		if d.is(t, "that") || d.toks[t].q != 0 {
			return false
		}
		if d.isWord(t) {
			n++
		}
	}
	return n <= 8
}

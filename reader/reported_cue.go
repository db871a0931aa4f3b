package reader

import "strings"

// reportCue finds the reported speech of cue c, if any.
func (d *doc) reportCue(c *cue, s0, s1, next int) {
	switch x, w := c.t+c.n, d.text(c.t); {
	case (w == "pledged" || w == "committed") && (d.is(x, "delegates") || d.is(x, "delegate") || d.is(x, "Sanders") || d.is(x, "Clinton") || d.is(x, "Trump")):
		return // "a lead in pledged delegates": an adjective
	case w == "cast" && (d.is(x, "ballots") || d.is(x+1, "ballots") || d.is(x, "votes") || d.is(c.t-1, "being") || d.is(c.t-1, "been")):
		return // "voters cast ballots": a vote, not a view
	case (w == "spoke" || w == "speaks" || w == "speak") && !d.is(x, "about") && !d.is(x, "of") && !d.is(x, "out"):
		return // "spoke on the condition of anonymity", "spoke hours after Mr. Trump"
	case raisingVerbs[w] && x < s1 && d.isWord(x) && d.lowerIs(x, wfPreposition) && !d.is(x, "to"):
		return // "appeared on a show on WEEI radio": an appearance, not a view
	case (w == "continued" || w == "continues" || w == "continue") && (d.lowerIs(x, wfDeterminer) || d.toks[x].kind == tkPoss):
		return // "continued his romp through the state conventions"
	case (w == "called" || w == "named" || w == "dubbed") && d.namedThing(c.t, s0, s1):
		return // "a group called Citizens for Trump": a name, not speech
	case w == "read" || w == "reads":
		return // "read the two guides", "it reads more like": reading, not a statement (a quote's "read" is the quote rules')
	case sayWords[d.lower(c.t)] && d.sayQuantity(x, s1):
		return // "has said little about the plan", "says something about us": how much, not what (sayQuantity)
	}
	if w := d.text(c.t); w == "found" || w == "find" || w == "finds" {
		x := c.t + c.n
		if d.is(c.t-1, "helped") || d.is(c.t-1, "help") || reflexives[d.lower(x)] || d.is(x, "ways") ||
			(d.is(x, "a") || d.is(x, "the")) && d.is(x+1, "way") {
			return // "found himself embroiled", "found ways to press his agenda", "helped found the group"
		}
	}
	if c.subj.kind == npPron && d.is(c.subj.t0, "you") && s1 > s0 && d.is(s1-1, "?") {
		return // "Do you support Donald Trump?": a question to the reader
	}
	if k := c.t - 1; c.kind == ckQuoteOnly && k >= s0 && !d.is(c.t+c.n, "by") && (d.is(k, "is") || d.is(k, "are") || d.is(k, "was") ||
		d.is(k, "were") || d.is(k, "been") || d.is(k, "being") || d.is(k, "be") || d.is(k, "so")) {
		return // "the plan, which is called the Thrift Savings Plan", "the so called Never Trumpers": a name, not speech
	}
	if p := c.subj; p.kind == npDesc && p.t1-p.t0 == 1 && p.t0 > s0 && !c.inverted && d.lowerIs(p.t0-1, wfSubjPronoun) {
		return // "It follows repeated failed attempts": a verb, then an adjective
	}
	if !c.subj.ok() && d.wentOnTo(c.t) {
		c.subj = d.subjectLeft(c.t-3, s0) // "She went on to say ...": the subject of went
	}
	rel := -1 // the relative pronoun a subject stands before
	if !c.subj.ok() && c.kind != ckAccording && !c.inverted {
		c.subj = d.relativeSubject(c.t, s0) // "super PACs, which reported"
		if c.subj.ok() {
			for rel = c.subj.t1; rel < c.t && !d.is(rel, "which") && !d.is(rel, "that") && !d.is(rel, "who"); rel++ {
			}
		}
	}
	if c.kind == ckAccording && !c.subj.ok() {
		// "..., according to media trackers."
		c.subj = d.accordingTo(c.t+2, s1)
		c.inverted = c.subj.ok()
	}
	if !c.subj.ok() && c.kind != ckPhraseNoOne && (c.kind == ckAccording || c.inverted || c.used) || c.kind == ckDash || d.inReported[c.t] ||
		notReporting[d.text(c.t)] {
		return
	}
	if d.nounObject(c, s1) {
		return // "maintains a commanding lead", "charged a $100 fee": an object, not a statement
	}
	if d.reducedRelative(c, s1) {
		return // "the aggressive laws proposed during his term": the laws were proposed
	}
	if d.showNoun(c, s0) || d.questionsNoun(c, s0) {
		return // "a talk show host", "NBC's Today show", "Other shows did better": a programme
	}
	if d.modifierCue(c, s0) {
		return // "the alleged shooter", "an estimated 200 officers", "does the tweeting"
	}
	if !c.subj.ok() && c.kind != ckPhraseNoOne && !c.inverted && !c.used {
		if p := d.mainSubject(s0, c.t, true); p.ok() && p.t1 <= c.t && p.kind != npPron && d.canHoldView(p) && !d.commaBetween(p.t1, c.t) {
			c.subj = p // "She and her husband supported ..."
		}
	}
	if w, x := d.text(c.t), c.t+c.n; (w == "calls" || w == "call" || w == "show" || w == "shows") && !c.subj.ok() && !d.is(x, "for") &&
		!d.is(x, "on") && c.t > s0 && d.isWord(c.t-1) && !d.toks[c.t-1].upper && !d.lowerIs(c.t-1, wfSkipBeforeCue|wfSubjPronoun|wfPollNoun) &&
		!viewGroups[d.lower(c.t-1)] && !strings.HasSuffix(d.text(c.t-1), "ly") {
		return // "cheap calls anywhere in the UK", "the largest gadget show": a noun, no one calls
	}
	if c.kind != ckPhrase && c.kind != ckPhraseNoOne && d.passiveBy(c, s0, s1) {
		return
	}
	if d.passiveNoSpeech(c, s0) {
		// "was declared the winner", "are issued to workers": the subject
		// is what the verb acts on; its words are no other cue's either
		if a, b := d.clauseAfter(c, s1); a >= 0 {
			for k := a; k < b; k++ {
				d.inReported[k] = true
			}
		}
		return
	}
	if d.saidAfterComma(c, s0, s1) || d.saidDescription(c, s0, s1) {
		return
	}
	if x := c.t + c.n; !c.subj.ok() && !c.inverted && c.t-2 >= s0 && d.toks[c.t-1].kind == tkQuote && d.is(c.t-2, ",") && x < s1 && d.toks[x].q == 0 &&
		(d.toks[x].upper || d.text(x) != "" && d.text(x)[0] >= '0' && d.text(x)[0] <= '9') {
		return // `"...," said 9/11 widow Jo Lind.`: the words after the quote's verb name its speaker
	}
	if d.writerAside(c, s0) {
		return // "It is worth noting that ...", "His group, called the Acme Fund, ..."
	}
	if !c.subj.ok() && c.kind != ckPhraseNoOne {
		// no subject found ("Most believe that ...", "when asked whether
		// ..."): the clause after the cue, with no speaker
		if a, b := d.clauseAfter(c, s1); a >= 0 && (!d.quoteBetween(a, b)) && b-a >= 3 {
			if a > c.t {
				b = d.frontedEnd(c, s0, a, b) // "Since announcing X as his running mate, Johnson has ..."
			}
			if a-1 >= c.t+c.n && d.is(a-1, "that") && d.toks[a-1].q == 0 {
				a--
			}
			if raisingVerbs[d.text(c.t)] && !c.inverted {
				// "plenty of Chinese people who tuned in just seemed to be
				// enjoying the show": the subject is part of the view
				x := c.t
				for x > s0 && d.toks[x-1].q == 0 && (d.isWord(x-1) && !raiseStop[d.lower(x-1)] || d.toks[x-1].kind == tkPoss ||
					d.toks[x-1].kind == tkNum || d.is(x-1, "-") || d.is(x-1, ".") && x-2 >= s0 && d.toks[x-2].upper) {
					x--
				}
				if x < c.t-1 && !d.quoteBetween(x, a) {
					a = x
				}
			}
			d.found = append(d.found, found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleCueClause, quote: -1, r: ref{ent: -1}, cue: d.tokSpan(c.t, c.t+c.n)})
			for k := a; k < b; k++ {
				d.inReported[k] = true
			}
			c.reported = true
		}
		return
	}
	if d.raising(c, s1) {
		return
	}
	if c.kind == ckPhrase || c.kind == ckPhraseNoOne {
		d.reportPhrase(c, s1)
		return
	}
	if p := c.subj; p.kind == npDesc && !d.canHoldView(p) && !c.inverted && p.t0 > s0+1 {
		if m := d.modifiedSubject(p.t0-1, s0); m.ok() {
			c.subj = m // "An official familiar with the investigation said"
		}
	}
	if p := c.subj; p.kind == npDesc && !d.canHoldView(p) && !(c.inverted && d.describesSpeaker(p)) &&
		(c.inverted && c.kind != ckAccording || !c.inverted && p.t0 > s0 && placePreps[d.lower(p.t0-1)]) {
		return // "in their phone call on Tuesday", "..., declared a state of emergency"
	}
	if p := c.subj; p.kind == npName && p.t1-p.t0 == 1 && d.chunks[p.chunk].ent < 0 && d.blocks[d.toks[p.t0].blk].Kind != BlockParagraph &&
		!viewGroups[d.lower(p.t0)] {
		return // "Agreement shows ..." in a heading: a capitalised word no one else names; but "Poll finds ..."
	}
	a, b := d.clauseAfter(c, s1)
	if a < 0 && !c.inverted && c.subj.t0 > s0 && (d.is(c.subj.t0-1, "which") || d.is(c.subj.t0-1, "that") ||
		d.is(c.subj.t0-1, "what") && c.n == 1 && gapCues[d.lower(c.t)] && !strings.HasPrefix(d.lower(c.subj.t0), "you")) {
		// "policies, which he said had harmed the economy": the cue's
		// object is the relative pronoun, the clause its verb phrase;
		// likewise "what analysts said was a sign of strength" (gapWhat)
		if t := c.t + c.n; t < s1 && d.isWord(t) && d.toks[t].q == 0 && (gapVerbs[d.text(t)] || strings.HasSuffix(d.text(t), "ed")) {
			a, b = d.clauseEnd(t, s1)
		}
	}
	gapNoun := -1 // "a probe the agency said was ongoing": the noun phrase the reported clause is about
	if a < 0 && !c.inverted && c.subj.ok() && c.n == 1 && gapCues[d.lower(c.t)] {
		if t := c.t + c.n; t < s1 && d.isWord(t) && d.toks[t].q == 0 && gapVerbs[d.text(t)] {
			if x, sub := d.gapRelative(c.subj, s0); x >= 0 {
				if a, b = d.clauseEnd(t, s1); a >= 0 {
					gapNoun, c.subj = x, sub
				}
			}
		}
	}
	if a < 0 && !c.used && c.kind != ckStance {
		a, b = d.clauseBefore(c, s0, s1)
	} else if a < 0 && c.used && c.kind == ckSpeech {
		// "The golf industry, she said, is ''doing much better.''": the
		// sentence is reported speech with a quoted phrase in it
		if x, y := d.clauseBefore(c, s0, s1); x >= 0 && x < c.t && y > c.t && d.phrasesInside(x, y, false, 3) {
			a, b = x, y
		}
	}
	if a < 0 {
		return
	}
	if k := d.beforeCue(c.t, s0); !c.inverted && k > s0 && (d.is(k, "who") || d.is(k, "which")) && d.is(k-1, ",") && a > c.t {
		// "Juanita Broaddrick, who said Clinton raped her in 1978,
		// recounted ...": the relative clause ends at its comma
		for x := a + 1; x < b; x++ {
			if d.is(x, ",") && d.toks[x].q == 0 {
				b = x
				break
			}
		}
	}
	if (c.kind == ckReport || c.kind == ckStance || c.kind == ckQuoteOnly) && a > c.t {
		b = d.objectEnd(a, b) // "endorsed Canova, who ..."
	}
	if a > c.t && a < next && next < b {
		b = next
		for b > a && (d.toks[b-1].kind == tkPunct && d.toks[b-1].q == 0 || cutBefore[d.lower(b-1)]) {
			b--
		}
	}
	if a > c.t {
		b = d.frontedEnd(c, s0, a, b)
		a = d.phraseObject(a, b)
	}
	rule := RuleCueClause
	if k := d.trailingPhrase(c.t, a, b); k > a && c.kind == ckSpeech && a > c.t {
		b = k // the statement before a quoted adjunct phrase
		rule = RuleTrailingPhrase
	}
	if d.quoteBetween(a, b) && !d.phrasesInside(a, b, true, 2) {
		return // mixed: a quote inside reported speech is reported as a quote
	}
	words := 0
	for t := a; t < b; t++ {
		if d.isWord(t) {
			words++
		}
	}
	if ci := d.chunkOf(a); words < 2 && !(c.kind != ckSpeech && b-a == 1 && ci >= 0 && d.chunks[ci].kind == Person) &&
		!(c.kind == ckSpeech && b == a+1 && (d.is(a, "yes") || d.is(a, "no") || d.is(a, "so"))) {
		return // but "Rose Bowl skywriters blast Trump"
	}
	if h := d.lower(b - 1); words <= 5 && (speechNouns[h] || h == "statements" || h == "speech" || h == "interview") {
		return // "issued a more detailed statement": the words come after
	}
	if w := c.subj.t0 - 1; !c.inverted && w > s0 && w < a && (d.is(w, "which") || d.is(w, "what") && a == c.t+c.n && gapVerbs[d.text(a)]) &&
		d.toks[w].q == 0 {
		// "Sanders's donor list, which the campaign says includes 2.7
		// million contributors, is ...": the relative clause is reported
		for k := c.t + c.n; k < b; k++ {
			if d.is(k, ",") && d.toks[k].q == 0 {
				b = k
				break
			}
		}
		a = w
	} else if gapNoun >= 0 && a == c.t+c.n {
		a = gapNoun
	} else if a-1 >= c.t+c.n && d.is(a-1, "that") && d.toks[a-1].q == 0 {
		a-- // PolNeAR starts a reported clause at its "that"
	}
	f := found{span: d.tokSpan(a, b), kind: Indirect, qrule: rule, quote: -1, r: d.resolve(c.subj),
		mention: d.tokSpan(c.subj.t0, c.subj.t1), cue: d.tokSpan(c.t, c.t+c.n)}
	if rel >= c.subj.t1 && rel < c.t {
		f.mention = d.tokSpan(c.subj.t0, rel+1) // "Acme Holdings, which": the words that attribute
	}
	if !f.r.ok() || c.subj.ok() && !d.speakerLike(c.subj, false) || d.expletiveIt(c) || d.passiveTold(c) {
		// "he" with no one to refer to, or "Preys on ... and says":
		// the speech stands, its speaker unknown
		f.r, f.mention = ref{ent: -1}, Span{}
	} else {
		d.said = append(d.said, said{r: f.r, at: c.t})
	}
	for t := a; t < b; t++ {
		d.inReported[t] = true
	}
	if a > c.t+c.n && a-(c.t+c.n) <= 8 && tellVerbs()[d.text(c.t)] {
		for t := c.t + c.n; t < a; t++ {
			d.inReported[t] = true // "told US TV show 60 Minutes that": the one told holds no cue
		}
	}
	c.reported = true
	d.found = append(d.found, f)
}

// stance finds reported positions without a speech verb: "Trump wants
// to build a wall", "Clinton called for tougher checks": a person or
// organisation as the subject, a verb, and what follows it.
func (d *doc) stance(s0, s1 int) {
	if s1-s0 < 3 || d.is(s1-1, ",") {
		return // too short for a subject, a verb and what follows
	}
	if !d.stanceVerbIn(s0+1, s1) {
		return // no verb below could be the stance
	}
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
	for v < s1 && d.isWord(v) && !d.toks[v].upper && (d.wordIs(v, wfSkipBeforeCue) || strings.HasSuffix(d.text(v), "ly")) {
		v++
	}
	if v >= s1 || !d.isWord(v) || d.toks[v].upper || d.toks[v].q != 0 {
		return
	}
	if w := d.text(v); clauseStop[w] || prepositions[w] || determiners[w] || !d.lx.stance[w] {
		return
	}
	if v-2 >= s0 && nounish[d.text(v)] && (d.toks[v-2].kind == tkPoss || d.lowerIs(v-2, wfDeterminer)) && !d.toks[v-1].upper {
		return // "The ad links his amorphous support for ...": a noun
	}
	a := v + 1
	if raisingVerbs[d.text(v)] && a < s1 && d.lowerIs(a, wfPreposition) && !d.is(a, "to") {
		return // "appeared on WEEI radio": an appearance, not a view
	}
	if d.is(a, "for") || d.is(a, "on") || d.is(a, "to") && !d.lx.stance[d.text(v)] {
		a++ // "called for", "called on"
	}
	if a >= s1 || !d.clauseStart(a) && !d.is(a, "to") {
		return
	}
	a, b := d.clauseEnd(a, s1)
	if a < 0 || d.quoteBetween(a, b) || b-a < 3 {
		return
	}
	r := d.resolve(p)
	if !r.ok() {
		return
	}
	f := found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleStanceVerb, quote: -1, r: r, mention: d.tokSpan(p.t0, p.t1), cue: d.tokSpan(v, v+1)}
	d.found = append(d.found, f)
}

// stanceVerbIn reports whether tokens [from, to) hold a word that stance
// can take as its verb: a stance verb in lower case outside quotes, and
// not a function word.
func (d *doc) stanceVerbIn(from, to int) bool {
	for v := from; v < to; v++ {
		if t := d.toks[v]; d.isWord(v) && !t.upper && t.q == 0 && d.tokCueInfo(v).stance &&
			!d.wordIs(v, wfClauseStop|wfPreposition|wfDeterminer) {
			return true
		}
	}
	return false
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
		return personNouns[h] || personNouns[strings.TrimSuffix(h, "s")] || mediaNouns[h] || viewGroups[h] || d.toks[p.t1-1].upper
	}
	return false
}

// describesSpeaker reports whether the description p names who speaks by
// its head noun before a prepositional phrase ("a spokesman for the firm",
// "a lawyer at the bank") or by a group noun ("several observers").
func (d *doc) describesSpeaker(p np) bool {
	h := p.t1 - 1
	for k := p.t0 + 1; k < p.t1; k++ {
		if w := d.lower(k); w == "for" || w == "of" || w == "at" || w == "from" || w == "with" || w == "to" || w == "in" {
			h = k - 1
			break
		}
	}
	if h-p.t0 > 5 {
		return false
	}
	for k := p.t0; k < h; k++ {
		if w := d.lower(k); d.lowerIs(k, wfCue) || strings.HasSuffix(w, "ed") && !d.toks[k].upper {
			return false // "said the bid undervalued the business": a clause, not a speaker
		}
	}
	w := d.lower(h)
	return personNouns[w] || personNouns[strings.TrimSuffix(w, "s")] || speakerGroups[w] || viewGroups[w]
}

// speakerGroups head descriptions of people who speak as a group or in a
// role that personNouns does not list: "..., said several observers."
var speakerGroups = map[string]bool{"observers": true, "witnesses": true, "police": true, "investigators": true,
	"researchers": true, "scientists": true, "authorities": true, "sources": true, "insiders": true,
	"colleagues": true, "friends": true, "relatives": true, "neighbours": true, "neighbors": true,
	"organisers": true, "organizers": true, "campaigners": true, "lawyers": true, "prosecutors": true,
	"spokesperson": true, "representative": true, "representatives": true, "statement": true}

// saidDescription reports the clause before ", said the company's chief
// executive, Jo Lind." or ", said an official who was briefed on the
// talks.": the cue finder took no subject after the verb, and the words
// after it describe a speaker (describesSpeaker) up to the sentence's end,
// a relative clause, or a comma and a name (then the name speaks).
func (d *doc) saidDescription(c *cue, s0, s1 int) bool {
	if c.kind != ckSpeech || c.subj.ok() || c.inverted || c.used || c.participle || c.t <= s0+3 || !d.is(c.t-1, ",") ||
		d.toks[c.t].q != 0 || d.toks[c.t].upper {
		return false
	}
	t := c.t + c.n
	if t >= s1 || !d.isWord(t) || !d.lowerIs(t, wfDeterminer) && d.toks[t+1].kind != tkPoss {
		return false // "said the", "said the company's", "said several"
	}
	e := t
	for e < s1 && e < t+9 && (d.isWord(e) || d.toks[e].kind == tkPoss) && d.toks[e].q == 0 && !d.is(e, "who") && !d.is(e, "that") {
		e++
	}
	p := np{t0: t, t1: e, kind: npDesc, chunk: -1}
	if e == t+1 || !d.describesSpeaker(p) {
		return false
	}
	end := e // where the attribution ends
	switch {
	case e >= s1 || d.toks[e].kind == tkPunct && !d.is(e, ","):
	case d.is(e, "who"):
		end = s1 // "an official who was briefed on the talks"
	case d.is(e, ","):
		ci := d.chunkOf(e + 1)
		if ci < 0 || d.chunks[ci].t0 != e+1 || d.chunks[ci].kind != Person {
			return false
		}
		x := d.chunks[ci].t1
		if x < s1 && !(d.toks[x].kind == tkPunct) {
			return false
		}
		p = np{t0: e + 1, t1: x, kind: npName, chunk: ci} // "..., John Ferriola."
		end = s1
	default:
		return false
	}
	for end > e && d.toks[end-1].kind == tkPunct {
		end--
	}
	cc := *c
	cc.inverted, cc.subj = true, np{t0: t, t1: end, kind: npDesc, chunk: -1}
	a, b := d.clauseBefore(&cc, s0, s1)
	if a < 0 || b-a < 3 || d.quoteBetween(a, b) && !d.phrasesInside(a, b, true, 2) {
		return false
	}
	d.addReported(RuleSaidDescription, a, b, p, d.tokSpan(p.t0, p.t1), d.tokSpan(c.t, c.t+c.n))
	c.reported = true
	return true
}

// expletiveIt reports whether the subject of cue c is the "it" of a
// passive that names no one: "It was announced on Monday that ...", "it
// has been reported that ...".
func (d *doc) expletiveIt(c *cue) bool {
	if c.subj.kind != npPron || c.subj.t1 != c.subj.t0+1 || d.lower(c.subj.t0) != "it" || c.inverted ||
		!strings.HasSuffix(d.text(c.t), "ed") && d.text(c.t) != "said" && d.text(c.t) != "told" && d.text(c.t) != "written" {
		return false
	}
	if e := d.skipAdverbials(c.t+c.n, len(d.toks)); !d.is(e, "that") {
		return false // "it was ordered to pay a fine": the company named before
	}
	for k := c.t - 1; k > c.subj.t0; k-- {
		switch d.lower(k) {
		case "is", "was", "were", "be", "been", "being":
			return true
		}
	}
	return false
}

// placePreps open a phrase of place or time whose noun does not speak:
// "in their phone call on Tuesday".
var placePreps = map[string]bool{"in": true, "on": true, "at": true, "during": true}

// viewGroups head descriptions of groups that hold views.
var viewGroups = map[string]bool{"campaign": true, "administration": true, "government": true, "party": true,
	"democrats": true, "republicans": true, "voters": true, "supporters": true, "critics": true, "officials": true,
	"lawmakers": true, "leaders": true, "group": true, "groups": true, "committee": true, "company": true,
	"department": true, "agency": true, "court": true, "board": true, "poll": true, "polls": true, "survey": true,
	"report": true, "study": true, "analysis": true, "team": true, "aides": true, "advisers": true, "allies": true,
	"opponents": true, "candidates": true, "members": true, "conservatives": true, "liberals": true,
	"activists": true, "experts": true, "analysts": true, "economists": true, "people": true, "americans": true,
	"crowd": true, "crowds": true, "audience": true, "protesters": true, "demonstrators": true, "fans": true,
	"delegates": true, "students": true, "residents": true, "workers": true, "statement": true, "letter": true,
	"email": true, "memo": true, "ad": true, "website": true, "post": true, "tweet": true, "editorial": true}

// modifiers stand after a speaker's noun and before a phrase that says
// how the speaker knows: "an official familiar with the talks", "people
// briefed on the move", "a source close to him".
var modifiers = map[string]bool{"familiar": true, "close": true, "briefed": true, "knowledgeable": true,
	"involved": true, "aware": true, "informed": true, "speaking": true, "working": true}

// modifiedSubject returns the speaker before the modifier phrase whose
// preposition is token k: "An official" in "An official familiar with the
// investigation said".
func (d *doc) modifiedSubject(k, s0 int) np {
	if k-1 <= s0 || !d.isWord(k) || !d.lowerIs(k, wfPreposition) || !modifiers[d.lower(k-1)] {
		return np{}
	}
	h := k - 2
	if d.toks[h].q != 0 {
		return np{}
	}
	if ci := d.chunkOf(h); ci >= 0 && d.chunks[ci].t1 == h+1 && d.chunks[ci].kind != Place {
		return np{t0: d.chunks[ci].t0, t1: h + 1, kind: npName, chunk: ci}
	}
	if p := d.description(h, s0); p.ok() && p.t1 == h+1 && d.canHoldView(p) {
		return p
	}
	return np{}
}

// askedClause reports the question of a sentence opening with "Asked":
// "Asked if he was ever bullied, Trump said ...". PolNeAR annotates the
// question with no source (the one who asked is not named).
func (d *doc) askedClause(s0, s1 int) {
	d.askedAbout(s0, s1)
	t := s0
	if t < s1 && d.toks[t].kind == tkQuote {
		return
	}
	if t+2 >= s1 || !d.is(t, "Asked") || d.toks[t].q != 0 {
		return
	}
	a := t + 1
	if d.is(a, "about") {
		a++
	}
	b := a
	for b < s1 && !d.is(b, ",") {
		b++
	}
	if b >= s1 || b-a < 2 || d.toks[a].q != 0 || d.quoteBetween(a, b) {
		return
	}
	d.found = append(d.found, found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleAsked, quote: -1, r: ref{ent: -1}, cue: d.tokSpan(t, a)})
	for k := a; k < b; k++ {
		d.inReported[k] = true
	}
}

// askedAbout reports the topic of a question put to someone no one
// names as asking it: "when asked about the Florida Standards", "Clinton
// was asked about securing the border". PolNeAR train annotates the words
// after "about", with no source, in most of these uses.
func (d *doc) askedAbout(s0, s1 int) {
	for t := s0 + 1; t+2 < s1; t++ {
		if !d.is(t, "asked") || d.toks[t].q != 0 || !(d.is(t-1, "when") || d.is(t-1, "was") || d.is(t-1, "were") ||
			d.is(t-1, "been") || d.is(t-1, "being") || d.is(t-1, "is") || d.is(t-1, "if")) {
			continue
		}
		a := t + 1
		if d.isWord(a) && strings.HasSuffix(d.text(a), "ly") {
			a++ // "was repeatedly asked about"
		}
		if !d.is(a, "about") || a+1 >= s1 || d.toks[a+1].q != 0 || d.inReported[a+1] {
			continue
		}
		a, b := d.clauseEnd(a+1, s1)
		if a < 0 {
			continue
		}
		b = d.objectEnd(a, b)
		if b-a < 1 || d.quoteBetween(a, b) {
			continue
		}
		d.found = append(d.found, found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleAsked, quote: -1, r: ref{ent: -1}, cue: d.tokSpan(t, a)})
		for k := a; k < b; k++ {
			d.inReported[k] = true
		}
		t = b
	}
}

// pollNouns head a sentence-opening phrase whose finding the sentence
// reports: "In a CNN poll released Monday, 50 percent chose Clinton".
var pollNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true}

// pollClause reports the clause after an opening "In a ... poll, ...",
// with the poll as its source; a clause with a speech verb of its own is
// left to that verb.
func (d *doc) pollClause(s0, s1 int) {
	if s0+4 >= s1 || !d.is(s0, "In") || d.toks[s0].q != 0 || !d.lowerIs(s0+1, wfDeterminer) {
		return
	}
	k, head := s0+1, false
	for k < s1 && k < s0+14 && !d.is(k, ",") {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote {
			return
		}
		head = head || d.lowerIs(k, wfPollNoun)
		k++
	}
	if !head || !d.is(k, ",") || k+1 >= s1 || !d.clauseStart(k+1) {
		return
	}
	a, b := d.clauseEnd(k+1, s1)
	if a < 0 || b-a < 3 || d.quoteBetween(a, b) {
		return
	}
	for t := a; t < b; t++ {
		if d.isWord(t) && d.wordIs(t, wfCueS) {
			return // "In a poll, 40 percent said ...": the verb reports it
		}
	}
	p := np{t0: s0 + 1, t1: k, kind: npDesc, chunk: -1}
	d.addReported(RulePoll, a, b, p, d.tokSpan(p.t0, p.t1), d.tokSpan(s0, s0+1))
}

// reportedly reports the clause around the adverb "reportedly" with no
// source: "The Club for Growth is reportedly spending $1.5 million".
func (d *doc) reportedly(s0, s1 int) {
	for t := s0 + 1; t < s1; t++ {
		if !d.is(t, "reportedly") || d.toks[t].q != 0 || d.inReported[t] {
			continue
		}
		p := d.subjectLeft(t, s0)
		if !p.ok() || p.kind == npPron && d.is(p.t0, "who") {
			return
		}
		a0 := p.t0
		if a0 > s0 && d.lowerIs(a0-1, wfDeterminer) {
			a0-- // "The Club for Growth"
		}
		a, b := d.clauseEnd(a0, s1)
		if a < 0 || b <= t+2 || d.quoteBetween(a, b) && !d.phrasesInside(a, b, true, 3) {
			return
		}
		d.found = append(d.found, found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleReportedly, quote: -1, r: ref{ent: -1}, cue: d.tokSpan(t, t+1)})
		for k := a; k < b; k++ {
			d.inReported[k] = true
		}
		return
	}
}

// passiveBy reports a passive cue ("O'Malley's move was first reported
// by MSNBC", "Trump has been criticized by some of his rivals"): its
// subject is what is reported, the words after "by" its source.
func (d *doc) passiveBy(c *cue, s0, s1 int) bool {
	by := c.t + c.n
	if by+1 < s1 && d.isWord(by) && strings.HasSuffix(d.text(by), "ly") && d.is(by+1, "by") {
		by++ // "was issued jointly by"
	}
	if c.kind == ckAccording || !d.isWord(c.t) || !strings.HasSuffix(d.text(c.t), "ed") || !d.is(by, "by") ||
		c.inverted && c.subj.t0 != by+1 {
		return false
	}
	k := c.t - 1
	for k > s0 && d.isWord(k) && (strings.HasSuffix(d.text(k), "ly") || d.is(k, "first") || d.is(k, "never") || d.is(k, "also")) {
		k--
	}
	if k <= s0 || !(d.is(k, "was") || d.is(k, "were") || d.is(k, "is") || d.is(k, "are") || d.is(k, "been") || d.is(k, "be")) {
		return false
	}
	p := c.subj
	if !p.ok() || p.t1 > k || c.inverted {
		p = d.subjectLeft(k, s0) // "Trump has been criticized by": "been" hides the subject
	}
	if !p.ok() || p.kind == npPron {
		return false
	}
	t := by
	if !d.is(t, "by") || t+1 >= s1 || d.toks[t+1].q != 0 || !d.isWord(t+1) {
		return false
	}
	e := t + 1
	for e < s1 && e < t+11 && d.isWord(e) && d.toks[e].q == 0 && !d.lowerIs(e, wfClauseStop) &&
		(!d.lowerIs(e, wfPreposition) || d.is(e, "of")) && !strings.HasSuffix(d.text(e), "ing") {
		e++
	}
	if e == t+1 || p.t1-p.t0 < 1 || d.quoteBetween(p.t0, p.t1) {
		return false
	}
	src := np{t0: t + 1, t1: e, kind: npDesc, chunk: -1}
	if ci := d.chunkOf(t + 1); ci >= 0 && d.chunks[ci].t0 == t+1 && d.chunks[ci].t1 == e {
		src = np{t0: t + 1, t1: e, kind: npName, chunk: ci}
	}

	a0, b0 := p.t0, p.t1
	if a0 > 0 && d.lowerIs(a0-1, wfDeterminer) && d.toks[a0-1].blk == d.toks[a0].blk {
		a0--
	}
	if w := d.text(c.t); w == "asked" && e < s1 && (wh[d.lower(e)] || d.is(e, "about")) {
		// "Sanders was asked by host John Dickerson whether ...": the
		// question is reported, not the one asked
		if a, b := d.clauseEnd(e, s1); a >= 0 && !d.quoteBetween(a, b) {
			a0, b0 = a, b
		}
	}
	d.addReported(RulePassiveBy, a0, b0, src, d.tokSpan(src.t0, src.t1), d.tokSpan(c.t, c.t+c.n))
	c.reported = true
	return true
}

// interjected reports whether the comma at token t after the speech verb
// of c opens a phrase set off before the reported clause's own subject:
// "Rubio says, win or lose in Florida, he's staying in the race".
func (d *doc) interjected(c *cue, t, s1 int) bool {
	if c.kind != ckSpeech || c.used || t+1 >= s1 || !d.clauseStart(t+1) || d.isParticiple(t+1) {
		return false
	}
	for j := t + 2; j < s1 && j < t+14; j++ {
		if d.toks[j].q != 0 || d.toks[j].kind == tkQuote {
			return false
		}
		if d.is(j, ",") {
			return j+1 < s1 && d.newClause(j+1, s1)
		}
	}
	return false
}

// thatAfter reports whether "that" follows token t within a few words
// (the person told, a time): "told foundation employees on Thursday that".
func (d *doc) thatAfter(t, s1 int) bool {
	for k := t; k < s1 && k < t+8; k++ {
		if d.is(k, "that") {
			return k > t
		}
		if !d.isWord(k) || d.toks[k].q != 0 {
			return false
		}
	}
	return false
}

// addReported records tokens [a, b) as reported speech by the subject p,
// named by the words at mention, with its cue, and marks the tokens
// reported. A subject that names no one leaves the speech unattributed.
func (d *doc) addReported(rule Rule, a, b int, p np, mention, cue Span) {
	f := found{span: d.tokSpan(a, b), kind: Indirect, qrule: rule, quote: -1, r: d.resolve(p), mention: mention, cue: cue}
	if !f.r.ok() {
		f.r, f.mention = ref{ent: -1}, Span{}
	}
	d.found = append(d.found, f)
	for t := a; t < b; t++ {
		d.inReported[t] = true
	}
}

// phraseObject returns where the object [a, b) of a reporting verb
// starts when it opens with a reporting phrase: "expressing (concern
// about) Trump", "showed (limited enthusiasm for) Mr. Trump". PolNeAR
// annotates the words after the phrase.
func (d *doc) phraseObject(a, b int) int {
	if d.is(a-1, "that") || d.is(a-1, ",") || d.is(a-1, ":") {
		return a // "said that concerns about X were overblown": a clause
	}
	ph := reportPhrases()
	for x := a; x < b-2 && x < a+3; x++ {
		if !d.isWord(x) || d.toks[x].upper || d.toks[x].q != 0 {
			return a
		}
		if w := d.text(x); subjectPronouns[w] || countWords[w] || strings.HasSuffix(w, "ed") {
			return a // "they empathize with", "four votes for", "voted for": not a noun's phrase
		}
		if hasWord(ph[d.text(x)], d.text(x+1)) {
			if d.toks[x+2].q != 0 || !d.isWord(x+2) && d.toks[x+2].kind != tkNum {
				return a
			}
			return x + 2
		}
		if d.wordIs(x, wfCue|wfClauseStop|wfPreposition) {
			return a
		}
	}
	return a
}

// countWords count what follows them: "four votes for Trump" counts votes.
var countWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "dozens": true, "hundreds": true, "thousands": true,
	"millions": true}

// openingParticiple reports the words after a reporting participle that
// opens the sentence, up to its comma, with the main clause's subject as
// the speaker: "Citing an unfounded conspiracy theory, Trump accused
// ...", "Noting the scale of the foundation, Mr. Wonderlich said ...".
// PolNeAR train annotates 17 of 28 such openings.
func (d *doc) openingParticiple(s0, s1 int) {
	t := s0
	for t < s1 && (d.toks[t].kind == tkPunct || d.toks[t].kind == tkQuote) && d.toks[t].q == 0 {
		t++
	}
	if t+3 >= s1 || !d.isWord(t) || !d.toks[t].upper || d.toks[t].q != 0 || !strings.HasSuffix(d.text(t), "ing") {
		return
	}
	w := d.lower(t)
	if info := d.cueWord(w); info.cue == 0 && !info.report {
		return
	}
	if x := d.lower(t + 1); prepositions[x] || x == "out" || !d.isWord(t+1) {
		return // "Pointing to ...", "Adding to the wariness is ..."
	}
	k := t + 1
	for k < s1 && k < t+25 && !d.is(k, ",") {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote || d.toks[k].kind == tkPunct && d.is(k, ";") {
			return
		}
		k++
	}
	if !d.is(k, ",") || k+1 >= s1 {
		return
	}
	p := d.mainSubject(k+1, s1, true)
	if p.ok() && (p.t0 > k+4 || !d.canHoldView(p)) {
		p = np{}
	}
	d.addReported(RuleOpeningParticiple, t+1, k, p, d.tokSpan(p.t0, p.t1), d.tokSpan(t, t+1))
}

// namedThing reports whether the naming verb at token c follows a noun
// that names no speaker and comes before a name or a quote: "a group
// called Black Votes Matter", "a move called the boneless" (in PolNeAR
// train, 1 of 48 such uses is annotated); but "the band leader called
// Democratic bigwigs to the stage".
func (d *doc) namedThing(c, s0, s1 int) bool {
	x, h := c+1, c-1
	if x >= s1 || h < s0 || !d.isWord(h) || d.toks[h].upper || d.toks[h].q != 0 {
		return false
	}
	if !(d.toks[x].upper && d.isWord(x) || d.toks[x].kind == tkQuote || d.is(x, "the") && d.isWord(x+1) && !d.toks[x+1].upper) {
		return false
	}
	w := d.lower(h)
	if subjectPronouns[w] || skipBeforeCue[w] || determiners[w] || prepositions[w] || clauseStop[w] || strings.HasSuffix(w, "ly") {
		return false
	}
	return !personNouns[w] && !personNouns[strings.TrimSuffix(w, "s")] && !viewGroups[w] && !mediaNouns[w]
}

// listAfter reports whether the comma at token k goes on with a list of
// short noun phrases that ends with "and" or "or" and the object's end:
// "discussing the economy, women's health, the environment or a woman
// candidate".
func (d *doc) listAfter(k, b int) bool {
	if d.is(k+1, "a") || d.is(k+1, "an") {
		return false // "Gen. Zachary Taylor, a Mexican War hero and ...": an appositive
	}
	n, conj := 0, false
	for t := k + 1; t < b; t++ {
		switch {
		case d.is(t, ","):
			if n == 0 || n > 4 {
				return false
			}
			n = 0
		case d.is(t, "and") || d.is(t, "or"):
			if conj || n > 4 {
				return false
			}
			conj, n = true, 0
		case d.isWord(t) || d.toks[t].kind == tkPoss:
			if w := d.lower(t); clauseStop[w] && w != "and" || gapVerbs[w] || subjectPronouns[w] || d.toks[t].q != 0 ||
				w == "here" || w == "there" || strings.HasSuffix(w, "ing") && len(w) > 5 {
				return false // "..., including ...", "..., and here's mine"
			}
			n++
		default:
			return false
		}
	}
	return conj && n > 0 && n <= 5
}

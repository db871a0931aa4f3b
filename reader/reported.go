package reader

import (
	"strings"
	"sync"
)

// indirect finds reported speech in the sentence [s0, s1) from its cues
// not already used by a direct quote, and from the reporting words of
// data/reported.txt the cue finder does not know ("railed against",
// "declined", "defended").
func (d *doc) indirect(cues []cue, s0, s1 int) {
	n0 := len(d.found)
	defer d.dropNested(n0)
	if s0 < s1 && d.blocks[d.toks[s0].blk].Kind == BlockTitle {
		d.headline(s0, s1)
	}
	if s0 < s1 && d.blocks[d.toks[s0].blk].Kind == BlockParagraph && d.blkTok[d.toks[s0].blk][0] == s0 {
		d.transcriptLine(s0)
		d.introducedBlock(s0)
	}
	d.askedClause(s0, s1)
	d.openingParticiple(s0, s1)
	d.pollClause(s0, s1)
	d.reportedly(s0, s1)
	extra := d.reportingWords(d.extraBuf[:0], s0, s1)
	d.extraBuf = extra
	// cues and extra are each in text order: take them in one order, so
	// that an outer clause is found before a cue inside it
	var obuf [16]*cue
	order := obuf[:0]
	i, j := 0, 0
	for i < len(cues) || j < len(extra) {
		if j >= len(extra) || i < len(cues) && cues[i].t < extra[j].t {
			order = append(order, &cues[i])
			i++
		} else {
			order = append(order, &extra[j])
			j++
		}
	}
	// next is where the subject of a later speech verb starts: a clause
	// reported by a weaker cue ends there ("Among those who want a
	// continuation of his policies, most are planning to support Clinton")
	// (strong: after a dash or "while", which end even a speech verb's
	// clause: "While some friends say ... - an old favorite - others say")
	next, strong := s1, s1
	var nbuf, sbuf [16]int
	nexts, strongs := nbuf[:0], sbuf[:0]
	for k := len(order) - 1; k >= 0; k-- {
		nexts, strongs = append(nexts, next), append(strongs, strong)
		if c := order[k]; c.kind == ckSpeech && c.subj.ok() && !c.inverted && c.subj.t0 > c.t-8 && c.subj.t0 > s0 &&
			(d.toks[c.subj.t0-1].kind == tkPunct || cutBefore[d.lower(c.subj.t0-1)] && (!d.is(c.subj.t0-1, "and") || d.is(c.subj.t0-2, ","))) &&
			!d.lowerIs(c.subj.t0, wfSubjPronoun) {
			next = c.subj.t0
			if w := d.lower(c.subj.t0 - 1); d.toks[c.subj.t0-1].kind == tkPunct && w != "," || w == "while" || w == "although" || w == "though" || w == "whereas" {
				strong = c.subj.t0
			}
		}
	}
	for k, c := range order {
		n := nexts[len(order)-1-k]
		if c.kind == ckSpeech {
			n = strongs[len(order)-1-k]
		}
		d.reportCue(c, s0, s1, n)
	}
	d.pollTail(s0, s1)
	d.nounThat(s0, s1)
}

// thatNouns report the clause that follows them with "that": "his
// argument that the system is rigged", "concerns that ...". Chosen from
// the cue nouns of PolNeAR train whose content starts at "that" (nouns
// such as "idea", annotated in under a third of their uses, are left out).
var thatNouns = map[string]bool{"argument": true, "arguments": true, "claim": true, "claims": true,
	"concern": true, "concerns": true, "complaint": true, "complaints": true, "hope": true, "hopes": true,
	"suggestion": true, "suggestions": true, "warning": true, "warnings": true, "doubt": true, "doubts": true,
	"assertion": true, "belief": true, "insistence": true, "allegation": true, "allegations": true,
	"accusation": true, "accusations": true, "promise": true, "fear": true, "fears": true, "case": true,
	"assurance": true, "assurances": true, "contention": true, "charge": true, "charges": true,
	"assumption": true, "reports": true, "sense": true, "rumors": true, "rumor": true, "speculation": true,
	"admission": true, "finding": true, "acknowledgment": true}

// thatViews are the thatNouns that name a view, a feeling or a rumour,
// not an act of saying: their clause is a stance.
var thatViews = map[string]bool{"concern": true, "concerns": true, "hope": true, "hopes": true, "doubt": true,
	"doubts": true, "belief": true, "fear": true, "fears": true, "case": true, "assumption": true, "sense": true,
	"rumors": true, "rumor": true, "speculation": true, "finding": true}

// makeWords make a case: "made the case that ..." argues it.
var makeWords = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// thatAdjectives report the clause after them with "that" as their
// subject's view: "made it clear that", "is confident that".
var thatAdjectives = map[string]bool{"clear": true, "confident": true, "certain": true, "sure": true,
	"aware": true, "hopeful": true, "optimistic": true, "adamant": true, "concerned": true, "afraid": true}

// nounThat reports the clause after "that" following a noun of speech or
// stance, with the noun's owner as its speaker: "Sanders's argument that
// the system is rigged".
func (d *doc) nounThat(s0, s1 int) {
	for t := s0 + 1; t+3 < s1; t++ {
		if !d.is(t+1, "that") || !d.isWord(t) || d.toks[t].upper || !thatNouns[d.text(t)] && !thatAdjectives[d.text(t)] ||
			d.toks[t].q != 0 || d.inReported[t+2] {
			continue
		}
		if w := d.lower(t + 2); !d.clauseStart(t+2) || d.is(t+2, "is") || d.is(t+2, "was") || w == "would" || w == "will" {
			continue // "the claims that were made": a relative clause
		}
		a, b := d.clauseEnd(t+2, s1)
		if a < 0 || b-a < 3 || d.quoteBetween(a, b) {
			continue
		}
		k := t - 1
		for k > s0 && d.isWord(k) && !d.toks[k].upper && !d.lowerIs(k, wfDeterminer) && !d.lowerIs(k, wfPreposition) && k > t-3 {
			k-- // "his repeated claims"
		}
		f := found{span: d.tokSpan(t+1, b), kind: Indirect, qrule: RuleNounThat, quote: -1, r: ref{ent: -1}, cue: d.tokSpan(t, t+1)}
		if thatAdjectives[d.text(t)] || thatViews[d.text(t)] && !(d.is(t, "case") && d.is(t-1, "the") && makeWords[d.lower(t-2)]) {
			f.kind = Stance // "the fear that ...", "is confident that ...": a view, not speech; but "made the case that"
		}
		switch {
		case thatAdjectives[d.text(t)]:
			// "Trump made it clear that ...", "Clinton is confident that ..."
			if p := d.mainSubject(s0, t, true); p.ok() && p.t1 < t && d.canHoldView(p) {
				if r := d.resolve(p); r.named() {
					f.r, f.mention = r, d.tokSpan(p.t0, p.t1)
				}
			}
		case k >= s0 && d.toks[k].kind == tkPoss:
			if ci := d.chunkOf(k - 1); ci >= 0 && d.chunks[ci].kind != Place {
				p := np{t0: d.chunks[ci].t0, t1: k, kind: npName, chunk: ci}
				if r := d.resolve(p); r.named() {
					f.r, f.mention = r, d.tokSpan(p.t0, p.t1)
				}
			}
		case k >= s0 && (d.is(k, "his") || d.is(k, "her") || d.is(k, "His") || d.is(k, "Her")):
			pron := "he"
			if d.lower(k) == "her" {
				pron = "she"
			}
			if e := d.antecedent(k, pron); e >= 0 {
				f.r, f.mention = ref{ent: e, kind: d.ents[e].kind}, d.tokSpan(k, k+1)
			}
		case k == t-1 && !d.lowerIs(k, wfDeterminer) && !d.lowerIs(k, wfPreposition) && d.toks[k].kind != tkPoss:
			// "Critics charge that ...", "those who fear that ...": a verb
			if p := d.subjectLeft(t, s0); p.ok() && p.t1 == t && d.canHoldView(p) {
				if r := d.resolve(p); r.named() {
					f.r, f.mention = r, d.tokSpan(p.t0, p.t1)
				}
			}
		}
		d.found = append(d.found, f)
		for x := a; x < b; x++ {
			d.inReported[x] = true
		}
		t = b
	}
}

// pollTail reports the clause before a closing "in a ... poll" with the
// poll as its source: "Kasich was at 25 percent support in the most
// recent Fox poll".
func (d *doc) pollTail(s0, s1 int) {
	for i := s0 + 3; i+2 < s1; i++ {
		if !d.is(i, "in") || d.toks[i].q != 0 {
			continue
		}
		k := i + 1
		for k < s1 && k < i+9 && d.isWord(k) && !d.lowerIs(k, wfPollNoun) && !d.lowerIs(k, wfClauseStop) {
			k++
		}
		if k >= s1 || k >= i+9 || !d.lowerIs(k, wfPollNoun) || strings.HasSuffix(d.lower(k), "s") ||
			k+1 < s1 && !d.is(k+1, ",") && d.isWord(k+1) && !d.is(k+1, "released") && !d.is(k+1, "conducted") {
			continue // "in the polls", "in a poll of voters who ..."
		}
		a := i - 1
		for a > s0 && !(d.toks[a-1].kind == tkPunct && !d.is(a-1, "-") || d.isWord(a-1) && (cutBefore[d.lower(a-1)] || d.is(a-1, "that"))) {
			a--
		}
		for t := a; t < i; t++ {
			if d.inReported[t] || d.toks[t].q != 0 || d.toks[t].kind == tkQuote {
				return
			}
		}
		if i-a < 3 || !d.clauseStart(a) {
			return
		}
		p := np{t0: i + 1, t1: k + 1, kind: npDesc, chunk: -1}
		d.addReported(RulePoll, a, i, p, d.tokSpan(p.t0, p.t1), d.tokSpan(i, i+1))
		return
	}
}

// saidAfterComma reports the clause before ", said Brad Bannon, a
// Democratic pollster." when the cue finder took a subject before the
// clause: the speaker is the name after the verb.
func (d *doc) saidAfterComma(c *cue, s0, s1 int) bool {
	if c.kind != ckSpeech || c.inverted || c.used || c.t <= s0 || !d.is(c.t-1, ",") || !(d.is(c.t, "said") || d.is(c.t, "says")) {
		return false
	}
	t := c.t + c.n
	ci := d.chunkOf(t)
	if ci < 0 || d.chunks[ci].t0 != t || d.chunks[ci].kind == Place {
		return false
	}
	e := d.chunks[ci].t1
	if e < s1 && !d.is(e, ",") && !(d.toks[e].kind == tkPunct && e+1 >= s1) {
		return false
	}
	cc := *c
	cc.inverted, cc.subj = true, np{t0: t, t1: e, kind: npName, chunk: ci}
	a, b := d.clauseBefore(&cc, s0, s1)
	if a < 0 || b-a < 3 || d.quoteBetween(a, b) && !d.phrasesInside(a, b, true, 2) {
		return false
	}
	d.addReported(RuleSaidAfterComma, a, b, cc.subj, d.tokSpan(t, e), d.tokSpan(c.t, c.t+c.n))
	c.reported = true
	return true
}

// dropNested drops the reported speech found from d.found[n0:] that
// overlaps a longer one found there: "The remaining two delegates pledged
// to support the senator, according to Buchanan" reports the sentence,
// not also what was pledged. PolNeAR train annotates the inner span less
// often than not.
func (d *doc) dropNested(n0 int) {
	if len(d.found)-n0 < 2 {
		return
	}
	out := d.found[:n0]
	for i := n0; i < len(d.found); i++ {
		f := d.found[i]
		inner := false
		for j := n0; j < len(d.found) && !inner; j++ {
			g := d.found[j]
			inner = j != i && f.kind == Indirect && g.kind == Indirect && g.span.Start < f.span.End && f.span.Start < g.span.End &&
				(g.span.End-g.span.Start > f.span.End-f.span.Start || g.span.End-g.span.Start == f.span.End-f.span.Start && j < i)
		}
		if !inner {
			out = append(out, f)
		}
	}
	d.found = out
}

// headline finds the reported speech of a headline: "Graham: Trump's
// rhetoric is destroying the party", "Bellwether County Says Trump Should
// Win".
func (d *doc) headline(s0, s1 int) {
	for k := s0 + 1; k < s1 && k < s0+8; k++ {
		if d.toks[k].q != 0 || d.toks[k].kind == tkQuote {
			return
		}
		if !d.is(k, ":") {
			if !d.isWord(k) {
				return
			}
			continue
		}
		var p np
		if ci := d.chunkOf(s0); ci >= 0 && d.chunks[ci].t0 == s0 && d.chunks[ci].t1 == k && d.chunks[ci].kind != Place &&
			!isUpperString(d.text(s0)) {
			p = np{t0: s0, t1: k, kind: npName, chunk: ci}
		} else if h := d.lower(k - 1); k-s0 <= 3 && (personNouns[h] || personNouns[strings.TrimSuffix(h, "s")] ||
			viewGroups[h] || mediaNouns[h] || groupWords[d.text(k-1)]) || d.nameLike(s0, k) {
			p = np{t0: s0, t1: k, kind: npDesc, chunk: -1} // "Poll:", "Historians:", "Gingrich:"
		} else {
			return // "The Latest:", "BREAKING:"
		}
		d.headlineSpeech(p, k, k+1, s1)
		return
	}
	if !d.titleCase(s0, s1) {
		return
	}
	lx := reportLex()
	for t := s0 + 1; t+1 < s1; t++ {
		if !d.isWord(t) || !d.toks[t].upper || d.toks[t].q != 0 || d.chunkOf(t) >= 0 {
			continue
		}
		w := d.lower(t)
		if _, ok := lx[w]; !ok && d.lx.cues[w] != ckSpeech {
			continue
		}
		ci := d.chunkOf(t - 1)
		if ci < 0 && d.chunkOf(s0) < 0 && d.nameLike(s0, t) && d.toks[t-1].kind == tkWord {
			// "Glenn Beck Says Trump Poses A Threat": a title-case line
			// names no one the gazetteer knows; its opening words speak
			d.headlineSpeech(np{t0: s0, t1: t, kind: npDesc, chunk: -1}, t, t+1, s1)
			return
		}
		if ci < 0 || d.chunks[ci].t1 != t || d.chunks[ci].kind == Place {
			return
		}
		p := np{t0: d.chunks[ci].t0, t1: t, kind: npName, chunk: ci}
		d.headlineSpeech(p, t, t+1, s1)
		return
	}
}

// transcriptLine reports the words of a transcript paragraph opening
// with its speaker's name in capitals and a colon ("TAPPER: And
// obviously, you're supporting Donald Trump ..."), or "Q:" / "A:".
func (d *doc) transcriptLine(s0 int) {
	blk := d.toks[s0].blk
	k := s0
	for k < s0+3 && d.isWord(k) && d.toks[k].q == 0 && (len(d.text(k)) >= 2 && isUpperString(d.text(k)) &&
		!isLowerString(d.text(k)) ||
		k == s0 && (d.is(k, "Q") || d.is(k, "A"))) {
		k++
	}
	if k == s0 || !d.is(k, ":") || rubrics[d.lower(s0)] || notSpeakers[d.lower(s0)] {
		return
	}
	a, b := k+1, d.blkTok[blk][1]
	for b > a && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkQuote) && d.toks[b-1].q == 0 {
		b--
	}
	if b-a < 3 || d.quoteBetween(a, b) || d.toks[a].kind == tkQuote {
		return
	}
	f := found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleTranscriptLine, quote: -1, r: ref{ent: -1}, cue: d.tokSpan(k, k+1)}
	if !d.is(s0, "Q") && !d.is(s0, "A") {
		// the surname in capitals: a person named before, or the name itself
		last := d.text(k - 1)
		last = last[:1] + strings.ToLower(last[1:])
		f.r = ref{ent: -1, text: last, kind: Person}
		for e := range d.ents {
			if d.ents[e].kind == Person && d.ents[e].last == last {
				f.r = ref{ent: e, kind: Person}
				break
			}
		}
		f.mention = d.tokSpan(s0, k)
	}
	d.found = append(d.found, f)
	for x := a; x < b; x++ {
		d.inReported[x] = true
	}
}

// introducedBlock reports a paragraph without quotation marks that a
// paragraph ending in "He said:" or "The governor added:" introduces.
func (d *doc) introducedBlock(s0 int) {
	blk := d.toks[s0].blk
	if blk == 0 || d.inReported[s0] {
		return
	}
	p0, p1 := d.blkTok[blk-1][0], d.blkTok[blk-1][1]
	c := p1 - 2
	if c <= p0 || !d.is(p1-1, ":") || !d.isWord(c) || d.toks[c].q != 0 || !d.wordIs(c, wfCueS) {
		return
	}
	a, b := s0, d.blkTok[blk][1]
	for b > a && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkQuote) && d.toks[b-1].q == 0 {
		b--
	}
	if b-a < 3 || d.quoteBetween(a, b) || d.toks[a].kind == tkQuote {
		return
	}
	p := d.subjectLeft(c, p0)
	if !p.ok() {
		return
	}
	d.addReported(RuleIntroducedBlock, a, b, p, d.tokSpan(p.t0, p.t1), d.tokSpan(c, c+1))
}

// notSpeakers open a paragraph with a label in capitals that is no
// speaker: "CORRECTION:", "EDITOR'S NOTE:".
var notSpeakers = map[string]bool{"correction": true, "clarification": true, "editor": true, "editors": true,
	"note": true, "update": true, "updated": true, "related": true, "source": true, "sources": true, "photo": true,
	"read": true, "see": true, "also": true, "more": true, "warning": true, "disclaimer": true}

// nameLike reports whether tokens [a, b) read as a name before a
// headline's colon: up to four capitalised words, not in capitals, not a
// rubric such as "The Latest" or "Breaking".
func (d *doc) nameLike(a, b int) bool {
	if b-a > 4 || rubrics[d.lower(a)] {
		return false
	}
	for t := a; t < b; t++ {
		if !d.isWord(t) || !d.toks[t].upper || len(d.text(t)) > 2 && isUpperString(d.text(t)) {
			return false
		}
		if t > a && headlineJoins[d.lower(t)] {
			return false // "Stealth Over Health: ...": a title-case phrase, not a name
		}
	}
	return true
}

// headlineJoins are prepositions and conjunctions a title-case headline
// capitalises and a name before a colon does not hold.
var headlineJoins = map[string]bool{"over": true, "for": true, "with": true, "and": true, "in": true, "on": true,
	"at": true, "to": true, "by": true, "from": true, "after": true, "before": true, "against": true, "vs": true,
	"is": true, "are": true, "was": true, "not": true, "but": true, "or": true, "as": true, "into": true}

// rubrics open headlines with a label that is not a speaker.
var rubrics = map[string]bool{"the": true, "breaking": true, "wow": true, "look": true, "revealed": true,
	"exclusive": true, "just": true, "bombshell": true, "update": true, "watch": true, "video": true,
	"live": true, "opinion": true, "analysis": true, "editorial": true, "review": true, "paid": true, "photos": true,
	"byline": true, "fact": true, "busted": true, "boom": true, "spoiler": true}

// headlineSpeech reports the words [a, s1) of a headline as what p said
// at cue token c.
func (d *doc) headlineSpeech(p np, c, a, s1 int) {
	a, b := d.clauseEnd(a, s1)
	if a < 0 || b-a < 2 || d.quoteBetween(a, b) && !d.phrasesInside(a, b, true, 2) {
		return // "Issa: Hillary Clinton's 'Honesty Is In Question'" stands
	}
	r := d.resolve(p)
	f := found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleHeadline, quote: -1, r: r, cue: d.tokSpan(c, c+1)}
	if r.ok() {
		f.mention = d.tokSpan(p.t0, p.t1)
	} else {
		f.r = ref{ent: -1}
	}
	for k := a; k < b; k++ {
		d.inReported[k] = true
	}
	d.found = append(d.found, f)
}

// reportingWords adds to out a cue for each reporting word of the
// sentence [s0, s1) that cueKind does not take, with its subject.
func (d *doc) reportingWords(out []cue, s0, s1 int) []cue {
	ph := reportPhrases()
	for t := s0; t < s1; t++ {
		tk := d.toks[t]
		if tk.kind != tkWord || tk.upper || tk.q != 0 {
			continue
		}
		info := d.tokCueInfo(t)
		if info.phrase && t+2 < s1 && d.isWord(t+1) && hasWord(ph[d.text(t)], d.text(t+1)) {
			if c := d.phraseCue(t, s0); c.subj.ok() || c.kind == ckPhraseNoOne {
				out = append(out, c)
			}
			t++
			continue
		}
		if !info.report || d.cueKind(t) != 0 {
			continue
		}
		if (d.is(t, "thanks") || d.is(t, "back")) && d.is(t+1, "to") {
			continue // "thanks to", "went back to"
		}
		if t > s0 && (d.toks[t-1].kind == tkPoss || d.lowerIs(t-1, wfDeterminer) || d.is(t-1, "to") || d.lowerIs(t-1, wfPreposition)) {
			continue // a noun ("his defence"), or "to announce"
		}
		if t > s0+1 && nounish[d.text(t)] && (d.toks[t-2].kind == tkPoss || d.lowerIs(t-2, wfDeterminer)) && d.isWord(t-1) &&
			!d.toks[t-1].upper && !strings.HasSuffix(d.text(t-1), "ly") && (!strings.HasSuffix(d.text(t-1), "s") || strings.HasSuffix(d.text(t-1), "ous")) &&
			!d.wordIs(t-1, wfSkipBeforeCue) {
			continue // "his amorphous support", "a phone call"
		}
		c := cue{t: t, n: 1, kind: ckReport, participle: d.isParticiple(t)}
		c.subj = d.subjectLeft(t, s0)

		if !c.subj.ok() && (c.participle || d.is(t-1, "and") || d.is(t-1, "but")) {
			for x := len(out) - 1; x >= 0; x-- {
				if out[x].subj.ok() {
					c.subj = out[x].subj
					break
				}
			}
			if !c.subj.ok() {
				c.subj = d.mainSubject(s0, t, false)
			}
		}
		out = append(out, c)
	}
	return out
}

// nounish are reporting words more often nouns than verbs after a
// determiner and an adjective: "his amorphous support", "a phone call".
var nounish = map[string]bool{"support": true, "call": true, "calls": true, "push": true, "backing": true,
	"attack": true, "bid": true, "vote": true, "praise": true, "pledge": true, "promise": true, "demand": true,
	"offer": true, "plans": true, "plan": true, "warning": true, "threat": true, "claim": true, "hope": true}

// reportPhrase reports the content after a reporting phrase ("criticism
// of Mr. Cruz"), with the phrase's owner or subject as its speaker.
func (d *doc) reportPhrase(c *cue, s1 int) {
	t := c.t + c.n
	if t >= s1 || d.toks[t].q != 0 || !d.isWord(t) && d.toks[t].kind != tkPunct {
		return
	}
	a, b := d.clauseEnd(t, s1)
	if a >= 0 {
		b = d.objectEnd(a, b) // "criticism of Mr. Cruz, who ..."
	}
	if a < 0 || d.quoteBetween(a, b) {
		return
	}
	r := ref{ent: -1}
	if p := c.subj; p.ok() {
		switch w := d.lower(p.t0); {
		case p.kind == npPron && (w == "his" || w == "her"):
			pron := "he"
			if w == "her" {
				pron = "she"
			}
			if e := d.antecedent(p.t0, pron); e >= 0 {
				r = ref{ent: e, kind: d.ents[e].kind}
			}
		case p.kind == npPron && w == "their":
			if g, ok := d.lastGroup(p.t0); ok {
				r = g
			}
		default:
			r = d.resolve(p)
		}
	}
	f := found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleReportPhrase, quote: -1, r: r, cue: d.tokSpan(c.t, c.t+c.n)}
	if r.ok() {
		f.mention = d.tokSpan(c.subj.t0, c.subj.t1)
		d.said = append(d.said, said{r: r, at: c.t})
	}
	for k := a; k < b; k++ {
		d.inReported[k] = true
	}
	c.reported = true
	d.found = append(d.found, f)
}

// relativeSubject returns the noun phrase a relative pronoun before the
// cue at token t stands for: "super PACs, which reported", "the group
// that warned".
func (d *doc) relativeSubject(t, s0 int) np {
	k := t - 1
	for k > s0 && d.isWord(k) && !d.toks[k].upper && (d.wordIs(k, wfSkipBeforeCue) || strings.HasSuffix(d.text(k), "ly")) {
		k--
	}
	if k <= s0 || !(d.is(k, "which") || d.is(k, "that") || d.is(k, "who")) {
		return np{}
	}
	k--
	if d.is(k, ",") {
		k--
	}
	if k < s0 || d.toks[k].q != 0 {
		return np{}
	}
	if ci := d.chunkOf(k); ci >= 0 && d.chunks[ci].t1 == k+1 && d.chunks[ci].kind != Place {
		return np{t0: d.chunks[ci].t0, t1: k + 1, kind: npName, chunk: ci}
	}
	if d.isWord(k) && !d.toks[k].upper && !d.lowerIs(k, wfPreposition) {
		if p := d.description(k, s0); p.ok() && d.canHoldView(p) {
			return p
		}
	}
	return np{}
}

// accordingTo returns the words after "according to" at token t up to
// punctuation, as a description of the source.
func (d *doc) accordingTo(t, s1 int) np {
	k := t
	for k < s1 && k < t+20 && d.isWord(k) && d.toks[k].q == 0 && (!d.lowerIs(k, wfClauseStop) || d.is(k, "and") && k > t) {
		k++
	}
	if k == t || k < s1 && d.isWord(k) {
		return np{}
	}
	return np{t0: t, t1: k, kind: npDesc, chunk: -1}
}

// raisingVerbs report a view no one is named as holding: "Trump is
// expected to win", "Sanders appears to have a slight lead". PolNeAR
// annotates the whole clause, subject included, with no source.
var raisingVerbs = map[string]bool{"seem": true, "seems": true, "seemed": true, "appear": true, "appears": true,
	"appeared": true, "expected": true}

// passiveRaising reports whether cue c is a verb of saying in the passive
// before "to": "The plant is said to have lost money", "Some aides were
// reported to be leaving", "Output is forecast to fall". The subject is what is said about, not who
// says it: the clause, subject included, has no speaker.
func (d *doc) passiveRaising(c *cue, s1 int) bool {
	switch d.text(c.t) {
	case "said", "reported", "rumoured", "rumored", "alleged", "forecast", "predicted", "estimated", "projected":
	default:
		return false
	}
	k := c.t - 1
	if k > 0 && strings.HasSuffix(d.lower(k), "ly") {
		k-- // "is widely said to"
	}
	switch d.lower(k) {
	case "is", "are", "was", "were", "be", "been", "being":
		v := c.t + 2 // "to have", "to be": a verb, not "reported to the police"
		return v < s1 && d.is(c.t+1, "to") && d.toks[c.t+1].q == 0 && d.isWord(v) && !d.toks[v].upper &&
			!d.lowerIs(v, wfDeterminer|wfPreposition|wfSubjPronoun) && d.toks[v].kind != tkPoss
	}
	return false
}

// forecastWords in the passive before "to" give a forecast or estimate
// ("Sales are forecast to rise 4%"): not the subject's words, and no
// one's words listed as speech either.
var forecastWords = map[string]bool{"forecast": true, "predicted": true, "estimated": true, "projected": true}

// raising reports the clause of a raising verb with no speaker, and
// whether c is one.
func (d *doc) raising(c *cue, s1 int) bool {
	w := d.text(c.t)
	if !raisingVerbs[w] && !d.passiveRaising(c, s1) || c.inverted || c.subj.t1 > c.t {
		return false
	}
	if w == "expected" && !(d.is(c.t-1, "is") || d.is(c.t-1, "are") || d.is(c.t-1, "was") || d.is(c.t-1, "were") ||
		d.is(c.t-1, "been") || d.is(c.t-1, "be")) {
		return false
	}
	t := c.t + 1
	if t >= s1 || !d.isWord(t) || d.toks[t].upper || d.toks[t].q != 0 || d.lowerIs(t, wfPreposition) && !d.is(t, "to") ||
		d.lowerIs(t, wfDeterminer) || d.is(t, "that") {
		return false // "Trump appeared at the debate"
	}
	a, b := d.clauseEnd(c.subj.t0, s1)
	if a < 0 || b <= t || d.quoteBetween(a, b) || forecastWords[w] {
		return true // "Sales are forecast to rise": a figure's forecast, no one's words
	}
	if x := a - 2; x >= 0 && d.is(a-1, "and") && d.toks[x].q == 0 {
		if ci := d.chunkOf(x); ci >= 0 && d.chunks[ci].t1 == x+1 && d.chunks[ci].t0 >= d.sentStartOf(c.t) {
			a = d.chunks[ci].t0 // "Jo Lind and Anna Berg are said to ...": both subjects
		}
	}
	d.found = append(d.found, found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleRaising, quote: -1, r: ref{ent: -1}, cue: d.tokSpan(c.t, c.t+1)})
	for k := a; k < b; k++ {
		d.inReported[k] = true
	}
	c.reported = true
	return true
}

// reportPhrases maps the first word of each two-word reporting phrase of
// data/reported-phrases.txt ("criticism of", "critical of") to the words
// that may follow it.
var reportPhrases = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	each("reported-phrases.txt", func(f []string) {
		if len(f) == 2 {
			m[f[0]] = append(m[f[0]], f[1])
		}
	})
	return m
})

// hasWord reports whether list holds w.
func hasWord(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// phraseCue makes the cue of the reporting phrase at token t ("his
// criticism of", "Sanders was critical of"): its speaker is the owner
// the phrase follows, else the subject of its verb, else no one.
func (d *doc) phraseCue(t, s0 int) cue {
	c := cue{t: t, n: 2, kind: ckPhrase}
	k := t - 1
	for k > s0 && d.isWord(k) && !d.toks[k].upper && (strings.HasSuffix(d.text(k), "ly") || d.text(k) == "sharp" ||
		d.text(k) == "harsh" || d.text(k) == "strong" || d.text(k) == "public" || d.text(k) == "earlier" || d.text(k) == "own") {
		k-- // "his harsh criticism of"
	}
	if j := k - 1; k > s0 && k == t-1 && d.isWord(k) && !d.toks[k].upper && d.toks[k].q == 0 && !d.wordIs(k, wfSkipBeforeCue) &&
		!d.lowerIs(k, wfSubjPronoun) && d.cueKind(k) == 0 && (d.toks[j].kind == tkPoss || d.lowerIs(j, wfDeterminer)) {
		k = j // "his amorphous support for", "a formal endorsement of": an adjective
	}
	switch {
	case k >= s0 && d.toks[k].kind == tkPoss:
		if ci := d.chunkOf(k - 1); ci >= 0 && d.chunks[ci].kind != Place {
			c.subj = np{t0: d.chunks[ci].t0, t1: k, kind: npName, chunk: ci}
		}
	case k >= s0 && (d.is(k, "his") || d.is(k, "her") || d.is(k, "their") || d.is(k, "His") || d.is(k, "Her") || d.is(k, "Their")):
		c.subj = np{t0: k, t1: k + 1, kind: npPron, chunk: -1}
	case k >= s0 && d.lowerIs(k, wfDeterminer):
		c.kind = ckPhraseNoOne // "the criticism of": no one named
	case k > s0 && raiseForms[d.text(k)] || k-1 > s0 && raiseForms[d.text(k-1)] && d.isWord(k) && !d.toks[k].upper:
		// "Trump has raised questions about", "raising fresh questions
		// about": the one who raises them, if anyone can hold a view
		y := k
		if !raiseForms[d.text(y)] {
			y--
		}
		for y-1 > s0 && d.isWord(y-1) && gapVerbs[d.text(y-1)] {
			y--
		}
		if q := d.subjectLeft(y, s0); q.ok() && q.t1 <= y && d.canHoldView(q) {
			c.subj = q
		}
	default:
		c.subj = d.subjectLeft(t, s0)
		if p := c.subj; p.kind == npDesc {
			for x := p.t0 + 1; x < p.t1; x++ {
				if d.isWord(x) && !d.toks[x].upper && strings.HasSuffix(d.text(x), "ed") && d.isWord(x-1) &&
					!d.lowerIs(x-1, wfDeterminer) && !d.toks[x-1].upper {
					c.subj = np{} // "The attacks prompted new questions about": a verb in it, no one named
					break
				}
			}
		}
	}
	if !c.subj.ok() {
		c.kind = ckPhraseNoOne
	}
	return c
}

// raiseForms raise the questions or doubts a reporting phrase names.
var raiseForms = map[string]bool{"raise": true, "raises": true, "raised": true, "raising": true}

// notReporting are cue words that rarely report a clause of their own
// (under one in four of their uses in PolNeAR train): "went", "backed
// away", "continues to".
var notReporting = map[string]bool{"back": true, "went": true, "continues": true, "states": true, "attacks": true}

// reportLex maps each reporting word of data/reported.txt to the
// particles that may follow it.
var reportLex = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	each("reported.txt", func(f []string) { m[f[0]] = f[1:] })
	return m
})

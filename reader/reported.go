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
	}
	return true
}

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

// raising reports the clause of a raising verb with no speaker, and
// whether c is one.
func (d *doc) raising(c *cue, s1 int) bool {
	w := d.text(c.t)
	if !raisingVerbs[w] || c.inverted || c.subj.t1 > c.t {
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
	if a < 0 || b <= t || d.quoteBetween(a, b) {
		return true
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
	if !c.subj.ok() && c.kind != ckPhraseNoOne && !c.inverted && !c.used {
		if p := d.mainSubject(s0, c.t, true); p.ok() && p.t1 <= c.t && p.kind != npPron && d.canHoldView(p) && !d.commaBetween(p.t1, c.t) {
			c.subj = p // "She and her husband supported ..."
		}
	}
	if c.kind != ckPhrase && c.kind != ckPhraseNoOne && d.passiveBy(c, s0, s1) {
		return
	}
	if d.saidAfterComma(c, s0, s1) {
		return
	}
	if !c.subj.ok() && c.kind != ckPhraseNoOne {
		// no subject found ("Most believe that ...", "when asked whether
		// ..."): the clause after the cue, with no speaker
		if a, b := d.clauseAfter(c, s1); a >= 0 && (!d.quoteBetween(a, b)) && b-a >= 3 {
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
	if p := c.subj; p.kind == npDesc && !d.canHoldView(p) && (c.inverted && c.kind != ckAccording || !c.inverted && p.t0 > s0 && placePreps[d.lower(p.t0-1)]) {
		return // "in their phone call on Tuesday", "..., declared a state of emergency"
	}
	if p := c.subj; p.kind == npName && p.t1-p.t0 == 1 && d.chunks[p.chunk].ent < 0 && d.blocks[d.toks[p.t0].blk].Kind != BlockParagraph &&
		!viewGroups[d.lower(p.t0)] {
		return // "Agreement shows ..." in a heading: a capitalised word no one else names; but "Poll finds ..."
	}
	a, b := d.clauseAfter(c, s1)
	if a < 0 && !c.inverted && c.subj.t0 > s0 && (d.is(c.subj.t0-1, "which") || d.is(c.subj.t0-1, "that")) {
		// "policies, which he said had harmed the economy": the cue's
		// object is the relative pronoun, the clause its verb phrase
		if t := c.t + c.n; t < s1 && d.isWord(t) && d.toks[t].q == 0 && (gapVerbs[d.text(t)] || strings.HasSuffix(d.text(t), "ed")) {
			a, b = d.clauseEnd(t, s1)
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
	if w := c.subj.t0 - 1; !c.inverted && w > s0 && w < a && d.is(w, "which") && d.toks[w].q == 0 {
		// "Sanders's donor list, which the campaign says includes 2.7
		// million contributors, is ...": the relative clause is reported
		for k := c.t + c.n; k < b; k++ {
			if d.is(k, ",") && d.toks[k].q == 0 {
				b = k
				break
			}
		}
		a = w
	} else if a-1 >= c.t+c.n && d.is(a-1, "that") && d.toks[a-1].q == 0 {
		a-- // PolNeAR starts a reported clause at its "that"
	}
	f := found{span: d.tokSpan(a, b), kind: Indirect, qrule: RuleCueClause, quote: -1, r: d.resolve(c.subj),
		mention: d.tokSpan(c.subj.t0, c.subj.t1), cue: d.tokSpan(c.t, c.t+c.n)}
	if rel >= c.subj.t1 && rel < c.t {
		f.mention = d.tokSpan(c.subj.t0, rel+1) // "Acme Holdings, which": the words that attribute
	}
	if !f.r.ok() {
		// "he" with no one to refer to: the speech stands, its speaker
		// unknown
		f.r, f.mention = ref{ent: -1}, Span{}
	} else {
		d.said = append(d.said, said{r: f.r, at: c.t})
	}
	for t := a; t < b; t++ {
		d.inReported[t] = true
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
	if c.used && !d.afterQuote(c.t) && !d.afterQuote(c.subj.t0) && !d.aposLater(c.t+c.n, s1) && !d.quoteAfterCut(c.t+c.n, s1) {
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
	if tellVerbs[w] {
		o := t
		t = d.skipObject(t, s1)
		for k := o; k < s1 && k < o+7 && t == o && d.isWord(k) && d.toks[k].q == 0; k++ {
			if d.is(k+1, "that") {
				t = k + 1 // "told cheering supporters that"
			}
		}
		if t == o && (t >= s1 || !d.is(t, "to") && !wh[d.lower(t)]) && w != "warned" && w != "warns" && w != "warning" {
			return -1, -1 // "told hundreds of supporters at a rally"
		}
	}
	t = d.skipAdverbials(t, s1)
	if t < s1 && d.isWord(t) && !d.toks[t].upper && d.lowerIs(t, wfPreposition) && d.toks[t].q == 0 && !d.is(t, "to") {
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
			if d.lowerIs(k, wfClauseStop) || d.cueWord(d.lower(k)).cue != 0 {
				break
			}
		}
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
	}
	if c.kind == ckSpeech && (d.is(t, "yes") || d.is(t, "no") || d.is(t, "so")) && t+1 < s1 && d.toks[t+1].kind == tkPunct && d.toks[t+1].q == 0 &&
		!d.is(t+1, "-") {
		return t, t + 1 // "46 percent said yes, ...", "the candidate said no."
	}
	if t >= s1 || !d.clauseStart(t) && !d.is(t, "to") && !(d.is(t, "not") && d.is(t+1, "to")) {
		return -1, -1
	}
	return d.clauseEnd(t, s1)
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
	"when": true, "where": true, "who": true, "which": true}

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
	b := s1
	for k := t + 3; k+1 < s1; k++ {
		// "said he makes $41,000 a year and questioned how ..."
		if (d.is(k, "and") || d.is(k, "but")) && d.toks[k+1].kind == tkWord && !d.toks[k+1].upper &&
			d.cueKind(k+1) != 0 && d.toks[k].q == 0 {
			b = k
			break
		}
	}
	for b > t && (d.toks[b-1].kind == tkPunct || d.toks[b-1].kind == tkQuote) && d.toks[b-1].q == 0 {
		b--
	}
	b = d.trimTime(t, b)
	if b <= t {
		return -1, -1
	}
	return t, b
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
	if cutAfterComma[w] {
		return true
	}
	if w == "and" && k+2 < s1 && d.newClause(k+2, s1) {
		return true // "..., and the ACLU has sued"
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
		if tellVerbs[d.text(j)] && d.thatAfter(j+1, s1) {
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

// skipObject skips the person told: "told reporters", "told the BBC",
// "told him".
func (d *doc) skipObject(t, s1 int) int {
	if t >= s1 {
		return t
	}
	if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t {
		t = d.chunks[ci].t1
		if d.toks[t-1].kind == tkPoss || (t < s1 && d.toks[t].kind == tkPoss) {
			for t < s1 && (d.toks[t].kind == tkPoss || d.chunkOf(t) >= 0 || (d.isWord(t) && !d.lowerIs(t, wfClauseStop) && !d.lowerIs(t, wfPreposition))) {
				t++
			}
		}
		return t
	}
	w := d.lower(t)
	if w == "that" || w == "this" && d.isWord(t+1) && !d.toks[t+1].upper && d.lowerIs(t+1, wfClauseStop) {
		return t // "warned that ...": the clause, no one told
	}
	switch w {
	case "him", "her", "them", "us", "me", "you", "reporters", "journalists", "supporters", "voters", "lawmakers",
		"viewers", "listeners", "students", "members", "audiences", "crowds", "senators", "colleagues", "followers":
		return t + 1
	}
	if determiners[w] {
		k := t + 1
		for k < s1 && k < t+5 && d.isWord(k) && !d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfPreposition) && d.toks[k].q == 0 {
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
			} else if k < s1 && (d.toks[k].kind == tkNum || months[d.text(k)]) {
				k++ // "reported in 2014", "said in March"
				if k < s1 && months[d.text(k-1)] && d.toks[k].kind == tkNum {
					k++
				}
			} else if k < s1 && d.lowerIs(k, wfDeterminer) {
				k++
				for k < s1 && k < t+8 && d.isWord(k) && !d.lowerIs(k, wfClauseStop) && !d.toks[k].upper && d.toks[k].q == 0 {
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
	if first <= s0 || !d.is(first-1, ",") || notBackward[d.text(c.t)] && !d.is(first, "as") {
		return -1, -1 // but "..., as one adviser pointed out, ..."
	}
	end := c.t + c.n
	if d.is(end, "out") && !c.inverted {
		end++ // "Hawaii, as one adviser pointed out, normally does not ..."
	}
	if tellVerbs[d.text(c.t)] && !c.inverted {
		end = d.skipObject(end, s1) // "..., the former executive told The Washington Post, ..."
	}
	if !c.inverted && d.is(end, ",") && end+1 < s1 && !d.isParticiple(end+1) {
		// "The investment, Ms. Tanzer said, is a perfect example": the
		// whole sentence but the attribution
		return d.clauseEnd(s0, s1)
	}
	// only adverbials may follow: "..., Rubio said on Tuesday."
	t := c.t + c.n
	if c.inverted {
		t = c.subj.t1
	} else if d.is(t, "out") {
		t++ // "..., as Mr. Hedge pointed out."
	}
	if tellVerbs[d.text(c.t)] {
		t = d.skipObject(t, s1)
	}
	t = d.skipAdverbials(t, s1)
	if c.kind != ckAccording && t < s1 && !(d.toks[t].kind == tkPunct || d.toks[t].kind == tkQuote) && !(d.is(t, ",") && t+1 < s1 && d.isParticiple(t+1)) {
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

// phrasesInside reports whether the quotes inside the clause [a, b) are
// all in two-apostrophe marks, or in single marks when singles is true,
// and leave at least min words of the clause outside them.
func (d *doc) phrasesInside(a, b int, singles bool, min int) bool {
	if a >= b || d.toks[a].q != 0 && !singles || d.toks[b-1].q != 0 && d.toks[a].q == d.toks[b-1].q {
		return false
	}
	out := 0
	for t := a; t < b; t++ {
		if q := d.toks[t].q; q != 0 {
			if !(singles && d.quotes[q-1].single) {
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
	if !(openers[w] || w == "as" || w == "after" || w == "before") && !(t == c.t && c.participle) {
		return b
	}
	for k := t + 1; k < c.t; k++ {
		if !d.isWord(k) && d.toks[k].kind != tkPoss && d.toks[k].kind != tkNum && !d.is(k, ".") {
			return b // "As Rubio, the senator, said": keep to simple openings
		}
	}
	for k := a + 1; k < b; k++ {
		if d.toks[k].q != 0 {
			return b
		}
		if d.is(k, ",") {
			if k+1 < b {
				return k
			}
		}
	}
	return b
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

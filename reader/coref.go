package reader

import (
	"sort"
	"strconv"
	"strings"
)

// ref is who a speaker mention refers to: an entity, or failing that the
// words of the mention themselves ("a source", "officials in Krasnodar").
type ref struct {
	ent  int // index into doc.ents, or -1
	text string
	kind EntityKind
	// anon marks a pronoun that refers to no one found ("I" in an article
	// without a byline): the attribution stands, but it names no speaker.
	anon bool
	// via is the rule that resolved a description to its entity, or
	// RuleNone.
	via Rule
}

func (r ref) ok() bool { return r.ent >= 0 || r.text != "" }

// named reports whether the ref names a speaker a reader can be shown.
func (r ref) named() bool { return r.ok() && !r.anon }

// key identifies the speaker a ref names.
func (r ref) key() string {
	if r.ent >= 0 {
		return "e" + strconv.Itoa(r.ent)
	}
	return "t" + strings.ToLower(r.text)
}

// personNouns head descriptions of a person ("the president").
var personNouns = map[string]bool{"president": true, "secretary": true, "minister": true, "senator": true,
	"governor": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true,
	"chancellor": true, "premier": true, "mayor": true, "candidate": true, "nominee": true, "businessman": true,
	"billionaire": true, "mogul": true, "tycoon": true, "congressman": true, "congresswoman": true,
	"lawmaker": true, "chairman": true, "chairwoman": true, "director": true, "ambassador": true,
	"general": true, "judge": true, "front-runner": true, "frontrunner": true, "star": true, "host": true,
	"actor": true, "actress": true, "man": true, "woman": true, "chief": true, "king": true, "queen": true,
	"prince": true, "pope": true, "founder": true, "executive": true, "ceo": true, "official": true,
	"source": true, "adviser": true, "advisor": true, "aide": true, "democrat": true, "republican": true,
	"manager": true, "strategist": true, "commander": true, "envoy": true, "speaker": true, "attorney": true,
	"lawyer": true, "prosecutor": true, "professor": true, "expert": true, "analyst": true, "author": true,
	"former": true, "vice": true, "reporter": true, "writer": true, "columnist": true, "editor": true,
	"conservative": true, "liberal": true, "activist": true, "critic": true, "supporter": true, "employee": true,
	"worker": true, "voter": true, "resident": true, "economist": true, "historian": true, "scholar": true,
	"commentator": true, "pundit": true, "organizer": true, "protester": true, "staffer": true,
	"diplomat": true, "doctor": true, "physician": true, "surgeon": true, "consultant": true, "pollster": true,
	"donor": true, "veteran": true, "delegate": true, "officer": true, "nurse": true, "teacher": true}

// speechNouns head descriptions of what someone said ("his message").
var speechNouns = map[string]bool{"message": true, "statement": true, "words": true, "response": true,
	"reply": true, "answer": true, "comment": true, "comments": true, "remarks": true, "advice": true,
	"argument": true, "view": true, "verdict": true, "warning": true, "tweet": true, "post": true}

// companyNouns head descriptions that refer back to the organisation
// the article named ("the company", "the firm").
var companyNouns = map[string]bool{"company": true, "firm": true, "group": true, "bank": true, "carmaker": true,
	"retailer": true, "airline": true, "insurer": true, "lender": true, "club": true, "charity": true,
	"manufacturer": true, "supermarket": true, "business": true, "conglomerate": true, "giant": true}

// mediaNouns head descriptions of a news organisation ("the newspaper").
var mediaNouns = map[string]bool{"newspaper": true, "paper": true, "broadcaster": true, "network": true,
	"channel": true, "outlet": true, "site": true, "website": true, "agency": true, "magazine": true,
	"daily": true, "tabloid": true, "publication": true, "station": true}

// isMedia reports whether an organisation's name is a known news outlet
// or reads as one ("Daily Herald", "Fox News").
func isMedia(lx *lexicon, name string) bool {
	if lx.orgs.names[name] {
		return true
	}
	for _, w := range strings.Fields(name) {
		switch w {
		case "News", "Times", "Post", "Herald", "Journal", "Daily", "Tribune", "Gazette", "Press", "Radio", "TV",
			"Television", "Magazine", "Telegraph", "Guardian", "Observer", "Chronicle", "Mail", "Star", "Globe":
			return true
		}
	}
	return false
}

// resolve turns a speaker noun phrase into a ref.
func (d *doc) resolve(p np) ref {
	switch p.kind {
	case npName:
		c := &d.chunks[p.chunk]
		if w := pronounOf(d.lower(p.t0)); c.ent < 0 && w != "" {
			// "We've", "They're" taken for a name
			return d.resolve(np{t0: p.t0, t1: p.t0 + 1, kind: npPron, chunk: -1, pron: w})
		}
		if v := p.t1; c.ent < 0 && (c.kind != Person || c.weak || c.t1-c.n0 == 1) && d.lx.titles.names[d.text(p.t1-1)] && d.is(v, ",") {
			// "The Senate Minority Leader, Chuck Schumer, said": the
			// person the title's appositive names
			if ci := d.chunkOf(v + 1); ci >= 0 && ci != p.chunk && d.chunks[ci].t0 == v+1 && d.chunks[ci].kind == Person &&
				!d.chunks[ci].weak && d.is(d.chunks[ci].t1, ",") {
				return d.resolve(np{t0: v + 1, t1: d.chunks[ci].t1, kind: npName, chunk: ci})
			}
		}
		if c.ent < 0 && (c.common || p.t1 == p.t0+1 && (d.wordIs(p.t0, wfCommon) && p.t0 >= 2 && d.toks[p.t0-1].kind == tkPoss ||
			numberHeads[d.lower(p.t0)])) {
			// "Estimates suggest": a group or a thing that speaks, not a
			// name to list
			return ref{ent: -1, text: d.commonName(p), kind: Org}
		}
		if c.ent < 0 {
			// a capitalised word that speaks is a name
			words := d.nameWords(c)
			if len(words) == 0 {
				return ref{ent: -1, text: d.spanText(p.t0, p.t1-1), kind: Person}
			}
			kind := Person
			c.kind, c.weak = kind, false
			key := d.nameKey(words)
			e := -1
			for x := len(d.ents) - 1; x >= 0 && x >= len(d.ents)-200; x-- {
				if d.ents[x].kind == kind && (d.ents[x].name == key || d.ents[x].last == key) {
					e = x
					break
				}
			}
			if e < 0 && len(words) == 1 {
				// "Anil said" after "Anil Ambani": the one person of that
				// given name (first-name rule)
				e = d.byFirstName(key)
			}
			if e < 0 {
				d.ents = append(d.ents, entity{name: key, kind: kind, last: key})
				e = len(d.ents) - 1
			}
			d.attach(p.chunk, e)
		}
		return ref{ent: c.ent, kind: d.ents[c.ent].kind}
	case npPron:
		w := p.pron
		if w == "" {
			w = d.lower(p.t0)
		}
		switch w {
		case "he", "she":
			if e := d.antecedent(p.t0, w); e >= 0 {
				return ref{ent: e, kind: Person}
			}
		case "who":
			return d.relative(p.t0)
		case "they", "we":
			if r, ok := d.answerLabel(p.t0); ok && w == "we" && r.named() {
				return r // "((Anthony Boccaletti)) we believe": the one answering
			}
			if r, ok := d.lastGroup(p.t0); ok {
				return r
			}
			if e := d.orgBefore(p.t0); e >= 0 && d.reportsNext(p.t0) {
				return ref{ent: e, kind: Org} // "The Finance Ministry met. They said"
			}
		case "it":
			if e := d.lastOrg(p.t0); e >= 0 {
				return ref{ent: e, kind: Org}
			}
			if e := d.orgBefore(p.t0); e >= 0 && d.reportsNext(p.t0) {
				return ref{ent: e, kind: Org} // "it said" with no organisation near
			}
			// a capitalised common word that spoke just before: "Times"
			for i := len(d.said) - 1; i >= 0 && i >= len(d.said)-2; i-- {
				if s := d.said[i]; s.at < p.t0 && s.r.ent < 0 && s.r.kind == Org && s.r.named() && s.r.text != "" &&
					s.r.text[0] >= 'A' && s.r.text[0] <= 'Z' {
					return s.r
				}
			}
		}
		if k := strings.IndexAny(w, "'’"); k > 0 {
			// "I'm", "they're": the pronoun
			return d.resolve(np{t0: p.t0, t1: p.t1, kind: npPron, chunk: -1, pron: w[:k]})
		}
		if w == "i" {
			if r := d.author(); r.ok() {
				return r
			}
			if r, ok := d.answerLabel(p.t0); ok {
				return r
			}
			// a first-person article with no byline: its writer
			return ref{ent: -1, text: "the author", kind: Person}
		}
		// a pronoun with nothing to refer to names no one
		return ref{ent: -1, text: w, kind: Person, anon: true}
	case npDesc:
		if w := pronounOf(d.lower(p.t0)); w != "" && (p.t1-p.t0 == 1 || strings.ContainsAny(d.lower(p.t0), "'’")) {
			// "You're gonna", "him"
			return d.resolve(np{t0: p.t0, t1: p.t0 + 1, kind: npPron, chunk: -1, pron: w})
		}
		return d.resolveDesc(p)
	}
	return ref{ent: -1}
}

// commonName names a speaker written with common words in capitals: the
// words themselves, after a capitalised possessor ("People's Vote") and
// before an "of", "by" or "from" phrase that says whose they are
// ("Estimates by event organizers", "Part of the judge's statement").
func (d *doc) commonName(p np) string {
	t0, t1 := p.t0, p.t1
	if t0 >= 2 && d.toks[t0-1].kind == tkPoss && d.toks[t0-2].upper && d.isWord(t0-2) && !d.lowerIs(t0-2, wfDeterminer) {
		t0 -= 2
	}
	if t1+1 < len(d.toks) && (d.is(t1, "of") || d.is(t1, "by") || d.is(t1, "from")) {
		t1 = d.phraseEnd(t1)
	} else if t1-t0 == 1 && numberHeads[d.lower(t0)] {
		// "Fifty former intelligence officials": the number counts the
		// nouns after it
		k := t1
		for k < len(d.toks) && k < t1+4 && d.toks[k].blk == d.toks[t0].blk && d.isWord(k) && !d.toks[k].upper &&
			!d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfPreposition) && d.cueKind(k) == 0 && d.lx.cues[d.lower(k)+"s"] == 0 &&
			!strings.HasSuffix(d.lower(k), "ed") && !strings.HasSuffix(d.lower(k), "n't") && !strings.HasSuffix(d.lower(k), "n’t") &&
			!descModals[d.lower(k)] && !auxVerbs[d.lower(k)] {
			k++
		}
		t1 = k
	}
	return d.spanText(t0, t1-1)
}

// numberHeads are number words that open a speaker's description.
var numberHeads = map[string]bool{"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true,
	"seventy": true, "eighty": true, "ninety": true, "hundreds": true, "thousands": true, "millions": true,
	"dozens": true, "tens": true, "scores": true}

// auxVerbs are forms of "be" and "have" that end a description.
var auxVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "have": true, "has": true,
	"had": true, "be": true, "been": true}

// phraseEnd returns the end of the short noun phrase that the preposition
// at t leads, up to a verb, a clause word or another preposition; t+1 if
// none follows.
func (d *doc) phraseEnd(t int) int {
	k := t + 1
	for n := 0; n < 6 && k < len(d.toks) && d.toks[k].blk == d.toks[t].blk &&
		(d.toks[k].kind == tkPoss || d.isWord(k) && !d.lowerIs(k, wfClauseStop) && !d.lowerIs(k, wfCue) && d.cueKind(k) == 0 &&
			(d.lx.cues[d.lower(k)+"s"] == 0 || d.lowerIs(k-1, wfDeterminer)) &&
			!(k > t+1 && d.lowerIs(k, wfPreposition))); n++ {
		k++
	}
	return k
}

// ordinals name no speaker after "the" alone ("the third"; "a third" is a
// share of people).
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true,
	"sixth": true, "seventh": true, "eighth": true, "ninth": true, "tenth": true, "last": true, "latest": true}

// madeBy are participles after which a description says who made the
// thing that speaks: "a statement released by the court".
var madeBy = map[string]bool{"released": true, "issued": true, "published": true, "posted": true, "filed": true,
	"obtained": true, "sent": true, "signed": true, "written": true, "delivered": true, "made": true, "given": true,
	"shared": true, "prepared": true, "presented": true, "distributed": true, "leaked": true, "unveiled": true,
	"conducted": true, "commissioned": true, "compiled": true, "put": true, "broadcast": true, "aired": true}

// pronounOf returns the personal pronoun a word is or starts ("we" for
// "we've"), or "".
func pronounOf(w string) string {
	if k := strings.IndexAny(w, "'’"); k > 0 {
		w = w[:k]
	}
	switch w {
	case "i", "you", "he", "she", "it", "we", "they", "him", "her", "me", "us", "them":
		return w
	}
	return ""
}

// mentionedBefore calls fn for the chunks before token t, nearest first,
// at most limit of them, until fn returns true.
// Chunks added after the chunker ran (d.sorted on) are merged in.
func (d *doc) mentionedBefore(t, limit int, fn func(ci int) bool) {
	k := sort.Search(d.sorted, func(i int) bool { return d.chunks[i].t0 >= t })
	late := len(d.chunks) - 1
	for late >= d.sorted && d.chunks[late].t0 >= t {
		late--
	}
	ci := k - 1
	for limit > 0 && (ci >= 0 || late >= d.sorted) {
		limit--
		next := ci
		if late >= d.sorted && (ci < 0 || d.chunks[late].t0 > d.chunks[ci].t0) {
			next = late
			late--
		} else {
			ci--
		}
		if fn(next) {
			return
		}
	}
}

// antecedent returns the person "he" or "she" at token t refers to: the
// nearest person named before it outside quotes and reported speech, not
// after a preposition ("a call with Trump"), of a compatible gender.
func (d *doc) antecedent(t int, pron string) int {
	found, fallback, foundAt := -1, -1, -1
	d.mentionedBefore(t, 40, func(ci int) bool {
		c := &d.chunks[ci]
		if c.kind != Person || c.ent < 0 {
			return false
		}
		tt := d.toks[c.t0]
		if tt.q != 0 && d.toks[t].q == 0 {
			return false
		}
		g := d.ents[c.ent].gender
		if (pron == "he" && g == 'f') || (pron == "she" && g == 'm') {
			return false
		}
		if d.inReported[c.t0] || (c.t0 > 0 && d.isWord(c.t0-1) && d.lowerIs(c.t0-1, wfPreposition)) ||
			(c.t1 < len(d.toks) && d.toks[c.t1].kind == tkPoss) {
			if fallback < 0 {
				fallback = c.ent
			}
			return false
		}
		found, foundAt = c.ent, c.t0
		return true
	})
	// a speaker named after the last free-standing name is nearer:
	// "His assurances came after Sir Digby Jones said ..."
	for i := len(d.said) - 1; i >= 0 && i >= len(d.said)-3; i-- {
		s := d.said[i]
		if s.at >= t || s.at <= foundAt || s.r.ent < 0 || d.ents[s.r.ent].kind != Person {
			continue
		}
		if g := d.ents[s.r.ent].gender; (pron == "he" && g == 'f') || (pron == "she" && g == 'm') {
			continue
		}
		return s.r.ent
	}
	if found < 0 {
		found = fallback
	}
	if found < 0 {
		// no one in the last forty names: the last person of that
		// gender named further back
		d.mentionedBefore(t, 150, func(ci int) bool {
			c := &d.chunks[ci]
			if c.kind != Person || c.ent < 0 || d.toks[c.t0].q != 0 && d.toks[t].q == 0 {
				return false
			}
			if g := d.ents[c.ent].gender; (pron == "he" && g != 'm') || (pron == "she" && g != 'f') {
				return false
			}
			found = c.ent
			return true
		})
	}
	return found
}

// relative resolves "who" at token t to the name or description before
// it: "Beck, who has described ...", "the senator, who said".
func (d *doc) relative(t int) ref {
	k := t - 1
	if k >= 0 && d.is(k, ",") {
		k--
	}
	if k >= 0 && d.is(k, ")") {
		// "Sen. Claire McCaskill (D-Mo.), who"
		for x := k - 1; x >= 0 && x > k-8; x-- {
			if d.is(x, "(") {
				k = x - 1
				break
			}
		}
	}
	if ci := d.chunkOf(k); ci >= 0 && d.chunks[ci].kind != Place && d.chunks[ci].ent >= 0 {
		return ref{ent: d.chunks[ci].ent, kind: d.chunks[ci].kind}
	}
	if d.is(t-1, ",") {
		// "Richard Uihlein, an Illinois manufacturer and activist, who":
		// the person the appositive describes
		for x := k - 1; x > 0 && x > k-16 && d.toks[x].q == 0; x-- {
			if d.is(x, ".") || d.is(x, ";") {
				break
			}
			if d.is(x, ",") {
				if ci := d.chunkOf(x - 1); ci >= 0 && d.chunks[ci].kind == Person && d.chunks[ci].ent >= 0 && d.chunks[ci].t1 == x {
					return ref{ent: d.chunks[ci].ent, kind: Person}
				}
				break
			}
		}
	}
	if k >= 0 && d.isWord(k) {
		lo := k - 8
		if lo < 0 {
			lo = 0
		}
		if q := d.description(k, lo); q.ok() {
			// the noun phrase right before "who": "repudiate the support of
			// a retired general who" is "a retired general"
			det := false
			for x := q.t1 - 1; x >= q.t0; x-- {
				if d.lowerIs(x, wfDeterminer) {
					q.t0, det = x, true
					break
				}
			}
			for x := q.t1 - 1; !det && x > q.t0; x-- {
				if w := d.lower(x - 1); d.isWord(x-1) && !d.toks[x-1].upper && (afterVerb[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) {
					// "passed out water bottles that": the noun after the verb
					q.t0 = x
					break
				}
			}
			return d.resolveDesc(q)
		}
	}
	return ref{ent: -1, text: "who", kind: Person, anon: true}
}

// lastOrg returns the organisation "it" at token t refers to: the last
// one quoted, or the nearest named before it in the last few sentences.
func (d *doc) lastOrg(t int) int {
	for i := len(d.said) - 1; i >= 0 && i >= len(d.said)-2; i-- {
		if s := d.said[i]; s.at < t && s.r.ent >= 0 && s.r.kind == Org {
			return s.r.ent
		}
	}
	e := -1
	d.mentionedBefore(t, 6, func(ci int) bool {
		c := &d.chunks[ci]
		if c.kind == Org && c.ent >= 0 && d.toks[c.t0].q == 0 && t-c.t0 < 80 {
			e = c.ent
			return true
		}
		return false
	})
	return e
}

// reportsNext reports whether a speech cue follows the pronoun at t,
// over an adverb or an auxiliary ("they said", "they have long argued").
func (d *doc) reportsNext(t int) bool {
	for k := t + 1; k < len(d.toks) && k < t+4 && d.isWord(k); k++ {
		if d.cueKind(k) != 0 {
			return true
		}
		if w := d.lower(k); !strings.HasSuffix(w, "ly") && w != "have" && w != "had" && w != "also" && w != "would" && w != "will" {
			return false
		}
	}
	return false
}

// orgBefore returns the last organisation named outside quotation marks
// among the thirty names before token t, or -1.
func (d *doc) orgBefore(t int) int {
	e := -1
	d.mentionedBefore(t, 30, func(ci int) bool {
		c := &d.chunks[ci]
		if c.kind == Org && c.ent >= 0 && d.toks[c.t0].q == 0 {
			e = c.ent
			return true
		}
		return false
	})
	return e
}

// author returns the article's first author from its byline, for "I"
// outside quotation marks; none when there is no byline.
func (d *doc) author() ref {
	for bi, b := range d.blocks {
		if b.Kind != BlockByline {
			continue
		}
		r := d.blkTok[bi]
		for t := r[0]; t < r[1]; t++ {
			if ci := d.chunkOf(t); ci >= 0 && d.chunks[ci].t0 == t && d.chunks[ci].kind != Place && d.chunks[ci].kind != Org {
				c := d.chunks[ci]
				return d.resolve(np{t0: c.t0, t1: c.t1, kind: npName, chunk: ci})
			}
		}
	}
	return ref{ent: -1}
}

// answerLabel finds the label of the interview answer that token t is
// in, in its paragraph or one of the few before: "((Aparna Garg)) I
// think", "Natasha Gownaris: I've wanted". ok is false when the
// paragraphs hold no label; a label naming no one gives an empty ref.
func (d *doc) answerLabel(t int) (ref, bool) {
	for bi, n := int(d.toks[t].blk), 0; bi >= 0 && n < 8; bi, n = bi-1, n+1 {
		if bi >= len(d.blkTok) {
			continue
		}
		b := d.blkTok[bi]
		k := b[0]
		for k < b[1] && k < b[0]+2 && d.is(k, "(") {
			k++
		}
		ci := -1
		if k < b[1] {
			ci = d.chunkOf(k)
		}
		if ci < 0 || d.chunks[ci].t0 != k {
			continue
		}
		e := d.chunks[ci].t1
		if !(k > b[0] && d.is(e, ")") || k == b[0] && d.is(e, ":")) {
			continue
		}
		if d.chunks[ci].kind != Person {
			return ref{ent: -1, text: "i", kind: Person, anon: true}, true // "((WN))": the interviewer asks
		}
		return d.resolve(np{t0: k, t1: e, kind: npName, chunk: ci}), true
	}
	return ref{}, false
}

// lastGroup returns the organisation or group that spoke last before
// token t, for "they".
func (d *doc) lastGroup(t int) (ref, bool) {
	for i := len(d.said) - 1; i >= 0 && i >= len(d.said)-4; i-- {
		s := d.said[i]
		if s.at >= t {
			continue
		}
		if !s.r.anon && (s.r.kind == Org || (s.r.ent < 0 && strings.HasSuffix(s.r.text, "s"))) {
			return s.r, true
		}
	}
	return ref{}, false
}

// resolveDesc resolves "the Ukrainian president" to the person with that
// role, "the newspaper" to the news organisation named last.
func (d *doc) resolveDesc(p np) ref {
	if p = d.trimDesc(p); !p.ok() {
		return ref{ent: -1}
	}
	if ordinals[d.lower(p.t1-1)] && p.t1-p.t0 == 2 && d.lower(p.t0) == "the" {
		return ref{ent: -1} // "the third named storm": a rank names no speaker
	}
	if p.t1-p.t0 > 1 && madeBy[d.lower(p.t1-1)] {
		// "a statement released": the statement, or the statement
		// released by whoever the next words name
		if d.is(p.t1, "by") && d.toks[p.t1].blk == d.toks[p.t0].blk {
			if k := d.phraseEnd(p.t1); k > p.t1+1 {
				return ref{ent: -1, text: d.spanText(p.t0, k-1), kind: Org}
			}
		}
		p.t1--
	}
	head := d.lower(p.t1 - 1)
	text := d.spanText(p.t0, p.t1-1)
	def := d.is(p.t0, "the") || d.is(p.t0, "The")
	if first := d.lower(p.t0); (first == "his" || first == "her") && p.t1-p.t0 <= 3 && (speechNouns[head] || abstractHead(head)) {
		// "His message to the chancellor was: ...", "His standing rose
		// after he called for "a total ban"": the one whose words or
		// qualities these are
		pron := "he"
		if first == "her" {
			pron = "she"
		}
		if e := d.antecedent(p.t0, pron); e >= 0 {
			return ref{ent: e, kind: d.ents[e].kind}
		}
	}
	if def && p.t1-p.t0 <= 4 {
		switch {
		case personNouns[head]:
			best := -1
			d.mentionedBefore(p.t0, 60, func(ci int) bool {
				c := &d.chunks[ci]
				if c.kind != Person || c.ent < 0 {
					return false
				}
				if strings.Contains(strings.ToLower(d.ents[c.ent].role), head) {
					best = c.ent
					return true
				}
				// "economic development minister Stefano Patuanelli ...
				// the minister said"
				if d.headBefore(c, head) {
					best = c.ent
					return true
				}
				return false
			})
			if best < 0 {
				// the last person quoted
				for i := len(d.said) - 1; i >= 0 && i >= len(d.said)-3; i-- {
					if r := d.said[i].r; r.ent >= 0 && d.ents[r.ent].kind == Person && d.said[i].at < p.t0 {
						best = r.ent
						break
					}
				}
			}
			if best >= 0 {
				return ref{ent: best, kind: Person}
			}
		case companyNouns[head] && p.t1-p.t0 == 2:
			// "the company", "the firm": the organisation named last, not a
			// news outlet (one real-world speaker, one row)
			best := -1
			d.mentionedBefore(p.t0, 40, func(ci int) bool {
				c := &d.chunks[ci]
				if c.kind == Org && c.ent >= 0 && d.ents[c.ent].kind == Org && !isMedia(d.lx, d.ents[c.ent].name) &&
					!(c.t1-c.t0 == 1 && months[d.text(c.t0)]) { // not "rose 5% in May, the firm said"
					best = c.ent
					return true
				}
				return false
			})
			if best >= 0 {
				return ref{ent: best, kind: Org, via: RuleGenericOrg}
			}
		case strings.HasSuffix(head, "-year-old") && p.t1-p.t0 == 2:
			// "the 45-year-old": the person named last with that age
			// ("Peter Gray, 45,", "Peter Gray, aged 45")
			best, age := -1, strings.TrimSuffix(head, "-year-old")
			d.mentionedBefore(p.t0, 60, func(ci int) bool {
				c := &d.chunks[ci]
				if c.kind != Person || c.ent < 0 || d.ents[c.ent].kind != Person {
					return false
				}
				for k := c.t1; k < len(d.toks) && k < c.t1+3; k++ {
					if d.text(k) == age {
						best = c.ent
						return true
					}
				}
				return false
			})
			if best >= 0 {
				return ref{ent: best, kind: Person, via: RuleAgeDescriptor}
			}
		case p.t1-p.t0 <= 3 && d.isWord(p.t1-1) && !d.toks[p.t1-1].upper && !mediaNouns[head] && !strings.HasSuffix(head, "s"):
			// "the singer", "the former champion": the person named last
			// with that description (descriptor-back)
			if e := d.describedBefore(p.t0, head); e >= 0 {
				return ref{ent: e, kind: Person, via: RuleDescriptorBack}
			}
		case mediaNouns[head]:
			best := -1
			d.mentionedBefore(p.t0, 80, func(ci int) bool {
				c := &d.chunks[ci]
				if c.kind == Org && c.ent >= 0 && isMedia(d.lx, d.ents[c.ent].name) {
					best = c.ent
					return true
				}
				return false
			})
			if best >= 0 {
				return ref{ent: best, kind: Org}
			}
		}
	}
	kind := Org
	if personNouns[head] || personNouns[strings.TrimSuffix(head, "s")] {
		kind = Person
		if strings.HasSuffix(head, "s") {
			kind = Org
		}
	}
	return ref{ent: -1, text: text, kind: kind}
}

// abstractNouns head descriptions of things that say nothing ("his
// willingness", "the choice").
var abstractNouns = map[string]bool{"choice": true, "promise": true, "strengths": true, "strength": true,
	"standing": true, "willingness": true, "heritage": true, "record": true, "plan": true, "idea": true,
	"problem": true, "question": true, "approach": true, "style": true, "rise": true, "success": true,
	"decision": true, "position": true, "stance": true, "views": true}

// speakingBodies are nouns in -tion, -ment, -ity or -ence that name
// bodies which speak.
var speakingBodies = map[string]bool{"administration": true, "organization": true, "organisation": true,
	"foundation": true, "commission": true, "coalition": true, "association": true, "institution": true,
	"federation": true, "corporation": true, "publication": true, "delegation": true, "government": true,
	"department": true, "management": true, "university": true, "authority": true, "community": true,
	"majority": true, "minority": true, "nation": true, "station": true, "parliament": true,
	"establishment": true, "opposition": true, "congregation": true, "charity": true, "city": true,
	"conference": true, "audience": true, "agency": true}

// abstractHead reports whether a description's head names a thing that
// does not speak.
func abstractHead(w string) bool {
	if abstractNouns[w] {
		return true
	}
	if speakingBodies[w] || speechNouns[w] || mediaNouns[w] {
		return false
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ism", "ity", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// descModals are verbs that no description of a speaker holds: a subject
// found with one ("this lowly life form can give us") swallowed a clause.
var descModals = map[string]bool{"can": true, "could": true, "will": true, "would": true, "should": true,
	"shall": true, "must": true, "may": true, "might": true, "do": true, "does": true, "did": true}

// descLinks are the words after which a determiner goes on a description
// ("the head of the police", "protesters in the square").
var descLinks = map[string]bool{"of": true, "in": true, "at": true, "on": true, "for": true, "from": true,
	"with": true, "by": true, "to": true, "into": true, "about": true, "among": true, "between": true,
	"across": true, "near": true, "and": true, "or": true, "as": true, "'s": true, "’s": true,
	"all": true, "both": true, "half": true}

// trimDesc mends a description that a subject search ran too far back
// for: it starts again at a determiner that no linking word leads to
// ("a little bit late the police" is "the police"), and it is dropped
// when a modal or auxiliary verb is left in it ("should voters", "this
// life form can give us").
func (d *doc) trimDesc(p np) np {
	for t := p.t1 - 2; t > p.t0; t-- {
		switch d.lower(t) {
		case "the", "this", "these", "those":
			if d.isWord(t-1) && !descLinks[d.lower(t-1)] {
				p.t0 = t
			}
		}
	}
	for t := p.t0; t < p.t1; t++ {
		if descModals[d.lower(t)] {
			return np{}
		}
	}
	return p
}

// describedBefore returns the person named before token t whose name
// stands right next to the noun head: just after it ("the former champion
// Sam Green") or with it as the last word of an appositive that follows
// ("Mary Lu, the singer,"); -1 when none of the last few people is.
func (d *doc) describedBefore(t int, head string) int {
	best := -1
	d.mentionedBefore(t, 40, func(ci int) bool {
		c := &d.chunks[ci]
		if c.kind != Person || c.ent < 0 || d.ents[c.ent].kind != Person {
			return false
		}
		if d.headBefore(c, head) {
			best = c.ent
			return true
		}
		if d.is(c.t1, ",") && c.t1+1 < len(d.toks) && d.lowerIs(c.t1+1, wfDeterminer) {
			for k := c.t1 + 2; k < len(d.toks) && k < c.t1+6 && d.isWord(k); k++ {
				if d.lower(k) == head && (d.is(k+1, ",") || d.is(k+1, ".")) {
					best = c.ent
					return true
				}
			}
		}
		return false
	})
	return best
}

// headBefore reports whether the lower-case word right before chunk c's
// name is head: "the former champion Sam Green", "minister Raj Patel".
func (d *doc) headBefore(c *chunk, head string) bool {
	k := c.t0 - 1
	return k >= 0 && d.isWord(k) && !d.toks[k].upper && d.lower(k) == head
}

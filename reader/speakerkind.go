package reader

import "strings"

// docNouns head descriptions of writings and records that speak for whoever
// made them ("the report", "a new poll", "the complaint").
var docNouns = map[string]bool{"report": true, "reports": true, "poll": true, "polls": true, "survey": true,
	"surveys": true, "study": true, "studies": true, "letter": true, "letters": true, "memo": true, "email": true,
	"emails": true, "e-mail": true, "lawsuit": true, "suit": true, "complaint": true, "filing": true,
	"filings": true, "analysis": true, "analyses": true, "records": true, "data": true, "document": true,
	"documents": true, "release": true, "summary": true, "indictment": true, "ruling": true, "brief": true,
	"affidavit": true, "petition": true, "article": true, "story": true, "book": true, "column": true,
	"editorial": true, "video": true, "clip": true, "transcript": true, "readout": true, "footnote": true,
	"note": true, "review": true, "investigation": true, "inquiry": true, "probe": true, "research": true,
	"findings": true, "piece": true, "opinion": true, "account": true, "interview": true, "figures": true, "statistics": true, "tally": true, "count": true, "estimate": true,
	"estimates": true, "polling": true, "slide": true, "bill": true, "law": true, "platform": true, "motion": true}

// speakerHead reports whether w, the head of a description, names someone
// who speaks: a person or people ("the senator", "officials", "the
// 45-year-old"), an organisation ("the company", "the administration"), a
// news outlet, or a writing that speaks for its makers ("the report").
func (d *doc) speakerHead(w string) bool {
	sing := strings.TrimSuffix(w, "s")
	if personNouns[w] || personNouns[sing] || companyNouns[w] || companyNouns[sing] || mediaNouns[w] || mediaNouns[sing] ||
		speakingBodies[w] || speakingBodies[sing] || speechNouns[w] || docNouns[w] || mediumNouns[w] || pollNouns[w] ||
		countNouns[w] || numberHeads[w] {
		return true
	}
	if len(w) > 1 && groupWords[strings.ToUpper(w[:1])+w[1:]] {
		return true
	}
	if strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-year-olds") {
		return true
	}
	switch sing {
	case "rapper", "singer", "pair", "bandmate", "cardinal", "bishop", "bookmaker", "runner", "player", "coach", "user",
		"fan", "rival", "partner", "colleague", "victim", "witness", "father", "mother", "son", "daughter", "wife",
		"husband", "brother", "sister", "boss", "union", "member":
		return true
	}
	switch w {
	case "people", "police", "campaign", "team", "staff", "party", "government", "court", "committee", "panel",
		"board", "council", "union", "crowd", "audience", "public", "family", "couple", "others", "another",
		"some", "many", "most", "few", "several", "all", "both", "each", "one", "children", "men", "women",
		"press", "media", "staffers", "congress", "senate", "house", "office", "ministry", "army", "military",
		"who", "whom", "friend", "friends", "surrogates", "relatives", "neighbors", "affiliate", "town", "village", "county", "impostor", "justice", "non-profit", "nonprofit":
		return true
	}
	// a word for people by what they do or where they are from:
	// "organizers", "activists", "Republicans", "Americans"
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ans", "ants", "ents", "ees"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// speakerLike reports whether the phrase p, chosen as the speaker of a
// quote, can be someone who speaks: a pronoun, a name the article's
// entities hold or that reads as a person's or organisation's name, or a
// description headed by a word for people, an organisation or a writing.
// Not "Calls" or "Preys" opening a sentence (a verb in capitals), a
// dateline ("PORTLAND"), or "The challenge", "All this", "protests". When
// strict (the speaker is only the subject of the quote's clause, with no
// speech verb), a description must name people, an organisation or a
// writing outright; otherwise it must only not be a thing that says
// nothing.
func (d *doc) speakerLike(p np, strict bool) bool {
	switch p.kind {
	case npNone:
		return false
	case npPron:
		return true
	case npName:
		if p.chunk < 0 || p.chunk >= len(d.chunks) {
			return true
		}
		c := &d.chunks[p.chunk]
		if pronounOf(d.lower(p.t0)) != "" {
			return true // "They" taken for a name
		}
		if c.common && p.t1 == p.t0+1 && d.verbOpener(p.t0) {
			return false // "Preys on our worst fears ... and calls people "losers"": a verb
		}
		if c.ent >= 0 {
			return !strict || d.ents[c.ent].kind != Place
		}
		if strict && c.kind == Place {
			return false
		}
		n := 0
		caps := true
		for t := p.t0; t < p.t1; t++ {
			if d.isWord(t) {
				n++
				if w := d.text(t); strings.ToUpper(w) != w {
					caps = false
				}
			}
		}
		if n == 1 && p.t1 < len(d.toks) && d.lowerIs(p.t1-1, wfCommon) && !d.lowerIs(p.t1-1, wfFirstName) && !d.wordIs(p.t1-1, wfNationality) &&
			!d.wordIs(p.t1-1, wfOrgWord) && !d.speakerHead(d.lower(p.t1-1)) && !caps &&
			(!d.describesAfter(p.t1) || strings.HasSuffix(d.lower(p.t0), "s") && !strings.HasSuffix(d.lower(p.t0), "ss")) &&
			(strict || d.isWord(p.t1) && !d.toks[p.t1].upper && d.lowerIs(p.t1, wfPreposition)) {
			// "Calls men names like "pigs,"": a common word in capitals
			// (a verb in -s before its object), not "Nuclear
			// proliferation experts"
			return false
		}
		if caps && p.t0 == d.blkTok[d.toks[p.t0].blk][0] && d.dateline(p.t1) {
			// "PORTLAND, Ore. —": a dateline
			return false
		}
		if strict && n >= 3 && p.t0 == d.blkTok[d.toks[p.t0].blk][0] && d.is(p.t1, ":") {
			return false // "Veto Power Impedes Peace Efforts: ...": a heading
		}
		if n >= 4 && d.blocks[d.toks[p.t0].blk].Kind == BlockTitle {
			return false // a headline taken for a name
		}
		return true
	case npDesc:
		q := d.trimDesc(p)
		if !q.ok() {
			return false
		}
		if w := d.lower(q.t0); (w == "his" || w == "her" || w == "their" || w == "its") && d.resolveDesc(p).ent >= 0 {
			return true // "His standing rose ...": the one whose it is
		}
		opened := d.toks[q.t0].upper || d.lowerIs(q.t0, wfDeterminer) || d.toks[q.t0].kind == tkNum
		for t := q.t0; t < q.t1; t++ {
			if d.isWord(t) && (t > q.t0 && opened && d.toks[t].upper || d.lowerIs(t, wfSubjPronoun) || d.speakerHead(d.lower(t)) && !quantityWords[d.lower(t)]) {
				// "the Daily News", "all she", "The article closes",
				// "a study last year"
				return true
			}
		}
		if w := d.lower(q.t0); d.isWord(q.t0) && !d.toks[q.t0].upper && (d.lowerIs(q.t0, wfCue) && strings.HasSuffix(w, "ed") ||
			leadAdverbs[w]) {
			// "released a statement", "nevertheless", "now entertains": a
			// verb or an adverb swallowed, no noun phrase
			return false
		}
		if q.t1-q.t0 > 1 && madeBy[d.lower(q.t1-1)] {
			return true // "a statement released by"
		}
		if d.toks[q.t1-1].kind == tkPoss {
			return true
		}
		// the head: the last word before a preposition or a verb ("a
		// source involved in ...", "the head of the police", "The article
		// closes")
		head := d.lower(q.t1 - 1)
		for t := q.t0 + 1; t < q.t1; t++ {
			w := d.lower(t)
			if d.isWord(t) && (d.lowerIs(t, wfPreposition) || d.lowerIs(t, wfCue) || strings.HasSuffix(w, "ed") ||
				strings.HasSuffix(w, "ing") && len(w) > 5 || auxVerbs[w]) {
				if x := d.lower(t - 1); !numberHeads[x] && !quantityWords[x] && !d.lowerIs(t-1, wfDeterminer) {
					head = x
					break
				}
			}
		}
		if d.speakerHead(head) {
			return true
		}
		if nonSpeakers[head] || strict && abstractHead(head) {
			return false
		}
		return !strict
	}
	return true
}

// leadAdverbs open no description of a speaker ("sometimes", "now
// entertains").
var leadAdverbs = map[string]bool{"nevertheless": true, "sometimes": true, "now": true, "also": true,
	"then": true, "still": true, "often": true, "however": true, "instead": true, "meanwhile": true}

// dateline reports whether the tokens from t on, after a name in capitals
// opening a paragraph, are the rest of a dateline: ", Miss. —", "(AP)".
func (d *doc) dateline(t int) bool {
	for k := t; k < len(d.toks) && k < t+6; k++ {
		if d.is(k, "—") || d.is(k, "–") || d.is(k, "-") || d.is(k, "(") {
			return true
		}
		if d.isWord(k) && !d.toks[k].upper {
			return false
		}
	}
	return false
}

// describesAfter reports whether the lowercase words from token t on name
// people or a body: "Nuclear proliferation experts", "Legal observers".
func (d *doc) describesAfter(t int) bool {
	for k := t; k < len(d.toks) && k < t+3 && d.isWord(k) && !d.toks[k].upper; k++ {
		if d.lowerIs(k, wfPreposition|wfClauseStop|wfDeterminer) {
			return false
		}
		if d.speakerHead(d.lower(k)) {
			return true
		}
	}
	return false
}

// quantityWords count or share out the people a description names ("25
// percent of voters", "most of whom").
var quantityWords = map[string]bool{"percent": true, "majority": true, "majorities": true, "many": true,
	"most": true, "some": true, "one": true, "all": true, "both": true, "each": true, "none": true, "half": true,
	"several": true, "few": true, "group": true, "number": true, "chorus": true}

// nonSpeakers head descriptions of things that say nothing and that
// abstractHead does not know by their ending ("the challenge", "all
// this", "protests").
var nonSpeakers = map[string]bool{"this": true, "that": true, "these": true, "those": true, "it": true,
	"challenge": true, "stigma": true, "face": true, "name": true, "protests": true, "protest": true,
	"hall": true, "place": true, "event": true, "meeting": true, "deal": true, "sentiment": true,
	"stereotype": true, "legislation": true, "program": true, "performance": true,
	"salvo": true, "strengths": true, "standing": true, "heritage": true, "record": true,
	"field": true, "killings": true, "fracas": true, "clarity": true, "prospect": true, "element": true,
	"testimonial": true, "text": true, "track": true, "discussion": true,
	"concerns": true, "rhetoric": true, "tone": true, "issue": true, "issues": true,
	"money": true, "fact": true, "facts": true, "reality": true, "truth": true, "thing": true, "things": true,
	"word": true, "phrase": true, "term": true, "slogan": true, "nickname": true,
	"week": true, "year": true, "day": true, "night": true, "time": true}

// verbOpener reports whether the capitalised word i, alone at a
// sentence's start, is a verb in -s with its subject left out, as in a
// list of charges ("Preys on our worst fears", "Keeps saying she ...",
// "Repeats racist words"): its stem is a common word or the article uses
// it only there, the word after it is in lower case and no verb (a
// preposition, a determiner, an -ing form, an adjective or noun), and the
// article never writes it after a capitalised word as a surname. A
// common plural opening a sentence ("Handsets with GPRS will rise") is no
// name either; one for people ("Attorneys for"), "Hundreds of" and a
// subject before its verb ("Politicos call") are left to the other rules.
func (d *doc) verbOpener(i int) bool {
	w := d.text(i)
	if len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "is") || d.wordIs(i, wfFirstName) || isUpperString(w) {
		return false
	}
	stem := strings.ToLower(w[:len(w)-1])
	if !d.lx.common.has(stem) && !(strings.HasSuffix(stem, "e") && d.lx.common.has(stem[:len(stem)-1])) && strings.Count(d.body, w) > 1 {
		return false // a stem no common word, a word the article uses again: a name
	}
	n := i + 1
	if n >= len(d.toks) || !d.isWord(n) || d.toks[n].upper || d.toks[n].blk != d.toks[i].blk {
		return false
	}
	x := d.lower(n)
	if lw := strings.ToLower(w); d.speakerHead(lw) || numberHeads[lw] || x == "of" || d.lx.cues[x+"s"] != 0 {
		return false // "Attorneys for the firm", "Hundreds of people", "Politicos call it": a plural subject
	}
	if d.lowerIs(n, wfCue) && !strings.HasSuffix(x, "ing") || auxVerbs[x] || strings.HasSuffix(x, "ed") || modalVerbs[x] || strings.HasSuffix(x, "s") && !d.lowerIs(n, wfPreposition) {
		return false // "Banks said", "Fields has", "Sessions will": a name before its verb
	}
	return !d.knownSurname(w)
}

// modalVerbs follow a subject as its verb.
var modalVerbs = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "should": true, "shall": true, "did": true, "does": true, "do": true}

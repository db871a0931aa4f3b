package figures

import "strings"

// What a figure says besides its number: how it moved (Change) and what
// it measures (About), read from the words around it.

// Change tells how a figure relates to its number.
type Change string

// The changes of the analysis contract.
const (
	Exact Change = "="    // "175 POWs"
	Near  Change = "~"    // "about 300 songs"
	Up    Change = "up"   // "profits rose 76%", "a 5% increase"
	Down  Change = "down" // "exports dropped 7%", "-1.3%"
	More  Change = ">"    // "more than 60%", "at least ten", "over 1,000"
	Less  Change = "<"    // "less than $10", "up to 300", "under 5%"
)

// approxChange returns the change an approximator standing at token i
// says ("about" ~, "more than" >, "up to" <), or "".
func (s *scanner) approxChange(i int) Change {
	switch {
	case s.is(i, "about"), s.is(i, "around"), s.is(i, "approximately"), s.is(i, "nearly"), s.is(i, "almost"),
		s.is(i, "roughly"), s.is(i, "some"), s.is(i, "estimated"), s.is(i, "circa"), s.is(i, "close"),
		s.is(i, "an") && s.is(i+1, "estimated"):
		return Near
	case s.is(i, "more"), s.is(i, "over"), s.is(i, "above"), s.is(i, "upwards"), s.is(i, "at") && s.is(i+1, "least"):
		return More
	case s.is(i, "less"), s.is(i, "fewer"), s.is(i, "under"), s.is(i, "below"), s.is(i, "up") && s.is(i+1, "to"),
		s.is(i, "at") && s.is(i+1, "most"):
		return Less
	case s.is(i, "just"), s.is(i, "well"):
		if c := s.approxChange(i + 1); c != "" && c != Near {
			return c // "just over", "well below"
		}
	}
	return ""
}

// change reads how the figure starting at token a moved or compares: an
// approximator ("more than", "about") says how it compares; otherwise a
// verb of change before it ("rose 76%", "climbed to 6.7%") says up or
// down, or else the figure's sign.
func (s *scanner) change(a int, sign Change) Change {
	if c := s.approxChange(a); c != "" {
		return c
	}
	if d := s.direction(a - 1); d != "" {
		return d
	}
	if s.is(a-1, "averaged") || s.is(a-1, "averages") || s.is(a-1, "averaging") || s.is(a-1, "of") && s.is(a-2, "average") {
		return Near // "has averaged 7.3 points", "an average of 40"
	}
	return sign
}

// direction returns Up or Down when a verb of change ends at token p, over
// "by" ("rose by 5%") or "to" ("climbed to 6.7%"); "" otherwise.
func (s *scanner) direction(p int) Change {
	if s.is(p, "by") {
		p--
	}
	if d := s.verbDir(p); d != "" {
		return d
	}
	if !s.is(p, "to") {
		return ""
	}
	// "climbed to 6.7%" but not "rose 6.5% to 164p": after a change, the
	// figure is the level reached.
	return s.verbDir(p - 1)
}

// verbDir returns Up or Down for a verb of change at token p.
func (s *scanner) verbDir(p int) Change {
	if !s.lower(p) || s.is(p, "up") && s.is(p+1, "to") {
		return ""
	}
	if (s.is(p, "up") || s.is(p, "down")) && s.lower(p-1) && !s.be(p-1) && !s.motion(p-1) {
		return "" // "gave up 517 yards": a phrasal verb, not "was up 5%" or "edged down 0.03%"
	}
	switch f := s.flags(p); {
	case f&lxUp != 0:
		return Up
	case f&lxDown != 0:
		return Down
	}
	return ""
}

// content reports whether token i can be part of the noun phrase a
// figure is about: a word that is not a function word, a verb of change
// or part of a verb group.
func (s *scanner) content(i int) bool {
	if !s.word(i) {
		return false
	}
	f := s.flags(i)
	if s.toks[i].wcase == fcUpper && s.toks[i].end-s.toks[i].start >= 2 {
		return true // "US", "IT": a name, though its letters spell a function word
	}
	if f&(lxStop|lxFunction|lxDet|lxAux|lxApprox|lxApproxHead|lxMonth|lxWeekday) != 0 {
		return false
	}
	if s.lower(i) && f&(lxUp|lxDown) != 0 {
		return false
	}
	return true
}

// nameNum reports whether token i is a number that is part of a name:
// "S&P 500", "Stoxx 50", "TA-125".
func (s *scanner) nameNum(i int) bool {
	return s.num(i) && (s.word(i-1) && s.toks[i-1].wcase != fcLower && !s.att(i) ||
		s.sym(i-1, '-') && s.att(i) && s.att(i-1) && s.word(i-2) && s.toks[i-2].wcase != fcLower)
}

// phraseBack returns the first token of the noun phrase of at most four
// words that ends at token e (inclusive) and starts no earlier than floor,
// or -1.
func (s *scanner) phraseBack(e, floor int) int {
	if !s.content(e) && !s.nameNum(e) {
		return -1
	}
	st, words := e, 1
	for st-1 >= floor && words < 4 {
		switch p := st - 1; {
		case s.content(p) && (!s.verbish(p) || s.att(p) || s.flags(p-1)&(lxDet|lxFunction) != 0 && !s.verbGroup(p-1)):
			words++ // "dried flower products", "EPA-rated", not "has implemented price cuts"
		case s.nameNum(p):
		case (s.sym(p, '-') || s.sym(p, '&')) && s.att(st) && s.att(p) && (s.content(p-1) || s.nameNum(p-1)):
		default:
			return s.quantifier(st, floor)
		}
		st--
	}
	return s.quantifier(st, floor)
}

// quantifier returns st-1 when a quantifier that the phrase at st needs
// stands before it ("Each side", "both teams"), else st.
func (s *scanner) quantifier(st, floor int) int {
	if st-1 >= floor && (s.is(st-1, "each") || s.is(st-1, "every") || s.is(st-1, "both")) {
		return st - 1
	}
	return st
}

// phraseFwd returns the end (exclusive) of the noun phrase of at most four
// content words starting at token i, or -1.
func (s *scanner) phraseFwd(i int) int {
	if !s.content(i) || s.lower(i) && (hasSuffix(s.text(i), "ly") || s.verbish(i)) {
		return -1
	}
	e := i + 1
	for e < len(s.toks) && e < i+4 && (s.content(e) && s.toks[e].space && !s.verbish(e) || s.sym(e, '-') && s.att(e) && (s.content(e+1) || (s.num(e+1) || s.word(e+1)) && s.att(e+1))) {
		if s.sym(e, '-') {
			e++ // "e-cigarette", "V-6", "USB-C"
		}
		e++
	}
	return e
}

// about returns the tokens [from, to) of the noun phrase the figure over
// tokens [a, b) measures, looked for in this order: "60% of its revenue",
// "a 0.6 per cent fee" (a noun right after a percentage or amount), then
// the subject before the verb that leads to the figure ("Vecturas shares
// rose 6.5%", "a net worth of $1.3bn", "Chris Wood has scored 22 goals").
// floor is the first token of the figure's sentence. ok is false when no
// phrase is found.
func (s *scanner) about(a, b, floor int, kind Kind, unit string, val float64) (from, to int, ok bool) {
	counted := kind == Count && unit != ""
	// "$12,000 for a new roof", "$35,000 for an 8.5 kW system": what the
	// money pays for.
	if kind == Money && s.is(b, "for") {
		k := b + 1
		for k < b+3 && (s.flags(k)&lxDet != 0 || s.is(k, "a") || s.is(k, "an")) {
			k++
		}
		for n := 0; n < 3 && k < len(s.toks) && (s.num(k) || s.word(k) && s.flags(k)&lxMeasure != 0 && s.toks[k].wcase != fcLower); n++ {
			k++ // the figure of the thing bought: "an 8.5 kW system"
		}
		e := s.phraseFwd(k)
		if e < 0 && s.verbish(k) && s.phraseFwd(k+1) > 0 {
			e = s.phraseFwd(k + 1) // "a used car"
		}
		if e > 0 && s.flags(k)&(lxTime|lxMonth|lxWeekday) == 0 && !s.is(k, "time") {
			return k, e, true
		}
	}
	// "50 years' worth of programmes", "$5 worth of fuel": what the
	// figure is the worth of.
	for k := b; k < b+3 && k < len(s.toks); k++ {
		if s.sym(k, '\'') || s.sym(k, '’') {
			continue // "40 years' worth"
		}
		if s.is(k, "worth") && s.is(k+1, "of") {
			if k, e, ok := s.phraseAfter(k + 2); ok {
				return k, e, true
			}
			break
		}
		if !s.word(k) || s.flags(k)&(lxStop|lxFunction) != 0 {
			break
		}
	}
	// "60% of its revenue", "a third of those screened", "five new
	// seasons of Sesame Street"
	if (!counted || s.is(b+1, "the") || s.word(b+1) && s.toks[b+1].wcase != fcLower) && s.is(b, "of") && !s.relative(b+1) && !s.is(b+1, "whom") {
		k := b + 1
		for k < b+3 && s.flags(k)&lxDet != 0 || s.is(k, "a") || s.is(k, "an") {
			k++
		}
		if e := s.phraseFwd(k); e > 0 {
			return k, e, true
		}
		if s.is(k-1, "those") || s.is(k-1, "these") {
			if k, e, ok := s.phraseAfter(k - 1); ok {
				return k, e, true // "a third of those screened"
			}
		}
	}
	// "one in three Germans": what the ratio is of.
	if kind == Ratio && s.content(b) && s.toks[b].space {
		if e := s.phraseFwd(b); e > 0 {
			return b, e, true
		}
	}
	// "a 0.6 per cent fee", "an 8.5 kW system", "a 30-day ceasefire", "an
	// hour-long phone call"
	compound := b-1 > a && s.att(b-1) && s.sym(b-2, '-')
	if (kind == Percent || kind == Money || kind == Measure || compound) && s.lower(b) && s.toks[b].space && (compound || !s.postMeasure(b)) {
		if e := s.phraseFwd(b); e > 0 && s.flags(b)&(lxRiseNoun|lxFallNoun) == 0 {
			return b, e, true
		}
		if s.flags(b)&(lxRiseNoun|lxFallNoun) != 0 {
			if kind == Money {
				return b, b + 1, true // "a $111m loss": the loss
			}
			// "a 25% drop in the region's profits": what moved.
			if k := b + 1; s.is(k, "in") || s.is(k, "of") || s.is(k, "for") || s.is(k, "on") {
				if k, e, ok := s.phraseAfter(k + 1); ok {
					return k, e, true
				}
			}
			if s.is(b, "premium") || s.is(b, "discount") {
				return b, b + 1, true // "at a 25% premium"
			}
		}
	}
	// "the 2000 km long pipeline", "a 30 m tall tower": what the
	// dimension measures.
	if kind == Measure && (s.is(b, "long") || s.is(b, "wide") || s.is(b, "high") || s.is(b, "tall") ||
		s.is(b, "deep") || s.is(b, "thick")) && s.lower(b+1) && s.toks[b].space {
		if e := s.phraseFwd(b + 1); e > 0 {
			return b + 1, e, true
		}
	}
	// "four times the number", "three times as many visitors": what is
	// multiplied.
	if counted && strings.EqualFold(unit, "times") && (s.is(b, "the") || s.is(b, "as") || s.is(b, "that")) {
		k := b
		if s.is(k, "as") && (s.is(k+1, "many") || s.is(k+1, "much")) {
			k += 2
		}
		if k, e, ok := s.phraseAfter(k); ok {
			return k, e, true
		}
	}
	// "a 12 page document", "50 foot building lots", "the key 30 year
	// rate", "a 1.0l 3 cylinder engine", "a 270-hp V-6": a figure whose
	// unit is singular stands before the noun it measures.
	if k, e, ok := s.nounAfter(a, b, kind, unit, val); ok {
		return k, e, true
	}
	// "$220 and $300", "4 ppb and 2 ppb": a figure joined to the one
	// before it measures the same thing.
	if s.prev.ok && s.prev.from >= floor && (s.prev.end == a-1 || s.prev.end == a-2 && s.sym(a-2, ')')) && (s.is(a-1, "and") || s.is(a-1, "or")) {
		return s.prev.from, s.prev.to, true
	}
	// "an untested side with eight changes", "customers with more than $1m
	// in deposits": what has the figure.
	if s.is(a-1, "with") && a-2 >= floor && s.content(a-2) && !s.verbish(a-2) {
		if st := s.phraseBack(a-2, floor); st >= 0 && !s.pronoun(st-1) && !s.place(st-1) {
			return st, a - 1, true
		}
	}
	// "price cuts on 50 products", "new jobs in 12 countries": a count
	// hangs from the plural noun before its preposition.
	if counted && (s.is(a-1, "on") || s.is(a-1, "in") || s.is(a-1, "across") || s.is(a-1, "among")) && a-2 >= floor &&
		s.lower(a-2) && pluralWord(s.text(a-2)) && s.content(a-2) && !s.verbish(a-2) {
		if st := s.phraseBack(a-2, floor); st >= 0 && !s.pronoun(st-1) {
			return st, a - 1, true
		}
	}
	// "orbiting the Earth more than 3,200 times": how often the subject
	// did it; "shares ended the day lower, dropping 5% to 100p": a
	// participle of change tells of the sentence's subject.
	if counted && strings.EqualFold(unit, "times") || s.changeClause(a, floor) {
		if k, e, ok := s.sentenceSubject(floor, a); ok {
			return k, e, true
		}
	}
	// "players over the age of 21": an age limit tells of the noun before.
	if kind == Age && s.is(a, "age") && s.is(a-1, "the") &&
		(s.is(a-2, "over") || s.is(a-2, "under") || s.is(a-2, "above") || s.is(a-2, "below")) && a-3 >= floor && s.content(a-3) {
		if st := s.phraseBack(a-3, floor); st >= 0 {
			return st, a - 2, true
		}
	}
	// "fusion will feed the grid in 15 years", "the value is expected to
	// grow in seven years": a span in which something will happen tells
	// of the subject of its modal verb or infinitive.
	if kind == Duration {
		if k, e, ok := s.spanSubject(a, floor); ok {
			return k, e, true
		}
	}
	// Back over the verb group to the subject.
	p := a - 1
	if (s.sym(p, ',') && s.sym(b, ',') || s.sym(p, '(') && s.sym(b, ')')) && s.word(p-1) {
		p-- // "Maddon, 66, said"
	}
	verb := false // the walk crossed a verb: what it stops on is a subject
walk:
	for n := 0; p >= floor && n < 5; n++ {
		switch {
		case s.word(p) && (s.flags(p)&(lxAux|lxApprox|lxApproxHead) != 0 || s.lower(p) && s.flags(p)&(lxUp|lxDown) != 0):
			verb = verb || s.flags(p)&lxAux != 0
		case s.lower(p) && (hasSuffix(s.text(p), "ed") || hasSuffix(s.text(p), "ly") || hasSuffix(s.text(p), "ing") ||
			s.flags(p)&(lxRiseNoun|lxFallNoun) != 0):
			verb = verb || hasSuffix(s.text(p), "ed")
		default:
			break walk
		}
		p--
	}
	if p >= floor && p < a-1 && s.lower(p+1) {
		if st := s.figureEndingAt(p, floor); st >= 0 {
			return st, p + 1, true // "a 70 year-old would take 3.65%"
		}
		// "the market worth over $2bn is growing 5% a year": the subject
		// holds a figure, and what that figure is about leads.
		if s.prev.ok && s.prev.end == p+1 && s.prev.from >= floor {
			return s.prev.from, s.prev.to, true
		}
	}
	// "a squad that contained just 17 players", "a defence that gave up
	// 517 yards", "Acme, which employs 200 people": a relative clause
	// tells of the phrase before it.
	if r := p; p >= floor {
		if s.lower(p) && s.content(p) && s.relative(p-1) {
			r = p - 1
		}
		if s.relative(r) && s.verbBetween(r+1, a) {
			q := r - 1
			if s.sym(q, ',') {
				q--
			}
			if q >= floor && !s.verbish(q) && !s.verbGroup(q-1) {
				if st := s.phraseBack(q, floor); st >= 0 {
					return st, q + 1, true
				}
			}
		}
	}
	if p >= floor && s.predicate(p) && s.onlyAux(p+1, a) {
		// "greenland loses 286 gigatonnes", "trailers that can weigh
		// around 10 tons", "the angle was as wide at 37 degrees": the verb
		// or adjective leads to its subject.
		q := p - 1
		for n := 0; q >= floor && n < 4 && s.word(q) && s.lower(q) && s.figureEndingAt(q, floor) < 0 &&
			(s.flags(q)&(lxAux|lxStop|lxApprox) != 0 || hasSuffix(s.text(q), "ly") || s.is(q, "just") || s.is(q, "not")); n++ {
			q--
		}
		if q > floor && s.sym(q, ',') {
			q-- // "9 Elm St, worth $5m": the phrase before the comma
		}
		if q >= floor && !s.verbish(q) {
			if st := s.phraseBack(q, floor); st >= 0 {
				return st, q + 1, true
			}
			// "a 60 year-old might withdraw 2.72%": a figure is the subject.
			if st := s.figureEndingAt(q, floor); st >= 0 {
				return st, q + 1, true
			}
		}
		p = -1 // the subject of the clause, below
	}
	if p >= floor {
		// Not an adjective of the figure's own noun phrase: "a full 30-day
		// ceasefire", "an extra 22 soldiers".
		if st := s.phraseBack(p, floor); st >= 0 && !(p == a-1 && s.lower(p) && (s.flags(st-1)&lxDet != 0 || s.is(st-1, "a") || s.is(st-1, "an"))) {
			// "Quarterly profits at US media giant TimeWarner jumped 76%":
			// the phrase the preposition hangs from leads.
			q := st - 1
			if s.flags(q)&lxDet != 0 || s.is(q, "a") || s.is(q, "an") {
				q--
			}
			// "The deficit with China was $124bn", "the call with
			// Zelensky lasted about an hour": a name after "with" in the
			// subject is the other party, not what is measured ("shares
			// with the Nikkei down 1%" is the Nikkei's: no verb).
			with := s.is(q, "with") && verb && !s.lower(p)
			if (s.is(q, "at") || s.is(q, "of") || s.is(q, "in") || s.is(q, "for") || with) && q-1 >= floor {
				if st2 := s.phraseBack(q-1, floor); st2 >= 0 && p+1-st2 <= 8 && !s.verbish(q-1) {
					return st2, p + 1, true
				}
			}
			return st, p + 1, true
		}
	}
	// The subject of the figure's clause, then of the sentence: the first
	// noun phrase after the clause's start ("while greenland loses 286
	// gigatonnes", "In Royal Oak, sampling came back at 4 ppb").
	c := a - 1
	for c > floor && !s.clauseStart(c) {
		c--
	}
	if c > floor {
		if k, e, ok := s.firstPhrase(c+1, a); ok {
			return k, e, true
		}
		// "$12.4 million of claims, ranging from $200 to $4 million": a
		// clause opened by a participle tells of the phrase before it.
		if s.sym(c, ',') && s.verbish(c+1) && !s.verbish(c-1) {
			if c2 := s.appositive(c, floor); c2 >= 0 {
				c = c2 // "Frankel, an investor in real estate, acquired 13%": the verb's subject
			}
			if st := s.phraseBack(c-1, floor); st >= 0 {
				return st, c, true
			}
		}
	}
	if k, e, ok := s.sentenceSubject(floor, a); ok {
		return k, e, true
	}
	// "14 players left the club", "Seven bedrooms finish off the floor
	// plan": a figure that is its clause's subject is about the object.
	if a == floor || s.clauseStart(a-1) {
		return s.objectAfter(b)
	}
	return 0, 0, false
}

// figureEndingAt returns the first token of the figure found before that
// ends at token q, in the same sentence (tokens from floor), or -1.
func (s *scanner) figureEndingAt(q, floor int) int {
	n := len(s.out)
	if n == 0 || s.out[n-1].End != s.toks[q].end || !(s.out[n-1].Kind == Age || s.out[n-1].Kind == Count && s.out[n-1].Unit != "") {
		return -1 // only a figure that names who or what: "a 60 year-old", "200 workers"
	}
	for k := q; k >= floor; k-- {
		if s.toks[k].start == s.out[n-1].Start {
			return k
		}
	}
	return -1
}

// objectAfter returns the noun phrase after the verb that follows a
// figure ending before token b: up to three lower-case words of the verb
// group, a determiner, then the phrase.
func (s *scanner) objectAfter(b int) (int, int, bool) {
	k := b
	if (s.is(k, "and") || s.is(k, "or")) && s.num(k+1) && s.word(k+2) {
		k += 3 // "Seven bedrooms and 8.5 bathrooms finish off the plan"
	}
	if s.flags(k)&lxFunction != 0 {
		return 0, 0, false // "$5 for the first time": no verb follows
	}
	for n := 0; n < 3 && s.lower(k) && s.toks[k].space && s.flags(k)&lxDet == 0 && !s.is(k, "a") && !s.is(k, "an"); n++ {
		if s.is(k, "of") || s.is(k, "and") || s.is(k, "or") || s.is(k, "to") || s.sym(k+1, ',') {
			return 0, 0, false
		}
		k++
	}
	if k == b || s.is(b, "and") && k == b+3 {
		return 0, 0, false
	}
	for n := 0; n < 2 && (s.flags(k)&lxDet != 0 || s.is(k, "a") || s.is(k, "an")); n++ {
		k++
	}
	if e := s.phraseFwd(k); e > 0 {
		return k, e, true
	}
	return 0, 0, false
}

// predicate reports whether token p, the word before a figure and its
// verb group, is a verb or an adjective the figure completes ("loses 286
// gigatonnes", "impressive at 37 degrees") rather than a modifier of the
// figure's own noun phrase ("the key 30-year rate", "a full 30-day
// ceasefire"): a lower-case content word with no determiner before it.
func (s *scanner) predicate(p int) bool {
	if !s.lower(p) || !s.content(p) || s.flags(p)&(lxRiseNoun|lxFallNoun) != 0 {
		return false
	}
	q := p - 1
	return !(s.flags(q)&lxDet != 0 || s.is(q, "a") || s.is(q, "an") || s.sym(q, '\'') || s.is(q, "'s"))
}

// onlyAux reports whether tokens [i, a) are all prepositions, modal
// verbs or approximators: no verb of change, participle, "of" or form of
// "to be" or "to have" stands between a word and the figure ("the list
// price is $5", "a net worth of $1bn" keep their noun).
func (s *scanner) onlyAux(i, a int) bool {
	for ; i < a; i++ {
		if s.word(i) && (s.flags(i)&(lxAux|lxApprox|lxApproxHead) == 0 || s.verbish(i) || s.flags(i)&(lxUp|lxDown) != 0 ||
			s.be(i) || s.is(i, "of") || s.is(i, "has") || s.is(i, "have") || s.is(i, "had")) {
			return false
		}
	}
	return true
}

func hasSuffix(w, suf string) bool { return len(w) >= len(suf) && w[len(w)-len(suf):] == suf }

// verbish reports whether token i is a lower-case word ending as a verb
// form often does ("backed", "trading"), which ends a noun phrase.
func (s *scanner) verbish(i int) bool {
	if !s.lower(i) {
		return false
	}
	w := s.text(i)
	return hasSuffix(w, "ed") || hasSuffix(w, "ing")
}

// rate reads a rate after a figure whose tokens end before token j: "$2.11
// per gallon", "40 hours a week", "52,000 barrel-a-day", "10 kV/cm". It
// returns the end of the rate (j when there is none) and the compound
// unit, named in words: "dollar per gallon", "hour per week".
func (s *scanner) rate(j int, kind Kind, unit string) (int, string) {
	k, e := -1, -1
	switch {
	case s.is(j, "per") && s.word(j+1) && s.toks[j+1].space:
		k, e = j+1, j+2
	case (s.is(j, "a") || s.is(j, "an")) && s.lower(j+1) && s.rateNoun(j+1):
		k, e = j+1, j+2
	case s.sym(j, '-') && s.att(j) && s.is(j+1, "a") && s.att(j+1) && s.sym(j+2, '-') && s.att(j+2) && s.lower(j+3) && s.att(j+3) && s.rateNoun(j+3):
		k, e = j+3, j+4
	case s.sym(j, '/') && s.att(j) && s.word(j+1) && s.att(j+1) && s.flags(j+1)&(lxMeasure|lxTime) != 0:
		return j + 2, unit + "/" + s.text(j+1)
	}
	if k < 0 {
		return j, unit
	}
	return e, unitName(kind, unit) + " per " + s.nounName(k)
}

// rateNoun reports whether the word at token k can follow "a" in a rate:
// a unit of time or measure, or a head, person or share.
func (s *scanner) rateNoun(k int) bool {
	if s.flags(k)&(lxTime|lxMeasure) != 0 && s.flags(k)&lxAttachedOnly == 0 {
		return true
	}
	for _, w := range [...]string{"head", "person", "share", "piece", "night", "unit", "kilo", "litre", "liter"} {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

// nounName returns the name of the unit or noun at token k, singular.
func (s *scanner) nounName(k int) string {
	if u := s.toks[k].lex().unit; u != "" && s.flags(k)&(lxTime|lxMeasure) != 0 {
		return unitName(Measure, u)
	}
	w := s.text(k)
	if pluralWord(w) && !hasSuffix(w, "men") {
		w = w[:len(w)-1]
	}
	return w
}

// unitName returns a unit's name in words, for a compound unit.
func unitName(kind Kind, unit string) string {
	switch unit {
	case "USD":
		return "dollar"
	case "GBP":
		return "pound"
	case "EUR":
		return "euro"
	case "JPY":
		return "yen"
	case "AUD":
		return "australian dollar"
	case "CAD":
		return "canadian dollar"
	case "NZD":
		return "new zealand dollar"
	case "HKD":
		return "hong kong dollar"
	case "SGD":
		return "singapore dollar"
	case "INR":
		return "indian rupee"
	case "CNY":
		return "chinese yuan"
	case "ILS":
		return "shekel"
	case "MYR":
		return "malaysian ringgit"
	case "CHF":
		return "swiss franc"
	case "DKK":
		return "danish krone"
	case "%":
		return "percentage"
	case "m":
		return "metre"
	case "km":
		return "kilometre"
	case "cm":
		return "centimetre"
	case "mi":
		return "mile"
	case "ft":
		return "foot"
	case "in":
		return "inch"
	case "yd":
		return "yard"
	case "kg":
		return "kilogram"
	case "g":
		return "gram"
	case "t":
		return "tonne"
	case "l":
		return "litre"
	case "bbl":
		return "barrel"
	case "oz":
		return "ounce"
	case "lb":
		return "pound"
	case "gal":
		return "gallon"
	}
	if kind == Count && pluralWord(unit) {
		return unit[:len(unit)-1]
	}
	return unit
}

// clauseStart reports whether token c ends the clause before the next:
// a comma, semicolon, colon or dash, or a conjunction that opens a clause.
func (s *scanner) clauseStart(c int) bool {
	return s.sym(c, ',') || s.sym(c, ';') || s.sym(c, ':') || s.sym(c, '—') || s.sym(c, '–') ||
		s.is(c, "while") || s.is(c, "whereas") || s.is(c, "and") || s.is(c, "but") || s.is(c, "where") || s.is(c, "after")
}

// firstPhrase returns the first noun phrase in tokens [from, a): up to
// four content words, a capitalised name or a run of lower-case words
// that do not look like verbs. A capitalised word set off by a comma at
// the start ("Meanwhile,") is passed over.
func (s *scanner) firstPhrase(from, a int) (int, int, bool) {
	for k := from; k < a; k++ {
		if s.num(k) {
			return 0, 0, false // the figure's own clause starts later
		}
		if k == from && s.content(k) && hasSuffix(s.text(k), "ing") && s.flags(k+1)&lxFunction != 0 && a > k+3 {
			return k, k + 1, true // a gerund as the subject: "sampling between 2014 and 2017 came back at 4 ppb"
		}
		if !s.content(k) || s.verbish(k) || s.sym(k+1, ',') && k == from && s.adverb(k) {
			continue
		}
		e := k
		for e+1 < a && (s.content(e+1) && !s.verbish(e+1) || s.nameNum(e+1) ||
			(s.sym(e+1, '-') || s.sym(e+1, '&')) && s.att(e+1) && s.att(e+2)) && e-k < 4 {
			e++
		}
		if s.sym(e, '-') || s.sym(e, '&') {
			e--
		}
		return k, e + 1, true
	}
	return 0, 0, false
}

// adverb reports whether the word at token k is a sentence adverb
// ("Meanwhile,", "However,", "Separately,").
func (s *scanner) adverb(k int) bool {
	if hasSuffix(s.text(k), "ly") {
		return true
	}
	for _, w := range [...]string{"meanwhile", "however", "instead", "still", "now", "today", "yesterday", "overall",
		"elsewhere", "nevertheless", "moreover", "furthermore", "thus", "therefore", "indeed", "again"} {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

// be reports whether token i is a form of "to be".
func (s *scanner) be(i int) bool {
	for _, w := range [...]string{"is", "was", "are", "were", "be", "been", "being", "'s"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// motion reports whether token i is a verb of movement that "up" or "down"
// after it makes a change ("edged down", "trending up", "closed up").
func (s *scanner) motion(i int) bool {
	w := s.text(i)
	for _, stem := range [...]string{"edg", "inch", "tick", "trend", "mov", "went", "go", "crept", "creep", "clos", "end",
		"finish", "trad", "nudg", "drift", "head", "open"} {
		if strings.HasPrefix(w, stem) && (len(w) == len(stem) || hasSuffix(w, "ed") || hasSuffix(w, "ing") || hasSuffix(w, "s") || hasSuffix(w, "e")) {
			return true
		}
	}
	return false
}

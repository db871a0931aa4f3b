package figures

import "strings"

// Helpers of the about rules (about.go): the phrases a figure can be
// about, and the words that open or close them.

// nounAfter returns the noun phrase that the figure over tokens [a, b)
// modifies when its unit is a singular word, as a unit before a noun is:
// "a 12 page document", "50 foot building lots", "a 2 hour drive", "a
// 1.0l 3 cylinder engine" (over the next figure), "a 270-hp V-6". A
// count of one is singular anyway ("one woman says"), and a word that
// tells a dimension ("three foot wide") is not a noun.
func (s *scanner) nounAfter(a, b int, kind Kind, unit string, val float64) (int, int, bool) {
	last := b - 1
	if last <= a || b >= len(s.toks) || !s.word(last) || pluralWord(strings.ToLower(s.text(last))) || !s.toks[b].space && !s.sym(b, '-') {
		return 0, 0, false
	}
	switch kind {
	case Count:
		if val == 1 || !s.lower(last) || !strings.EqualFold(unit, s.text(last)) || irregularPlural(unit) {
			return 0, 0, false // "one woman says", "eight million 250ml bottles", "600 people worldwide"
		}
	case Measure, Duration:
	default:
		return 0, 0, false
	}
	k := b
	if s.num(k) && s.word(k+1) && !pluralWord(strings.ToLower(s.text(k+1))) && s.word(k+2) {
		k += 2 // "1.0l 3 cylinder engine"
	}
	if !s.word(k) || !s.toks[k].space || s.postMeasure(k) || !s.lower(k) && !(s.toks[k].wcase != fcLower && s.sym(k+1, '-') && s.att(k+1)) {
		return 0, 0, false
	}
	if e := s.phraseFwd(k); e > 0 && s.flags(k)&(lxRiseNoun|lxFallNoun) == 0 {
		return k, e, true
	}
	if s.verbish(k) && !s.verbish(k+1) && s.lower(k+1) && pluralWord(s.text(k+1)) {
		if e := s.phraseFwd(k + 1); e > 0 {
			return k, e, true // "building lots"
		}
	}
	return 0, 0, false
}

// postMeasure reports whether the word at token k tells what a measure
// before it is a measure of ("three feet wide", "a mile away", "$5
// apiece") or compares it ("$5 versus $7"), and so is no noun.
func (s *scanner) postMeasure(k int) bool {
	if s.is(k+1, "than") {
		return true // "3 degrees warmer than usual"
	}
	for _, w := range [...]string{"wide", "tall", "high", "deep", "thick", "short", "broad", "heavy", "across", "away",
		"apart", "behind", "ahead", "below", "above", "versus", "vs", "apiece", "annually", "late", "early", "off",
		"overall", "higher", "lower", "more", "less", "better", "worse", "worldwide", "each"} {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

// irregularPlural reports whether w is a plural that does not end in s.
func irregularPlural(w string) bool {
	for _, p := range [...]string{"people", "children", "women", "men", "police", "staff", "cattle", "feet", "teeth", "mice", "geese", "personnel", "crew", "livestock"} {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// phraseAfter returns the noun phrase that starts at token k, past at
// most two determiners ("the region's profits", "a new roof").
func (s *scanner) phraseAfter(k int) (int, int, bool) {
	if (s.is(k, "those") || s.is(k, "these")) && s.verbish(k+1) {
		return k, k + 2, true // "those screened"
	}
	for n := 0; n < 2 && (s.flags(k)&lxDet != 0 || s.is(k, "a") || s.is(k, "an")); n++ {
		k++
	}
	if e := s.phraseFwd(k); e > 0 {
		return k, e, true
	}
	return 0, 0, false
}

// relative reports whether token i is a relative pronoun: "that",
// "which", "who".
func (s *scanner) relative(i int) bool {
	return s.is(i, "that") || s.is(i, "which") || s.is(i, "who")
}

// pronoun reports whether token i is a personal pronoun, which a verb
// follows: "he lives in 3 countries" is not about "lives".
func (s *scanner) pronoun(i int) bool {
	for _, w := range [...]string{"he", "she", "it", "they", "we", "i", "you", "who", "that", "which"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// verbGroup reports whether token i is an auxiliary or a pronoun, after
// which a participle is a verb ("has implemented", "they raised"), not an
// adjective ("the underpowered side").
func (s *scanner) verbGroup(i int) bool {
	if s.be(i) || s.pronoun(i) {
		return true
	}
	for _, w := range [...]string{"has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do", "not"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// place reports whether the phrase that starts after token i is the
// object of a preposition of place ("second on the list with £800m"),
// looking past a determiner.
func (s *scanner) place(i int) bool {
	if s.flags(i)&lxDet != 0 || s.is(i, "a") || s.is(i, "an") {
		i--
	}
	return s.is(i, "on") || s.is(i, "in") || s.is(i, "at")
}

// verbBetween reports whether tokens [i, a) hold a lower-case word that
// is no determiner, as a verb is: "that contained just 17 players", not
// "that a 50% stake".
func (s *scanner) verbBetween(i, a int) bool {
	for ; i < a; i++ {
		if s.lower(i) && s.flags(i)&lxDet == 0 && !s.is(i, "a") && !s.is(i, "an") && s.flags(i)&lxApprox == 0 &&
			!s.is(i, "just") && !s.is(i, "only") {
			return true
		}
	}
	return false
}

// spanSubject returns the subject of the verb that a span of time at
// token a ("in 15 years", "within two years") belongs to, when a modal
// verb or an infinitive's "to" opens that verb: "nuclear fusion will feed
// the grid in 15 years", "the value of its business to increase ... in
// seven years".
func (s *scanner) spanSubject(a, floor int) (int, int, bool) {
	k := a - 1
	if s.is(k, "between") {
		k--
	}
	if !(s.is(k, "in") || s.is(k, "within")) {
		return 0, 0, false
	}
	for j := k - 1; j > floor && j > k-14; j-- {
		if s.clauseStart(j) || s.relative(j) {
			return 0, 0, false
		}
		modal := s.is(j, "will") || s.is(j, "would") || s.is(j, "could") || s.is(j, "can") || s.is(j, "may") ||
			s.is(j, "might") || s.is(j, "should") || s.is(j, "must")
		if !modal && !(s.is(j, "to") && s.lower(j+1) && s.flags(j+1)&(lxFunction|lxDet) == 0) {
			continue
		}
		q := j - 1
		if !s.content(q) || s.verbish(q) {
			return 0, 0, false
		}
		if st := s.phraseBack(q, floor); st >= 0 {
			return st, q + 1, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// sentenceSubject returns the subject of the sentence that starts at
// token floor, before token a, past an opening prepositional phrase: "In
// the south, the service will cost ...".
func (s *scanner) sentenceSubject(floor, a int) (int, int, bool) {
	start := floor
	if s.word(floor) && s.flags(floor)&lxFunction != 0 && !s.article(floor) {
		for k := floor + 1; k < a && k < floor+8; k++ {
			if s.sym(k, ',') {
				start = k + 1
				break
			}
		}
	}
	k, e, ok := s.firstPhrase(start, a)
	if !ok {
		k, e, ok = s.firstPhrase(floor, a)
	}
	if ok && e == k+1 && s.is(e, "of") && s.portion(k) {
		// "A third of those screened", "the number of people": the part
		// with the whole it is taken of.
		q := e + 1
		if (s.is(q, "those") || s.is(q, "these")) && s.verbish(q+1) {
			return k, q + 2, true // "third of those screened"
		}
		if _, e2, ok2 := s.phraseAfter(q); ok2 && e2 <= a {
			return k, e2, true
		}
	}
	return k, e, ok
}

// changeClause reports whether the figure at token a stands in a clause
// opened by a comma and a participle of change: ", dropping from 208
// pounds", ", easing against the yen to 108.79".
func (s *scanner) changeClause(a, floor int) bool {
	c := a - 1
	for c > floor && !s.clauseStart(c) {
		c--
	}
	if !(c > floor && s.sym(c, ',') && s.lower(c+1) && hasSuffix(s.text(c+1), "ing") && s.flags(c+1)&(lxUp|lxDown) != 0) {
		return false
	}
	for k := c + 2; k < a; k++ {
		if s.relative(k) || s.verbish(k) {
			return false // ", adding to fears that prices of 7% ...": another clause
		}
	}
	return true
}

// portion reports whether the word at token k names a part or an
// amount of something: "third", "half", "dozens", "majority".
func (s *scanner) portion(k int) bool {
	for _, w := range [...]string{"third", "thirds", "half", "quarter", "quarters", "fifth", "tenth", "majority", "minority",
		"most", "many", "some", "part", "share", "proportion", "dozens", "hundreds", "thousands", "millions", "number", "lot", "lots"} {
		if s.is(k, w) {
			return true
		}
	}
	return false
}

// appositive returns the comma that opens the appositive closed by the
// comma at token c ("Frankel, an investor in real estate, acquired"), or
// -1.
func (s *scanner) appositive(c, floor int) int {
	for k := c - 1; k > floor && k > c-12; k-- {
		if s.sym(k, ',') {
			if s.is(k+1, "a") || s.is(k+1, "an") || s.is(k+1, "the") {
				return k
			}
			return -1
		}
	}
	return -1
}

// article reports whether token i is an article or a possessive, which
// opens the subject itself ("The US dollar was mixed, ...") rather than
// an opening phrase ("In the south, ...", "Last month, ...").
func (s *scanner) article(i int) bool {
	for _, w := range [...]string{"the", "a", "an", "its", "their", "his", "her", "our", "my", "your"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// weakAbout reports whether the phrase over tokens [a, b) says nothing of
// what a figure measures, so the figure is better left without an about:
// a single adverb ("really", "Meanwhile", "Yesterday"), number word
// ("one"), letter, contraction ("it's") or verb after an auxiliary or a
// pronoun ("I felt", "has seen").
func (s *scanner) weakAbout(a, b int) bool {
	if b != a+1 || !s.word(a) {
		return false
	}
	w := strings.ToLower(s.text(a))
	if len(w) == 1 || s.flags(a)&(lxSmall|lxTens|lxWeekday) != 0 || hasSuffix(w, "ly") && s.lower(a) ||
		s.adverb(a) && !hasSuffix(w, "ly") || s.lower(a) && s.verbGroup(a-1) && !s.relative(a-1) {
		return true
	}
	for _, p := range [...]string{"it'", "you'", "they'", "we'", "i'", "he'", "she'", "that'", "there'", "it’", "you’"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	for _, x := range [...]string{"yesterday", "today", "tomorrow", "despite", "far", "due", "thought", "seen", "found",
		"felt", "get", "got", "come", "came"} {
		if w == x {
			return true
		}
	}
	return false
}

package figures

// Ranks: a place in an order, not an amount. "the first country to sign",
// "the third round", "round 3", "finished tenth", "the 21st seed". A rank's
// Value is its place and its Unit the noun it ranks ("country", "round");
// it has no change. Only the constructions that rank one thing among
// others are read: an ordinal before a noun and "to" ("the first woman to
// win"), before a noun of competition ("third round", "tenth place"), after
// a verb of placing ("finished tenth"), and a noun of competition before a
// number ("round 3"). "The first step", "at first" and "first-team" are
// not ranks.

// ordinalWords are the ordinal words a rank is written in.
var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

// rankNouns are nouns of competition an ordinal or a number ranks.
var rankNouns = map[string]bool{
	"round": true, "place": true, "stage": true, "leg": true, "heat": true, "seed": true, "position": true,
	"spot": true, "rank": true, "game": true, "match": true, "race": true, "series": true,
}

// placeVerbs are verbs after which a bare ordinal is a place: "finished
// tenth", "was ranked third".
var placeVerbs = map[string]bool{
	"finished": true, "finish": true, "finishes": true, "finishing": true, "placed": true, "ranked": true,
	"ranks": true, "came": true, "comes": true, "coming": true,
}

// ordinalAt returns the place an ordinal word at token i says, or 0.
func (s *scanner) ordinalAt(i int) int {
	t := s.toks[i]
	if t.kind != ftWord || t.end-t.start < 5 || t.end-t.start > 11 || t.wcase == fcUpper || t.wcase == fcMixed {
		return 0
	}
	if t.wcase == fcTitle && !s.sentenceStart(i) {
		return 0 // "First Minister", "Second Avenue": names
	}
	w := s.text(i)
	if t.wcase == fcTitle {
		w = lowerASCII(w)
	}
	return ordinalWords[w]
}

// lowerASCII lower-cases ASCII letters.
func lowerASCII(w string) string {
	b := []byte(w)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// rankAt matches a rank whose ordinal (a word, or digits with st, nd, rd
// or th) spans tokens [i, j), with place n.
func (s *scanner) rankAt(i, j, start, n int) (match, bool) {
	m := match{a: start, b: j, kind: Ordinal, val: float64(n), has: true, valid: true}
	if s.sym(j, '-') && s.att(j) {
		return match{}, false // "first-team", "third-largest"
	}
	if s.word(i-1) && placeVerbs[s.text(i-1)] || s.is(i-1, "ranked") {
		return m, true // "finished tenth"
	}
	if !s.lower(j) || !s.toks[j].space || !s.content(j) || s.flags(j)&(lxTime|lxFraction) != 0 {
		return match{}, false
	}
	if rankNouns[s.text(j)] {
		m.b, m.unit = j+1, s.text(j) // "third round", "tenth place"
		return m, true
	}
	if s.is(j+1, "to") && s.lower(j+2) && !s.verbish(j) {
		m.b, m.unit = j+1, s.nounName(j) // "the first country to sign"
		return m, true
	}
	return match{}, false
}

// rankBefore matches "round 3": a noun of competition before the number at
// token i (an integer alone, not a count of something).
func (s *scanner) rankBefore(i int) (match, bool) {
	if i == 0 || !s.lower(i-1) || !rankNouns[s.text(i-1)] || !s.intNum(i) || s.toks[i].num < 1 || s.toks[i].num > 200 {
		return match{}, false
	}
	if s.countAfter(i+1) || s.sym(i+1, '-') || s.sym(i+1, '%') || s.word(i+1) && s.att(i+1) {
		return match{}, false
	}
	return match{a: i - 1, b: i + 1, kind: Ordinal, val: s.toks[i].num, has: true, unit: s.text(i - 1), valid: true}, true
}

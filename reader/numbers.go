package reader

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"
)

// This file holds the word lexicon and the tokenizer the key-figure scanner
// (figures.go) works on, and the parser for numbers written in digits or
// words ("1,000", "2.5bn", "twenty-five", "half a million", "dozens").

// figFlag is a set of roles a word can play around a number.
type figFlag uint64

const (
	lxSmall        figFlag = 1 << iota // one .. nineteen
	lxTens                             // twenty .. ninety
	lxHundred                          // hundred
	lxMult                             // thousand, million, bn, k: multiplies what precedes
	lxMultWord                         // a multiplier written as a word ("million"), not a suffix ("m")
	lxVague                            // dozens, hundreds, thousands: an unspecified number
	lxTime                             // a unit of time: day, weeks, hour
	lxMeasure                          // a unit of measure: km, tonnes, mph
	lxAttachedOnly                     // a unit that only counts when written against the number ("30C")
	lxCurrency                         // a currency word after the number: dollars, euros
	lxCurPrefix                        // a currency code before the number: USD, Rs
	lxDollarPrefix                     // a country prefix of "$": US$, A$
	lxMonth                            // a month name
	lxMonthAbbr                        // an abbreviated month name: Sept, Jan
	lxApprox                           // about, around, nearly: may precede a number
	lxApproxHead                       // more, less, at, up, as: first word of a two-word approximator
	lxLabel                            // a noun that names by number: article, page, flight
	lxFunction                         // a function word: a number after it is not a label
	lxDet                              // the, these, both: a number word after it is not a key figure
	lxStop                             // ends the search for a counted noun
	lxNotPlural                        // ends in s but is not a plural noun
	lxPlural                           // an irregular plural noun: people, children
	lxAge                              // aged, age
	lxDatePrep                         // a word after which a bare month is a date: in, since
	lxDateQual                         // early, late, mid: qualifies a month
	lxDatePart                         // end, beginning, start, middle: "end of February"
	lxAmPm                             // am, pm
	lxZone                             // GMT, UTC, BST: after a clock time
	lxNameNoun                         // memorial, attacks: "Sept. 11 memorial" is a name
	lxStreet                           // Street, Road: "10 Downing Street" is an address
	lxCountAdj                         // dead, killed, missing: a count without a noun
	lxOrdinal                          // st, nd, rd, th after digits
	lxWeekday                          // Monday .. Sunday
	lxYearPrep                         // the, circa, fiscal: a year may follow
	lxFraction                         // third, quarters: the denominator of "two-thirds"
)

// figLexEntry is what the lexicon knows about a word.
type figLexEntry struct {
	flags figFlag
	// num is a number word's value, a multiplier's factor, or a currency
	// word's scale (0.01 for "cents").
	num float64
	// unit is the canonical unit of a time or measure word.
	unit string
	// cur is the currency code of a currency word or prefix.
	cur string
	// frac is the denominator a fraction word stands for (3 for "thirds").
	frac  float64
	month int8
}

// figLexicon is filled by init and then frozen into figLexTable and an
// open-addressing hash table over it (figLexSlots), so that a token
// carries a small index, not the entry, and a lookup costs a few
// nanoseconds.
var figLexicon = map[string]figLexEntry{}

var (
	figLexTable = []figLexEntry{{}} // entry 0: a word the lexicon does not know
	figLexWords = []string{""}      // the word of each entry
	figLexSlots [2048]uint16        // hash slot → entry index (0: empty)
	figMaxWord  int                 // the length of the longest word in the lexicon
)

const figLexMask = len(figLexSlots) - 1

// figHash is FNV-1a over the lower-cased bytes of an ASCII word.
func figHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

func figAddLex(flags figFlag, num float64, unit string, words ...string) {
	for _, w := range words {
		e := figLexicon[w]
		e.flags |= flags
		if num != 0 {
			e.num = num
		}
		if unit != "" {
			if flags&(lxCurrency|lxCurPrefix|lxDollarPrefix) != 0 {
				e.cur = unit
			} else {
				e.unit = unit
			}
		}
		figLexicon[w] = e
	}
}

func init() {
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range small {
		figAddLex(lxSmall, float64(i), "", w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		figAddLex(lxTens, float64(20+10*i), "", w)
	}
	figAddLex(lxHundred, 100, "", "hundred")
	figAddLex(lxMult|lxMultWord, 12, "", "dozen")
	figAddLex(lxMult|lxMultWord, 1e3, "", "thousand")
	figAddLex(lxMult|lxMultWord, 1e6, "", "million")
	figAddLex(lxMult|lxMultWord, 1e9, "", "billion")
	figAddLex(lxMult|lxMultWord, 1e12, "", "trillion")
	figAddLex(lxMult|lxMultWord, 1e5, "", "lakh")
	figAddLex(lxMult|lxMultWord, 1e7, "", "crore")
	figAddLex(lxMult, 1e3, "", "k")
	figAddLex(lxMult, 1e6, "", "m", "mn", "mln")
	figAddLex(lxMult, 1e9, "", "bn", "b")
	figAddLex(lxMult, 1e12, "", "tn", "trn")
	figAddLex(lxVague, 12, "", "dozens")
	figAddLex(lxVague, 10, "", "tens")
	figAddLex(lxVague, 20, "", "scores")
	figAddLex(lxVague, 100, "", "hundreds")
	figAddLex(lxVague, 1e3, "", "thousands")
	figAddLex(lxVague, 1e6, "", "millions")
	figAddLex(lxVague, 1e9, "", "billions")

	for _, u := range [][]string{
		{"second", "second", "seconds", "sec", "secs"},
		{"minute", "minute", "minutes", "min", "mins"},
		{"hour", "hour", "hours", "hr", "hrs"},
		{"day", "day", "days"},
		{"week", "week", "weeks"},
		{"fortnight", "fortnight", "fortnights"},
		{"month", "month", "months"},
		{"year", "year", "years", "yr", "yrs"},
		{"decade", "decade", "decades"},
		{"century", "century", "centuries"},
	} {
		figAddLex(lxTime, 0, u[0], u[1:]...)
	}

	for _, u := range [][]string{
		{"km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"},
		{"m", "metre", "metres", "meter", "meters"},
		{"cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters"},
		{"mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters"},
		{"mi", "mile", "miles"},
		{"ft", "ft", "foot", "feet"},
		{"in", "inch", "inches"},
		{"yd", "yard", "yards"},
		{"kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"},
		{"g", "gram", "grams", "gramme", "grammes"},
		{"mg", "mg", "milligram", "milligrams", "milligramme", "milligrammes"},
		{"µg", "µg", "microgram", "micrograms"},
		{"mol", "mole", "moles", "mol"},
		{"t", "tonne", "tonnes", "ton", "tons"},
		{"lb", "lb", "lbs"},
		{"oz", "oz", "ounce", "ounces"},
		{"l", "litre", "litres", "liter", "liters"},
		{"ml", "ml", "millilitre", "millilitres"},
		{"gal", "gallon", "gallons"},
		{"bbl", "barrel", "barrels"},
		{"acre", "acre", "acres"},
		{"ha", "ha", "hectare", "hectares"},
		{"mph", "mph"},
		{"km/h", "kph", "kmh"},
		{"kn", "knot", "knots"},
		{"°", "degree", "degrees"},
		{"magnitude", "magnitude"},
		{"kW", "kw"}, {"MW", "mw", "megawatt", "megawatts"}, {"GW", "gw", "gigawatt", "gigawatts"},
		{"kWh", "kwh"}, {"MWh", "mwh"}, {"GWh", "gwh"}, {"TWh", "twh"},
		{"GB", "gb", "gigabyte", "gigabytes"}, {"TB", "tb", "terabyte", "terabytes"}, {"MB", "mb", "megabyte", "megabytes"},
	} {
		figAddLex(lxMeasure, 0, u[0], u[1:]...)
	}
	figAddLex(lxMeasure|lxAttachedOnly, 0, "°C", "c")
	figAddLex(lxMeasure|lxAttachedOnly, 0, "°F", "f")

	for _, u := range [][]string{
		{"USD", "dollar", "dollars"},
		{"GBP", "pound", "pounds", "sterling"},
		{"EUR", "euro", "euros"},
		{"JPY", "yen"},
		{"CNY", "yuan", "renminbi"},
		{"INR", "rupee", "rupees"},
		{"RUB", "rouble", "roubles", "ruble", "rubles"},
		{"CHF", "franc", "francs"},
		{"ILS", "shekel", "shekels"},
		{"NGN", "naira"},
		{"MXN", "peso", "pesos"},
	} {
		figAddLex(lxCurrency, 1, u[0], u[1:]...)
	}
	figAddLex(lxCurrency, 0.01, "GBP", "pence", "p")
	figAddLex(lxCurrency, 0.01, "USD", "cent", "cents")
	for _, u := range [][]string{
		{"USD", "usd"}, {"GBP", "gbp"}, {"EUR", "eur"}, {"INR", "inr", "rs"}, {"JPY", "jpy"},
		{"CNY", "cny", "rmb"}, {"AUD", "aud"}, {"CAD", "cad"}, {"CHF", "chf"},
	} {
		figAddLex(lxCurPrefix, 0, u[0], u[1:]...)
	}
	for _, u := range [][]string{
		{"USD", "us"}, {"AUD", "a", "au"}, {"CAD", "c", "ca"}, {"NZD", "nz"}, {"HKD", "hk"},
		{"SGD", "s"}, {"BRL", "r"}, {"TWD", "nt"},
	} {
		figAddLex(lxDollarPrefix, 0, u[0], u[1:]...)
	}

	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		e := figLexicon[w]
		e.flags |= lxMonth
		e.month = int8(i + 1)
		figLexicon[w] = e
	}
	for i, w := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if w == "" {
			continue
		}
		e := figLexicon[w]
		e.flags |= lxMonth | lxMonthAbbr
		e.month = int8(i + 1)
		figLexicon[w] = e
	}
	e := figLexicon["sept"]
	e.flags |= lxMonth | lxMonthAbbr
	e.month = 9
	figLexicon["sept"] = e
	figAddLex(lxWeekday, 0, "", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

	figAddLex(lxApprox, 0, "", "about", "around", "approximately", "nearly", "almost", "roughly", "some",
		"over", "under", "above", "below", "just", "only", "estimated", "barely", "circa", "upwards", "well", "exactly", "precisely")
	figAddLex(lxApproxHead, 0, "", "more", "less", "fewer", "at", "up", "as", "close")

	figAddLex(lxLabel, 0, "", "no", "nos", "number", "article", "articles", "page", "pages", "chapter", "section",
		"paragraph", "clause", "rule", "version", "v", "vol", "volume", "flight", "route", "room", "seat",
		"platform", "gate", "level", "grade", "phase", "stage", "tier", "category", "part", "episode",
		"season", "series", "line", "item", "code", "figure", "fig", "table", "annex", "amendment",
		"resolution", "model", "type", "size", "unit", "block", "floor", "ward", "district", "zone",
		"channel", "id", "ref", "bus", "train", "highway", "interstate", "exit", "junction", "gen",
		"generation", "term", "week", "day", "round", "game", "figMatch", "lane", "pier", "terminal", "apt",
		"suite", "box", "option", "step", "question", "count", "bill", "act", "case", "file", "ticket", "top")

	figAddLex(lxFunction, 0, "", "in", "on", "at", "by", "for", "from", "since", "until", "till", "to", "of",
		"about", "around", "over", "under", "nearly", "almost", "some", "just", "only", "more", "less",
		"fewer", "than", "least", "most", "the", "a", "an", "and", "but", "or", "nor", "with", "without",
		"between", "among", "after", "before", "during", "within", "all", "another", "those", "these",
		"its", "their", "his", "her", "our", "my", "your", "there", "here", "then", "when", "while", "as",
		"if", "up", "down", "now", "still", "also", "even", "roughly", "approximately", "estimated",
		"another", "last", "next", "this", "that", "each", "every", "exactly", "some", "aged", "age",
		"nearly", "killed", "injured", "only", "another", "were", "was", "are", "is", "had", "has",
		"have", "be", "been", "totalled", "totaled", "total", "reached", "via", "per", "circa", "like",
		"against", "into", "onto", "through", "across", "beyond", "than", "so", "yet", "although",
		"though", "because", "where", "which", "who", "whom", "whose", "what", "it", "they", "we", "he",
		"she", "i", "you", "them", "us", "him", "me", "a", "another", "well", "upwards", "towards", "barely",
		"fully", "some", "approx", "c", "ca", "nearly", "say", "says", "said", "see", "saw", "cost",
		"costs", "rose", "fell", "grew", "jumped", "dropped", "climbed", "earned", "paid", "pay", "pays",
		"raised", "lost", "won", "gained", "added", "cut", "sold", "bought", "spent", "took")

	figAddLex(lxDet, 0, "", "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "my",
		"your", "each", "every", "whose", "which", "other", "another", "any", "first", "last", "whichever",
		"either", "neither", "such", "no")

	figAddLex(lxStop, 0, "", "are", "were", "was", "is", "be", "been", "being", "have", "has", "had", "will",
		"would", "can", "could", "may", "might", "must", "shall", "should", "do", "did", "does", "of", "in",
		"on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "nor", "as", "than", "that",
		"which", "who", "whom", "whose", "this", "these", "those", "it", "its", "they", "them", "their",
		"he", "she", "his", "her", "we", "our", "you", "your", "i", "a", "an", "the", "per", "into", "over",
		"under", "after", "before", "since", "during", "about", "against", "between", "among", "through",
		"across", "around", "near", "more", "less", "fewer", "most", "least", "ago", "later", "earlier",
		"each", "every", "all", "both", "not", "no", "so", "said", "says", "say", "told", "when", "where",
		"while", "if", "then", "there", "here", "also", "only", "just", "still", "even", "up", "down",
		"out", "off", "away", "back", "yet", "again", "what", "how", "why", "because", "although", "though",
		"until", "unless", "whether", "within", "without", "upon", "onto", "via", "plus", "minus", "times",
		"percent", "cent", "old", "long", "aged", "apiece", "each", "total", "altogether", "respectively",
		"overall", "including", "like", "such", "whereas", "besides", "towards", "toward", "des", "les",
		"los", "las", "das", "dos", "times")

	figAddLex(lxNotPlural, 0, "", "is", "was", "has", "as", "its", "this", "his", "us", "yes", "less",
		"unless", "thus", "always", "perhaps", "whereas", "towards", "afterwards", "besides", "sometimes",
		"nevertheless", "gas", "bus", "lens", "chaos", "news", "across", "plus", "minus", "versus", "does",
		"goes", "says", "bias", "atlas", "alias", "canvas", "christmas", "status", "bonus", "campus",
		"census", "consensus", "virus", "focus", "process", "progress", "access", "success", "stress",
		"business", "address", "congress", "mass", "class", "glass", "loss", "boss", "cross", "press",
		"emphasis", "analysis", "crisis", "basis", "thesis", "diagnosis", "tennis", "physics", "politics",
		"economics", "olympics", "paralympics", "downwards", "upwards", "backwards", "forwards", "whereas",
		"various", "numerous", "previous", "serious", "famous", "dangerous", "nervous", "obvious", "anxious",
		"enormous", "tremendous", "hours", "days", "weeks", "months", "years", "seconds", "minutes",
		"decades", "centuries", "means", "series", "species", "headquarters", "lbs", "kms", "kgs", "mins",
		"hrs", "yrs", "secs", "pence", "cents", "dollars", "pounds", "euros", "rupees", "roubles", "rubles",
		"francs", "shekels", "pesos", "miles", "metres", "meters", "kilometres", "kilometers", "tonnes",
		"tons", "inches", "feet", "acres", "hectares", "litres", "liters", "gallons", "barrels", "degrees",
		"knots", "grams", "ounces", "yards", "kilos", "kilograms", "dozens", "hundreds", "thousands",
		"millions", "billions", "tens", "scores", "aids", "measles", "diabetes", "rabies", "mumps", "herpes",
		"mathematics", "athletics", "gymnastics", "lens", "yes", "whilst", "thanks", "afterwards")

	figAddLex(lxPlural, 0, "", "people", "men", "women", "children", "police", "staff", "cattle", "sheep",
		"fish", "deer", "aircraft", "crew", "personnel", "troops", "feet", "teeth", "mice", "geese",
		"data", "media", "criteria", "livestock", "poultry", "militia", "youth", "clergy", "infantry",
		"civilians", "spacecraft", "offspring", "swine", "salmon", "bison", "folk", "persons")

	figAddLex(lxAge, 0, "", "aged", "age", "ages")
	figAddLex(lxDatePrep, 0, "", "in", "since", "until", "till", "by", "from", "to", "of", "during", "through",
		"throughout", "last", "next", "this", "early", "late", "mid", "before", "after", "between", "and",
		"or", "on", "that", "until", "into", "around", "until", "end", "beginning", "start", "middle")
	figAddLex(lxYearPrep, 0, "", "the", "a", "circa", "c", "fiscal", "year", "spring", "summer", "autumn",
		"fall", "winter", "within", "for", "with", "via", "amid", "against", "its", "their", "his", "her", "our",
		"whose", "this", "that")
	figAddLex(lxDateQual, 0, "", "early", "late", "mid", "last", "next", "this")
	figAddLex(lxDatePart, 0, "", "end", "beginning", "start", "middle", "half")
	figAddLex(lxAmPm, 0, "", "am", "pm")
	figAddLex(lxZone, 0, "", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct",
		"cst", "cdt", "mt", "mst", "mdt", "ist", "jst", "aest", "aedt", "hkt", "msk", "local")
	figAddLex(lxNameNoun, 0, "", "memorial", "attack", "attacks", "anniversary", "commission", "museum",
		"movement", "riot", "riots", "insurrection", "committee", "hijackers", "bombings", "revolution",
		"uprising", "agreement", "accords", "declaration", "manifesto", "group", "plot")
	figAddLex(lxStreet, 0, "", "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd",
		"place", "square", "drive", "way", "terrace", "crescent", "close", "gardens", "court", "parade",
		"broadway", "highway", "park")
	figAddLex(lxCountAdj, 0, "", "dead", "killed", "injured", "wounded", "missing", "dying", "hurt", "remaining", "surviving",
		"arrested", "detained", "died", "more", "others", "other", "homeless", "displaced", "evacuated",
		"infected", "confirmed", "deaths", "fatalities", "casualties")
	figAddLex(lxOrdinal, 0, "", "st", "nd", "rd", "th")
	for d, ws := range map[float64][]string{2: {"half", "halves"}, 3: {"third", "thirds"}, 4: {"quarter", "quarters"},
		5: {"fifth", "fifths"}, 6: {"sixth", "sixths"}, 8: {"eighth", "eighths"}, 10: {"tenth", "tenths"}} {
		for _, w := range ws {
			e := figLexicon[w]
			e.flags |= lxFraction
			e.frac = d
			figLexicon[w] = e
		}
	}

	words := make([]string, 0, len(figLexicon))
	for w := range figLexicon {
		words = append(words, w)
	}
	sort.Strings(words) // a fixed table layout, whatever the map order
	for _, w := range words {
		figMaxWord = max(figMaxWord, len(w))
		slot := figHash(w) & uint32(figLexMask)
		for figLexSlots[slot] != 0 {
			slot = (slot + 1) & uint32(figLexMask)
		}
		figLexSlots[slot] = uint16(len(figLexTable))
		figLexTable = append(figLexTable, figLexicon[w])
		figLexWords = append(figLexWords, w)
	}
	figLexicon = nil
}

// Token kinds.
const (
	ftWord = iota + 1
	ftNum
	ftSym
)

// Word case classes.
const (
	fcLower = iota
	fcTitle // Capitalised: first letter upper, others lower
	fcUpper // ALL CAPS (or all caps with a trailing lowercase "s": "POWs")
	fcMixed // iOS, McDonald
)

// Number token flags.
const (
	fnComma       = 1 << iota // 1,000
	fnDecimal                 // 2.5
	fnLeadingZero             // 020
	fnMultiDot                // 17.2.1
)

// figTok is one token of a block: a word, a number written in digits, or a
// single other rune.
type figTok struct {
	start, end int // byte offsets into the article body
	kind       uint8
	space      bool // whitespace (or the block start) stands before it
	wcase      uint8
	nflags     uint8
	ndigits    uint8   // digits before the decimal point (capped at 255)
	lx         uint16  // the word's index in figLexTable (0: unknown)
	num        float64 // a number token's value
	r          rune    // a symbol token's rune
}

// lex returns what the lexicon knows about a word token.
func (t *figTok) lex() *figLexEntry { return &figLexTable[t.lx] }

// figLookup finds a word in the lexicon, ignoring ASCII case, without
// allocating. It returns 0 for an unknown word.
func figLookup(w string) uint16 {
	if len(w) > figMaxWord {
		return 0
	}
	return figLookupHash(figHash(w), w)
}

// figLookupHash is figLookup for a word whose figHash is known.
func figLookupHash(h uint32, w string) uint16 {
	slot := h & uint32(figLexMask)
	for {
		k := figLexSlots[slot]
		if k == 0 {
			return 0
		}
		if lw := figLexWords[k]; len(lw) == len(w) && figEqualLower(w, lw) {
			return k
		}
		slot = (slot + 1) & uint32(figLexMask)
	}
}

// figEqualLower reports whether w equals the lower-case ASCII word lw,
// ignoring the case of w.
func figEqualLower(w, lw string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lw[i] {
			return false
		}
	}
	return true
}

func figSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x2009, 0x202f, 0x2002, 0x2003, 0x200b:
		return true
	}
	return false
}

func figDigit(c byte) bool { return '0' <= c && c <= '9' }

// figTokenize appends the tokens of body[start:end] to toks and returns it.
// start and end must lie on rune boundaries.
func figTokenize(toks []figTok, body string, start, end int) []figTok {
	space := true
	i := start
	for i < end {
		c := body[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case figDigit(c):
				toks = append(toks, figTok{space: space})
				i = figScanNumber(&toks[len(toks)-1], body, i, end)
				space = false
				continue
			case ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
				toks = append(toks, figTok{space: space})
				i = figScanWord(&toks[len(toks)-1], body, i, end)
				space = false
				continue
			}
			toks = append(toks, figTok{start: i, end: i + 1, kind: ftSym, space: space, r: rune(c)})
			space = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:end])
		if figSpace(r) {
			space = true
			i += n
			continue
		}
		if unicode.IsLetter(r) {
			toks = append(toks, figTok{space: space})
			i = figScanWord(&toks[len(toks)-1], body, i, end)
			space = false
			continue
		}
		toks = append(toks, figTok{start: i, end: i + n, kind: ftSym, space: space, r: r})
		space = false
		i += n
	}
	return toks
}

// figScanNumber reads a number in digits at body[i:end]: digit groups with
// thousands commas and one decimal point, into t, and returns its end.
func figScanNumber(t *figTok, body string, i, end int) int {
	t.start, t.kind = i, ftNum
	if body[i] == '0' && i+1 < end && figDigit(body[i+1]) {
		t.nflags |= fnLeadingZero
	}
	var v float64
	nd := 0
	j := i
	for j < end && figDigit(body[j]) {
		v = v*10 + float64(body[j]-'0')
		nd++
		j++
	}
	// Thousands groups: ",ddd" not followed by another digit.
	for j+3 < end+0 && body[j] == ',' && figDigit(body[j+1]) && figDigit(body[j+2]) && figDigit(body[j+3]) &&
		(j+4 >= end || !figDigit(body[j+4])) && nd <= 3+4*3 {
		v = v*1000 + float64(body[j+1]-'0')*100 + float64(body[j+2]-'0')*10 + float64(body[j+3]-'0')
		t.nflags |= fnComma
		nd += 3
		j += 4
	}
	if j+1 < end && body[j] == '.' && figDigit(body[j+1]) {
		t.nflags |= fnDecimal
		j++
		frac, div := 0.0, 1.0
		for j < end && figDigit(body[j]) {
			if div < 1e15 {
				frac = frac*10 + float64(body[j]-'0')
				div *= 10
			}
			j++
		}
		v = (v*div + frac) / div
		if j+1 < end && body[j] == '.' && figDigit(body[j+1]) {
			t.nflags |= fnMultiDot
			for j < end && (figDigit(body[j]) || (body[j] == '.' && j+1 < end && figDigit(body[j+1]))) {
				j++
			}
		}
	}
	if nd > 255 {
		nd = 255
	}
	t.ndigits = uint8(nd)
	t.num = v
	t.end = j
	return j
}

// figScanWord reads a word: letters, with apostrophes between letters
// ("Ukraine's", "don't"), into t, and returns its end.
func figScanWord(t *figTok, body string, i, end int) int {
	t.start, t.kind = i, ftWord
	j := i
	upper, n := 0, 0
	firstUpper := false
	// The fast path: ASCII letters, hashing as it goes.
	h := uint32(2166136261)
	for j < end {
		c := body[j]
		switch {
		case 'a' <= c && c <= 'z':
		case 'A' <= c && c <= 'Z':
			upper++
			if n == 0 {
				firstUpper = true
			}
		case c >= utf8.RuneSelf || c == '\'':
			goto slow
		default:
			goto done
		}
		h = (h ^ uint32(c|0x20)) * 16777619
		n++
		j++
	}
done:
	t.end = j
	t.wcase = figWordCase(upper, n, firstUpper, body[j-1] == 's')
	if n <= figMaxWord {
		t.lx = figLookupHash(h, body[i:j])
	}
	return j
slow:
	// Letters beyond ASCII, or an apostrophe inside the word.
	lastS := j > i && body[j-1] == 's'
	for j < end {
		r, sz := rune(body[j]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(body[j:end])
		}
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) {
				upper++
				if n == 0 {
					firstUpper = true
				}
			}
			lastS = r == 's'
			n++
			j += sz
			continue
		}
		if (r == '\'' || r == '’') && n > 0 {
			k := j + sz
			if k < end {
				r2, _ := utf8.DecodeRuneInString(body[k:end])
				if unicode.IsLetter(r2) {
					j = k
					continue
				}
			}
		}
		break
	}
	t.end = j
	t.wcase = figWordCase(upper, n, firstUpper, lastS)
	if j-i <= figMaxWord {
		t.lx = figLookup(body[i:j])
	}
	return j
}

// figWordCase classifies a word of n letters, upper of them capitals.
func figWordCase(upper, n int, firstUpper, lastS bool) uint8 {
	lower := n - upper
	switch {
	case upper == 0:
		return fcLower
	case lower == 0 || (lower == 1 && lastS && upper >= 2):
		return fcUpper
	case firstUpper && upper == 1:
		return fcTitle
	}
	return fcMixed
}

// figScale multiplies a parsed value by a multiplier ("2.5" by "bn"),
// rounding away the binary noise of large products (8.2 × 1e9 is
// 8,200,000,000, not 8,199,999,999.999999).
func figScale(v, mult float64) float64 {
	r := v * mult
	if mult >= 1000 && math.Abs(r) < 1e18 {
		return math.Round(r)
	}
	return r
}

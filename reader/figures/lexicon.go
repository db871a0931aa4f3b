package figures

// The word lexicon: what each word can be around a number (a number
// word, a multiplier, a unit, a currency, a month, an approximator...).

import (
	"slices"
	"sort"
	"sync"
)

// lexFlag is a set of roles a word can play around a number.
type lexFlag uint64

const (
	lxSmall        lexFlag = 1 << iota // one .. nineteen
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
	lxUp                               // rose, gained, up: a figure after it is a rise
	lxDown                             // fell, lost, down: a figure after it is a fall
	lxRiseNoun                         // increase, jump: "a 5% increase" is a rise
	lxFallNoun                         // drop, cut: "a 5% drop" is a fall
	lxAux                              // has, was, will: part of a verb group
	lxSymbol                           // kW, HP, Hz: a unit symbol, in any case
)

// lexEntry is what the lexicon knows about a word.
type lexEntry struct {
	flags lexFlag
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

// lexicon is filled by buildLexicon and then frozen into lexTable and an
// open-addressing hash table over it (lexSlots), so that a token
// carries a small index, not the entry, and a lookup costs a few
// nanoseconds.
var lexicon = map[string]lexEntry{}

var (
	lexTable = []lexEntry{{}} // entry 0: a word the lexicon does not know
	lexWords = []string{""}   // the word of each entry
	lexSlots [2048]uint16     // hash slot → entry index (0: empty)
	maxWord  int              // the length of the longest word in the lexicon
)

const lexMask = len(lexSlots) - 1

// hashWord is FNV-1a over the lower-cased bytes of an ASCII word.
func hashWord(w string) uint32 {
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

func addLex(flags lexFlag, num float64, unit string, words ...string) {
	for _, w := range words {
		e := lexicon[w]
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
		lexicon[w] = e
	}
}

// lexOnce builds the lexicon on first use (tokenize and lookup), not at
// package init, so a program that never finds figures does not pay for it.
var lexOnce sync.Once

func buildLexicon() {
	// made at about its full size (1,011 words): growing it took most
	// of the time (BenchmarkBuildLexicon)
	lexicon = make(map[string]lexEntry, 1100)
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range small {
		addLex(lxSmall, float64(i), "", w)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		addLex(lxTens, float64(20+10*i), "", w)
	}
	addLex(lxHundred, 100, "", "hundred")
	addLex(lxMult|lxMultWord, 12, "", "dozen")
	addLex(lxMult|lxMultWord, 1e3, "", "thousand")
	addLex(lxMult|lxMultWord, 1e6, "", "million")
	addLex(lxMult|lxMultWord, 1e9, "", "billion")
	addLex(lxMult|lxMultWord, 1e12, "", "trillion")
	addLex(lxMult|lxMultWord, 1e5, "", "lakh")
	addLex(lxMult|lxMultWord, 1e7, "", "crore")
	addLex(lxMult, 1e3, "", "k")
	addLex(lxMult, 1e6, "", "m", "mn", "mln")
	addLex(lxMult, 1e9, "", "bn", "b")
	addLex(lxMult, 1e12, "", "tn", "trn")
	addLex(lxVague, 12, "", "dozens")
	addLex(lxVague, 10, "", "tens")
	addLex(lxVague, 20, "", "scores")
	addLex(lxVague, 100, "", "hundreds")
	addLex(lxVague, 1e3, "", "thousands")
	addLex(lxVague, 1e6, "", "millions")
	addLex(lxVague, 1e9, "", "billions")

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
		addLex(lxTime, 0, u[0], u[1:]...)
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
		{"t", "tonne", "tonnes"},
		{"ton", "ton", "tons"},
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
		{"degree", "degree", "degrees"},
		{"magnitude", "magnitude"},
		{"kW", "kw"}, {"MW", "mw", "megawatt", "megawatts"}, {"GW", "gw", "gigawatt", "gigawatts"},
		{"kWh", "kwh"}, {"MWh", "mwh"}, {"GWh", "gwh"}, {"TWh", "twh"},
		{"GB", "gb", "gigabyte", "gigabytes"}, {"TB", "tb", "terabyte", "terabytes"}, {"MB", "mb", "megabyte", "megabytes"},
	} {
		addLex(lxMeasure, 0, u[0], u[1:]...)
	}
	for _, u := range [][]string{
		{"Hz", "hz"}, {"kHz", "khz"}, {"MHz", "mhz"}, {"GHz", "ghz"}, {"W", "w"}, {"kV", "kv"}, {"volt", "volts", "volt"},
		{"hp", "hp", "horsepower", "bhp"}, {"ppm", "ppm"}, {"ppb", "ppb"}, {"mpg", "mpg"}, {"µm", "μm", "µm", "micron", "microns"},
		{"l", "l"}, {"Mt", "megatonnes"}, {"gigatonne", "gigatons", "gigatonnes", "gigaton", "gigatonne"}, {"TEU", "teu"},
	} {
		addLex(lxMeasure, 0, u[0], u[1:]...)
	}
	addLex(lxSymbol, 0, "", "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "gb", "tb", "mb", "hz", "khz", "mhz",
		"ghz", "w", "kv", "hp", "bhp", "ppm", "ppb", "mpg", "km", "kg", "cm", "mm", "mph", "kph", "teu", "μm", "µm")
	addLex(lxMeasure|lxSymbol, 0, "celsius", "celsius", "centigrade", "degc")
	addLex(lxMeasure|lxSymbol, 0, "fahrenheit", "fahrenheit", "degf")
	addLex(lxMeasure|lxAttachedOnly, 0, "°C", "c")
	addLex(lxMeasure|lxAttachedOnly, 0, "°F", "f")

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
		addLex(lxCurrency, 1, u[0], u[1:]...)
	}
	// Pence and cents keep their unit: "164p" is 164 p, as a share price
	// is quoted.
	addLex(lxCurrency, 1, "p", "pence", "p")
	addLex(lxCurrency, 1, "cent", "cent", "cents")
	addLex(lxCurrency, 1, "sen", "sen")
	for _, u := range [][]string{
		{"USD", "usd"}, {"GBP", "gbp"}, {"EUR", "eur"}, {"INR", "inr", "rs"}, {"JPY", "jpy"},
		{"CNY", "cny", "rmb"}, {"MYR", "rm", "myr"}, {"AUD", "aud"}, {"CAD", "cad"}, {"CHF", "chf"},
	} {
		addLex(lxCurPrefix, 0, u[0], u[1:]...)
	}
	for _, u := range [][]string{
		{"USD", "us"}, {"AUD", "a", "au"}, {"CAD", "c", "ca"}, {"NZD", "nz"}, {"HKD", "hk"},
		{"SGD", "s"}, {"BRL", "r"}, {"TWD", "nt"},
	} {
		addLex(lxDollarPrefix, 0, u[0], u[1:]...)
	}

	months := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range months {
		e := lexicon[w]
		e.flags |= lxMonth
		e.month = int8(i + 1)
		lexicon[w] = e
	}
	for i, w := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if w == "" {
			continue
		}
		e := lexicon[w]
		e.flags |= lxMonth | lxMonthAbbr
		e.month = int8(i + 1)
		lexicon[w] = e
	}
	e := lexicon["sept"]
	e.flags |= lxMonth | lxMonthAbbr
	e.month = 9
	lexicon["sept"] = e
	addLex(lxWeekday, 0, "", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

	addLex(lxApprox, 0, "", "about", "around", "approximately", "nearly", "almost", "roughly", "some",
		"over", "under", "above", "below", "just", "only", "estimated", "barely", "circa", "upwards", "well", "exactly", "precisely")
	addLex(lxApproxHead, 0, "", "more", "less", "fewer", "at", "up", "as", "close")

	addLex(lxLabel, 0, "", "no", "nos", "number", "article", "articles", "page", "pages", "chapter", "section",
		"paragraph", "clause", "rule", "version", "v", "vol", "volume", "flight", "route", "room", "seat",
		"platform", "gate", "level", "grade", "phase", "stage", "tier", "category", "part", "episode",
		"season", "series", "line", "item", "code", "figure", "fig", "table", "annex", "amendment",
		"resolution", "model", "type", "size", "unit", "block", "floor", "ward", "district", "zone",
		"channel", "id", "ref", "bus", "train", "highway", "interstate", "exit", "junction", "gen",
		"generation", "term", "week", "day", "round", "game", "lane", "pier", "terminal", "apt",
		"suite", "box", "option", "step", "question", "count", "bill", "act", "case", "file", "ticket", "top")

	addLex(lxFunction, 0, "", "in", "on", "at", "by", "for", "from", "since", "until", "till", "to", "of",
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

	addLex(lxDet, 0, "", "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "my",
		"your", "each", "every", "whose", "which", "other", "another", "any", "first", "last", "whichever",
		"either", "neither", "such", "no")

	addLex(lxStop, 0, "", "are", "were", "was", "is", "be", "been", "being", "have", "has", "had", "will",
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

	addLex(lxNotPlural, 0, "", "is", "was", "has", "as", "its", "this", "his", "us", "yes", "less",
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

	addLex(lxPlural, 0, "", "people", "times", "men", "women", "children", "police", "staff", "cattle", "sheep",
		"fish", "deer", "aircraft", "crew", "personnel", "troops", "feet", "teeth", "mice", "geese",
		"data", "media", "criteria", "livestock", "poultry", "militia", "youth", "clergy", "infantry",
		"civilians", "spacecraft", "offspring", "swine", "salmon", "bison", "folk", "persons")

	addLex(lxAge, 0, "", "aged", "age", "ages")
	addLex(lxDatePrep, 0, "", "in", "since", "until", "till", "by", "from", "to", "of", "during", "through",
		"throughout", "last", "next", "this", "early", "late", "mid", "before", "after", "between", "and",
		"or", "on", "that", "until", "into", "around", "until", "end", "beginning", "start", "middle")
	addLex(lxYearPrep, 0, "", "the", "a", "circa", "c", "fiscal", "year", "spring", "summer", "autumn",
		"fall", "winter", "within", "for", "with", "via", "amid", "against", "its", "their", "his", "her", "our",
		"whose", "this", "that")
	addLex(lxDateQual, 0, "", "early", "late", "mid", "last", "next", "this")
	addLex(lxDatePart, 0, "", "end", "beginning", "start", "middle", "half")
	addLex(lxAmPm, 0, "", "am", "pm")
	addLex(lxZone, 0, "", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "pt", "pst", "pdt", "ct",
		"cst", "cdt", "mt", "mst", "mdt", "ist", "jst", "aest", "aedt", "hkt", "msk", "local")
	addLex(lxNameNoun, 0, "", "memorial", "attack", "attacks", "anniversary", "commission", "museum",
		"movement", "riot", "riots", "insurrection", "committee", "hijackers", "bombings", "revolution",
		"uprising", "agreement", "accords", "declaration", "manifesto", "group", "plot")
	addLex(lxStreet, 0, "", "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd",
		"place", "square", "drive", "way", "terrace", "crescent", "close", "gardens", "court", "parade",
		"broadway", "highway", "park")
	addLex(lxCountAdj, 0, "", "dead", "killed", "injured", "wounded", "missing", "dying", "hurt", "remaining", "surviving",
		"arrested", "detained", "died", "more", "others", "other", "homeless", "displaced", "evacuated",
		"infected", "confirmed", "deaths", "fatalities", "casualties")
	addLex(lxOrdinal, 0, "", "st", "nd", "rd", "th")
	for d, ws := range map[float64][]string{2: {"half", "halves"}, 3: {"third", "thirds"}, 4: {"quarter", "quarters"},
		5: {"fifth", "fifths"}, 6: {"sixth", "sixths"}, 8: {"eighth", "eighths"}, 10: {"tenth", "tenths"}} {
		for _, w := range ws {
			e := lexicon[w]
			e.flags |= lxFraction
			e.frac = d
			lexicon[w] = e
		}
	}

	addLex(lxUp, 0, "", "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
		"increasing", "grew", "grow", "grows", "growing", "grown", "jumped", "jump", "jumps", "jumping", "climbed",
		"climb", "climbs", "climbing", "gained", "gain", "gains", "gaining", "added", "adding", "surged", "surge",
		"surges", "surging", "soared", "soar", "soars", "soaring", "boosted", "boost", "boosts", "raised", "raising",
		"up", "advanced", "advance", "advances", "advancing", "rallying", "rebounded", "spiked", "expanded", "improved", "rallied", "doubled", "tripled",
		"widened", "accelerated", "hiked", "lifted")
	addLex(lxDown, 0, "", "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping",
		"declined", "decline", "declines", "declining", "decreased", "decrease", "decreases", "decreasing", "lost",
		"lose", "loses", "losing", "down", "slid", "slide", "slides", "sliding", "slipped", "slumped", "tumbled",
		"plunged", "plunging", "plummeted", "plummeting", "tumbling", "slipping", "sank", "sink", "sinking", "shed", "sheds", "cut", "cuts", "cutting", "reduced", "reducing",
		"shrank", "shrunk", "contracted", "eased", "easing", "dipped", "retreated", "lowered", "halved", "narrowed", "slowed")
	addLex(lxRiseNoun, 0, "", "increase", "increases", "rise", "rises", "jump", "gain", "gains", "growth",
		"hike", "surge", "boost", "rebound", "climb", "higher", "more", "up", "premium")
	addLex(lxFallNoun, 0, "", "drop", "drops", "fall", "falls", "decline", "declines", "decrease", "cut",
		"cuts", "loss", "losses", "reduction", "slump", "plunge", "lower", "less", "fewer", "down", "discount",
		"slide", "dip")
	addLex(lxAux, 0, "", "has", "have", "had", "is", "was", "are", "were", "be", "been", "being", "will",
		"would", "could", "should", "may", "might", "can", "must", "did", "does", "do", "to", "by", "of", "at",
		"from", "reached", "reach", "reaches", "hit", "hits", "totalled", "totaled", "total", "totals",
		"stood", "stands", "cost", "costs", "sold", "paid", "pays", "pay", "earned", "earns", "made", "makes",
		"generates", "generated", "valued", "priced", "estimated", "expected", "expects", "said",
		"says", "than", "some", "just", "only", "nearly", "about", "around", "almost", "roughly", "more",
		"over", "under", "less", "fewer", "least", "most", "as", "many", "much", "another", "an", "a", "further",
		"still", "also", "now", "already", "then", "scored", "spent", "raised", "received", "employs",
		"employed", "recorded", "reported", "posted", "saw", "sees", "see", "shot", "averaged", "averages",
		"gave", "gives", "give", "took", "takes", "take", "got", "gets", "brought", "brings", "bought", "buys", "came", "comes",
		"went", "goes", "left", "leaves", "held", "holds", "kept", "keeps", "ran", "runs", "won", "wins", "put", "puts",
		"set", "sets", "became", "becomes", "stayed", "remained", "remains", "hosts", "host", "offer", "offers", "loses",
		"need", "needs", "needed", "requires", "contained", "contains", "includes", "included", "equals", "equal")

	words := make([]string, 0, len(lexicon))
	for w := range lexicon {
		words = append(words, w)
	}
	sort.Strings(words) // a fixed table layout, whatever the map order
	lexTable = slices.Grow(lexTable, len(words))
	lexWords = slices.Grow(lexWords, len(words))
	for _, w := range words {
		maxWord = max(maxWord, len(w))
		slot := hashWord(w) & uint32(lexMask)
		for lexSlots[slot] != 0 {
			slot = (slot + 1) & uint32(lexMask)
		}
		if len(lexTable) >= len(lexSlots)*3/4 {
			panic("figures: the lexicon outgrew its hash table")
		}
		lexSlots[slot] = uint16(len(lexTable))
		lexTable = append(lexTable, lexicon[w])
		lexWords = append(lexWords, w)
	}
	lexicon = nil
}

// lookup finds a word in the lexicon, ignoring ASCII case, without
// allocating. It returns 0 for an unknown word.
func lookup(w string) uint16 {
	lexOnce.Do(buildLexicon)
	if len(w) > maxWord {
		return 0
	}
	return lookupHash(hashWord(w), w)
}

// lookupHash is lookup for a word whose hashWord is known.
func lookupHash(h uint32, w string) uint16 {
	slot := h & uint32(lexMask)
	for {
		k := lexSlots[slot]
		if k == 0 {
			return 0
		}
		if lw := lexWords[k]; len(lw) == len(w) && equalLower(w, lw) {
			return k
		}
		slot = (slot + 1) & uint32(lexMask)
	}
}

// equalLower reports whether w equals the lower-case ASCII word lw,
// ignoring the case of w.
func equalLower(w, lw string) bool {
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

// Preload builds the lexicon now, as the first use would: a program
// about to find the figures of many articles may build it on another
// goroutine while it reads them.
func Preload() { lexOnce.Do(buildLexicon) }

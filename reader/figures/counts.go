package figures

// Figures whose number starts at a token: counts, percentages, ages,
// durations and measures, and the numbers that are names, not figures.

import (
	"strings"
)

// aged matches "aged 42", "age of 42", "aged between 18 and 25".
func (s *scanner) aged(i, start int) (match, int) {
	k := i + 1
	if s.is(k, "of") {
		k++
	}
	if s.is(k, "between") || s.is(k, "from") {
		k++
	} else {
		k += s.approx(k) // "aged about 68"
	}
	if !s.num(k) && s.flags(k)&(lxSmall|lxTens) == 0 {
		return match{}, i + 1
	}
	v, j, ok := s.parseNumber(k)
	if !ok || v <= 0 || v > 130 {
		return match{}, i + 1
	}
	to := 0.0
	if e, _, hi := s.rangeEnd(j, k); e > 0 {
		j, to = e, hi
	}
	return match{a: start, b: j, kind: Age, val: v, to: to, has: true, unit: ageYear, valid: true}, j
}

// number matches a figure whose number starts at token i.
func (s *scanner) number(i, start int) (match, int) {
	t := s.toks[i]
	if t.kind == ftNum {
		if m, ok := s.fraction(i, start); ok {
			return m, m.b
		}
		if m, ok := s.rankBefore(i); ok && start == i {
			return m, m.b // "round 3"
		}
		if skip, next := s.notFigure(i, start); skip {
			return match{}, next
		}
		if m, ok := s.clock(i, start); ok {
			return m, m.b
		}
	}
	v, j, info, ok := s.parseNumberInfo(i)
	if !ok {
		return match{}, j
	}
	// A range: "36 and 40", "18-25", "two to three hundred".
	if (s.sym(j, '-') || s.sym(j, '–')) && info.digits && s.num(j+1) && s.att(j) && s.att(j+1) {
		if s.year(i) && s.num(j+1) && s.toks[j+1].ndigits == 2 && s.sym(j+2, '-') && s.att(j+2) && s.num(j+3) && s.att(j+3) && s.toks[j+3].ndigits == 2 {
			return match{a: start, b: j + 4, kind: Date, valid: true}, j + 4 // "2019-10-06"
		}
		if s.year(i) && s.intNum(j+1) && (s.toks[j+1].ndigits == 2 || s.year(j+1)) {
			// "2019-20": a season or span of years
			return match{a: start, b: j + 2, kind: Date, val: v, has: true, unit: "year", valid: true}, j + 2
		}
		if s.toks[j+1].num <= v {
			return match{}, j + 2 // a score ("3-1") or a code
		}
	}
	to := 0.0
	if e, lo, hi := s.rangeEnd(j, i); e > 0 {
		if s.year(i) && s.year(e-1) {
			// "between 2015 and 2017"
			return match{a: start, b: e, kind: Date, val: v, to: hi, has: true, unit: "year", valid: true}, e
		}
		j, v, to = e, lo, hi
	}
	m := match{a: start, b: j, val: v, to: to, has: !info.vague, valid: true}

	// Letters against the digits: "40km", "50p", "1990s", "21st", "4G".
	if info.digits && s.word(j) && s.att(j) {
		w := s.toks[j]
		f := w.lex().flags
		switch {
		case f&lxOrdinal != 0:
			if d, ok := s.dayMonth(i, start, j+1); ok {
				return d, d.b
			}
			if r, ok := s.rankAt(i, j+1, start, int(v)); ok && t.nflags == 0 && start == i {
				return r, r.b // "the 21st seed"
			}
			return match{}, j + 1
		case s.is(j, "s") && t.nflags == 0:
			if s.year(i) || (t.ndigits == 2 && int(t.num)%10 == 0) {
				return match{a: start, b: j + 1, kind: Date, val: v, has: true, unit: "decade", valid: true}, j + 1
			}
			return match{}, j + 1
		case f&lxAmPm != 0 && v >= 1 && v <= 12:
			m.b, m.kind, m.has, m.unit = j+1, Date, false, "time"
			return m, m.b
		case s.is(j, "p"):
			m.b, m.kind, m.unit = j+1, Money, "p"
			return m, m.b
		case s.is(j, "b"):
			return match{}, j + 1 // "3b": a label, not billions
		case f&lxMult != 0:
			mult := w.lex().num
			if s.is(j, "m") && s.metres(i, j+1) {
				m.b, m.kind, m.unit = j+1, Measure, "m"
				return m, m.b
			}
			m.val, m.to = scale(m.val, mult), scale(m.to, mult)
			j++
			m.b = j
		case f&lxMeasure != 0:
			m.b, m.kind, m.unit = j+1, Measure, w.lex().unit
			return m, m.b
		default:
			return match{}, j + 1 // a name: "4G", "3D", "737MAX"
		}
	}
	if info.digits && s.sym(j, '°') && s.att(j) {
		m.b, m.kind, m.unit = j+1, Measure, "°"
		if s.word(j+1) && s.att(j+1) && s.flags(j+1)&lxAttachedOnly != 0 {
			m.b, m.unit = j+2, s.toks[j+1].lex().unit
		}
		return m, m.b
	}
	if d, ok := s.dayMonth(i, start, j); ok {
		return d, d.b
	}
	// Fractions: "two-thirds", "three-quarters".
	if info.word && v >= 1 && v < 10 && j == i+1 && s.sym(j, '-') && s.att(j) && s.att(j+1) && s.flags(j+1)&lxFraction != 0 {
		if d := s.toks[j+1].lex().frac; v < d {
			m.b, m.kind, m.val, m.unit = j+2, Ratio, v/d, ""
			return m, m.b
		}
	}
	if info.word && start == i {
		if s.flags(i-1)&lxDet != 0 && s.flags(j)&lxTime == 0 && !(s.is(i-1, "all") && v >= 2) {
			return match{}, j // "the two leaders"
		}
		if s.toks[i].wcase != fcLower && !s.sentenceStart(i) {
			return match{}, j // "World War Two", "the Big Four"
		}
	}
	// Percentages.
	switch {
	case s.sym(j, '%'):
		m.b, m.kind, m.unit = j+1, Percent, "%"
		return m, m.b
	case s.is(j, "percent") || s.is(j, "pc") && info.digits:
		m.b, m.kind, m.unit = j+1, Percent, "%"
		return m, m.b
	case s.is(j, "per") && s.is(j+1, "cent"):
		m.b, m.kind, m.unit = j+2, Percent, "%"
		return m, m.b
	case s.is(j, "percentage") && (s.is(j+1, "points") || s.is(j+1, "point")):
		m.b, m.kind, m.unit = j+2, Percent, "pp"
		return m, m.b
	}
	// Money written with a currency word: "5 million dollars", "50 cents",
	// "nine billion US dollars".
	if s.is(j, "US") && s.toks[j].wcase == fcUpper && s.lower(j+1) && s.flags(j+1)&lxCurrency != 0 && s.is(j+1, "dollars") {
		m.b, m.kind, m.unit = j+2, Money, "USD"
		return m, m.b
	}
	if cur, e := s.currencyAdj(j); e > j {
		m.b, m.kind, m.unit = e, Money, cur // "8.99 Australian dollars"
		return m, m.b
	}
	if s.word(j) && s.toks[j].wcase == fcUpper && s.flags(j)&lxCurPrefix != 0 && s.toks[j].space {
		m.b, m.kind, m.unit = j+1, Money, s.toks[j].lex().cur // "110 JPY"
		return m, m.b
	}
	if s.lower(j) && s.flags(j)&lxCurrency != 0 && !s.is(j, "p") {
		m.b, m.kind, m.val, m.to, m.unit = j+1, Money, m.val*s.toks[j].lex().num, m.to*s.toks[j].lex().num, s.toks[j].lex().cur
		return m, m.b
	}
	if info.vague && s.is(j, "of") && s.lower(j+1) && s.flags(j+1)&lxCurrency != 0 {
		m.b, m.kind, m.unit = j+2, Money, s.toks[j+1].lex().cur
		return m, m.b
	}
	// Ages: "19-year-old", "42 years old".
	if (s.is(j+1, "year") || s.is(j+1, "years")) && !info.vague {
		if s.sym(j, '-') && s.att(j) && s.att(j+1) && s.sym(j+2, '-') && s.att(j+2) && s.is(j+3, "old") && s.att(j+3) {
			m.b, m.kind, m.unit = j+4, Age, ageYear
			return m, m.b
		}
	}
	if (s.is(j, "year") || s.is(j, "years")) && (s.is(j+1, "old") || s.sym(j+1, '-') && s.att(j+1) && s.is(j+2, "old") && s.att(j+2)) && !info.vague {
		if s.sym(j+1, '-') {
			m.b, m.kind, m.unit = j+3, Age, ageYear // "a 60 year-old"
			return m, m.b
		}
		m.b, m.kind, m.unit = j+2, Age, ageYear
		return m, m.b
	}
	// Durations: "30-day", "three months", "two years ago".
	u := j
	if s.sym(u, '-') && s.att(u) && s.att(u+1) {
		u++
	}
	if (s.is(u, "year") || s.is(u, "years")) && (s.is(u+1, "olds") || s.is(u+2, "olds") && s.sym(u+1, '-')) && !info.vague {
		m.b, m.kind, m.unit = u+2, Age, ageYear
		if s.sym(u+1, '-') {
			m.b = u + 3
		}
		return m, m.b
	}
	if s.flags(u)&lxTime != 0 && s.lower(u) && u > j && s.sym(u+1, '-') && s.att(u+1) && s.is(u+2, "old") && s.att(u+2) && !info.vague {
		m.b, m.kind, m.unit = u+3, Age, s.toks[u].lex().unit+" of age" // "an eleven-month-old boy"
		return m, m.b
	}
	if s.flags(u)&lxTime != 0 && s.lower(u) && !(info.vague && u > j) {
		m.b, m.kind, m.unit = u+1, Duration, s.toks[u].lex().unit
		if s.is(u+1, "ago") {
			m.b, m.kind = u+2, Date
		}
		if info.single && u == j && !s.att(u) {
			return match{}, u + 1 // "one day", "one year": not a figure
		}
		return m, m.b
	}
	// Measures: "12 miles", "5-tonne", "6.5 magnitude", "40 sq km".
	if s.flags(u)&lxMeasure != 0 && s.flags(u)&lxAttachedOnly == 0 && (s.lower(u) || s.flags(u)&lxSymbol != 0) {
		m.b, m.kind, m.unit = u+1, Measure, s.toks[u].lex().unit
		if s.is(u, "degrees") || s.is(u, "degree") {
			if s.is(u+1, "Celsius") || s.is(u+1, "centigrade") || s.is(u+1, "C") {
				m.b, m.unit = u+2, "celsius"
			} else if s.is(u+1, "Fahrenheit") || s.is(u+1, "F") {
				m.b, m.unit = u+2, "fahrenheit"
			}
		}
		if s.sym(u+1, '/') && s.att(u+1) && s.is(u+2, "h") && s.att(u+2) {
			m.b, m.unit = u+3, "km/h"
		}
		return m, m.b
	}
	if (s.is(u, "square") || s.is(u, "sq") || s.is(u, "cubic")) && s.flags(u+1)&lxMeasure != 0 {
		m.b, m.kind, m.unit = u+2, Measure, areaUnit(s.toks[u+1].lex().unit, s.is(u, "cubic"))
		return m, m.b
	}
	if (s.is(u, "sq") || s.is(u, "cubic")) && s.is(u+1, "m") && s.toks[u+1].wcase == fcLower {
		m.b, m.kind, m.unit = u+2, Measure, areaUnit("m", s.is(u, "cubic")) // "450 sq m"
		return m, m.b
	}
	if info.digits && start < i && s.year(i) && v >= 1900 && int(v)%100 != 0 && m.b == i+1 && !s.countAfter(i+1) {
		m.kind, m.unit = Date, "year" // "up to 2015", "around 1970"
		return m, m.b
	}
	if info.digits && start == i {
		// A year: "in 2003", "the 1973 building", "by 2025".
		if s.year(i) && m.b == i+1 && s.yearOf(i, v) {
			m.kind, m.unit = Date, "year"
			return m, m.b
		}
		// An age after "he was": "when he was 18".
		if s.intNum(i) && v >= 1 && v <= 120 && m.b == i+1 && (s.is(i-1, "was") || s.is(i-1, "is") || s.is(i-1, "turned")) &&
			(s.is(i-2, "he") || s.is(i-2, "she") || s.is(i-2, "who")) && !s.countAfter(i+1) && s.flags(i+1)&lxTime == 0 {
			m.kind, m.unit = Age, ageYear
			return m, m.b
		}
		// An age at death: "dies at 78", "died at 97".
		if s.intNum(i) && v >= 1 && v <= 120 && m.b == i+1 && s.is(i-1, "at") &&
			(s.is(i-2, "dies") || s.is(i-2, "died") || s.is(i-2, "dying") || s.is(i-2, "die")) &&
			!s.countAfter(i+1) && s.flags(i+1)&lxTime == 0 {
			m.kind, m.unit = Age, ageYear
			return m, m.b
		}
		// An age after a name: "John Smith, 54, said".
		if s.intNum(i) && v >= 1 && v <= 120 && m.b == i+1 &&
			((s.sym(i-1, ',') && (s.sym(i+1, ',') || s.dash(i+1))) || (s.sym(i-1, '(') && s.sym(i+1, ')'))) &&
			s.word(i-2) && s.flags(i-2)&(lxMonth|lxWeekday|lxFunction|lxStop) == 0 &&
			(s.toks[i-2].wcase == fcTitle || s.sym(i-1, ',') && s.apposDet(i-3)) {
			m.kind, m.unit = Age, ageYear
			return m, m.b
		}
	}
	// Counts: "175 POWs", "ten survivors", "dozens dead", "thousands of
	// people", "39 are confirmed dead".
	m.kind = Count
	if info.single && m.b == i+1 {
		// "one solution", "one particular demand": one of a noun, not "one
		// of them", "one day" or "no one".
		if start == i && s.lower(i) && s.lower(j) && s.toks[j].space && s.flags(i-1)&lxDet == 0 && !s.sym(i-1, '-') &&
			!s.prep(i-1) && !s.is(i-1, "a") && !s.is(i-1, "no") && !s.is(j, "time") && !hasSuffix(s.text(j), "ly") &&
			!(s.word(i-1) && s.flags(i-1)&(lxAux|lxStop|lxFunction|lxApprox) == 0) {
			// (after a noun or adjective, "one" is a pronoun: "a commercial one")
			if e := s.phraseFwd(j); e > 0 && s.flags(e-1)&(lxTime|lxMeasure) == 0 && !s.pluralNoun(e-1) && !s.verbish(j) &&
				s.flags(j)&(lxUp|lxDown|lxRiseNoun|lxFallNoun) == 0 {
				m.b, m.unit = e, s.body[s.toks[j].start:s.toks[e-1].end]
				return m, m.b
			}
		}
		return match{}, j // a lone "one"
	}
	n := j
	if info.vague && s.is(j, "of") {
		n = j + 1
	}
	if s.is(n, "m") && s.sym(n+1, '.') && s.is(n+2, "p") && s.sym(n+3, '.') && s.is(n+4, "h") &&
		s.att(n+1) && s.att(n+2) && s.att(n+3) && s.att(n+4) {
		m.b, m.kind, m.unit = n+5, Measure, "mph" // "80 m.p.h."
		return m, m.b
	}
	if k := s.countNoun(n); k > 0 {
		m.b, m.unit = k+1, s.body[s.toks[s.modifiers(n, k)].start:s.toks[k].end]
		if s.num(n) {
			m.b = n // "eight million 250ml bottles": the 250ml is a figure of its own
		}
		return m, m.b
	}
	if u := s.countOf(n); u != "" && (info.digits || v >= 2) && !info.vague {
		m.unit = u // "35m of its Echo devices"
	}
	if info.digits && t.nflags == 0 && v >= 2 && v < 100 && s.lower(n) && s.toks[n].space && s.content(n) && !s.verbish(n) &&
		!s.pluralNoun(n) && s.flags(n)&(lxMeasure|lxTime|lxMult) == 0 && s.lower(n+1) && s.toks[n+1].space &&
		s.content(n+1) && !s.verbish(n+1) && s.pluralNoun(n+1) == false && !hasSuffix(s.text(n+1), "ly") {
		m.b, m.unit = n+1, s.text(n) // "a 3 cylinder engine": a compound without its hyphen
		return m, m.b
	}
	if (info.digits || info.word && v >= 2 && !info.vague) && s.sym(j, '-') && s.att(j) && s.lower(j+1) && s.att(j+1) &&
		!(s.sym(j+2, '-') && s.att(j+2)) {
		// "a 10-storey building", "a 12-point plan", "a four-cylinder engine"
		m.b, m.unit = j+2, s.text(j+1)
		return m, m.b
	}
	if s.word(j) && s.toks[j].space && s.toks[j].wcase == fcTitle && s.flags(j)&(lxMonth|lxWeekday|lxFunction) == 0 {
		if info.digits && v >= 10000 {
			// Too big for a house number: "63000 Model 3 sedans", a count of
			// a named thing.
			for k := j + 1; k < j+4 && k < len(s.toks) && s.toks[k].space && (s.word(k) || s.num(k)); k++ {
				if s.lower(k) && s.pluralNoun(k) {
					m.b, m.unit = k+1, s.body[s.toks[j].start:s.toks[k].end]
					break
				}
				if s.lower(k) {
					break
				}
			}
			return m, m.b
		}
		return match{}, j + 1 // "10 Downing Street", "36 Quai des Orfèvres"
	}
	if start == i && (s.is(i-1, "the") || s.is(i-1, "a") || s.is(i-1, "an") ||
		(s.is(i-1, "last") || s.is(i-1, "first") || s.is(i-1, "final")) && s.is(i-2, "the")) {
		return match{}, j // "the 707 was a freighter", "the last 16": a name or rank
	}
	if info.word {
		if s.lower(j) && s.flags(j)&lxCountAdj != 0 && (v >= 2 || info.vague) {
			return m, m.b
		}
		if start == i && s.lower(i-1) && s.flags(i-1)&lxCountAdj != 0 && strings.HasSuffix(s.text(i-1), "ed") && (v >= 2 || info.vague) {
			return m, m.b // "killed twelve"
		}
		if v >= 1000 && !info.vague {
			return m, m.b
		}
		return match{}, j
	}
	return m, m.b
}

// notFigure reports whether the digits at token i are a name, code or
// label rather than a figure, and where to go on from.
func (s *scanner) notFigure(i, start int) (bool, int) {
	t := s.toks[i]
	if t.nflags&(fnMultiDot|fnLeadingZero) != 0 {
		return true, s.skipDigitRun(i)
	}
	if s.att(i) {
		p := s.toks[i-1]
		switch {
		case p.kind == ftWord:
			return true, s.skipAttached(i) // G7, MH17
		case p.kind == ftSym && (p.r == '-' || p.r == '‑'):
			if s.word(i-2) && s.att(i-1) {
				w := s.text(i - 2)
				if strings.EqualFold(w, "mid") || strings.EqualFold(w, "pre") || strings.EqualFold(w, "post") {
					break
				}
				return true, s.skipAttached(i) // COVID-19, F-16
			}
			if s.num(i-2) && s.att(i-1) {
				return true, i + 1 // 555-1234, the end of a range
			}
		case p.kind == ftSym && (p.r == '/' || p.r == '#' || p.r == '.' || p.r == ':' || p.r == '@' || p.r == '_' || p.r == '\\' || p.r == '='):
			return true, s.skipAttached(i)
		case p.kind == ftNum:
			return true, i + 1
		}
	}
	if s.sym(i+1, '-') && s.att(i+1) && s.word(i+2) && s.att(i+2) && s.toks[i+2].wcase != fcLower {
		return true, s.skipAttached(i + 2) // 2019-nCoV, 737-MAX
	}
	if s.sym(i+1, '/') && s.att(i+1) && (s.num(i+2) || s.word(i+2)) {
		return true, s.skipAttached(i) // 9/11, 24/7, 1/2
	}
	if (s.sym(i+1, '.') || s.sym(i+1, '_') || s.sym(i+1, '@')) && s.att(i+1) && s.att(i+2) && (s.word(i+2) || s.num(i+2)) {
		return true, s.skipAttached(i) // file.2.txt, user1@...
	}
	if s.num(i+1) && !s.att(i+1) && s.toks[i+1].nflags&fnDecimal == 0 && t.nflags&(fnComma|fnDecimal) == 0 && !s.year(i+1) {
		return true, s.skipDigitRun(i) // "0161 496 0000": a phone number
	}
	if i == 0 && (s.sym(i+1, '.') || s.sym(i+1, ')')) && len(s.toks) > 2 {
		return true, i + 2 // a list number: "1. First"
	}
	if s.sym(i+1, ')') && s.att(i+1) && !s.openParen(i) {
		return true, i + 2 // a list number in a sentence: "— 1) estimating"
	}
	if s.sym(i+1, ':') && s.att(i+1) && s.num(i+2) && s.att(i+2) && len(s.text(i+2)) == 1 {
		return true, i + 3 // a ratio or a score: "1:1", "3:2" (a clock has two digits after)
	}
	if s.sym(i-1, '[') && s.att(i-1) && s.word(i-2) && s.sym(i+1, ']') {
		return true, i + 2 // a reference: "map[3]"
	}
	if start != i {
		return false, 0
	}
	p := i - 1
	if s.word(p) {
		f := s.flags(p)
		if s.toks[p].wcase != fcLower && f&(lxFunction|lxMonth|lxWeekday|lxAge|lxCurPrefix|lxDatePart|lxDateQual) == 0 &&
			!(s.lower(i+1) && s.flags(i+1)&(lxMultWord|lxCurrency) != 0 || s.sym(i+1, '%')) {
			return true, i + 1 // Article 5, Boeing 737, Windows 10
		}
		if s.toks[p].wcase == fcLower && f&lxLabel != 0 {
			return true, i + 1 // page 5, flight 370
		}
	}
	if s.sym(p, '.') && (s.is(p-1, "no") || s.is(p-1, "nos") || s.is(p-1, "vol") || s.is(p-1, "art") || s.is(p-1, "p")) {
		return true, i + 1
	}
	return false, 0
}

// apposDet reports whether token i is a determiner that can open a noun
// an age is set beside: "the victim, 23,", "another brother, 22,".
func (s *scanner) apposDet(i int) bool {
	for _, w := range []string{"the", "The", "another", "Another", "his", "His", "her", "Her", "their", "Their", "a", "A"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// openParen reports whether a "(" that no ")" closes stands before token
// i, in the dozen tokens before it.
func (s *scanner) openParen(i int) bool {
	for p := i - 1; p >= 0 && p >= i-12; p-- {
		switch {
		case s.sym(p, ')'):
			return false
		case s.sym(p, '('):
			return true
		}
	}
	return false
}

// dash reports whether token i is a dash set off by spaces ("Crutcher, 40
// ― a father").
func (s *scanner) dash(i int) bool {
	if i <= 0 || i >= len(s.toks) || s.toks[i].kind != ftSym || !s.toks[i].space {
		return false
	}
	switch s.toks[i].r {
	case '-', '–', '—', '―':
		return true
	}
	return false
}

// skipAttached returns the index after the run of tokens written against
// token i ("COVID-19-related", "9/11").
func (s *scanner) skipAttached(i int) int {
	j := i + 1
	for j < len(s.toks) && s.att(j) && s.toks[j].kind != ftSym {
		j++
	}
	return j
}

// skipDigitRun returns the index after a run of digit groups separated by
// spaces, hyphens or dots ("0161 496 0000", "+44 20 7946 0000").
func (s *scanner) skipDigitRun(i int) int {
	j := i + 1
	for j < len(s.toks) {
		if s.num(j) {
			j++
			continue
		}
		if (s.sym(j, '-') || s.sym(j, '.')) && s.num(j+1) {
			j += 2
			continue
		}
		break
	}
	return j
}

// countAfter reports whether a counted noun follows from token j.
func (s *scanner) countAfter(j int) bool { return s.countNoun(j) > 0 }

// countNoun returns the index of the plural noun a count at token j
// counts ("175 POWs", "22 severely wounded soldiers", "1,000 people"), or
// -1. It looks at most four words ahead and stops at function words,
// punctuation and numbers.
func (s *scanner) countNoun(j int) int {
	quoted := false
	for k, n := j, 0; n < 4 && k < len(s.toks); k, n = k+1, n+1 {
		t := s.toks[k]
		if k == j && s.num(k) && t.space && s.word(k+1) && s.att(k+1) && s.flags(k+1)&lxMeasure != 0 {
			k++ // "eight million 250ml bottles": the size of each
			continue
		}
		if t.kind == ftSym && (t.r == '"' || t.r == '“' || t.r == '”') && k+1 < len(s.toks) && s.word(k+1) {
			// `22 "severely wounded" soldiers`: a quoted modifier
			if quoted = !quoted; !quoted && !s.toks[k+1].space {
				return -1
			}
			n--
			continue
		}
		if t.kind == ftSym && t.r == '-' && k > j && s.att(k) && s.word(k+1) && s.att(k+1) && !s.pluralNoun(k+1) {
			k++ // "best-selling books": the compound is an adjective
			continue
		}
		if t.kind == ftSym && t.r == '-' && k > j && s.att(k) && s.word(k+1) && s.att(k+1) {
			return k + 1 // "cross-border raids"
		}
		if t.kind != ftWord || !t.space && !(s.quoteMark(k-1) && s.toks[k-1].space) {
			return -1
		}
		f := t.lex().flags
		if f&lxStop != 0 && f&lxPlural == 0 {
			return -1
		}
		if f&(lxMonth|lxWeekday|lxTime|lxSmall|lxTens|lxMultWord|lxVague) != 0 && t.wcase != fcUpper {
			return -1
		}
		if s.pluralNoun(k) {
			return k
		}
		if k > j && t.wcase == fcLower && f&lxMeasure != 0 && f&lxAttachedOnly == 0 {
			return k // "517 rushing yards"
		}
		if t.wcase == fcLower {
			w := s.text(k)
			if strings.HasSuffix(w, "ing") && f&lxCountAdj == 0 &&
				(s.year(j-1) || !s.word(k+1) || !s.toks[k+1].space || !s.pluralNoun(k+1) && !s.measureWord(k+1)) {
				return -1 // a verb: "2014 showing sponges", but "400 charging stations"
			}
		}
	}
	return -1
}

// countOf returns the counted noun of "N of its devices", "35m of the
// company's Echo speakers": "of", a determiner or possessive, at most two
// capitalised words, then a plural noun; "" otherwise.
func (s *scanner) countOf(n int) string {
	if !s.is(n, "of") {
		return ""
	}
	k := n + 1
	if s.flags(k)&lxDet == 0 {
		return ""
	}
	k++
	for c := 0; c < 2 && s.word(k) && s.toks[k].wcase != fcLower; c++ {
		k++
	}
	if s.lower(k) && s.pluralNoun(k) {
		return s.text(k)
	}
	return ""
}

// measureWord reports whether token k is a unit of measure written as a
// lower-case word ("yards", "tonnes").
func (s *scanner) measureWord(k int) bool {
	return s.lower(k) && s.flags(k)&lxMeasure != 0 && s.flags(k)&lxAttachedOnly == 0
}

// quoteMark reports whether token k is a double quotation mark.
func (s *scanner) quoteMark(k int) bool {
	return s.sym(k, '"') || s.sym(k, '“') || s.sym(k, '”')
}

// pluralNoun reports whether word k looks like a plural noun.
func (s *scanner) pluralNoun(k int) bool {
	if !s.word(k) {
		return false
	}
	t := s.toks[k]
	f := t.lex().flags
	if f&lxPlural != 0 {
		return true
	}
	if f&lxNotPlural != 0 {
		return false
	}
	w := s.text(k)
	if strings.ContainsAny(w, "'’") {
		return false
	}
	switch t.wcase {
	case fcUpper:
		return len(w) >= 3 && w[len(w)-1] == 's' // POWs, MPs
	case fcTitle:
		// Americans, Britons, Democrats, Islamists; not Paris or Jones.
		for _, suf := range [...]string{"ans", "ons", "ers", "ists", "ats", "ites", "ards"} {
			if strings.HasSuffix(w, suf) {
				return true
			}
		}
		return false
	case fcMixed:
		return false
	}
	return pluralWord(w)
}

// pluralWord reports whether a lower-case word ends as a plural noun
// does.
func pluralWord(w string) bool {
	n := len(w)
	if n >= 5 && strings.HasSuffix(w, "men") && w != "specimen" && w != "abdomen" && w != "regimen" {
		return true // fishermen, businessmen
	}
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

func areaUnit(u string, cubic bool) string {
	if cubic {
		return "cubic " + unitName(Measure, u)
	}
	return "square " + unitName(Measure, u)
}

// ageYear is the unit of an age in years.
const ageYear = "year of age"

// modifiers returns the first token of the words before the counted noun
// at token k (from token n on) that belong to its name: "seven European
// countries", "14 first-team players", but not "22 severely wounded
// soldiers" or "517 rushing yards".
func (s *scanner) modifiers(n, k int) int {
	st := k
	for st-1 >= n {
		p := st - 1
		switch {
		case s.sym(p, '-') && s.att(p) && s.att(st) && s.word(p-1) && p-1 >= n:
		case s.word(p) && s.toks[st].space || s.word(p) && s.sym(st, '-'):
			if s.num(p-1) && s.att(p) {
				return st // "250ml bottles": the size is not the unit
			}
			w := s.text(p)
			inCompound := s.sym(p-1, '-') && s.att(p-1) && s.att(p) && p-2 >= n // "gas-only"
			if hasSuffix(w, "ed") || hasSuffix(w, "ing") || !inCompound && (hasSuffix(w, "ly") || s.flags(p)&(lxStop|lxFunction) != 0) {
				return st
			}
		default:
			return st
		}
		st--
	}
	return st
}

// fraction matches a fraction in digits at token i: "1/16 of a pint",
// "1⁄32" (with the fraction slash), but not "9/11" or "24/7".
func (s *scanner) fraction(i, start int) (match, bool) {
	slash := i + 1
	if !s.intNum(i) || !(s.sym(slash, '/') || s.sym(slash, '⁄')) || !s.att(slash) || !s.intNum(slash+1) || !s.att(slash+1) {
		return match{}, false
	}
	if s.sym(slash+2, '/') || s.sym(slash+2, '⁄') || s.att(slash+2) || s.att(i) && !s.sym(i-1, '(') {
		return match{}, false
	}
	a, b := s.toks[i].num, s.toks[slash+1].num
	if b <= a || b == 0 || !(s.sym(slash, '⁄') || s.is(slash+2, "of")) {
		return match{}, false
	}
	m := match{a: start, b: slash + 2, kind: Count, val: a / b, has: true, valid: true}
	// "1/16 of a US pint": the fraction is in the unit of what it is of.
	k := slash + 3
	if s.is(k, "a") || s.is(k, "an") || s.is(k, "the") {
		k++
	}
	for n := 0; n < 2 && s.word(k) && s.toks[k].wcase != fcLower; n++ {
		k++
	}
	if s.is(slash+2, "of") && s.lower(k) && s.content(k) && !s.verbish(k) {
		m.unit = s.nounName(k)
	}
	return m, true
}

// currencyAdj reads a currency named by its country's adjective at token j
// ("Australian dollars", "Hong Kong dollars", "Danish crowns") and returns
// its code and end, or end j.
func (s *scanner) currencyAdj(j int) (string, int) {
	if !s.word(j) || s.toks[j].wcase != fcTitle {
		return "", j
	}
	k := j + 1
	code := ""
	switch {
	case s.is(j, "Australian"):
		code = "AUD"
	case s.is(j, "Canadian"):
		code = "CAD"
	case s.is(j, "Singapore"):
		code = "SGD"
	case s.is(j, "Taiwan"):
		code = "TWD"
	case s.is(j, "Danish"):
		code = "DKK"
	case s.is(j, "Swedish"):
		code = "SEK"
	case s.is(j, "Norwegian"):
		code = "NOK"
	case s.is(j, "Swiss"):
		code = "CHF"
	case s.is(j, "New") && s.is(j+1, "Zealand"):
		code, k = "NZD", j+2
	case s.is(j, "Hong") && s.is(j+1, "Kong"):
		code, k = "HKD", j+2
	default:
		return "", j
	}
	switch {
	case s.is(k, "dollars"), s.is(k, "dollar"), s.is(k, "francs"), s.is(k, "franc"), s.is(k, "crowns"), s.is(k, "crown"),
		s.is(k, "kroner"), s.is(k, "krone"), s.is(k, "kronor"), s.is(k, "krona"):
		return code, k + 1
	}
	return "", j
}

// prep reports whether token i is a preposition ("at one point").
func (s *scanner) prep(i int) bool {
	for _, w := range [...]string{"at", "in", "on", "for", "from", "to", "by", "with", "of", "about", "into", "than", "like", "as"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

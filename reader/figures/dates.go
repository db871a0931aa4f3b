package figures

// Dates ("11 March", "Sept. 19 to 22", "in 2003") and clock times.

import "strings"

// month matches a date around the month name at token m, with its span
// starting at token start.
func (s *scanner) month(m, start int) (match, int) {
	t := s.toks[m]
	if t.wcase == fcLower {
		return match{}, m + 1
	}
	abbr := t.lex().flags&lxMonthAbbr != 0
	j := m + 1
	if abbr && s.sym(j, '.') && s.att(j) {
		j++ // "Sept."
	}
	if s.intNum(j) && s.toks[j].ndigits <= 2 && s.toks[j].num >= 1 && s.toks[j].num <= 31 && !s.att(j) {
		end := j + 1
		if s.flags(end)&lxOrdinal != 0 && s.att(end) {
			end++
		}
		if s.flags(end)&lxNameNoun != 0 && s.word(end) {
			return match{}, end // "Sept. 11 attacks": a name, not a date
		}
		// "March 11-12", "Sept. 19 to 22"
		if ((s.sym(end, '-') || s.sym(end, '–')) && s.att(end) && s.att(end+1) || s.is(end, "to") || s.is(end, "and")) &&
			s.intNum(end+1) && s.toks[end+1].ndigits <= 2 && s.toks[end+1].num <= 31 && s.toks[end+1].num > s.toks[j].num &&
			!s.countAfter(end+2) {
			end += 2
		}
		if s.sym(end, ',') && s.year(end+1) {
			end += 2
		} else if s.year(end) {
			end++
		}
		return match{a: start, b: end, kind: Date, valid: true}, end
	}
	if e := s.yearEnd(j); e > 0 {
		return match{a: start, b: e, kind: Date, valid: true}, e
	}
	if e := s.yearEnd(j + 1); e > 0 && s.is(j, "of") {
		return match{a: start, b: e, kind: Date, valid: true}, e // "March of 2016"
	}
	if abbr {
		return match{}, m + 1
	}
	end := m + 1
	if (s.is(end, "last") || s.is(end, "this") || s.is(end, "next")) && s.is(end+1, "year") {
		end += 2 // "in May last year"
	}
	if start < m {
		return match{a: start, b: end, kind: Date, valid: true}, end
	}
	p := m - 1
	if !s.word(p) || s.flags(p)&lxDatePrep == 0 {
		return match{}, m + 1
	}
	if t.lex().month == 5 || t.lex().month == 3 {
		// May and March are also a name, a verb and a noun: take them
		// alone only after a preposition of time.
		if !(s.is(p, "in") || s.is(p, "since") || s.is(p, "until") || s.is(p, "till") ||
			s.is(p, "during") || s.is(p, "early") || s.is(p, "late") || s.is(p, "mid") ||
			s.is(p, "last") || s.is(p, "next") || s.is(p, "this")) {
			return match{}, m + 1
		}
	}
	return match{a: start, b: end, kind: Date, valid: true}, end
}

// clock matches a time of day at token i: "15:30", "6am", "6 pm", "1430
// UTC".
func (s *scanner) clock(i, start int) (match, bool) {
	t := s.toks[i]
	if !s.intNum(i) || t.ndigits > 4 {
		return match{}, false
	}
	j := -1
	switch {
	case s.sym(i+1, ':') && s.att(i+1) && s.num(i+2) && s.att(i+2) && s.toks[i+2].nflags&^fnLeadingZero == 0 &&
		s.toks[i+2].ndigits == 2 && t.num <= 24 && s.toks[i+2].num < 60:
		j = i + 3
	case t.ndigits <= 2 && t.num >= 1 && t.num <= 12 && (s.is(i+1, "o'clock") || s.is(i+1, "o’clock")):
		return match{a: start, b: i + 2, kind: Date, unit: "time", valid: true}, true
	case t.ndigits <= 2 && t.num >= 1 && t.num <= 12 && s.flags(i+1)&lxAmPm != 0 && s.lower(i+1):
		return match{a: start, b: i + 2, kind: Date, unit: "time", valid: true}, true
	case t.ndigits <= 2 && t.num >= 1 && t.num <= 12 && (s.is(i+1, "a") || s.is(i+1, "p")) && s.sym(i+2, '.') && s.is(i+3, "m") && s.att(i+3):
		j = i + 4
		if s.sym(j, '.') && s.att(j) {
			j++
		}
		return match{a: start, b: j, kind: Date, unit: "time", valid: true}, true
	case t.ndigits == 4 && int(t.num)%100 < 60 && t.num < 2400 && s.word(i+1) && s.toks[i+1].wcase == fcUpper && s.flags(i+1)&lxZone != 0:
		j = i + 1
	default:
		return match{}, false
	}
	if s.flags(j)&lxAmPm != 0 {
		j++
	} else if (s.is(j, "a") || s.is(j, "p")) && s.sym(j+1, '.') && s.is(j+2, "m") {
		j += 3
		if s.sym(j, '.') && s.att(j) {
			j++
		}
	}
	if s.word(j) && s.toks[j].wcase == fcUpper && s.flags(j)&lxZone != 0 {
		j++
	} else if s.is(j, "local") && s.is(j+1, "time") {
		j += 2
	}
	return match{a: start, b: j, kind: Date, unit: "time", valid: true}, true
}

// dayMonth matches "11 March", "11th of March 2025", "11-12 March" whose
// day is token i and whose month may start at token j.
func (s *scanner) dayMonth(i, start, j int) (match, bool) {
	if !s.intNum(i) || s.toks[i].ndigits > 2 || s.toks[i].num < 1 || s.toks[i].num > 31 {
		return match{}, false
	}
	if ((s.sym(j, '-') || s.sym(j, '–')) && s.att(j) || s.is(j, "and") || s.is(j, "to")) &&
		s.intNum(j+1) && s.toks[j+1].ndigits <= 2 && s.toks[j+1].num <= 31 && s.toks[j+1].num >= 1 {
		e := j + 2
		if s.flags(e)&lxOrdinal != 0 && s.att(e) {
			e++
		}
		if s.flags(e)&lxMonth != 0 || s.is(e, "of") {
			j = e // "22 and 23 June", "5-6 March"
		}
	}
	if s.is(j, "of") && s.flags(j+1)&lxMonth != 0 {
		j++
	}
	f := s.flags(j)
	if f&lxMonth == 0 || s.toks[j].wcase == fcLower {
		return match{}, false
	}
	end := j + 1
	if f&lxMonthAbbr != 0 && s.sym(end, '.') && s.att(end) {
		end++
	}
	if e := s.yearEnd(end); e > 0 {
		end = e
	} else if s.sym(end, ',') && s.year(end+1) {
		end += 2
	}
	return match{a: start, b: end, kind: Date, valid: true}, true
}

// yearOf reports whether the four digits at token i, of value v, are a
// year rather than a count: "in 2003", "the 1973 building", "the
// upcoming 2020 race", but not "exceed 1000" or "2000 troops".
func (s *scanner) yearOf(i int, v float64) bool {
	if s.is(i+1, "sq") || s.is(i+1, "square") || s.is(i+1, "cubic") || s.measureWord(i+1) && !s.yearContext(i) {
		return false // "the 1520 sq m centre", "carried 2003 tonnes", but "in 2003 tonnes of grain rotted"
	}
	if (s.sym(i+1, '\'') || s.sym(i+1, '’')) && s.is(i+2, "s") && s.att(i+1) && s.att(i+2) {
		return true // "1995's family fantasy"
	}
	if s.yearNoun(i + 1) {
		return true // "2000 results", "the 2000 election"
	}
	// A recent year not written round is a year, whatever follows ("2003
	// results"); "2000 troops" is a count.
	recent := v >= 1900 && v < 2100 && int(v)%100 != 0 && s.toks[i].nflags&fnComma == 0
	if s.word(i+1) && s.toks[i+1].space && s.pluralNoun(i+1) && s.flags(i-1)&lxDet == 0 && !s.is(i-1, "a") && !recent {
		return false
	}
	if (s.is(i+1, "and") || s.is(i+1, "or") || s.is(i+1, "to")) && s.year(i+2) && int(s.toks[i+2].num)%100 != 0 {
		return true // "restate 2000 and 2003 results"
	}
	if s.yearContext(i) {
		return true
	}
	if int(v)%100 != 0 && (s.sym(i+1, ',') || s.sym(i+1, '.')) && s.word(i-1) {
		return true // "as recently as 2001,"
	}
	if s.is(i+1, "had") || s.is(i+1, "have") || s.is(i+1, "were") || s.is(i+1, "are") {
		return false
	}
	if recent && (s.pluralNoun(i+1) || s.lower(i-1)) {
		return true
	}
	return s.lower(i-1) && s.flags(i-1)&lxStop == 0 && int(v)%100 != 0
}

// yearContext reports whether the words before token i make the number
// there a year ("in 2003", "the 1973 building", "(1998)").
func (s *scanner) yearContext(i int) bool {
	p := i - 1
	if p < 0 {
		return true
	}
	if s.word(p) {
		return s.flags(p)&(lxDatePrep|lxYearPrep|lxMonth|lxWeekday) != 0
	}
	t := s.toks[p]
	return t.kind == ftSym && strings.ContainsRune("(,-–—:['’", t.r) || s.sentenceStart(i)
}

// yearNoun reports whether the word at token i is a noun a year names
// ("2000 results", "2000 election"), not one it counts.
func (s *scanner) yearNoun(i int) bool {
	for _, w := range [...]string{"results", "accounts", "earnings", "election", "elections", "season", "census",
		"budget", "olympics", "games", "campaign", "edition", "model", "vintage", "figures"} {
		if s.is(i, w) && s.lower(i) {
			return true
		}
	}
	return false
}

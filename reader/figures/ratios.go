package figures

// Ratios: a part of a whole, written as a fraction in words ("a third of
// those screened", "two-thirds", "almost half of which") or as so many in
// so many ("one in three Germans", "1 out of 5 cars"). The value is the
// ratio itself (0.333...), with no unit.

// ratioAt matches a ratio whose first word is token i; the figure's span
// starts at token start.
func (s *scanner) ratioAt(i, start int) (match, bool) {
	// "a third of", "one quarter of", "one-fifth of"
	if s.is(i, "a") || s.is(i, "one") {
		j := i + 1
		if s.is(i, "one") && s.sym(j, '-') && s.att(j) && s.att(j+1) {
			j++
		}
		if d := s.fracWord(j); d > 0 && s.partOf(j+1) {
			return match{a: start, b: j + 1, kind: Ratio, val: 1 / d, has: true, valid: true}, true
		}
	}
	// "half of", "almost half of which", but not "the first half of".
	if s.is(i, "half") && s.partOf(i+1) && (i == start || start < i) && s.flags(i-1)&lxDet == 0 && !s.is(i-1, "a") &&
		(i == 0 || s.ordinalAt(i-1) == 0) && !s.is(i-1, "second") {
		return match{a: start, b: i + 1, kind: Ratio, val: 0.5, has: true, valid: true}, true
	}
	// "one in three", "1 out of 5"
	v, ok := s.smallNum(i)
	if !ok {
		return match{}, false
	}
	j := i + 1
	switch {
	case s.is(j, "in"):
		j++
	case s.is(j, "out") && s.is(j+1, "of"):
		j += 2
	default:
		return match{}, false
	}
	n, ok := s.smallNum(j)
	if !ok || n <= v || s.flags(j+1)&(lxTime|lxMeasure) != 0 || s.sym(j+1, '%') {
		return match{}, false // "2 in 90 minutes"
	}
	return match{a: start, b: j + 1, kind: Ratio, val: v / n, has: true, valid: true}, true
}

// fracWord returns the denominator the fraction word at token j stands
// for ("third" 3, "quarter" 4), or 0.
func (s *scanner) fracWord(j int) float64 {
	if !s.word(j) || s.flags(j)&lxFraction == 0 {
		return 0
	}
	return s.toks[j].lex().frac
}

// partOf reports whether token k is "of" and what follows is a whole, not
// a span of time or a measure ("a quarter of a century", "half of the
// year", "a third of a mile" are not ratios of a group).
func (s *scanner) partOf(k int) bool {
	if !s.is(k, "of") {
		return false
	}
	k++
	for n := 0; n < 2 && (s.flags(k)&lxDet != 0 || s.is(k, "a") || s.is(k, "an")); n++ {
		k++
	}
	return !s.num(k) && s.flags(k)&(lxTime|lxMeasure|lxMonth|lxSmall|lxTens) == 0 && !s.is(k, "year") && !s.is(k, "season") &&
		!s.is(k, "percentage") && !s.is(k, "point") && !s.is(k, "per") // "a quarter of a percentage point"
}

// smallNum returns the whole number at token i, in digits or a word
// ("three", "5"), when it is below 1,000.
func (s *scanner) smallNum(i int) (float64, bool) {
	if s.intNum(i) && !s.att(i+1) {
		if v := s.toks[i].num; v >= 1 && v < 1000 {
			return v, true
		}
		return 0, false
	}
	if s.word(i) && s.flags(i)&(lxSmall|lxTens) != 0 {
		if v := s.toks[i].lex().num; v >= 1 {
			return v, true
		}
	}
	return 0, false
}

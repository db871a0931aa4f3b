package figures

// Money ("$2.5bn", "£600m", "Rs 500 crore") and the metres-or-millions
// reading of "m".

import "unicode/utf8"

// currency returns the ISO code of a currency sign, or "".
func currency(r rune) string {
	switch r {
	case '$':
		return "USD"
	case '£':
		return "GBP"
	case '€':
		return "EUR"
	case '¥':
		return "JPY"
	case '₹':
		return "INR"
	case '₽':
		return "RUB"
	case '₩':
		return "KRW"
	case '₦':
		return "NGN"
	case '₪':
		return "ILS"
	case '₺':
		return "TRY"
	case '₴':
		return "UAH"
	}
	return ""
}

// money matches an amount whose number is token k, after a currency sign
// or code in [start, k).
func (s *scanner) money(start, k int, cur string) (match, int) {
	t := s.toks[k]
	if t.nflags&fnMultiDot != 0 {
		return match{}, k + 1
	}
	v := t.num
	j := k + 1
	if s.word(j) && s.flags(j)&lxMult != 0 && (s.att(j) || s.flags(j)&lxMultWord != 0 || len(s.text(j)) > 1) {
		v = scale(v, s.toks[j].lex().num)
		j++
	}
	// A range of amounts: "$20 to 30", "$5 to $10 million" (the second
	// amount's multiplier is the first's too when that keeps the range
	// rising), "$200 to $4 million", "between $3bn and $5bn".
	to := 0.0
	if s.is(j, "to") || s.is(j, "and") && s.is(start-1, "between") || (s.sym(j, '-') || s.sym(j, '–')) && !s.att(j) {
		firstMult := j > k+1
		m := j + 1
		sign := false
		if !s.num(m) && s.num(m+1) && s.att(m+1) {
			if r, _ := utf8.DecodeRuneInString(s.text(m)); currency(r) == "" {
				m = -1
			} else {
				m, sign = m+1, true
			}
		}
		if m > 0 && s.num(m) && s.toks[m].nflags&fnMultiDot == 0 {
			v2, e := s.toks[m].num, m+1
			mult := 0.0
			if s.word(e) && s.flags(e)&lxMult != 0 && (s.att(e) || s.flags(e)&lxMultWord != 0 || len(s.text(e)) > 1) {
				mult = s.toks[e].lex().num
				e++
			}
			switch {
			case mult != 0:
				v2 = scale(v2, mult)
				if !firstMult && scale(v, mult) < v2 {
					v = scale(v, mult)
				}
				if v < v2 {
					j, to = e, v2
				}
			case !firstMult && v2 > v && !s.countAfter(e):
				j, to = e, v2 // "$20 to 30 each"
			case firstMult && sign && v2 > v:
				j, to = e, v2
			}
		}
	}
	// "$5-10m": a range of amounts.
	if to == 0 && (s.sym(j, '-') || s.sym(j, '–')) && s.att(j) && s.num(j+1) && s.att(j+1) {
		to = s.toks[j+1].num
		j += 2
		if s.word(j) && s.flags(j)&lxMult != 0 && s.att(j) {
			v = scale(v, s.toks[j].lex().num)
			to = scale(to, s.toks[j].lex().num)
			j++
		}
		if to <= v {
			to = 0
		}
	}
	return match{a: start, b: j, kind: Money, val: v, to: to, has: true, unit: cur, valid: true}, j
}

// metres reports whether the "m" written against the number at token i
// means metres ("60m hurdles", "a 40m-high wall") rather than millions
// ("2m people", "77m euros", "up from 38m"); what follows starts at token
// j. News writes millions far more often, so millions win unless the
// context says otherwise.
func (s *scanner) metres(i, j int) bool {
	t := s.toks[i]
	if s.lower(j) && s.flags(j)&lxCurrency != 0 {
		return false
	}
	if s.sym(j, '-') && s.att(j) {
		j++
	}
	switch {
	case s.is(j, "high"), s.is(j, "tall"), s.is(j, "long"), s.is(j, "deep"), s.is(j, "wide"), s.is(j, "away"),
		s.is(j, "above"), s.is(j, "below"), s.is(j, "metre"), s.is(j, "freestyle"), s.is(j, "relay"):
		return true
	}
	if t.nflags != 0 {
		return false
	}
	switch t.num {
	case 50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000:
		return s.flags(j)&lxPlural == 0 // athletics distances
	}
	return false
}

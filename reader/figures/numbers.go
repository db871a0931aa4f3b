package figures

// Numbers written in digits or words ("1,000", "2.5bn", "twenty-five",
// "half a million", "dozens") and ranges of them.

import (
	"math"
)

// numInfo describes the number parsed at a token.
type numInfo struct {
	digits bool // written in digits
	vague  bool // dozens, hundreds: no exact value
	word   bool // written in words
	single bool // a lone "one"
}

// parseNumber reads a number at token i: digits with a word multiplier
// ("1.5 million"; suffix multipliers such as "bn" are left to the caller),
// number words ("twenty-five", "two million", "a dozen", "half a
// million"), or a vague plural ("dozens", "hundreds of thousands"). It
// returns the value and the index after the number.
func (s *scanner) parseNumber(i int) (float64, int, bool) {
	v, j, _, ok := s.parseNumberInfo(i)
	return v, j, ok
}

func (s *scanner) parseNumberInfo(i int) (float64, int, numInfo, bool) {
	var info numInfo
	if s.num(i) {
		t := s.toks[i]
		info.digits = true
		v := t.num
		j := i + 1
		if s.word(j) && s.flags(j)&(lxMultWord|lxHundred) != 0 && !s.is(j, "dozen") && s.toks[j].wcase == fcLower {
			v = scale(v, s.toks[j].lex().num)
			j++
		}
		return v, j, info, true
	}
	if !s.word(i) {
		return 0, i + 1, info, false
	}
	info.word = true
	f := s.flags(i)
	if f&lxVague != 0 {
		info.vague = true
		v := s.toks[i].lex().num
		j := i + 1
		// "hundreds of thousands", "tens of millions"
		if s.is(j, "of") && s.flags(j+1)&lxVague != 0 && s.toks[j+1].lex().num > v {
			v *= s.toks[j+1].lex().num
			j += 2
		} else if s.is(i, "tens") {
			return 0, i + 1, info, false
		}
		return v, j, info, true
	}
	j := i
	var v float64
	if s.is(i, "half") {
		if !(s.is(i+1, "a") || s.is(i+1, "an")) {
			return 0, i + 1, info, false
		}
		v = 0.5
		j = i + 2
		if s.flags(j)&lxMultWord != 0 {
			v *= s.toks[j].lex().num
			j++
		}
		return v, j, info, true
	}
	if s.is(i, "a") || s.is(i, "an") {
		if s.flags(i+1)&(lxMultWord|lxHundred) == 0 {
			return 0, i + 1, info, false
		}
		j = i + 1
	}
	var total, cur float64
	any, lastSmall, lastTens := false, false, false
loop:
	for j < len(s.toks) && s.word(j) {
		f := s.flags(j)
		switch {
		case f&lxSmall != 0:
			if lastSmall || lastTens && s.att(j) {
				break loop
			}
			cur += s.toks[j].lex().num
			lastSmall, lastTens, any = true, false, true
			j++
		case f&lxTens != 0:
			if lastSmall || lastTens {
				break loop
			}
			cur += s.toks[j].lex().num
			lastTens, lastSmall, any = true, false, true
			j++
			// "twenty-five"
			if s.sym(j, '-') && s.att(j) && s.flags(j+1)&lxSmall != 0 && s.att(j+1) {
				cur += s.toks[j+1].lex().num
				j += 2
				lastSmall, lastTens = true, false
			}
		case f&lxHundred != 0:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			lastSmall, lastTens, any = false, false, true
			j++
		case f&lxMultWord != 0:
			if cur == 0 {
				cur = 1
			}
			total += cur * s.toks[j].lex().num
			cur = 0
			lastSmall, lastTens, any = false, false, true
			j++
		case s.is(j, "and") && any && s.flags(j+1)&(lxSmall|lxTens) != 0 && !lastSmall && !lastTens:
			j++
		default:
			break loop
		}
	}
	if !any {
		return 0, i + 1, info, false
	}
	// "three and a half million", "three-and-a-half years"
	if (lastSmall || lastTens) && cur > 0 {
		if e := s.andAHalf(j); e > 0 {
			cur += 0.5
			j = e
			if s.word(j) && s.flags(j)&lxMultWord != 0 {
				total += cur * s.toks[j].lex().num
				cur = 0
				j++
			}
		}
	}
	v = total + cur
	info.single = v == 1 && j == i+1
	return v, j, info, true
}

// andAHalf returns the token after "and a half" starting at token j,
// spaced or hyphenated ("-and-a-half"), or -1.
func (s *scanner) andAHalf(j int) int {
	k := j
	for _, w := range []string{"and", "a", "half"} {
		if s.sym(k, '-') && s.att(k) && s.att(k+1) {
			k++
		}
		if !s.is(k, w) {
			return -1
		}
		k++
	}
	return k
}

// rangeEnd returns the end of a range whose first number ends before token
// j and starts at token k ("36 and 40", "18-25", "two to three"), or -1,
// with the values of its two ends. A multiplier written only after the
// second number is the first's too: "1 to 2 thousand" is 1,000 to 2,000.
func (s *scanner) rangeEnd(j, k int) (int, float64, float64) {
	conn := false
	switch {
	case (s.sym(j, '-') || s.sym(j, '–')) && (s.att(j) || s.sym(j, '–')):
		conn = s.num(j+1) == s.num(k)
	case s.is(j, "to"), s.is(j, "or"):
		conn = true
	case s.is(j, "and"):
		conn = s.is(k-1, "between") || s.is(k-1, "from")
	}
	if !conn {
		return -1, 0, 0
	}
	if s.num(k) != s.num(j+1) && (s.sym(j, '-') || s.sym(j, '–')) {
		return -1, 0, 0
	}
	if !s.num(j+1) && s.flags(j+1)&(lxSmall|lxTens) == 0 {
		return -1, 0, 0
	}
	v2, e, ok := s.parseNumber(j + 1)
	if !ok {
		return -1, 0, 0
	}
	v1, _, _ := s.parseNumber(k)
	if v2 <= v1 {
		return -1, 0, 0
	}
	if f := s.flags(e - 1); f&(lxMultWord|lxHundred) != 0 && s.flags(j-1)&(lxMultWord|lxHundred) == 0 {
		if m := s.toks[e-1].lex().num; v1*m < v2 {
			v1 = scale(v1, m)
		}
	}
	return e, v1, v2
}

// scale multiplies a parsed value by a multiplier ("2.5" by "bn"),
// rounding away the binary noise of large products (8.2 × 1e9 is
// 8,200,000,000, not 8,199,999,999.999999).
func scale(v, mult float64) float64 {
	r := v * mult
	if mult >= 1000 && math.Abs(r) < 1e18 {
		return math.Round(r)
	}
	return r
}

package reader

import (
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Key figures: the numbers a fact-checker would list. The scanner works on
// the tokens of one text block at a time (see numbers.go) and tries, at
// each token, the forms a figure takes: money ("$2.5bn", "£600m"),
// percentages, ages, dates ("11 March", "end of February", "in 2003"),
// durations ("30-day", "about an hour"), measures ("40km") and counts
// with their noun ("175 POWs"). Numbers used as names ("Article 5",
// "Boeing 737", "COVID-19", "World War Two"), ordinals, phone and version
// numbers, and small number words after a determiner ("the two leaders")
// are passed over. The cost is linear in the text's length.

// findFigures returns the key figures of an article in text order.
func findFigures(a *Article) []Figure {
	if a == nil || a.Body == "" {
		return nil
	}
	s := figScanner{body: a.Body}
	s.out = make([]Figure, 0, 4+len(a.Body)/400) // news runs about a figure a paragraph
	buf := figTokPool.Get().(*[]figTok)
	s.toks = (*buf)[:0]
	defer func() {
		*buf = s.toks[:0]
		figTokPool.Put(buf)
	}()
	last := 0
	scan := func(start, end int) {
		if start < last {
			start = last
		}
		if end > len(a.Body) {
			end = len(a.Body)
		}
		for start < end && !utf8.RuneStart(a.Body[start]) {
			start++
		}
		for end > start && end < len(a.Body) && !utf8.RuneStart(a.Body[end]) {
			end--
		}
		if start >= end {
			return
		}
		s.block(start, end)
		last = end
	}
	if len(a.Blocks) == 0 {
		scan(0, len(a.Body))
		return s.out
	}
	for _, b := range a.Blocks {
		if figureBlock(b.Kind) && b.Start >= 0 && b.Start < b.End {
			scan(b.Start, b.End)
		}
	}
	return s.out
}

// figureBlock reports whether blocks of kind k hold text to search for
// figures: body text, headings, the title and captions, but not bylines,
// source and date lines or related-story links.
func figureBlock(k BlockKind) bool {
	switch k {
	case BlockParagraph, BlockTitle, BlockHeading, BlockImage, BlockCaption, BlockQuote, BlockListItem, BlockTableRow:
		return true
	}
	return false
}

// figTokPool keeps token buffers for findFigures between articles.
var figTokPool = sync.Pool{New: func() any { return new([]figTok) }}

type figScanner struct {
	body string
	toks []figTok
	out  []Figure
	sent figSentIter
}

// figMatch is a figure found over tokens [a, b).
type figMatch struct {
	a, b  int
	kind  FigureKind
	val   float64
	has   bool
	unit  string
	valid bool
}

func (s *figScanner) block(start, end int) {
	if n := max(64, (end-start)/5); cap(s.toks) < n {
		// One buffer for all blocks: about a token for every five bytes.
		s.toks = make([]figTok, 0, n)
	}
	s.toks = figTokenize(s.toks[:0], s.body, start, end)
	s.sent = figSentIter{body: s.body, pos: start, end: end}
	for i := 0; i < len(s.toks); {
		m, next := s.at(i)
		if m.valid && m.b > m.a {
			s.emit(m)
			i = m.b
			continue
		}
		if next <= i {
			next = i + 1
		}
		i = next
	}
}

func (s *figScanner) emit(m figMatch) {
	sp := Span{s.toks[m.a].start, s.toks[m.b-1].end}
	if !utf8.RuneStart(s.body[sp.Start]) || (sp.End < len(s.body) && !utf8.RuneStart(s.body[sp.End])) {
		return
	}
	if n := len(s.out); n > 0 && s.out[n-1].End > sp.Start {
		return
	}
	s.out = append(s.out, Figure{
		Span: sp, Kind: m.kind, Value: m.val, HasValue: m.has, Unit: m.unit,
		Sentence: s.sent.spanFor(sp),
	})
}

// Token helpers. Each is safe for any index.

func (s *figScanner) word(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == ftWord }
func (s *figScanner) num(i int) bool  { return i >= 0 && i < len(s.toks) && s.toks[i].kind == ftNum }

func (s *figScanner) flags(i int) figFlag {
	if s.word(i) {
		return s.toks[i].lex().flags
	}
	return 0
}

func (s *figScanner) sym(i int, r rune) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == ftSym && s.toks[i].r == r
}

// att reports whether token i stands against the token before it.
func (s *figScanner) att(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].space }

func (s *figScanner) is(i int, w string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == ftWord && t.end-t.start == len(w) && strings.EqualFold(s.body[t.start:t.end], w)
}

func (s *figScanner) text(i int) string { return s.body[s.toks[i].start:s.toks[i].end] }

func (s *figScanner) lower(i int) bool { return s.word(i) && s.toks[i].wcase == fcLower }

// intNum reports whether token i is a whole number in digits.
func (s *figScanner) intNum(i int) bool {
	return s.num(i) && s.toks[i].nflags&(fnDecimal|fnMultiDot|fnLeadingZero) == 0
}

// year reports whether token i is a year: four digits, 1000 to 2100.
func (s *figScanner) year(i int) bool {
	if !s.intNum(i) || s.toks[i].nflags&fnComma != 0 || s.toks[i].ndigits != 4 {
		return false
	}
	v := s.toks[i].num
	return v >= 1000 && v <= 2100
}

// yearEnd returns the end of a year or decade ("1990s") starting at token
// i, or -1.
func (s *figScanner) yearEnd(i int) int {
	if !s.year(i) {
		return -1
	}
	if s.is(i+1, "s") && s.att(i+1) {
		return i + 2
	}
	return i + 1
}

// sentenceStart reports whether token i begins a sentence or clause as
// far as capitals go.
func (s *figScanner) sentenceStart(i int) bool {
	if i <= 0 {
		return true
	}
	p := s.toks[i-1]
	if p.kind != ftSym {
		return false
	}
	switch p.r {
	case '.', '!', '?', ':', ';', '"', '“', '”', '\'', '‘', '’', '(', '[', '—', '–', '-', '•', '*':
		return true
	}
	return false
}

// at tries to match a figure starting at token i. When none starts there
// it returns the index to go on from.
func (s *figScanner) at(i int) (figMatch, int) {
	return s.from(i, i)
}

// from matches a figure whose core starts at token i and whose span starts
// at token start (before i when an approximator or prefix leads it).
func (s *figScanner) from(i, start int) (figMatch, int) {
	t := s.toks[i]
	switch t.kind {
	case ftNum:
		return s.number(i, start)
	case ftSym:
		if cur := figCurrency(t.r); cur != "" && s.num(i+1) {
			return s.money(start, i+1, cur)
		}
		return figMatch{}, i + 1
	}
	f := t.lex().flags
	if f == 0 {
		return figMatch{}, i + 1 // a word the lexicon does not know starts no figure
	}
	if k := s.approx(i); k > 0 && start == i {
		m, _ := s.afterApprox(i, i+k)
		if m.valid {
			return m, m.b
		}
		return figMatch{}, i + 1
	}
	switch {
	case f&lxDollarPrefix != 0 && t.wcase == fcUpper && s.sym(i+1, '$') && s.att(i+1) && s.num(i+2):
		return s.money(start, i+2, t.lex().cur)
	case f&lxCurPrefix != 0 && t.wcase != fcLower:
		k := i + 1
		if s.sym(k, '.') && s.att(k) {
			k++
		}
		if s.num(k) {
			return s.money(start, k, t.lex().cur)
		}
	case f&lxMonth != 0:
		return s.month(i, start)
	case f&lxDatePart != 0 && s.is(i+1, "of"):
		if s.flags(i+2)&lxMonth != 0 {
			return s.month(i+2, start)
		}
		if e := s.yearEnd(i + 2); e > 0 {
			return figMatch{a: start, b: e, kind: Date, val: s.toks[i+2].num, has: true, unit: "year", valid: true}, e
		}
	case f&lxDateQual != 0:
		k := i + 1
		if s.sym(k, '-') && s.att(k) {
			k++
		}
		if s.flags(k)&lxMonth != 0 && s.flags(k)&lxMonthAbbr == 0 {
			return s.month(k, start)
		}
		if e := s.yearEnd(k); e > 0 && (t.wcase == fcLower || s.sentenceStart(i)) {
			m := figMatch{a: start, b: e, kind: Date, val: s.toks[k].num, has: true, unit: "year", valid: true}
			if e == k+2 {
				m.unit = "decade"
			}
			return m, e
		}
	case f&lxAge != 0 && (t.wcase == fcLower || s.sentenceStart(i)):
		return s.aged(i, start)
	case f&lxTime != 0 && s.sym(i+1, '-') && s.att(i+1) && s.is(i+2, "long") && s.att(i+2):
		m := figMatch{a: start, b: i + 3, kind: Duration, unit: t.lex().unit, valid: true}
		if !figPluralWord(s.text(i)) {
			m.val, m.has = 1, true
		}
		return m, m.b
	case s.is(i, "magnitude"):
		k := i + 1
		if s.sym(k, '-') && s.att(k) {
			k++
		}
		if s.num(k) && s.toks[k].num < 10 {
			return figMatch{a: start, b: k + 1, kind: Measure, val: s.toks[k].num, has: true, unit: "magnitude", valid: true}, k + 1
		}
	}
	if f&(lxSmall|lxTens|lxHundred|lxVague) != 0 || s.is(i, "half") ||
		((s.is(i, "a") || s.is(i, "an")) && s.flags(i+1)&(lxMultWord|lxHundred) != 0) {
		return s.number(i, start)
	}
	return figMatch{}, i + 1
}

// approx returns how many tokens of approximator stand at i ("about",
// "more than", "at least", "an estimated", "just over"), or 0.
func (s *figScanner) approx(i int) int {
	n := 0
	for k := 0; k < 3; k++ {
		j := i + n
		f := s.flags(j)
		switch {
		case s.word(j) && s.toks[j].wcase != fcUpper && f&lxApprox != 0:
			n++
		case f&lxApproxHead == 0 && !s.is(j, "an"):
			return n
		case (s.is(j, "more") || s.is(j, "less") || s.is(j, "fewer")) && s.is(j+1, "than"):
			n += 2
		case s.is(j, "at") && (s.is(j+1, "least") || s.is(j+1, "most")):
			n += 2
		case s.is(j, "up") && s.is(j+1, "to"):
			n += 2
		case s.is(j, "close") && s.is(j+1, "to"):
			n += 2
		case s.is(j, "as") && (s.is(j+1, "many") || s.is(j+1, "much") || s.is(j+1, "few") || s.is(j+1, "little")) && s.is(j+2, "as"):
			n += 3
		case s.is(j, "an") && s.is(j+1, "estimated"):
			n += 2
		default:
			return n
		}
	}
	return n
}

// afterApprox matches the figure after an approximator at [start, k).
func (s *figScanner) afterApprox(start, k int) (figMatch, int) {
	if k >= len(s.toks) {
		return figMatch{}, k
	}
	if (s.is(k, "a") || s.is(k, "an")) && s.flags(k+1)&lxTime != 0 && !figPluralWord(s.text(k+1)) {
		return figMatch{a: start, b: k + 2, kind: Duration, val: 1, has: true, unit: s.toks[k+1].lex().unit, valid: true}, k + 2
	}
	switch s.toks[k].kind {
	case ftNum, ftSym:
		return s.from(k, start)
	}
	f := s.flags(k)
	if f&(lxSmall|lxTens|lxHundred|lxVague|lxDollarPrefix|lxCurPrefix) != 0 || s.is(k, "half") ||
		((s.is(k, "a") || s.is(k, "an")) && s.flags(k+1)&(lxMultWord|lxHundred) != 0) {
		return s.from(k, start)
	}
	return figMatch{}, k
}

// figCurrency returns the ISO code of a currency sign, or "".
func figCurrency(r rune) string {
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
func (s *figScanner) money(start, k int, cur string) (figMatch, int) {
	t := s.toks[k]
	if t.nflags&fnMultiDot != 0 {
		return figMatch{}, k + 1
	}
	v := t.num
	j := k + 1
	if s.word(j) && s.flags(j)&lxMult != 0 && (s.att(j) || s.flags(j)&lxMultWord != 0 || len(s.text(j)) > 1) {
		v = figScale(v, s.toks[j].lex().num)
		j++
	}
	// "US$300 and 400 billion", "$5 to $10 million": the second amount's
	// multiplier is the first's too.
	if j == k+1 && (s.is(j, "to") || s.is(j, "and") && s.is(start-1, "between") ||
		(s.sym(j, '-') || s.sym(j, '–')) && !s.att(j)) {
		m := j + 1
		if !s.num(m) && s.num(m+1) && s.att(m+1) {
			if r, _ := utf8.DecodeRuneInString(s.text(m)); figCurrency(r) == "" {
				m = -1
			} else {
				m++
			}
		}
		switch {
		case m > 0 && s.num(m) && s.word(m+1) && s.flags(m+1)&lxMultWord != 0:
			v = figScale(v, s.toks[m+1].lex().num)
			j = m + 2
		case m > 0 && s.num(m) && !s.countAfter(m+1):
			j = m + 1 // "$20 to 30 each": the range is of amounts too
		}
	}
	// "$5-10m": a range of amounts.
	if (s.sym(j, '-') || s.sym(j, '–')) && s.att(j) && s.num(j+1) && s.att(j+1) {
		j += 2
		if s.word(j) && s.flags(j)&lxMult != 0 && s.att(j) {
			v = figScale(v, s.toks[j].lex().num)
			j++
		}
	}
	return figMatch{a: start, b: j, kind: Money, val: v, has: true, unit: cur, valid: true}, j
}

// month matches a date around the month name at token m, with its span
// starting at token start.
func (s *figScanner) month(m, start int) (figMatch, int) {
	t := s.toks[m]
	if t.wcase == fcLower {
		return figMatch{}, m + 1
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
			return figMatch{}, end // "Sept. 11 attacks": a name, not a date
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
		return figMatch{a: start, b: end, kind: Date, valid: true}, end
	}
	if e := s.yearEnd(j); e > 0 {
		return figMatch{a: start, b: e, kind: Date, valid: true}, e
	}
	if e := s.yearEnd(j + 1); e > 0 && s.is(j, "of") {
		return figMatch{a: start, b: e, kind: Date, valid: true}, e // "March of 2016"
	}
	if abbr {
		return figMatch{}, m + 1
	}
	end := m + 1
	if (s.is(end, "last") || s.is(end, "this") || s.is(end, "next")) && s.is(end+1, "year") {
		end += 2 // "in May last year"
	}
	if start < m {
		return figMatch{a: start, b: end, kind: Date, valid: true}, end
	}
	p := m - 1
	if !s.word(p) || s.flags(p)&lxDatePrep == 0 {
		return figMatch{}, m + 1
	}
	if t.lex().month == 5 || t.lex().month == 3 {
		// May and March are also a name, a verb and a noun: take them
		// alone only after a preposition of time.
		if !(s.is(p, "in") || s.is(p, "since") || s.is(p, "until") || s.is(p, "till") ||
			s.is(p, "during") || s.is(p, "early") || s.is(p, "late") || s.is(p, "mid") ||
			s.is(p, "last") || s.is(p, "next") || s.is(p, "this")) {
			return figMatch{}, m + 1
		}
	}
	return figMatch{a: start, b: end, kind: Date, valid: true}, end
}

// aged matches "aged 42", "age of 42", "aged between 18 and 25".
func (s *figScanner) aged(i, start int) (figMatch, int) {
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
		return figMatch{}, i + 1
	}
	v, j, ok := s.parseNumber(k)
	if !ok || v <= 0 || v > 130 {
		return figMatch{}, i + 1
	}
	if e := s.rangeEnd(j, k); e > 0 {
		j = e
	}
	return figMatch{a: start, b: j, kind: Age, val: v, has: true, unit: "year", valid: true}, j
}

// figNumInfo describes the number parsed at a token.
type figNumInfo struct {
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
func (s *figScanner) parseNumber(i int) (float64, int, bool) {
	v, j, _, ok := s.parseNumberInfo(i)
	return v, j, ok
}

func (s *figScanner) parseNumberInfo(i int) (float64, int, figNumInfo, bool) {
	var info figNumInfo
	if s.num(i) {
		t := s.toks[i]
		info.digits = true
		v := t.num
		j := i + 1
		if s.word(j) && s.flags(j)&lxMultWord != 0 && !s.is(j, "dozen") && s.toks[j].wcase == fcLower {
			v = figScale(v, s.toks[j].lex().num)
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
func (s *figScanner) andAHalf(j int) int {
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
// j and starts at token k ("36 and 40", "18-25", "two to three"), or -1.
func (s *figScanner) rangeEnd(j, k int) int {
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
		return -1
	}
	if s.num(k) != s.num(j+1) && (s.sym(j, '-') || s.sym(j, '–')) {
		return -1
	}
	if !s.num(j+1) && s.flags(j+1)&(lxSmall|lxTens) == 0 {
		return -1
	}
	v2, e, ok := s.parseNumber(j + 1)
	if !ok {
		return -1
	}
	v1, _, _ := s.parseNumber(k)
	if v2 <= v1 {
		return -1
	}
	return e
}

// number matches a figure whose number starts at token i.
func (s *figScanner) number(i, start int) (figMatch, int) {
	t := s.toks[i]
	if t.kind == ftNum {
		if skip, next := s.notFigure(i, start); skip {
			return figMatch{}, next
		}
		if m, ok := s.clock(i, start); ok {
			return m, m.b
		}
	}
	v, j, info, ok := s.parseNumberInfo(i)
	if !ok {
		return figMatch{}, j
	}
	// A range: "36 and 40", "18-25", "two to three hundred".
	if (s.sym(j, '-') || s.sym(j, '–')) && info.digits && s.num(j+1) && s.att(j) && s.att(j+1) {
		if s.year(i) && s.num(j+1) && s.toks[j+1].ndigits == 2 && s.sym(j+2, '-') && s.att(j+2) && s.num(j+3) && s.att(j+3) && s.toks[j+3].ndigits == 2 {
			return figMatch{a: start, b: j + 4, kind: Date, valid: true}, j + 4 // "2019-10-06"
		}
		if s.year(i) && s.intNum(j+1) && (s.toks[j+1].ndigits == 2 || s.year(j+1)) {
			// "2019-20": a season or span of years
			return figMatch{a: start, b: j + 2, kind: Date, val: v, has: true, unit: "year", valid: true}, j + 2
		}
		if s.toks[j+1].num <= v {
			return figMatch{}, j + 2 // a score ("3-1") or a code
		}
	}
	if e := s.rangeEnd(j, i); e > 0 {
		if s.year(i) && s.year(e-1) {
			// "between 2015 and 2017"
			return figMatch{a: start, b: e, kind: Date, val: v, has: true, unit: "year", valid: true}, e
		}
		j = e
	}
	m := figMatch{a: start, b: j, val: v, has: !info.vague, valid: true}

	// Letters against the digits: "40km", "50p", "1990s", "21st", "4G".
	if info.digits && s.word(j) && s.att(j) {
		w := s.toks[j]
		f := w.lex().flags
		switch {
		case f&lxOrdinal != 0:
			if d, ok := s.dayMonth(i, start, j+1); ok {
				return d, d.b
			}
			return figMatch{}, j + 1
		case s.is(j, "s") && t.nflags == 0:
			if s.year(i) || (t.ndigits == 2 && int(t.num)%10 == 0) {
				return figMatch{a: start, b: j + 1, kind: Date, val: v, has: true, unit: "decade", valid: true}, j + 1
			}
			return figMatch{}, j + 1
		case f&lxAmPm != 0 && v >= 1 && v <= 12:
			m.b, m.kind, m.has, m.unit = j+1, Date, false, "time"
			return m, m.b
		case s.is(j, "p"):
			m.b, m.kind, m.val, m.unit = j+1, Money, v*0.01, "GBP"
			return m, m.b
		case s.is(j, "b"):
			return figMatch{}, j + 1 // "3b": a label, not billions
		case f&lxMult != 0:
			mult := w.lex().num
			if s.is(j, "m") && s.metres(i, j+1) {
				m.b, m.kind, m.unit = j+1, Measure, "m"
				return m, m.b
			}
			m.val = figScale(m.val, mult)
			j++
			m.b = j
		case f&lxMeasure != 0:
			m.b, m.kind, m.unit = j+1, Measure, w.lex().unit
			return m, m.b
		default:
			return figMatch{}, j + 1 // a name: "4G", "3D", "737MAX"
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
			m.b, m.kind, m.val, m.unit = j+2, Percent, math.Round(v/d*1000)/10, "%"
			return m, m.b
		}
	}
	if info.word && start == i {
		if s.flags(i-1)&lxDet != 0 && s.flags(j)&lxTime == 0 {
			return figMatch{}, j // "the two leaders"
		}
		if s.toks[i].wcase != fcLower && !s.sentenceStart(i) {
			return figMatch{}, j // "World War Two", "the Big Four"
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
	if s.lower(j) && s.flags(j)&lxCurrency != 0 && !s.is(j, "p") {
		m.b, m.kind, m.val, m.unit = j+1, Money, m.val*s.toks[j].lex().num, s.toks[j].lex().cur
		return m, m.b
	}
	if info.vague && s.is(j, "of") && s.lower(j+1) && s.flags(j+1)&lxCurrency != 0 {
		m.b, m.kind, m.unit = j+2, Money, s.toks[j+1].lex().cur
		return m, m.b
	}
	// Ages: "19-year-old", "42 years old".
	if (s.is(j+1, "year") || s.is(j+1, "years")) && !info.vague {
		if s.sym(j, '-') && s.att(j) && s.att(j+1) && s.sym(j+2, '-') && s.att(j+2) && s.is(j+3, "old") && s.att(j+3) {
			m.b, m.kind, m.unit = j+4, Age, "year"
			return m, m.b
		}
	}
	if (s.is(j, "year") || s.is(j, "years")) && s.is(j+1, "old") && !info.vague {
		m.b, m.kind, m.unit = j+2, Age, "year"
		return m, m.b
	}
	// Durations: "30-day", "three months", "two years ago".
	u := j
	if s.sym(u, '-') && s.att(u) && s.att(u+1) {
		u++
	}
	if (s.is(u, "year") || s.is(u, "years")) && (s.is(u+1, "olds") || s.is(u+2, "olds") && s.sym(u+1, '-')) && !info.vague {
		m.b, m.kind, m.unit = u+2, Age, "year"
		if s.sym(u+1, '-') {
			m.b = u + 3
		}
		return m, m.b
	}
	if s.flags(u)&lxTime != 0 && s.lower(u) && u > j && s.sym(u+1, '-') && s.att(u+1) && s.is(u+2, "old") && s.att(u+2) && !info.vague {
		m.b, m.kind, m.unit = u+3, Age, s.toks[u].lex().unit // "an eleven-month-old boy"
		return m, m.b
	}
	if s.flags(u)&lxTime != 0 && s.lower(u) && !(info.vague && u > j) {
		m.b, m.kind, m.unit = u+1, Duration, s.toks[u].lex().unit
		if s.is(u+1, "ago") {
			m.b, m.kind = u+2, Date
		}
		if info.single && u == j && !s.att(u) {
			return figMatch{}, u + 1 // "one day", "one year": not a figure
		}
		return m, m.b
	}
	// Measures: "12 miles", "5-tonne", "6.5 magnitude", "40 sq km".
	if s.flags(u)&lxMeasure != 0 && s.flags(u)&lxAttachedOnly == 0 && s.lower(u) {
		m.b, m.kind, m.unit = u+1, Measure, s.toks[u].lex().unit
		if s.sym(u+1, '/') && s.att(u+1) && s.is(u+2, "h") && s.att(u+2) {
			m.b, m.unit = u+3, "km/h"
		}
		return m, m.b
	}
	if (s.is(u, "square") || s.is(u, "sq") || s.is(u, "cubic")) && s.flags(u+1)&lxMeasure != 0 {
		m.b, m.kind, m.unit = u+2, Measure, figAreaUnit(s.toks[u+1].lex().unit, s.is(u, "cubic"))
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
			m.kind, m.unit = Age, "year"
			return m, m.b
		}
		// An age at death: "dies at 78", "died at 97".
		if s.intNum(i) && v >= 1 && v <= 120 && m.b == i+1 && s.is(i-1, "at") &&
			(s.is(i-2, "dies") || s.is(i-2, "died") || s.is(i-2, "dying") || s.is(i-2, "die")) &&
			!s.countAfter(i+1) && s.flags(i+1)&lxTime == 0 {
			m.kind, m.unit = Age, "year"
			return m, m.b
		}
		// An age after a name: "John Smith, 54, said".
		if s.intNum(i) && v >= 1 && v <= 120 && m.b == i+1 &&
			((s.sym(i-1, ',') && (s.sym(i+1, ',') || s.dash(i+1))) || (s.sym(i-1, '(') && s.sym(i+1, ')'))) &&
			s.word(i-2) && s.flags(i-2)&(lxMonth|lxWeekday|lxFunction|lxStop) == 0 &&
			(s.toks[i-2].wcase == fcTitle || s.sym(i-1, ',') && s.apposDet(i-3)) {
			m.kind, m.unit = Age, "year"
			return m, m.b
		}
	}
	// Counts: "175 POWs", "ten survivors", "dozens dead", "thousands of
	// people", "39 are confirmed dead".
	m.kind = Count
	if info.single && m.b == i+1 {
		return figMatch{}, j // a lone "one"
	}
	n := j
	if info.vague && s.is(j, "of") {
		n = j + 1
	}
	if k := s.countNoun(n); k > 0 {
		m.b, m.unit = k+1, s.text(k)
		return m, m.b
	}
	if info.digits && s.sym(j, '-') && s.att(j) && s.lower(j+1) && s.att(j+1) {
		// "a 10-storey building", "a 12-point plan"
		m.b, m.unit = j+2, s.text(j+1)
		return m, m.b
	}
	if s.word(j) && s.toks[j].space && s.toks[j].wcase == fcTitle && s.flags(j)&(lxMonth|lxWeekday|lxFunction) == 0 {
		return figMatch{}, j + 1 // "10 Downing Street", "36 Quai des Orfèvres"
	}
	if start == i && (s.is(i-1, "the") || s.is(i-1, "a") || s.is(i-1, "an") ||
		(s.is(i-1, "last") || s.is(i-1, "first") || s.is(i-1, "final")) && s.is(i-2, "the")) {
		return figMatch{}, j // "the 707 was a freighter", "the last 16": a name or rank
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
		return figMatch{}, j
	}
	return m, m.b
}

// notFigure reports whether the digits at token i are a name, code or
// label rather than a figure, and where to go on from.
func (s *figScanner) notFigure(i, start int) (bool, int) {
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
		if s.toks[p].wcase != fcLower && f&(lxFunction|lxMonth|lxWeekday|lxAge|lxCurPrefix|lxDatePart|lxDateQual) == 0 {
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
func (s *figScanner) apposDet(i int) bool {
	for _, w := range []string{"the", "The", "another", "Another", "his", "His", "her", "Her", "their", "Their", "a", "A"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// openParen reports whether a "(" that no ")" closes stands before token
// i, in the dozen tokens before it.
func (s *figScanner) openParen(i int) bool {
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
func (s *figScanner) dash(i int) bool {
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
func (s *figScanner) skipAttached(i int) int {
	j := i + 1
	for j < len(s.toks) && s.att(j) && s.toks[j].kind != ftSym {
		j++
	}
	return j
}

// skipDigitRun returns the index after a run of digit groups separated by
// spaces, hyphens or dots ("0161 496 0000", "+44 20 7946 0000").
func (s *figScanner) skipDigitRun(i int) int {
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

// clock matches a time of day at token i: "15:30", "6am", "6 pm", "1430
// UTC".
func (s *figScanner) clock(i, start int) (figMatch, bool) {
	t := s.toks[i]
	if !s.intNum(i) || t.ndigits > 4 {
		return figMatch{}, false
	}
	j := -1
	switch {
	case s.sym(i+1, ':') && s.att(i+1) && s.num(i+2) && s.att(i+2) && s.toks[i+2].nflags&^fnLeadingZero == 0 &&
		s.toks[i+2].ndigits == 2 && t.num <= 24 && s.toks[i+2].num < 60:
		j = i + 3
	case t.ndigits <= 2 && t.num >= 1 && t.num <= 12 && (s.is(i+1, "o'clock") || s.is(i+1, "o’clock")):
		return figMatch{a: start, b: i + 2, kind: Date, unit: "time", valid: true}, true
	case t.ndigits <= 2 && t.num >= 1 && t.num <= 12 && s.flags(i+1)&lxAmPm != 0 && s.lower(i+1):
		return figMatch{a: start, b: i + 2, kind: Date, unit: "time", valid: true}, true
	case t.ndigits <= 2 && t.num >= 1 && t.num <= 12 && (s.is(i+1, "a") || s.is(i+1, "p")) && s.sym(i+2, '.') && s.is(i+3, "m") && s.att(i+3):
		j = i + 4
		if s.sym(j, '.') && s.att(j) {
			j++
		}
		return figMatch{a: start, b: j, kind: Date, unit: "time", valid: true}, true
	case t.ndigits == 4 && int(t.num)%100 < 60 && t.num < 2400 && s.word(i+1) && s.toks[i+1].wcase == fcUpper && s.flags(i+1)&lxZone != 0:
		j = i + 1
	default:
		return figMatch{}, false
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
	return figMatch{a: start, b: j, kind: Date, unit: "time", valid: true}, true
}

// dayMonth matches "11 March", "11th of March 2025", "11-12 March" whose
// day is token i and whose month may start at token j.
func (s *figScanner) dayMonth(i, start, j int) (figMatch, bool) {
	if !s.intNum(i) || s.toks[i].ndigits > 2 || s.toks[i].num < 1 || s.toks[i].num > 31 {
		return figMatch{}, false
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
		return figMatch{}, false
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
	return figMatch{a: start, b: end, kind: Date, valid: true}, true
}

// yearOf reports whether the four digits at token i, of value v, are a
// year rather than a count: "in 2003", "the 1973 building", "the
// upcoming 2020 race", but not "exceed 1000" or "2000 troops".
func (s *figScanner) yearOf(i int, v float64) bool {
	if (s.sym(i+1, '\'') || s.sym(i+1, '’')) && s.is(i+2, "s") && s.att(i+1) && s.att(i+2) {
		return true // "1995's family fantasy"
	}
	if s.word(i+1) && s.toks[i+1].space && s.pluralNoun(i+1) && s.flags(i-1)&lxDet == 0 && !s.is(i-1, "a") {
		return false
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
	return s.lower(i-1) && s.flags(i-1)&lxStop == 0 && int(v)%100 != 0
}

// yearContext reports whether the words before token i make the number
// there a year ("in 2003", "the 1973 building", "(1998)").
func (s *figScanner) yearContext(i int) bool {
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

// metres reports whether the "m" written against the number at token i
// means metres ("60m hurdles", "a 40m-high wall") rather than millions
// ("2m people", "77m euros", "up from 38m"); what follows starts at token
// j. News writes millions far more often, so millions win unless the
// context says otherwise.
func (s *figScanner) metres(i, j int) bool {
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

// countAfter reports whether a counted noun follows from token j.
func (s *figScanner) countAfter(j int) bool { return s.countNoun(j) > 0 }

// countNoun returns the index of the plural noun a count at token j
// counts ("175 POWs", "22 severely wounded soldiers", "1,000 people"), or
// -1. It looks at most four words ahead and stops at function words,
// punctuation and numbers.
func (s *figScanner) countNoun(j int) int {
	for k, n := j, 0; n < 4 && k < len(s.toks); k, n = k+1, n+1 {
		t := s.toks[k]
		if t.kind == ftSym && t.r == '-' && k > j && s.att(k) && s.word(k+1) && s.att(k+1) && !s.pluralNoun(k+1) {
			k++ // "best-selling books": the compound is an adjective
			continue
		}
		if t.kind == ftSym && t.r == '-' && k > j && s.att(k) && s.word(k+1) && s.att(k+1) {
			return k + 1 // "cross-border raids"
		}
		if t.kind != ftWord || !t.space {
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
		if t.wcase == fcLower {
			w := s.text(k)
			if strings.HasSuffix(w, "ing") && f&lxCountAdj == 0 {
				return -1 // a verb: "2014 showing sponges"
			}
		}
	}
	return -1
}

// pluralNoun reports whether word k looks like a plural noun.
func (s *figScanner) pluralNoun(k int) bool {
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
	return figPluralWord(w)
}

// figPluralWord reports whether a lower-case word ends as a plural noun
// does.
func figPluralWord(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

func figAreaUnit(u string, cubic bool) string {
	if cubic {
		switch u {
		case "m":
			return "m³"
		case "km":
			return "km³"
		case "ft":
			return "cu ft"
		}
		return u
	}
	switch u {
	case "m":
		return "m²"
	case "km":
		return "km²"
	case "mi":
		return "sq mi"
	case "ft":
		return "sq ft"
	}
	return u
}

// figSentIter walks the sentences of one block in order.
type figSentIter struct {
	body     string
	pos, end int
	cur      Span
	started  bool
}

// spanFor returns the sentence that holds sp; sentences are asked for in
// text order, so the walk is linear.
func (it *figSentIter) spanFor(sp Span) Span {
	if !it.started {
		it.started = true
		it.cur = it.next()
	}
	for it.cur.End <= sp.Start && it.pos < it.end {
		it.cur = it.next()
	}
	out := it.cur
	for out.End < sp.End && it.pos < it.end {
		it.cur = it.next()
		out.End = it.cur.End
	}
	if out.Start > sp.Start {
		out.Start = sp.Start
	}
	if out.End < sp.End {
		out.End = sp.End
	}
	return out
}

// figSentBytes are the bytes next stops at: a new line, the marks that
// end a sentence, and the first byte of "…".
var figSentBytes = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xe2: true}

// next returns the next sentence of the block.
func (it *figSentIter) next() Span {
	b := it.body
	i := it.pos
	for i < it.end {
		r, n := utf8.DecodeRuneInString(b[i:it.end])
		if !figSpace(r) {
			break
		}
		i += n
	}
	start := i
	for i < it.end {
		for i < it.end && !figSentBytes[b[i]] {
			i++ // no byte of a longer rune is one of figSentBytes
		}
		if i >= it.end {
			break
		}
		c := b[i]
		if c == '\n' {
			// A blank line ends a sentence.
			k := i + 1
			for k < it.end && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r') {
				k++
			}
			if k < it.end && b[k] == '\n' {
				it.pos = k
				return Span{start, figTrimEnd(b, start, i)}
			}
			i++
			continue
		}
		if c != '.' && c != '!' && c != '?' && !(c == 0xe2 && strings.HasPrefix(b[i:it.end], "…")) {
			i++
			continue
		}
		p := i
		j := i
		for j < it.end {
			switch {
			case b[j] == '.' || b[j] == '!' || b[j] == '?' || b[j] == '"' || b[j] == '\'' || b[j] == ')' || b[j] == ']':
				j++
				continue
			case strings.HasPrefix(b[j:it.end], "…"), strings.HasPrefix(b[j:it.end], "”"), strings.HasPrefix(b[j:it.end], "’"):
				j += 3
				continue
			}
			break
		}
		if j >= it.end {
			it.pos = it.end
			return Span{start, j}
		}
		r, _ := utf8.DecodeRuneInString(b[j:it.end])
		if !figSpace(r) {
			i = j
			continue
		}
		k := j
		for k < it.end {
			r, n := utf8.DecodeRuneInString(b[k:it.end])
			if !figSpace(r) {
				break
			}
			k += n
		}
		if k >= it.end {
			it.pos = it.end
			return Span{start, j}
		}
		r, _ = utf8.DecodeRuneInString(b[k:it.end])
		opens := unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r)
		if opens && !(b[p] == '.' && j == p+1 && figAbbrevBefore(b, start, p)) {
			it.pos = j
			return Span{start, j}
		}
		i = j
	}
	it.pos = it.end
	return Span{start, figTrimEnd(b, start, it.end)}
}

func figTrimEnd(b string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(b[start:end])
		if !figSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// figAbbrevBefore reports whether the word ending at the full stop b[p] is an
// abbreviation or an initial ("Mr.", "Sept.", "U.S.").
func figAbbrevBefore(b string, start, p int) bool {
	k := p
	for k > start && ((b[k-1] >= 'a' && b[k-1] <= 'z') || (b[k-1] >= 'A' && b[k-1] <= 'Z')) {
		k--
	}
	w := b[k:p]
	if len(w) == 1 {
		return true
	}
	var buf [8]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := figAbbrevs[string(buf[:len(w)])]
	return ok
}

var figAbbrevs = map[string]struct{}{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms dr prof st mt gen sen rep gov lt col sgt capt cmdr adm maj
		rev hon jan feb mar apr jun jul aug sep sept oct nov dec no nos vs inc ltd co corp jr sr fig approx
		dept est ave rd pres supt insp det ft op vol pp al gov messrs mme mlle cf ie eg`) {
		figAbbrevs[w] = struct{}{}
	}
}

// Package figures finds the key figures of a news text (money,
// percentages, counts, ages, dates, durations and measures) with their
// normalised values and units, working on plain text and byte offsets.
//
// The scanner works on the tokens of one text block at a time (see
// tokens.go) and tries, at each token, the forms a figure takes: money
// ("$2.5bn", "£600m"), percentages, ages, dates ("11 March", "end of
// February", "in 2003"), durations ("30-day", "about an hour"), measures
// ("40km") and counts with their noun ("175 POWs"). Numbers used as names
// ("Article 5", "Boeing 737", "COVID-19", "World War Two"), ordinals, phone
// and version numbers, and small number words after a determiner ("the two
// leaders") are passed over. The cost is linear in the text's length.
package figures

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Span is a range of byte offsets [Start, End) into the text.
type Span struct {
	Start int
	End   int
}

// Kind is the kind of a key figure.
type Kind int

const (
	// Count is a number of things: "175 POWs".
	Count Kind = iota
	// Money is an amount of money: "£1,400", "$2.5bn".
	Money
	// Percent is a percentage: "76%", "six per cent".
	Percent
	// Age is a person's age: "aged 42", "a 19-year-old".
	Age
	// Date is a calendar date or period: "11 March", "end of February".
	Date
	// Duration is a length of time: "30-day", "hour-long", "about an hour".
	Duration
	// Measure is a physical quantity with a unit: "40km", "5 tonnes".
	Measure
	// Ordinal is a rank, a place in an order: "the third round", "round
	// 3", "finished tenth" (ranks.go). Its name in the contract is "rank".
	Ordinal
	// Ratio is a part of a whole: "a third of", "two-thirds", "one in
	// three" (ratios.go). Its value is the ratio (0.333...).
	Ratio
)

// String implements fmt.Stringer. The names match the analysis contract.
func (k Kind) String() string {
	switch k {
	case Money:
		return "money"
	case Percent:
		return "percent"
	case Age:
		return "age"
	case Date:
		return "date"
	case Duration:
		return "duration"
	case Measure:
		return "measure"
	case Ordinal:
		return "rank"
	case Ratio:
		return "ratio"
	}
	return "count"
}

// Figure is a number found in the text.
type Figure struct {
	Span
	Kind Kind
	// Value is the figure's normalised value (175 for "175 POWs", 2.5e9
	// for "$2.5bn", 30 for "30-day"); 0 with HasValue false when none.
	Value    float64
	HasValue bool
	// ValueTo is the upper end of a range ("between 40 and 45 minutes",
	// "5-7%"), 0 when the figure is not a range.
	ValueTo float64
	// Unit is the counted noun or unit ("POWs", "USD", "day", "%").
	Unit string
	// Change says how the figure moved or compares: Up for "rose 76%",
	// More for "more than 60%"; "" for an exact figure and for dates.
	Change Change
	// About is what the figure measures, a short noun phrase of its
	// sentence ("Vecturas shares", "its revenue"); "" when none is found.
	About string
	// Sentence is the sentence the figure stands in.
	Sentence Span
}

// Find returns the key figures of body in text order, searching the given
// blocks of it (paragraphs, headings: spans in text order; the parts of a
// block that overlap an earlier one, and parts beyond the body, are
// skipped).
func Find(body string, blocks []Span) []Figure {
	if body == "" {
		return nil
	}
	s := scanner{body: body}
	s.out = make([]Figure, 0, 4+len(body)/400) // news runs about a figure a paragraph
	buf := tokPool.Get().(*[]token)
	s.toks = (*buf)[:0]
	defer func() {
		if cap(s.toks) > maxPooledTokens {
			return // a huge block's tokens go to the collector, not the pool
		}
		*buf = s.toks[:0]
		tokPool.Put(buf)
	}()
	last := 0
	for _, b := range blocks {
		start, end := b.Start, b.End
		if start < 0 || start >= end {
			continue
		}
		if start < last {
			start = last
		}
		if end > len(body) {
			end = len(body)
		}
		for start < end && !utf8.RuneStart(body[start]) {
			start++
		}
		for end > start && end < len(body) && !utf8.RuneStart(body[end]) {
			end--
		}
		if start >= end {
			continue
		}
		for start < end { // a huge block in pieces, so its tokens stay few
			cut := pieceEnd(body, start, end)
			s.block(start, cut)
			start = cut
		}
		last = end
	}
	return s.out
}

// maxPiece is the most bytes of a block tokenized at once: a longer
// block (no paragraph of prose comes near; a page that is one table or
// one line of numbers does) is searched in pieces cut at sentence ends,
// so that its tokens take tens of MB less than the whole block would.
const maxPiece = 64 << 10

// pieceEnd returns where the piece of the block [start, end) that begins
// at start ends: end, or the last sentence end (else space, else rune
// start) in the piece's last 4 KB.
func pieceEnd(body string, start, end int) int {
	if end-start <= maxPiece {
		return end
	}
	lim := start + maxPiece
	tail := body[lim-4096 : lim]
	if i := strings.LastIndex(tail, ". "); i >= 0 {
		return lim - 4096 + i + 2
	}
	if i := strings.LastIndexAny(tail, " \n\t"); i >= 0 {
		return lim - 4096 + i + 1
	}
	for lim > start+1 && !utf8.RuneStart(body[lim]) {
		lim--
	}
	return lim
}

// maxPooledTokens is the largest token buffer tokPool keeps: a
// pathological block (an 8 MB paragraph) would otherwise hold a
// buffer of hundreds of MB in the pool.
const maxPooledTokens = 1 << 16

// tokPool keeps token buffers for findFigures between articles.
var tokPool = sync.Pool{New: func() any { return new([]token) }}

type scanner struct {
	body string
	toks []token
	out  []Figure
	sent sentIter
	// prev is the last figure found in this block: the token after it,
	// and the tokens of its about when ok.
	prev struct {
		end, from, to int
		ok            bool
	}
}

// match is a figure found over tokens [a, b).
type match struct {
	a, b  int
	kind  Kind
	val   float64
	to    float64 // a range's upper end, or 0
	has   bool
	unit  string
	valid bool
}

func (s *scanner) block(start, end int) {
	if n := max(64, (end-start)/5); cap(s.toks) < n {
		// One buffer for all blocks: about a token for every five bytes.
		s.toks = make([]token, 0, n)
	}
	s.toks = tokenize(s.toks[:0], s.body, start, end)
	s.sent = sentIter{body: s.body, pos: start, end: end}
	s.prev.end, s.prev.ok = -1, false
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

func (s *scanner) emit(m match) {
	sp := Span{s.toks[m.a].start, s.toks[m.b-1].end}
	if !utf8.RuneStart(s.body[sp.Start]) || (sp.End < len(s.body) && !utf8.RuneStart(s.body[sp.End])) {
		return
	}
	if n := len(s.out); n > 0 && s.out[n-1].End > sp.Start {
		return
	}
	if m.kind == Count && m.unit == "" && allDigits(s.body[sp.Start:sp.End]) && quotedAlone(s.body, sp) {
		return // a numeral mentioned, not an amount: ""D" is for "disease" and "19" for the year"
	}
	f := Figure{Span: sp, Kind: m.kind, Value: m.val, HasValue: m.has, Unit: m.unit}
	if m.to > m.val {
		f.ValueTo = m.to
	}
	// A sign against the number: "FTSE -0.6%", "Dow +0.2%"; a signed
	// percentage is a change.
	var sign Change
	if k := m.a - 1; m.has && m.kind != Date && m.kind != Age && s.num(m.a) && s.att(m.a) &&
		(s.sym(k, '-') || s.sym(k, '−') || s.sym(k, '+')) &&
		(k == 0 || s.toks[k].space) && (len(s.out) == 0 || s.out[len(s.out)-1].End <= s.toks[k].start) {
		f.Start = s.toks[k].start
		sign = Up
		if !s.sym(k, '+') {
			sign = Down
			f.Value, f.ValueTo = -f.Value, 0
		}
		if m.kind != Percent {
			sign = ""
		}
	}
	end := m.b // the figure's tokens end here, with its rate
	if m.kind != Date && m.kind != Age && m.kind != Ordinal && m.unit != "" {
		if e, unit := s.rate(m.b, m.kind, m.unit); e > m.b {
			f.End, f.Unit, end = s.toks[e-1].end, unit, e
		}
	}
	f.Sentence = s.sent.spanFor(f.Span)
	if m.kind == Date {
		s.out = append(s.out, f)
		s.prev.end, s.prev.ok = end, false
		return
	}
	f.Change = s.change(m.a, sign)
	if m.kind == Ordinal {
		f.Change = "" // a place does not move or compare
	}
	if n := len(s.out); n > 0 && s.sym(m.a-1, '(') && s.out[n-1].Sentence == f.Sentence && f.Change == "" {
		f.Change = s.out[n-1].Change // "dropped by 1C (1.8F)"
	}
	if s.mergeRange(f) {
		s.prev.end = end
		return
	}
	floor := m.a
	for floor > 0 && s.toks[floor-1].start >= f.Sentence.Start {
		floor--
	}
	first := m.a
	if sign != "" || f.Value < 0 {
		first-- // the sign
	}
	if n := len(s.out); n > 0 && s.out[n-1].Sentence == f.Sentence && s.out[n-1].About != "" &&
		(s.is(first-1, "to") || s.is(first-1, "from") || s.sym(first-1, '(')) && first-2 >= 0 && s.toks[first-2].end == s.out[n-1].End {
		f.About = s.out[n-1].About // "rose 6.5% to 164p", "$1.13bn (£600m)": s.prev stays
	} else if a, b, ok := s.about(first, end, floor, m.kind, m.unit, f.Value); ok && !s.weakAbout(a, b) {
		f.About = s.body[s.toks[a].start:s.toks[b-1].end]
		s.prev.from, s.prev.to, s.prev.ok = a, b, true
	} else {
		s.prev.ok = false
	}
	s.prev.end = end
	s.out = append(s.out, f)
}

// mergeRange makes the last figure found and f, the same measure written
// twice, one range: "from 252 miles to 287 miles", "between 15kHz and
// 17kHz", "a five per cent to 20 per cent rebound". It reports whether it
// did.
func (s *scanner) mergeRange(f Figure) bool {
	n := len(s.out)
	if n == 0 {
		return false
	}
	p := &s.out[n-1]
	if p.Sentence != f.Sentence || p.Kind != f.Kind || p.Unit != f.Unit || !p.HasValue || !f.HasValue ||
		p.ValueTo != 0 || f.ValueTo != 0 || f.Value <= p.Value || p.Change == Up || p.Change == Down || f.Change != "" {
		return false
	}
	switch strings.TrimSpace(s.body[p.End:f.Start]) {
	case "to", "-", "–":
	case "and":
		if !strings.HasSuffix(strings.TrimRight(s.body[p.Sentence.Start:p.Start], " "), "between") {
			return false
		}
	default:
		return false
	}
	p.End, p.ValueTo = f.End, f.Value
	if p.Change != Up && p.Change != Down {
		p.Change = "" // a range says its bounds: "from up to 252 miles to 287 miles"
	}
	return true
}

// Token helpers. Each is safe for any index.

func (s *scanner) word(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].kind == ftWord }
func (s *scanner) num(i int) bool  { return i >= 0 && i < len(s.toks) && s.toks[i].kind == ftNum }

func (s *scanner) flags(i int) lexFlag {
	if s.word(i) {
		return s.toks[i].lex().flags
	}
	return 0
}

func (s *scanner) sym(i int, r rune) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == ftSym && s.toks[i].r == r
}

// att reports whether token i stands against the token before it.
func (s *scanner) att(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].space }

func (s *scanner) is(i int, w string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == ftWord && t.end-t.start == len(w) && strings.EqualFold(s.body[t.start:t.end], w)
}

func (s *scanner) text(i int) string { return s.body[s.toks[i].start:s.toks[i].end] }

func (s *scanner) lower(i int) bool { return s.word(i) && s.toks[i].wcase == fcLower }

// intNum reports whether token i is a whole number in digits.
func (s *scanner) intNum(i int) bool {
	return s.num(i) && s.toks[i].nflags&(fnDecimal|fnMultiDot|fnLeadingZero) == 0
}

// year reports whether token i is a year: four digits, 1000 to 2199.
func (s *scanner) year(i int) bool {
	if !s.intNum(i) || s.toks[i].nflags&fnComma != 0 || s.toks[i].ndigits != 4 {
		return false
	}
	v := s.toks[i].num
	return v >= 1000 && v < 2200
}

// yearEnd returns the end of a year or decade ("1990s") starting at token
// i, or -1.
func (s *scanner) yearEnd(i int) int {
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
func (s *scanner) sentenceStart(i int) bool {
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
func (s *scanner) at(i int) (match, int) {
	return s.from(i, i)
}

// from matches a figure whose core starts at token i and whose span starts
// at token start (before i when an approximator or prefix leads it).
func (s *scanner) from(i, start int) (match, int) {
	t := s.toks[i]
	if m, ok := s.ratioAt(i, start); ok {
		return m, m.b
	}
	switch t.kind {
	case ftNum:
		return s.number(i, start)
	case ftSym:
		if cur := currency(t.r); cur != "" && s.num(i+1) {
			return s.money(start, i+1, cur)
		}
		// "$US55m", "$A82,615": the country after the sign.
		if t.r == '$' && s.word(i+1) && s.att(i+1) && s.toks[i+1].wcase == fcUpper && s.flags(i+1)&lxDollarPrefix != 0 &&
			s.num(i+2) && s.att(i+2) {
			return s.money(start, i+2, s.toks[i+1].lex().cur)
		}
		return match{}, i + 1
	}
	if n := s.ordinalAt(i); n > 0 && start == i {
		if m, ok := s.rankAt(i, i+1, start, n); ok {
			return m, m.b
		}
	}
	f := t.lex().flags
	if f == 0 {
		return match{}, i + 1 // a word the lexicon does not know starts no figure
	}
	if k := s.approx(i); k > 0 && start == i {
		m, _ := s.afterApprox(i, i+k)
		if m.valid {
			return m, m.b
		}
		return match{}, i + 1
	}
	switch {
	case f&lxDollarPrefix != 0 && t.wcase == fcUpper && s.sym(i+1, '$') && (s.att(i+1) || t.end-t.start >= 2) && s.num(i+2):
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
			return match{a: start, b: e, kind: Date, val: s.toks[i+2].num, has: true, unit: "year", valid: true}, e
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
			m := match{a: start, b: e, kind: Date, val: s.toks[k].num, has: true, unit: "year", valid: true}
			if e == k+2 {
				m.unit = "decade"
			}
			return m, e
		}
	case f&lxAge != 0 && (t.wcase == fcLower || s.sentenceStart(i)):
		return s.aged(i, start)
	case f&lxTime != 0 && s.sym(i+1, '-') && s.att(i+1) && s.is(i+2, "long") && s.att(i+2):
		m := match{a: start, b: i + 3, kind: Duration, unit: t.lex().unit, valid: true}
		if !pluralWord(s.text(i)) {
			m.val, m.has = 1, true
		}
		return m, m.b
	case s.is(i, "magnitude"):
		k := i + 1
		if s.sym(k, '-') && s.att(k) {
			k++
		}
		if s.num(k) && s.toks[k].num < 10 {
			return match{a: start, b: k + 1, kind: Measure, val: s.toks[k].num, has: true, unit: "magnitude", valid: true}, k + 1
		}
	}
	if m, ok := s.aSpan(i, start); ok {
		return m, m.b
	}
	if f&(lxSmall|lxTens|lxHundred|lxVague) != 0 || s.is(i, "half") ||
		((s.is(i, "a") || s.is(i, "an")) && s.flags(i+1)&(lxMultWord|lxHundred) != 0) {
		return s.number(i, start)
	}
	return match{}, i + 1
}

// approx returns how many tokens of approximator stand at i ("about",
// "more than", "at least", "an estimated", "just over"), or 0.
func (s *scanner) approx(i int) int {
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
func (s *scanner) afterApprox(start, k int) (match, int) {
	if k >= len(s.toks) {
		return match{}, k
	}
	if (s.is(k, "a") || s.is(k, "an")) && s.flags(k+1)&lxTime != 0 && !pluralWord(s.text(k+1)) {
		return match{a: start, b: k + 2, kind: Duration, val: 1, has: true, unit: s.toks[k+1].lex().unit, valid: true}, k + 2
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
	return match{}, k
}

// aSpan matches a span of time written with "a" or "an": "an hour", "a
// decade", "a century", "a quarter century", "a quarter of a century"; not
// "a day" or "a year", which are more often idioms ("a day after", "once a
// year").
func (s *scanner) aSpan(i, start int) (match, bool) {
	if !(s.is(i, "a") || s.is(i, "an")) || s.is(i-1, "per") || s.is(i-1, "once") || s.is(i-1, "twice") {
		return match{}, false
	}
	k, v := i+1, 1.0
	if s.is(k, "quarter") {
		k, v = k+1, 0.25
		if s.is(k, "of") && s.is(k+1, "a") {
			k += 2
		}
		if !s.is(k, "century") {
			return match{}, false
		}
	}
	if !(s.is(k, "hour") || s.is(k, "decade") || s.is(k, "century") || s.is(k, "fortnight")) || !s.lower(k) || s.sym(k+1, '-') && s.att(k+1) {
		return match{}, false
	}
	u := s.toks[k].lex().unit
	if u == "century" && v != 1 {
		v, u = v*100, "year" // "a quarter century": 25 years
	}
	return match{a: start, b: k + 1, kind: Duration, val: v, has: true, unit: u, valid: true}, true
}

// quotedAlone reports whether span sp of body stands alone in quotation
// marks: an opening mark right before it, a closing one right after it
// (after a comma or full stop at most).
func quotedAlone(body string, sp Span) bool {
	open, _ := utf8.DecodeLastRuneInString(body[:sp.Start])
	if open != '"' && open != '\u201c' && open != '\u2018' && open != '\'' {
		return false
	}
	rest := body[sp.End:]
	if strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, ".") {
		rest = rest[1:]
	}
	closing, _ := utf8.DecodeRuneInString(rest)
	return closing == '"' || closing == '\u201d' || closing == '\u2019' || closing == '\''
}

// allDigits reports whether s is a numeral of ASCII digits alone.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

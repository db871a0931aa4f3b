package figures

// The tokenizer the scanner works on: words, numbers in digits (with
// thousands commas and decimals) and single other runes.

import (
	"unicode"
	"unicode/utf8"
)

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

// token is one token of a block: a word, a number written in digits, or a
// single other rune.
type token struct {
	start, end int // byte offsets into the article body
	kind       uint8
	space      bool // whitespace (or the block start) stands before it
	wcase      uint8
	nflags     uint8
	ndigits    uint8   // digits before the decimal point (capped at 255)
	lx         uint16  // the word's index in lexTable (0: unknown)
	num        float64 // a number token's value
	r          rune    // a symbol token's rune
}

// lex returns what the lexicon knows about a word token.
func (t *token) lex() *lexEntry { return &lexTable[t.lx] }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x2009, 0x202f, 0x2002, 0x2003, 0x200b:
		return true
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// tokenize appends the tokens of body[start:end] to toks and returns it.
// start and end must lie on rune boundaries.
func tokenize(toks []token, body string, start, end int) []token {
	lexOnce.Do(buildLexicon)
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
			case isDigit(c):
				toks = append(toks, token{space: space})
				i = scanNumber(&toks[len(toks)-1], body, i, end)
				space = false
				continue
			case ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
				toks = append(toks, token{space: space})
				i = scanWord(&toks[len(toks)-1], body, i, end)
				space = false
				continue
			}
			toks = append(toks, token{start: i, end: i + 1, kind: ftSym, space: space, r: rune(c)})
			space = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:end])
		if isSpace(r) {
			space = true
			i += n
			continue
		}
		if unicode.IsLetter(r) {
			toks = append(toks, token{space: space})
			i = scanWord(&toks[len(toks)-1], body, i, end)
			space = false
			continue
		}
		toks = append(toks, token{start: i, end: i + n, kind: ftSym, space: space, r: r})
		space = false
		i += n
	}
	return toks
}

// scanNumber reads a number in digits at body[i:end]: digit groups with
// thousands commas and one decimal point, into t, and returns its end.
func scanNumber(t *token, body string, i, end int) int {
	t.start, t.kind = i, ftNum
	if body[i] == '0' && i+1 < end && isDigit(body[i+1]) {
		t.nflags |= fnLeadingZero
	}
	var v float64
	nd := 0
	j := i
	for j < end && isDigit(body[j]) {
		v = v*10 + float64(body[j]-'0')
		nd++
		j++
	}
	// Thousands groups: ",ddd" not followed by another digit.
	for j+3 < end+0 && body[j] == ',' && isDigit(body[j+1]) && isDigit(body[j+2]) && isDigit(body[j+3]) &&
		(j+4 >= end || !isDigit(body[j+4])) && nd <= 3+4*3 {
		v = v*1000 + float64(body[j+1]-'0')*100 + float64(body[j+2]-'0')*10 + float64(body[j+3]-'0')
		t.nflags |= fnComma
		nd += 3
		j += 4
	}
	if j+1 < end && body[j] == '.' && isDigit(body[j+1]) {
		t.nflags |= fnDecimal
		j++
		frac, div := 0.0, 1.0
		for j < end && isDigit(body[j]) {
			if div < 1e15 {
				frac = frac*10 + float64(body[j]-'0')
				div *= 10
			}
			j++
		}
		v = (v*div + frac) / div
		if j+1 < end && body[j] == '.' && isDigit(body[j+1]) {
			t.nflags |= fnMultiDot
			for j < end && (isDigit(body[j]) || (body[j] == '.' && j+1 < end && isDigit(body[j+1]))) {
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

// scanWord reads a word: letters, with apostrophes between letters
// ("Ukraine's", "don't"), into t, and returns its end.
func scanWord(t *token, body string, i, end int) int {
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
	t.wcase = wordCase(upper, n, firstUpper, body[j-1] == 's')
	if n <= maxWord {
		t.lx = lookupHash(h, body[i:j])
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
	t.wcase = wordCase(upper, n, firstUpper, lastS)
	if j-i <= maxWord {
		t.lx = lookup(body[i:j])
	}
	return j
}

// wordCase classifies a word of n letters, upper of them capitals.
func wordCase(upper, n int, firstUpper, lastS bool) uint8 {
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

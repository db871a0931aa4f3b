package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/byline/byline/reader/segment"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tkWord  tokKind = iota // letters, possibly with digits, ' - . inside
	tkNum                  // starts with a digit
	tkPunct                // any other single character
	tkPoss                 // the possessive 's or ’s split off a word
	tkQuote                // a quotation mark: " “ ” « » ' ‘ ’
)

// token is a word or punctuation mark of the body, with its byte offsets.
type token struct {
	s, e  int
	kind  tokKind
	upper bool // the first letter is upper case
	// q is 1 + the index of the direct quote the token lies inside (its
	// marks included), or 0.
	q int32
	// blk is the index of the block (in doc.blocks) the token belongs to.
	blk int32
}

// tokenize appends the tokens of body[start:end] to toks.
func tokenize(toks []token, body string, start, end, blk int) []token {
	i := start
	for i < end {
		r, n := rune(body[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(body[i:end])
		}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0' || unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(body, i, end)
			w := body[i:j]
			kind := tkWord
			if r >= '0' && r <= '9' {
				kind = tkNum
			}
			poss := 0
			if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
				poss = 2
			} else if len(w) > 4 && strings.HasSuffix(w, "’s") {
				poss = 4
			}
			toks = append(toks, token{s: i, e: j - poss, kind: kind, upper: unicode.IsUpper(r), blk: int32(blk)})
			if poss > 0 {
				toks = append(toks, token{s: j - poss, e: j, kind: tkPoss, blk: int32(blk)})
			}
			i = j
		default:
			kind := tkPunct
			if isQuoteRune(r) {
				kind = tkQuote
			}
			toks = append(toks, token{s: i, e: i + n, kind: kind, blk: int32(blk)})
			i += n
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '\'', '‘', '’', '„':
		return true
	}
	return false
}

// wordEnd returns the end of the word starting at i: letters and digits,
// with ' ’ - . , joining two word characters ("don't", "U.S", "30-day",
// "1,400", "2.5").
func wordEnd(s string, i, end int) int {
	j := i
	for j < end {
		r, n := rune(s[j]), 1
		if r < utf8.RuneSelf {
			if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
				j++ // most words are ASCII letters
				continue
			}
			// no other ASCII character is a letter, digit or mark
		} else if r, n = utf8.DecodeRuneInString(s[j:end]); isWordRune(r) || unicode.IsMark(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == ',' || r == '‑' {
			if j+n < end {
				r2, _ := utf8.DecodeRuneInString(s[j+n : end])
				prev, _ := utf8.DecodeLastRuneInString(s[i:j])
				ok := isWordRune(r2)
				switch r {
				case ',':
					ok = unicode.IsDigit(prev) && unicode.IsDigit(r2)
				case '.':
					// "U.S" and "2.5", not "end.Next".
					ok = (unicode.IsDigit(prev) && unicode.IsDigit(r2)) ||
						(unicode.IsLetter(r2) && j-i <= 2 && unicode.IsUpper(prev))
				}
				if ok {
					j += n
					continue
				}
			}
		}
		break
	}
	return j
}

// text returns the token's text, or "" for an index outside the tokens.
func (d *doc) text(i int) string {
	if i < 0 || i >= len(d.toks) {
		return "" // callers may look one token past a clause's end
	}
	return d.body[d.toks[i].s:d.toks[i].e]
}

// lower returns the token's text in lower case.
func (d *doc) lower(i int) string {
	w := d.text(i)
	if w == "" || !d.toks[i].upper {
		return strings.ToLower(w) // no copy when w has no capital
	}
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	// An ASCII word with a capital: its lower case is in the body's,
	// made once, at the same offsets.
	if d.lowBody == "" {
		d.lowBody = lowerASCII(d.body)
	}
	return d.lowBody[d.toks[i].s:d.toks[i].e]
}

// lowerASCII returns s with its ASCII capitals in lower case, and every
// other byte as it is.
func lowerASCII(s string) string {
	b := []byte(s)
	for k, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	// b is not written again: the string can share its bytes, as
	// strings.Builder does.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// isUpperString reports whether strings.ToUpper(w) == w, without making
// the upper-case copy.
func isUpperString(w string) bool { return caseFixed(w, unicode.ToUpper) }

// isLowerString reports whether strings.ToLower(w) == w, without making
// the lower-case copy.
func isLowerString(w string) bool { return caseFixed(w, unicode.ToLower) }

// caseFixed reports whether mapping every rune of w through to leaves w
// as it is. Bytes that are not UTF-8 change, as strings.Map turns them
// into U+FFFD.
func caseFixed(w string, to func(rune) rune) bool {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if to(rune(c)) != rune(c) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n == 1 || to(r) != r {
			return false
		}
		i += n
	}
	return true
}

// is reports whether token i is the punctuation or word s.
func (d *doc) is(i int, s string) bool {
	return i >= 0 && i < len(d.toks) && d.text(i) == s
}

// isWord reports whether token i is a word.
func (d *doc) isWord(i int) bool {
	return i >= 0 && i < len(d.toks) && (d.toks[i].kind == tkWord || d.toks[i].kind == tkNum)
}

// spanText returns the text from token i to token j (inclusive) with runs
// of white space made single spaces.
func (d *doc) spanText(i, j int) string {
	s := d.body[d.toks[i].s:d.toks[j].e]
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// singleSpaced reports whether s holds no new line, tab, carriage
// return or no-break space, and no two spaces in a row: the text that
// spanText returns as it is.
func singleSpaced(s string) bool {
	for k := 0; k < len(s); k++ {
		switch s[k] {
		case '\n', '\t', '\r':
			return false
		case ' ':
			if k+1 < len(s) && s[k+1] == ' ' {
				return false
			}
		case 0xc2: // U+00A0 is C2 A0 in UTF-8
			if k+1 < len(s) && s[k+1] == 0xa0 {
				return false
			}
		}
	}
	return true
}

// abbreviations are words whose following full stop may stand inside a
// sentence (package segment's list).
var abbreviations = segment.AbbrevSet()

// sentences splits the tokens [from, to) of a block into sentences,
// returned as [start, end) token ranges. A sentence ends at . ! or ?
// outside quotation marks, or after a closing mark whose quote ends one.
func (d *doc) sentences(out [][2]int, from, to int) [][2]int {
	start := from
	for i := from; i < to; i++ {
		t := d.toks[i]
		if t.kind != tkPunct && t.kind != tkQuote {
			continue
		}
		c := d.body[t.s]
		end := false
		switch {
		case t.q == 0 && (c == '.' || c == '!' || c == '?'):
			if i+1 < to && d.toks[i+1].kind == tkQuote && d.toks[i+1].q == 0 {
				k := i + 1
				for k < to && d.toks[k].kind == tkQuote && d.toks[k].q == 0 {
					k++
				}
				if d.toks[i+1].s == t.e {
					// a closing mark the quote finder did not pair: the
					// sentence ends after it
					if k >= to || d.startsSentence(k) {
						out = append(out, [2]int{start, k})
						start = k
					}
					i = k - 1
					continue
				}
				end = true // ". ''Next": an opening mark starts the next sentence
				out = append(out, [2]int{start, i + 1})
				start = i + 1
				continue
			}
			end = i+1 >= to || (d.startsSentence(i+1) && d.toks[i+1].s > t.e)
			if end && c == '.' && i+1 < to {
				// "Mr. Smith", "in the U.S. He said": package segment
				// says whether a stop after an abbreviation ends one
				end = segment.StopEnds(d.body, d.toks[from].s, t.s, d.toks[i+1].s)
			}
		case t.kind == tkQuote && t.q != 0 && (i+1 >= to || d.toks[i+1].q != t.q):
			// the closing mark of a quote: does the quote end a sentence?
			if i > from && d.toks[i-1].kind == tkPunct {
				p := d.body[d.toks[i-1].s]
				if p == '.' && i+1 < to && d.startsSentence(i+1) && !d.attribSoon(i+1, to, true) {
					end = true
				}
				if (p == '?' || p == '!') && i+1 < to && d.startsSentence(i+1) && !d.cueSoon(i+1, to) && !d.attribSoon(i+1, to, false) {
					end = true
				}
			}
		}
		if end {
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < to {
		out = append(out, [2]int{start, to})
	}
	return out
}

// startsSentence reports whether token i can begin a sentence.
func (d *doc) startsSentence(i int) bool {
	t := d.toks[i]
	switch t.kind {
	case tkWord:
		return t.upper
	case tkNum, tkQuote:
		return true
	case tkPunct:
		c := d.body[t.s]
		return c == '(' || c == '['
	}
	return false
}

// attribSoon reports whether the words from token i read as a short
// attribution ending a sentence: `." Trump said.`, `?" Hannity pressed.`
// With cue set, the verb must be a speech cue.
func (d *doc) attribSoon(i, to int, cue bool) bool {
	k := i
	for k < to && k < i+6 && (d.toks[k].kind == tkWord && d.toks[k].upper || k > i && d.is(k, ".") && segment.IsTitle(d.text(k-1))) {
		k++ // "Rep. Glenn Thompson"
	}
	if k > i && d.is(k, ",") {
		// `!" Rep. Glenn Thompson, R-Pa., said of ...`: a cue after an
		// appositive
		for n := k + 1; n < to && n < k+14; n++ {
			if d.toks[n].kind == tkQuote || d.is(n, "!") || d.is(n, "?") {
				return false
			}
			if d.isWord(n) && !d.toks[n].upper && d.wordIs(n, wfCueS) {
				return d.is(n-1, ",")
			}
		}
		return false
	}
	if k == i {
		if w := d.lower(i); w == "he" || w == "she" {
			k++
		} else {
			return false
		}
	}
	if k >= to || d.toks[k].kind != tkWord || d.toks[k].upper {
		return false
	}
	if cue && !d.wordIs(k, wfCueS) {
		return false
	}
	if !cue && d.wordIs(k, wfClauseStop|wfPreposition) {
		return false
	}
	for n := k + 1; n < to && n < k+8; n++ {
		if d.toks[n].kind == tkPunct && (d.body[d.toks[n].s] == '.' || d.body[d.toks[n].s] == ',') {
			return true
		}
		if d.toks[n].kind == tkQuote || d.is(n, "that") {
			return false
		}
	}
	return k+1 >= to
}

// cueSoon reports whether a speech cue follows within a few words of
// token i ("?" Trump asked.), before the sentence ends.
func (d *doc) cueSoon(i, to int) bool {
	for k := i; k < to && k < i+5; k++ {
		if d.toks[k].kind == tkPunct {
			c := d.body[d.toks[k].s]
			if c == '.' || c == '!' || c == '?' {
				return false
			}
		}
		if d.cueKind(k) != 0 {
			return true
		}
	}
	return false
}

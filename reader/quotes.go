package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qspan is a direct quotation found in the text, marks included.
type qspan struct {
	s, e int
	blk  int
	// closed is false for a quote that runs to the end of its paragraph
	// without a closing mark (it goes on in the next one).
	closed bool
	single bool // in single quotation marks
	// apos marks a quote in '' marks typed for double ones (NYT style):
	// a direct quotation like any other.
	apos bool
	// cont is the index of the quote this one continues (a quote over
	// several paragraphs), or -1.
	cont int
	// tokens [t0, t1) of the quote, marks included.
	t0, t1 int
}

// quoteStops are the bytes findQuotes looks at: the ASCII marks and
// the less-than sign, and every byte of a character beyond ASCII.
var quoteStops = func() (t [256]bool) {
	t['<'], t['\''], t['"'] = true, true, true
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = true
	}
	return t
}()

// findQuotes returns the quotations in double marks, and in single marks
// when singles is true, of body[start:end].
func findQuotes(out []qspan, body string, start, end, blk int, singles bool) []qspan {
	inside := false
	qs := 0
	open := rune(0)
	first := len(out)
	for i := start; i < end; {
		if !quoteStops[body[i]] {
			i++ // no other ASCII character opens, closes or skips anything
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:end])
		if r == '<' && i+1 < end && (isWordRune(rune(body[i+1])) || body[i+1] == '/') {
			// an HTML-like tag: its attribute values are not quotes
			if k := strings.IndexByte(body[i:end], '>'); k > 0 {
				i += k + 1
				continue
			}
		}
		if r == '\'' && i+1 < end && body[i+1] == '\'' {
			// '' typed for a double mark
			prev, next := around(body, start, end, i, 2)
			adv := 2
			switch {
			case inside && open == '`':
				if !isSpace(prev) || isSpace(next) || next == 0 {
					e := i + 2
					if next == '\'' {
						e++ // `'old-school,'''`: the nested single mark closes first
						adv = 3
					}
					n := len(out)
					out = addQuote(out, body, qs, e, blk, true, false)
					if len(out) > n {
						out[n].apos = true
					}
					inside = false
				}
			case !inside && next != 0 && !isSpace(next):
				inside, qs, open = true, i, '`'
			}
			i += adv
			continue
		}
		switch r {
		case '“', '«', '„':
			if inside && open == '"' && r == '“' {
				if k := nestedEnd(body, i+n, end); k > 0 {
					// `"It comes across as “too loud” or “too shrill.”"`:
					// curly marks nested in straight ones
					i = k
					continue
				}
			}
			if inside && open == '“' && r == '“' {
				if prev, next := around(body, start, end, i, n); !isSpace(prev) && (next == 0 || isSpace(next)) {
					// a closing mark typed the wrong way round: `happy,“ said`
					out = addQuote(out, body, qs, i+n, blk, true, false)
					inside = false
					break
				}
			}
			if inside && open != '\'' && open != '‘' {
				out = addQuote(out, body, qs, i, blk, false, false)
			}
			inside, qs, open = true, i, r
		case '”', '»':
			if inside && open != '\'' && open != '‘' {
				out = addQuote(out, body, qs, i+n, blk, true, false)
				inside = false
			}
		case '"':
			prev, next := around(body, start, end, i, n)
			switch {
			case inside && (open == '"' || open == '“' || open == '«' || open == '„'):
				if !isSpace(prev) || isSpace(next) || next == 0 {
					out = addQuote(out, body, qs, i+n, blk, true, false)
					inside = false
				}
			case inside:
				// a double mark inside single marks: nested, ignore
			case next != 0 && !isSpace(next):
				inside, qs, open = true, i, r
			}
		case '\'', '‘', '’':
			if !singles {
				break
			}
			prev, next := around(body, start, end, i, n)
			switch {
			case !inside && r != '’' && (prev == 0 || isSpace(prev) || prev == '(' || prev == '-' || prev == '—') &&
				(isWordRune(next)):
				inside, qs, open = true, i, r
			case inside && (open == '\'' || open == '‘') && r != '‘' && prev != 0 && !isSpace(prev) &&
				!isWordRune(next) && !(prev == 's' && isSpace(next) && laterClose(body, i+n, end)):
				out = addQuote(out, body, qs, i+n, blk, true, true)
				inside = false
			}
		}
		i += n
	}
	if inside && open != '\'' && open != '‘' {
		out = addQuote(out, body, qs, end, blk, false, false)
		if open == '`' && len(out) > 0 && out[len(out)-1].s == qs {
			out[len(out)-1].apos = true
		}
	}
	_ = first
	return out
}

// nestedEnd returns the end of a curly quotation nested in a straight
// one at body[i:end] (just after its closing mark), when a straight mark
// closes the outer quotation later in the paragraph; else -1.
func nestedEnd(body string, i, end int) int {
	k := strings.Index(body[i:end], "”")
	if k < 0 {
		return -1
	}
	k += i + len("”")
	if nl := strings.IndexByte(body[i:end], '\n'); nl >= 0 && i+nl < k {
		return -1
	}
	if j := strings.IndexByte(body[k:end], '"'); j < 0 || strings.Contains(body[k:k+j], "\n") {
		return -1
	}
	return k
}

// laterClose reports whether a closing single mark follows in
// body[i:end], so that an earlier "s' " is a plural possessive ("the
// voters' choice").
func laterClose(body string, i, end int) bool {
	if end > i+400 {
		end = i + 400
	}
	for i < end {
		r, n := utf8.DecodeRuneInString(body[i:end])
		if r == '\'' || r == '’' {
			prev, next := around(body, 0, end, i, n)
			if !isSpace(prev) && !isWordRune(next) && !(prev == 's' && isSpace(next)) {
				return true
			}
		}
		if r == '\n' {
			return false
		}
		i += n
	}
	return false
}

// around returns the runes before and after the rune at i (0 at the edges).
func around(body string, start, end, i, n int) (prev, next rune) {
	if i > start {
		prev, _ = utf8.DecodeLastRuneInString(body[start:i])
	}
	if i+n < end {
		next, _ = utf8.DecodeRuneInString(body[i+n : end])
	}
	return prev, next
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\r' || unicode.IsSpace(r)
}

// addQuote appends the quote body[s:e], trimmed of trailing space, when it
// holds at least one letter or digit.
func addQuote(out []qspan, body string, s, e, blk int, closed, single bool) []qspan {
	for e > s {
		r, n := utf8.DecodeLastRuneInString(body[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	for _, r := range body[s:e] {
		if isWordRune(r) {
			return append(out, qspan{s: s, e: e, blk: blk, closed: closed, single: single, cont: -1})
		}
	}
	return out
}

// preferSingles reports whether the article quotes in single marks
// (British style): more single-quoted words than double-quoted ones in the
// body.
func preferSingles(body string) bool {
	double := strings.Count(body, "“") + strings.Count(body, "\"")
	single := strings.Count(body, "‘")
	for i := 0; i < len(body); {
		k := strings.IndexByte(body[i:], '\'')
		if k < 0 {
			break
		}
		i += k
		if (i == 0 || body[i-1] == ' ' || body[i-1] == '\n') && !strings.HasPrefix(body[i:], "''") {
			single++
		}
		i++
	}
	return single > double+2
}

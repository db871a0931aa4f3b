package figures

// The sentences of a block, for the sentence each figure stands in.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentIter walks the sentences of one block in order.
type sentIter struct {
	body     string
	pos, end int
	cur      Span
	started  bool
}

// spanFor returns the sentence that holds sp; sentences are asked for in
// text order, so the walk is linear.
func (it *sentIter) spanFor(sp Span) Span {
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

// sentBytes are the bytes next stops at: a new line, the marks that
// end a sentence, and the first byte of "…".
var sentBytes = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xe2: true}

// next returns the next sentence of the block.
func (it *sentIter) next() Span {
	b := it.body
	i := it.pos
	for i < it.end {
		r, n := utf8.DecodeRuneInString(b[i:it.end])
		if !isSpace(r) {
			break
		}
		i += n
	}
	start := i
	for i < it.end {
		for i < it.end && !sentBytes[b[i]] {
			i++ // no byte of a longer rune is one of sentBytes
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
				return Span{start, trimEnd(b, start, i)}
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
		if !isSpace(r) {
			i = j
			continue
		}
		k := j
		for k < it.end {
			r, n := utf8.DecodeRuneInString(b[k:it.end])
			if !isSpace(r) {
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
		if opens && !(b[p] == '.' && j == p+1 && abbrevBefore(b, start, p)) {
			it.pos = j
			return Span{start, j}
		}
		i = j
	}
	it.pos = it.end
	return Span{start, trimEnd(b, start, it.end)}
}

func trimEnd(b string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(b[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// abbrevBefore reports whether the word ending at the full stop b[p] is an
// abbreviation or an initial ("Mr.", "Sept.", "U.S.").
func abbrevBefore(b string, start, p int) bool {
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
	_, ok := abbrevs[string(buf[:len(w)])]
	return ok
}

var abbrevs = map[string]struct{}{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms dr prof st mt gen sen rep gov lt col sgt capt cmdr adm maj
		rev hon jan feb mar apr jun jul aug sep sept oct nov dec no nos vs inc ltd co corp jr sr fig approx
		dept est ave rd pres supt insp det ft op vol pp al gov messrs mme mlle cf ie eg`) {
		abbrevs[w] = struct{}{}
	}
}

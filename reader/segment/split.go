package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopBytes are the bytes Next stops at: a new line, the marks that end
// a sentence, and the first byte of "…".
var stopBytes = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xe2: true}

// Next returns the sentence of text[pos:end] that starts first, as the
// byte range [start, stop) without the white space around it, and where
// the sentence after it is to be looked for. A sentence ends at a blank
// line, or at . ! ? or … (with the closing quotation marks and brackets
// after them) followed by white space and a word that can open a
// sentence; a full stop after an abbreviation ends one only as StopEnds
// says. The last sentence runs to end.
func Next(text string, pos, end int) (start, stop, next int) {
	b := text
	i := pos
	for i < end {
		r, n := utf8.DecodeRuneInString(b[i:end])
		if !IsSpace(r) {
			break
		}
		i += n
	}
	start = i
	for i < end {
		for i < end && !stopBytes[b[i]] {
			i++ // no byte of a longer rune is one of stopBytes
		}
		if i >= end {
			break
		}
		c := b[i]
		if c == '\n' {
			// A blank line ends a sentence.
			k := i + 1
			for k < end && (b[k] == ' ' || b[k] == '\t' || b[k] == '\r') {
				k++
			}
			if k < end && b[k] == '\n' {
				return start, trimEnd(b, start, i), k
			}
			i++
			continue
		}
		if c != '.' && c != '!' && c != '?' && !(c == 0xe2 && strings.HasPrefix(b[i:end], "…")) {
			i++
			continue
		}
		p := i
		j := i
		for j < end {
			switch {
			case b[j] == '.' || b[j] == '!' || b[j] == '?' || b[j] == '"' || b[j] == '\'' || b[j] == ')' || b[j] == ']':
				j++
				continue
			case strings.HasPrefix(b[j:end], "…"), strings.HasPrefix(b[j:end], "”"), strings.HasPrefix(b[j:end], "’"):
				j += 3
				continue
			}
			break
		}
		if j >= end {
			return start, j, end
		}
		r, _ := utf8.DecodeRuneInString(b[j:end])
		if !IsSpace(r) {
			i = j
			continue
		}
		k := j
		for k < end {
			r, n := utf8.DecodeRuneInString(b[k:end])
			if !IsSpace(r) {
				break
			}
			k += n
		}
		if k >= end {
			return start, j, end
		}
		r, _ = utf8.DecodeRuneInString(b[k:end])
		opens := unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r)
		if opens && !(b[p] == '.' && j == p+1 && !StopEnds(b, start, p, k)) {
			return start, j, j
		}
		i = j
	}
	return start, trimEnd(b, start, end), end
}

// Split returns the sentences of text as [start, stop) byte ranges, as
// Next finds them.
func Split(text string) [][2]int {
	var out [][2]int
	for pos := 0; pos < len(text); {
		s, e, n := Next(text, pos, len(text))
		if e > s {
			out = append(out, [2]int{s, e})
		}
		if n <= pos {
			break
		}
		pos = n
	}
	return out
}

// trimEnd returns end moved back over the white space that ends
// text[start:end].
func trimEnd(b string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(b[start:end])
		if !IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// IsSpace reports whether r is white space between words, the no-break
// and thin spaces and the zero-width space included.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xa0, 0x2009, 0x202f, 0x2002, 0x2003, 0x200b:
		return true
	}
	return false
}

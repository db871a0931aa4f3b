// Package segment is the one sentence splitter of byline's analysis: it
// decides where a sentence ends, with its abbreviation list as data
// (abbreviations.txt).
//
// StopEnds is the rule for a full stop, which every splitter of the
// analysis asks; Next walks plain text sentence by sentence with it.
package segment

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class is what an abbreviation's full stop means for the sentence.
type Class uint8

const (
	// NotAbbrev is a word that is no abbreviation: its stop ends a
	// sentence when the next word can open one.
	NotAbbrev Class = iota
	// Title stands before a name or a number ("Mr.", "approx."): its
	// stop never ends a sentence.
	Title
	// Name runs on into a name ("U.S. Army", "Apple Inc. Chief") and ends
	// a sentence only before an opener ("in the U.S. He said").
	Name
	// End ends a sentence before any word that can open one ("Spokane,
	// Wash. Prices rose", "10 p.m. Then").
	End
)

//go:embed abbreviations.txt
var abbrevData string

var (
	classes = map[string]Class{}
	openers = map[string]bool{}
)

func init() {
	section := ""
	for _, line := range strings.Split(abbrevData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			section = strings.Trim(line, "[]")
			continue
		}
		for _, w := range strings.Fields(line) {
			switch section {
			case "title":
				classes[w] = Title
			case "name":
				classes[w] = Name
			case "end":
				classes[w] = End
			case "openers":
				openers[w] = true
			default:
				panic("segment: abbreviations.txt: word outside a known section: " + w)
			}
		}
	}
}

// Lookup returns the class of the word w, written as before its full
// stop ("Mr", "U.S", "p.m"). A single capital letter is an initial
// (Title); dotted capitals not listed ("J.K") are Name.
func Lookup(w string) Class {
	if c, ok := classes[w]; ok {
		return c
	}
	if w == "" {
		return NotAbbrev
	}
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return NotAbbrev
	}
	if n == len(w) {
		return Title // an initial
	}
	if c, ok := lowerClass(w); ok {
		return c
	}
	if initials(w) {
		return Name
	}
	return NotAbbrev
}

// lowerClass looks w up in lower case ("Approx" is "approx") without
// making a copy: no listed word is longer than 8 bytes.
func lowerClass(w string) (Class, bool) {
	var buf [8]byte
	if len(w) > len(buf) {
		return NotAbbrev, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	c, ok := classes[string(buf[:len(w)])]
	return c, ok
}

// initials reports whether w is single capitals joined by dots ("J.K").
func initials(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && !('A' <= c && c <= 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return len(w)%2 == 1
}

// IsAbbrev reports whether a full stop after w may stand inside a
// sentence: w is listed, an initial or dotted initials.
func IsAbbrev(w string) bool { return Lookup(w) != NotAbbrev }

// IsTitle reports whether w is an abbreviation that stands before a name
// or a number ("Rep", "Dr", "No"), an initial included.
func IsTitle(w string) bool { return Lookup(w) == Title }

// IsOpener reports whether w starts a sentence after a Name abbreviation.
func IsOpener(w string) bool { return openers[w] }

// WordBefore returns the word that ends at text[p] (the byte before a full
// stop), not starting before lo: its letters, with the inner dots of an
// abbreviation whose parts have one or two letters ("U.S", "p.m", "W.Va").
func WordBefore(text string, lo, p int) string {
	start := letterRun(text, lo, p)
	if start == p || p-start > 2 {
		return text[start:p]
	}
	for start-1 >= lo && text[start-1] == '.' {
		j := letterRun(text, lo, start-1)
		if n := start - 1 - j; n == 0 || n > 2 {
			break
		}
		start = j
	}
	return text[start:p]
}

// letterRun returns where the run of letters ending at end begins, not
// before lo.
func letterRun(text string, lo, end int) int {
	k := end
	for k > lo {
		c := text[k-1]
		if c < utf8.RuneSelf {
			if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
				break
			}
			k--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[lo:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= n
	}
	return k
}

// StopEnds reports whether the full stop at text[p] ends its sentence,
// given next, the offset of the word after the white space that follows
// the stop (a word that can open a sentence: a capital, a digit, a
// quotation mark, a bracket). lo bounds the word before the stop.
func StopEnds(text string, lo, p, next int) bool {
	switch Lookup(WordBefore(text, lo, p)) {
	case Title:
		return false
	case Name:
		return IsOpener(wordAt(text, next))
	}
	return true
}

// wordAt returns the letters starting at text[i].
func wordAt(text string, i int) string {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// AbbrevSet returns the listed abbreviations, every class, as a set.
func AbbrevSet() map[string]bool {
	out := make(map[string]bool, len(classes))
	for w := range classes {
		out[w] = true
	}
	return out
}

package reader

import (
	"strings"
	"sync"
	"unicode"
)

// nameKeyWords are the word lists of data/namekey.txt, read on first use
// (apart from the lexicon, which a store asking for keys does not need).
var nameKeyWords = sync.OnceValue(func() (w struct{ title, mod, suffix map[string]bool }) {
	w.title, w.mod, w.suffix = map[string]bool{}, map[string]bool{}, map[string]bool{}
	each("namekey.txt", func(f []string) {
		set := map[string]map[string]bool{"title": w.title, "mod": w.mod, "suffix": w.suffix}[f[0]]
		if set == nil {
			panic("reader: namekey.txt: unknown list " + f[0])
		}
		for _, word := range f[1:] {
			set[word] = true
		}
	})
	return w
})

// SpeakerKey normalises a speaker's name for matching across articles:
// lower case, punctuation and a leading "the" dropped. For a person, titles
// before the name ("President", "Mr", "Secretary of State", "the Ukrainian
// president") and suffixes after it ("Jr") go too, so "President Donald J.
// Trump" gives "donald j trump". Names that are only a title are kept whole.
func SpeakerKey(name string, kind EntityKind) string {
	toks := NameTokens(name)
	if kind != Person {
		if len(toks) > 1 && toks[0] == "the" {
			toks = toks[1:]
		}
		return strings.Join(toks, " ")
	}
	w := nameKeyWords()
	for {
		i := 0
		for i < len(toks) && w.mod[toks[i]] {
			i++
		}
		if i < len(toks) && w.title[toks[i]] {
			i++
			if i+1 < len(toks) && toks[i] == "of" {
				i += 2 // "Secretary of State"
			}
			if i < len(toks) && toks[i] == "general" {
				i++ // "Attorney General"
			}
		} else if i == 0 || toks[0] != "the" {
			break
		} else {
			i = 1
		}
		if i >= len(toks) {
			break
		}
		toks = toks[i:]
	}
	for len(toks) > 1 && w.suffix[toks[len(toks)-1]] {
		toks = toks[:len(toks)-1]
	}
	return strings.Join(toks, " ")
}

// NameTokens splits a name into lower-case words; apostrophes and hyphens
// inside a word are kept ("o'neill", "ocasio-cortez"), and a possessive
// "'s" is dropped.
func NameTokens(name string) []string {
	f := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	})
	out := f[:0]
	for _, t := range f {
		t = strings.ReplaceAll(t, "’", "'")
		t = strings.TrimSuffix(t, "'s")
		t = strings.Trim(t, "'-")
		if t != "" {
			out = append(out, t)
		}
	}
	return out
}

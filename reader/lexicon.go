package reader

import (
	"embed"
	"iter"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader/figures"
	longlist "github.com/byline/byline/reader/gazetteer"
)

//go:embed data/*.txt
var dataFS embed.FS

// gazetteer is a set of names of one or more words, keyed by their exact
// text with single spaces between the words.
type gazetteer struct {
	names map[string]bool
	// first holds the first word of every name, to reject most words
	// with one lookup.
	first    map[string]bool
	maxWords int
	// flag is the wordFlag of the first words.
	flag wordFlag
}

func (g *gazetteer) add(name string) {
	g.names[name] = true
	w := name
	if i := strings.IndexAny(w, " ."); i > 0 {
		w = w[:i]
	}
	g.first[w] = true
	if i := strings.IndexByte(name, ' '); i > 0 {
		g.first[name[:i]] = true // "U.S" may be one token
	} else {
		g.first[name] = true
	}
	if n := len(strings.Fields(name)); n > g.maxWords {
		g.maxWords = n
	}
}

// lexicon holds the embedded word lists the analysis uses.
type lexicon struct {
	places, orgs, titles gazetteer
	nationalities        map[string]bool
	orgWords             map[string]bool
	// firstNames maps a given name to 'm', 'f' or '-'.
	firstNames map[string]byte
	// cues maps a cue word to ckSpeech (reports speech, takes a clause)
	// or ckQuoteOnly (only introduces a direct or partial quote):
	// verbs.txt's cue column.
	cues map[string]cueKind
	// stance are verbs of stance and intent whose complement is a
	// reported position ("wants", "called for"): the "comp" frame.
	stance map[string]bool
	// stanceClass are the cue words whose class is stance (a belief,
	// wish, stance or action: "thinks", "rejected"), not speech.
	stanceClass map[string]bool
	// common are common words, in lower case, capitalised and in
	// capitals: capitalised, they start sentences and events rather
	// than names.
	common caseSet
}

var lex = sync.OnceValue(loadLexicon)

func loadLexicon() *lexicon {
	l := &lexicon{
		places:        gazetteer{names: map[string]bool{}, first: map[string]bool{}, flag: wfPlaceFirst},
		orgs:          gazetteer{names: map[string]bool{}, first: map[string]bool{}, flag: wfOrgFirst},
		titles:        gazetteer{names: map[string]bool{}, first: map[string]bool{}, flag: wfTitleFirst},
		nationalities: map[string]bool{},
		orgWords:      map[string]bool{},
		firstNames:    map[string]byte{},
		cues:          map[string]cueKind{},
		stance:        map[string]bool{},
		stanceClass:   map[string]bool{},
	}
	each("places.txt", func(f []string) { l.places.add(strings.Join(f, " ")) })
	each("orgs.txt", func(f []string) { l.orgs.add(strings.Join(f, " ")) })
	each("titles.txt", func(f []string) { l.titles.add(strings.Join(f, " ")) })
	each("nationalities.txt", func(f []string) { l.nationalities[f[0]] = true })
	each("orgwords.txt", func(f []string) { l.orgWords[f[0]] = true })
	each("firstnames.txt", func(f []string) {
		g := byte('-')
		if len(f) > 1 {
			g = f[1][0]
		}
		l.firstNames[f[0]] = g
	})
	l.common = commonWords()
	for _, v := range verbRows() {
		if v.cue != "-" {
			l.cues[v.word] = cueKind(v.cue[0])
		}
		if v.class == "stance" {
			l.stanceClass[v.word] = true
		}
		if hasFrame(v.frames, "comp") {
			l.stance[v.word] = true
		}
	}
	return l
}

// verbRow is a line of verbs.txt: a word, its cue ("-" for none), its
// class and its comma-separated frames.
type verbRow struct{ word, cue, class, frames string }

// verbRows are the lines of verbs.txt, read once for the lexicon and
// each verbFrame.
var verbRows = sync.OnceValue(func() []verbRow {
	var rows []verbRow
	each("verbs.txt", func(f []string) {
		if len(f) < 4 {
			panic("reader: verbs.txt: want word, cue, class and frames: " + strings.Join(f, " "))
		}
		rows = append(rows, verbRow{f[0], f[1], f[2], f[3]})
	})
	return rows
})

// hasFrame reports whether the comma-separated frames of a verbs.txt
// line hold name.
func hasFrame(frames, name string) bool {
	for f := range strings.SplitSeq(frames, ",") {
		if f == name {
			return true
		}
	}
	return false
}

// verbFrame returns the words of verbs.txt with the frame name ("that",
// "loose", "noback", "tell").
func verbFrame(name string) map[string]bool {
	m := map[string]bool{}
	for _, v := range verbRows() {
		if hasFrame(v.frames, name) {
			m[v.word] = true
		}
	}
	return m
}

// each calls fn with the fields of every non-blank, non-comment line of
// an embedded data file.
func each(file string, fn func([]string)) {
	for line := range lines(file) {
		fn(strings.Fields(line))
	}
}

// dataFile returns an embedded data file.
func dataFile(file string) string {
	data, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		panic("reader: embedded data missing: " + file)
	}
	return string(data)
}

// lines yields the non-blank, non-comment lines of an embedded data
// file, trimmed.
func lines(file string) iter.Seq[string] { return linesOf(dataFile(file)) }

// linesOf yields the non-blank, non-comment lines of data, trimmed.
func linesOf(data string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for rest := data; rest != ""; {
			var line string
			line, rest, _ = strings.Cut(rest, "\n")
			if line = strings.TrimSpace(line); line != "" && line[0] != '#' && !yield(line) {
				return
			}
		}
	}
}

// caseSet is a set of words that holds each in lower case, capitalised
// and in capitals ("the", "The", "THE"), as a map of the words alone: a
// map of all three forms was three times as big and most of the cost of
// loading the lexicon (see BenchmarkLoadLexicon).
type caseSet struct {
	// lower holds the words in lower-case ASCII; other the three forms
	// of any other word.
	lower, other map[string]bool
}

// has reports whether w is a word of the set or its capitalised or
// capitals form. It makes one lookup in lower at most: a capitalised
// word or one in capitals is looked up in lower case.
func (c *caseSet) has(w string) bool {
	if len(c.other) > 0 && c.other[w] {
		return true
	}
	if w == "" || 'a' <= w[0] && w[0] <= 'z' {
		return c.lower[w] // no capitalised or capitals form starts so
	}
	var a [32]byte
	low := a[:0]         // w in lower case
	upper, lower := 0, 0 // the capitals and small letters of w
	for i := 0; i < len(w); i++ {
		switch ch := w[i]; {
		case ch >= utf8.RuneSelf:
			return false // lower holds ASCII words only
		case 'A' <= ch && ch <= 'Z':
			upper++
			low = append(low, ch+'a'-'A')
		case 'a' <= ch && ch <= 'z':
			lower++
			low = append(low, ch)
		default:
			low = append(low, ch)
		}
	}
	switch {
	case upper == 0:
		return c.lower[w]
	case upper == 1 && 'A' <= w[0] && w[0] <= 'Z', lower == 0:
		return c.lower[string(low)] // capitalised, or in capitals
	}
	return false // "McCain", "TeX": no form of a word
}

// commonWords returns the words of common.txt.
func commonWords() caseSet {
	data := dataFile("common.txt")
	c := caseSet{lower: make(map[string]bool, strings.Count(data, "\n")+1), other: map[string]bool{}}
	for line := range linesOf(data) {
		w := line
		if i := strings.IndexFunc(w, unicode.IsSpace); i >= 0 {
			w = w[:i]
		}
		if isLowerASCII(w) {
			c.lower[w] = true
			continue
		}
		c.other[w] = true
		c.other[strings.ToUpper(w[:1])+w[1:]] = true
		c.other[strings.ToUpper(w)] = true
	}
	return c
}

// isLowerASCII reports whether w is ASCII without capitals.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf || 'A' <= w[i] && w[i] <= 'Z' {
			return false
		}
	}
	return true
}

// givenGender returns 'm', 'f' or '-' for a given name, from
// data/firstnames.txt or else from the long list of reader/gazetteer
// (names from many countries, built from open data); 0 for a word that
// is no given name.
func givenGender(w string) byte {
	if g, ok := lex().firstNames[w]; ok {
		return g
	}
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' || wordFlags()[w] != 0 {
		return 0 // a day, a title, a place: in one of reader's own lists
	}
	if g, ok := longlist.FirstNames().Lookup(w); ok {
		return g
	}
	return 0
}

// Preload loads the word lists the analysis uses now, on two goroutines,
// rather than at the first Analyze: a program about to analyse a batch
// of articles may call it on another goroutine while it reads them.
// Analyze is the same with or without it.
func Preload() {
	var wg sync.WaitGroup
	wg.Go(func() {
		longlist.Towns()
		longlist.FirstNames()
		figures.Preload()
		speechWeights()
		confidences()
	})
	cueLex()
	wordFlags()
	nameKeyWords()
	needThat()
	looseClause()
	notBackward()
	tellVerbs()
	wg.Wait()
}

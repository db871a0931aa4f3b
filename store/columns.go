package store

import (
	"cmp"
	"slices"

	"github.com/byline/byline/reader"
)

// This file lends the SQLite store's encoding and speaker merging to other
// Store implementations (store/postgres), so that every store keeps the
// same columns and merges speakers the same way.

// Columns are what a store keeps of one article, encoded as the SQLite
// store encodes them.
type Columns struct {
	URL        string // "" when the article has none
	Hash       string // TextHash of its title and body
	Authors    string // JSON array of strings
	Date       string // RFC 3339, "" when unknown
	Sorted     int64  // the date in unix milliseconds, 0 when unknown
	Blocks     string // JSON []reader.Block
	Analysis   string // JSON reader.Analysis, "" when none
	Version    int    // analyzer version, 0 when there is no analysis
	QuoteCount int
	Speakers   string // speaker names and aliases, one a line, for search
	SearchFrom int    // byte offset in the body where searchable text starts
	Quotes     []SpeakerQuotes
	Aliases    [][2]string // speaker key, alias
	// Shingles are the provenance index rows of the direct quotes: a
	// hash and the quote's index in Analysis.Quotes (a quote's hashes
	// may repeat).
	Shingles [][2]int64
}

// SpeakerQuotes are the quotes of one speaker of an article, as the
// speaker_quotes table holds them.
type SpeakerQuotes struct {
	Speaker, Key, Surname string
	Kind                  reader.EntityKind
	First, N              int
	Quotes                string // JSON array of {"idx","text","kind","start","end","lead"}
}

// Columns encodes the item as PutMany would (using what Encode made, when
// it is current).
func (it *Item) Columns() (*Columns, error) {
	r := it.encoded()
	if r == nil {
		var err error
		if r, err = prepareRow(it.Article, it.Analysis, it.Hash); err != nil {
			return nil, err
		}
	}
	return r.columns(), nil
}

// AnalysisColumns encodes an analysis of the article with this title and
// body, as SetAnalysis stores it; only the analysis fields are set.
func AnalysisColumns(title, body string, an *reader.Analysis) (*Columns, error) {
	r := &articleRow{a: &reader.Article{Title: title, Body: body}}
	if err := r.setAnalysis(an); err != nil {
		return nil, err
	}
	return r.columns(), nil
}

func (r *articleRow) columns() *Columns {
	c := &Columns{URL: r.url.String, Hash: r.hash, Authors: r.authors, Date: r.date.String, Sorted: r.sorted,
		Blocks: r.blocks, Analysis: r.analysis.String, Speakers: r.speakers, Aliases: r.aliases}
	if r.an != nil {
		c.Version, c.QuoteCount = max(r.an.Version, 1), len(r.an.Quotes)
	}
	if r.a != nil {
		c.SearchFrom = searchFrom(r.a)
	}
	for _, sh := range r.shingles {
		c.Shingles = append(c.Shingles, [2]int64{sh.hash, int64(sh.idx)})
	}
	for _, q := range r.quotes {
		c.Quotes = append(c.Quotes, SpeakerQuotes{Speaker: q.speaker, Key: q.key, Surname: surname(q.key),
			Kind: q.kind, First: q.first, N: q.n, Quotes: string(q.quotes)})
	}
	return c
}

// SpeakerKey is the normalised name speakers are matched by across
// articles ("President Donald J. Trump" gives "donald j trump").
func SpeakerKey(name string, kind reader.EntityKind) string { return speakerKey(name, kind) }

// Surname is the last word of a speaker key.
func Surname(key string) string { return surname(key) }

// SpeakerName is one way a speaker is named in the library: a (key, name,
// kind) of speaker_quotes with its quote and article counts.
type SpeakerName struct {
	Key, Name        string
	Kind             reader.EntityKind
	Quotes, Articles int
}

// SpeakerGroup is a set of speaker names taken to be one speaker.
type SpeakerGroup struct{ c *cluster }

// Name is the name the speaker is shown by.
func (g SpeakerGroup) Name() string { return g.c.display }

// Keys are the speaker keys merged into the speaker, sorted.
func (g SpeakerGroup) Keys() []string { return g.c.keys }

// Aliases are the speaker's other names, sorted.
func (g SpeakerGroup) Aliases() []string { return g.c.alias }

// Quotes is the number of the speaker's quotes.
func (g SpeakerGroup) Quotes() int { return g.c.quotes }

// Articles is the number of articles quoting the speaker when it is known
// from the names alone (one name), else -1: count the articles of Keys.
func (g SpeakerGroup) Articles() int {
	if len(g.c.names) == 1 {
		return g.c.names[0].articles
	}
	return -1
}

// GroupSpeakers merges speaker names across the library as the SQLite
// store's Speakers does; aliases maps a speaker key to its other names.
func GroupSpeakers(names []SpeakerName, aliases map[string][]string) []SpeakerGroup {
	in := make([]speakerName, len(names))
	for i, n := range names {
		in[i] = speakerName{key: n.Key, name: n.Name, kind: n.Kind, quotes: n.Quotes, articles: n.Articles}
	}
	cs := clusters(in, aliases)
	out := make([]SpeakerGroup, len(cs))
	for i, c := range cs {
		out[i] = SpeakerGroup{c}
	}
	return out
}

// FindSpeakerGroup picks the group a name stands for, as QuotesBy does:
// by name or key, else alias, else a surname alone; ok is false when none.
func FindSpeakerGroup(gs []SpeakerGroup, name string) (SpeakerGroup, bool) {
	cs := make([]*cluster, len(gs))
	for i, g := range gs {
		cs[i] = g.c
	}
	c := findCluster(cs, name)
	if c == nil {
		return SpeakerGroup{}, false
	}
	return SpeakerGroup{c}, true
}

// QuoteShingles returns the provenance index hashes the store keeps for a
// direct quote's text (the text speaker_quotes holds); a hash may repeat.
func QuoteShingles(text string) []int64 { return storedShingles(wordHashes(text)) }

// ProbeShingles returns the provenance index hashes Appearances looks up
// for text, sorted, each once; none when text is too short to link.
func ProbeShingles(text string) []int64 {
	ps := probeShingles(wordHashes(text))
	slices.Sort(ps)
	return slices.Compact(ps)
}

// SortAppearances puts appearances in the order Appearances returns them:
// earliest first, then by article and quote.
func SortAppearances(apps []Appearance) {
	slices.SortStableFunc(apps, func(a, b Appearance) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Index, b.Index))
	})
}

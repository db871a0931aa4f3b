package store

import (
	"cmp"
	"slices"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store/cluster"
)

// This file lends the SQLite store's encoding to other Store
// implementations (store/postgres), so that every store keeps the same
// columns. (Every store merges speakers with package cluster.)

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
	Role                  string // the speaker's role in the article ("Secretary of State"), "" when none
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
	c.Version, c.QuoteCount = r.counts()
	if r.a != nil {
		c.SearchFrom = searchFrom(r.a)
	}
	for _, sh := range r.shingles {
		c.Shingles = append(c.Shingles, [2]int64{sh.hash, int64(sh.idx)})
	}
	for _, q := range r.quotes {
		c.Quotes = append(c.Quotes, SpeakerQuotes{Speaker: q.speaker, Key: q.key, Surname: cluster.Surname(q.key),
			Kind: q.kind, First: q.first, N: q.n, Role: q.role, Quotes: string(q.quotes)})
	}
	return c
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

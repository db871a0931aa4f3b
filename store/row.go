package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

// This file encodes an article and its analysis into the columns and
// speaker rows the write path stores.

// articleRow is an article's columns, computed before any transaction.
type articleRow struct {
	a        *reader.Article
	an       *reader.Analysis
	url      sql.NullString
	hash     string
	authors  string
	date     sql.NullString
	sorted   int64 // 0: use added
	blocks   string
	analysis sql.NullString
	speakers string
	quotes   []speakerRow
	aliases  [][2]string // speaker key, alias
	shingles []shingle   // provenance index rows (shingleRows), nil when none
}

// speakerRow is a row of the speaker_quotes table: the quotes of one
// speaker of an article (or of no one named), in text order.
type speakerRow struct {
	speaker string
	key     string
	kind    reader.EntityKind
	first   int    // index in Analysis.Quotes of the first quote
	n       int    // how many quotes
	quotes  []byte // JSON array of StoredQuote
	list    []StoredQuote
	role    string // the speaker's role in the article ("Secretary of State")
}

// StoredQuote is a quote as speaker_quotes.quotes holds it, in both
// stores.
type StoredQuote struct {
	Idx   int              `json:"idx"`
	Text  string           `json:"text"`
	Kind  reader.QuoteKind `json:"kind"`
	Start int              `json:"start"`
	End   int              `json:"end"`
	Lead  string           `json:"lead,omitempty"`
}

// appendQuote adds q to a speakerRow and encodes the row's quotes again.
func (sr *speakerRow) appendQuote(q StoredQuote) error {
	sr.list = append(sr.list, q)
	b, err := json.Marshal(sr.list)
	if err != nil {
		return err
	}
	sr.quotes = b
	sr.n = len(sr.list)
	return nil
}

// prepareRow checks an article and encodes its columns; hash is the
// article's TextHash, or "" to make it here.
func prepareRow(a *reader.Article, an *reader.Analysis, hash string) (*articleRow, error) {
	if a == nil {
		return nil, errors.New("nil article")
	}
	if hash == "" {
		hash = TextHash(a.Title, a.Body)
	}
	r := &articleRow{a: a, an: an, hash: hash}
	if u := strings.TrimSpace(a.URL); u != "" {
		r.url = sql.NullString{String: u, Valid: true}
	}
	authors := a.Authors
	if authors == nil {
		authors = []string{}
	}
	b, err := json.Marshal(authors)
	if err != nil {
		return nil, fmt.Errorf("encode authors: %w", err)
	}
	r.authors = string(b)
	// A date RFC 3339 cannot write (year 10000, say, from a bad feed) is
	// taken as unknown.
	if y := a.Date.Year(); !a.Date.IsZero() && y >= 1 && y <= 9999 {
		r.date = sql.NullString{String: a.Date.Format(time.RFC3339Nano), Valid: true}
		r.sorted = a.Date.UnixMilli()
	}
	blocks := a.Blocks
	if blocks == nil {
		blocks = []reader.Block{}
	}
	if b, err = json.Marshal(blocks); err != nil {
		return nil, fmt.Errorf("encode blocks: %w", err)
	}
	r.blocks = string(b)
	if an != nil {
		if err := r.setAnalysis(an); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// setAnalysis encodes an analysis and derives the quotes, aliases and
// speaker text from it. Offsets outside the body are clamped, never trusted.
// counts returns the analyzer version and the quote count stored with
// the row's analysis: the quotes that are speech, as the library lists
// them (stances are not counted); 0 and 0 without an analysis.
func (r *articleRow) counts() (version, quotes int) {
	if r.an == nil {
		return 0, 0
	}
	return max(r.an.Version, 1), r.an.SpeechCount()
}

func (r *articleRow) setAnalysis(an *reader.Analysis) error {
	r.an = an
	r.quotes, r.aliases, r.speakers, r.shingles = nil, nil, "", nil
	r.analysis = sql.NullString{}
	if an == nil {
		return nil
	}
	b, err := json.Marshal(an)
	if err != nil {
		return fmt.Errorf("encode analysis: %w", err)
	}
	r.analysis = sql.NullString{String: string(b), Valid: true}
	body := r.a.Body
	var names []string
	seen := map[[2]string]bool{}
	// keys[i] is speaker i's key, made once: "" for a speaker quoted
	// nowhere, who needs none.
	keys := make([]string, len(an.Speakers))
	for _, q := range an.Quotes {
		if q.Kind.Speech() && q.Speaker >= 0 && q.Speaker < len(keys) && keys[q.Speaker] == "" && !an.Speakers[q.Speaker].Generic {
			// a generic description ("analysts") gets no key: it is never
			// merged with others across the library
			sp := an.Speakers[q.Speaker]
			keys[q.Speaker] = reader.SpeakerKey(sp.Name, sp.Kind)
		}
	}
	for i, sp := range an.Speakers {
		names = append(names, sp.Name)
		names = append(names, sp.Aliases...)
		if key := keys[i]; key != "" {
			for _, al := range sp.Aliases {
				p := [2]string{key, strings.TrimSpace(al)}
				if p[1] == "" || seen[p] {
					continue
				}
				seen[p] = true
				r.aliases = append(r.aliases, p)
			}
		}
	}
	r.speakers = strings.Join(names, "\n")
	// One row for each speaker (name, key and kind: the table's key), in
	// the order of their first quotes, the quotes no one is named for in
	// one of their own.
	type speakerID struct {
		name, key string
		kind      reader.EntityKind
	}
	rowOf := map[speakerID]int{}
	for i, q := range an.Quotes {
		if !q.Kind.Speech() {
			continue // a stance is not a quote: no speaker row lists it
		}
		var id speakerID
		role := ""
		if q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
			sp := an.Speakers[q.Speaker]
			id = speakerID{sp.Name, keys[q.Speaker], sp.Kind}
			role = strings.TrimSpace(sp.Role)
		}
		k, ok := rowOf[id]
		if !ok {
			k = len(r.quotes)
			rowOf[id] = k
			r.quotes = append(r.quotes, speakerRow{speaker: id.name, key: id.key, kind: id.kind, first: i, role: role})
		}
		if err := r.quotes[k].appendQuote(StoredQuote{Idx: i, Text: strings.ToValidUTF8(q.Words(body), ""), Kind: q.Kind,
			Start: q.Start, End: q.End, Lead: q.Lead(body)}); err != nil {
			return fmt.Errorf("encode quotes: %w", err)
		}
	}
	r.shingles = shingleRows(an, body)
	return nil
}

// searchFrom is where the searchable text of a's body starts (the
// search_from column): after its front matter, when it has one that ends on
// a character boundary in the body.
func searchFrom(a *reader.Article) int {
	n := a.TextStart
	if n <= 0 || n > len(a.Body) || n < len(a.Body) && !utf8.RuneStart(a.Body[n]) {
		return 0
	}
	return n
}

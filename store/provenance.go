package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

// Provenance: the same words quoted in several articles are linked. Two
// direct quotes are the same words when, after normalising (case,
// quotation marks, punctuation, ellipses, whitespace), they are equal and
// at least minSameWords long, or one holds the other and the shorter is
// at least minLinkWords long.
//
// The index (tables quote_shingles and quote_shingles_recent, shingles.go) holds, for each direct quote, the hashes
// of its runs of shingleWords words starting at every shingleStep-th word,
// and the hash of its whole text when it is too short for a run to be
// certain. Any run of shingleWords+shingleStep-1 = minLinkWords words two
// quotes share covers a stored run of one of them that the other has too,
// so looking up every run of a quote finds every quote linked to it; the
// candidates are then checked word by word.
const (
	minLinkWords = 8
	minSameWords = 4
	shingleWords = 6
	shingleStep  = 3
)

// Appearance is one article quoting the same words.
type Appearance struct {
	ArticleID int64
	Title     string
	Source    string
	URL       string
	Date      time.Time // the article's date, else when it was added
	Dated     bool      // Date is the article's own date
	Speaker   string    // "" when the article names no one
	Text      string    // the quote's words in that article
	Index     int       // the quote's index in the article's Analysis.Quotes
	Span      reader.Span
	// Same reports whether the words are the same quote; otherwise one
	// holds the other.
	Same bool
}

// quoteWords normalises a quote's text to its words: lower case, with
// quotation marks, apostrophes, ellipses and other punctuation dropped
// ("Don’t … stop" and "dont stop" are the same words).
func quoteWords(s string) []string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
			// inside a word: "don't" is "dont"
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return words
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// wordHashes returns the FNV-1a hash of each of the words quoteWords
// returns, without making the words: the index's rows are hashed on the
// import's path.
func wordHashes(s string) []uint64 {
	var out []uint64
	h, in := uint64(fnvOffset), false
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			n := utf8.EncodeRune(buf[:], unicode.ToLower(r))
			for _, c := range buf[:n] {
				h = (h ^ uint64(c)) * fnvPrime
			}
			in = true
		default:
			if in {
				out = append(out, h)
			}
			h, in = fnvOffset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

// runHash hashes a run of word hashes, domain being 's' for a run and 'w'
// for a whole quote.
func runHash(domain byte, ws []uint64) int64 {
	h := (uint64(fnvOffset) ^ uint64(domain)) * fnvPrime
	for _, w := range ws {
		for k := 0; k < 64; k += 8 {
			h = (h ^ (w >> k & 0xff)) * fnvPrime
		}
	}
	return int64(h)
}

// storedShingles returns the hashes the index keeps for a quote's words:
// runs every shingleStep words, and the whole for a short quote.
func storedShingles(words []uint64) []int64 { return shingles(words, shingleStep) }

// probeShingles returns the hashes to look up for a quote's words: every
// run, and the whole for a short quote.
func probeShingles(words []uint64) []int64 { return shingles(words, 1) }

// shingles hashes the runs of shingleWords words starting every step
// words; a quote too short for a run is hashed whole, one too short to
// be linked not at all.
func shingles(words []uint64, step int) []int64 {
	n := len(words)
	switch {
	case n < minSameWords:
		return nil
	case n < minLinkWords:
		return []int64{runHash('w', words)}
	}
	out := make([]int64, 0, (n-shingleWords)/step+1)
	for i := 0; i+shingleWords <= n; i += step {
		out = append(out, runHash('s', words[i:i+shingleWords]))
	}
	return out
}

// linked reports whether two quotes' words are the same words, and
// whether they are equal.
func linked(a, b []string) (ok, same bool) {
	if slices.Equal(a, b) {
		return len(a) >= minSameWords, true
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(b) < minLinkWords {
		return false, false
	}
	for i := 0; i+len(b) <= len(a); i++ {
		if slices.Equal(a[i:i+len(b)], b) {
			return true, false
		}
	}
	return false, false
}

// indexQuotes turns the provenance index's writes off when false, for the
// benchmark that compares imports with and without them.
var indexQuotes = true

// An index row's ref packs the article ID and the quote's index:
// id<<refBits | idx. Quotes past the first 1<<refBits of an article are
// left out of the index.
const refBits = 12

func quoteRef(id int64, idx int) int64 { return id<<refBits | int64(idx) }

func splitRef(ref int64) (int64, int) { return ref >> refBits, int(ref & (1<<refBits - 1)) }

// shingle is an index row before its article has an ID: the hash and the
// quote's index.
type shingle struct {
	hash int64
	idx  int
}

// shingleRows returns the index rows of an analysis' direct quotes.
func shingleRows(an *reader.Analysis, body string) []shingle {
	if an == nil || !indexQuotes {
		return nil
	}
	var out []shingle
	for i, q := range an.Quotes {
		if q.Kind != reader.Direct || i >= 1<<refBits {
			continue
		}
		// The text as speaker_quotes keeps it, which deleting reads back.
		for _, h := range storedShingles(wordHashes(strings.ToValidUTF8(q.Words(body), ""))) {
			out = append(out, shingle{h, i})
		}
	}
	return out
}

// putShingles queues an article's index rows, which flushShingles writes.
func (w *writer) putShingles(id int64, r *articleRow) {
	for _, s := range r.shingles {
		w.shingles = append(w.shingles, [2]int64{s.hash, quoteRef(id, s.idx)})
	}
}

// flushShingles writes the queued index rows to quote_shingles_recent
// (shingles.go), in key order, shingleChunk rows a statement.
func (w *writer) flushShingles(ctx context.Context) error {
	return w.flushShinglesInto(ctx, "quote_shingles_recent")
}

// flushShinglesInto writes the queued index rows to table in key order, a
// batch's rows landing on neighbouring pages instead of one a row.
func (w *writer) flushShinglesInto(ctx context.Context, table string) error {
	rows := w.shingles
	if len(rows) == 0 {
		return nil
	}
	w.shingles = w.shingles[:0]
	slices.SortFunc(rows, func(a, b [2]int64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	args := make([]any, 0, 2*min(len(rows), shingleChunk))
	var added int64
	for len(rows) > 0 {
		n := min(len(rows), shingleChunk)
		args = args[:0]
		for _, r := range rows[:n] {
			args = append(args, r[0], r[1])
		}
		res, err := w.exec(ctx, insertShingles(table, n), args...)
		if err != nil {
			return fmt.Errorf("store: index quotes: %w", err)
		}
		if k, err := res.RowsAffected(); err == nil {
			added += k
		}
		rows = rows[n:]
	}
	if table == "quote_shingles_recent" {
		return w.countRecentShingles(ctx, added)
	}
	return nil
}

// shingleChunk is how many index rows one INSERT writes (SQLite takes up
// to 32,766 parameters).
const shingleChunk = 500

// insertShingles returns the INSERT of n index rows into table.
func insertShingles(table string, n int) string {
	var b strings.Builder
	b.WriteString("INSERT OR IGNORE INTO " + table + "(hash, ref) VALUES (?, ?)")
	for range n - 1 {
		b.WriteString(",(?,?)")
	}
	return b.String()
}

// pairsJSON encodes pairs as a JSON array of two-element arrays.
func pairsJSON(ps [][2]int64) string {
	b := make([]byte, 0, len(ps)*28)
	b = append(b, '[')
	for i, p := range ps {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, p[0], 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, p[1], 10)
		b = append(b, ']')
	}
	return string(append(b, ']'))
}

// unindexQuotes takes an article's quotes out of the index, before they
// are deleted or replaced: its rows are found again from the quotes
// speaker_quotes keeps. (A row missed would only name a quote that is no
// longer there, which Appearances checks.)
func unindexQuotes(ctx context.Context, tx *sql.Tx, id int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT quotes FROM speaker_quotes WHERE article_id = ?`, id)
	if err != nil {
		return fmt.Errorf("store: unindex quotes of article %d: %w", id, err)
	}
	var keys [][2]int64
	for rows.Next() {
		var quotes string
		if err := rows.Scan(&quotes); err != nil {
			rows.Close()
			return fmt.Errorf("store: unindex quotes of article %d: %w", id, err)
		}
		var qs []StoredQuote
		if json.Unmarshal([]byte(quotes), &qs) != nil {
			continue
		}
		for _, q := range qs {
			if q.Kind == reader.Direct && q.Idx < 1<<refBits {
				for _, h := range storedShingles(wordHashes(q.Text)) {
					keys = append(keys, [2]int64{h, quoteRef(id, q.Idx)})
				}
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(keys) == 0 {
		return err
	}
	pairs := pairsJSON(keys)
	for _, table := range shingleTables {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE (hash, ref) IN
			(SELECT value->>0, value->>1 FROM json_each(?))`, pairs); err != nil {
			return fmt.Errorf("store: unindex quotes of article %d: %w", id, err)
		}
	}
	return nil
}

// Appearances implements Store: the articles whose direct quotes are the
// same words as text, earliest first (by the article's date, else when it
// was added). Text of fewer than four words links to nothing.
func (s *SQLite) Appearances(ctx context.Context, text string) ([]Appearance, error) {
	words := quoteWords(text)
	probes := probeShingles(wordHashes(text))
	if len(probes) == 0 {
		return nil, nil
	}
	slices.Sort(probes)
	probes = slices.Compact(probes)
	b, _ := json.Marshal(probes)
	rows, err := s.db.QueryContext(ctx, `SELECT s.ref FROM json_each(?1) AS p
		JOIN quote_shingles AS s ON s.hash = p.value
		UNION SELECT r.ref FROM json_each(?1) AS p
		JOIN quote_shingles_recent AS r ON r.hash = p.value`, string(b))
	if err != nil {
		return nil, fmt.Errorf("store: appearances: %w", err)
	}
	type cand struct {
		id  int64
		idx int
	}
	byArticle := map[int64][]int{}
	var ids []int64
	for rows.Next() {
		var c cand
		var ref int64
		if err := rows.Scan(&ref); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: appearances: %w", err)
		}
		c.id, c.idx = splitRef(ref)
		if _, ok := byArticle[c.id]; !ok {
			ids = append(ids, c.id)
		}
		byArticle[c.id] = append(byArticle[c.id], c.idx)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: appearances: %w", err)
	}
	var out []Appearance
	// The candidates' quotes, read in one query for up to 500 articles.
	for len(ids) > 0 {
		n := min(len(ids), 500)
		apps, err := s.checkAppearances(ctx, ids[:n], byArticle, words)
		if err != nil {
			return nil, err
		}
		out = append(out, apps...)
		ids = ids[n:]
	}
	slices.SortStableFunc(out, func(a, b Appearance) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.ArticleID, b.ArticleID); c != 0 {
			return c
		}
		return cmp.Compare(a.Index, b.Index)
	})
	return out, nil
}

// checkAppearances reads the candidate quotes (cands, by article) of
// articles ids and keeps those linked to words.
func (s *SQLite) checkAppearances(ctx context.Context, ids []int64, cands map[int64][]int, words []string) ([]Appearance, error) {
	b, _ := json.Marshal(ids)
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.title, a.source, coalesce(a.url, ''), a.date, a.added,
		q.speaker, q.quotes FROM json_each(?) AS c JOIN speaker_quotes AS q ON q.article_id = c.value
		JOIN articles AS a ON a.id = q.article_id`, string(b))
	if err != nil {
		return nil, fmt.Errorf("store: appearances: %w", err)
	}
	defer rows.Close()
	var out []Appearance
	for rows.Next() {
		var app Appearance
		var date sql.NullString
		var added int64
		var quotes string
		if err := rows.Scan(&app.ArticleID, &app.Title, &app.Source, &app.URL, &date, &added, &app.Speaker, &quotes); err != nil {
			return nil, fmt.Errorf("store: appearances: %w", err)
		}
		app.Date = time.UnixMilli(added).UTC()
		if date.Valid {
			if d, err := time.Parse(time.RFC3339Nano, date.String); err == nil {
				app.Date, app.Dated = d, true
			}
		}
		var qs []StoredQuote
		if err := json.Unmarshal([]byte(quotes), &qs); err != nil {
			return nil, fmt.Errorf("store: appearances: decode article %d's quotes: %w", app.ArticleID, err)
		}
		for _, q := range qs {
			if q.Kind != reader.Direct || !slices.Contains(cands[app.ArticleID], q.Idx) {
				continue
			}
			ok, same := linked(words, quoteWords(q.Text))
			if !ok {
				continue
			}
			a := app
			a.Text, a.Index, a.Span, a.Same = q.Text, q.Idx, reader.Span{Start: q.Start, End: q.End}, same
			out = append(out, a)
		}
	}
	return out, rows.Err()
}

// Conflicting returns the different speakers the appearances credit the
// words to, when there are two or more: speakers whose names end in the
// same word ("Trump", "Donald Trump") count as one, and appearances no one
// is named for are left out. It returns nil when there is no conflict.
func Conflicting(apps []Appearance) []string {
	var names []string
	seen := map[string]bool{}
	for _, a := range apps {
		if a.Speaker == "" {
			continue
		}
		w := quoteWords(a.Speaker)
		if len(w) == 0 {
			continue
		}
		if k := w[len(w)-1]; !seen[k] {
			seen[k] = true
			names = append(names, a.Speaker)
		}
	}
	if len(names) < 2 {
		return nil
	}
	return names
}

// buildShingles makes the provenance index of the articles stored before
// it existed, once: quote_shingles_built is 0 until it has run.
func (s *SQLite) buildShingles(ctx context.Context) error {
	var built int64
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'quote_shingles_built'`).Scan(&built); err != nil || built != 0 {
		return nil // no such row: a schema without the index; or built already
	}
	return s.inTx(ctx, "index quotes", func(tx *sql.Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'quote_shingles_built'`).Scan(&built); err != nil || built != 0 {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT article_id, quotes FROM speaker_quotes`)
		if err != nil {
			return fmt.Errorf("store: index quotes: %w", err)
		}
		var all [][2]int64
		for rows.Next() {
			var id int64
			var quotes string
			if err := rows.Scan(&id, &quotes); err != nil {
				rows.Close()
				return fmt.Errorf("store: index quotes: %w", err)
			}
			var qs []StoredQuote
			if json.Unmarshal([]byte(quotes), &qs) != nil {
				continue // an unreadable row is left out of the index, as it is of the speaker views
			}
			for _, q := range qs {
				if q.Kind == reader.Direct && q.Idx < 1<<refBits {
					for _, h := range storedShingles(wordHashes(q.Text)) {
						all = append(all, [2]int64{h, quoteRef(id, q.Idx)})
					}
				}
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: index quotes: %w", err)
		}
		w := newWriter(tx, s)
		defer w.close()
		w.shingles = all
		if err := w.flushShinglesInto(ctx, "quote_shingles"); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE store_meta SET value = 1 WHERE key = 'quote_shingles_built'`)
		return err
	})
}

// SameWords reports whether two quotes' texts are the same words in the
// sense of Appearances, and whether they are the same quote (equal rather
// than one holding the other). Stores without an index (test fakes) can
// compare quotes with it.
func SameWords(a, b string) (ok, same bool) {
	return linked(quoteWords(a), quoteWords(b))
}

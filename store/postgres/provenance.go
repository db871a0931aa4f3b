package postgres

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// Provenance: the quote_shingles table (migration 0004) is the SQLite
// store's provenance index, its hashes made by the store package
// (store.QuoteShingles, store.ProbeShingles) and its candidates checked by
// store.SameWords, so that both stores link the same quotes.

// shingleRows returns the quote_shingles rows of article id's columns,
// each once.
func shingleRows(id int64, c *store.Columns) [][]any {
	if len(c.Shingles) == 0 {
		return nil
	}
	sh := slices.Clone(c.Shingles)
	slices.SortFunc(sh, func(a, b [2]int64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	sh = slices.Compact(sh)
	out := make([][]any, len(sh))
	for i, r := range sh {
		out[i] = []any{r[0], id, int32(r[1])}
	}
	return out
}

// copyShingles writes quote_shingles rows.
func copyShingles(ctx context.Context, tx pgx.Tx, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"quote_shingles"}, []string{"hash", "article_id", "idx"},
		pgx.CopyFromRows(rows)); err != nil {
		return fmt.Errorf("store: index quotes: %w", err)
	}
	return nil
}

// fillQuoteShingles indexes the direct quotes of the articles stored
// before migration 0004, from the quotes speaker_quotes keeps, in the
// migration's transaction.
func fillQuoteShingles(ctx context.Context, tx pgx.Tx) error {
	rows, err := tx.Query(ctx, `SELECT article_id, quotes FROM speaker_quotes`)
	if err != nil {
		return fmt.Errorf("store: index quotes: %w", err)
	}
	type key struct {
		hash, id int64
		idx      int
	}
	seen := map[key]bool{}
	var out [][]any
	for rows.Next() {
		var id int64
		var quotes string
		if err := rows.Scan(&id, &quotes); err != nil {
			rows.Close()
			return fmt.Errorf("store: index quotes: %w", err)
		}
		var qs []store.StoredQuote
		if json.Unmarshal([]byte(quotes), &qs) != nil {
			continue // an unreadable row is left out, as the SQLite store leaves it
		}
		for _, q := range qs {
			if q.Kind != reader.Direct {
				continue
			}
			for _, h := range store.QuoteShingles(q.Text) {
				k := key{h, id, q.Idx}
				if !seen[k] {
					seen[k] = true
					out = append(out, []any{h, id, int32(q.Idx)})
				}
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: index quotes: %w", err)
	}
	return copyShingles(ctx, tx, out)
}

// Appearances implements store.Store: the articles whose direct quotes are
// the same words as text, earliest first (by the article's date, else when
// it was added), as the SQLite store finds them.
func (s *Store) Appearances(ctx context.Context, text string) ([]store.Appearance, error) {
	probes := store.ProbeShingles(text)
	if len(probes) == 0 {
		return nil, nil
	}
	rows, err := s.pool.Query(ctx, `WITH c AS (
			SELECT article_id, array_agg(DISTINCT idx) AS idxs FROM quote_shingles
			WHERE hash = ANY($1) GROUP BY article_id)
		SELECT a.id, a.title, a.source, coalesce(a.url, ''), a.date, a.added, q.speaker, q.quotes, c.idxs
		FROM c JOIN articles AS a ON a.id = c.article_id
		JOIN speaker_quotes AS q ON q.article_id = c.article_id`, probes)
	if err != nil {
		return nil, fmt.Errorf("store: appearances: %w", err)
	}
	defer rows.Close()
	var out []store.Appearance
	for rows.Next() {
		var app store.Appearance
		var date *string
		var added int64
		var quotes string
		var idxs []int32
		if err := rows.Scan(&app.ArticleID, &app.Title, &app.Source, &app.URL, &date, &added, &app.Speaker, &quotes, &idxs); err != nil {
			return nil, fmt.Errorf("store: appearances: %w", err)
		}
		app.Date = time.UnixMilli(added).UTC()
		if date != nil {
			if d, err := time.Parse(time.RFC3339Nano, *date); err == nil {
				app.Date, app.Dated = d, true
			}
		}
		var qs []store.StoredQuote
		if err := json.Unmarshal([]byte(quotes), &qs); err != nil {
			return nil, fmt.Errorf("store: appearances: decode article %d's quotes: %w", app.ArticleID, err)
		}
		for _, q := range qs {
			if q.Kind != reader.Direct || !slices.Contains(idxs, int32(q.Idx)) {
				continue
			}
			ok, same := store.SameWords(text, q.Text)
			if !ok {
				continue
			}
			a := app
			a.Text, a.Index, a.Span, a.Same = q.Text, q.Idx, reader.Span{Start: q.Start, End: q.End}, same
			out = append(out, a)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: appearances: %w", err)
	}
	store.SortAppearances(out)
	return out, nil
}

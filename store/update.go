package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// ByURL returns the ID and text hash of the stored article at an address,
// or 0 and "" when there is none.
func (s *SQLite) ByURL(ctx context.Context, url string) (int64, string, error) {
	url = strings.TrimSpace(url)
	if url == "" {
		return 0, "", nil
	}
	var id int64
	var hash string
	err := s.db.QueryRowContext(ctx, `SELECT id, hash FROM articles WHERE url = ?`, url).Scan(&id, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", nil
	}
	if err != nil {
		return 0, "", fmt.Errorf("store: look up %s: %w", url, err)
	}
	return id, hash, nil
}

// Update replaces the stored article id with a newer version of it (the
// same page imported again after a correction): its text, blocks,
// metadata, analysis, quotes and full-text entry, in one transaction. What
// the reader did with it (read, starred) and when it was added stay.
func (s *SQLite) Update(ctx context.Context, id int64, it Item) error {
	what := fmt.Sprintf("update article %d", id)
	r := it.encoded()
	if r == nil {
		var err error
		if r, err = prepareRow(it.Article, it.Analysis, it.Hash); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
	}
	return s.inTx(ctx, what, func(tx *sql.Tx) error {
		var added int64
		if err := tx.QueryRowContext(ctx, `SELECT added FROM articles WHERE id = ?`, id).Scan(&added); err != nil {
			return fmt.Errorf("store: %s: %w", what, notFound(err))
		}
		w := newWriter(tx, s)
		defer w.close()
		if _, err := tx.ExecContext(ctx, sqlUnindex, id); err != nil {
			return fmt.Errorf("store: %s: unindex: %w", what, err)
		}
		a := r.a
		sorted := r.sorted
		if sorted == 0 {
			sorted = added
		}
		version, quotes := r.counts()
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET url = ?, hash = ?, title = ?, source = ?, authors = ?,
			date = ?, sorted = ?, format = ?, quote_count = ?, analyzer_version = ?, speakers = ?, body = ?,
			search_from = ?, blocks = ?, analysis = ? WHERE id = ?`,
			r.url, r.hash, a.Title, a.Source, r.authors, r.date, sorted, int(a.Format), quotes, version,
			r.speakers, a.Body, searchFrom(a), r.blocks, r.analysis, id); err != nil {
			return fmt.Errorf("store: %s: %w", what, err)
		}
		return w.replaceQuotes(ctx, id, r, what)
	})
}

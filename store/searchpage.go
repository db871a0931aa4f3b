package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// SearchCountMax is how many matches SearchPage counts at most: counting the
// 60,000 articles a three-letter prefix matches in a 100,000-article
// library took 11 ms more than the search itself.
const SearchCountMax = 10000

// SearchPage returns the hits offset to offset+limit of a search, in
// Search's order, and how many articles match in all, so that a list can
// say "50 of 98" and page through every match. The rankWindow most
// recently added matches come best first, as in Search; the older ones
// follow, newest first. Past SearchCountMax (10,000) matches, total is
// SearchCountMax+1: "more than 10,000".
func (s *SQLite) SearchPage(ctx context.Context, query string, offset, limit int) ([]Hit, int, error) {
	match := MatchQuery(query)
	if match == "" {
		return nil, 0, nil
	}
	fail := func(err error) ([]Hit, int, error) {
		return nil, 0, fmt.Errorf("store: search %q: %w", query, err)
	}
	match, err := s.expandPrefix(ctx, match)
	if err != nil {
		return fail(err)
	}
	offset = max(offset, 0)
	if limit <= 0 {
		limit = 50
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM articles_fts
		WHERE articles_fts MATCH ? LIMIT ?)`, match, SearchCountMax+1).Scan(&total); err != nil {
		return fail(err)
	}
	var from int64
	err = s.db.QueryRowContext(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?
		ORDER BY rowid DESC LIMIT 1 OFFSET ?`, match, rankWindow-1).Scan(&from)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fail(err)
	}
	window := min(total, rankWindow)
	var out []Hit
	if offset < window {
		q := `SELECT ` + summaryColumns("a.") + `, f.snip FROM (
			SELECT rowid AS id, rank, snippet(articles_fts, 1, ?, ?, '…', ?) AS snip
			FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY rank LIMIT ? OFFSET ?
		) AS f JOIN articles AS a ON a.id = f.id ORDER BY f.rank`
		if out, err = s.hits(ctx, out, q, SnippetOpen, SnippetClose, snippetTokens, match, from,
			min(limit, window-offset), offset); err != nil {
			return fail(err)
		}
	}
	if rest := limit - len(out); rest > 0 && total > window && from > 0 {
		q := `SELECT ` + summaryColumns("a.") + `, f.snip FROM (
			SELECT rowid AS id, snippet(articles_fts, 1, ?, ?, '…', ?) AS snip
			FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?
		) AS f JOIN articles AS a ON a.id = f.id ORDER BY f.id DESC`
		if out, err = s.hits(ctx, out, q, SnippetOpen, SnippetClose, snippetTokens, match, from,
			rest, max(offset-window, 0)); err != nil {
			return fail(err)
		}
	}
	if err := s.speakerSnippets(ctx, match, out); err != nil {
		return fail(err)
	}
	return out, total, nil
}

// hits appends the hits a query returns (summary columns, then snippet).
func (s *SQLite) hits(ctx context.Context, out []Hit, q string, args ...any) ([]Hit, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var h Hit
		if err := scanSummary(rows, &h.Summary, &h.Snippet); err != nil {
			return out, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// SearchPager is a store that returns a search a page at a time with the
// number of all the matches (the SQLite store is one).
type SearchPager interface {
	SearchPage(ctx context.Context, query string, offset, limit int) ([]Hit, int, error)
}

// SearchPaged returns a page of a search and the number of matches from
// st, through SearchPage when st has it; otherwise the first page is
// Search's hits and there are no others.
func SearchPaged(ctx context.Context, st Store, query string, offset, limit int) ([]Hit, int, error) {
	if p, ok := st.(SearchPager); ok {
		return p.SearchPage(ctx, query, offset, limit)
	}
	if offset > 0 {
		return nil, 0, nil
	}
	hits, err := st.Search(ctx, query, limit)
	return hits, len(hits), err
}

package store

import (
	"context"
	"fmt"
	"slices"
)

// SearchCountMax is how many matches SearchPage counts at most: it is as
// many as it ranks (rankWindow), so that counting costs no second walk of
// the index. SearchCount counts them all.
const SearchCountMax = 2000

// SearchPage returns the hits offset to offset+limit of a search, in
// Search's order, and how many articles match in all, so that a list can
// say "50 of 98" and page through every match. Past SearchCountMax (2,000)
// matches, total is SearchCountMax+1: "more than 2,000"; SearchCount then
// gives the number, in the background.
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
	ranked, total, err := s.searchWindow(ctx, match)
	if err != nil {
		return fail(err)
	}
	var ids []int64
	if offset < len(ranked) {
		ids = ranked[offset:min(len(ranked), offset+limit)]
	}
	if rest := limit - len(ids); rest > 0 && len(ranked) == rankWindow {
		older, err := s.rowids(ctx, `SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid < ?
			ORDER BY rowid DESC LIMIT ? OFFSET ?`, match, slices.Min(ranked), rest, max(offset-len(ranked), 0))
		if err != nil {
			return fail(err)
		}
		ids = append(slices.Clip(ids), older...)
	}
	out, err := s.hitsByID(ctx, match, ids)
	if err != nil {
		return fail(err)
	}
	if err := s.speakerSnippets(ctx, match, out); err != nil {
		return fail(err)
	}
	return out, total, nil
}

// SearchCount returns how many articles a search matches, all of them
// counted: a walk of the words' whole part of the index, for the
// background (a word in every one of 1,000,000 articles: 59 ms of CPU,
// 0.2 s on a busy two-core host; BenchmarkScale's count-every).
func (s *SQLite) SearchCount(ctx context.Context, query string) (int, error) {
	match := MatchQuery(query)
	if match == "" {
		return 0, nil
	}
	match, err := s.expandPrefix(ctx, match)
	if err != nil {
		return 0, fmt.Errorf("store: count %q: %w", query, err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`, match).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count %q: %w", query, err)
	}
	return n, nil
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

// SearchCounter is a store that counts all the matches of a search, for
// when SearchPage says "more than SearchCountMax" (both stores are).
type SearchCounter interface {
	SearchCount(ctx context.Context, query string) (int, error)
}

package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/store"
)

// main's search (2e70c38), for the side-by-side benchmarks: the GIN
// bitmap of every match, its rows visited, the newest 2,000 sorted out and
// ranked by ts_rank of the title and speaker names.

func (s *Store) mainSearch(ctx context.Context, query string, limit int) ([]store.Hit, error) {
	q, qargs := tsquery(query, 4)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 50
	}
	args := append([]any{s.user, RankWindow, limit}, qargs...)
	sql := `SELECT ` + summaryCols + `, ts_headline('simple', substr(a.body, a.search_from + 1), ` + q + `, '` +
		strings.ReplaceAll(headlineOpts, "'", "''") + `')
		FROM (SELECT id, ts_rank(head, ` + q + `) AS r FROM (
			SELECT id, head FROM article_search WHERE tsv @@ (` + q + `) ORDER BY id DESC LIMIT $2
		) AS w ORDER BY r DESC, id DESC LIMIT $3) AS h
		JOIN articles AS a ON a.id = h.id
		LEFT JOIN marks AS m ON m.article_id = a.id AND m.user_name = $1
		ORDER BY h.r DESC, h.id DESC`
	var out []store.Hit
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		// Matches are found by the GIN index alone: scanning the table
		// (or its primary key, newest first) instead would read every
		// row's tsvector, which the planner does not count as a cost.
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off`); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, sql, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var h store.Hit
			if err := scanSummary(rows, &h.Summary, &h.Snippet); err != nil {
				return err
			}
			out = append(out, h)
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", query, err)
	}
	return out, nil
}

func (s *Store) mainSearchPage(ctx context.Context, query string, offset, limit int) ([]store.Hit, int, error) {
	if q, _ := tsquery(query, 1); q == "" {
		return nil, 0, nil
	}
	offset = max(offset, 0)
	if limit <= 0 {
		limit = 50
	}
	var out []store.Hit
	var total int
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		out, total = nil, 0
		// As in Search: matches come from the GIN index alone.
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off`); err != nil {
			return err
		}
		q, qargs := tsquery(query, 2)
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM (SELECT 1 FROM article_search WHERE tsv @@ (`+q+`) LIMIT $1) AS c`,
			append([]any{store.SearchCountMax + 1}, qargs...)...).Scan(&total); err != nil {
			return err
		}
		// from is the RankWindow-th newest match: the window is the
		// matches from it on.
		var from int64
		err := tx.QueryRow(ctx, `SELECT id FROM article_search WHERE tsv @@ (`+q+`) ORDER BY id DESC LIMIT 1 OFFSET $1`,
			append([]any{RankWindow - 1}, qargs...)...).Scan(&from)
		if err != nil && !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		window := min(total, RankWindow)
		q, qargs = tsquery(query, 5)
		headline := `ts_headline('simple', substr(a.body, a.search_from + 1), ` + q + `, '` +
			strings.ReplaceAll(headlineOpts, "'", "''") + `')`
		if offset < window {
			sql := `SELECT ` + summaryCols + `, ` + headline + `
				FROM (SELECT id, ts_rank(head, ` + q + `) AS r FROM article_search
					WHERE tsv @@ (` + q + `) AND id >= $2 ORDER BY r DESC, id DESC LIMIT $3 OFFSET $4) AS h
				JOIN articles AS a ON a.id = h.id
				LEFT JOIN marks AS m ON m.article_id = a.id AND m.user_name = $1
				ORDER BY h.r DESC, h.id DESC`
			var err error
			if out, err = hits(ctx, tx, out, sql, append([]any{s.user, from, min(limit, window-offset), offset}, qargs...)); err != nil {
				return err
			}
		}
		if rest := limit - len(out); rest > 0 && total > window && from > 0 {
			sql := `SELECT ` + summaryCols + `, ` + headline + `
				FROM (SELECT id FROM article_search WHERE tsv @@ (` + q + `) AND id < $2
					ORDER BY id DESC LIMIT $3 OFFSET $4) AS h
				JOIN articles AS a ON a.id = h.id
				LEFT JOIN marks AS m ON m.article_id = a.id AND m.user_name = $1
				ORDER BY h.id DESC`
			var err error
			if out, err = hits(ctx, tx, out, sql, append([]any{s.user, from, rest, max(offset-window, 0)}, qargs...)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", query, err)
	}
	return out, total, nil
}

func (s *Store) mainSearchCount(ctx context.Context, query string) (int, error) {
	q, qargs := tsquery(query, 1)
	if q == "" {
		return 0, nil
	}
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM article_search WHERE tsv @@ (`+q+`)`, qargs...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count %q: %w", query, err)
	}
	return n, nil
}

package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/byline/byline/reader"
)

// This file reads stored articles: lookups, lists, counts and marks.

// summaryCols are the columns scanSummary reads, in order.
var summaryCols = summaryColumns("")

// summaryColumns lists the columns scanSummary reads, each prefixed with p
// (a table alias and a dot, or nothing).
func summaryColumns(p string) string {
	id := p + "id"
	if p == "" {
		id = "articles.id"
	}
	// The most quoted speakers come from speaker_quotes (a few rows an
	// article, read by its primary key), not from articles' own columns,
	// which would put them after the body.
	top := `(SELECT group_concat(speaker, char(10)) FROM (SELECT speaker FROM speaker_quotes
		WHERE article_id = ` + id + ` AND speaker_key <> '' GROUP BY speaker_key
		ORDER BY sum(n) DESC, min(first_idx) LIMIT 3))`
	return p + `id, ` + p + `title, ` + p + `source, ` + p + `authors, ` + p + `date, ` + p + `added, coalesce(` +
		p + `url, ''), ` + p + `read, ` + p + `starred, ` + p + `quote_count, ` + top
}

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanSummary reads summaryCols (and extra columns after them).
func scanSummary(sc scanner, sum *Summary, extra ...any) error {
	var authors string
	var date, top sql.NullString
	var added int64
	dest := append([]any{&sum.ID, &sum.Title, &sum.Source, &authors, &date, &added, &sum.URL,
		&sum.Read, &sum.Starred, &sum.Quotes, &top}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return err
	}
	sum.Speakers = nil
	if top.String != "" {
		sum.Speakers = strings.Split(top.String, "\n")
	}
	sum.Added = fromMillis(added)
	sum.Authors = nil
	if authors != "" && authors != "[]" {
		if err := json.Unmarshal([]byte(authors), &sum.Authors); err != nil {
			return fmt.Errorf("decode authors: %w", err)
		}
	}
	sum.Date = time.Time{}
	if date.Valid {
		t, err := time.Parse(time.RFC3339Nano, date.String)
		if err != nil {
			return fmt.Errorf("decode date: %w", err)
		}
		sum.Date = t
	}
	return nil
}

// HasURL implements Store.
func (s *SQLite) HasURL(ctx context.Context, url string) (bool, error) {
	url = strings.TrimSpace(url)
	if url == "" {
		return false, nil
	}
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE url = ?1
		UNION ALL SELECT 1 FROM deleted_urls WHERE url = ?1 LIMIT 1`, url).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: look up %s: %w", url, err)
	}
	return true, nil
}

// duplicateBy returns the query that finds the stored duplicate of an
// article, and its argument: by address, or by text for an article with
// none.
func duplicateBy(url, hash string) (query, key string) {
	if u := strings.TrimSpace(url); u != "" {
		return sqlByURL, u
	}
	return sqlByHash, hash
}

// Known implements Store.
func (s *SQLite) Known(ctx context.Context, url, hash string) (bool, error) {
	query, key := duplicateBy(url, hash)
	st, err := s.prepared(ctx, query)
	if err != nil {
		return false, fmt.Errorf("store: look up duplicate: %w", err)
	}
	var id int64
	err = st.QueryRowContext(ctx, key).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: look up duplicate: %w", err)
	}
	return true, nil
}

// Get implements Store.
func (s *SQLite) Get(ctx context.Context, id int64) (*Stored, error) {
	st := &Stored{}
	var format int
	var blocks string
	var analysis sql.NullString
	row := s.db.QueryRowContext(ctx, `SELECT `+summaryCols+`, format, body, blocks, analysis FROM articles WHERE id = ?`, id)
	if err := scanSummary(row, &st.Summary, &format, &st.Article.Body, &blocks, &analysis); err != nil {
		return nil, fmt.Errorf("store: get article %d: %w", id, notFound(err))
	}
	a := &st.Article
	a.Title, a.Authors, a.Source, a.Date, a.URL = st.Title, st.Authors, st.Source, st.Date, st.URL
	a.Format = reader.Format(format)
	if err := json.Unmarshal([]byte(blocks), &a.Blocks); err != nil {
		return nil, fmt.Errorf("store: get article %d: decode blocks: %w", id, err)
	}
	if analysis.Valid {
		st.Analysis = &reader.Analysis{}
		if err := json.Unmarshal([]byte(analysis.String), st.Analysis); err != nil {
			return nil, fmt.Errorf("store: get article %d: decode analysis: %w", id, err)
		}
	}
	return st, nil
}

// List implements Store. It reads no bodies and walks an index of the sort
// key (the article's date, else when it was added), so a page costs the
// same in a library of any size; deep offsets cost their offset.
func (s *SQLite) List(ctx context.Context, opt ListOptions) ([]Summary, error) {
	q := listQuery(opt)
	limit := opt.Limit
	if limit <= 0 {
		limit = -1 // no limit
	}
	rows, err := s.db.QueryContext(ctx, q, limit, max(opt.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var sum Summary
		if err := scanSummary(rows, &sum); err != nil {
			return nil, fmt.Errorf("store: list: %w", err)
		}
		out = append(out, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	return out, nil
}

// listQuery is List's query: a page of summaries, newest first. Unfiltered,
// it reads from the articles_list index alone (migration 0021), never the
// rows with their bodies.
func listQuery(opt ListOptions) string {
	return `SELECT ` + summaryCols + ` FROM articles` + listWhere(opt) + ` ORDER BY sorted DESC, id DESC LIMIT ? OFFSET ?`
}

// listWhere is the WHERE clause of opt's filters.
func listWhere(opt ListOptions) string {
	if opt.FeedID > 0 {
		return feedWhere(opt)
	}
	switch {
	case opt.StarredOnly && opt.UnreadOnly:
		return ` WHERE starred = 1 AND read = 0`
	case opt.StarredOnly:
		return ` WHERE starred = 1`
	case opt.UnreadOnly:
		return ` WHERE read = 0`
	}
	return ""
}

// CountList implements Store. Unfiltered, it is Count.
func (s *SQLite) CountList(ctx context.Context, opt ListOptions) (int, error) {
	if listWhere(opt) == "" {
		return s.Count(ctx)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`+listWhere(opt)).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// Count implements Store. It reads the count that triggers keep in
// store_meta as articles are written and deleted (migration 0017), rather
// than counting every row: a count is a read of one row in a library of
// any size.
func (s *SQLite) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM store_meta WHERE key = 'articles'`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// SetRead implements Store.
func (s *SQLite) SetRead(ctx context.Context, id int64, read bool) error {
	return s.setMark(ctx, id, "read", read)
}

// SetStarred implements Store.
func (s *SQLite) SetStarred(ctx context.Context, id int64, starred bool) error {
	return s.setMark(ctx, id, "starred", starred)
}

// setMark sets the read or starred column; col is never user input.
func (s *SQLite) setMark(ctx context.Context, id int64, col string, on bool) error {
	res, err := s.db.ExecContext(ctx, `UPDATE articles SET `+col+` = ? WHERE id = ?`, on, id)
	if err != nil {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, err)
	}
	if n == 0 {
		return fmt.Errorf("store: set %s of article %d: %w", col, id, ErrNotFound)
	}
	return nil
}

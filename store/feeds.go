package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// AddFeed implements Store. A feed whose URL is already subscribed is not
// added again: AddFeed returns its ID with an error wrapping ErrExists.
func (s *SQLite) AddFeed(ctx context.Context, f Feed) (int64, error) {
	u := strings.TrimSpace(f.URL)
	if u == "" {
		return 0, errors.New("store: add feed: empty URL")
	}
	var id int64
	err := s.inTx(ctx, "add feed", func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT id FROM feeds WHERE url = ?`, u).Scan(&id)
		if err == nil {
			return fmt.Errorf("store: add feed %s: %w", u, ErrExists)
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("store: add feed %s: %w", u, err)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO feeds(url, title, etag, last_modified, checked, error)
			VALUES (?, ?, ?, ?, ?, ?)`, u, f.Title, f.ETag, f.LastModified, nullMillis(f.Checked), f.Error)
		if err != nil {
			return fmt.Errorf("store: add feed %s: %w", u, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("store: add feed %s: %w", u, err)
		}
		return nil
	})
	return id, err
}

// Feeds implements Store. Feeds come in the order they were added.
func (s *SQLite) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, url, title, etag, last_modified, coalesce(checked, 0), error
		FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	defer rows.Close()
	var out []Feed
	for rows.Next() {
		var f Feed
		var checked int64
		if err := rows.Scan(&f.ID, &f.URL, &f.Title, &f.ETag, &f.LastModified, &checked, &f.Error); err != nil {
			return nil, fmt.Errorf("store: feeds: %w", err)
		}
		f.Checked = fromMillis(checked)
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	return out, nil
}

// UpdateFeed implements Store. It finds the feed by ID, or by URL when
// the ID is zero, and stores its title, ETag, Last-Modified, check time and
// error.
func (s *SQLite) UpdateFeed(ctx context.Context, f Feed) error {
	var res sql.Result
	var err error
	set := `UPDATE feeds SET title = ?, etag = ?, last_modified = ?, checked = ?, error = ?`
	args := []any{f.Title, f.ETag, f.LastModified, nullMillis(f.Checked), f.Error}
	what := fmt.Sprintf("update feed %d", f.ID)
	if f.ID != 0 {
		res, err = s.db.ExecContext(ctx, set+` WHERE id = ?`, append(args, f.ID)...)
	} else {
		what = "update feed " + f.URL
		res, err = s.db.ExecContext(ctx, set+` WHERE url = ?`, append(args, strings.TrimSpace(f.URL))...)
	}
	return affected(res, err, what)
}

// RemoveFeed implements Store. idOrURL is the feed's ID in decimal or its
// URL. Articles fetched from the feed stay in the library.
func (s *SQLite) RemoveFeed(ctx context.Context, idOrURL string) error {
	key := strings.TrimSpace(idOrURL)
	var res sql.Result
	var err error
	if id, perr := strconv.ParseInt(key, 10, 64); perr == nil {
		res, err = s.db.ExecContext(ctx, `DELETE FROM feeds WHERE id = ? OR url = ?`, id, key)
	} else {
		res, err = s.db.ExecContext(ctx, `DELETE FROM feeds WHERE url = ?`, key)
	}
	return affected(res, err, "remove feed "+key)
}

// affected turns an Exec's result into an error, ErrNotFound when it
// changed no row.
func affected(res sql.Result, err error, what string) error {
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	if n == 0 {
		return fmt.Errorf("store: %s: %w", what, ErrNotFound)
	}
	return nil
}

// nullMillis is millis for a column where the zero time is NULL.
func nullMillis(t time.Time) sql.NullInt64 {
	if t.IsZero() {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: t.UnixMilli(), Valid: true}
}

package postgres

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/byline/byline/store"
)

// AddFeed implements store.Store; a URL already subscribed gives its ID
// and an error wrapping store.ErrExists, also when another process adds
// it at the same moment.
func (s *Store) AddFeed(ctx context.Context, f store.Feed) (int64, error) {
	u := strings.TrimSpace(f.URL)
	if u == "" {
		return 0, errors.New("store: add feed: empty URL")
	}
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO feeds(url, title, etag, last_modified, checked, error)
		VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING RETURNING id`,
		u, f.Title, f.ETag, f.LastModified, nullMillis(f.Checked), f.Error).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("store: add feed %s: %w", u, err)
	}
	if err := s.pool.QueryRow(ctx, `SELECT id FROM feeds WHERE url = $1`, u).Scan(&id); err != nil {
		return 0, fmt.Errorf("store: add feed %s: %w", u, err)
	}
	return id, fmt.Errorf("store: add feed %s: %w", u, store.ErrExists)
}

// Feeds implements store.Store, in the order they were added.
func (s *Store) Feeds(ctx context.Context) ([]store.Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, url, title, etag, last_modified, coalesce(checked, 0), error
		FROM feeds ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	defer rows.Close()
	var out []store.Feed
	for rows.Next() {
		var f store.Feed
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

// UpdateFeed implements store.Store.
func (s *Store) UpdateFeed(ctx context.Context, f store.Feed) error {
	set := `UPDATE feeds SET title = $1, etag = $2, last_modified = $3, checked = $4, error = $5`
	args := []any{f.Title, f.ETag, f.LastModified, nullMillis(f.Checked), f.Error}
	if f.ID != 0 {
		tag, err := s.pool.Exec(ctx, set+` WHERE id = $6`, append(args, f.ID)...)
		return affected(tag, err, fmt.Sprintf("update feed %d", f.ID))
	}
	tag, err := s.pool.Exec(ctx, set+` WHERE url = $6`, append(args, strings.TrimSpace(f.URL))...)
	return affected(tag, err, "update feed "+f.URL)
}

// RemoveFeed implements store.Store: idOrURL is the feed's decimal ID or
// its URL.
func (s *Store) RemoveFeed(ctx context.Context, idOrURL string) error {
	key := strings.TrimSpace(idOrURL)
	var tag pgconn.CommandTag
	var err error
	if id, perr := strconv.ParseInt(key, 10, 64); perr == nil {
		tag, err = s.pool.Exec(ctx, `DELETE FROM feeds WHERE id = $1 OR url = $2`, id, key)
	} else {
		tag, err = s.pool.Exec(ctx, `DELETE FROM feeds WHERE url = $1`, key)
	}
	return affected(tag, err, "remove feed "+key)
}

func affected(tag pgconn.CommandTag, err error, what string) error {
	if err != nil {
		return fmt.Errorf("store: %s: %w", what, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: %s: %w", what, store.ErrNotFound)
	}
	return nil
}

func nullMillis(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UnixMilli()
}

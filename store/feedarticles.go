package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// FeedCount is how many articles a feed brought, and how many of them are
// unread.
type FeedCount struct {
	Articles, Unread int
}

// feedWhere is listWhere for a feed's articles.
func feedWhere(opt ListOptions) string {
	conds := []string{`id IN (SELECT article_id FROM feed_articles WHERE feed_id = ` + strconv.FormatInt(opt.FeedID, 10) + `)`}
	if opt.UnreadOnly {
		conds = append(conds, `read = 0`)
	}
	if opt.StarredOnly {
		conds = append(conds, `starred = 1`)
	}
	return ` WHERE ` + strings.Join(conds, ` AND `)
}

// LinkFeed records that a feed brought the articles ids (new ones, or ones
// it met again).
func (s *SQLite) LinkFeed(ctx context.Context, feedID int64, ids []int64) error {
	if feedID <= 0 || len(ids) == 0 {
		return nil
	}
	return s.inTx(ctx, "link feed articles", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO feed_articles(feed_id, article_id)
			SELECT ?, id FROM articles WHERE id = ?`)
		if err != nil {
			return fmt.Errorf("store: link feed %d: %w", feedID, err)
		}
		defer st.Close()
		for _, id := range ids {
			if _, err := st.ExecContext(ctx, feedID, id); err != nil {
				return fmt.Errorf("store: link feed %d: %w", feedID, err)
			}
		}
		return nil
	})
}

// FeedCounts returns, by feed ID, how many articles each feed brought and
// how many of them are unread. A feed that brought none is left out.
func (s *SQLite) FeedCounts(ctx context.Context) (map[int64]FeedCount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT f.feed_id, count(*), coalesce(sum(a.read = 0), 0)
		FROM feed_articles AS f JOIN articles AS a ON a.id = f.article_id GROUP BY f.feed_id`)
	if err != nil {
		return nil, fmt.Errorf("store: feed counts: %w", err)
	}
	defer rows.Close()
	out := map[int64]FeedCount{}
	for rows.Next() {
		var id int64
		var c FeedCount
		if err := rows.Scan(&id, &c.Articles, &c.Unread); err != nil {
			return nil, fmt.Errorf("store: feed counts: %w", err)
		}
		out[id] = c
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: feed counts: %w", err)
	}
	return out, nil
}

// MarkAllRead marks read every unread article opt lists (its offset and
// limit aside: all of them), and returns how many it marked.
func (s *SQLite) MarkAllRead(ctx context.Context, opt ListOptions) (int, error) {
	opt.UnreadOnly = true
	res, err := s.db.ExecContext(ctx, `UPDATE articles SET read = 1`+listWhere(opt))
	if err != nil {
		return 0, fmt.Errorf("store: mark all read: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("store: mark all read: %w", err)
	}
	return int(n), nil
}

// LinkFeedURLs records that a feed brought the stored articles at the
// given addresses (its items, met again or imported before by hand).
func (s *SQLite) LinkFeedURLs(ctx context.Context, feedID int64, urls []string) error {
	if feedID <= 0 || len(urls) == 0 {
		return nil
	}
	return s.inTx(ctx, "link feed articles", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO feed_articles(feed_id, article_id)
			SELECT ?, id FROM articles WHERE url = ?`)
		if err != nil {
			return fmt.Errorf("store: link feed %d: %w", feedID, err)
		}
		defer st.Close()
		for _, u := range urls {
			if _, err := st.ExecContext(ctx, feedID, u); err != nil {
				return fmt.Errorf("store: link feed %d: %w", feedID, err)
			}
		}
		return nil
	})
}

// LinkFeedGUIDs records the identifiers feed feedID gives its items,
// by the address each item is stored under (urls[i] for guids[i]); an
// item whose article is not linked to the feed yet is linked too.
func (s *SQLite) LinkFeedGUIDs(ctx context.Context, feedID int64, urls, guids []string) error {
	if feedID <= 0 || len(urls) == 0 {
		return nil
	}
	return s.inTx(ctx, "link feed guids", func(tx *sql.Tx) error {
		st, err := tx.PrepareContext(ctx, `INSERT INTO feed_articles(feed_id, article_id, guid)
			SELECT ?, id, ? FROM articles WHERE url = ?
			ON CONFLICT(feed_id, article_id) DO UPDATE SET guid = excluded.guid`)
		if err != nil {
			return fmt.Errorf("store: link feed %d: %w", feedID, err)
		}
		defer st.Close()
		for i, u := range urls {
			if i >= len(guids) || guids[i] == "" || u == "" {
				continue
			}
			if _, err := st.ExecContext(ctx, feedID, guids[i], u); err != nil {
				return fmt.Errorf("store: link feed %d: %w", feedID, err)
			}
		}
		return nil
	})
}

// KnownGUID reports whether feed feedID has brought an item with the
// identifier guid that is still in the library.
func (s *SQLite) KnownGUID(ctx context.Context, feedID int64, guid string) (bool, error) {
	if feedID <= 0 || guid == "" {
		return false, nil
	}
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM feed_articles WHERE feed_id = ? AND guid = ?`,
		feedID, guid).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: feed %d guid: %w", feedID, err)
	}
	return n > 0, nil
}

package postgres

import (
	"context"
	"fmt"
	"strconv"

	"github.com/byline/byline/store"
)

// feedCond is the condition on articles AS a of opt.FeedID, "" for none.
func feedCond(opt store.ListOptions) string {
	if opt.FeedID <= 0 {
		return ""
	}
	return `a.id IN (SELECT article_id FROM feed_articles WHERE feed_id = ` + strconv.FormatInt(opt.FeedID, 10) + `)`
}

// LinkFeed records that a feed brought the articles ids (new ones, or
// ones it met again). A feed or article no longer stored is passed over.
func (s *Store) LinkFeed(ctx context.Context, feedID int64, ids []int64) error {
	if feedID <= 0 || len(ids) == 0 {
		return nil
	}
	return s.linkFeed(ctx, feedID, `id = ANY($2)`, ids)
}

// LinkFeedURLs records that a feed brought the stored articles at the
// given addresses (its items, met again or imported before by hand).
func (s *Store) LinkFeedURLs(ctx context.Context, feedID int64, urls []string) error {
	if feedID <= 0 || len(urls) == 0 {
		return nil
	}
	return s.linkFeed(ctx, feedID, `url = ANY($2)`, urls)
}

func (s *Store) linkFeed(ctx context.Context, feedID int64, cond string, arg any) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO feed_articles(feed_id, article_id)
		SELECT f.id, a.id FROM feeds AS f, articles AS a WHERE f.id = $1 AND a.`+cond+`
		ORDER BY a.id ON CONFLICT DO NOTHING`, feedID, arg)
	if err != nil {
		return fmt.Errorf("store: link feed %d: %w", feedID, err)
	}
	return nil
}

// FeedCounts returns, by feed ID, how many articles each feed brought and
// how many of them the store's user has not read. A feed that brought
// none is left out.
func (s *Store) FeedCounts(ctx context.Context) (map[int64]store.FeedCount, error) {
	rows, err := s.pool.Query(ctx, `SELECT f.feed_id, count(*), count(*) FILTER (WHERE NOT coalesce(m.read, false))
		FROM feed_articles AS f LEFT JOIN marks AS m ON m.article_id = f.article_id AND m.user_name = $1
		GROUP BY f.feed_id`, s.user)
	if err != nil {
		return nil, fmt.Errorf("store: feed counts: %w", err)
	}
	defer rows.Close()
	out := map[int64]store.FeedCount{}
	for rows.Next() {
		var id int64
		var c store.FeedCount
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

// MarkAllRead marks read, for the store's user, every unread article opt
// lists (its offset and limit aside: all of them), and returns how many
// it marked.
func (s *Store) MarkAllRead(ctx context.Context, opt store.ListOptions) (int, error) {
	opt.UnreadOnly = true
	tag, err := s.pool.Exec(ctx, `INSERT INTO marks AS mk(user_name, article_id, read)
		SELECT $1, a.id, true`+withMarks+listWhere(opt)+` ORDER BY a.id
		ON CONFLICT (user_name, article_id) DO UPDATE SET read = true`, s.user)
	if err != nil {
		return 0, fmt.Errorf("store: mark all read: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// LinkFeedGUIDs records the identifiers feed feedID gives its items, by
// the address each item is stored under (urls[i] for guids[i]).
func (s *Store) LinkFeedGUIDs(ctx context.Context, feedID int64, urls, guids []string) error {
	if feedID <= 0 || len(urls) == 0 || len(urls) != len(guids) {
		return nil
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO feed_articles(feed_id, article_id, guid)
		SELECT f.id, a.id, g.guid FROM feeds AS f, unnest($2::text[], $3::text[]) AS g(url, guid)
		JOIN articles AS a ON a.url = g.url
		WHERE f.id = $1 AND g.guid <> ''
		ORDER BY a.id
		ON CONFLICT (feed_id, article_id) DO UPDATE SET guid = excluded.guid`, feedID, urls, guids)
	if err != nil {
		return fmt.Errorf("store: link feed %d: %w", feedID, err)
	}
	return nil
}

// KnownGUID reports whether feed feedID has brought an item with the
// identifier guid that is still in the library.
func (s *Store) KnownGUID(ctx context.Context, feedID int64, guid string) (bool, error) {
	if feedID <= 0 || guid == "" {
		return false, nil
	}
	var known bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM feed_articles WHERE feed_id = $1 AND guid = $2)`,
		feedID, guid).Scan(&known)
	if err != nil {
		return false, fmt.Errorf("store: feed %d guid: %w", feedID, err)
	}
	return known, nil
}

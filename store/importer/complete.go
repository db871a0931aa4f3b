package importer

import (
	"context"
	"sync"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// complete looks, when im.Follow is set, for items of a feed that the
// store holds as the feed gave them, only a summary (its page could not be
// fetched when the item was first met), fetches their pages again, and
// replaces each summary whose page is now reachable by the page's article.
// A page still out of reach leaves the summary, with no note: it is tried
// again on the next refresh. It returns how many summaries are left.
func (im *Importer) complete(ctx context.Context, feedURL string, arts []*reader.Article, sum *Summary, private bool, slow *hosts) int {
	up, ok := im.Store.(updater)
	if !im.Follow || !ok {
		return 0
	}
	type stub struct {
		id int64
		a  *reader.Article
	}
	var stubs []stub
	for _, a := range arts {
		if !reader.IsSummary(a) {
			continue
		}
		id, hash, err := up.ByURL(ctx, a.URL)
		if err == nil && id != 0 && hash == store.TextHash(a.Title, a.Body) {
			stubs = append(stubs, stub{id, a})
		}
	}
	var mu sync.Mutex
	left := len(stubs)
	bounded(ctx, len(stubs), im.fetches(), func(k int) {
		s := stubs[k]
		page, err := im.page(ctx, s.a.URL, private, slow)
		if err != nil {
			return
		}
		full, ok := reader.WithPage(s.a, page)
		if !ok {
			return
		}
		an, err := analyze(full)
		name := itemName(feedURL, s.a, len(arts))
		if err == nil {
			err = up.Update(ctx, s.id, store.Item{Article: full, Analysis: an})
		}
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			sum.Failed = append(sum.Failed, Failure{name, reason(err)})
			return
		}
		sum.Updated++
		left--
		sum.IDs = append(sum.IDs, s.id)
		sum.Notes = append(sum.Notes, Failure{name, "completed from its page (stored as the feed's summary before)"})
	})
	return left
}

// pending counts the items of a feed that are still only their summary
// after following (none when im.Follow is off: summaries are then meant).
func (im *Importer) pending(arts []*reader.Article) int {
	if !im.Follow {
		return 0
	}
	n := 0
	for _, a := range arts {
		if reader.IsSummary(a) {
			n++
		}
	}
	return n
}

// feedLinker is a store that records which feed brought an article
// (store.SQLite), for the reader's feeds view.
type feedLinker interface {
	LinkFeed(ctx context.Context, feedID int64, ids []int64) error
	LinkFeedURLs(ctx context.Context, feedID int64, urls []string) error
}

// itemURLs returns the addresses of a feed's items.
func itemURLs(arts []*reader.Article) []string {
	var urls []string
	for _, a := range arts {
		if a.URL != "" {
			urls = append(urls, a.URL)
		}
	}
	return urls
}

// linkFeed records that feed f brought the articles of sum (sum holds one
// feed's refresh) and the stored articles at the addresses of its items
// (met before, or imported by hand); a failure is a note, the articles
// are stored.
func (im *Importer) linkFeed(ctx context.Context, f store.Feed, sum *Summary, urls []string) {
	l, ok := im.Store.(feedLinker)
	if !ok || f.ID <= 0 || ctx.Err() != nil {
		return
	}
	err := l.LinkFeed(ctx, f.ID, sum.IDs)
	if err == nil {
		err = l.LinkFeedURLs(ctx, f.ID, urls)
	}
	if err != nil {
		sum.Notes = append(sum.Notes, Failure{f.URL, reason(err)})
	}
}

// guidStore is a store that keeps a feed item's own identifier (RSS guid,
// Atom id, JSON Feed id) with the article it brought (store.SQLite).
type guidStore interface {
	KnownGUID(ctx context.Context, feedID int64, guid string) (bool, error)
	LinkFeedGUIDs(ctx context.Context, feedID int64, urls, guids []string) error
}

// unknownGUIDs drops the items of feed feedID whose identifier the store
// knows from an earlier fetch, whatever their link or text say now, and
// returns how many it dropped.
func (im *Importer) unknownGUIDs(ctx context.Context, feedID int64, arts []*reader.Article) ([]*reader.Article, int) {
	g, ok := im.Store.(guidStore)
	if !ok || feedID <= 0 {
		return arts, 0
	}
	fresh := arts[:0:0]
	for _, a := range arts {
		if a.GUID != "" {
			if known, err := g.KnownGUID(ctx, feedID, a.GUID); err == nil && known {
				continue
			}
		}
		fresh = append(fresh, a)
	}
	return fresh, len(arts) - len(fresh)
}

// linkGUIDs records the identifiers of feed f's items beside the articles
// stored at their addresses; a failure is a note.
func (im *Importer) linkGUIDs(ctx context.Context, f store.Feed, sum *Summary, items []*reader.Article) {
	g, ok := im.Store.(guidStore)
	if !ok || f.ID <= 0 || ctx.Err() != nil {
		return
	}
	var urls, guids []string
	for _, a := range items {
		if a.URL != "" && a.GUID != "" {
			urls, guids = append(urls, a.URL), append(guids, a.GUID)
		}
	}
	if err := g.LinkFeedGUIDs(ctx, f.ID, urls, guids); err != nil {
		sum.Notes = append(sum.Notes, Failure{f.URL, reason(err)})
	}
}

package ui

import (
	"context"
	"time"

	"github.com/byline/byline/store"
)

// Store is what the UI asks of a store: the store.Store methods it uses,
// and no more, so that a store.Store serves and a test fake is small.
// (The feeds view also uses FeedCounts and MarkAllRead, and the library
// search SearchPage, when the store has them: see feedStore and
// store.SearchPager.)
type Store interface {
	// The library: a page of summaries, how many there are, full-text
	// search, and the marks and deletion of one article.
	List(ctx context.Context, opt store.ListOptions) ([]store.Summary, error)
	CountList(ctx context.Context, opt store.ListOptions) (int, error)
	Search(ctx context.Context, query string, limit int) ([]store.Hit, error)
	SetRead(ctx context.Context, id int64, read bool) error
	SetStarred(ctx context.Context, id int64, starred bool) error
	Delete(ctx context.Context, id int64) error
	// The reader: an article, and the other articles quoting its quotes.
	Get(ctx context.Context, id int64) (*store.Stored, error)
	Appearances(ctx context.Context, text string) ([]store.Appearance, error)
	// FiguresNear: the figures of articles dated near one, for the ≠ mark.
	FiguresNear(ctx context.Context, id int64, window time.Duration) ([]store.FigureSource, error)
	// The speakers view.
	Speakers(ctx context.Context) ([]store.SpeakerStat, error)
	QuotesBy(ctx context.Context, speaker string) ([]store.QuoteRef, error)
	// The feeds view.
	Feeds(ctx context.Context) ([]store.Feed, error)
	RemoveFeed(ctx context.Context, idOrURL string) error
}

var _ Store = store.Store(nil)

// searchPaged returns the hits of query from offset on and how many there
// are, as store.SearchPaged does for a Store: by pages when the store
// can (store.SearchPager), else the first page only.
func searchPaged(ctx context.Context, st Store, query string, offset, limit int) ([]store.Hit, int, error) {
	if p, ok := st.(store.SearchPager); ok {
		return p.SearchPage(ctx, query, offset, limit)
	}
	if offset > 0 {
		return nil, 0, nil
	}
	hits, err := st.Search(ctx, query, limit)
	return hits, len(hits), err
}

package importer

import (
	"context"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// Store is what an import needs of a store: writing articles, telling the
// ones it has, and keeping feeds. Every store.Store is one; a store that
// also keeps which feed brought an article, or replaces a changed one,
// gets that too (feedLinker, guidStore, updater).
type Store interface {
	PutMany(ctx context.Context, items []store.Item) ([]store.PutResult, error)
	Known(ctx context.Context, url, hash string) (bool, error)
	HasURL(ctx context.Context, url string) (bool, error)
	Count(ctx context.Context) (int, error)
	AddFeed(ctx context.Context, f store.Feed) (int64, error)
	Feeds(ctx context.Context) ([]store.Feed, error)
	UpdateFeed(ctx context.Context, f store.Feed) error
}

// AnalysisStore is what re-analysing stored articles needs of a store.
type AnalysisStore interface {
	Stale(ctx context.Context, version int) ([]int64, error)
	Get(ctx context.Context, id int64) (*store.Stored, error)
	SetAnalysis(ctx context.Context, id int64, an *reader.Analysis) error
}

// SampleStore is what seeding the sample articles needs of a store.
type SampleStore interface {
	Count(ctx context.Context) (int, error)
	Put(ctx context.Context, a *reader.Article, an *reader.Analysis) (int64, bool, error)
}

var _ Store = store.Store(nil)

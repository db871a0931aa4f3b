package importer

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/storetest"
)

// fakeStore is an in-memory Store: articles deduplicated by URL or
// by text, feeds by URL.
type fakeStore struct {
	mu       sync.Mutex
	arts     []*reader.Article
	keys     map[string]int64
	feeds    []store.Feed
	puts     int    // PutMany calls
	failURL  string // Put fails for an article with this URL
	analysed int
}

func newFakeStore() *fakeStore { return &fakeStore{keys: map[string]int64{}} }

var _ Store = (*fakeStore)(nil)

func (s *fakeStore) Put(ctx context.Context, a *reader.Article, an *reader.Analysis) (int64, bool, error) {
	if err := ctx.Err(); err != nil {
		return 0, false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if a.URL != "" && a.URL == s.failURL {
		return 0, false, fmt.Errorf("store: put article: disk full")
	}
	key := fakeKey(a)
	if id, ok := s.keys[key]; ok {
		return id, false, nil
	}
	if an != nil {
		s.analysed++
	}
	s.arts = append(s.arts, a)
	id := int64(len(s.arts))
	s.keys[key] = id
	return id, true, nil
}

// Known looks up addresses only: the fake tells texts apart by their
// words, not by TextHash.
func (s *fakeStore) Known(_ context.Context, url, _ string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.keys["url:"+url]
	return ok && url != "", nil
}

// fakeKey is what the fake deduplicates an article by.
func fakeKey(a *reader.Article) string {
	if a.URL != "" {
		return "url:" + a.URL
	}
	return "text:" + a.Title + "\x00" + strings.Join(strings.Fields(a.Body), " ")
}

func (s *fakeStore) PutMany(ctx context.Context, items []store.Item) ([]store.PutResult, error) {
	s.mu.Lock()
	s.puts++
	s.mu.Unlock()
	return storetest.PutEach(ctx, s, items)
}

func (s *fakeStore) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.arts)
}

func (s *fakeStore) AddFeed(_ context.Context, f store.Feed) (int64, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, g := range s.feeds {
		if g.URL == f.URL {
			return g.ID, fmt.Errorf("store: add feed %s: %w", f.URL, store.ErrExists)
		}
	}
	f.ID = int64(len(s.feeds) + 1)
	s.feeds = append(s.feeds, f)
	return f.ID, nil
}

func (s *fakeStore) Feeds(context.Context) ([]store.Feed, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]store.Feed(nil), s.feeds...), nil
}

func (s *fakeStore) UpdateFeed(_ context.Context, f store.Feed) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, g := range s.feeds {
		if g.ID == f.ID || f.ID == 0 && g.URL == f.URL {
			f.ID = g.ID
			s.feeds[i] = f
			return nil
		}
	}
	return store.ErrNotFound
}

func (s *fakeStore) Count(context.Context) (int, error) { return s.count(), nil }

func (s *fakeStore) HasURL(ctx context.Context, url string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.keys["url:"+url]
	return ok && url != "", nil
}

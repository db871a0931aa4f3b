package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/byline/byline/store"
)

// feedStore is a store that records which feed brought an article (both
// stores are).
type feedStore interface {
	LinkFeed(ctx context.Context, feedID int64, ids []int64) error
	LinkFeedURLs(ctx context.Context, feedID int64, urls []string) error
	FeedCounts(ctx context.Context) (map[int64]store.FeedCount, error)
	MarkAllRead(ctx context.Context, opt store.ListOptions) (int, error)
}

// testFeedArticles checks a feed's articles: List and CountList with
// FeedID, FeedCounts, MarkAllRead of one feed, and the links going with a
// deleted article or feed. A store without them skips it.
func testFeedArticles(t *testing.T, s store.Store) {
	fs, ok := s.(feedStore)
	if !ok {
		t.Skip("the store does not link feeds and articles")
	}
	ctx := context.Background()
	f1, err := s.AddFeed(ctx, store.Feed{URL: "https://example.com/feed1.xml"})
	if err != nil {
		t.Fatal(err)
	}
	f2, err := s.AddFeed(ctx, store.Feed{URL: "https://example.com/feed2.xml"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i := range 5 {
		ids = append(ids, put(t, s, Article(fmt.Sprint("Item ", i), fmt.Sprintf("https://example.com/fa%d", i), day(i+1), "Text."), nil))
	}
	// Feed 1 brought articles 0-2 (2 twice), feed 2 article 3 by address;
	// article 4 came by hand.
	if err := fs.LinkFeed(ctx, f1, ids[:3]); err != nil {
		t.Fatal(err)
	}
	if err := fs.LinkFeed(ctx, f1, ids[2:3]); err != nil {
		t.Fatal(err)
	}
	if err := fs.LinkFeedURLs(ctx, f2, []string{"https://example.com/fa3", "https://example.com/nowhere"}); err != nil {
		t.Fatal(err)
	}
	list := func(opt store.ListOptions) []int64 {
		t.Helper()
		sums, err := s.List(ctx, opt)
		if err != nil {
			t.Fatal(err)
		}
		n, err := s.CountList(ctx, opt)
		if err != nil || n != len(sums) {
			t.Errorf("CountList(%+v) = %d, %v; List gives %d", opt, n, err, len(sums))
		}
		var out []int64
		for _, sum := range sums {
			out = append(out, sum.ID)
		}
		return out
	}
	if got, want := list(store.ListOptions{FeedID: f1}), []int64{ids[2], ids[1], ids[0]}; !slices.Equal(got, want) {
		t.Errorf("List(feed 1) = %v, want %v", got, want)
	}
	if err := s.SetRead(ctx, ids[1], true); err != nil {
		t.Fatal(err)
	}
	if got, want := list(store.ListOptions{FeedID: f1, UnreadOnly: true}), []int64{ids[2], ids[0]}; !slices.Equal(got, want) {
		t.Errorf("List(feed 1, unread) = %v, want %v", got, want)
	}
	counts, err := fs.FeedCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[f1] != (store.FeedCount{Articles: 3, Unread: 2}) || counts[f2] != (store.FeedCount{Articles: 1, Unread: 1}) || len(counts) != 2 {
		t.Errorf("FeedCounts = %+v", counts)
	}
	if n, err := fs.MarkAllRead(ctx, store.ListOptions{FeedID: f1}); err != nil || n != 2 {
		t.Errorf("MarkAllRead(feed 1) = %d, %v; want 2", n, err)
	}
	if got := list(store.ListOptions{UnreadOnly: true}); !slices.Equal(got, []int64{ids[4], ids[3]}) {
		t.Errorf("unread after MarkAllRead(feed 1) = %v, want the others %v", got, []int64{ids[4], ids[3]})
	}
	// Deleting an article or a feed takes its links.
	if err := s.Delete(ctx, ids[0]); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, fmt.Sprint(f2)); err != nil {
		t.Fatal(err)
	}
	counts, err = fs.FeedCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if counts[f1] != (store.FeedCount{Articles: 2}) || len(counts) != 1 {
		t.Errorf("FeedCounts after deletes = %+v", counts)
	}
}

// guidStore is a store that keeps a feed item's own identifier with the
// article it brought (both stores do).
type guidStore interface {
	KnownGUID(ctx context.Context, feedID int64, guid string) (bool, error)
	LinkFeedGUIDs(ctx context.Context, feedID int64, urls, guids []string) error
}

// testFeedGUIDs checks that a feed's item identifiers are kept with their
// articles, per feed, and go with a deleted article.
func testFeedGUIDs(t *testing.T, s store.Store) {
	gs, ok := s.(guidStore)
	if !ok {
		t.Skip("the store keeps no feed item identifiers")
	}
	ctx := context.Background()
	f1, err := s.AddFeed(ctx, store.Feed{URL: "https://example.com/g1.xml"})
	if err != nil {
		t.Fatal(err)
	}
	f2, err := s.AddFeed(ctx, store.Feed{URL: "https://example.com/g2.xml"})
	if err != nil {
		t.Fatal(err)
	}
	a := put(t, s, Article("Bridge", "https://example.com/bridge", day(1), "Text."), nil)
	put(t, s, Article("Roads", "https://example.com/roads", day(2), "Text."), nil)
	if err := gs.LinkFeedGUIDs(ctx, f1, []string{"https://example.com/bridge", "https://example.com/roads", "https://example.com/nowhere"},
		[]string{"bridge-1", "", "gone-1"}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		feed int64
		guid string
		want bool
	}{{f1, "bridge-1", true}, {f2, "bridge-1", false}, {f1, "roads-1", false}, {f1, "gone-1", false}, {f1, "", false}} {
		if got, err := gs.KnownGUID(ctx, c.feed, c.guid); err != nil || got != c.want {
			t.Errorf("feed %d guid %q: %v %v, want %v", c.feed, c.guid, got, err, c.want)
		}
	}
	// Linking again (the next refresh) changes nothing.
	if err := gs.LinkFeedGUIDs(ctx, f1, []string{"https://example.com/bridge"}, []string{"bridge-1"}); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got, err := gs.KnownGUID(ctx, f1, "bridge-1"); err != nil || got {
		t.Errorf("after the article was deleted: known %v %v", got, err)
	}
}

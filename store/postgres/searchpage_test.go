package postgres

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/storetest"
)

// TestSearchPageBeyondWindow: with more matches than RankWindow, the
// window's matches come ranked and the older ones follow newest first,
// pages joining up to every match once.
func TestSearchPageBeyondWindow(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, "alice")
	old := RankWindow
	RankWindow = 3
	t.Cleanup(func() { RankWindow = old })
	var ids []int64
	for i := range 8 {
		title := fmt.Sprintf("Report %d", i)
		if i == 0 || i == 6 {
			title = "Harbour " + title
		}
		a := storetest.Article(title, fmt.Sprintf("https://example.com/w%d", i), time.Date(2025, 1, i+1, 0, 0, 0, 0, time.UTC),
			"The harbour reopened after the storm.")
		id, _, err := s.Put(ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	all, total, err := s.SearchPage(ctx, "harbour", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, h := range all {
		got = append(got, h.ID)
	}
	// The window is the newest three (ids[5:8]): ids[6] has the word in
	// its title and comes first; then the other five, newest first. ids[0]
	// has it in its title too, but is outside the window.
	want := []int64{ids[6], ids[7], ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]}
	if total != 8 || !slices.Equal(got, want) {
		t.Fatalf("SearchPage = %v, total %d; want %v, total 8", got, total, want)
	}
	var joined []int64
	for off := 0; off < 9; off += 3 {
		page, _, err := s.SearchPage(ctx, "harbour", off, 3)
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range page {
			joined = append(joined, h.ID)
		}
	}
	if !slices.Equal(joined, want) {
		t.Errorf("pages of 3 join to %v, want %v", joined, want)
	}
	if _, n, err := s.SearchPage(ctx, "storm", 0, 1); err != nil || n != 8 {
		t.Errorf("SearchPage(storm) total = %d, %v; want 8", n, err)
	}
}

// The store has what the feeds view (ui) and the importer's feed links
// ask of a store beyond store.Store, so the conformance suite's
// FeedArticles case does not skip it.
var _ interface {
	LinkFeed(ctx context.Context, feedID int64, ids []int64) error
	LinkFeedURLs(ctx context.Context, feedID int64, urls []string) error
	FeedCounts(ctx context.Context) (map[int64]store.FeedCount, error)
	MarkAllRead(ctx context.Context, opt store.ListOptions) (int, error)
} = (*Store)(nil)

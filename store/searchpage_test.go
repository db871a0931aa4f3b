package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestSearchPageCountsAndPagesThroughAll: a term in 98 articles says 98,
// and the pages, ranked window and older matches alike, hold each
// matching article once.
func TestSearchPageCountsAndPagesThroughAll(t *testing.T) {
	old := rankWindow
	rankWindow = 40 // so that paging crosses from the ranked window to the rest
	t.Cleanup(func() { rankWindow = old })
	s := openTest(t)
	ctx := context.Background()
	for i := range 120 {
		word := "ceasefire"
		if i%6 == 5 {
			word = "election" // 20 of 120 do not match
		}
		a := newArticle(fmt.Sprintf("Story %d", i), "", time.Date(2025, 1, 1+i%28, 0, 0, 0, 0, time.UTC),
			fmt.Sprintf("Talks on a %s went on for day %d of the meeting.", word, i))
		if _, _, err := s.Put(ctx, a, nil); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[int64]bool{}
	for off := 0; off < 200; off += 30 {
		hits, total, err := s.SearchPage(ctx, "ceasefire", off, 30)
		if err != nil {
			t.Fatal(err)
		}
		if total != 100 {
			t.Fatalf("total %d, want 100", total)
		}
		for _, h := range hits {
			if seen[h.ID] {
				t.Errorf("article %d listed twice", h.ID)
			}
			seen[h.ID] = true
		}
		if len(hits) == 0 {
			break
		}
	}
	if len(seen) != 100 {
		t.Errorf("paged through %d matches, want 100", len(seen))
	}
	if hits, total, err := s.SearchPage(ctx, "zeppelin", 0, 30); err != nil || total != 0 || len(hits) != 0 {
		t.Errorf("no match: %d hits, total %d, %v", len(hits), total, err)
	}
}

package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/byline/byline/store"
)

// testSearchWindow pins the order of a search with more matches than the
// stores rank (the 2,000 most recently added, store.SearchCountMax): of
// those, the ones with every word in the title come first, newest first,
// then the others newest first (a match in a speaker's name is one of
// the others); older matches follow newest first, a title match among
// them too. The count says "more than 2,000" (SearchCountMax+1) and
// SearchCount gives the number.
func testSearchWindow(t *testing.T, s store.Store) {
	p, ok := s.(store.SearchPager)
	if !ok {
		t.Skip("the store has no SearchPage")
	}
	ctx := context.Background()
	// Words in titles, a speaker's name and bodies, oldest first.
	a := Article("Glacier survey", "https://example.com/gw/1", day(1), "Ice was measured.")
	inTitle := put(t, s, a, nil)
	a = Article("Mountain report", "https://example.com/gw/2", day(2), `"The ice is thin," the scientist said. "It is," said another.`)
	bySpeaker := put(t, s, a, Analysis(t, a, []Said{{"Bo Ridge", "It is"}, {"Ann Glacier", "The ice is thin"}}))
	inBody := put(t, s, Article("Climate notes", "https://example.com/gw/3", day(3), "The glacier lost ice."), nil)
	hits, n, err := p.SearchPage(ctx, "glacier", 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := hitIDs(hits), []int64{inTitle, inBody, bySpeaker}; n != 3 || !slices.Equal(got, want) {
		t.Errorf("SearchPage(glacier) = %v, total %d; want %v (the title, then newest first), total 3", got, n, want)
	}
	// A hit by a speaker's name alone shows the name as its snippet.
	for _, h := range hits {
		want := "speaker: Ann " + store.SnippetOpen + "Glacier" + store.SnippetClose
		if h.ID == bySpeaker && h.Snippet != want {
			t.Errorf("snippet of the speaker's match = %q, want %q", h.Snippet, want)
		}
	}

	const matches = store.SearchCountMax + 5
	var items []store.Item
	for i := range matches {
		title := fmt.Sprintf("Report %d", i)
		if i == 0 || i == matches-3 {
			title = fmt.Sprintf("Harbour report %d", i)
		}
		items = append(items, store.Item{Article: Article(title, fmt.Sprintf("https://example.com/hw/%d", i), day(1+i%28),
			"The harbour reopened after the storm.")})
	}
	res, err := s.PutMany(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(res))
	for i, r := range res {
		if r.Err != nil || !r.Created {
			t.Fatalf("PutMany: %+v", r)
		}
		ids[i] = r.ID
	}
	// The window is the newest 2,000 (ids[5:]); ids[matches-3] has the
	// word in its title, ids[0] too but is older than the window.
	want := []int64{ids[matches-3], ids[matches-1], ids[matches-2]}
	for i := matches - 4; i >= 0; i-- {
		want = append(want, ids[i])
	}
	first, n, err := p.SearchPage(ctx, "harbour", 0, 5)
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(first); n != store.SearchCountMax+1 || !slices.Equal(got, want[:5]) {
		t.Errorf("SearchPage(harbour, 0, 5) = %v, total %d; want %v, total %d", got, n, want[:5], store.SearchCountMax+1)
	}
	last, n, err := p.SearchPage(ctx, "harb", store.SearchCountMax-5, 20)
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(last); n != store.SearchCountMax+1 || !slices.Equal(got, want[store.SearchCountMax-5:]) {
		t.Errorf("SearchPage(harb, %d, 20) = %v, total %d; want %v", store.SearchCountMax-5, got, n, want[store.SearchCountMax-5:])
	}
	// No title holds both words: newest first.
	newest := []int64{ids[matches-1], ids[matches-2], ids[matches-3]}
	if hits, err := s.Search(ctx, "harbour storm", 3); err != nil || !slices.Equal(hitIDs(hits), newest) {
		t.Errorf("Search(harbour storm) = %v, %v; want %v", hitIDs(hits), err, newest)
	}
	if c, ok := s.(store.SearchCounter); ok {
		if n, err := c.SearchCount(ctx, "harbour"); err != nil || n != matches {
			t.Errorf("SearchCount(harbour) = %d, %v; want %d", n, err, matches)
		}
	}
}

func hitIDs(hs []store.Hit) []int64 {
	var out []int64
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}

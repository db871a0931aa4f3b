package storetest

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/byline/byline/store"
)

// testSearchPage checks a store.SearchPager's pages: the total, the
// first page in Search's order, pages that join up to every match once,
// and an offset past the end. A store without SearchPage skips it.
func testSearchPage(t *testing.T, s store.Store) {
	p, ok := s.(store.SearchPager)
	if !ok {
		t.Skip("the store has no SearchPage")
	}
	ctx := context.Background()
	var want []int64
	for i := range 7 {
		title := fmt.Sprintf("Report %d", i)
		body := "The harbour reopened after the storm."
		if i%3 == 0 {
			title = fmt.Sprintf("Harbour report %d", i) // ranks above body matches
		}
		want = append(want, put(t, s, Article(title, fmt.Sprintf("https://example.com/sp%d", i), day(i+1), body), nil))
	}
	put(t, s, Article("Elsewhere", "https://example.com/sp-x", day(9), "Nothing about ports."), nil)

	all, total, err := p.SearchPage(ctx, "harbour", 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if total != len(want) || len(all) != len(want) {
		t.Fatalf("SearchPage(harbour, 0, 100) = %d hits, total %d; want %d", len(all), total, len(want))
	}
	ids := func(hs []store.Hit) []int64 {
		var out []int64
		for _, h := range hs {
			out = append(out, h.ID)
		}
		return out
	}
	got := slices.Sorted(slices.Values(ids(all)))
	if !slices.Equal(got, want) {
		t.Fatalf("SearchPage hits %v, want each of %v once", got, want)
	}
	first, err := s.Search(ctx, "harbour", 3)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(ids(all[:3]), ids(first)) {
		t.Errorf("SearchPage's first three %v, Search's %v: want the same order", ids(all[:3]), ids(first))
	}
	var joined []int64
	for off := 0; off < len(want)+2; off += 2 {
		page, n, err := p.SearchPage(ctx, "harbour", off, 2)
		if err != nil {
			t.Fatal(err)
		}
		if n != total || len(page) != min(2, max(len(want)-off, 0)) {
			t.Fatalf("SearchPage(offset %d, limit 2) = %d hits, total %d", off, len(page), n)
		}
		joined = append(joined, ids(page)...)
	}
	if !slices.Equal(joined, ids(all)) {
		t.Errorf("pages of 2 join to %v, want %v", joined, ids(all))
	}
	if hs, n, err := p.SearchPage(ctx, " !! ", 0, 10); err != nil || len(hs) != 0 || n != 0 {
		t.Errorf("SearchPage(no words) = %v, %d, %v", hs, n, err)
	}
	if c, ok := s.(store.SearchCounter); ok {
		for q, want := range map[string]int{"harbour": len(want), "harbour report 3 ": 1, "harb": len(want), "ports": 1, "zeppelin": 0, " !! ": 0} {
			if n, err := c.SearchCount(ctx, q); err != nil || n != want {
				t.Errorf("SearchCount(%q) = %d, %v; want %d", q, n, err, want)
			}
		}
	}
}

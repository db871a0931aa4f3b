package ui

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline/byline/store"
)

// pagedStore is the sample store with a search that 98 articles match,
// given a page at a time as store.SQLite gives it.
type pagedStore struct {
	*fakeStore
	asked []int // the offsets asked for
}

func (p *pagedStore) SearchPage(_ context.Context, q string, offset, limit int) ([]store.Hit, int, error) {
	p.asked = append(p.asked, offset)
	const total = 98
	var hits []store.Hit
	for i := offset; i < min(offset+limit, total); i++ {
		s := store.Summary{ID: int64(1000 + i), Title: fmt.Sprintf("Ceasefire story %d", i)}
		hits = append(hits, store.Hit{Summary: s, Snippet: "talks on a " + store.SnippetOpen + q + store.SnippetClose})
	}
	return hits, total, nil
}

// TestLibrarySearchCountsAndPages: the search says "50 of 98 matches" and
// loads the rest as the cursor nears the end.
func TestLibrarySearchCountsAndPages(t *testing.T) {
	fs, _ := sampleStore(t)
	st := &pagedStore{fakeStore: fs}
	m := New(context.Background(), st, Options{Theme: "dark"})
	m.clearAfter = nil
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, cmd)
	press(m, "/", "c", "e", "a", "s", "e", "enter")
	if n := m.library.Len(); n != searchLimit {
		t.Fatalf("%d hits listed, want the first %d", n, searchLimit)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "50 of 98 matches") {
		t.Fatalf("the true count is not shown:\n%s", v)
	}
	for range searchLimit {
		press(m, "down")
	}
	if n := m.library.Len(); n != 98 {
		t.Fatalf("%d hits after scrolling to the end, want 98 (asked %v)", n, st.asked)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "98 matches") || strings.Contains(v, "of 98") {
		t.Errorf("count once all are listed:\n%s", v)
	}
}

// countedStore matches more than store.SearchCountMax articles: SearchPage
// says "more than", SearchCount gives the number.
type countedStore struct {
	*fakeStore
	counted atomic.Int32 // how many times SearchCount was asked
}

func (c *countedStore) SearchPage(_ context.Context, q string, offset, limit int) ([]store.Hit, int, error) {
	var hits []store.Hit
	for i := offset; i < offset+limit; i++ {
		hits = append(hits, store.Hit{Summary: store.Summary{ID: int64(1000 + i), Title: fmt.Sprintf("Story %d", i)}})
	}
	return hits, store.SearchCountMax + 1, nil
}

func (c *countedStore) SearchCount(context.Context, string) (int, error) {
	c.counted.Add(1)
	return 123456, nil
}

// TestLibrarySearchCountsInBackground: a search of more than
// store.SearchCountMax matches says "more than" with its first page, then
// the number once it is counted.
func TestLibrarySearchCountsInBackground(t *testing.T) {
	fs, _ := sampleStore(t)
	st := &countedStore{fakeStore: fs}
	m := New(context.Background(), st, Options{Theme: "dark"})
	m.clearAfter = nil
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, cmd)
	press(m, "/", "n", "e", "w", "s", "enter")
	if st.counted.Load() == 0 {
		t.Fatal("SearchCount was not asked")
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "50 of 123456 matches") {
		t.Errorf("the counted total is not shown:\n%s", v)
	}
	m.library.SetHitTotal(librarySearchCountMsg{query: "other", total: 7})
	if v := ansi.Strip(m.View()); !strings.Contains(v, "50 of 123456 matches") {
		t.Errorf("a count for another query changed the total:\n%s", v)
	}
}

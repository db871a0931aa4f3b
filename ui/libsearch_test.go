package ui

import (
	"context"
	"fmt"
	"strings"
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

package ui

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline/byline/store"
)

// feedFake is the sample store with two feeds, their counts, and a record
// of what the feeds view asked.
type feedFake struct {
	*fakeStore
	mu      sync.Mutex
	feeds   []store.Feed
	marked  []store.ListOptions
	removed []string
}

func (f *feedFake) Feeds(context.Context) ([]store.Feed, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]store.Feed(nil), f.feeds...), nil
}

func (f *feedFake) RemoveFeed(_ context.Context, id string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.removed = append(f.removed, id)
	for i, fd := range f.feeds {
		if strconv.Itoa(int(fd.ID)) == id {
			f.feeds = append(f.feeds[:i:i], f.feeds[i+1:]...)
			break
		}
	}
	return nil
}

func (f *feedFake) FeedCounts(context.Context) (map[int64]store.FeedCount, error) {
	return map[int64]store.FeedCount{1: {Articles: 5, Unread: 3}, 2: {Articles: 2}}, nil
}

func (f *feedFake) MarkAllRead(_ context.Context, opt store.ListOptions) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.marked = append(f.marked, opt)
	return 3, nil
}

func feedModel(t *testing.T, opt Options) (*Model, *feedFake) {
	t.Helper()
	fs, _ := sampleStore(t)
	st := &feedFake{fakeStore: fs, feeds: []store.Feed{
		{ID: 1, URL: "https://example.com/feed.rss", Title: "Example Times"},
		{ID: 2, URL: "https://example.org/atom", Error: "fetch: 503 Service Unavailable"},
	}}
	opt.Theme = "dark"
	m := New(context.Background(), st, opt)
	m.clearAfter = nil
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, cmd)
	return m, st
}

func TestFeedsView(t *testing.T) {
	m, st := feedModel(t, Options{})
	press(m, "F")
	if m.screen != screenFeeds {
		t.Fatalf("F: screen %v", m.screen)
	}
	v := ansi.Strip(m.View())
	for _, want := range []string{"Example Times", "3 unread of 5 articles", "https://example.org/atom", "error: fetch: 503"} {
		if !strings.Contains(v, want) {
			t.Errorf("feeds view lacks %q:\n%s", want, v)
		}
	}
	press(m, "M")
	if len(st.marked) != 1 || st.marked[0].FeedID != 1 || !strings.Contains(m.status, "marked 3 articles read") {
		t.Errorf("M: marked %+v, status %q", st.marked, m.status)
	}
	press(m, "enter")
	if m.screen != screenLibrary || m.library.feed.ID != 1 || m.library.listOptions().FeedID != 1 {
		t.Fatalf("enter: screen %v, feed %+v", m.screen, m.library.feed)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "byline · Example Times") {
		t.Errorf("the library does not say which feed it lists:\n%s", v)
	}
	press(m, "esc")
	if m.screen != screenFeeds || m.library.feed.ID != 0 {
		t.Fatalf("esc: screen %v, feed %+v", m.screen, m.library.feed)
	}
	press(m, "j", "D")
	if f := ansi.Strip(m.footerView()); !strings.Contains(f, "remove the feed “https://example.org/atom”?") {
		t.Errorf("the footer does not ask: %q", f)
	}
	press(m, "n")
	if len(st.removed) != 0 {
		t.Error("a feed was removed without a yes")
	}
	press(m, "D", "y")
	if len(st.removed) != 1 || st.removed[0] != "2" {
		t.Errorf("D y removed %v, want feed 2", st.removed)
	}
	if n := len(m.feeds.list.Items()); n != 1 {
		t.Errorf("%d feeds listed after the removal, want 1", n)
	}
}

func TestAddFromTheReader(t *testing.T) {
	var got []string
	m, _ := feedModel(t, Options{Add: func(_ context.Context, u string) (string, error) {
		got = append(got, u)
		return "subscribed to Example Times: 4 new articles", nil
	}})
	press(m, "a")
	for _, r := range "https://qr.example/feed" {
		press(m, string(r))
	}
	if m.screen != screenLibrary || !m.searching {
		t.Fatalf("typing the address ran commands: screen %v", m.screen)
	}
	_, cmd := m.Update(keyPress("enter"))
	// The spinner ticks forever while adding; run only the add.
	for _, msg := range exec(cmd) {
		if _, ok := msg.(addedMsg); ok {
			_, next := m.Update(msg)
			run(m, next)
		}
	}
	if len(got) != 1 || got[0] != "https://qr.example/feed" {
		t.Fatalf("Add called with %q", got)
	}
	if !strings.Contains(m.status, "4 new articles") || m.refreshing {
		t.Errorf("status %q, refreshing %v", m.status, m.refreshing)
	}
	press(m, "a", "x", "esc")
	if len(got) != 1 || m.searching {
		t.Errorf("esc added anyway: %q", got)
	}
}

func TestNextUnreadAndMarkAllRead(t *testing.T) {
	m, st := feedModel(t, Options{})
	for id := range st.articles {
		if id != 3 {
			st.articles[id].Read = true
		}
	}
	run(m, m.library.Reload())
	press(m, "n")
	s, _ := m.library.Selected()
	if s.ID != 3 || s.Read {
		t.Errorf("n went to %d (read %v), want the unread article 3", s.ID, s.Read)
	}
	press(m, "M")
	if len(st.marked) != 1 || st.marked[0].FeedID != 0 {
		t.Errorf("M in the library: %+v", st.marked)
	}
}

func TestBackgroundRefresh(t *testing.T) {
	var calls int
	refresh := func(context.Context) (string, error) {
		calls++
		return "2 new articles", nil
	}
	m, _ := feedModel(t, Options{Refresh: refresh})
	if m.refreshTick() != nil {
		t.Error("a refresh is scheduled without RefreshEvery")
	}
	m.opt.RefreshEvery = time.Minute // set after Init, whose tick would wait a minute
	if m.refreshTick() == nil {
		t.Fatal("no refresh scheduled")
	}
	m.Update(refreshTickMsg{})
	if !m.refreshing {
		t.Fatal("the tick did not start a refresh")
	}
	m.Update(refreshTickMsg{}) // a tick during a refresh starts no second one
	run(m, runRefresh(m.ctx, m.opt.Refresh))
	if calls != 1 || m.refreshing || !strings.Contains(m.status, "2 new articles") {
		t.Errorf("calls %d refreshing %v status %q", calls, m.refreshing, m.status)
	}
}

// TestFeedsWithoutCounts: a store that cannot count per feed (PostgreSQL,
// say) lists its feeds without made-up zero counts.
func TestFeedsWithoutCounts(t *testing.T) {
	it := feedItem{f: store.Feed{ID: 1, URL: "https://example.com/feed.rss", Title: "Example Times"}}
	if d := it.Description(); strings.Contains(d, "unread") || strings.HasPrefix(it.Title(), "●") {
		t.Errorf("uncounted feed: %q / %q", it.Title(), d)
	}
	it.counted, it.c = true, store.FeedCount{Articles: 4, Unread: 1}
	if d := it.Description(); !strings.Contains(d, "1 unread of 4 articles") || !strings.HasPrefix(it.Title(), "●") {
		t.Errorf("counted feed: %q / %q", it.Title(), d)
	}
}

package importer

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/byline/byline/store"
)

// TestFeedAddFollowsAndRefreshCompletes: `feed add` reads headline-only
// items from their pages, as import does; an item whose page was out of
// reach is stored as the summary, and a later refresh completes it once
// the page answers.
func TestFeedAddFollowsAndRefreshCompletes(t *testing.T) {
	ctx := context.Background()
	page, err := os.ReadFile(filepath.Join("..", "..", "ui", "testdata", "structure", "rail.html"))
	if err != nil {
		t.Fatal(err)
	}
	var down atomic.Bool
	down.Store(true)
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.rss", func(w http.ResponseWriter, r *http.Request) {
		// The feed never changes, and says so to a conditional request.
		const etag = `"v1"`
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>%[1]s/</link>
<item><title>Rail strike called off</title><link>%[1]s/a</link><description>Strike off.</description></item>
<item><title>Rail deal agreed</title><link>%[1]s/b</link><description>Deal agreed.</description></item>
</channel></rss>`, srv.URL)
	})
	serve := func(w http.ResponseWriter, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(body))
	}
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { serve(w, string(page)) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) {
		if down.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		serve(w, strings.ReplaceAll(string(page), "Rail strike called off", "Rail deal agreed"))
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	im := &Importer{Store: st, Follow: true}
	_, sum, err := im.Subscribe(ctx, srv.URL+"/feed.rss")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 2 {
		t.Fatalf("feed add: %+v", sum)
	}
	body := func(u string) string {
		id, _, err := st.ByURL(ctx, u)
		if err != nil || id == 0 {
			t.Fatalf("%s not stored: %v", u, err)
		}
		s, err := st.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return s.Article.Body
	}
	if !strings.Contains(body(srv.URL+"/a"), "Trains will run as normal") {
		t.Error("feed add kept the summary of an item whose page answered")
	}
	if strings.Contains(body(srv.URL+"/b"), "Trains will run as normal") {
		t.Fatal("the page that was down was read")
	}
	again := im.Refresh(ctx, nil)
	if again.Updated != 0 {
		t.Errorf("refresh while the page is down: %+v", again)
	}
	down.Store(false)
	later := im.Refresh(ctx, nil)
	if later.Updated != 1 || later.Imported != 0 {
		t.Errorf("refresh once the page answers: %+v", later)
	}
	if !strings.Contains(body(srv.URL+"/b"), "Trains will run as normal") {
		t.Error("refresh did not complete the summary")
	}
	if n, _ := st.Count(ctx); n != 2 {
		t.Errorf("%d articles, want 2", n)
	}
	last := im.Refresh(ctx, nil)
	if last.Updated != 0 {
		t.Errorf("a completed item is completed again: %+v", last)
	}
	// Every item read: the feed is asked conditionally again.
	if final := im.Refresh(ctx, nil); len(final.Feeds) != 1 || !final.Feeds[0].NotModified {
		t.Errorf("once complete, the feed is not asked conditionally: %+v", final.Feeds)
	}
}

// TestFeedCountsAndMarkAllRead: the articles a feed brings are counted as
// its own, unread until marked, and listed by the feed.
func TestFeedCountsAndMarkAllRead(t *testing.T) {
	ctx := context.Background()
	srv, _ := server(t)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	im := &Importer{Store: st}
	f, sum, err := im.Subscribe(ctx, srv.URL+"/desk.rss")
	if err != nil || sum.Imported == 0 {
		t.Fatalf("subscribe: %v %+v", err, sum)
	}
	g, _, err := im.Subscribe(ctx, srv.URL+"/politics")
	if err != nil {
		t.Fatal(err)
	}
	counts, err := st.FeedCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c := counts[f.ID]; c.Articles != sum.Imported || c.Unread != sum.Imported {
		t.Errorf("desk counts %+v, want %d unread of %d", c, sum.Imported, sum.Imported)
	}
	if counts[g.ID].Articles == 0 {
		t.Error("the second feed counts nothing")
	}
	list, err := st.List(ctx, store.ListOptions{FeedID: f.ID})
	if err != nil || len(list) != sum.Imported {
		t.Fatalf("the feed's articles: %d, %v", len(list), err)
	}
	if err := st.SetRead(ctx, list[0].ID, true); err != nil {
		t.Fatal(err)
	}
	n, err := st.MarkAllRead(ctx, store.ListOptions{FeedID: f.ID})
	if err != nil || n != sum.Imported-1 {
		t.Errorf("marked %d, %v; want %d", n, err, sum.Imported-1)
	}
	counts, _ = st.FeedCounts(ctx)
	if counts[f.ID].Unread != 0 || counts[g.ID].Unread != counts[g.ID].Articles {
		t.Errorf("after mark all read: %+v", counts)
	}
	if err := st.RemoveFeed(ctx, strconv.FormatInt(f.ID, 10)); err != nil {
		t.Fatal(err)
	}
	if counts, _ = st.FeedCounts(ctx); counts[f.ID].Articles != 0 {
		t.Error("a removed feed still counts articles")
	}
}

// TestAdd: the reader's a key subscribes to a feed, imports a page, and
// refuses what is not an address.
func TestAdd(t *testing.T) {
	ctx := context.Background()
	srv, _ := server(t)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	im := &Importer{Store: st}
	line, err := im.Add(ctx, srv.URL+"/desk.rss")
	if err != nil || !strings.HasPrefix(line, "subscribed to ") {
		t.Errorf("feed: %q, %v", line, err)
	}
	if feeds, _ := st.Feeds(ctx); len(feeds) != 1 {
		t.Errorf("%d feeds, want 1", len(feeds))
	}
	line, err = im.Add(ctx, srv.URL+"/news/nsw")
	if err != nil || !strings.Contains(line, "1 imported") {
		t.Errorf("page: %q, %v", line, err)
	}
	if feeds, _ := st.Feeds(ctx); len(feeds) != 1 {
		t.Error("a page was subscribed to")
	}
	for _, bad := range []string{"not a url", srv.URL + "/missing"} {
		if _, err := im.Add(ctx, bad); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: err %v, want a one-line reason", bad, err)
		}
	}
}

// TestFeedLinksArticlesImportedBefore: items imported by hand before the
// feed was added count as the feed's.
func TestFeedLinksArticlesImportedBefore(t *testing.T) {
	ctx := context.Background()
	srv, _ := server(t)
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	im := &Importer{Store: st}
	before := im.Import(ctx, []string{srv.URL + "/desk.rss"}, nil)
	if before.Imported == 0 {
		t.Fatalf("import: %+v", before)
	}
	f, sum, err := im.Subscribe(ctx, srv.URL+"/desk.rss")
	if err != nil || sum.Imported != 0 {
		t.Fatalf("subscribe: %v %+v", err, sum)
	}
	counts, err := st.FeedCounts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c := counts[f.ID]; c.Articles != before.Imported {
		t.Errorf("the feed counts %d articles, want the %d imported before", c.Articles, before.Imported)
	}
}

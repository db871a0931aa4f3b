package importer

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer/fetch"
)

// feedServer serves feeds with validators and counts what it answered.
type feedServer struct {
	*httptest.Server
	full, notModified atomic.Int32
	inflight, maxIn   atomic.Int32
	mu                sync.Mutex
	rss               []byte // served at /etag.rss; swap to change it
}

func newFeedServer(t *testing.T) *feedServer {
	fs := &feedServer{rss: fixture(t, "feeds/rss.xml")}
	mux := http.NewServeMux()
	track := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			n := fs.inflight.Add(1)
			defer fs.inflight.Add(-1)
			for {
				m := fs.maxIn.Load()
				if n <= m || fs.maxIn.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(20 * time.Millisecond) // let fetches overlap
			h(w, r)
		}
	}
	mux.HandleFunc("/etag.rss", track(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		body := fs.rss
		fs.mu.Unlock()
		etag := `"` + string(rune('a'+len(body)%26)) + `"`
		if r.Header.Get("If-None-Match") == etag {
			fs.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fs.full.Add(1)
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write(body)
	}))
	atom := fixture(t, "feeds/atom.xml")
	mux.HandleFunc("/lastmod.atom", track(func(w http.ResponseWriter, r *http.Request) {
		const lm = "Wed, 24 Jul 2019 12:00:00 GMT"
		if r.Header.Get("If-Modified-Since") == lm {
			fs.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fs.full.Add(1)
		w.Header().Set("Last-Modified", lm)
		_, _ = w.Write(atom)
	}))
	json := fixture(t, "feeds/feed.json")
	mux.HandleFunc("/plain.json", track(func(w http.ResponseWriter, r *http.Request) {
		fs.full.Add(1)
		_, _ = w.Write(json)
	}))
	mux.HandleFunc("/down.rss", track(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	}))
	mux.HandleFunc("/page.html", track(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`<html><head><title>News</title>
<link rel="alternate" type="application/rss+xml" href="/etag.rss"></head><body><p>Front page.</p></body></html>`))
	}))
	mux.HandleFunc("/nofeed.html", track(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write(fixture(t, "html/wikinews-nsw.html"))
	}))
	fs.Server = httptest.NewServer(mux)
	t.Cleanup(fs.Close)
	return fs
}

func TestRefresh(t *testing.T) {
	srv := newFeedServer(t)
	st := newFakeStore()
	ctx := context.Background()
	for _, p := range []string{"/etag.rss", "/lastmod.atom", "/plain.json", "/down.rss"} {
		if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + p}); err != nil {
			t.Fatal(err)
		}
	}
	checked := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	im := &Importer{Store: st, Fetches: 2, Now: func() time.Time { return checked }}
	var last Progress
	sum := im.Refresh(ctx, func(p Progress) { last = p })
	if sum.Imported != 5 || len(sum.Feeds) != 4 {
		t.Fatalf("imported %d, %d feed results", sum.Imported, len(sum.Feeds))
	}
	if len(sum.Failed) != 1 || !strings.Contains(sum.Failed[0].Reason, "503") {
		t.Errorf("failed %v", sum.Failed)
	}
	if last.Done != 4 || last.Total != 4 {
		t.Errorf("last progress %+v", last)
	}
	if m := srv.maxIn.Load(); m > 2 {
		t.Errorf("%d fetches at once, limit 2", m)
	}
	feeds, _ := st.Feeds(ctx)
	byPath := map[string]store.Feed{}
	for _, f := range feeds {
		byPath[strings.TrimPrefix(f.URL, srv.URL)] = f
		if !f.Checked.Equal(checked) {
			t.Errorf("%s: checked %v", f.URL, f.Checked)
		}
	}
	if f := byPath["/etag.rss"]; f.ETag == "" || f.Title != "Wikinews Test Desk" || f.Error != "" {
		t.Errorf("etag feed %+v", f)
	}
	if f := byPath["/lastmod.atom"]; f.LastModified != "Wed, 24 Jul 2019 12:00:00 GMT" || f.Title != "Wikinews Politics (test)" {
		t.Errorf("atom feed %+v", f)
	}
	if f := byPath["/down.rss"]; !strings.Contains(f.Error, "503") {
		t.Errorf("down feed %+v", f)
	}

	// Second round: conditional GET, nothing new.
	sum = im.Refresh(ctx, nil)
	if sum.Imported != 0 || sum.Duplicates != 2 {
		t.Errorf("second refresh: imported %d duplicates %d", sum.Imported, sum.Duplicates)
	}
	if got := srv.notModified.Load(); got != 2 {
		t.Errorf("%d answers 304, want 2 (etag and last-modified feeds)", got)
	}
	notMod := 0
	for _, r := range sum.Feeds {
		if r.NotModified {
			notMod++
		}
	}
	if notMod != 2 {
		t.Errorf("%d feeds reported not modified", notMod)
	}

	// The feed changes: a new item comes in.
	srv.mu.Lock()
	srv.rss = []byte(strings.Replace(string(srv.rss), "<item>", `<item><title>Fresh story</title><link>https://example.test/fresh</link><description>New text here.</description></item><item>`, 1))
	srv.mu.Unlock()
	sum = im.Refresh(ctx, nil)
	if sum.Imported != 1 {
		t.Errorf("after the feed changed: imported %d, want 1", sum.Imported)
	}
}

func TestRefreshKeepsValidatorsWhenItemsFail(t *testing.T) {
	srv := newFeedServer(t)
	st := newFakeStore()
	st.failURL = "https://en.wikinews.org//wiki/Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics"
	ctx := context.Background()
	if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + "/etag.rss"}); err != nil {
		t.Fatal(err)
	}
	im := &Importer{Store: st}
	sum := im.Refresh(ctx, nil)
	if sum.Imported != 1 || len(sum.Failed) != 1 {
		t.Fatalf("imported %d failed %v", sum.Imported, sum.Failed)
	}
	feeds, _ := st.Feeds(ctx)
	if feeds[0].ETag != "" || feeds[0].Error == "" {
		t.Errorf("feed %+v: the ETag must wait until every item is stored", feeds[0])
	}
	st.failURL = ""
	if sum := im.Refresh(ctx, nil); sum.Imported != 1 || srv.notModified.Load() != 0 {
		t.Errorf("retry imported %d (304s %d)", sum.Imported, srv.notModified.Load())
	}
}

func TestRefreshCanceled(t *testing.T) {
	srv := newFeedServer(t)
	st := newFakeStore()
	ctx, cancel := context.WithCancel(context.Background())
	for _, p := range []string{"/etag.rss", "/lastmod.atom"} {
		if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + p}); err != nil {
			t.Fatal(err)
		}
	}
	cancel()
	sum := (&Importer{Store: st}).Refresh(ctx, nil)
	if !sum.Canceled || sum.Imported != 0 || len(sum.Failed) != 0 {
		t.Errorf("summary %+v", sum)
	}
	feeds, _ := st.Feeds(context.Background())
	for _, f := range feeds {
		if !f.Checked.IsZero() || f.Error != "" {
			t.Errorf("canceled refresh changed feed %+v", f)
		}
	}
}

func TestSubscribe(t *testing.T) {
	srv := newFeedServer(t)
	st := newFakeStore()
	im := &Importer{Store: st, Client: fetch.New("test")}
	ctx := context.Background()

	f, sum, err := im.Subscribe(ctx, srv.URL+"/page.html") // found through <link rel=alternate>
	if err != nil {
		t.Fatal(err)
	}
	if f.URL != srv.URL+"/etag.rss" || f.Title != "Wikinews Test Desk" || f.ID == 0 || f.ETag == "" {
		t.Errorf("feed %+v", f)
	}
	if sum.Imported != 2 {
		t.Errorf("imported %d items", sum.Imported)
	}
	if _, _, err := im.Subscribe(ctx, srv.URL+"/etag.rss"); !errors.Is(err, store.ErrExists) {
		t.Errorf("subscribing twice: %v", err)
	}
	if _, _, err := im.Subscribe(ctx, srv.URL+"/nofeed.html"); !errors.Is(err, ErrNotFeed) {
		t.Errorf("page without feed: %v", err)
	}
	if _, _, err := im.Subscribe(ctx, srv.URL+"/down.rss"); err == nil || !strings.Contains(err.Error(), "503") {
		t.Errorf("feed down: %v", err)
	}
	if feeds, _ := st.Feeds(ctx); len(feeds) != 1 {
		t.Errorf("%d feeds stored, want 1", len(feeds))
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	in := `<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0"><head><title>My feeds</title></head><body>
  <outline text="News">
    <outline text="Wikinews" title="Wikinews" type="rss" xmlUrl="https://en.wikinews.org/feed.rss" htmlUrl="https://en.wikinews.org/"/>
    <outline text="Caf` + "\xe9" + ` news" type="rss" xmlUrl="https://example.test/cafe.xml"/>
  </outline>
  <outline text="Again" xmlUrl="https://en.wikinews.org/feed.rss"/>
  <outline text="Bad" xmlUrl="ftp://example.test/feed"/>
  <outline text="Just a folder"/>
</body></opml>`
	st := newFakeStore()
	im := &Importer{Store: st}
	sum, err := im.ImportOPML(context.Background(), []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 2 || sum.Duplicates != 1 || len(sum.Failed) != 1 || sum.Failed[0].Target != "ftp://example.test/feed" {
		t.Errorf("summary %+v", sum)
	}
	feeds, _ := st.Feeds(context.Background())
	if len(feeds) != 2 || feeds[1].Title != "Café news" {
		t.Fatalf("feeds %+v", feeds)
	}

	out := ExportOPML(feeds)
	var doc opml
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("export is not XML: %v\n%s", err, out)
	}
	if doc.Version != "2.0" || len(doc.Body.Outlines) != 2 || doc.Body.Outlines[1].XMLURL != "https://example.test/cafe.xml" ||
		doc.Body.Outlines[1].Text != "Café news" {
		t.Errorf("exported %s", out)
	}
	// Export, then import into an empty store: the same feeds.
	st2 := newFakeStore()
	sum, err = (&Importer{Store: st2}).ImportOPML(context.Background(), out)
	if err != nil || sum.Imported != 2 {
		t.Fatalf("re-import: %+v %v", sum, err)
	}
	if _, err := im.ImportOPML(context.Background(), []byte("not xml at all <")); err == nil {
		t.Error("no error for a document that is not OPML")
	}
}

func TestRefreshSQLite(t *testing.T) {
	srv := newFeedServer(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "test.db")
	st, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	im := &Importer{Store: st}
	if _, _, err := im.Subscribe(ctx, srv.URL+"/etag.rss"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + "/lastmod.atom"}); err != nil {
		t.Fatal(err)
	}
	sum := im.Refresh(ctx, nil)
	if sum.Imported != 1 || len(sum.Failed) != 0 {
		t.Errorf("refresh: imported %d failed %v", sum.Imported, sum.Failed)
	}
	if n, _ := st.Count(ctx); n != 3 {
		t.Errorf("%d articles stored, want 3", n)
	}
	if got := srv.notModified.Load(); got != 1 {
		t.Errorf("%d answers 304, want 1 (the subscribed feed's ETag was kept)", got)
	}
}

// TestFollowSummaries: a feed item that is only a summary is read from the
// page it links to; a page that fails or holds less leaves the summary
// with a note; an item with its full text, or one already stored, is not
// fetched.
func TestFollowSummaries(t *testing.T) {
	var mu sync.Mutex
	hits := map[string]int{}
	items := []string{
		`<item><title>Fire at the depot</title><link>/story</link><description>Firefighters were called to the depot.</description></item>`,
		`<item><title>Paywalled</title><link>/paywall</link><description>A rate rise is expected, economists said.</description></item>`,
		`<item><title>Gone</title><link>/gone</link><description>A short summary of a page that is gone.</description></item>`,
		`<item><title>Whole</title><link>/whole</link><description>` +
			strings.Repeat("The whole story is in the feed, and it runs on. ", 30) + `</description></item>`,
	}
	feed := func(n int) []byte {
		return []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Depot News</title><link>/</link>` +
			strings.Join(items[:n], "") + `</channel></rss>`)
	}
	page := fixture(t, "html/wikinews-nsw.html")
	var n atomic.Int32
	n.Store(3)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		switch r.URL.Path {
		case "/feed.rss":
			_, _ = w.Write(feed(int(n.Load())))
		case "/story":
			_, _ = w.Write(page)
		case "/paywall":
			_, _ = w.Write([]byte(`<html><body><p>Subscribe to read this.</p></body></html>`))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	st := newFakeStore()
	ctx := context.Background()
	im := &Importer{Store: st, Client: fetch.New("test"), Follow: true}
	sum := im.Import(ctx, []string{srv.URL + "/feed.rss"}, nil)
	if sum.Imported != 3 || len(sum.Failed) != 0 {
		t.Fatalf("import: %+v", sum)
	}
	byTitle := map[string]string{}
	for _, a := range st.arts {
		byTitle[a.Title] = a.Body
	}
	if len(strings.Fields(st.arts[0].Body)) < 150 || st.arts[0].URL != srv.URL+"/story" || st.arts[0].Source != "Depot News" {
		t.Errorf("the summary was not replaced by its page: %q (%s, %q)", st.arts[0].Title, st.arts[0].URL, st.arts[0].Source)
	}
	if !strings.Contains(byTitle["Paywalled"], "economists said") || !strings.Contains(byTitle["Gone"], "page that is gone") {
		t.Errorf("a failed page lost the summary: %q", byTitle)
	}
	notes := map[string]bool{}
	for _, f := range sum.Notes {
		notes[f.Target] = strings.Contains(f.Reason, "kept the feed's summary")
	}
	if len(notes) != 2 || !notes[srv.URL+"/paywall"] || !notes[srv.URL+"/gone"] {
		t.Errorf("notes %+v, want one for each page not read", sum.Notes)
	}
	// Next time: the stored items are not fetched again; the new one, with
	// its whole text in the feed, is not fetched at all.
	n.Store(4)
	sum = im.Import(ctx, []string{srv.URL + "/feed.rss"}, nil)
	if sum.Imported != 1 || sum.Duplicates != 3 {
		t.Errorf("second import: %d imported, %d duplicates; want 1, 3", sum.Imported, sum.Duplicates)
	}
	// A feed whose items are all known adds nothing and has nothing to say.
	if sum = im.Import(ctx, []string{srv.URL + "/feed.rss"}, nil); sum.Imported != 0 || sum.Duplicates != 4 || len(sum.Notes) != 0 {
		t.Errorf("third import: %d imported, %d duplicates, notes %v; want 0, 4, none", sum.Imported, sum.Duplicates, sum.Notes)
	}
	mu.Lock()
	if hits["/story"] != 1 || hits["/paywall"] != 1 || hits["/gone"] != 1 || hits["/whole"] != 0 {
		t.Errorf("pages fetched %v, want each summary's page once and no other", hits)
	}
	mu.Unlock()
	// A refresh of a subscribed feed follows its summaries too.
	st2 := newFakeStore()
	if _, err := st2.AddFeed(ctx, store.Feed{URL: srv.URL + "/feed.rss"}); err != nil {
		t.Fatal(err)
	}
	im.Store = st2
	if sum := im.Refresh(ctx, nil); sum.Imported != 4 || len(sum.Notes) != 2 {
		t.Fatalf("refresh: %+v", sum)
	}
	if body := st2.arts[0].Body; len(strings.Fields(body)) < 150 {
		t.Errorf("refresh kept the summary %q", body)
	}
}

// TestRefreshKeepsDeletedOut: an item the reader deleted does not come
// back when its feed changes.
func TestRefreshKeepsDeletedOut(t *testing.T) {
	var n atomic.Int32
	n.Store(2)
	item := func(i int) string {
		return fmt.Sprintf(`<item><title>Story %d</title><link>/s%d</link><description>`+
			strings.Repeat("Story %d runs on and on in the feed itself. ", 30)+`</description></item>`, i, i, i)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var items []string
		for i := range int(n.Load()) {
			items = append(items, item(i))
		}
		_, _ = w.Write([]byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/</link>` +
			strings.Join(items, "") + `</channel></rss>`))
	}))
	t.Cleanup(srv.Close)
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + "/feed"}); err != nil {
		t.Fatal(err)
	}
	im := &Importer{Store: st, Client: fetch.New("test"), Follow: true}
	if sum := im.Refresh(ctx, nil); sum.Imported != 2 {
		t.Fatalf("first refresh: %+v", sum)
	}
	list, err := st.List(ctx, store.ListOptions{})
	if err != nil || len(list) != 2 {
		t.Fatal(list, err)
	}
	if err := st.Delete(ctx, list[0].ID); err != nil {
		t.Fatal(err)
	}
	n.Store(3)
	sum := im.Refresh(ctx, nil)
	if sum.Imported != 1 || sum.Duplicates != 2 {
		t.Errorf("second refresh: %d imported, %d duplicates; want 1 and 2", sum.Imported, sum.Duplicates)
	}
	if c, _ := st.Count(ctx); c != 2 {
		t.Errorf("%d articles after the second refresh, want 2 (the deleted one stays out)", c)
	}
}

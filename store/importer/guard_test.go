package importer

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer/fetch"
)

// serveOn starts a test server on the loopback address addr.
func serveOn(t *testing.T, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	ln, err := net.Listen("tcp", addr+":0")
	if err != nil {
		t.Skip("cannot listen on", addr, err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// summaryFeed is an RSS feed of n summary-only items linking to base+/pN.
func summaryFeed(base string, n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Slow News</title>`)
	for i := range n {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s/p%d</link><guid>g%d</guid><description>Item %d in short.</description></item>`, i, base, i, i, i)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

// TestItemLinksToPrivateAddressesRefused: a feed from a public host whose
// items link to a private address does not make byline fetch them; a
// feed the user added from their own network does.
func TestItemLinksToPrivateAddressesRefused(t *testing.T) {
	var inside atomic.Int32
	page := fixture(t, "html/wikinews-nsw.html")
	private := serveOn(t, "127.0.0.2", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			_, _ = w.Write([]byte(summaryFeed("http://"+r.Host, 2)))
			return
		}
		inside.Add(1)
		_, _ = w.Write(page)
	}))
	public := serveOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(summaryFeed(private.URL, 2)))
	}))
	// 127.0.0.1 plays a public host; 127.0.0.2 stays private.
	c := &fetch.Client{IsPrivate: func(a netip.Addr) bool {
		return a != netip.MustParseAddr("127.0.0.1") && fetch.IsPrivate(a)
	}}
	ctx := context.Background()
	im := &Importer{Store: newFakeStore(), Client: c, Follow: true}
	sum := im.Import(ctx, []string{public.URL + "/feed"}, nil)
	if sum.Imported != 2 || inside.Load() != 0 {
		t.Fatalf("public feed: %+v; %d private fetches", sum, inside.Load())
	}
	if len(sum.Notes) != 2 || !strings.Contains(sum.Notes[0].Reason, "private") {
		t.Errorf("notes %+v", sum.Notes)
	}
	// The same through a refresh.
	st := newFakeStore()
	if _, err := st.AddFeed(ctx, store.Feed{URL: public.URL + "/feed"}); err != nil {
		t.Fatal(err)
	}
	im.Store = st
	if sum := im.Refresh(ctx, nil); sum.Imported != 2 || inside.Load() != 0 {
		t.Fatalf("refresh of a public feed: %+v; %d private fetches", sum, inside.Load())
	}
	// A feed on the user's own network may link there.
	im.Store = newFakeStore()
	sum = im.Import(ctx, []string{private.URL + "/feed"}, nil)
	if sum.Imported != 2 || inside.Load() != 2 || len(sum.Notes) != 0 {
		t.Errorf("private feed: %+v; %d private fetches", sum, inside.Load())
	}
}

// TestRefreshDeadlineAndSlowHosts: twelve summary items on a host that
// never answers took 90 s; the host is skipped after two timeouts, and
// the feed's refresh has a total deadline.
func TestRefreshDeadlineAndSlowHosts(t *testing.T) {
	var pages atomic.Int32
	block := make(chan struct{})
	defer close(block)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed" {
			_, _ = w.Write([]byte(summaryFeed("http://"+r.Host, 12)))
			return
		}
		pages.Add(1)
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	st := newFakeStore()
	if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + "/feed"}); err != nil {
		t.Fatal(err)
	}
	im := &Importer{Store: st, Client: &fetch.Client{Timeout: 200 * time.Millisecond}, Follow: true, Fetches: 2}
	start := time.Now()
	sum := im.Refresh(ctx, nil)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refresh took %v", d)
	}
	if sum.Imported != 12 || pages.Load() > 3 {
		t.Errorf("%d imported, %d pages asked for; want 12 and at most 3", sum.Imported, pages.Load())
	}
	skipped := 0
	for _, n := range sum.Notes {
		if strings.Contains(n.Reason, "skipped") {
			skipped++
		}
	}
	if skipped < 9 {
		t.Errorf("%d pages skipped: %+v", skipped, sum.Notes)
	}

	// The deadline: each page would take 10 s, the feed has 300 ms.
	pages.Store(0)
	st = newFakeStore()
	if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + "/feed"}); err != nil {
		t.Fatal(err)
	}
	im = &Importer{Store: st, Client: &fetch.Client{Timeout: 10 * time.Second}, Follow: true, FeedDeadline: 300 * time.Millisecond}
	start = time.Now()
	sum = im.Refresh(ctx, nil)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refresh with a deadline took %v", d)
	}
	if sum.Imported != 12 {
		t.Errorf("deadline: %+v", sum)
	}
}

// TestRetryAfterHonoured: a 503 with Retry-After is not fetched again
// before then, and feed list can show when.
func TestRetryAfterHonoured(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusServiceUnavailable)
	}))
	defer srv.Close()
	ctx := context.Background()
	st := newFakeStore()
	if _, err := st.AddFeed(ctx, store.Feed{URL: srv.URL + "/feed"}); err != nil {
		t.Fatal(err)
	}
	im := &Importer{Store: st, Client: &fetch.Client{}}
	sum := im.Refresh(ctx, nil)
	fs, _ := st.Feeds(ctx)
	if len(sum.Failed) != 1 || len(fs) != 1 || !strings.Contains(fs[0].Error, "retry after") {
		t.Fatalf("first refresh: %+v, feeds %+v", sum, fs)
	}
	at := retryAfter(fs[0].Error)
	if d := time.Until(at); d < 59*time.Minute || d > 61*time.Minute {
		t.Errorf("retry after %v from now", d)
	}
	sum = im.Refresh(ctx, nil)
	if hits.Load() != 1 || len(sum.Feeds) != 1 || !sum.Feeds[0].RetryAfter.Equal(at) || len(sum.Failed) != 0 {
		t.Errorf("second refresh: %d hits, %+v", hits.Load(), sum)
	}
	// Once the time has passed, the feed is fetched again.
	im.Now = func() time.Time { return at.Add(time.Second) }
	im.Refresh(ctx, nil)
	if hits.Load() != 2 {
		t.Errorf("after the time: %d hits", hits.Load())
	}
}

// TestItemWithChangingLinkIsOneArticle: an item with a fixed guid whose
// link changes a parameter on every fetch (a tracking one, or any other)
// became a new article on every refresh.
func TestItemWithChangingLinkIsOneArticle(t *testing.T) {
	var n atomic.Int32
	body := strings.Repeat("The council met on Tuesday and talked about the bridge for a long time. ", 30)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := n.Add(1)
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Bridge</title><guid isPermaLink="false">bridge-1</guid><link>http://%s/bridge?utm_source=rss%d</link><description>%s</description></item>
<item><title>Roads</title><guid isPermaLink="false">roads-1</guid><link>http://%s/roads?session=%d</link><description>Roads %s</description></item>
</channel></rss>`, r.Host, i, body, r.Host, i, body)
	}))
	defer srv.Close()
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	im := &Importer{Store: st}
	if _, sum, err := im.Subscribe(ctx, srv.URL+"/feed"); err != nil || sum.Imported != 2 {
		t.Fatalf("subscribe: %v %+v", err, sum)
	}
	for range 3 {
		if sum := im.Refresh(ctx, nil); sum.Imported != 0 || sum.Duplicates != 2 {
			t.Errorf("refresh: %d imported, %d duplicates; want 0, 2", sum.Imported, sum.Duplicates)
		}
	}
	if c, _ := st.Count(ctx); c != 2 {
		t.Errorf("%d articles stored, want 2", c)
	}
}

// TestItemKnownByGUID: an item whose link and text both change between
// fetches, but whose guid (or Atom id) stays, is the same item: it is
// known by its feed's identifier, not brought in again.
func TestItemKnownByGUID(t *testing.T) {
	for _, atom := range []bool{false, true} {
		var n atomic.Int32
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			i := n.Add(1)
			text := strings.Repeat(fmt.Sprintf("Update %d: the council met and talked about the bridge. ", i), 30)
			if atom {
				fmt.Fprintf(w, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id><updated>2026-12-01T00:00:00Z</updated>
<entry><title>Bridge, update %d</title><id>urn:uuid:bridge-1</id><updated>2026-12-01T00:00:00Z</updated><link href="http://%s/bridge-%d"/><content>%s</content></entry>
</feed>`, i, r.Host, i, text)
				return
			}
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Bridge, update %d</title><guid isPermaLink="false">bridge-1</guid><link>http://%s/bridge-%d</link><description>%s</description></item>
</channel></rss>`, i, r.Host, i, text)
		}))
		ctx := context.Background()
		st, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
		if err != nil {
			t.Fatal(err)
		}
		im := &Importer{Store: st}
		if _, sum, err := im.Subscribe(ctx, srv.URL+"/feed"); err != nil || sum.Imported != 1 {
			t.Fatalf("atom %v: subscribe: %v %+v", atom, err, sum)
		}
		for range 2 {
			if sum := im.Refresh(ctx, nil); sum.Imported != 0 || sum.Duplicates != 1 {
				t.Errorf("atom %v: refresh: %d imported, %d duplicates; want 0, 1", atom, sum.Imported, sum.Duplicates)
			}
		}
		if c, _ := st.Count(ctx); c != 1 {
			t.Errorf("atom %v: %d articles stored, want 1", atom, c)
		}
		st.Close()
		srv.Close()
	}
}

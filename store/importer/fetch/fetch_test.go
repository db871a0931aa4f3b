package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestGetOK(t *testing.T) {
	var ua, accept atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		accept.Store(r.Header.Get("Accept"))
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Wed, 02 Oct 2019 08:00:00 GMT")
		_, _ = w.Write([]byte("<rss></rss>"))
	}))
	defer srv.Close()

	res, err := New("1.2.3").Get(context.Background(), srv.URL+"/feed", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Body) != "<rss></rss>" || res.NotModified || res.URL != srv.URL+"/feed" {
		t.Errorf("result %+v", res)
	}
	if res.ContentType != "application/rss+xml; charset=utf-8" || res.ETag != `"v1"` || res.LastModified != "Wed, 02 Oct 2019 08:00:00 GMT" {
		t.Errorf("headers %+v", res)
	}
	if got := ua.Load(); got != "byline/1.2.3 (+terminal news reader)" {
		t.Errorf("User-Agent %q", got)
	}
	if got, _ := accept.Load().(string); !strings.Contains(got, "application/rss+xml") {
		t.Errorf("Accept %q", got)
	}
}

func TestGetStatusErrors(t *testing.T) {
	for _, code := range []int{404, 410, 500, 503} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "no", code)
		}))
		_, err := (&Client{}).Get(context.Background(), srv.URL, Validators{})
		srv.Close()
		var se *StatusError
		if !errors.As(err, &se) || se.Code != code {
			t.Errorf("code %d: err %v", code, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, srv.URL) || !strings.Contains(msg, http.StatusText(code)) || strings.Contains(msg, "\n") {
			t.Errorf("message %q", msg)
		}
	}
}

func TestGetRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusFound) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusMovedPermanently) })
	mux.HandleFunc("/self", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/self", http.StatusFound) })
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/new", http.StatusMovedPermanently) })
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("moved here")) })
	var n atomic.Int32
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/chain/"+string(rune('a'+n.Add(1)%26))+strings.Repeat("x", int(n.Load())), http.StatusFound)
	})
	mux.HandleFunc("/ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.test/file", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := &Client{MaxRedirects: 5}

	res, err := c.Get(context.Background(), srv.URL+"/old", Validators{})
	if err != nil || string(res.Body) != "moved here" || res.URL != srv.URL+"/new" {
		t.Fatalf("followed redirect: %+v, %v", res, err)
	}
	for _, p := range []string{"/a", "/self"} {
		if _, err := c.Get(context.Background(), srv.URL+p, Validators{}); !errors.Is(err, ErrRedirectLoop) {
			t.Errorf("%s: err %v, want redirect loop", p, err)
		}
	}
	if _, err := c.Get(context.Background(), srv.URL+"/chain/", Validators{}); !errors.Is(err, ErrRedirects) {
		t.Errorf("chain: err %v, want too many redirects", err)
	}
	if n.Load() > 7 {
		t.Errorf("followed %d redirects with a limit of 5", n.Load())
	}
	if _, err := c.Get(context.Background(), srv.URL+"/ftp", Validators{}); !errors.Is(err, ErrScheme) {
		t.Errorf("ftp redirect: err %v", err)
	}
}

func TestGetTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/drip" {
			w.Header().Set("Content-Type", "text/plain")
			_, _ = w.Write([]byte("first bytes"))
			w.(http.Flusher).Flush()
		}
		select { // hang until the client gives up or the test ends
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)

	c := &Client{Timeout: 100 * time.Millisecond}
	for _, p := range []string{"/hang", "/drip"} {
		_, err := c.Get(context.Background(), srv.URL+p, Validators{})
		if !errors.Is(err, ErrTimeout) {
			t.Errorf("%s: err %v, want timeout", p, err)
		} else if !strings.Contains(err.Error(), "timed out after 100ms") {
			t.Errorf("%s: message %q", p, err)
		}
	}
}

func TestGetCanceled(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	_, err := (&Client{Timeout: time.Minute}).Get(ctx, srv.URL, Validators{})
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("err %v, want context.Canceled", err)
	}
}

func TestGetSizeLimit(t *testing.T) {
	big := strings.Repeat("x", 4096)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			// No Content-Length: the limit must hold while reading.
			for i := 0; i < 4; i++ {
				_, _ = w.Write([]byte(big))
				w.(http.Flusher).Flush()
			}
			return
		}
		_, _ = w.Write([]byte(big + big))
	}))
	defer srv.Close()
	c := &Client{MaxSize: 5000}
	for _, p := range []string{"/", "/chunked"} {
		if _, err := c.Get(context.Background(), srv.URL+p, Validators{}); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s: err %v, want too large", p, err)
		}
	}
	if res, err := (&Client{MaxSize: 8192}).Get(context.Background(), srv.URL, Validators{}); err != nil || len(res.Body) != 8192 {
		t.Errorf("body at the limit: %v", err)
	}
}

func TestGetConditional(t *testing.T) {
	var full, notModified atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v2"` || r.Header.Get("If-Modified-Since") == "Thu, 03 Oct 2019 08:00:00 GMT" {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		w.Header().Set("ETag", `"v2"`)
		w.Header().Set("Last-Modified", "Thu, 03 Oct 2019 08:00:00 GMT")
		_, _ = w.Write([]byte("body"))
	}))
	defer srv.Close()
	c := &Client{}
	ctx := context.Background()

	first, err := c.Get(ctx, srv.URL, Validators{})
	if err != nil || first.NotModified {
		t.Fatalf("first: %+v %v", first, err)
	}
	second, err := c.Get(ctx, srv.URL, Validators{ETag: first.ETag, LastModified: first.LastModified})
	if err != nil || !second.NotModified || len(second.Body) != 0 {
		t.Fatalf("second: %+v %v", second, err)
	}
	if second.ETag != `"v2"` || second.LastModified != first.LastModified {
		t.Errorf("validators not kept on 304: %+v", second)
	}
	if _, err := c.Get(ctx, srv.URL, Validators{LastModified: first.LastModified}); err != nil {
		t.Fatal(err)
	}
	if full.Load() != 1 || notModified.Load() != 2 {
		t.Errorf("%d full responses and %d 304s, want 1 and 2", full.Load(), notModified.Load())
	}
}

func TestGetBadURL(t *testing.T) {
	for _, u := range []string{"ftp://example.test/x", "file:///etc/passwd", "not a url", "http://"} {
		if _, err := (&Client{}).Get(context.Background(), u, Validators{}); err == nil {
			t.Errorf("%q: no error", u)
		}
	}
}

func TestIsURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://example.test/a": true, "http://x": true, "news/a.html": false, "/tmp/x": false, "ftp://x": false,
	} {
		if IsURL(s) != want {
			t.Errorf("IsURL(%q) = %v", s, !want)
		}
	}
}

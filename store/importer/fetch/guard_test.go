package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"
	"time"
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

// playPublic makes 127.0.0.1 play a public host: every other address the
// package calls private stays private (127.0.0.2 among them).
func playPublic(a netip.Addr) bool {
	return a != netip.MustParseAddr("127.0.0.1") && IsPrivate(a)
}

func TestPrivateAddressesRefused(t *testing.T) {
	inside := serveOn(t, "127.0.0.2", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("secret"))
	}))
	public := serveOn(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/redirect" {
			http.Redirect(w, r, inside.URL+"/admin", http.StatusFound)
			return
		}
		_, _ = w.Write([]byte("public"))
	}))
	c := &Client{IsPrivate: playPublic}
	ctx := context.Background()

	// An item link to a private address: refused, on the address dialled.
	if _, err := c.GetLink(ctx, inside.URL+"/admin", false); !errors.Is(err, ErrPrivate) {
		t.Errorf("GetLink to a private address: %v", err)
	}
	// Unless the feed itself was on one.
	if res, err := c.GetLink(ctx, inside.URL+"/admin", true); err != nil || string(res.Body) != "secret" {
		t.Errorf("GetLink allowed: %v", err)
	}
	// A public item link is fetched.
	if res, err := c.GetLink(ctx, public.URL+"/a", false); err != nil || res.Private {
		t.Errorf("GetLink to a public address: %v %+v", err, res)
	}
	// A redirect from a public URL the user gave to a private one: refused.
	if _, err := c.Get(ctx, public.URL+"/redirect", Validators{}); !errors.Is(err, ErrPrivate) {
		t.Errorf("redirect to a private address: %v", err)
	}
	// A URL the user gives is fetched as given, and said to be private.
	res, err := c.Get(ctx, inside.URL+"/admin", Validators{})
	if err != nil || !res.Private {
		t.Errorf("Get of the user's own private URL: %v %+v", err, res)
	}
	// A host name that resolves to a private address is refused too.
	_, port, _ := net.SplitHostPort(inside.Listener.Addr().String())
	if _, err := (&Client{}).GetLink(ctx, "http://localhost:"+port+"/admin", false); !errors.Is(err, ErrPrivate) {
		t.Errorf("GetLink by name to a private address: %v", err)
	}
	// AllowPrivate turns the guard off.
	if _, err := (&Client{AllowPrivate: true}).GetLink(ctx, inside.URL, false); err != nil {
		t.Errorf("AllowPrivate: %v", err)
	}
}

func TestIsPrivate(t *testing.T) {
	for a, want := range map[string]bool{
		"127.0.0.1": true, "10.1.2.3": true, "172.16.0.1": true, "192.168.1.1": true, "169.254.169.254": true,
		"224.0.0.1": true, "0.0.0.0": true, "100.64.0.1": true, "::1": true, "fe80::1": true, "fc00::1": true,
		"::ffff:127.0.0.1": true, "ff02::1": true,
		"93.184.216.34": false, "2606:2800:220:1::": false, "8.8.8.8": false,
	} {
		if got := IsPrivate(netip.MustParseAddr(a)); got != want {
			t.Errorf("IsPrivate(%s) = %v", a, got)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	for _, h := range []string{"120", time.Now().Add(2 * time.Minute).UTC().Format(http.TimeFormat)} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", h)
			w.WriteHeader(http.StatusTooManyRequests)
		}))
		_, err := (&Client{}).Get(context.Background(), srv.URL, Validators{})
		srv.Close()
		var se *StatusError
		if !errors.As(err, &se) {
			t.Fatalf("%s: %v", h, err)
		}
		if d := time.Until(se.RetryAfter); d < 100*time.Second || d > 121*time.Second {
			t.Errorf("Retry-After %s: %v from now", h, d)
		}
	}
	if !retryAfter("garbage", time.Now()).IsZero() || !retryAfter("-5", time.Now()).IsZero() {
		t.Error("a bad Retry-After gave a time")
	}
}

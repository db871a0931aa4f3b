package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/netip"
	"sync"
	"syscall"
	"time"
)

// ErrPrivate is the error for an automatic fetch (a feed item's link, a
// redirect) that would connect to a loopback, private, link-local or
// multicast address: remote content must not make byline reach into the
// user's own network. A URL the user gives is fetched as given.
var ErrPrivate = errors.New("refused to connect to a private, loopback, link-local or multicast address")

// IsPrivate reports whether a is an address automatic fetches refuse:
// loopback, private (RFC 1918, RFC 4193), shared (100.64/10),
// link-local, multicast or unspecified ("this network", 0/8).
func IsPrivate(a netip.Addr) bool {
	a = a.Unmap()
	return a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() ||
		a.IsInterfaceLocalMulticast() || a.IsMulticast() || a.IsUnspecified() ||
		a.Is4() && (a.As4()[0] == 0 || sharedSpace.Contains(a))
}

var sharedSpace = netip.MustParsePrefix("100.64.0.0/10")

// policy is what one Get may connect to; it lives in the request's
// context, so the transport's dialer and the redirect check share it.
type policy struct {
	mu sync.Mutex
	// guarded: the next connection must not go to a private address.
	guarded bool
	// first is the address of the first connection, once made.
	first netip.Addr
	hops  int
}

type policyKey struct{}

func policyOf(ctx context.Context) *policy {
	p, _ := ctx.Value(policyKey{}).(*policy)
	return p
}

func (p *policy) isGuarded() bool {
	if p == nil {
		return false
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.guarded
}

func (c *Client) isPrivate(a netip.Addr) bool {
	if c.IsPrivate != nil {
		return c.IsPrivate(a)
	}
	return IsPrivate(a)
}

// transports returns the two transports: open, which connects anywhere,
// and guarded, whose dialer refuses private addresses on the address it
// actually dials (so DNS cannot get round it). Each has its own pool, so
// a connection the open one made to a private host is never reused for a
// guarded request.
func (c *Client) transports() (open, guarded http.RoundTripper) {
	c.once.Do(func() {
		base, _ := http.DefaultTransport.(*http.Transport)
		mk := func(guard bool) *http.Transport {
			t := base.Clone()
			d := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
			if guard {
				d.Control = func(_, address string, _ syscall.RawConn) error {
					ap, err := netip.ParseAddrPort(address)
					if err != nil {
						return fmt.Errorf("%w (%s)", ErrPrivate, address)
					}
					if c.isPrivate(ap.Addr()) {
						return fmt.Errorf("%w (%s)", ErrPrivate, ap.Addr())
					}
					return nil
				}
			}
			t.DialContext = d.DialContext
			return t
		}
		c.open, c.guarded = mk(false), mk(true)
	})
	return c.open, c.guarded
}

// hopper sends each hop of a request (the first, then each redirect) by
// the transport its policy allows.
type hopper struct{ c *Client }

func (h hopper) RoundTrip(req *http.Request) (*http.Response, error) {
	open, guarded := h.c.transports()
	if h.c.AllowPrivate || !policyOf(req.Context()).isGuarded() {
		return open.RoundTrip(req)
	}
	return guarded.RoundTrip(req)
}

// withPolicy returns ctx carrying a new policy, guarded from the start
// for an automatic fetch, and a trace that records the first address
// connected to.
func (c *Client) withPolicy(ctx context.Context, auto bool) (context.Context, *policy) {
	p := &policy{guarded: auto && !c.AllowPrivate}
	ctx = context.WithValue(ctx, policyKey{}, p)
	trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		ap, err := netip.ParseAddrPort(info.Conn.RemoteAddr().String())
		if err != nil {
			return
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		if !p.first.IsValid() {
			p.first = ap.Addr()
		}
	}}
	return httptrace.WithClientTrace(ctx, trace), p
}

// redirected guards the policy for the hops after the first, unless the
// user's own URL led to a private address (their network, by their
// choice).
func (c *Client) redirected(req *http.Request) {
	p := policyOf(req.Context())
	if p == nil || c.AllowPrivate {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.hops++
	if p.first.IsValid() && c.isPrivate(p.first) {
		return
	}
	p.guarded = true
}

// private reports whether the first connection of p went to a private
// address.
func (c *Client) private(p *policy) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.first.IsValid() && c.isPrivate(p.first)
}

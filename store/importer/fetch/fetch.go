// Package fetch downloads articles and feeds over HTTP for byline: a clear
// User-Agent, a timeout per request, a size limit, a bounded number of
// redirects with loop detection, and conditional GET.
//
// It only moves bytes; reader parses them.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/textsafe"
)

// Defaults for a zero Client.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxSize      = reader.MaxArticleSize
	DefaultMaxRedirects = 10
)

// Errors a fetch can fail with, besides *StatusError and network errors.
var (
	ErrTooLarge     = errors.New("response too large")
	ErrRedirectLoop = errors.New("redirect loop")
	ErrRedirects    = errors.New("too many redirects")
	ErrTimeout      = errors.New("timed out")
	ErrScheme       = errors.New("only http and https URLs can be fetched")
)

// StatusError is an HTTP response other than 200 or 304.
type StatusError struct {
	URL    string
	Code   int
	Status string // "404 Not Found"
	// RetryAfter is when a 429 or 503 answer's Retry-After header asks
	// to be asked again (zero when it gives none).
	RetryAfter time.Time
}

// Error implements error. The server's reason phrase is cleaned of
// control characters and escape sequences.
func (e *StatusError) Error() string { return "HTTP " + textsafe.Line(e.Status) }

// UserAgent returns byline's User-Agent for a version ("1.2.0").
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "byline/" + version + " (+terminal news reader)"
}

// Client fetches pages and feeds. The zero value is ready to use with the
// defaults; it is safe for concurrent use.
type Client struct {
	// HTTP is the client to send requests with; nil uses a shared one.
	// Its CheckRedirect is replaced by the Client's own.
	HTTP *http.Client
	// UserAgent is sent with every request; empty means UserAgent("").
	UserAgent string
	// Timeout bounds each request, reading the body included; zero means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxSize is the largest body accepted, in bytes; zero means
	// DefaultMaxSize.
	MaxSize int64
	// MaxRedirects is how many redirects a request may follow; zero means
	// DefaultMaxRedirects.
	MaxRedirects int
	// AllowPrivate lets automatic fetches (GetLink, redirects) connect to
	// private addresses too (see ErrPrivate).
	AllowPrivate bool
	// IsPrivate decides which addresses are private; nil means the
	// package's IsPrivate. Tests use it to play a public host on loopback.
	IsPrivate func(netip.Addr) bool

	once          sync.Once
	open, guarded http.RoundTripper
}

// New returns a Client with byline's User-Agent for version.
func New(version string) *Client {
	return &Client{UserAgent: UserAgent(version)}
}

// Validators are the caching headers of an earlier response, sent back to
// ask for the body only when it changed.
type Validators struct {
	ETag         string
	LastModified string
}

// Result is a fetched resource.
type Result struct {
	// URL is the address the body came from, after redirects.
	URL string
	// Private is true when the URL asked for led to a private address
	// (see ErrPrivate): the links of a feed the user added from their own
	// network may be followed there too.
	Private bool
	// NotModified is true when the server answered 304 to a conditional
	// request; Body is then empty.
	NotModified bool
	Body        []byte
	// ContentType is the Content-Type header.
	ContentType string
	// ETag and LastModified are the response's caching headers (on a 304,
	// the server's or else the ones sent).
	ETag         string
	LastModified string
}

// Get fetches rawURL, a URL the user gave, as given; redirects from it
// to a private address are refused unless it is itself on one (see
// ErrPrivate). With non-empty validators it asks conditionally and a 304
// answer gives a Result with NotModified set. Errors are one line and
// name the URL.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Result, error) {
	return c.fetch(ctx, rawURL, v, false)
}

// GetLink fetches rawURL for remote content that asked for it (a feed
// item's link): it never connects to a private address, unless
// allowPrivate (the feed itself was on one) or the Client's AllowPrivate.
func (c *Client) GetLink(ctx context.Context, rawURL string, allowPrivate bool) (*Result, error) {
	return c.fetch(ctx, rawURL, Validators{}, !allowPrivate)
}

func (c *Client) fetch(ctx context.Context, rawURL string, v Validators, auto bool) (*Result, error) {
	ctx, p := c.withPolicy(ctx, auto)
	res, err := c.get(ctx, rawURL, v)
	if res != nil {
		res.Private = c.private(p)
	}
	if err != nil {
		return nil, cleanError{fmt.Errorf("fetch %s: %w", Redact(rawURL), err)}
	}
	return res, nil
}

// cleanError is an error whose message is cleaned of control characters
// and escape sequences (a server's reason phrase, a URL from a feed), and
// of any password a URL in it carries.
type cleanError struct{ err error }

func (e cleanError) Error() string { return textsafe.Line(e.err.Error()) }
func (e cleanError) Unwrap() error { return e.err }

// Redact returns rawURL with the password of its user information, if
// any, replaced by "xxxxx" (as url.URL.Redacted does), and cleaned of
// control characters. A string that is not a URL is only cleaned.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err == nil {
		if _, has := u.User.Password(); !has {
			return textsafe.Line(rawURL) // as given: paths are not re-escaped
		}
		return textsafe.Line(u.Redacted())
	}
	// Not a URL Go can read: blank a password by hand.
	if i := strings.Index(rawURL, "://"); i >= 0 {
		rest := rawURL[i+3:]
		auth := rest
		if j := strings.IndexAny(auth, "/?#"); j >= 0 {
			auth = auth[:j]
		}
		if at := strings.LastIndexByte(auth, '@'); at >= 0 {
			if c := strings.IndexByte(auth[:at], ':'); c >= 0 {
				rawURL = rawURL[:i+3] + auth[:c+1] + "xxxxx" + rest[at:]
			}
		}
	}
	return textsafe.Line(rawURL)
}

func (c *Client) get(ctx context.Context, rawURL string, v Validators) (*Result, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // without the URL, which Get names redacted
		}
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, ErrScheme
	}
	timeout := c.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeoutCause(ctx, timeout, fmt.Errorf("%w after %v", ErrTimeout, timeout))
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("bad request: %w", err)
	}
	ua := c.UserAgent
	if ua == "" {
		ua = UserAgent("")
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "+
		"application/xml;q=0.9, text/html;q=0.9, text/*;q=0.8, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}

	hc := http.Client{Transport: hopper{c}}
	if c.HTTP != nil {
		hc = *c.HTTP // its own transport: no guard
	}
	hc.CheckRedirect = c.checkRedirect
	resp, err := hc.Do(req)
	if err != nil {
		return nil, c.cause(ctx, err)
	}
	defer resp.Body.Close()

	res := &Result{
		URL:          resp.Request.URL.String(),
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
	}
	switch {
	case resp.StatusCode == http.StatusNotModified && (v.ETag != "" || v.LastModified != ""):
		res.NotModified = true
		if res.ETag == "" {
			res.ETag = v.ETag
		}
		if res.LastModified == "" {
			res.LastModified = v.LastModified
		}
		return res, nil
	case resp.StatusCode != http.StatusOK:
		se := &StatusError{URL: res.URL, Code: resp.StatusCode, Status: resp.Status}
		if se.Code == http.StatusTooManyRequests || se.Code == http.StatusServiceUnavailable {
			se.RetryAfter = retryAfter(resp.Header.Get("Retry-After"), time.Now())
		}
		return nil, se
	}
	max := c.MaxSize
	if max <= 0 {
		max = DefaultMaxSize
	}
	if resp.ContentLength > max {
		return nil, tooLarge(max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, c.cause(ctx, fmt.Errorf("read body: %w", err))
	}
	if int64(len(body)) > max {
		return nil, tooLarge(max)
	}
	res.Body = body
	return res, nil
}

func tooLarge(max int64) error {
	if max%(1<<20) == 0 {
		return fmt.Errorf("%w: over %d MiB", ErrTooLarge, max>>20)
	}
	return fmt.Errorf("%w: over %d bytes", ErrTooLarge, max)
}

// cause turns the error of a request whose context ended into the reason
// it ended (the timeout, or the caller's cancellation).
func (c *Client) cause(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		if cause := context.Cause(ctx); cause != nil && !errors.Is(err, cause) {
			return cause
		}
	}
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		// url.Error repeats the method and URL, which Get adds itself.
		return ue.Err
	}
	return err
}

func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	max := c.MaxRedirects
	if max <= 0 {
		max = DefaultMaxRedirects
	}
	next := req.URL.String()
	for _, r := range via {
		if r.URL.String() == next {
			return fmt.Errorf("%w: back to %s", ErrRedirectLoop, req.URL.Redacted())
		}
	}
	if len(via) > max {
		return fmt.Errorf("%w (more than %d)", ErrRedirects, max)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return fmt.Errorf("redirect to %s: %w", req.URL.Redacted(), ErrScheme)
	}
	c.redirected(req)
	return nil
}

// IsURL reports whether s is an http or https URL rather than a path.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// maxRetryAfter bounds how long a server may ask to be left alone.
const maxRetryAfter = 7 * 24 * time.Hour

// retryAfter reads a Retry-After header (seconds, or an HTTP date) as a
// time after now, or zero.
func retryAfter(h string, now time.Time) time.Time {
	h = strings.TrimSpace(h)
	if h == "" {
		return time.Time{}
	}
	var at time.Time
	if n, err := strconv.ParseInt(h, 10, 64); err == nil {
		if n <= 0 {
			return time.Time{}
		}
		at = now.Add(time.Duration(min(n, int64(maxRetryAfter/time.Second))) * time.Second)
	} else if t, err := http.ParseTime(h); err == nil {
		at = t
	}
	if !at.After(now) {
		return time.Time{}
	}
	if at.Sub(now) > maxRetryAfter {
		at = now.Add(maxRetryAfter)
	}
	return at
}

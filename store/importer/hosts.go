package importer

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/byline/byline/store/importer/fetch"
)

// DefaultFeedDeadline bounds the whole refresh of one feed: its fetch and
// the pages of its items that carry only a summary.
const DefaultFeedDeadline = 2 * time.Minute

// hostTimeouts is how many timeouts a host may have in one refresh before
// the rest of its pages are skipped.
const hostTimeouts = 2

// errFeedDeadline is the cause of a feed's context ending at its deadline.
var errFeedDeadline = errors.New("the feed's refresh took too long")

// errHostSkipped is the reason for a page not fetched from a slow host.
var errHostSkipped = fmt.Errorf("skipped: its host timed out %d times in this refresh", hostTimeouts)

// hosts counts timeouts by host over one refresh or import.
type hosts struct {
	mu       sync.Mutex
	timeouts map[string]int
}

func newHosts() *hosts { return &hosts{timeouts: map[string]int{}} }

func hostOf(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// skip reports whether rawURL's host has timed out too often.
func (h *hosts) skip(rawURL string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.timeouts[hostOf(rawURL)] >= hostTimeouts
}

// record counts err against rawURL's host when it is a timeout.
func (h *hosts) record(rawURL string, err error) {
	if !errors.Is(err, fetch.ErrTimeout) {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.timeouts[hostOf(rawURL)]++
}

func (im *Importer) feedDeadline() time.Duration {
	if im.FeedDeadline > 0 {
		return im.FeedDeadline
	}
	return DefaultFeedDeadline
}

// retryMark ends a feed's error when the server asked to be left alone
// until a time: the next refreshes skip it until then.
var retryMark = regexp.MustCompile(`\(retry after (\S+)\)$`)

// withRetry returns a feed's error for err, marked with the time a 429 or
// 503 answer asked to wait until.
func withRetry(reason string, err error) string {
	var se *fetch.StatusError
	if errors.As(err, &se) && !se.RetryAfter.IsZero() {
		return reason + " (retry after " + se.RetryAfter.UTC().Format(time.RFC3339) + ")"
	}
	return reason
}

// retryAfter returns the time a feed's stored error asks to wait until,
// or zero.
func retryAfter(feedErr string) time.Time {
	m := retryMark.FindStringSubmatch(feedErr)
	if m == nil {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339, m[1])
	if err != nil {
		return time.Time{}
	}
	return t
}

// withDeadline returns ctx bounded by the feed deadline.
func (im *Importer) withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, im.feedDeadline(), errFeedDeadline)
}

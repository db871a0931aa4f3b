package importer

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer/fetch"
)

// ErrNotFeed is returned by Subscribe for a URL that is neither a feed
// nor a page announcing one.
var ErrNotFeed = errors.New("not a feed, and the page names no feed")

// Subscribe fetches url, checks that it is a feed (a page announcing a
// feed with <link rel="alternate"> is followed to it), adds the feed to
// the store and imports its items. A feed already subscribed gives an
// error wrapping store.ErrExists.
func (im *Importer) Subscribe(ctx context.Context, url string) (store.Feed, Summary, error) {
	var sum Summary
	res, err := im.client().Get(ctx, url, fetch.Validators{})
	if err != nil {
		return store.Feed{}, sum, err //nolint:wrapcheck // fetch errors name the URL
	}
	if reader.DetectFormat(res.Body, res.URL, res.ContentType) == reader.FormatHTML {
		links := reader.FeedLinks(res.Body, res.URL)
		if len(links) == 0 {
			return store.Feed{}, sum, fmt.Errorf("subscribe %s: %w", url, ErrNotFeed)
		}
		url = links[0]
		if res, err = im.client().Get(ctx, url, fetch.Validators{}); err != nil {
			return store.Feed{}, sum, err //nolint:wrapcheck // fetch errors name the URL
		}
	}
	arts, feed, err := reader.ParseAny(res.Body, res.URL, res.ContentType)
	if err != nil && !errors.Is(err, reader.ErrCharsetGuessed) {
		return store.Feed{}, sum, fmt.Errorf("subscribe %s: %w", url, err)
	}
	if feed == nil {
		return store.Feed{}, sum, fmt.Errorf("subscribe %s: %w", url, ErrNotFeed)
	}
	f := store.Feed{URL: url, Title: feed.Title, ETag: res.ETag, LastModified: res.LastModified, Checked: im.now()}
	id, err := im.Store.AddFeed(ctx, f)
	if err != nil {
		return store.Feed{}, sum, err //nolint:wrapcheck // the store's errors say what failed
	}
	f.ID = id
	// As import does, a headline-only item is read from its page.
	urls, items := itemURLs(arts), arts
	arts, known := im.unknown(ctx, arts)
	sum.Duplicates += known
	sum.Notes = append(sum.Notes, im.follow(ctx, url, arts, res.Private, newHosts())...)
	n, d := im.putItems(ctx, url, arts, &sum)
	d += known
	im.linkFeed(ctx, f, &sum, urls)
	im.linkGUIDs(ctx, f, &sum, items)
	if im.pending(arts) > 0 && (f.ETag != "" || f.LastModified != "") {
		// A page still to read: the next refresh fetches the feed whole.
		f.ETag, f.LastModified = "", ""
		if err := im.Store.UpdateFeed(ctx, f); err != nil {
			sum.Notes = append(sum.Notes, Failure{url, reason(err)})
		}
	}
	sum.Feeds = append(sum.Feeds, FeedResult{Feed: f, New: n, Duplicates: d})
	return f, sum, nil
}

// Refresh fetches every subscribed feed, a few at once, asking
// conditionally with the validators stored from the last fetch, and
// imports new items. Each feed's ETag, Last-Modified, Checked and Error
// are updated; validators only once its items are written, so that a
// failed write is retried next time. progress counts feeds.
func (im *Importer) Refresh(ctx context.Context, progress func(Progress)) Summary {
	var sum Summary
	feeds, err := im.Store.Feeds(ctx)
	if err != nil {
		sum.Failed = append(sum.Failed, Failure{"feeds", reason(err)})
		return sum
	}
	var (
		mu   sync.Mutex // guards sum and done
		done int
	)
	report := func(cur string) {
		if progress != nil {
			progress(Progress{Done: done, Total: len(feeds), Current: cur, Imported: sum.Imported,
				Duplicates: sum.Duplicates, Failed: len(sum.Failed)})
		}
	}
	mu.Lock()
	report("")
	mu.Unlock()
	results := make([]FeedResult, len(feeds))
	slow := newHosts()
	bounded(ctx, len(feeds), im.fetches(), func(i int) {
		f := feeds[i]
		var local Summary
		results[i] = im.refreshOne(ctx, f, &local, slow)
		mu.Lock()
		defer mu.Unlock()
		sum.Imported += local.Imported
		sum.Duplicates += local.Duplicates
		sum.Updated += local.Updated
		sum.Failed = append(sum.Failed, local.Failed...)
		sum.Notes = append(sum.Notes, local.Notes...)
		sum.IDs = append(sum.IDs, local.IDs...)
		if sum.Stopped == "" {
			sum.Stopped = local.Stopped
		}
		done++
		report(f.URL)
	})
	for _, r := range results {
		if r.Feed.URL != "" {
			sum.Feeds = append(sum.Feeds, r)
		}
	}
	if ctx.Err() != nil {
		sum.Canceled = true
	}
	return sum
}

// refreshOne refreshes one feed and records the outcome in the store.
// The fetches (the feed's and its items' pages) share the feed deadline;
// hosts that time out twice are skipped for the rest of the refresh.
func (im *Importer) refreshOne(ctx context.Context, f store.Feed, sum *Summary, slow *hosts) FeedResult {
	r := FeedResult{Feed: f}
	if at := retryAfter(f.Error); at.After(im.now()) {
		// The server asked to be left alone until then.
		r.RetryAfter = at
		return r
	}
	fail := func(err error) FeedResult {
		if ctx.Err() != nil {
			return FeedResult{} // canceled: leave the feed as it was
		}
		r.Err = withRetry(reason(err), err)
		sum.Failed = append(sum.Failed, Failure{f.URL, r.Err})
		r.Feed.Checked = im.now()
		r.Feed.Error = r.Err
		if err := im.Store.UpdateFeed(ctx, r.Feed); err != nil {
			sum.Failed = append(sum.Failed, Failure{f.URL, reason(err)})
		}
		return r
	}
	fctx, cancel := im.withDeadline(ctx)
	defer cancel()
	if slow.skip(f.URL) {
		return fail(errHostSkipped)
	}
	res, err := im.client().Get(fctx, f.URL, fetch.Validators{ETag: f.ETag, LastModified: f.LastModified})
	if err != nil {
		slow.record(f.URL, err)
		return fail(err)
	}
	r.Feed.Checked, r.Feed.Error = im.now(), ""
	if res.NotModified {
		r.NotModified = true
		r.Feed.ETag, r.Feed.LastModified = res.ETag, res.LastModified
		if err := im.Store.UpdateFeed(ctx, r.Feed); err != nil {
			return fail(err)
		}
		return r
	}
	arts, feed, err := reader.ParseAny(res.Body, res.URL, res.ContentType)
	if errors.Is(err, reader.ErrCharsetGuessed) {
		sum.Notes = append(sum.Notes, Failure{f.URL, err.Error()})
	} else if err != nil {
		return fail(err)
	}
	if feed == nil {
		return fail(errors.New("not a feed any more (a page or an article)"))
	}
	pending := im.complete(fctx, f.URL, arts, sum, res.Private, slow)
	urls, items := itemURLs(arts), arts
	arts, byGUID := im.unknownGUIDs(ctx, f.ID, arts)
	arts, known := im.unknown(ctx, arts)
	known += byGUID
	sum.Duplicates += known
	sum.Notes = append(sum.Notes, im.follow(fctx, f.URL, arts, res.Private, slow)...)
	arts, again := im.unknownPages(ctx, arts)
	known += again
	failedBefore := len(sum.Failed)
	r.New, r.Duplicates = im.putItems(ctx, f.URL, arts, sum)
	r.Duplicates += known
	im.linkFeed(ctx, f, sum, urls)
	im.linkGUIDs(ctx, f, sum, items)
	pending += im.pending(arts)
	if ctx.Err() != nil {
		return FeedResult{}
	}
	if r.Feed.Title == "" {
		r.Feed.Title = feed.Title
	}
	switch {
	case pending > 0:
		// An item is stored as its summary until its page answers: the
		// next refresh fetches the feed whole, to try its page again.
		r.Feed.ETag, r.Feed.LastModified = "", ""
	case len(sum.Failed) == failedBefore:
		// Every item is in: the next refresh may ask conditionally.
		r.Feed.ETag, r.Feed.LastModified = res.ETag, res.LastModified
	default:
		r.Feed.Error = fmt.Sprintf("%d items could not be stored", len(sum.Failed)-failedBefore)
	}
	if err := im.Store.UpdateFeed(ctx, r.Feed); err != nil {
		return fail(err)
	}
	return r
}

// putItems analyses and stores a feed's articles in one PutMany, and
// returns how many were new and how many duplicates.
func (im *Importer) putItems(ctx context.Context, feedURL string, arts []*reader.Article, sum *Summary) (int, int) {
	items := make([]store.Item, 0, len(arts))
	names := make([]string, 0, len(arts))
	for _, a := range arts {
		an, err := analyze(a)
		if err != nil {
			sum.Failed = append(sum.Failed, Failure{itemName(feedURL, a, len(arts)), reason(err)})
			continue
		}
		if note := analysisNote(a, an); note != "" {
			sum.Notes = append(sum.Notes, Failure{itemName(feedURL, a, len(arts)), note})
		}
		items = append(items, store.Item{Article: a, Analysis: an})
		names = append(names, itemName(feedURL, a, len(arts)))
	}
	if len(items) == 0 || ctx.Err() != nil {
		return 0, 0
	}
	res, err := im.Store.PutMany(ctx, items)
	var created, dup int
	for i := range items {
		r := store.PutResult{Err: err}
		if i < len(res) {
			r = res[i]
		}
		switch {
		case r.Err != nil && sum.Stopped != "":
			// The store took no more: one line said so.
		case r.Err != nil:
			sum.Failed = append(sum.Failed, Failure{names[i], reason(r.Err)})
			if fatalStoreError(r.Err) {
				sum.Stopped = "the store cannot take any more: " + reason(r.Err)
			}
		case r.Created:
			created++
			sum.IDs = append(sum.IDs, r.ID)
		default:
			dup++
			sum.IDs = append(sum.IDs, r.ID)
		}
	}
	sum.Imported += created
	sum.Duplicates += dup
	return created, dup
}

// unknown returns the items of a feed the store does not know, and how
// many it does: those are stored already, or were deleted by the reader,
// and a feed must not bring them back. An item is known by its address
// (tracking parameters removed, see reader.CanonicalURL; the address as
// the feed gave it, for stores written before), or else by its text: an
// item whose link changes on every fetch while its text stays is the
// same item.
func (im *Importer) unknown(ctx context.Context, arts []*reader.Article) ([]*reader.Article, int) {
	fresh := arts[:0:0]
	for _, a := range arts {
		if a.URL != "" {
			if has, err := im.Store.HasURL(ctx, a.URL); err == nil && has {
				continue
			}
		}
		if im.knownText(ctx, a) {
			continue
		}
		fresh = append(fresh, a)
	}
	return fresh, len(arts) - len(fresh)
}

// knownText reports whether the store holds an article with a's title and
// text.
func (im *Importer) knownText(ctx context.Context, a *reader.Article) bool {
	ok, err := im.Store.Known(ctx, "", store.TextHash(a.Title, a.Body))
	return ok && err == nil
}

// unknownPages drops, after follow, the items whose page the store holds
// already (under another address of the item), and returns how many.
func (im *Importer) unknownPages(ctx context.Context, arts []*reader.Article) ([]*reader.Article, int) {
	fresh := arts[:0:0]
	for _, a := range arts {
		if a.Format != reader.FormatFeed && im.knownText(ctx, a) {
			continue
		}
		fresh = append(fresh, a)
	}
	return fresh, len(arts) - len(fresh)
}

// follow replaces, when im.Follow is set, each item of a feed that is only
// a summary (reader.IsSummary) by the page it links to, fetching a few at
// once. A page that cannot be fetched or read leaves the summary, and a
// note says why; the returned notes name the items. Pages are fetched as
// remote content asked for them: never from a private address unless
// private (the feed itself came from one); never from a host in slow.
func (im *Importer) follow(ctx context.Context, feedURL string, arts []*reader.Article, private bool, slow *hosts) []Failure {
	if !im.Follow {
		return nil
	}
	var (
		mu    sync.Mutex
		notes []Failure
	)
	var summaries []int
	for i, a := range arts {
		if reader.IsSummary(a) {
			summaries = append(summaries, i)
		}
	}
	bounded(ctx, len(summaries), im.fetches(), func(k int) {
		i := summaries[k]
		a := arts[i]
		page, err := im.page(ctx, a.URL, private, slow)
		if err == nil {
			var ok bool
			if arts[i], ok = reader.WithPage(a, page); !ok {
				err = errors.New("the page has no more text than the feed")
			}
		}
		if errors.Is(context.Cause(ctx), errFeedDeadline) {
			err = errFeedDeadline
		}
		if err != nil && (ctx.Err() == nil || errors.Is(err, errFeedDeadline)) {
			mu.Lock()
			notes = append(notes, Failure{itemName(feedURL, a, len(arts)), "kept the feed's summary: " + reason(err)})
			mu.Unlock()
		}
	})
	return notes
}

// bounded calls fn(i) for i from 0 to n-1, at most limit at once, each in
// a goroutine of its own, and returns when all the calls have. Once ctx
// ends, no more calls start.
func bounded(ctx context.Context, n, limit int, fn func(i int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, limit)
	for i := range n {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			fn(i)
		}()
	}
	wg.Wait()
}

// page fetches and reads the web page at u as one article.
func (im *Importer) page(ctx context.Context, u string, private bool, slow *hosts) (*reader.Article, error) {
	if slow.skip(u) {
		return nil, errHostSkipped
	}
	res, err := im.client().GetLink(ctx, u, private)
	if err != nil {
		slow.record(u, err)
		return nil, err
	}
	arts, feed, err := reader.ParseAny(res.Body, res.URL, res.ContentType)
	if err != nil && !errors.Is(err, reader.ErrCharsetGuessed) {
		return nil, err
	}
	if feed != nil || len(arts) != 1 {
		return nil, errors.New("the link is not an article page")
	}
	return arts[0], nil
}

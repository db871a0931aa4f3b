package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/byline/byline/reader/article"
	"github.com/byline/byline/reader/segment"
)

// ErrNotFeed is returned by ParseFeed for input that is not an RSS, Atom
// or JSON feed.
var ErrNotFeed = errors.New("feed: not an RSS, Atom or JSON feed")

// Feed is what a feed says about itself.
type Feed struct {
	// Title is the feed's title ("Wikinews").
	Title string `json:"title"`
	// Link is the site the feed belongs to.
	Link string `json:"link,omitempty"`
	// URL is the feed's own address, when known.
	URL string `json:"url,omitempty"`
	// Description is the feed's description or subtitle.
	Description string `json:"description,omitempty"`
	// Kind is "rss", "atom" or "json".
	Kind string `json:"kind"`
	// Updated is when the feed says it last changed (zero when it does not).
	Updated time.Time `json:"updated,omitempty"`
}

// ParseFeed parses an RSS, Atom or JSON feed. feedURL is where it came
// from (it may be empty); it resolves relative item links. Each item
// becomes an Article: its full content when the feed carries it
// (content:encoded, Atom content, content_html), else its description,
// read as HTML into blocks; title, link as URL, authors, date, and the
// feed's title as Source. Items with neither title nor text are left out.
func ParseFeed(raw []byte, feedURL string) (f *Feed, arts []*article.Article, err error) {
	if err := CheckText(raw); err != nil {
		return nil, nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			f, arts, err = nil, nil, fmt.Errorf("feed: parse failed: %v", r)
		}
	}()
	if head := bytes.TrimLeft(bytes.TrimPrefix(raw, bom), " \t\r\n"); len(head) > 0 && head[0] == '{' {
		if f, ok := sniffFormat(raw); !ok || f != article.FormatFeed {
			return nil, nil, ErrNotFeed // JSON, but no JSON Feed version
		}
	}
	gf, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
		return nil, nil, ErrNotFeed
	}
	if err != nil {
		return nil, nil, fmt.Errorf("feed: %w", err)
	}
	f = &Feed{
		Title:       plainText(gf.Title),
		Link:        gf.Link,
		URL:         gf.FeedLink,
		Description: plainText(gf.Description),
		Kind:        gf.FeedType,
	}
	if feedURL != "" {
		f.URL = feedURL
	}
	if gf.UpdatedParsed != nil {
		f.Updated = *gf.UpdatedParsed
	} else if gf.PublishedParsed != nil {
		f.Updated = *gf.PublishedParsed
	}
	// Relative item links resolve against the site's link, as most
	// readers do, or else against the feed's own address.
	fu, _ := url.Parse(feedURL)
	if fu != nil && fu.Host == "" {
		fu = nil
	}
	if fu != nil && f.Link != "" {
		if u, err := fu.Parse(f.Link); err == nil {
			f.Link = u.String()
		}
	}
	base, _ := url.Parse(f.Link)
	if base == nil || base.Host == "" {
		base = fu
	}
	for _, it := range gf.Items {
		if it == nil {
			continue
		}
		if a := feedItem(it, f, base); a != nil {
			arts = append(arts, sanitize(a))
		}
	}
	return sanitizeFeed(f), arts, nil
}

// feedItem turns one item into an Article, or nil when it has no text.
func feedItem(it *gofeed.Item, f *Feed, base *url.URL) *article.Article {
	b := newHTMLBuilder(base)
	content := it.Content
	if strings.TrimSpace(plainText(content)) == "" {
		content = it.Description
	}
	title := plainText(it.Title)
	b.title = title
	if reTag().MatchString(content) {
		if doc, err := html.Parse(strings.NewReader(content)); err == nil {
			b.walk(doc)
			b.flush()
		}
	} else {
		for _, p := range reBlankLine().Split(html.UnescapeString(content), -1) {
			if p = cleanText(p); p != "" {
				b.blocks = append(b.blocks, article.Block{Kind: article.BlockParagraph, Span: b.emit(article.BlockParagraph, p)})
			}
		}
	}
	if title == "" && len(b.blocks) > 0 {
		title = TruncateRunes(firstSentence(b.body.String()[b.blocks[0].Start:b.blocks[0].End]), 120)
	}
	if title == "" {
		return nil
	}
	a := b.article(title, itemAuthors(it))
	a.Format = article.FormatFeed
	a.Source = f.Title
	a.URL = itemURL(it, base)
	a.GUID = strings.TrimSpace(it.GUID)
	switch {
	case it.PublishedParsed != nil:
		a.Date = *it.PublishedParsed
	case it.UpdatedParsed != nil:
		a.Date = *it.UpdatedParsed
	}
	return a
}

var (
	reTag       = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[a-zA-Z!/]`) })
	reBlankLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\n\s*\n`) })
)

// plainText returns the text of a string that may hold HTML markup or
// entities, on one line.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return cleanText(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return cleanText(s)
	}
	return cleanText(textOf(doc))
}

// firstSentence returns the first line's first sentence of s, as package
// segment splits it ("Mr. Smith said ..." does not end at "Mr.").
func firstSentence(s string) string {
	if i := strings.IndexByte(s, '\n'); i > 0 {
		s = s[:i]
	}
	start, stop, _ := segment.Next(s, 0, len(s))
	return s[start:stop]
}

func itemAuthors(it *gofeed.Item) []string {
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		for _, n := range bylineAuthors(plainText(name)) {
			if !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	for _, p := range it.Authors {
		if p != nil {
			add(p.Name)
		}
	}
	if len(out) == 0 && it.DublinCoreExt != nil {
		for _, c := range it.DublinCoreExt.Creator {
			add(c)
		}
	}
	return out
}

func itemURL(it *gofeed.Item, base *url.URL) string {
	link := strings.TrimSpace(it.Link)
	if link == "" && (strings.HasPrefix(it.GUID, "http://") || strings.HasPrefix(it.GUID, "https://")) {
		link = it.GUID
	}
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return CanonicalURL(u.String())
}

// summaryWords is the length under which a feed item is taken for a
// summary of the page it links to: most news feeds carry a headline and a
// sentence or two, and the story itself only on the page.
const summaryWords = 150

// IsSummary reports whether a, an item of a feed, holds only a summary of
// the page it links to (under 150 words, with an http(s) address), so that
// the page should be read for the article.
func IsSummary(a *article.Article) bool {
	if a == nil || a.Format != article.FormatFeed {
		return false
	}
	u, err := url.Parse(a.URL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return false
	}
	return wordCount(a.Body) < summaryWords
}

// WithPage returns the article for a feed item read from the page it
// links to, and false when the page holds no more text than the item (a
// paywall or a cookie wall, say), which then stays as it is. The article
// keeps the item's address, so that the item is known again on the next
// refresh, and takes from the item what the page lacks (title, source,
// date, authors).
func WithPage(item, page *article.Article) (*article.Article, bool) {
	if item == nil || page == nil || wordCount(page.Body) <= wordCount(item.Body) {
		return item, false
	}
	a := *page
	a.URL = item.URL
	if a.Title == "" {
		a.Title = item.Title
	}
	if item.Source != "" {
		a.Source = item.Source
	}
	if a.Date.IsZero() {
		a.Date = item.Date
	}
	if len(a.Authors) == 0 {
		a.Authors = item.Authors
	}
	return &a, true
}

// wordCount counts the runs of non-space characters in s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

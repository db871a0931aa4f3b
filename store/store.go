// Package store keeps articles, their analyses and feeds in a local
// database. Store is the interface the rest of byline uses; SQLite is its
// implementation.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/byline/byline/reader"
)

// ErrNotFound is returned when the thing asked for is not in the store.
var ErrNotFound = errors.New("not found")

// ErrExists is returned when adding what is already there, such as a feed
// already subscribed to.
var ErrExists = errors.New("already exists")

// Item is one article, with its analysis (nil when none), for PutMany.
type Item struct {
	Article  *reader.Article
	Analysis *reader.Analysis
	// Hash is TextHash(Article.Title, Article.Body) when the caller has
	// made it already; when empty the store makes it.
	Hash string

	// row holds the columns Encode made, nil until then.
	row *articleRow
}

// Encode turns the item into the columns PutMany writes (the text hash,
// the JSON of its blocks and analysis, its quote rows) now, on the
// caller's goroutine. PutMany writes on one goroutine, which every article
// of an import goes through: an importer that encodes each item where it
// was analysed leaves that goroutine less to do. Items not encoded are
// encoded by PutMany, and so is an item whose Article or Analysis was
// replaced after Encode; change neither in place after it. An error is
// what PutMany would report for the item.
func (it *Item) Encode() error {
	row, err := prepareRow(it.Article, it.Analysis, it.Hash)
	if err != nil {
		return err
	}
	it.Hash, it.row = row.hash, row
	return nil
}

// encoded returns the row Encode made, when it was made from the item's
// present article and analysis.
func (it *Item) encoded() *articleRow {
	if r := it.row; r != nil && r.a == it.Article && r.an == it.Analysis && r.hash == it.Hash {
		return r
	}
	return nil
}

// PutResult is what PutMany did with one Item: Put's results, and the
// error that kept the item out, if any.
type PutResult struct {
	ID      int64
	Created bool
	Err     error
}

// Summary is what the library list shows of an article: no body.
type Summary struct {
	ID      int64
	Title   string
	Source  string
	Authors []string
	Date    time.Time // zero when unknown
	Added   time.Time
	URL     string
	Read    bool
	Starred bool
	Quotes  int // number of quotes found by the analysis
	// Speakers are the article's most quoted speakers, up to three, most
	// quoted first.
	Speakers []string
}

// Stored is a whole article as kept in the store, with its analysis.
type Stored struct {
	Summary
	Article  reader.Article
	Analysis *reader.Analysis // nil when none is stored
}

// ListOptions pages and filters the library list, newest first.
type ListOptions struct {
	Offset, Limit int
	UnreadOnly    bool
	StarredOnly   bool
	// FeedID, when > 0, lists only the articles that feed brought.
	FeedID int64
}

// Hit is a full-text search result.
type Hit struct {
	Summary
	// Snippet is a short extract around the match; the matched terms are
	// wrapped in SnippetOpen and SnippetClose.
	Snippet string
}

// Markers that wrap matched terms in Hit.Snippet.
const (
	SnippetOpen  = "\x02"
	SnippetClose = "\x03"
)

// SpeakerStat is a speaker across the whole library.
type SpeakerStat struct {
	Name string
	// Role is the speaker's role as the articles give it ("Secretary of
	// State"): that of the name quoted most with one; "" when none does.
	Role     string
	Aliases  []string
	Quotes   int
	Articles int
}

// QuoteRef is one quote of a speaker, with the article it stands in.
type QuoteRef struct {
	ArticleID int64
	Title     string
	Source    string
	Date      time.Time
	Speaker   string
	Text      string
	Lead      string // reader.Quote.Lead: the cue right before reported words
	Kind      reader.QuoteKind
	Index     int // the quote's index in the article's Analysis.Quotes
	Span      reader.Span
	URL       string // the article's address, "" when none
}

// Feed is a subscribed feed.
type Feed struct {
	ID           int64
	URL          string
	Title        string
	ETag         string
	LastModified string
	Checked      time.Time
	Error        string // the last refresh's error, if any
}

// Store persists articles, analyses and feeds. Every method takes a
// context first; implementations are safe for concurrent use and for use
// by several processes on one database.
type Store interface {
	// Put adds an article and its analysis. When the article is already
	// stored (same URL, or same normalised text when it has no URL), it
	// returns the existing ID with created false and changes nothing.
	Put(ctx context.Context, a *reader.Article, an *reader.Analysis) (id int64, created bool, err error)
	// PutMany adds many articles as Put does, in batches of transactions:
	// the way to import. The result has one entry per item, in order.
	PutMany(ctx context.Context, items []Item) ([]PutResult, error)
	// Get returns a whole article.
	Get(ctx context.Context, id int64) (*Stored, error)
	// HasURL reports whether an article with this address is stored, or
	// was and has been deleted (so that a feed does not bring it back).
	HasURL(ctx context.Context, url string) (bool, error)
	// Known reports whether Put would take an article with this address,
	// or with none and this TextHash, as a duplicate of a stored one, so
	// that an import need not analyse it.
	Known(ctx context.Context, url, hash string) (bool, error)
	// Delete removes an article, its quotes and its search entry, and
	// remembers its address for HasURL.
	Delete(ctx context.Context, id int64) error
	// List returns a page of summaries, newest first.
	List(ctx context.Context, opt ListOptions) ([]Summary, error)
	// Count returns the number of articles.
	Count(ctx context.Context) (int, error)
	// CountList returns the number of articles List lists with opt's
	// filters (its Offset and Limit are ignored).
	CountList(ctx context.Context, opt ListOptions) (int, error)
	// Search runs a full-text query over title, body and speaker names.
	Search(ctx context.Context, query string, limit int) ([]Hit, error)
	// SetRead and SetStarred change an article's marks.
	SetRead(ctx context.Context, id int64, read bool) error
	SetStarred(ctx context.Context, id int64, starred bool) error
	// SetAnalysis replaces an article's stored analysis.
	SetAnalysis(ctx context.Context, id int64, an *reader.Analysis) error
	// Stale returns the IDs of articles whose analysis is missing or older
	// than version.
	Stale(ctx context.Context, version int) ([]int64, error)
	// Speakers lists every speaker in the library, most quoted first.
	Speakers(ctx context.Context) ([]SpeakerStat, error)
	// QuotesBy lists a speaker's quotes across the library, newest first.
	// speaker may be any of the speaker's names or aliases, in any case; an
	// unknown speaker gives ErrNotFound.
	QuotesBy(ctx context.Context, speaker string) ([]QuoteRef, error)
	// Appearances lists the articles whose direct quotes are the same
	// words as text (equal, or one holding the other by eight words or
	// more, after normalising), earliest first.
	Appearances(ctx context.Context, text string) ([]Appearance, error)
	// FiguresNear returns the figures of the other analysed articles dated
	// within window of article id's date (the articles whose figures may
	// report the same measures), earliest first; none when the article
	// has no date. An unknown id gives ErrNotFound.
	FiguresNear(ctx context.Context, id int64, window time.Duration) ([]FigureSource, error)
	// AddFeed subscribes to a feed; a URL already subscribed gives its ID
	// and an error wrapping ErrExists.
	AddFeed(ctx context.Context, f Feed) (int64, error)
	// Feeds lists the subscribed feeds, in the order they were added.
	Feeds(ctx context.Context) ([]Feed, error)
	// UpdateFeed stores a feed's title, caching headers, check time and
	// error, finding it by ID (by URL when the ID is zero).
	UpdateFeed(ctx context.Context, f Feed) error
	// RemoveFeed unsubscribes from a feed given by decimal ID or URL.
	RemoveFeed(ctx context.Context, idOrURL string) error
	// Close releases the database.
	Close() error
}

package reader

import "github.com/byline/byline/reader/ingest"

// Reading input into an Article lives in package ingest; these names
// forward to it, so that the code that calls reader.Parse, reader.ParseAny,
// ... stays as it is.

// MaxArticleSize is the largest input Parse reads (see ingest).
const MaxArticleSize = ingest.MaxArticleSize

// MaxTitle is the most runes of a title an Article keeps (see ingest).
const MaxTitle = ingest.MaxTitle

// The errors of ingest.
var (
	ErrEmpty          = ingest.ErrEmpty
	ErrBinary         = ingest.ErrBinary
	ErrNotUTF8        = ingest.ErrNotUTF8
	ErrTooLarge       = ingest.ErrTooLarge
	ErrNoContent      = ingest.ErrNoContent
	ErrNotFeed        = ingest.ErrNotFeed
	ErrCharsetGuessed = ingest.ErrCharsetGuessed
)

// Feed is a feed's own details (see ingest.Feed).
type Feed = ingest.Feed

// Parse forwards to ingest.Parse.
func Parse(raw []byte, name string) (*Article, error) { return ingest.Parse(raw, name) }

// CheckText forwards to ingest.CheckText.
func CheckText(raw []byte) error { return ingest.CheckText(raw) }

// ParseHTML forwards to ingest.ParseHTML.
func ParseHTML(raw []byte, pageURL string) (*Article, error) { return ingest.ParseHTML(raw, pageURL) }

// FeedLinks forwards to ingest.FeedLinks.
func FeedLinks(raw []byte, pageURL string) []string { return ingest.FeedLinks(raw, pageURL) }

// ParseFeed forwards to ingest.ParseFeed.
func ParseFeed(raw []byte, feedURL string) (*Feed, []*Article, error) {
	return ingest.ParseFeed(raw, feedURL)
}

// IsSummary forwards to ingest.IsSummary.
func IsSummary(a *Article) bool { return ingest.IsSummary(a) }

// WithPage forwards to ingest.WithPage.
func WithPage(item, page *Article) (*Article, bool) { return ingest.WithPage(item, page) }

// CanonicalURL forwards to ingest.CanonicalURL.
func CanonicalURL(rawURL string) string { return ingest.CanonicalURL(rawURL) }

// DetectFormat forwards to ingest.DetectFormat.
func DetectFormat(raw []byte, name, contentType string) Format {
	return ingest.DetectFormat(raw, name, contentType)
}

// LooksLikeArticle forwards to ingest.LooksLikeArticle.
func LooksLikeArticle(raw []byte, name string) bool { return ingest.LooksLikeArticle(raw, name) }

// ArticleName forwards to ingest.ArticleName.
func ArticleName(name string) bool { return ingest.ArticleName(name) }

// Decode forwards to ingest.Decode.
func Decode(raw []byte, contentType string) ([]byte, error) { return ingest.Decode(raw, contentType) }

// ParseAny forwards to ingest.ParseAny.
func ParseAny(raw []byte, name, contentType string) ([]*Article, *Feed, error) {
	return ingest.ParseAny(raw, name, contentType)
}

// NotArticle forwards to ingest.NotArticle.
func NotArticle(raw []byte, name string) string { return ingest.NotArticle(raw, name) }

// truncateRunes shortens s to at most n runes, adding an ellipsis.
func truncateRunes(s string, n int) string { return ingest.TruncateRunes(s, n) }

package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/byline/byline/reader/article"
)

// ErrCharsetGuessed is returned (wrapped) by Decode and ParseAny when the
// input was not UTF-8 and declared no charset, so it was read as
// Windows-1252. The result is usable; the error is a note for the user.
var ErrCharsetGuessed = errors.New("no charset declared: read as windows-1252")

// sniffLen is how much of the input DetectFormat looks at.
const sniffLen = 4096

// DetectFormat tells what raw is, from its content first, then the
// declared content type, then the name's extension. name is a file name
// or URL and contentType an HTTP Content-Type; either may be empty.
// Anything not recognised is FormatText.
func DetectFormat(raw []byte, name, contentType string) article.Format {
	if f, ok := sniffFormat(raw); ok {
		return f
	}
	if mt, _, err := mime.ParseMediaType(contentType); err == nil {
		switch mt {
		case "application/rss+xml", "application/atom+xml", "application/rdf+xml",
			"application/feed+json", "application/json+feed":
			return article.FormatFeed
		case "text/html", "application/xhtml+xml":
			return article.FormatHTML
		case "text/markdown", "text/x-markdown":
			return article.FormatMarkdown
		}
	}
	switch nameExt(name) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return article.FormatHTML
	case ".rss", ".atom", ".xml", ".rdf":
		return article.FormatFeed
	case ".md", ".markdown", ".mdown":
		return article.FormatMarkdown
	}
	return article.FormatText
}

// nameExt returns the lower-case extension of a file name or of a URL's path.
func nameExt(name string) string {
	if u, err := url.Parse(name); err == nil && u.Scheme != "" && u.Host != "" {
		name = u.Path
	}
	return strings.ToLower(path.Ext(name))
}

var (
	reJSONFeed = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`"version"\s*:\s*"https?://jsonfeed\.org/`) })
	reFeedTag  = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<(rss|feed|rdf:rdf)[\s>]`) })
	reHTMLTag  = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`<(!doctype\s+html|html|head|body|article|p|div|h[1-6]|title|meta)[\s>/]`)
	})
)

// sniffFormat recognises a format from the first bytes of the input.
func sniffFormat(raw []byte) (article.Format, bool) {
	head := raw
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n")
	switch {
	case len(head) == 0:
		return article.FormatText, false
	case head[0] == '{':
		// Keys may come in any order: "version" can follow the items.
		if reJSONFeed().Match(head) || bytes.Contains(raw, []byte("jsonfeed.org/version")) && reJSONFeed().Match(raw) {
			return article.FormatFeed, true
		}
		return article.FormatText, false
	case head[0] == '<':
		low := bytes.ToLower(head)
		if reFeedTag().Match(low) {
			return article.FormatFeed, true
		}
		if reHTMLTag().Match(low) {
			return article.FormatHTML, true
		}
		return article.FormatText, false
	case bytes.HasPrefix(head, []byte("---\n")), bytes.HasPrefix(head, []byte("---\r\n")),
		bytes.HasPrefix(head, []byte("# ")):
		return article.FormatMarkdown, true
	}
	return article.FormatText, false
}

// articleExts are the extensions of files that may hold an article; a
// file without an extension may too.
var articleExts = map[string]bool{
	"": true, ".txt": true, ".text": true, ".md": true, ".markdown": true, ".mdown": true,
	".html": true, ".htm": true, ".xhtml": true, ".shtml": true,
	".rss": true, ".atom": true, ".xml": true, ".rdf": true, ".json": true,
}

// LooksLikeArticle reports whether a file met while walking a folder is
// worth importing: an article extension (or none), not binary, and, for
// JSON and XML, a feed or a page. Files named on the command line are
// imported whatever this says.
func LooksLikeArticle(raw []byte, name string) bool {
	e := nameExt(name)
	if !articleExts[e] {
		return false
	}
	if len(raw) == 0 || looksBinary(raw) && !hasUTF16BOM(raw) {
		return false
	}
	if e == ".json" || e == ".xml" || e == ".rdf" {
		f, ok := sniffFormat(raw)
		return ok && (f == article.FormatFeed || f == article.FormatHTML)
	}
	return true
}

// ArticleName reports whether a file's name has an article extension
// (or none), so that a folder walk can pass over images, archives and
// code without reading them.
func ArticleName(name string) bool { return articleExts[nameExt(name)] }

func hasUTF16BOM(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF})
}

var (
	reXMLDecl = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
	})
	reXMLEncoding = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(^\s*<\?xml[^>]*?encoding\s*=\s*["'])([A-Za-z0-9._:-]+)(["'])`)
	})
)

// Decode returns raw as UTF-8. Input that is valid UTF-8 is returned as
// it is (a UTF-8 byte-order mark is kept). Otherwise the charset comes
// from a UTF-16 byte-order mark, the Content-Type header, the XML
// declaration or an HTML <meta> tag, in that order; an XML declaration
// naming another encoding is rewritten to say UTF-8. When nothing is
// declared, or the declared charset is unknown or wrongly UTF-8, the
// input is read as Windows-1252 and the result comes with an error
// wrapping ErrCharsetGuessed, so a caller can keep the text and still
// tell the user.
func Decode(raw []byte, contentType string) ([]byte, error) {
	if hasUTF16BOM(raw) {
		out, err := transformAll(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), raw)
		if err != nil {
			return nil, fmt.Errorf("decode utf-16: %w", err)
		}
		return declareUTF8(out), nil
	}
	if utf8.Valid(raw) {
		return raw, nil
	}
	enc, name, declared := declaredEncoding(raw, contentType)
	var note error
	switch {
	case !declared:
		note = ErrCharsetGuessed
	case enc == nil:
		note = fmt.Errorf("unknown charset %q: %w", name, ErrCharsetGuessed)
	case strings.EqualFold(name, "utf-8"):
		note = fmt.Errorf("declared UTF-8 but is not: %w", ErrCharsetGuessed)
	}
	if note != nil {
		enc, name = charmap.Windows1252, "windows-1252"
	}
	out, err := transformAll(enc, raw)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", name, err)
	}
	return declareUTF8(out), note
}

// declareUTF8 rewrites the encoding an XML declaration names to UTF-8,
// for text just decoded to it.
func declareUTF8(out []byte) []byte {
	return reXMLEncoding().ReplaceAll(out, []byte("${1}UTF-8${3}"))
}

// declaredEncoding finds the charset raw declares. It returns a nil
// encoding with a non-empty name for a charset it does not know.
func declaredEncoding(raw []byte, contentType string) (encoding.Encoding, string, bool) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		return lookupCharset(params["charset"])
	}
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	if m := reXMLDecl().FindSubmatch(head); m != nil {
		return lookupCharset(string(m[1]))
	}
	// The HTML prescan of <meta charset> and <meta http-equiv>; with no
	// declaration it answers windows-1252 with certain false.
	if enc, name, certain := charset.DetermineEncoding(raw, "text/html"); certain || hasMetaCharset(raw) {
		return enc, name, true
	}
	return nil, "", false
}

var reMetaCharset = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)<meta[^>]+charset\s*=`) })

func hasMetaCharset(raw []byte) bool {
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	return reMetaCharset().Match(head)
}

func lookupCharset(label string) (encoding.Encoding, string, bool) {
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, label, true
	}
	return enc, name, true
}

func transformAll(enc encoding.Encoding, raw []byte) ([]byte, error) {
	out, _, err := transform.Bytes(enc.NewDecoder(), raw)
	if err != nil {
		return nil, err //nolint:wrapcheck // wrapped by the caller
	}
	return out, nil
}

// ParseAny parses raw whatever its format: a plain-text or Markdown
// article, an HTML page or a feed. name is the file name or URL the input
// came from (a URL also resolves a page's relative links), contentType
// the HTTP Content-Type when fetched. A feed returns its items as
// articles along with its metadata; anything else returns one article
// and a nil Feed.
//
// Input that is not UTF-8 is decoded first (see Decode). When its charset
// had to be guessed the articles are returned with an error wrapping
// ErrCharsetGuessed.
func ParseAny(raw []byte, name, contentType string) ([]*article.Article, *Feed, error) {
	if len(raw) > MaxArticleSize {
		return nil, nil, ErrTooLarge
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(raw, bom))) == 0 {
		return nil, nil, ErrEmpty
	}
	if looksBinary(raw) && !hasUTF16BOM(raw) {
		return nil, nil, ErrBinary
	}
	text, note := Decode(raw, contentType)
	if note != nil && !errors.Is(note, ErrCharsetGuessed) {
		return nil, nil, note
	}
	if err := CheckText(text); err != nil {
		return nil, nil, err
	}
	pageURL := ""
	if u, err := url.Parse(name); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		pageURL = name
	}
	var (
		arts []*article.Article
		feed *Feed
		err  error
	)
	switch DetectFormat(text, name, contentType) {
	case article.FormatFeed:
		feed, arts, err = ParseFeed(text, pageURL)
	case article.FormatHTML:
		var a *article.Article
		if a, err = ParseHTML(text, pageURL); err == nil {
			arts = []*article.Article{a}
		}
	default:
		var a *article.Article
		if a, err = Parse(text, name); err == nil {
			if pageURL != "" && a.URL == "" {
				a.URL = pageURL
			}
			arts = []*article.Article{a}
		}
	}
	if err != nil {
		return nil, nil, err
	}
	return arts, feed, note
}

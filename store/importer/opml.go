package importer

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer/fetch"
	"golang.org/x/net/html/charset"
)

// opml is an OPML 1.0/2.0 document, as far as feed lists need.
type opml struct {
	XMLName xml.Name `xml:"opml"`
	Version string   `xml:"version,attr"`
	Head    struct {
		Title       string `xml:"title,omitempty"`
		DateCreated string `xml:"dateCreated,omitempty"`
	} `xml:"head"`
	Body struct {
		Outlines []outline `xml:"outline"`
	} `xml:"body"`
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr,omitempty"`
	Type     string    `xml:"type,attr,omitempty"`
	XMLURL   string    `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string    `xml:"htmlUrl,attr,omitempty"`
	Outlines []outline `xml:"outline"`
}

// ImportOPML subscribes to every feed an OPML document lists (outlines
// with an xmlUrl, nested folders included). It does not fetch them: run
// Refresh next. In the Summary, Imported counts feeds added, Duplicates
// feeds already subscribed, and Failed outlines that could not be added.
// The error is for a document that is not OPML.
func (im *Importer) ImportOPML(ctx context.Context, raw []byte) (Summary, error) {
	var sum Summary
	var doc opml
	dec := xml.NewDecoder(bytes.NewReader(raw))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		return sum, fmt.Errorf("opml: %w", err)
	}
	var walk func(os []outline)
	walk = func(os []outline) {
		for _, o := range os {
			if ctx.Err() != nil {
				sum.Canceled = true
				return
			}
			if u := strings.TrimSpace(o.XMLURL); u != "" {
				im.addOPMLFeed(ctx, u, firstNonEmpty(o.Title, o.Text), &sum)
			}
			walk(o.Outlines)
		}
	}
	walk(doc.Body.Outlines)
	return sum, nil
}

func (im *Importer) addOPMLFeed(ctx context.Context, u, title string, sum *Summary) {
	if !fetch.IsURL(u) {
		sum.Failed = append(sum.Failed, Failure{u, "not an http or https URL"})
		return
	}
	_, err := im.Store.AddFeed(ctx, store.Feed{URL: u, Title: strings.TrimSpace(title)})
	switch {
	case errors.Is(err, store.ErrExists):
		sum.Duplicates++
	case err != nil:
		sum.Failed = append(sum.Failed, Failure{u, reason(err)})
	default:
		sum.Imported++
	}
}

// ExportOPML writes the feeds as an OPML 2.0 document.
func ExportOPML(feeds []store.Feed) []byte {
	var doc opml
	doc.Version = "2.0"
	doc.Head.Title = "byline subscriptions"
	doc.Head.DateCreated = time.Now().UTC().Format(time.RFC1123Z)
	for _, f := range feeds {
		text := f.Title
		if text == "" {
			text = f.URL
		}
		doc.Body.Outlines = append(doc.Body.Outlines, outline{Text: text, Title: f.Title, Type: "rss", XMLURL: f.URL})
	}
	out, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		// Only strings go in: marshalling cannot fail.
		panic(fmt.Sprintf("opml: %v", err))
	}
	return append(append([]byte(xml.Header), out...), '\n')
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

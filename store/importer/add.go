package importer

import (
	"context"
	"fmt"
	"strings"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store/importer/fetch"
)

// Add is what the reader's a key does with an address: a feed (or a page
// announcing none, read as an article) is told by its content. A feed is
// subscribed to and its items imported; anything else is imported as
// Import imports a URL. It returns a line saying what was done.
func (im *Importer) Add(ctx context.Context, url string) (string, error) {
	url = strings.TrimSpace(url)
	if !fetch.IsURL(url) {
		return "", fmt.Errorf("%q is not an http(s) address", url)
	}
	res, err := im.client().Get(ctx, url, fetch.Validators{})
	if err != nil {
		return "", err //nolint:wrapcheck // fetch errors name the URL
	}
	if reader.DetectFormat(res.Body, res.URL, res.ContentType) == reader.FormatFeed {
		f, sum, err := im.Subscribe(ctx, url)
		if err != nil {
			return "", err
		}
		name := f.Title
		if name == "" {
			name = f.URL
		}
		return fmt.Sprintf("subscribed to %s: %s", name, firstLine(sum.Text())), nil
	}
	sum := im.Import(ctx, []string{url}, nil)
	if len(sum.Failed) > 0 {
		return "", fmt.Errorf("%s", sum.Failed[0].Reason)
	}
	return "imported " + url + ": " + firstLine(sum.Text()), nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(s)
}

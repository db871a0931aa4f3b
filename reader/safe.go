package reader

import (
	"strings"
	"unicode/utf8"

	"github.com/byline/byline/reader/textsafe"
)

// MaxTitle is the longest title an article keeps, in characters: a title
// line longer than that is cut (with an ellipsis), the whole line staying
// in the body.
const MaxTitle = 300

// sanitize removes from the text of a what a terminal would act on
// (control characters and escape sequences, see package textsafe), so
// that nothing stored or analysed carries them. The body's bytes are
// blanked rather than removed, so that every offset into it (the blocks'
// spans here, and the file offsets `byline analyze` reports) stays as
// parsed.
func sanitize(a *Article) *Article {
	if a == nil {
		return nil
	}
	a.Body = textsafe.Blank(a.Body)
	a.Title = capTitle(textsafe.Line(a.Title))
	a.Source = textsafe.Line(a.Source)
	a.URL = textsafe.Line(a.URL)
	for i, n := range a.Authors {
		a.Authors[i] = textsafe.Line(n)
	}
	for i := range a.Blocks {
		a.Blocks[i].Credit = textsafe.Line(a.Blocks[i].Credit)
		a.Blocks[i].URL = textsafe.Line(a.Blocks[i].URL)
	}
	return a
}

// sanitizeFeed cleans what a feed says about itself, as sanitize does.
func sanitizeFeed(f *Feed) *Feed {
	if f == nil {
		return nil
	}
	f.Title = capTitle(textsafe.Line(f.Title))
	f.Link = textsafe.Line(f.Link)
	f.URL = textsafe.Line(f.URL)
	f.Description = textsafe.Clean(f.Description)
	f.Kind = textsafe.Line(f.Kind)
	return f
}

// capTitle cuts t to MaxTitle characters, ending it with an ellipsis.
func capTitle(t string) string {
	if utf8.RuneCountInString(t) <= MaxTitle {
		return t
	}
	n := 0
	for i := range t {
		if n == MaxTitle-1 {
			return strings.TrimSpace(t[:i]) + "…"
		}
		n++
	}
	return t
}

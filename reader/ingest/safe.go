package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/byline/byline/reader/textsafe"

	"github.com/byline/byline/reader/article"
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
func sanitize(a *article.Article) *article.Article {
	if a == nil {
		return nil
	}
	a.Body = textsafe.Blank(a.Body)
	a.Title = capTitle(field(a.Title))
	a.Source = field(a.Source)
	a.URL = field(a.URL)
	a.GUID = field(a.GUID)
	for i, n := range a.Authors {
		a.Authors[i] = field(n)
	}
	for i := range a.Blocks {
		a.Blocks[i].Credit = field(a.Blocks[i].Credit)
		a.Blocks[i].URL = field(a.Blocks[i].URL)
		for k := range a.Blocks[i].Links {
			a.Blocks[i].Links[k].URL = field(a.Blocks[i].Links[k].URL)
		}
	}
	return a
}

// collapse makes the one-line fields of a single-spaced (where blanked
// escape sequences left runs of spaces).
func collapse(a *article.Article) {
	a.Title = textsafe.Line(a.Title)
	a.Source = textsafe.Line(a.Source)
	for i, n := range a.Authors {
		a.Authors[i] = textsafe.Line(n)
	}
}

// field returns a one-line field cleaned (textsafe.Line) when it holds
// anything to clean, and as it is otherwise.
func field(s string) string {
	if textsafe.Safe(s) {
		return s
	}
	return textsafe.Line(s)
}

// sanitizeFeed cleans what a feed says about itself, as sanitize does.
func sanitizeFeed(f *Feed) *Feed {
	if f == nil {
		return nil
	}
	f.Title = capTitle(field(f.Title))
	f.Link = field(f.Link)
	f.URL = field(f.URL)
	f.Description = textsafe.Clean(f.Description)
	f.Kind = field(f.Kind)
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

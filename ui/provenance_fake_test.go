package ui

import (
	"cmp"
	"context"
	"slices"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// Appearances implements Store by comparing every stored direct
// quote with text.
func (f *fakeStore) Appearances(_ context.Context, text string) ([]store.Appearance, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []store.Appearance
	for id, s := range f.articles {
		if s.Analysis == nil {
			continue
		}
		for i, q := range s.Analysis.Quotes {
			if q.Kind != reader.Direct {
				continue
			}
			words := q.Words(s.Article.Body)
			ok, same := store.SameWords(text, words)
			if !ok {
				continue
			}
			a := store.Appearance{ArticleID: id, Title: s.Title, Source: s.Source, URL: s.URL, Date: s.Date,
				Dated: !s.Date.IsZero(), Text: words, Index: i, Span: q.Span, Same: same}
			if q.Speaker >= 0 && q.Speaker < len(s.Analysis.Speakers) {
				a.Speaker = s.Analysis.Speakers[q.Speaker].Name
			}
			out = append(out, a)
		}
	}
	slices.SortFunc(out, func(a, b store.Appearance) int {
		if c := a.Date.Compare(b.Date); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Index, b.Index))
	})
	return out, nil
}

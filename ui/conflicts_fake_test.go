package ui

import (
	"cmp"
	"context"
	"slices"
	"time"

	"github.com/byline/byline/store"
)

// FiguresNear implements store.Store over the fake's articles.
func (f *fakeStore) FiguresNear(_ context.Context, id int64, window time.Duration) ([]store.FigureSource, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	self, ok := f.articles[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	if self.Date.IsZero() {
		return nil, nil
	}
	var out []store.FigureSource
	for oid, s := range f.articles {
		if oid == id || s.Analysis == nil || s.Date.IsZero() || len(s.Analysis.Figures) == 0 {
			continue
		}
		if d := s.Date.Sub(self.Date); d > window || d < -window {
			continue
		}
		out = append(out, store.FigureSource{Summary: s.Summary, Figures: s.Analysis.Figures})
	}
	slices.SortFunc(out, func(a, b store.FigureSource) int {
		return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ID, b.ID))
	})
	return out, nil
}

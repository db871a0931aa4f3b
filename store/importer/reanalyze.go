package importer

import (
	"context"
	"fmt"
	"slices"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/samples"
	"github.com/byline/byline/store"
)

// Current re-analyses an article being opened whose stored analysis an
// older byline made (a millisecond or so), and stores the new one, so that
// the reader never shows an analysis the background pass has not reached.
func Current(ctx context.Context, st interface {
	SetAnalysis(ctx context.Context, id int64, an *reader.Analysis) error
}, s *store.Stored) (*store.Stored, error) {
	if s.Analysis != nil && s.Analysis.Version >= reader.AnalyzerVersion {
		return s, nil
	}
	an := reader.Analyze(&s.Article)
	if err := st.SetAnalysis(ctx, s.ID, an); err != nil {
		return nil, err
	}
	c := *s
	c.Analysis = an
	return &c, nil
}

// Reanalyze redoes the analysis of the articles whose stored analysis is
// older than version, newest first, at most limit of them (0: all), and
// returns how many it redid.
func Reanalyze(ctx context.Context, st AnalysisStore, version, limit int) (int, error) {
	ids, err := st.Stale(ctx, version)
	if err != nil {
		return 0, err
	}
	slices.Reverse(ids) // IDs grow with import order: newest first
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	n := 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		s, err := st.Get(ctx, id)
		if err != nil {
			return n, err
		}
		if err := st.SetAnalysis(ctx, id, reader.Analyze(&s.Article)); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// SeedSamples fills an empty store with the bundled sample articles.
func SeedSamples(ctx context.Context, st SampleStore) error {
	n, err := st.Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	files, err := samples.Files()
	if err != nil {
		return fmt.Errorf("bundled samples: %w", err)
	}
	for _, f := range files {
		a, err := reader.Parse(f.Data, f.Name)
		if err != nil {
			return fmt.Errorf("bundled sample %s: %w", f.Name, err)
		}
		if _, _, err := st.Put(ctx, a, reader.Analyze(a)); err != nil {
			return err
		}
	}
	return nil
}

package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// testFiguresNear checks FiguresNear: the other analysed articles dated
// within the window come back with their figures, earliest first; an
// article out of the window, an undated one and one without an analysis
// do not; an undated article has no neighbours; an analysis set later is
// seen.
func testFiguresNear(t *testing.T, s store.Store) {
	ctx := context.Background()
	const week = 7 * 24 * time.Hour
	text := func(n string) string { return "The ferry operator carried " + n + " passengers on Monday." }
	analysed := func(a *reader.Article) *reader.Analysis { return reader.Analyze(a) }

	a := Article("Ferry figures", "https://example.com/f/a", day(10), text("175"))
	b := Article("Ferry figures again", "https://example.com/f/b", day(14), text("172"))
	c := Article("Ferry figures later", "https://example.com/f/c", day(30), text("170"))
	d := Article("Ferry figures undated", "https://example.com/f/d", time.Time{}, text("171"))
	e := Article("Ferry figures unanalysed", "https://example.com/f/e", day(9), text("173"))
	aID := put(t, s, a, analysed(a))
	bID := put(t, s, b, analysed(b))
	put(t, s, c, analysed(c))
	dID := put(t, s, d, analysed(d))
	eID := put(t, s, e, nil)

	ids := func(id int64) []int64 {
		t.Helper()
		fs, err := s.FiguresNear(ctx, id, week)
		if err != nil {
			t.Fatalf("FiguresNear(%d): %v", id, err)
		}
		var out []int64
		for _, f := range fs {
			if len(f.Figures) == 0 || f.Title == "" || f.Date.IsZero() {
				t.Errorf("FiguresNear(%d): source %+v lacks figures, title or date", id, f.Summary)
			}
			out = append(out, f.ID)
		}
		return out
	}
	if got := ids(aID); !slices.Equal(got, []int64{bID}) {
		t.Errorf("FiguresNear(a) = %v, want [%d]", got, bID)
	}
	fs, _ := s.FiguresNear(ctx, aID, week)
	if len(fs) == 1 && (len(fs[0].Figures) != 1 || fs[0].Figures[0].Value != 172 || fs[0].Source != "Test News") {
		t.Errorf("FiguresNear(a): figures %+v from %q, want the 172 passengers from Test News", fs[0].Figures, fs[0].Source)
	}
	if got := ids(dID); len(got) != 0 {
		t.Errorf("FiguresNear(undated) = %v, want none", got)
	}
	if _, err := s.FiguresNear(ctx, 1<<40, week); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FiguresNear(unknown) error %v, want ErrNotFound", err)
	}
	// e gains an analysis: it is now a neighbour of a, and first (day 9).
	if err := s.SetAnalysis(ctx, eID, analysed(e)); err != nil {
		t.Fatal(err)
	}
	if got := ids(aID); !slices.Equal(got, []int64{eID, bID}) {
		t.Errorf("FiguresNear(a) after SetAnalysis = %v, want [%d %d]", got, eID, bID)
	}
	// A narrower window leaves b (4 days away) out.
	if fs, err := s.FiguresNear(ctx, aID, 2*24*time.Hour); err != nil || len(fs) != 1 || fs[0].ID != eID {
		t.Errorf("FiguresNear(a, 2 days) = %+v, %v, want only %d", fs, err, eID)
	}
}

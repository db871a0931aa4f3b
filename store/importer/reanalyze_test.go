package importer

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

const staleSample = "../../reader/testdata/bbc-trump-zelensky-call.txt"

// openTestStore opens a new SQLite store in a temporary folder.
func openTestStore(t *testing.T) store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "lib.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// putStale stores the sample article with an analysis an older byline
// made, which found nothing, under the given URL (one article per URL).
func putStale(t *testing.T, st store.Store, url string) int64 {
	t.Helper()
	raw, err := os.ReadFile(staleSample)
	if err != nil {
		t.Fatal(err)
	}
	a, err := reader.Parse(raw, staleSample)
	if err != nil {
		t.Fatal(err)
	}
	a.URL = url
	a.Title += " " + url
	old := &reader.Analysis{Version: reader.AnalyzerVersion - 1}
	id, _, err := st.Put(context.Background(), a, old)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestSeedSamplesOnlyWhenEmpty(t *testing.T) {
	st := openTestStore(t)
	ctx := context.Background()
	if err := SeedSamples(ctx, st); err != nil {
		t.Fatal(err)
	}
	n, err := st.Count(ctx)
	if err != nil || n < 7 {
		t.Fatalf("seeded %d articles (%v)", n, err)
	}
	if err := SeedSamples(ctx, st); err != nil {
		t.Fatal(err)
	}
	if m, _ := st.Count(ctx); m != n {
		t.Errorf("seeding a filled store changed it: %d → %d", n, m)
	}
}

func TestCurrentReanalysesStale(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t)
	id := putStale(t, st, "")
	s, err := st.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Current(ctx, st, s)
	if err != nil || c.Analysis.Version != reader.AnalyzerVersion || len(c.Analysis.Quotes) == 0 {
		t.Fatalf("current: %v, analysis %+v", err, c)
	}
	if again, _ := st.Get(ctx, id); again.Analysis.Version != reader.AnalyzerVersion {
		t.Errorf("the new analysis was not stored (version %d)", again.Analysis.Version)
	}
	if same, err := Current(ctx, st, c); err != nil || same != c {
		t.Errorf("an up-to-date article was analysed again")
	}
}

func TestReanalyzeNewestFirstUpToLimit(t *testing.T) {
	ctx := context.Background()
	st := openTestStore(t)
	older := putStale(t, st, "https://example.org/1")
	newer := putStale(t, st, "https://example.org/2")
	if older == newer {
		t.Fatalf("both articles stored as %d", older)
	}
	n, err := Reanalyze(ctx, st, reader.AnalyzerVersion, 1)
	if err != nil || n != 1 {
		t.Fatalf("Reanalyze with limit 1: %d, %v", n, err)
	}
	if s, _ := st.Get(ctx, newer); s.Analysis.Version != reader.AnalyzerVersion {
		t.Errorf("the newest article was not re-analysed first")
	}
	if s, _ := st.Get(ctx, older); s.Analysis.Version == reader.AnalyzerVersion {
		t.Errorf("the limit was not kept: the older article was re-analysed too")
	}
	n, err = Reanalyze(ctx, st, reader.AnalyzerVersion, 0)
	if err != nil || n != 1 {
		t.Fatalf("Reanalyze of the rest: %d, %v", n, err)
	}
	if n, err := Reanalyze(ctx, st, reader.AnalyzerVersion, 0); err != nil || n != 0 {
		t.Errorf("nothing stale left, yet Reanalyze redid %d (%v)", n, err)
	}
}

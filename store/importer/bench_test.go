package importer

import (
	"context"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/internal/cputime"
)

// bbcCorpus is the BBC news corpus beside the project (not shipped with
// it: its texts may not be redistributed).
const bbcCorpus = "../../../shared/corpus/bbc"

// BenchmarkImportBBC imports and analyses the corpus's 2,225 articles
// into a fresh SQLite store, full-text index included. Its articles/s
// metric is the figure the README quotes.
func BenchmarkImportBBC(b *testing.B) {
	if _, err := os.Stat(bbcCorpus); err != nil {
		b.Skip("BBC corpus not present:", err)
	}
	// As byline import runs: see bulkGCPercent in main.go.
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	ctx := context.Background()
	total := 0
	var cpu time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		st, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := cputime.Now()
		sum := (&Importer{Store: st}).Import(ctx, []string{bbcCorpus}, nil)
		// Closing is part of the import: it finishes what the log holds.
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		cpu += cputime.Now() - start
		b.StopTimer()
		if len(sum.Failed) > 0 {
			b.Fatalf("%d failed, first %v", len(sum.Failed), sum.Failed[0])
		}
		total += sum.Imported + sum.Duplicates
		b.StartTimer()
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "articles/s")
	// The CPU time it took, a steadier figure than wall time on a machine
	// shared with other work: on two idle cores articles/s approaches
	// twice this.
	b.ReportMetric(float64(total)/cpu.Seconds(), "articles/cpu-s")
}

package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/internal/cputime"
)

// BenchmarkImportBBCInto imports and analyses the corpus's 2,225 articles,
// as BenchmarkImportBBC does, into the library at $BYLINE_BENCH_LIBRARY
// (a copy: each run adds 2,225 articles), such as the store package's
// generated 1,000,000-article one (go test -run XXX -bench
// '^BenchmarkScaleImport$/^n=1000000$' -benchtime 1x ./store makes
// /tmp/byline-bench-1000000-v3-s*-a*-scratch.db). Each run's copy of the
// corpus ends every text with a line of its own, so that none is a
// duplicate of an earlier run's.
func BenchmarkImportBBCInto(b *testing.B) {
	lib := os.Getenv("BYLINE_BENCH_LIBRARY")
	if lib == "" {
		b.Skip("BYLINE_BENCH_LIBRARY is not set")
	}
	files, err := filepath.Glob(filepath.Join(bbcCorpus, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skip("BBC corpus not present")
	}
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	ctx := context.Background()
	st, err := store.Open(ctx, lib)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	total := 0
	var cpu, wall time.Duration
	var io cputime.IOCounts
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		run := time.Now().UnixNano()
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			out := filepath.Join(dir, filepath.Base(filepath.Dir(f))+"-"+filepath.Base(f))
			if err := os.WriteFile(out, fmt.Appendf(data, "\n\nRun %d.\n", run), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		b.StartTimer()
		start, startCPU, startIO := time.Now(), cputime.Now(), cputime.IO()
		sum := (&Importer{Store: st}).Import(ctx, []string{dir}, nil)
		wall += time.Since(start)
		cpu += cputime.Now() - startCPU
		d := cputime.IO().Sub(startIO)
		io = cputime.IOCounts{Reads: io.Reads + d.Reads, Writes: io.Writes + d.Writes, WrittenBytes: io.WrittenBytes + d.WrittenBytes}
		if len(sum.Failed) > 0 {
			b.Fatalf("%d failed, first %v", len(sum.Failed), sum.Failed[0])
		}
		total += sum.Imported
	}
	b.ReportMetric(float64(total)/wall.Seconds(), "articles/s")
	b.ReportMetric(float64(total)/cpu.Seconds(), "articles/cpu-s")
	// The system's work, steadier than CPU time on a busy host.
	b.ReportMetric(float64(io.Reads+io.Writes)/float64(total), "syscalls/article")
	b.ReportMetric(float64(io.WrittenBytes)/1024/float64(total), "written-KB/article")
}

package store

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/store/internal/cputime"
)

// scaleSizes are the generated libraries BenchmarkScale measures; a size's
// library is generated the first time a benchmark of that size runs (go
// test -run XXX -bench 'Scale/n=1000000/' ./store).
var scaleSizes = []int{1_000, 10_000, 100_000, million}

// BenchmarkScale measures, in generated libraries of 1,000 to 1,000,000
// articles, the first page of a search (50 hits with snippets and the
// number of matches up to 2,001) for a word in 0.1%, 10% and every
// article, the 10% one typed as a prefix, and two words; and the exact
// count of the 10% and every-article words.
func BenchmarkScale(b *testing.B) {
	ctx := context.Background()
	for _, n := range scaleSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			s := benchLibrary(b, n)
			for _, tc := range []struct{ name, query string }{
				{"rare", rareWord + " "},
				{"10pct", tenthWord + " "},
				{"every", everyWord + " "},
				{"10pct-prefix", tenthWord[:4]},
				{"two-terms", tenthWord + " " + everyWord + " "},
			} {
				b.Run("search-"+tc.name, func(b *testing.B) {
					hits, total, err := s.SearchPage(ctx, tc.query, 0, 50)
					if err != nil || len(hits) == 0 {
						b.Fatalf("SearchPage(%q) = %d, %v", tc.query, len(hits), err)
					}
					cpu := cputime.Now()
					for b.Loop() {
						if _, _, err := s.SearchPage(ctx, tc.query, 0, 50); err != nil {
							b.Fatal(err)
						}
					}
					reportCPU(b, cpu)
					b.ReportMetric(float64(total), "total")
				})
			}
			// The exact count, which the library asks for in the background.
			for _, tc := range []struct{ name, query string }{{"10pct", tenthWord + " "}, {"every", everyWord + " "}} {
				b.Run("count-"+tc.name, func(b *testing.B) {
					cpu := cputime.Now()
					for b.Loop() {
						if _, err := s.SearchCount(ctx, tc.query); err != nil {
							b.Fatal(err)
						}
					}
					reportCPU(b, cpu)
				})
			}
		})
	}
}

// BenchmarkScaleImport imports the BBC corpus's 2,225 articles, analysed
// and encoded beforehand as the importer's workers do, with PutMany into
// a copy of each generated library (made once, kept beside it as
// ...-scratch.db and grown by 2,225 articles a run: each run's articles
// have URLs of their own). It reports articles per second of wall and of
// CPU time: what a library's size adds to the writer's cost.
func BenchmarkScaleImport(b *testing.B) {
	items := loadBBC(b)
	for i := range items {
		if err := items[i].Encode(); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	for _, n := range scaleSizes {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			s := scratchLibrary(b, n)
			var total, cpu time.Duration
			var io cputime.IOCounts
			count := 0
			for b.Loop() {
				b.StopTimer()
				run := time.Now().UnixNano()
				batch := make([]Item, len(items))
				for i, it := range items {
					a := *it.Article
					a.URL = fmt.Sprintf("%s#%d", a.URL, run)
					batch[i] = Item{Article: &a, Analysis: it.Analysis}
					if err := batch[i].Encode(); err != nil {
						b.Fatal(err)
					}
				}
				b.StartTimer()
				start, startCPU, startIO := time.Now(), cputime.Now(), cputime.IO()
				res, err := s.PutMany(ctx, batch)
				total += time.Since(start)
				cpu += cputime.Now() - startCPU
				d := cputime.IO().Sub(startIO)
				io = cputime.IOCounts{Reads: io.Reads + d.Reads, Writes: io.Writes + d.Writes, WrittenBytes: io.WrittenBytes + d.WrittenBytes}
				if err != nil {
					b.Fatal(err)
				}
				for _, r := range res {
					if !r.Created {
						b.Fatalf("not created: %+v", r)
					}
				}
				count += len(batch)
			}
			b.ReportMetric(float64(count)/total.Seconds(), "articles/s")
			b.ReportMetric(float64(count)/cpu.Seconds(), "articles/cpu-s")
			// The system's work, steadier than CPU time on a busy host.
			b.ReportMetric(float64(io.Reads+io.Writes)/float64(count), "syscalls/article")
			b.ReportMetric(float64(io.WrittenBytes)/1024/float64(count), "written-KB/article")
		})
	}
}

// scratchLibrary opens a copy of the generated library of n articles (or
// of the library at $BYLINE_BENCH_LIBRARY), made the first time.
func scratchLibrary(b *testing.B, n int) *SQLite {
	b.Helper()
	from := os.Getenv("BYLINE_BENCH_LIBRARY")
	if from == "" {
		from = benchLibrary(b, n).Path()
	}
	path := strings.TrimSuffix(from, ".db") + "-scratch.db"
	if !fileExists(path) {
		b.Logf("copying %s to %s", from, path)
		if err := copyFile(from, path+".partial"); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(path+".partial", path); err != nil {
			b.Fatal(err)
		}
	}
	return openAt(b, path)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

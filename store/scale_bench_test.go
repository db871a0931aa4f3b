package store

import (
	"context"
	"fmt"
	"testing"
)

// scaleSizes are the generated libraries BenchmarkScale measures; a size's
// library is generated the first time a benchmark of that size runs (go
// test -run XXX -bench 'Scale/n=1000000/' ./store).
var scaleSizes = []int{1_000, 10_000, 100_000, million}

// BenchmarkScale measures, in generated libraries of 1,000 to 1,000,000
// articles, the first page of a search (50 hits with snippets and the
// number of matches) for a word in 0.1%, 10% and every article, and the
// same typed as a prefix.
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
					cpu := cpuTime()
					for b.Loop() {
						if _, _, err := s.SearchPage(ctx, tc.query, 0, 50); err != nil {
							b.Fatal(err)
						}
					}
					reportCPU(b, cpu)
					b.ReportMetric(float64(total), "total")
				})
			}
		})
	}
}

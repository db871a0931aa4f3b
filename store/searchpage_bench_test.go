package store

import (
	"context"
	"strings"
	"testing"

	"github.com/byline/byline/store/internal/cputime"
)

// BenchmarkSearchPage100k is the library's search as it now runs: the
// first 50 hits and the count of all matches, for Search100k's queries,
// with Search alongside (same run, same store) to compare.
func BenchmarkSearchPage100k(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	var common string
	if err := s.db.QueryRowContext(ctx, `SELECT title FROM articles WHERE id = 2`).Scan(&common); err != nil {
		b.Fatal(err)
	}
	common = strings.Fields(common)[0]
	for _, tc := range []struct{ name, query string }{
		{"10pct", "zelensky "},
		{"common-" + common, common + " "},
		{"prefix3-" + common[:3], common[:3]},
	} {
		b.Run(tc.name+"/Search", func(b *testing.B) {
			cpu := cputime.Now()
			for b.Loop() {
				if _, err := s.Search(ctx, tc.query, 50); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
		b.Run(tc.name+"/SearchPage", func(b *testing.B) {
			cpu := cputime.Now()
			for b.Loop() {
				if _, _, err := s.SearchPage(ctx, tc.query, 0, 50); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
		b.Run(tc.name+"/SearchPage-offset2000", func(b *testing.B) {
			cpu := cputime.Now()
			for b.Loop() {
				if _, _, err := s.SearchPage(ctx, tc.query, 2000, 50); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

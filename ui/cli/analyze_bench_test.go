package cli

import (
	"path/filepath"
	"testing"
)

// BenchmarkAnalyzeFileJSONL is byline analyze --format jsonl's work on
// one file, read to report, over the bundled articles.
func BenchmarkAnalyzeFileJSONL(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "reader", "samples", "articles", "*"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no bundled articles: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paths {
			if res := analyzeFile(p, "jsonl"); res.err != nil || res.failed != nil || len(res.out) == 0 {
				b.Fatalf("%s: %v %v", p, res.err, res.failed)
			}
		}
	}
}

package ingest

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseSamples parses the bundled articles (plain text and
// Markdown), as byline analyze and import parse each file.
func BenchmarkParseSamples(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("..", "samples", "articles", "*"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no bundled articles: %v", err)
	}
	raws := make([][]byte, len(paths))
	for i, p := range paths {
		if raws[i], err = os.ReadFile(p); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, raw := range raws {
			if _, err := Parse(raw, paths[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

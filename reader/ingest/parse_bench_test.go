package ingest

import (
	"testing"

	"github.com/byline/byline/reader/samples"
)

// BenchmarkParseSamples parses the bundled articles (plain text and
// Markdown), as byline analyze and import parse each file.
func BenchmarkParseSamples(b *testing.B) {
	files, err := samples.Files()
	if err != nil || len(files) == 0 {
		b.Fatalf("no bundled articles: %v", err)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range files {
			if _, err := Parse(f.Data, f.Name); err != nil {
				b.Fatal(err)
			}
		}
	}
}

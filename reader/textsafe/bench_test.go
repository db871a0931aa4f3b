package textsafe

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkWriter writes the sample articles through a Writer, as byline
// prints analyses: text that needs no cleaning, ASCII with some UTF-8.
func BenchmarkWriter(b *testing.B) {
	paths, _ := filepath.Glob("../samples/articles/*")
	var text strings.Builder
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(raw)
	}
	p := []byte(Clean(text.String()))
	if len(p) == 0 {
		b.Skip("no sample articles")
	}
	w := Writer{W: io.Discard}
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		w.Write(p)
	}
}

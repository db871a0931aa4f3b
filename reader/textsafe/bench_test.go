package textsafe

import (
	"io"
	"strings"
	"testing"

	"github.com/byline/byline/reader/samples"
)

// BenchmarkWriter writes the sample articles through a Writer, as byline
// prints analyses: text that needs no cleaning, ASCII with some UTF-8.
func BenchmarkWriter(b *testing.B) {
	files, err := samples.Files()
	if err != nil {
		b.Fatal(err)
	}
	var text strings.Builder
	for _, f := range files {
		text.Write(f.Data)
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

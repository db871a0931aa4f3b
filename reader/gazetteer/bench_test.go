package gazetteer

import (
	"strings"
	"testing"

	"github.com/byline/byline/reader/samples"
)

// BenchmarkLookup looks up the capitalised words of reader's sample
// articles, and the runs of two and three of them, as reader does.
func BenchmarkLookup(b *testing.B) {
	files, err := samples.Files()
	if err != nil {
		b.Fatal(err)
	}
	var words []string
	for _, file := range files {
		f := strings.Fields(string(file.Data))
		for i, w := range f {
			if w[0] >= 'A' && w[0] <= 'Z' {
				words = append(words, strings.Trim(w, ".,;:'\"’”“"))
				if i+1 < len(f) {
					words = append(words, w+" "+strings.Trim(f[i+1], ".,;:'\"’”“"))
				}
			}
		}
	}
	if len(words) == 0 {
		b.Skip("no sample articles")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w := words[i%len(words)]
		Towns().Lookup(w)
		Towns().HasLonger(w)
		FirstNames().Lookup(w)
	}
}

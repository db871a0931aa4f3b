package gazetteer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkLookup looks up the capitalised words of reader's sample
// articles, and the runs of two and three of them, as reader does.
func BenchmarkLookup(b *testing.B) {
	paths, _ := filepath.Glob("../samples/articles/*")
	var words []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		f := strings.Fields(string(raw))
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

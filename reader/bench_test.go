package reader

import (
	"strings"
	"testing"
)

// BenchmarkAnalyze measures the whole analysis (quotes, speakers,
// entities, figures) of the ~700-word sample article and of a ~5,000-word
// article made by repeating its body paragraphs.
func BenchmarkAnalyze(b *testing.B) {
	sample := string(readSample(b))
	cut := strings.Index(sample, "US President")
	long := sample
	for len(strings.Fields(long)) < 5000 {
		long += "\n\n" + sample[cut:]
	}
	for _, bc := range []struct{ name, text string }{{"sample", sample}, {"5000words", long}} {
		a, err := Parse([]byte(bc.text), "bench.txt")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(a.Body)))
			for i := 0; i < b.N; i++ {
				Analyze(a)
			}
		})
	}
}

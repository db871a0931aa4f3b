package reader

import (
	"io/fs"
	"os"
	"path/filepath"
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

// bbcCorpus is the BBC news corpus beside the project (not shipped with
// it: its texts may not be redistributed).
const bbcCorpus = "../../shared/corpus/bbc"

// BenchmarkAnalyzeBBC parses and analyses the first 500 articles of the
// BBC corpus, the mix of lengths an import meets; it reports the time per
// article. It is skipped when the corpus is absent.
func BenchmarkAnalyzeBBC(b *testing.B) {
	var arts []*Article
	_ = filepath.WalkDir(bbcCorpus, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") || len(arts) == 500 {
			return nil
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		if a, err := Parse(raw, p); err == nil {
			arts = append(arts, a)
		}
		return nil
	})
	if len(arts) == 0 {
		b.Skip("BBC corpus not present:", bbcCorpus)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Analyze(a)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(arts)), "µs/article")
}

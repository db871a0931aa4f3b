package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store/internal/cputime"
)

// BenchmarkImportProvenance imports the BBC corpus with PutMany, each item
// encoded first as the importer does, into a new store with the
// provenance index's writes off and then on, in turn in every iteration
// (side by side on a noisy machine), and reports both rates and their
// ratio.
func BenchmarkImportProvenance(b *testing.B) {
	items := loadBBC(b)
	ctx := context.Background()
	defer func() { indexQuotes = true }()
	var wall, cpu [2]time.Duration
	for b.Loop() {
		for k, on := range []bool{false, true} {
			b.StopTimer()
			indexQuotes = on
			s, err := Open(ctx, filepath.Join(b.TempDir(), "bbc.db"))
			if err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			start, startCPU := time.Now(), cputime.Now()
			enc := make([]Item, len(items))
			for i, it := range items {
				it.row = nil
				if err := it.Encode(); err != nil {
					b.Fatal(err)
				}
				enc[i] = it
			}
			if _, err := s.PutMany(ctx, enc); err != nil {
				b.Fatal(err)
			}
			wall[k] += time.Since(start)
			cpu[k] += cputime.Now() - startCPU
			b.StopTimer()
			if err := s.Close(); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
	}
	n := float64(len(items) * b.N)
	b.ReportMetric(n/cpu[0].Seconds(), "without-articles/cpu-s")
	b.ReportMetric(n/cpu[1].Seconds(), "with-articles/cpu-s")
	b.ReportMetric(n/wall[0].Seconds(), "without-articles/s")
	b.ReportMetric(n/wall[1].Seconds(), "with-articles/s")
	b.ReportMetric(cpu[1].Seconds()/cpu[0].Seconds(), "cpu-ratio")
}

// provBig is the size of the library the provenance look-up is measured
// in, and provVersion names its cache file: bump it when the generator
// changes.
const (
	provBig     = 100_000
	provVersion = 1
)

// provStore opens a generated library of provBig articles of three to
// five direct quotes each (10 to 30 words drawn with a Zipf-like skew),
// one article in a hundred also quoting one of 50 quotes that go round;
// generated into os.TempDir() the first time and reused after. It returns
// the store and a quote that goes round.
func provStore(b *testing.B) (*SQLite, string) {
	b.Helper()
	r := rand.New(rand.NewPCG(3, 4))
	vocab := vocabulary(r, 5000)
	sentence := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			f := r.Float64()
			ws[i] = vocab[int(f*f*float64(len(vocab)))]
		}
		return strings.Join(ws, " ")
	}
	viral := make([]string, 50)
	for i := range viral {
		viral[i] = sentence(15)
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("byline-prov-%d-v%d-s%d.db", provBig, provVersion, schemaVersion(b)))
	if _, err := os.Stat(path); err != nil {
		b.Logf("generating %d articles with quotes into %s", provBig, path)
		start := time.Now()
		tmp := path + ".partial"
		for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
			_ = os.Remove(p)
		}
		s, err := Open(context.Background(), tmp)
		if err != nil {
			b.Fatal(err)
		}
		base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
		items := make([]Item, 0, 2000)
		for i := range provBig {
			var paras []string
			var qs []reader.Quote
			var body strings.Builder
			body.WriteString("Title")
			n := 3 + r.IntN(3)
			for k := range n {
				text := sentence(10 + r.IntN(21))
				if k == 0 && i%100 == 0 {
					text = viral[r.IntN(len(viral))]
				}
				p := `"` + text + `," said Gen Speaker.`
				paras = append(paras, p)
				start := body.Len() + 2
				body.WriteString("\n\n" + p)
				qs = append(qs, reader.Quote{Span: reader.Span{Start: start, End: start + len(text) + 3}, Kind: reader.Direct, Speaker: 0})
			}
			a := newArticle("Title", fmt.Sprintf("https://example.com/prov/%d", i), base.Add(time.Duration(i)*time.Hour), paras...)
			an := &reader.Analysis{Version: reader.AnalyzerVersion, Quotes: qs,
				Speakers: []reader.Speaker{{Name: "Gen Speaker", Quotes: len(qs)}}}
			items = append(items, Item{Article: a, Analysis: an})
			if len(items) == cap(items) || i == provBig-1 {
				if _, err := s.PutMany(context.Background(), items); err != nil {
					b.Fatal(err)
				}
				items = items[:0]
			}
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated in %v", time.Since(start).Round(time.Millisecond))
	}
	return openAt(b, path), viral[0]
}

// BenchmarkAppearances100k looks up one quote's appearances in a library of
// 100,000 articles: a quote that goes round (about 20 appearances), and
// the first eight words of it (a quote held in others).
func BenchmarkAppearances100k(b *testing.B) {
	s, viral := provStore(b)
	ctx := context.Background()
	for _, c := range []struct{ name, text string }{
		{"quote", viral},
		{"part", strings.Join(strings.Fields(viral)[:8], " ")},
		{"unknown", "nothing like this was ever said by anyone in the library at all"},
	} {
		b.Run(c.name, func(b *testing.B) {
			apps, err := s.Appearances(ctx, c.text)
			if err != nil {
				b.Fatal(err)
			}
			if c.name != "unknown" && len(apps) < 5 {
				b.Fatalf("%d appearances", len(apps))
			}
			start := cputime.Now()
			for b.Loop() {
				if _, err := s.Appearances(ctx, c.text); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, start)
			b.ReportMetric(float64(len(apps)), "appearances")
		})
	}
}

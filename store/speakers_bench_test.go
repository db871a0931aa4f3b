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
)

// The generated libraries of the generic benchmarks (bigStore) quote no
// one; speakerLibrary makes one that does: six quotes an article by
// 30,000 people drawn with a Zipf skew (a few quoted in many articles,
// most in a few), named in full, by surname alone, with a title or an
// initial, and some aliases and roles; 3,000 surnames, so that names
// collide. Hand-made analyses: no reader.Analyze, so it is quick to make.
const speakerLibVersion = 1

// speakerLibrary returns the path of the generated speakers library of n
// articles, making it the first time (100,000 in about a minute).
func speakerLibrary(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("byline-speakers-%d-v%d-s%d.db", n, speakerLibVersion, schemaVersion(b)))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".partial"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		_ = os.Remove(p)
	}
	ctx := context.Background()
	s, err := Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	r := rand.New(rand.NewPCG(5, 6))
	vocab := vocabulary(r, 6000)
	title := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	type person struct{ first, last string }
	people := make([]person, 30000)
	for i := range people {
		people[i] = person{title(vocab[3000+r.IntN(3000)]), title(vocab[r.IntN(3000)])}
	}
	zipf := rand.NewZipf(r, 1.1, 10, uint64(len(people)-1))
	var items []Item
	for i := range n {
		var paras []string
		for q := range 6 {
			paras = append(paras, fmt.Sprintf(`Someone said "quote %d of article %d" there.`, q, i))
		}
		a := newArticle(fmt.Sprintf("Article %d", i), fmt.Sprintf("https://example.com/speakers/%d", i),
			time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Minute), paras...)
		an := &reader.Analysis{Version: reader.AnalyzerVersion}
		for q := range 6 {
			p := people[zipf.Uint64()]
			name := p.first + " " + p.last
			switch r.IntN(10) {
			case 0, 1:
				name = p.last
			case 2:
				name = "Mr " + p.last
			case 3:
				name = "President " + name
			case 4:
				name = p.first[:1] + ". " + p.last
			}
			sp := reader.Speaker{Name: name, Kind: reader.Person, Quotes: 1}
			if r.IntN(5) == 0 {
				sp.Aliases = []string{p.last}
			}
			if r.IntN(4) == 0 {
				sp.Role = "minister"
			}
			text := fmt.Sprintf(`"quote %d of article %d"`, q, i)
			at := strings.Index(a.Body, text)
			an.Speakers = append(an.Speakers, sp)
			an.Quotes = append(an.Quotes, reader.Quote{Span: reader.Span{Start: at, End: at + len(text)}, Kind: reader.Direct, Speaker: q})
		}
		items = append(items, Item{Article: a, Analysis: an})
		if len(items) == 2000 || i == n-1 {
			if _, err := s.PutMany(ctx, items); err != nil {
				b.Fatal(err)
			}
			items = items[:0]
		}
	}
	if err := s.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d articles in %v (%.0f/s)", n, time.Since(start).Round(time.Millisecond), float64(n)/time.Since(start).Seconds())
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkSpeakersFirst is the speakers view's first screen, as at
// start: a new handle's first Speakers call (opening it is not timed),
// over the generated speakers library of 100,000 articles (and of
// 1,000,000 with BYLINE_BENCH_MILLION=1).
func BenchmarkSpeakersFirst(b *testing.B) {
	sizes := []int{100_000}
	if os.Getenv("BYLINE_BENCH_MILLION") != "" {
		sizes = append(sizes, 1_000_000)
	}
	for _, n := range sizes {
		b.Run(fmt.Sprint(n), func(b *testing.B) { benchSpeakersFirst(b, speakerLibrary(b, n)) })
	}
}

// benchSpeakersFirst times the first Speakers call of a new handle on the
// library at path.
func benchSpeakersFirst(b *testing.B, path string) {
	ctx := context.Background()
	n := 0
	var cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		// The first call after an upgrade groups every speaker once.
		if _, err := s.Speakers(ctx); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		if s, err = Open(ctx, path); err != nil {
			b.Fatal(err)
		}
		c := cpuTime()
		b.StartTimer()
		sp, err := s.Speakers(ctx)
		b.StopTimer()
		cpu += cpuTime() - c
		if err != nil || len(sp) == 0 {
			b.Fatalf("Speakers = %d, %v", len(sp), err)
		}
		n = len(sp)
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(n), "speakers")
}

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
	name := func(schema int) string {
		return filepath.Join(os.TempDir(), fmt.Sprintf("byline-speakers-%d-v%d-s%d.db", n, speakerLibVersion, schema))
	}
	path := name(schemaVersion(b))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	// A library of an older schema is migrated and renamed, as
	// benchLibrary does: the 1,000,000 one takes most of an hour to make.
	for v := schemaVersion(b) - 1; v > 0; v-- {
		if old := name(v); fileExists(old) {
			b.Logf("migrating %s to schema %d", old, schemaVersion(b))
			if err := adopt(old, path); err != nil {
				b.Fatal(err)
			}
			return path
		}
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
	g := newSpeakerGen(5)
	for i := 0; i < n; i += 2000 {
		if _, err := s.PutMany(ctx, g.items(i, min(2000, n-i))); err != nil {
			b.Fatal(err)
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

// speakerGen makes the articles of the speakers library.
type speakerGen struct {
	r      *rand.Rand
	people [][2]string // first name, surname
	zipf   *rand.Zipf
}

func newSpeakerGen(seed uint64) *speakerGen {
	r := rand.New(rand.NewPCG(seed, seed+1))
	vocab := vocabulary(r, 6000)
	title := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	g := &speakerGen{r: r, people: make([][2]string, 30000)}
	for i := range g.people {
		g.people[i] = [2]string{title(vocab[3000+r.IntN(3000)]), title(vocab[r.IntN(3000)])}
	}
	g.zipf = rand.NewZipf(r, 1.1, 10, uint64(len(g.people)-1))
	return g
}

// items makes n articles, numbered from first.
func (g *speakerGen) items(first, n int) []Item {
	r := g.r
	var items []Item
	for i := first; i < first+n; i++ {
		var paras []string
		for q := range 6 {
			paras = append(paras, fmt.Sprintf(`Someone said "quote %d of article %d" there.`, q, i))
		}
		a := newArticle(fmt.Sprintf("Article %d", i), fmt.Sprintf("https://example.com/speakers/%d", i),
			time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Minute), paras...)
		an := &reader.Analysis{Version: reader.AnalyzerVersion}
		for q := range 6 {
			p := g.people[g.zipf.Uint64()]
			name := p[0] + " " + p[1]
			switch r.IntN(10) {
			case 0, 1:
				name = p[1]
			case 2:
				name = "Mr " + p[1]
			case 3:
				name = "President " + name
			case 4:
				name = p[0][:1] + ". " + p[1]
			}
			sp := reader.Speaker{Name: name, Kind: reader.Person, Quotes: 1}
			if r.IntN(5) == 0 {
				sp.Aliases = []string{p[1]}
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
	}
	return items
}

// BenchmarkSpeakersImport is PutMany of 5,000 more articles of the
// speakers library, 256 a call as the importer writes them, into a copy
// of the 100,000 (the copy is not timed); view-after-ms is the speakers
// view right after.
func BenchmarkSpeakersImport(b *testing.B) {
	src := speakerLibrary(b, 100_000)
	items := newSpeakerGen(9).items(100_000, 5000)
	ctx := context.Background()
	var total, after time.Duration
	for b.Loop() {
		b.StopTimer()
		dst := filepath.Join(b.TempDir(), "copy.db")
		data, err := os.ReadFile(src)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o600); err != nil {
			b.Fatal(err)
		}
		data = nil
		s, err := Open(ctx, dst)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Speakers(ctx); err != nil { // groups all once after an upgrade
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for i := 0; i < len(items); i += 256 { // as the importer, 256 a call
			res, err := s.PutMany(ctx, items[i:min(i+256, len(items))])
			if err != nil || !res[len(res)-1].Created {
				b.Fatalf("PutMany: %v", err)
			}
		}
		total += time.Since(start)
		b.StopTimer()
		// The speakers view right after: what the import left stale.
		start = time.Now()
		if _, err := s.Speakers(ctx); err != nil {
			b.Fatal(err)
		}
		after += time.Since(start)
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(len(items)*b.N)/total.Seconds(), "articles/s")
	b.ReportMetric(float64(after.Milliseconds())/float64(b.N), "view-after-ms")
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
		c := cputime.Now()
		b.StartTimer()
		sp, err := s.Speakers(ctx)
		b.StopTimer()
		cpu += cputime.Now() - c
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

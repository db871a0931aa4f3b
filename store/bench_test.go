package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/byline/byline/reader"
)

// bbcDir holds the BBC News corpus (2,225 articles) in ../shared beside
// the checkout, as in every other package; it is not in the repository,
// and the benchmark that reads it skips when it is absent.
const bbcDir = "../../shared/corpus/bbc"

// loadBBC reads the corpus as Articles: the first line is the title, the
// rest the body, one paragraph block per paragraph, each with the analysis
// reader.Analyze makes of it, as an import stores it.
func loadBBC(b *testing.B) []Item {
	b.Helper()
	files, err := filepath.Glob(filepath.Join(bbcDir, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("BBC corpus not found at %s", bbcDir)
	}
	items := make([]Item, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a := textArticle(string(data))
		a.URL = "file://" + f
		items = append(items, Item{Article: a, Analysis: reader.Analyze(a)})
	}
	return items
}

// textArticle makes an Article of a title line and blank-line-separated
// paragraphs.
func textArticle(text string) *reader.Article {
	title, _, _ := strings.Cut(text, "\n")
	a := &reader.Article{Title: strings.TrimSpace(title), Body: text, Source: "BBC News", Format: reader.FormatText}
	a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockTitle, Span: reader.Span{Start: 0, End: len(title)}})
	off := len(title)
	for off < len(text) {
		for off < len(text) && text[off] == '\n' {
			off++
		}
		end := strings.Index(text[off:], "\n\n")
		if end < 0 {
			end = len(text) - off
		}
		if p := strings.TrimRight(text[off:off+end], "\n "); p != "" {
			a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: off, End: off + len(p)}})
		}
		off += end
	}
	return a
}

// BenchmarkImportBBC imports the 2,225 BBC articles into a new store with
// PutMany, full-text index included, and reports articles per second.
// PutMany/encoded has the items encoded beforehand, as the importer does
// on its workers: what is left is the writer's own work.
func BenchmarkImportBBC(b *testing.B) {
	items := loadBBC(b)
	encoded := make([]Item, len(items))
	for i, it := range items {
		if err := it.Encode(); err != nil {
			b.Fatal(err)
		}
		encoded[i] = it
	}
	ctx := context.Background()
	putMany := func(items []Item) func(b *testing.B) {
		return func(b *testing.B) {
			benchWrites(b, len(items), func(s *SQLite) error {
				res, err := s.PutMany(ctx, items)
				if err != nil {
					return err
				}
				created := 0
				for _, r := range res {
					if r.Created {
						created++
					}
				}
				if created != len(items) {
					return fmt.Errorf("created %d of %d", created, len(items))
				}
				return nil
			})
		}
	}
	b.Run("PutMany", putMany(items))
	b.Run("PutMany/encoded", putMany(encoded))
	b.Run("Put", func(b *testing.B) { // one transaction per article, for comparison
		benchWrites(b, len(items), func(s *SQLite) error {
			for _, it := range items {
				if _, _, err := s.Put(ctx, it.Article, it.Analysis); err != nil {
					return err
				}
			}
			return nil
		})
	})
}

// benchWrites runs write, which stores n articles, on a new store each
// iteration, and reports articles per second of wall and of CPU time.
func benchWrites(b *testing.B, n int, write func(*SQLite) error) {
	ctx := context.Background()
	var total, cpu time.Duration
	for b.Loop() {
		b.StopTimer()
		s, err := Open(ctx, filepath.Join(b.TempDir(), "bbc.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start, startCPU := time.Now(), cpuTime()
		err = write(s)
		total += time.Since(start)
		cpu += cpuTime() - startCPU
		b.StopTimer()
		if err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/total.Seconds(), "articles/s")
	// CPU time is steadier than wall time on a shared machine.
	b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "articles/cpu-s")
}

// cpuTime returns the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start, a steadier
// figure than wall time on a machine shared with other work.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// big is the size of the generated library, and bigVersion names its
// cache file with the schema's and the analyser's versions: bump it when
// the generator changes. (Made by an older analyser, the library would be
// re-analysed in the background by every reader the benchmarks start.)
const (
	big        = 100_000
	bigVersion = 2
)

// bigStore opens the generated 100,000-article library, generating it into
// os.TempDir() the first time (about a minute) and reusing it after.
func bigStore(b *testing.B) *SQLite {
	b.Helper()
	// bigLibrary in ui/cli/main_test.go and exec_bench_test.go looks for this name.
	path := filepath.Join(os.TempDir(), fmt.Sprintf("byline-bench-%d-v%d-s%d-a%d.db", big, bigVersion, schemaVersion(b), reader.AnalyzerVersion))
	if _, err := os.Stat(path); err != nil {
		b.Logf("generating %d articles into %s", big, path)
		start := time.Now()
		if err := generate(path); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated in %v", time.Since(start).Round(time.Millisecond))
	}
	return openAt(b, path)
}

func schemaVersion(b *testing.B) int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		b.Fatal(err)
	}
	return ms[len(ms)-1].Version
}

// generate writes the big library to a temporary file and renames it into
// place when it is complete, so an interrupted run leaves no partial cache.
func generate(path string) error {
	tmp := path + ".partial"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm"} {
		if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
			return err
		}
	}
	ctx := context.Background()
	s, err := Open(ctx, tmp)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(1, 2))
	vocab := vocabulary(r, 5000)
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	const batch = 2000
	items := make([]Item, 0, batch)
	for i := 0; i < big; i++ {
		items = append(items, generatedItem(r, vocab, i, base))
		if len(items) == batch || i == big-1 {
			if _, err := s.PutMany(ctx, items); err != nil {
				return fmt.Errorf("generate: %w", err)
			}
			items = items[:0]
		}
	}
	if err := s.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// vocabulary makes n pronounceable made-up words.
func vocabulary(r *rand.Rand, n int) []string {
	cons, vow := "bcdfghjklmnprstvwz", "aeiou"
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteByte(cons[r.IntN(len(cons))])
			w.WriteByte(vow[r.IntN(len(vow))])
		}
		if s := w.String(); !seen[s] && s != "zelensky" {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// generatedItem makes article i: about 300 words in five paragraphs, words
// drawn with a Zipf-like skew; every tenth article mentions "zelensky". It
// is analysed, as an import would, so that byline finds nothing stale.
func generatedItem(r *rand.Rand, vocab []string, i int, base time.Time) Item {
	word := func() string {
		// Squaring skews the draw towards the first words of vocab.
		f := r.Float64()
		return vocab[int(f*f*float64(len(vocab)))]
	}
	var title []string
	for range 6 {
		title = append(title, word())
	}
	if i%10 == 0 {
		title[2] = "Zelensky"
	}
	var paras []string
	for p := range 5 {
		var ws []string
		for range 60 {
			ws = append(ws, word())
		}
		if i%10 == 0 && p == 2 {
			ws[10] = "Zelensky"
		}
		paras = append(paras, strings.Join(ws, " ")+".")
	}
	date := base.Add(time.Duration(r.Int64N(int64(5 * 365 * 24 * time.Hour))))
	a := newArticle(strings.Join(title, " "), fmt.Sprintf("https://example.com/gen/%d", i), date, paras...)
	a.Authors = []string{"Gen Writer"}
	return Item{Article: a, Analysis: reader.Analyze(a)}
}

// BenchmarkList100k is the library's first page of 50 in a store of
// 100,000 articles.
func BenchmarkList100k(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	for _, tc := range []struct {
		name string
		opt  ListOptions
	}{
		{"first-page", ListOptions{Limit: 50}},
		{"unread", ListOptions{Limit: 50, UnreadOnly: true}},
		{"page-1000", ListOptions{Limit: 50, Offset: 50_000}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				l, err := s.List(ctx, tc.opt)
				if err != nil || len(l) != 50 {
					b.Fatalf("List = %d, %v", len(l), err)
				}
			}
			reportCPU(b, cpu)
		})
	}
}

// BenchmarkOpen100k is what the library's first frame needs from the store:
// open the file, count the articles and read the first page.
func BenchmarkOpen100k(b *testing.B) {
	path := bigStore(b).Path()
	ctx := context.Background()
	cpu := cpuTime()
	for b.Loop() {
		s, err := Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.Count(ctx); err != nil {
			b.Fatal(err)
		}
		if l, err := s.List(ctx, ListOptions{Limit: 50}); err != nil || len(l) != 50 {
			b.Fatalf("List = %d, %v", len(l), err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// BenchmarkSearch100k is a top-50 full-text search in a store of 100,000
// articles, for a term in 10% of them, the same typed as a prefix, two
// terms, a common word, and a three-letter prefix (the shortest matched as
// a prefix).
func BenchmarkSearch100k(b *testing.B) {
	s := bigStore(b)
	ctx := context.Background()
	var common string
	if err := s.db.QueryRowContext(ctx, `SELECT title FROM articles WHERE id = 2`).Scan(&common); err != nil {
		b.Fatal(err)
	}
	common = strings.Fields(common)[0]
	for _, tc := range []struct{ name, query string }{
		{"10pct", "zelensky "},
		{"10pct-prefix", "zelens"},
		{"two-terms", "zelensky " + common + " "},
		{"common-" + common, common + " "},
		{"prefix3-" + common[:3], common[:3]},
	} {
		b.Run(tc.name, func(b *testing.B) {
			hits, err := s.Search(ctx, tc.query, 50)
			if err != nil || len(hits) == 0 {
				b.Fatalf("Search(%q) = %d, %v", tc.query, len(hits), err)
			}
			var n int
			if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?`,
				MatchQuery(tc.query)).Scan(&n); err != nil {
				b.Fatal(err)
			}
			cpu := cpuTime()
			for b.Loop() {
				if _, err := s.Search(ctx, tc.query, 50); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, cpu)
			b.ReportMetric(float64(n)/big*100, "%matched")
		})
	}
}

// BenchmarkSpeakers10k lists the speakers of a 10,000-article library with
// six quotes an article, by 3,000 people named in full or by surname, and
// one speaker's quotes.
func BenchmarkSpeakers10k(b *testing.B) {
	s := openTest(b)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(3, 4))
	vocab := vocabulary(r, 4000)
	people := make([][2]string, 3000)
	for i := range people {
		people[i] = [2]string{strings.ToUpper(vocab[i][:1]) + vocab[i][1:], strings.ToUpper(vocab[3999-i%1000][:1]) + vocab[3999-i%1000][1:]}
	}
	var items []Item
	for i := range 10_000 {
		var paras []string
		for q := range 6 {
			paras = append(paras, fmt.Sprintf(`Someone said "quote %d of article %d" there.`, q, i))
		}
		a := newArticle(fmt.Sprintf("Article %d", i), "", time.Time{}, paras...)
		an := &reader.Analysis{Version: 1}
		for q := range 6 {
			p := people[r.IntN(len(people))]
			name := p[0] + " " + p[1]
			if r.IntN(4) == 0 {
				name = p[1]
			}
			text := fmt.Sprintf(`"quote %d of article %d"`, q, i)
			at := strings.Index(a.Body, text)
			an.Speakers = append(an.Speakers, reader.Speaker{Name: name, Quotes: 1})
			an.Quotes = append(an.Quotes, reader.Quote{Span: reader.Span{Start: at, End: at + len(text)}, Speaker: q})
		}
		items = append(items, Item{Article: a, Analysis: an})
	}
	if _, err := s.PutMany(ctx, items); err != nil {
		b.Fatal(err)
	}
	for _, cold := range []bool{true, false} {
		name := "Speakers-cached"
		if cold {
			name = "Speakers-cold" // as after every write
		}
		b.Run(name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if cold {
					s.speakers.Lock()
					s.speakers.valid = false
					s.speakers.Unlock()
				}
				sp, err := s.Speakers(ctx)
				if err != nil || len(sp) < 1000 {
					b.Fatalf("Speakers = %d, %v", len(sp), err)
				}
			}
			reportCPU(b, cpu)
		})
	}
	b.Run("QuotesBy", func(b *testing.B) {
		cpu := cpuTime()
		name := people[7][0] + " " + people[7][1]
		for b.Loop() {
			if _, err := s.QuotesBy(ctx, name); err != nil {
				b.Fatal(err)
			}
		}
		reportCPU(b, cpu)
	})
}

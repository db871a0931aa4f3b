package postgres

import (
	"context"
	_ "embed"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/storetest"
)

// The benchmarks compare PostgreSQL with SQLite side by side: each
// iteration times one call on each store, alternately, so that a noisy
// host slows both alike. They need BYLINE_TEST_POSTGRES, and the 100k ones
// the SQLite store's generated library (go test -bench 100k ./store makes
// it in os.TempDir()); the PostgreSQL copy is made from it once and kept in
// the schema bench100k_v1 of the test database.

// sqliteBig opens the SQLite store's cached 100,000-article library.
func sqliteBig(b *testing.B) *store.SQLite {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join(os.TempDir(), "byline-bench-100000-v*-s*-a*.db"))
	if len(paths) == 0 {
		b.Skip("no generated 100k SQLite library in " + os.TempDir() + ": run go test -run XXX -bench List100k ./store first")
	}
	slices.SortFunc(paths, func(x, y string) int {
		fx, _ := os.Stat(x)
		fy, _ := os.Stat(y)
		return fy.ModTime().Compare(fx.ModTime())
	})
	s, err := store.Open(context.Background(), paths[0])
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	return s
}

// pgBig opens the PostgreSQL copy of the SQLite library, copying it the
// first time (logging the import rate as it goes).
func pgBig(b *testing.B, from *store.SQLite) *Store {
	b.Helper()
	ctx := context.Background()
	dsn := withSearchPath(b, testDSN(b), "bench100k_v1")
	conn, err := pgx.Connect(ctx, testDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS bench100k_v1`); err != nil {
		b.Fatal(err)
	}
	s, err := Open(ctx, dsn, "bench")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	want, err := from.Count(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if n, err := s.Count(ctx); err != nil || n == want {
		return s
	}
	b.Logf("copying %d articles from %s into PostgreSQL", want, from.Path())
	list, err := from.List(ctx, store.ListOptions{})
	if err != nil {
		b.Fatal(err)
	}
	slices.Reverse(list) // oldest first, as they were written
	const batch = 2000
	start, last := time.Now(), time.Now()
	var putTime time.Duration
	for i := 0; i < len(list); i += batch {
		var items []store.Item
		for _, sum := range list[i:min(i+batch, len(list))] {
			st, err := from.Get(ctx, sum.ID)
			if err != nil {
				b.Fatal(err)
			}
			items = append(items, store.Item{Article: &st.Article, Analysis: st.Analysis})
		}
		t0 := time.Now()
		if _, err := s.PutMany(ctx, items); err != nil {
			b.Fatal(err)
		}
		putTime += time.Since(t0)
		if (i/batch)%10 == 9 {
			b.Logf("%d articles: the last %d written at %.0f/s", i+len(items), 10*batch,
				float64(10*batch)/putTime.Seconds())
			putTime = 0
			last = time.Now()
		}
	}
	_ = last
	b.Logf("copied in %v", time.Since(start).Round(time.Second))
	if _, err := s.pool.Exec(ctx, `ANALYZE`); err != nil {
		b.Fatal(err)
	}
	return s
}

// sideBySide times f on each store alternately and reports each one's
// milliseconds per call.
func sideBySide(b *testing.B, pg, lite func() error) {
	var tpg, tlite time.Duration
	for b.Loop() {
		t0 := time.Now()
		if err := pg(); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if err := lite(); err != nil {
			b.Fatal(err)
		}
		tpg, tlite = tpg+t1.Sub(t0), tlite+time.Since(t1)
	}
	b.ReportMetric(float64(tpg.Microseconds())/1000/float64(b.N), "pg-ms/op")
	b.ReportMetric(float64(tlite.Microseconds())/1000/float64(b.N), "sqlite-ms/op")
}

// BenchmarkSearch100k is a 50-hit search with snippets over 100,000
// articles on both stores, for a word in 10% of them, the same as a
// prefix, two words, a common word and a three-letter prefix.
func BenchmarkSearch100k(b *testing.B) {
	lite := sqliteBig(b)
	pg := pgBig(b, lite)
	ctx := context.Background()
	st, err := lite.Get(ctx, 2)
	if err != nil {
		b.Fatal(err)
	}
	common := strings.ToLower(strings.Fields(st.Title)[0])
	for _, tc := range []struct{ name, query string }{
		{"10pct", "zelensky "},
		{"10pct-prefix", "zelens"},
		{"two-terms", "zelensky " + common + " "},
		{"common-" + common, common + " "},
		{"prefix3-" + common[:3], common[:3]},
	} {
		b.Run(tc.name, func(b *testing.B) {
			q, args := tsquery(tc.query, 1)
			var n int
			if err := pg.pool.QueryRow(ctx, `SELECT count(*) FROM article_search WHERE tsv @@ (`+q+`)`, args...).Scan(&n); err != nil {
				b.Fatal(err)
			}
			search := func(s store.Store) func() error {
				return func() error {
					hits, err := s.Search(ctx, tc.query, 50)
					if err == nil && len(hits) != 50 {
						err = fmt.Errorf("Search(%q) = %d hits, want 50", tc.query, len(hits))
					}
					return err
				}
			}
			sideBySide(b, search(pg), search(lite))
			b.ReportMetric(float64(n)/1000, "k-matched")
		})
	}
}

// BenchmarkFirstPage100k is what the library's first frame asks of the
// store: the count and the first page of 50.
func BenchmarkFirstPage100k(b *testing.B) {
	lite := sqliteBig(b)
	pg := pgBig(b, lite)
	ctx := context.Background()
	first := func(s store.Store) func() error {
		return func() error {
			if _, err := s.Count(ctx); err != nil {
				return err
			}
			l, err := s.List(ctx, store.ListOptions{Limit: 50})
			if err == nil && len(l) != 50 {
				err = fmt.Errorf("List = %d", len(l))
			}
			return err
		}
	}
	sideBySide(b, first(pg), first(lite))
}

// speakerLibrary is 10,000 articles with six quotes each by 3,000 people
// named in full or by surname alone (as the SQLite store's
// BenchmarkSpeakers10k makes them).
func speakerLibrary(b *testing.B) []store.Item {
	r := rand.New(rand.NewPCG(3, 4))
	syll := func() string {
		cons, vow := "bcdfghjklmnprstvwz", "aeiou"
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteByte(cons[r.IntN(len(cons))])
			w.WriteByte(vow[r.IntN(len(vow))])
		}
		s := w.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	people := make([][2]string, 3000)
	surnames := make([]string, 1000)
	for i := range surnames {
		surnames[i] = syll()
	}
	for i := range people {
		people[i] = [2]string{syll(), surnames[i%1000]}
	}
	var items []store.Item
	for i := range 10_000 {
		var paras []string
		for q := range 6 {
			paras = append(paras, fmt.Sprintf(`Someone said "quote %d of article %d" there.`, q, i))
		}
		a := storetest.Article(fmt.Sprintf("Article %d", i), fmt.Sprintf("https://example.com/sp/%d", i), time.Time{}, paras...)
		an := &reader.Analysis{Version: 1}
		for q := range 6 {
			p := people[r.IntN(len(people))]
			name := p[0] + " " + p[1]
			if r.IntN(4) == 0 {
				name = p[1]
			}
			text := fmt.Sprintf(`"quote %d of article %d"`, q, i)
			at := strings.Index(a.Body, text)
			sp := reader.Speaker{Name: name, Quotes: 1}
			if (i+q)%3 == 0 { // a third of the quotes give a role (not drawn from r: the library stays the same)
				sp.Role = []string{"Minister", "Senator", "Chief Executive", "spokesperson"}[(7*i+q)%4]
			}
			an.Speakers = append(an.Speakers, sp)
			an.Quotes = append(an.Quotes, reader.Quote{Span: reader.Span{Start: at, End: at + len(text)}, Speaker: q})
		}
		items = append(items, store.Item{Article: a, Analysis: an})
	}
	return items
}

// BenchmarkSpeakers10k lists the speakers of the same 10,000-article
// library on both stores, cold (as after a write), and reports the import
// of that library into each: PostgreSQL maintains its speaker index as it
// writes, SQLite recomputes the list from every quote.
func BenchmarkSpeakers10k(b *testing.B) {
	ctx := context.Background()
	pg, _ := openTest(b, "bench")
	lite, err := store.Open(ctx, filepath.Join(b.TempDir(), "sp.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer lite.Close()
	items := speakerLibrary(b)
	t0 := time.Now()
	if _, err := pg.PutMany(ctx, items); err != nil {
		b.Fatal(err)
	}
	t1 := time.Now()
	if _, err := lite.PutMany(ctx, items); err != nil {
		b.Fatal(err)
	}
	b.Logf("imported 10,000 articles: PostgreSQL %.0f/s, SQLite %.0f/s",
		10_000/t1.Sub(t0).Seconds(), 10_000/time.Since(t1).Seconds())
	a, err := pg.Speakers(ctx)
	if err != nil {
		b.Fatal(err)
	}
	c, err := lite.Speakers(ctx)
	if err != nil {
		b.Fatal(err)
	}
	if len(a) != len(c) || a[0].Name != c[0].Name || a[0].Quotes != c[0].Quotes {
		b.Fatalf("the stores disagree: %d speakers (first %+v) against %d (first %+v)", len(a), a[0], len(c), c[0])
	}
	// A write between lists, so that neither store serves its cache.
	extra := storetest.Article("Extra", "", time.Time{}, `"Extra words," said Ann Other.`)
	an := storetest.Analysis(b, extra, []storetest.Said{{Speaker: "Ann Other", Text: "Extra words"}})
	toggle := func(s store.Store) error {
		id, created, err := s.Put(ctx, extra, an)
		if err == nil && !created {
			err = s.Delete(ctx, id)
		}
		return err
	}
	b.Run("cold", func(b *testing.B) {
		// Only the list is timed, not the write before it.
		var tpg, tlite time.Duration
		for b.Loop() {
			for _, s := range []store.Store{pg, lite} {
				if err := toggle(s); err != nil {
					b.Fatal(err)
				}
				t0 := time.Now()
				sp, err := s.Speakers(ctx)
				if err != nil || len(sp) < 1000 {
					b.Fatalf("Speakers = %d, %v", len(sp), err)
				}
				if s == store.Store(pg) {
					tpg += time.Since(t0)
				} else {
					tlite += time.Since(t0)
				}
			}
		}
		b.ReportMetric(float64(tpg.Microseconds())/1000/float64(b.N), "pg-ms/op")
		b.ReportMetric(float64(tlite.Microseconds())/1000/float64(b.N), "sqlite-ms/op")
	})
	b.Run("QuotesBy", func(b *testing.B) {
		name := a[7].Name
		by := func(s store.Store) func() error {
			return func() error {
				_, err := s.QuotesBy(ctx, name)
				return err
			}
		}
		sideBySide(b, by(pg), by(lite))
	})
}

// BenchmarkImport10k writes the 10,000 articles of speakerLibrary into an
// empty PostgreSQL store with one importer, and with two importers at once
// (each its own connection pool, as two processes) writing half each,
// in batches of 500 (an import's batches), and reports articles/s.
func BenchmarkImport10k(b *testing.B) {
	ctx := context.Background()
	items := speakerLibrary(b)
	for _, importers := range []int{1, 2} {
		b.Run(fmt.Sprintf("importers-%d", importers), func(b *testing.B) {
			var total time.Duration
			for b.Loop() {
				s, dsn := openTest(b, "bench")
				stores := []*Store{s}
				for range importers - 1 {
					o, err := Open(ctx, dsn, "bench")
					if err != nil {
						b.Fatal(err)
					}
					defer o.Close()
					stores = append(stores, o)
				}
				t0 := time.Now()
				errs := make(chan error, importers)
				for k, st := range stores {
					go func() {
						part := items[k*len(items)/importers : (k+1)*len(items)/importers]
						for i := 0; i < len(part); i += 500 {
							if _, err := st.PutMany(ctx, part[i:min(i+500, len(part))]); err != nil {
								errs <- err
								return
							}
						}
						errs <- nil
					}()
				}
				for range stores {
					if err := <-errs; err != nil {
						b.Fatal(err)
					}
				}
				total += time.Since(t0)
				if n, err := s.Count(ctx); err != nil || n != len(items) {
					b.Fatalf("Count = %d, %v", n, err)
				}
			}
			b.ReportMetric(float64(len(items)*b.N)/total.Seconds(), "articles/s")
		})
	}
}

//go:embed testdata/generate.sql
var generateSQL string

// pgMillion opens the schema bench1m_v1 of the test database, a library of
// 1,000,000 articles generated by the server (testdata/generate.sql, no
// analyses), generating it the first time when BYLINE_BENCH_1M is set
// (about half an hour on a 2-core machine, 8 GB).
func pgMillion(b *testing.B) *Store {
	if os.Getenv("BYLINE_BENCH_1M") == "" {
		return pgGenerated(b, 1_000_000, "bench1m_v1",
			"no 1,000,000-article PostgreSQL library: set BYLINE_BENCH_1M=1 to generate it (about half an hour)")
	}
	return pgGenerated(b, 1_000_000, "bench1m_v1", "")
}

// pgGenerated opens the schema of the test database holding a library of
// n articles generated by the server (testdata/generate.sql), generating
// it the first time unless skip says why not (then the benchmark skips).
func pgGenerated(b *testing.B, n int64, schema, skip string) *Store {
	b.Helper()
	ctx := context.Background()
	dsn := withSearchPath(b, testDSN(b), schema)
	conn, err := pgx.Connect(ctx, testDSN(b))
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+schema); err != nil {
		b.Fatal(err)
	}
	s, err := Open(ctx, dsn, "bench")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	var have int64
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(id), 0) FROM articles`).Scan(&have); err != nil {
		b.Fatal(err)
	}
	if have >= n {
		return s
	}
	if skip != "" {
		b.Skip(skip)
	}
	// The GIN index is built once at the end, not row by row.
	if _, err := s.pool.Exec(ctx, `DROP INDEX IF EXISTS article_search_tsv`); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	const chunk = 50_000
	for lo := have + 1; lo <= n; lo += chunk {
		hi := min(lo+chunk, n+1)
		if _, err := s.pool.Exec(ctx, generateSQL, lo, hi); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %d articles in %v", hi-1, time.Since(start).Round(time.Second))
	}
	if _, err := s.pool.Exec(ctx, `SET maintenance_work_mem = '512MB'; CREATE INDEX article_search_tsv ON article_search USING gin(tsv)`); err != nil {
		b.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `VACUUM ANALYZE`); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated and indexed in %v", time.Since(start).Round(time.Second))
	return s
}

// BenchmarkSearch1M is a 50-hit search with snippets over 1,000,000
// articles on PostgreSQL, for words in 0.1%, 10% and 100% of them, and the
// first page of the library.
func BenchmarkSearch1M(b *testing.B) {
	s := pgMillion(b)
	ctx := context.Background()
	for _, tc := range []struct{ name, query string }{
		{"0.1pct", "quirkle "},
		{"10pct", "zelensky "},
		{"10pct-prefix", "zelens"},
		{"100pct", "the "},
		{"two-terms", "zelensky the "},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var tot time.Duration
			for b.Loop() {
				t0 := time.Now()
				hits, err := s.Search(ctx, tc.query, 50)
				if err != nil || len(hits) != 50 {
					b.Fatalf("Search(%q) = %d, %v", tc.query, len(hits), err)
				}
				tot += time.Since(t0)
			}
			b.ReportMetric(float64(tot.Microseconds())/1000/float64(b.N), "pg-ms/op")
		})
	}
	b.Run("first-page", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Count(ctx); err != nil {
				b.Fatal(err)
			}
			if l, err := s.List(ctx, store.ListOptions{Limit: 50}); err != nil || len(l) != 50 {
				b.Fatalf("List = %d, %v", len(l), err)
			}
		}
	})
	// Importing 10,000 analysed articles (60,000 quotes) into the
	// library, in batches of 500, with one importer and with two at once;
	// they are deleted again after each run.
	items := speakerLibrary(b)
	for _, importers := range []int{1, 2} {
		b.Run(fmt.Sprintf("import-10k-importers-%d", importers), func(b *testing.B) {
			var total time.Duration
			for b.Loop() {
				t0 := time.Now()
				errs := make(chan error, importers)
				for k := range importers {
					go func() {
						part := items[k*len(items)/importers : (k+1)*len(items)/importers]
						for i := 0; i < len(part); i += 500 {
							if _, err := s.PutMany(ctx, part[i:min(i+500, len(part))]); err != nil {
								errs <- err
								return
							}
						}
						errs <- nil
					}()
				}
				for range importers {
					if err := <-errs; err != nil {
						b.Fatal(err)
					}
				}
				total += time.Since(t0)
				if _, err := s.pool.Exec(ctx, `DELETE FROM articles WHERE url LIKE 'https://example.com/sp/%'`); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(items)*b.N)/total.Seconds(), "articles/s")
		})
	}
}

// BenchmarkSearchGen100k is BenchmarkSearch1M's searches over a library
// of 100,000 generated articles (schema bench100k_gen_v1, generated the
// first time: about two minutes), the first page of 50 with snippets and
// the count, by main's SearchPage (mainsearch_test.go) and this one,
// alternately.
func BenchmarkSearchGen100k(b *testing.B) {
	s := pgGenerated(b, 100_000, "bench100k_gen_v1", "")
	ctx := context.Background()
	for _, tc := range []struct {
		name, query string
		offset      int
	}{
		{"0.1pct", "quirkle ", 0},
		{"10pct", "zelensky ", 0},
		{"10pct-prefix", "zelens", 0},
		{"100pct", "the ", 0},
		{"two-terms", "zelensky the ", 0},
		{"10pct-past-window", "zelensky ", 2000}, // the page after the 2,000 newest
		{"100pct-past-window", "the ", 2000},
	} {
		b.Run(tc.name, func(b *testing.B) {
			page := func(f func(context.Context, string, int, int) ([]store.Hit, int, error)) func() error {
				return func() error {
					hits, n, err := f(ctx, tc.query, tc.offset, 50)
					if err == nil && (len(hits) != 50 || n < 50) {
						err = fmt.Errorf("SearchPage(%q) = %d hits of %d", tc.query, len(hits), n)
					}
					return err
				}
			}
			var tmain, tnew time.Duration
			for b.Loop() {
				t0 := time.Now()
				if err := page(s.mainSearchPage)(); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if err := page(s.SearchPage)(); err != nil {
					b.Fatal(err)
				}
				tmain, tnew = tmain+t1.Sub(t0), tnew+time.Since(t1)
			}
			b.ReportMetric(float64(tmain.Microseconds())/1000/float64(b.N), "main-ms/op")
			b.ReportMetric(float64(tnew.Microseconds())/1000/float64(b.N), "new-ms/op")
		})
	}
	// The exact count, which the library pane asks in the background.
	for _, tc := range []struct {
		name, query string
		want        int
	}{{"count-10pct", "zelensky ", 10_000}, {"count-100pct", "the ", 100_000}} {
		b.Run(tc.name, func(b *testing.B) {
			count := func(f func(context.Context, string) (int, error)) func() error {
				return func() error {
					n, err := f(ctx, tc.query)
					if err == nil && n != tc.want {
						err = fmt.Errorf("SearchCount(%q) = %d, want %d", tc.query, n, tc.want)
					}
					return err
				}
			}
			var tmain, tnew time.Duration
			for b.Loop() {
				t0 := time.Now()
				if err := count(s.mainSearchCount)(); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if err := count(s.SearchCount)(); err != nil {
					b.Fatal(err)
				}
				tmain, tnew = tmain+t1.Sub(t0), tnew+time.Since(t1)
			}
			b.ReportMetric(float64(tmain.Microseconds())/1000/float64(b.N), "main-ms/op")
			b.ReportMetric(float64(tnew.Microseconds())/1000/float64(b.N), "new-ms/op")
		})
	}
}

package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/reader"
)

// checkIntegrity checks the database file, the full-text index against the
// articles, and that every article's quotes are all there.
func checkIntegrity(t testing.TB, s *SQLite) {
	t.Helper()
	ctx := context.Background()
	var res string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check = %q, %v", res, err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("full-text index does not match the articles: %v", err)
	}
	var bad int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles AS a
		WHERE a.quote_count <> (SELECT coalesce(sum(n), 0) FROM speaker_quotes AS q WHERE q.article_id = a.id)`).Scan(&bad); err != nil || bad != 0 {
		t.Errorf("%d articles with missing or extra quotes (%v)", bad, err)
	}
	var docs, arts int
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM articles_fts_docsize), (SELECT count(*) FROM articles)`).
		Scan(&docs, &arts); err != nil || docs != arts {
		t.Errorf("%d indexed documents for %d articles (%v)", docs, arts, err)
	}
}

// quoted returns an article with one quote, numbered n.
func quoted(t testing.TB, n int) (*reader.Article, *reader.Analysis) {
	a := newArticle(fmt.Sprintf("Story %d", n), fmt.Sprintf("https://example.com/%d", n), day(1+n%28),
		fmt.Sprintf(`Speaker %d said "statement number %d" today.`, n%7, n))
	an := newAnalysis(t, a, []said{{fmt.Sprintf("Speaker Person%d", n%7), fmt.Sprintf(`"statement number %d"`, n), reader.Direct}})
	return a, an
}

func TestPutFailsMidway(t *testing.T) {
	for _, stage := range []string{"article", "quotes", "indexed"} {
		t.Run(stage, func(t *testing.T) {
			s := openTest(t)
			ctx := context.Background()
			boom := errors.New("boom")
			s.hook = func(at string) error {
				if at == stage {
					return boom
				}
				return nil
			}
			a, an := quoted(t, 1)
			if _, _, err := s.Put(ctx, a, an); !errors.Is(err, boom) {
				t.Fatalf("Put err = %v, want boom", err)
			}
			items := []Item{{Article: a, Analysis: an}}
			for i := 2; i < 5; i++ {
				a, an := quoted(t, i)
				items = append(items, Item{Article: a, Analysis: an})
			}
			res, err := s.PutMany(ctx, items)
			if !errors.Is(err, boom) || len(res) != len(items) || !errors.Is(res[3].Err, boom) || res[3].Created {
				t.Fatalf("PutMany = %+v, %v; want boom for every item", res, err)
			}
			var n int
			for _, table := range []string{"articles", "speaker_quotes", "speaker_aliases", "articles_fts_docsize"} {
				if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil || n != 0 {
					t.Errorf("%s has %d rows after failed writes (%v), want 0", table, n, err)
				}
			}
			s.hook = nil
			id, created, err := s.Put(ctx, a, an)
			if err != nil || !created {
				t.Fatalf("Put after the failure = %d, %v, %v", id, created, err)
			}
			checkIntegrity(t, s)
		})
	}
}

func TestPutCancelled(t *testing.T) {
	s := openTest(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	a, an := quoted(t, 1)
	if _, _, err := s.Put(ctx, a, an); err == nil {
		t.Fatal("Put with a cancelled context succeeded")
	}
	if res, err := s.PutMany(ctx, []Item{{Article: a, Analysis: an}}); err == nil || res[0].Err == nil {
		t.Fatalf("PutMany with a cancelled context = %+v, %v", res, err)
	}
	if n, err := s.Count(context.Background()); err != nil || n != 0 {
		t.Errorf("Count = %d, %v; want 0", n, err)
	}
}

func TestPutMany(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	first, firstAn := quoted(t, 0)
	existing := mustPut(t, s, first, firstAn)
	var items []Item
	n := DefaultBatch + 40 // two batches
	for i := 1; i <= n; i++ {
		a, an := quoted(t, i)
		items = append(items, Item{Article: a, Analysis: an})
	}
	items = append(items,
		Item{Article: first},            // duplicate of a stored one
		Item{},                          // no article
		Item{Article: items[3].Article}, // duplicate inside the call
		Item{Article: newArticle("No URL", "", time.Time{}, "Plain.")},
		Item{Article: newArticle("no   url", "", time.Time{}, "PLAIN.")}, // its duplicate by text
	)
	res, err := s.PutMany(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != len(items) {
		t.Fatalf("%d results for %d items", len(res), len(items))
	}
	for i := 0; i < n; i++ {
		if !res[i].Created || res[i].Err != nil || res[i].ID == 0 {
			t.Fatalf("item %d: %+v, want created", i, res[i])
		}
	}
	if r := res[n]; r.Created || r.ID != existing || r.Err != nil {
		t.Errorf("stored duplicate: %+v, want ID %d not created", r, existing)
	}
	if r := res[n+1]; r.Err == nil || r.Created {
		t.Errorf("nil article: %+v, want an error", r)
	}
	if r := res[n+2]; r.Created || r.ID != res[3].ID {
		t.Errorf("duplicate within the call: %+v, want ID %d", r, res[3].ID)
	}
	if r := res[n+4]; r.Created || r.ID != res[n+3].ID || !res[n+3].Created {
		t.Errorf("duplicate by text: %+v and %+v", res[n+3], r)
	}
	if c, _ := s.Count(ctx); c != n+2 {
		t.Errorf("Count = %d, want %d", c, n+2)
	}
	hits, err := s.Search(ctx, fmt.Sprintf(`"statement number %d"`, n), 5)
	if err != nil || len(hits) != 1 || hits[0].ID != res[n-1].ID {
		t.Errorf("Search for the last imported = %v, %v", hits, err)
	}
	got, err := s.Get(ctx, res[10].ID)
	if err != nil || got.Analysis == nil || len(got.Analysis.Quotes) != 1 || got.Quotes != 1 {
		t.Errorf("Get(imported) = %+v, %v", got, err)
	}
	checkIntegrity(t, s)
}

func TestTwoHandlesWriting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	s1, s2 := openAt(t, path), openAt(t, path)
	ctx := context.Background()
	const each = 60
	var wg sync.WaitGroup
	errs := make(chan error, 4*each)
	for h, s := range []*SQLite{s1, s2} {
		wg.Add(1)
		go func() { // single Puts, reading in between
			defer wg.Done()
			for i := 0; i < each; i++ {
				a, an := quoted(t, h*10000+i)
				if _, created, err := s.Put(ctx, a, an); err != nil || !created {
					errs <- fmt.Errorf("handle %d put %d: created=%v %w", h, i, created, err)
				}
				if _, err := s.List(ctx, ListOptions{Limit: 10}); err != nil {
					errs <- err
				}
			}
		}()
		wg.Add(1)
		go func() { // a bulk import at the same time
			defer wg.Done()
			var items []Item
			for i := 0; i < each; i++ {
				a, an := quoted(t, h*10000+5000+i)
				items = append(items, Item{Article: a, Analysis: an})
			}
			if _, err := s.PutMany(ctx, items); err != nil {
				errs <- fmt.Errorf("handle %d: %w", h, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	for _, s := range []*SQLite{s1, s2} {
		if n, err := s.Count(ctx); err != nil || n != 4*each {
			t.Errorf("Count = %d, %v; want %d", n, err, 4*each)
		}
	}
	checkIntegrity(t, s1)
}

// TestKilledMidImport kills a process importing into a store and checks
// that the store it leaves opens and is whole.
func TestKilledMidImport(t *testing.T) {
	if path := os.Getenv("BYLINE_STORE_IMPORT_FOREVER"); path != "" {
		importForever(t, path)
		return
	}
	if testing.Short() {
		t.Skip("runs a child process")
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledMidImport$")
	cmd.Env = append(os.Environ(), "BYLINE_STORE_IMPORT_FOREVER="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Let it import for a while: until it has written some batches.
	deadline := time.Now().Add(20 * time.Second)
	for {
		time.Sleep(50 * time.Millisecond)
		if n := countRows(path); n >= 300 || time.Now().After(deadline) {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait() // killed: the error is expected
	s := openAt(t, path)
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("the child imported nothing before it was killed")
	}
	t.Logf("%d articles survived the kill", n)
	checkIntegrity(t, s)
	a, an := quoted(t, 1_000_000)
	if _, created, err := s.Put(context.Background(), a, an); err != nil || !created {
		t.Errorf("Put after the kill: %v %v", created, err)
	}
}

// countRows counts articles in the database at path, 0 when it cannot.
func countRows(path string) int {
	s, err := Open(context.Background(), path)
	if err != nil {
		return 0
	}
	defer s.Close()
	n, _ := s.Count(context.Background())
	return n
}

// importForever is the child of TestKilledMidImport: it imports batches of
// articles, one by one and in bulk, until it is killed.
func importForever(t *testing.T, path string) {
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		var items []Item
		for j := 0; j < 50; j++ {
			a, an := quoted(t, i*100+j)
			items = append(items, Item{Article: a, Analysis: an})
		}
		if _, err := s.PutMany(context.Background(), items); err != nil {
			t.Fatal(err)
		}
		a, an := quoted(t, i*100+99)
		if _, _, err := s.Put(context.Background(), a, an); err != nil {
			t.Fatal(err)
		}
	}
}

func TestResolvePath(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	t.Setenv("BYLINE_DB", "")
	if got, want := DefaultPath(), filepath.Join(dir, "byline", "byline.db"); got != want {
		t.Errorf("DefaultPath() = %q, want %q", got, want)
	}
	if got, err := ResolvePath(""); err != nil || got != filepath.Join(dir, "byline", "byline.db") {
		t.Errorf("ResolvePath(\"\") = %q, %v; want the default", got, err)
	}
	env := filepath.Join(dir, "env.db")
	t.Setenv("BYLINE_DB", env)
	if got, err := ResolvePath(""); err != nil || got != env {
		t.Errorf("ResolvePath with BYLINE_DB = %q, %v; want %q", got, err, env)
	}
	flag := filepath.Join(dir, "flag.db")
	if got, err := ResolvePath(flag); err != nil || got != flag {
		t.Errorf("ResolvePath(flag) = %q, %v; want %q", got, err, flag)
	}
	// A path with characters that mean something in a URI.
	odd := filepath.Join(dir, "a?b#c %20d", "x.db")
	s := openAt(t, odd)
	if _, err := os.Stat(odd); err != nil {
		t.Errorf("database not created at %q: %v", odd, err)
	}
	if s.Path() != odd {
		t.Errorf("Path() = %q, want %q", s.Path(), odd)
	}
}

func TestOpenFreshFileConcurrently(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fresh.db")
	var wg sync.WaitGroup
	stores := make([]*SQLite, 3)
	errs := make([]error, 3)
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(context.Background(), path)
		}()
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Errorf("Open %d: %v", i, errs[i])
			continue
		}
		if v, err := s.SchemaVersion(context.Background()); err != nil || v < 1 {
			t.Errorf("store %d: schema version %d, %v", i, v, err)
		}
		if err := s.Close(); err != nil {
			t.Error(err)
		}
	}
}

func TestInMemory(t *testing.T) {
	s := openAt(t, ":memory:")
	a, an := quoted(t, 1)
	id := mustPut(t, s, a, an)
	if res, err := s.PutMany(context.Background(), []Item{{Article: a, Analysis: an}}); err != nil || res[0].ID != id || res[0].Created {
		t.Errorf("PutMany of a duplicate in memory = %+v, %v", res, err)
	}
	if sp, err := s.Speakers(context.Background()); err != nil || len(sp) != 1 {
		t.Errorf("Speakers = %+v, %v", sp, err)
	}
}

func TestOpenWhileAnotherWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.db")
	s1 := openAt(t, path)
	ctx := context.Background()
	// s1 holds the write lock, as a long import batch would.
	conn, err := s1.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback() //nolint:errcheck // the test ends either way
	if _, err := tx.ExecContext(ctx, `UPDATE store_meta SET value = value + 1`); err != nil {
		t.Fatal(err)
	}
	// Were opening or reading to need the lock, they would fail with
	// SQLITE_BUSY once the busy timeout ran out.
	s2 := openAt(t, path)
	if _, err := s2.List(ctx, ListOptions{Limit: 10}); err != nil {
		t.Fatal(err)
	}
	if _, err := s2.Search(ctx, "anything", 10); err != nil {
		t.Fatal(err)
	}
}

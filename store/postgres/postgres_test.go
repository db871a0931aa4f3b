package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/storetest"
)

// testDSN returns the database the tests use, from BYLINE_TEST_POSTGRES
// (.ci/run starts a throwaway server and sets it). Without it the tests
// skip, except in CI (CI set), where they fail: CI must test PostgreSQL.
func testDSN(t testing.TB) string {
	t.Helper()
	dsn := os.Getenv("BYLINE_TEST_POSTGRES")
	if dsn == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("BYLINE_TEST_POSTGRES is not set in CI: the PostgreSQL store must be tested (.ci/run starts a server)")
		}
		t.Skip("BYLINE_TEST_POSTGRES not set: no PostgreSQL to test against (.ci/run starts one)")
	}
	return dsn
}

// openTest opens a store in a new schema of the test database, dropped
// when the test ends, with marks for user.
func openTest(t testing.TB, user string) (*Store, string) {
	t.Helper()
	ctx := context.Background()
	dsn := testDSN(t)
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema: %v", err)
		}
		_ = conn.Close(ctx)
	})
	sdsn := withSearchPath(t, dsn, schema)
	s, err := Open(ctx, sdsn, user)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, sdsn
}

// withSearchPath adds a search_path to a URL or key=value DSN.
func withSearchPath(t testing.TB, dsn, schema string) string {
	if IsDSN(dsn) {
		u, err := url.Parse(dsn)
		if err != nil {
			t.Fatal(err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	}
	return strings.TrimSpace(dsn) + " search_path=" + schema
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		s, _ := openTest(t, "tester")
		return s
	})
}

// TestMarksPerUser: read and starred marks are each user's own.
func TestMarksPerUser(t *testing.T) {
	ctx := context.Background()
	alice, dsn := openTest(t, "alice")
	bob, err := Open(ctx, dsn, "bob")
	if err != nil {
		t.Fatal(err)
	}
	defer bob.Close()
	id, _, err := alice.Put(ctx, storetest.Article("Shared", "https://example.com/m", time.Time{}, "Text."), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := alice.SetRead(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	if err := bob.SetStarred(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	a, err := alice.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	b, err := bob.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Read || a.Starred || b.Read || !b.Starred {
		t.Errorf("alice read %v starred %v, bob read %v starred %v; want alice read, bob starred",
			a.Read, a.Starred, b.Read, b.Starred)
	}
	if n, _ := bob.CountList(ctx, store.ListOptions{UnreadOnly: true}); n != 1 {
		t.Errorf("bob's unread = %d, want 1", n)
	}
	if n, _ := alice.CountList(ctx, store.ListOptions{UnreadOnly: true}); n != 0 {
		t.Errorf("alice's unread = %d, want 0", n)
	}
}

// TestTwoProcesses: two stores on one database (two connection pools, as
// two byline processes) open a new schema at once and import the same
// articles, with and without addresses, at once: each is stored once.
func TestTwoProcesses(t *testing.T) {
	ctx := context.Background()
	first, dsn := openTest(t, "a")
	_ = first.Close()
	// A fresh schema for the concurrent migration.
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var schema string
	if err := conn.QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE; CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	stores := make([]*Store, 2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(ctx, dsn, "u")
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open %d at once: %v", i, err)
		}
		defer stores[i].Close()
	}
	if v, err := stores[0].SchemaVersion(ctx); err != nil || v < 1 {
		t.Fatalf("SchemaVersion = %d, %v", v, err)
	}
	const n = 300
	items := func() []store.Item {
		var out []store.Item
		for i := range n {
			url := fmt.Sprintf("https://example.com/p/%d", i)
			if i%3 == 0 {
				url = "" // deduplicated by text
			}
			out = append(out, store.Item{Article: storetest.Article(fmt.Sprintf("Story %d", i), url, time.Time{},
				fmt.Sprintf("Text of story %d.", i))})
		}
		return out
	}
	res := make([][]store.PutResult, 2)
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i], errs[i] = stores[i].PutMany(ctx, items())
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("importer %d: %v", i, err)
		}
	}
	for i := range n {
		a, b := res[0][i], res[1][i]
		if a.Err != nil || b.Err != nil || a.ID == 0 || a.ID != b.ID || a.Created == b.Created {
			t.Errorf("article %d: %+v and %+v, want one ID created once", i, a, b)
		}
	}
	if c, err := stores[1].Count(ctx); err != nil || c != n {
		t.Errorf("Count = %d, %v; want %d", c, err, n)
	}
}

// TestCountFolds: Count stays exact when it folds its rows of changes.
func TestCountFolds(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, "u")
	defer func(n int) { foldCounts = n }(foldCounts)
	foldCounts = 2
	var ids []int64
	for i := range 5 {
		id, _, err := s.Put(ctx, storetest.Article(fmt.Sprint("A", i), fmt.Sprint("https://example.com/f", i), time.Time{}, "x"), nil)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		if n, err := s.Count(ctx); err != nil || n != i+1 {
			t.Fatalf("Count after %d puts = %d, %v", i+1, n, err)
		}
	}
	var rows int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM article_counts`).Scan(&rows); err != nil || rows > 3 {
		t.Errorf("article_counts has %d rows, %v; want them folded", rows, err)
	}
	if err := s.Delete(ctx, ids[0]); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(ctx, ids[1], true); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(ctx); err != nil || n != 4 {
		t.Errorf("Count after a delete = %d, %v; want 4", n, err)
	}
	if n, err := s.CountList(ctx, store.ListOptions{UnreadOnly: true}); err != nil || n != 3 {
		t.Errorf("CountList(unread) = %d, %v; want 3", n, err)
	}
}

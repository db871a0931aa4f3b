package store

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"testing"
	"testing/fstest"
)

// rowCount counts the articles' rows, as Count did before the count was
// kept.
func rowCount(t *testing.T, s *SQLite) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM articles`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCountKept checks that the kept count follows every kind of write:
// single and batch puts, a duplicate, a write that fails midway and is
// rolled back, and deletes.
func TestCountKept(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	check := func(want int) {
		t.Helper()
		n, err := s.Count(ctx)
		if err != nil || n != want || rowCount(t, s) != want {
			t.Fatalf("Count = %d, %v; rows %d; want %d", n, err, rowCount(t, s), want)
		}
		if all, err := s.CountList(ctx, ListOptions{}); err != nil || all != want {
			t.Fatalf("CountList() = %d, %v; want %d", all, err, want)
		}
	}
	check(0)
	var ids []int64
	for i := range 3 {
		a, an := quoted(t, i)
		ids = append(ids, mustPut(t, s, a, an))
	}
	check(3)
	a, an := quoted(t, 0) // already stored
	if _, created, err := s.Put(ctx, a, an); err != nil || created {
		t.Fatalf("Put of a stored article: created %v, %v", created, err)
	}
	check(3)
	var items []Item
	for i := 3; i < 8; i++ {
		a, an := quoted(t, i)
		items = append(items, Item{Article: a, Analysis: an})
	}
	if _, err := s.PutMany(ctx, items); err != nil {
		t.Fatal(err)
	}
	check(8)
	boom := errors.New("boom")
	s.hook = func(at string) error {
		if at == "indexed" {
			return boom
		}
		return nil
	}
	a, an = quoted(t, 20)
	if _, _, err := s.Put(ctx, a, an); !errors.Is(err, boom) {
		t.Fatalf("Put with a failing hook: %v", err)
	}
	s.hook = nil
	check(8)
	for _, id := range ids[:2] {
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	check(6)
	if unread, err := s.CountList(ctx, ListOptions{UnreadOnly: true}); err != nil || unread != 6 {
		t.Errorf("CountList(unread) = %d, %v; want 6", unread, err)
	}
}

// TestCountMigration opens a library written before the count was kept:
// migration 0017 counts its articles once.
func TestCountMigration(t *testing.T) {
	orig := migrationFiles
	t.Cleanup(func() { migrationFiles = orig })
	before := fstest.MapFS{}
	names, err := fs.Glob(orig, "migrations/*.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		if filepath.Base(name) >= "0017_" { // 0017 and the migrations after it
			continue
		}
		data, err := fs.ReadFile(orig, name)
		if err != nil {
			t.Fatal(err)
		}
		before[name] = &fstest.MapFile{Data: data}
	}
	migrationFiles = before
	path := filepath.Join(t.TempDir(), "v16.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		a, an := quoted(t, i)
		if _, _, err := s.Put(ctx, a, an); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Count(ctx); err == nil {
		t.Fatal("Count read a kept count before migration 0017")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	migrationFiles = orig
	s = openAt(t, path)
	if n, err := s.Count(ctx); err != nil || n != 4 {
		t.Fatalf("Count after migration = %d, %v; want 4", n, err)
	}
	a, an := quoted(t, 9)
	mustPut(t, s, a, an)
	if n, err := s.Count(ctx); err != nil || n != 5 || rowCount(t, s) != 5 {
		t.Errorf("Count = %d, %v; want 5", n, err)
	}
}

package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/byline/byline/store/storetest"
)

// TestQuoteShinglesFill checks that migration 0004 indexes the quotes of
// the articles stored before it: the index is dropped and the migration
// run again on the next Open.
func TestQuoteShinglesFill(t *testing.T) {
	ctx := context.Background()
	s, dsn := openTest(t, "alice")
	const words = "Nobody will close the library while I am still the mayor here"
	date := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	var ids []int64
	for i, title := range []string{"First", "Second"} {
		a := storetest.Article(title, "https://example.com/fill/"+title, date.AddDate(0, 0, i), `"`+words+`," she said.`)
		id, _, err := s.Put(ctx, a, storetest.Analysis(t, a, []storetest.Said{{Speaker: "Ann Lee", Text: words}}))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if _, err := s.pool.Exec(ctx, `DROP TABLE quote_shingles; DELETE FROM schema_migrations WHERE version = 4`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(ctx, dsn, "alice")
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s2.Close()
	var n int
	if err := s2.pool.QueryRow(ctx, `SELECT count(*) FROM quote_shingles`).Scan(&n); err != nil || n == 0 {
		t.Fatalf("quote_shingles after the migration: %d rows, %v", n, err)
	}
	apps, err := s2.Appearances(ctx, words)
	if err != nil {
		t.Fatal(err)
	}
	if len(apps) != 2 || apps[0].ArticleID != ids[0] || apps[1].ArticleID != ids[1] || !apps[0].Same || apps[1].Speaker != "Ann Lee" {
		t.Fatalf("Appearances after the migration = %+v, want articles %v, same words", apps, ids)
	}
}

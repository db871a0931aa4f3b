package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/byline/byline/store/storetest"
)

// TestQuoteShinglesFill checks that migration 0004's fill indexes the
// quotes of the articles stored before it: the index is emptied and the
// fill run again.
func TestQuoteShinglesFill(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t, "alice")
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
	if _, err := s.pool.Exec(ctx, `TRUNCATE quote_shingles`); err != nil {
		t.Fatal(err)
	}
	if apps, err := s.Appearances(ctx, words); err != nil || len(apps) != 0 {
		t.Fatalf("Appearances with the index emptied = %+v, %v; want none", apps, err)
	}
	// What migration 0004 runs after its SQL, in a transaction.
	if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return migrationFills[4](ctx, tx) }); err != nil {
		t.Fatalf("fill: %v", err)
	}
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM quote_shingles`).Scan(&n); err != nil || n == 0 {
		t.Fatalf("quote_shingles after the fill: %d rows, %v", n, err)
	}
	apps, err := s.Appearances(ctx, words)
	if err != nil {
		t.Fatal(err)
	}
	if len(apps) != 2 || apps[0].ArticleID != ids[0] || apps[1].ArticleID != ids[1] || !apps[0].Same || apps[1].Speaker != "Ann Lee" {
		t.Fatalf("Appearances after the fill = %+v, want articles %v, same words", apps, ids)
	}
	// Delete takes the article's rows (there is no foreign key to).
	if err := s.Delete(ctx, ids[0]); err != nil {
		t.Fatal(err)
	}
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM quote_shingles WHERE article_id = $1`, ids[0]).Scan(&n); err != nil || n != 0 {
		t.Errorf("quote_shingles rows of a deleted article: %d, %v", n, err)
	}
}

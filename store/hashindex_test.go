package store

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestHashIndexPartial checks migration 0019: each article is in one of
// the two text-hash indexes (with a URL or without), and a look-up by text
// finds a stored copy in either, through the indexes, with the lowest ID.
func TestHashIndexPartial(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)

	var names []string
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'articles' AND name LIKE 'articles_hash%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	rows.Close()
	if got := strings.Join(names, " "); got != "articles_hash_nourl articles_hash_url" {
		t.Fatalf("text-hash indexes = %q, want articles_hash_nourl articles_hash_url", got)
	}

	// The look-up reads the two partial indexes, not the table.
	plan, err := s.db.QueryContext(ctx, `EXPLAIN QUERY PLAN `+sqlByHash, "x")
	if err != nil {
		t.Fatal(err)
	}
	var used []string
	for plan.Next() {
		var id, parent, notused int
		var detail string
		if err := plan.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(detail, "SCAN articles") {
			t.Errorf("the look-up by text scans the table: %s", detail)
		}
		if strings.Contains(detail, "USING INDEX articles_hash") {
			used = append(used, detail)
		}
	}
	plan.Close()
	if len(used) != 2 {
		t.Errorf("the look-up by text uses %d text-hash indexes (%q), want 2", len(used), used)
	}

	// An article with a URL, then the same text without one: a duplicate.
	withURL := newArticle("Rates held", "https://example.com/rates", day, "The bank held its rate.")
	id1, created, err := s.Put(ctx, withURL, nil)
	if err != nil || !created {
		t.Fatalf("Put with URL = %d, %v, %v", id1, created, err)
	}
	noURL := newArticle("Rates held", "", day, "The bank held its rate.")
	id2, created, err := s.Put(ctx, noURL, nil)
	if err != nil || created || id2 != id1 {
		t.Fatalf("Put of the same text without a URL = %d, created %v, %v; want the duplicate of %d", id2, created, err, id1)
	}
	// A text stored without a URL, then again without one, in a batch.
	other := newArticle("Storm", "", day, "A storm closed the road.")
	res, err := s.PutMany(ctx, []Item{{Article: other}, {Article: newArticle("Storm", "", day, "A storm closed the road.")}})
	if err != nil {
		t.Fatal(err)
	}
	if !res[0].Created || res[1].Created || res[1].ID != res[0].ID {
		t.Fatalf("PutMany of one text twice without a URL = %+v, want one created and its duplicate", res)
	}
	for _, tc := range []struct {
		id   int64
		want bool
	}{{id1, true}, {res[0].ID, true}, {0, false}} {
		hash := TextHash("Calm", "Nothing happened.")
		if tc.id != 0 {
			if err := s.db.QueryRowContext(ctx, `SELECT hash FROM articles WHERE id = ?`, tc.id).Scan(&hash); err != nil {
				t.Fatal(err)
			}
		}
		known, err := s.Known(ctx, "", hash)
		if err != nil || known != tc.want {
			t.Errorf("Known(text of article %d) = %v, %v; want %v", tc.id, known, err, tc.want)
		}
	}
	// Each stored article has one entry in the two indexes together.
	var inURL, inNoURL, n int
	if err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles INDEXED BY articles_hash_url WHERE url IS NOT NULL AND hash > ''),
		(SELECT count(*) FROM articles INDEXED BY articles_hash_nourl WHERE url IS NULL AND hash > ''),
		(SELECT count(*) FROM articles)`).Scan(&inURL, &inNoURL, &n); err != nil {
		t.Fatal(err)
	}
	if inURL != 1 || inNoURL != 1 || n != 2 {
		t.Errorf("index entries: %d with a URL, %d without, of %d articles; want 1, 1 of 2", inURL, inNoURL, n)
	}
}

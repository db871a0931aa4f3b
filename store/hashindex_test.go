package store

import (
	"context"
	"reflect"
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
	var used []string
	for _, detail := range queryPlan(t, s, sqlByHash, "x") {
		if strings.Contains(detail, "SCAN articles") {
			t.Errorf("the look-up by text scans the table: %s", detail)
		}
		if strings.Contains(detail, "USING INDEX articles_hash") {
			used = append(used, detail)
		}
	}
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

// TestAliasKeyIndexDropped checks migration 0020: speaker_aliases has no
// index but its primary key, speaker_quotes only its index by surname, and
// the speakers grouped from scratch (which read the counted aliases and
// roles) still equal the kept list, aliases and role included.
func TestAliasKeyIndexDropped(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	var names string
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(group_concat(name, ' '), '') FROM (SELECT name FROM sqlite_schema
		WHERE type = 'index' AND tbl_name IN ('speaker_aliases', 'speaker_quotes') AND sql IS NOT NULL ORDER BY name)`).Scan(&names); err != nil {
		t.Fatal(err)
	}
	if names != "speaker_quotes_speaker" {
		t.Fatalf("indexes of speaker_aliases and speaker_quotes = %q, want speaker_quotes_speaker", names)
	}
	day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	a := newArticle("Talks", "https://example.com/talks", day, `"We will talk," said Anna Berg, the minister.`)
	an := newAnalysis(t, a, []said{{speaker: "Anna Berg", text: "We will talk,"}}, "Anna Berg=Berg|Ms Berg")
	an.Speakers[0].Role = "the minister"
	if _, _, err := s.Put(ctx, a, an); err != nil {
		t.Fatal(err)
	}
	kept, err := s.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	scratch, err := speakersFromScratch(ctx, s.db)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != 1 || len(kept[0].Aliases) != 2 || kept[0].Role == "" || !reflect.DeepEqual(kept, scratch) {
		t.Fatalf("kept speakers %+v, from scratch %+v: want equal, one speaker with two aliases and a role", kept, scratch)
	}
}

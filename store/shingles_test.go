package store

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/byline/byline/reader"
)

// shingleRowCounts returns the rows of quote_shingles and of
// quote_shingles_recent, and the count of recent rows the store keeps.
func shingleRowCounts(t *testing.T, s *SQLite) (main, recent, counted int64) {
	t.Helper()
	if err := s.db.QueryRow(`SELECT (SELECT count(*) FROM quote_shingles), (SELECT count(*) FROM quote_shingles_recent),
		(SELECT value FROM store_meta WHERE key = 'quote_shingles_recent_rows')`).Scan(&main, &recent, &counted); err != nil {
		t.Fatal(err)
	}
	return main, recent, counted
}

// New index rows go to quote_shingles_recent; an import moves them to
// quote_shingles once there are shingleMergeRows of them; look-ups and
// deletes find rows in either table.
func TestShinglesMerge(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	defer func(n int64) { shingleMergeRows = n }(shingleMergeRows)
	quote := `"We will not accept any deal that leaves our people without power this winter"`
	items := func(from, n int) []Item {
		var out []Item
		for i := from; i < from+n; i++ {
			a := newArticle(fmt.Sprintf("Story %d", i), fmt.Sprintf("https://example.com/m%d", i), day(1+i%20),
				quote+" said Jane Smith.", fmt.Sprintf(`"Story number %d has words of its own to say here" said Bob Jones.`, i))
			out = append(out, Item{Article: a, Analysis: newAnalysis(t, a, []said{
				{"Jane Smith", quote, reader.Direct},
				{"Bob Jones", fmt.Sprintf(`"Story number %d has words of its own to say here"`, i), reader.Direct},
			})})
		}
		return out
	}
	put := func(its []Item) []int64 {
		res, err := s.PutMany(ctx, its)
		if err != nil {
			t.Fatal(err)
		}
		var ids []int64
		for _, r := range res {
			if !r.Created {
				t.Fatalf("not created: %+v", r)
			}
			ids = append(ids, r.ID)
		}
		return ids
	}
	appearances := func() []int64 {
		apps, err := s.Appearances(ctx, quote)
		if err != nil {
			t.Fatal(err)
		}
		out := ids(apps)
		slices.Sort(out)
		return out
	}

	shingleMergeRows = 1_000_000
	first := put(items(0, 3))
	main, recent, counted := shingleRowCounts(t, s)
	if main != 0 || recent == 0 || counted != recent {
		t.Fatalf("after a small import: main %d, recent %d, counted %d; want all in recent, counted", main, recent, counted)
	}
	if got := appearances(); !slices.Equal(got, first) {
		t.Errorf("appearances from the recent rows: %v, want %v", got, first)
	}

	// The next import passes the threshold: everything moves.
	shingleMergeRows = recent + 1
	second := put(items(3, 2))
	main, recent, counted = shingleRowCounts(t, s)
	if main == 0 || recent != 0 || counted != 0 {
		t.Fatalf("after passing the threshold: main %d, recent %d, counted %d; want all moved", main, recent, counted)
	}
	all := append(slices.Clone(first), second...)
	if got := appearances(); !slices.Equal(got, all) {
		t.Errorf("appearances from the moved rows: %v, want %v", got, all)
	}

	// Rows in both tables: one more import stays in recent.
	shingleMergeRows = 1_000_000
	third := put(items(5, 1))
	if _, recent, _ = shingleRowCounts(t, s); recent == 0 {
		t.Fatal("the third import's rows are not in recent")
	}
	all = append(all, third...)
	if got := appearances(); !slices.Equal(got, all) {
		t.Errorf("appearances from both tables: %v, want %v", got, all)
	}
	// Deleting takes an article's rows out of whichever table holds them.
	before, _, _ := shingleRowCounts(t, s)
	for _, id := range []int64{first[0], third[0]} {
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	after, recent, _ := shingleRowCounts(t, s)
	if after >= before || recent != 0 {
		t.Errorf("after deleting: main %d → %d, recent %d; want fewer, none", before, after, recent)
	}
	if got, want := appearances(), all[1:len(all)-1]; !slices.Equal(got, want) {
		t.Errorf("appearances after deleting: %v, want %v", got, want)
	}
}

package store

import (
	"context"
	"slices"
	"testing"

	"github.com/byline/byline/reader"
)

// provQuoted stores an article of one paragraph per quote, each direct quote
// by its speaker, dated March d, and returns its ID.
func provQuoted(t *testing.T, s *SQLite, d int, url string, qs ...said) int64 {
	t.Helper()
	var paras []string
	for _, q := range qs {
		paras = append(paras, q.text+" said "+q.speaker+".")
	}
	a := newArticle("Story "+url, "https://example.com/"+url, day(d), paras...)
	return mustPut(t, s, a, newAnalysis(t, a, qs))
}

func ids(apps []Appearance) []int64 {
	var out []int64
	for _, a := range apps {
		out = append(out, a.ArticleID)
	}
	return out
}

func TestProvenance(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	long := `"We will not accept any deal that leaves our people without power this winter"`
	// Same quote in a later article, with other marks, case and spacing.
	later := provQuoted(t, s, 19, "later", said{"Jane Smith", `“we will NOT accept any deal that leaves our people   without power this winter…”`, reader.Direct})
	first := provQuoted(t, s, 3, "first", said{"Jane Smith", long, reader.Direct})
	// Holds the quote's last nine words: linked.
	part := provQuoted(t, s, 10, "part", said{"Smith", `"any deal that leaves our people without power this winter"`, reader.Direct})
	// Holds the whole quote in a longer one, by another speaker: linked,
	// and a conflicting attribution.
	longer := provQuoted(t, s, 12, "longer", said{"Bob Jones", `"Let me be clear. We will not accept any deal that leaves our people without power this winter, or any other."`, reader.Direct})
	// Near misses that must not link: seven shared words only; one word
	// changed in the middle; the same words as reported speech; a short
	// quote equal in three words.
	seven := provQuoted(t, s, 5, "seven", said{"Jane Smith", `"leaves our people without power this winter and spring alike, she said"`, reader.Direct})
	_ = seven
	changed := provQuoted(t, s, 6, "changed", said{"Jane Smith", `"We will not accept any deal that leaves our citizens without power this winter"`, reader.Direct})
	reported := provQuoted(t, s, 7, "reported", said{"Jane Smith", `we will not accept any deal that leaves our people without power this winter`, reader.Indirect})
	// Seven shared words in a row: "leaves our people without power this
	// winter" is seven, one short of the eight a link needs.
	apps, err := s.Appearances(ctx, long)
	if err != nil {
		t.Fatal(err)
	}
	want := []int64{first, part, longer, later} // earliest first
	if got := ids(apps); !slices.Equal(got, want) {
		t.Fatalf("appearances %v, want %v (first %d later %d part %d longer %d changed %d reported %d)",
			got, want, first, later, part, longer, changed, reported)
	}
	if !apps[0].Same || apps[1].Same || !apps[3].Same {
		t.Errorf("same flags %v %v %v %v", apps[0].Same, apps[1].Same, apps[2].Same, apps[3].Same)
	}
	if apps[0].URL != "https://example.com/first" || apps[0].Speaker != "Jane Smith" || !apps[0].Dated {
		t.Errorf("first appearance %+v", apps[0])
	}
	if c := Conflicting(apps); !slices.Equal(c, []string{"Jane Smith", "Bob Jones"}) {
		t.Errorf("conflict %q", c)
	}
	if c := Conflicting(apps[:2]); c != nil {
		t.Errorf("Jane Smith and Smith flagged as a conflict: %q", c)
	}
	// The changed quote is found by its own words only.
	apps, _ = s.Appearances(ctx, `We will not accept any deal that leaves our citizens without power this winter`)
	if got := ids(apps); !slices.Equal(got, []int64{changed}) {
		t.Errorf("changed quote links %v", got)
	}
	// Short quotes: three equal words link nothing; four equal words link.
	a1 := provQuoted(t, s, 1, "s1", said{"A B", `"very very good"`, reader.Direct}, said{"A B", `"a good deal indeed"`, reader.Direct})
	a2 := provQuoted(t, s, 2, "s2", said{"C D", `"very very good"`, reader.Direct}, said{"C D", `"A good deal, indeed!"`, reader.Direct})
	if apps, _ := s.Appearances(ctx, "very very good"); len(apps) != 0 {
		t.Errorf("three-word quote linked: %v", ids(apps))
	}
	if apps, _ := s.Appearances(ctx, "a good deal indeed"); !slices.Equal(ids(apps), []int64{a1, a2}) {
		t.Errorf("four-word quote: %v", ids(apps))
	}
	// A four-word quote inside a longer one is not a link.
	if apps, _ := s.Appearances(ctx, "we will not accept"); len(apps) != 0 {
		t.Errorf("four words linked to a longer quote: %v", ids(apps))
	}

	// Delete and a new analysis keep the index.
	if err := s.Delete(ctx, first); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAnalysis(ctx, longer, nil); err != nil {
		t.Fatal(err)
	}
	apps, _ = s.Appearances(ctx, long)
	if got := ids(apps); !slices.Equal(got, []int64{part, later}) {
		t.Errorf("after delete and re-analysis: %v", got)
	}
	var n int
	if err := s.db.QueryRow(`SELECT (SELECT count(*) FROM quote_shingles WHERE ref >> 12 IN (?1, ?2))
		+ (SELECT count(*) FROM quote_shingles_recent WHERE ref >> 12 IN (?1, ?2))`, first, longer).Scan(&n); err != nil || n != 0 {
		t.Errorf("%d index rows left of deleted or re-analysed articles (%v)", n, err)
	}
}

// An upgraded database gets the index of the articles stored before it.
func TestProvenanceBackfill(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/b.db"
	s := openAt(t, path)
	a := provQuoted(t, s, 3, "a", said{"Jane Smith", `"one two three four five six seven eight nine"`, reader.Direct})
	if _, err := s.db.Exec(`DELETE FROM quote_shingles; DELETE FROM quote_shingles_recent; UPDATE store_meta SET value = 0 WHERE key = 'quote_shingles_built'`); err != nil {
		t.Fatal(err)
	}
	if apps, _ := s.Appearances(ctx, "one two three four five six seven eight nine"); len(apps) != 0 {
		t.Fatal("index not emptied")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openAt(t, path)
	apps, err := s.Appearances(ctx, "two three four five six seven eight nine")
	if err != nil || !slices.Equal(ids(apps), []int64{a}) {
		t.Errorf("after reopening: %v %v", ids(apps), err)
	}
}

func TestQuoteWords(t *testing.T) {
	got := quoteWords(`“Don’t — STOP…” said (the) man's  30-day...plan`)
	want := []string{"dont", "stop", "said", "the", "mans", "30", "day", "plan"}
	if !slices.Equal(got, want) {
		t.Errorf("quoteWords = %q", got)
	}
}

// wordHashes hashes the words quoteWords makes, one for one.
func TestWordHashes(t *testing.T) {
	for _, s := range []string{`“Don’t — STOP…” said (the) man's  30-day...plan`, "", "  ", "Ünïcödé İstanbul ΣΊΣΥΦΟΣ x", "a'b ''c d'", "\xff bad \xc3 utf8"} {
		words, hs := quoteWords(s), wordHashes(s)
		if len(words) != len(hs) {
			t.Fatalf("%q: %d words, %d hashes", s, len(words), len(hs))
		}
		for i, w := range words {
			h := uint64(fnvOffset)
			for _, c := range []byte(w) {
				h = (h ^ uint64(c)) * fnvPrime
			}
			if h != hs[i] {
				t.Errorf("%q: word %q hashed %x, want %x", s, w, hs[i], h)
			}
		}
	}
}

// TestUpdateUnindexesOldQuotes checks that replacing an article (Update,
// a corrected page imported again) takes its old quotes out of the
// provenance index, as SetAnalysis does, so no row names a quote that is
// gone.
func TestUpdateUnindexesOldQuotes(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	id := provQuoted(t, s, 3, "corrected", said{"Jane Smith", `"We will not accept any deal that leaves our people without power this winter"`, reader.Direct})
	rows := func() int {
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM quote_shingles) + (SELECT count(*) FROM quote_shingles_recent)`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if rows() == 0 {
		t.Fatal("the quote was not indexed")
	}
	a := newArticle("Story corrected", "https://example.com/corrected", day(3), "The minister spoke at length on Tuesday.")
	if err := s.Update(ctx, id, Item{Article: a, Analysis: newAnalysis(t, a, nil)}); err != nil {
		t.Fatal(err)
	}
	if n := rows(); n != 0 {
		t.Errorf("%d index rows left for the quotes the update removed", n)
	}
}

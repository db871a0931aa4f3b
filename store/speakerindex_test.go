package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/reader"
)

// speakerPool are names speakers go by, chosen to collide: full names,
// surnames alone, initials, titles of either gender, organisations.
var speakerPool = []struct {
	name string
	kind reader.EntityKind
}{
	{"Donald Trump", reader.Person}, {"Donald J. Trump", reader.Person}, {"Trump", reader.Person},
	{"President Trump", reader.Person}, {"Melania Trump", reader.Person}, {"D. Trump", reader.Person},
	{"Michelle Obama", reader.Person}, {"Barack Obama", reader.Person}, {"Mr. Obama", reader.Person},
	{"Mrs. Obama", reader.Person}, {"Obama", reader.Person}, {"Ann Lee", reader.Person}, {"Bo Lee", reader.Person},
	{"Lee", reader.Person}, {"LEE", reader.Person}, {"Sir Keir Starmer", reader.Person}, {"Keir Starmer", reader.Person},
	{"Starmer", reader.Person}, {"the Kremlin", reader.Org}, {"Kremlin", reader.Org}, {"Kremlin", reader.Person},
	{"Home Office", reader.Org}, {"Lee", reader.Org},
}

// randomItem is an article quoting two to five speakers of speakerPool,
// some with roles and aliases, one sometimes generic.
func randomItem(r *rand.Rand, i int) Item {
	n := 2 + r.IntN(4)
	var paras []string
	for q := range n {
		paras = append(paras, fmt.Sprintf(`Someone said "quote %d of article %d" there.`, q, i))
	}
	a := newArticle(fmt.Sprintf("Article %d", i), fmt.Sprintf("https://example.com/sp/%d", i), day(1+i%28), paras...)
	an := &reader.Analysis{Version: reader.AnalyzerVersion}
	roles := []string{"", "", "Secretary of State", "mayor", "spokesman"}
	for q := range n {
		p := speakerPool[r.IntN(len(speakerPool))]
		sp := reader.Speaker{Name: p.name, Kind: p.kind, Quotes: 1, Role: roles[r.IntN(len(roles))],
			Generic: r.IntN(15) == 0}
		for range r.IntN(3) {
			sp.Aliases = append(sp.Aliases, speakerPool[r.IntN(len(speakerPool))].name)
		}
		text := fmt.Sprintf(`"quote %d of article %d"`, q, i)
		at := strings.Index(a.Body, text)
		an.Speakers = append(an.Speakers, sp)
		kind := reader.Direct
		if r.IntN(4) == 0 {
			kind = reader.Indirect
		}
		an.Quotes = append(an.Quotes, reader.Quote{Span: reader.Span{Start: at, End: at + len(text)}, Kind: kind, Speaker: q})
	}
	return Item{Article: a, Analysis: an}
}

// checkSpeakerIndex compares the kept speaker index with what grouping
// every stored quote from scratch gives.
func checkSpeakerIndex(t *testing.T, s *SQLite, when string) {
	t.Helper()
	ctx := context.Background()
	// Every write groups what it changed before it commits.
	var stale int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM speaker_stale`).Scan(&stale); err != nil ||
		stale != 0 && when != "after the upgrade" && when != "regrouped by the view" {
		t.Errorf("%s: %d stale speaker keys left by the writes (%v)", when, stale, err)
	}
	got, err := s.Speakers(ctx)
	if err != nil {
		t.Fatalf("%s: Speakers: %v", when, err)
	}
	want, err := speakersFromScratch(ctx, s.db)
	if err != nil {
		t.Fatalf("%s: from scratch: %v", when, err)
	}
	norm := func(sts []SpeakerStat) []string {
		var out []string
		for _, st := range sts {
			out = append(out, fmt.Sprintf("%s|%d|%d|%s|%q", st.Name, st.Quotes, st.Articles, st.Role, st.Aliases))
		}
		slices.Sort(out)
		return out
	}
	if g, w := norm(got), norm(want); !reflect.DeepEqual(g, w) {
		t.Errorf("%s: kept speakers differ from grouping from scratch:\n got %q\nwant %q", when, g, w)
	}
	if len(want) == 0 && len(got) != 0 {
		t.Errorf("%s: %d speakers kept of none", when, len(got))
	}
	for _, q := range []string{
		`SELECT speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles FROM speaker_names
			EXCEPT SELECT speaker_surname, speaker_key, speaker, speaker_kind, sum(n), count(*) FROM speaker_quotes
			WHERE speaker_key <> '' GROUP BY 1, 2, 3, 4`,
		`SELECT speaker_surname, speaker_key, speaker, speaker_kind, sum(n), count(*) FROM speaker_quotes
			WHERE speaker_key <> '' GROUP BY 1, 2, 3, 4
			EXCEPT SELECT speaker_surname, speaker_key, speaker, speaker_kind, quotes, articles FROM speaker_names`,
		`SELECT speaker_key, alias, n FROM speaker_alias_names
			EXCEPT SELECT speaker_key, alias, count(*) FROM speaker_aliases GROUP BY 1, 2`,
		`SELECT speaker_key, alias, count(*) FROM speaker_aliases GROUP BY 1, 2
			EXCEPT SELECT speaker_key, alias, n FROM speaker_alias_names`,
		`SELECT speaker_key, role, quotes FROM speaker_role_names
			EXCEPT SELECT speaker_key, speaker_role, sum(n) FROM speaker_quotes WHERE speaker_key <> '' AND speaker_role <> '' GROUP BY 1, 2`,
		`SELECT speaker_key, speaker_role, sum(n) FROM speaker_quotes WHERE speaker_key <> '' AND speaker_role <> '' GROUP BY 1, 2
			EXCEPT SELECT speaker_key, role, quotes FROM speaker_role_names`,
		`SELECT speaker_surname, article_id, 0 FROM speaker_quotes WHERE speaker_key <> ''
			GROUP BY 1, 2 HAVING count(*) >= 2 EXCEPT SELECT speaker_surname, article_id, 0 FROM speaker_overlap`,
	} {
		var k, n string
		var c int
		err := s.db.QueryRowContext(ctx, `SELECT * FROM (`+q+`) LIMIT 1`).Scan(&k, &n, &c)
		if err == nil {
			t.Errorf("%s: the index holds a row it should not, or lacks one (%q %q %d):\n%s", when, k, n, c, q)
		}
	}
}

// TestSpeakerIndexKeptAsWritten imports, deletes, re-analyses, updates
// and re-imports articles, and checks after each step that the speakers
// kept in speaker_clusters are those grouping every quote again gives.
func TestSpeakerIndexKeptAsWritten(t *testing.T) {
	s := openTest(t)
	s.regroup.Every = -1 // every PutMany regroups
	ctx := context.Background()
	r := rand.New(rand.NewPCG(7, 8))
	checkSpeakerIndex(t, s, "empty")
	var items []Item
	for i := range 300 {
		items = append(items, randomItem(r, i))
	}
	res, err := s.PutMany(ctx, items[:250])
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items[250:] {
		if _, _, err := s.Put(ctx, it.Article, it.Analysis); err != nil {
			t.Fatal(err)
		}
	}
	checkSpeakerIndex(t, s, "imported")
	if got, _ := s.Speakers(ctx); len(got) < 5 {
		t.Fatalf("only %d speakers: the test data does not exercise grouping", len(got))
	}
	for i := 0; i < 250; i += 3 {
		if err := s.Delete(ctx, res[i].ID); err != nil {
			t.Fatal(err)
		}
	}
	checkSpeakerIndex(t, s, "deleted a third")
	for i := 1; i < 250; i += 7 {
		if i%3 == 0 {
			continue // deleted
		}
		if err := s.SetAnalysis(ctx, res[i].ID, randomItem(r, i).Analysis); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetAnalysis(ctx, res[2].ID, nil); err != nil {
		t.Fatal(err)
	}
	checkSpeakerIndex(t, s, "re-analysed")
	for i := 4; i < 250; i += 11 {
		if i%3 == 0 {
			continue
		}
		it := randomItem(r, i)
		it.Article.URL = items[i].Article.URL
		if err := s.Update(ctx, res[i].ID, it); err != nil {
			t.Fatal(err)
		}
	}
	checkSpeakerIndex(t, s, "updated")
	// Deleted articles come back (their addresses are remembered as
	// deleted, so they come back under new ones).
	var again []Item
	for i := 0; i < 250; i += 3 {
		it := items[i]
		it.Article.URL += "/again"
		again = append(again, it)
	}
	if _, err := s.PutMany(ctx, again); err != nil {
		t.Fatal(err)
	}
	checkSpeakerIndex(t, s, "re-imported")
	// Paced, a PutMany soon after another leaves its speakers stale, and
	// the speakers view regroups them.
	s.regroup.Every = time.Hour
	s.regroup.Due() // counts a regroup as started now: none for an hour
	var more []Item
	for i := range 40 {
		more = append(more, randomItem(r, 1000+i))
	}
	if _, err := s.PutMany(ctx, more); err != nil {
		t.Fatal(err)
	}
	var stale int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM speaker_stale`).Scan(&stale); err != nil || stale == 0 {
		t.Errorf("a paced PutMany regrouped its speakers (%d stale, %v)", stale, err)
	}
	s.regroup.Every = -1
	checkSpeakerIndex(t, s, "regrouped by the view")
	// A library upgraded to the kept index starts with every speaker
	// stale: the first view groups them.
	if _, err := s.db.ExecContext(ctx, `DELETE FROM speaker_clusters;
		INSERT INTO speaker_stale(speaker_key) SELECT DISTINCT speaker_key FROM speaker_names`); err != nil {
		t.Fatal(err)
	}
	s.speakers.Lock()
	s.speakers.valid = false
	s.speakers.Unlock()
	checkSpeakerIndex(t, s, "after the upgrade")
	for _, name := range []string{"trump", "Mr. Obama", "Keir Starmer", "kremlin"} {
		if _, err := s.QuotesBy(ctx, name); err != nil {
			t.Errorf("QuotesBy(%q): %v", name, err)
		}
	}
	for _, id := range []int64{res[1].ID, res[5].ID} {
		if err := s.Delete(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	all, err := s.List(ctx, ListOptions{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	for _, sum := range all {
		if err := s.Delete(ctx, sum.ID); err != nil {
			t.Fatal(err)
		}
	}
	checkSpeakerIndex(t, s, "all deleted")
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM speaker_clusters) + (SELECT count(*) FROM speaker_names)
		+ (SELECT count(*) FROM speaker_alias_names) + (SELECT count(*) FROM speaker_role_names)
		+ (SELECT count(*) FROM speaker_overlap)`).Scan(&n); err != nil || n != 0 {
		t.Errorf("an empty library keeps %d speaker index rows (%v)", n, err)
	}
}

package storetest

import (
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
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
	{"Lee", reader.Person}, {"LEE", reader.Person}, {"Keir Starmer", reader.Person}, {"Starmer", reader.Person},
	{"the Kremlin", reader.Org}, {"Kremlin", reader.Org}, {"Home Office", reader.Org},
}

// SpeakerItem is article i quoting two to five speakers of a pool of
// colliding names ("Trump", "Donald J. Trump", "Mrs. Obama", "Lee" as a
// person and as an organisation), some with aliases, every fifth with
// two names of one speaker; version makes a different analysis of the
// same article.
func SpeakerItem(i, version int) store.Item {
	n := 2 + rand.New(rand.NewPCG(uint64(i), 0)).IntN(4) // the article's quotes, whatever the version
	r := rand.New(rand.NewPCG(uint64(i), uint64(version)+1))
	var paras []string
	for q := range n {
		paras = append(paras, fmt.Sprintf(`Someone said "quote %d of article %d" there.`, q, i))
	}
	a := Article(fmt.Sprintf("Article %d", i), fmt.Sprintf("https://example.com/ix/%d", i), day(1+i%28), paras...)
	an := &reader.Analysis{Version: reader.AnalyzerVersion}
	for q := range n {
		p := speakerPool[r.IntN(len(speakerPool))]
		if i%5 == 3 && q < 2 {
			p = speakerPool[q] // two names of one speaker in one article
		}
		sp := reader.Speaker{Name: p.name, Kind: p.kind, Quotes: 1}
		for range r.IntN(3) {
			sp.Aliases = append(sp.Aliases, speakerPool[r.IntN(len(speakerPool))].name)
		}
		text := fmt.Sprintf(`"quote %d of article %d"`, q, i)
		at := strings.Index(a.Body, text)
		an.Speakers = append(an.Speakers, sp)
		an.Quotes = append(an.Quotes, reader.Quote{Span: reader.Span{Start: at, End: at + len(text)}, Kind: reader.Direct, Speaker: q})
	}
	return store.Item{Article: a, Analysis: an}
}

// testSpeakerIndex: a store's speakers, kept as articles are written,
// re-analysed and deleted, are what a new store given only the articles
// left, in one write, lists: names, aliases, quotes and articles of
// every speaker, and the quotes of each name.
func testSpeakerIndex(t *testing.T, open func(t *testing.T) store.Store) {
	ctx := context.Background()
	s := open(t)
	// Two names of one speaker in one article count it once.
	a := Article("Two names", "https://example.com/ix/a", day(1), `"Yes," said Donald Trump.`, `"No," said Donald J. Trump.`)
	first := put(t, s, a, Analysis(t, a, []Said{{"Donald Trump", "Yes"}, {"Donald J. Trump", "No"}}))
	b := Article("One name", "https://example.com/ix/b", day(2), `"Maybe," said D. Trump.`)
	second := put(t, s, b, Analysis(t, b, []Said{{"D. Trump", "Maybe"}}))
	for _, want := range []string{"3 quotes in 2 articles", "1 quotes in 1 articles"} {
		sp, err := s.Speakers(ctx)
		if err != nil || len(sp) != 1 {
			t.Fatalf("Speakers = %+v, %v; want Donald Trump alone", sp, err)
		}
		if got := fmt.Sprintf("%d quotes in %d articles", sp[0].Quotes, sp[0].Articles); got != want {
			t.Errorf("Speakers[0] = %+v: %s, want %s", sp[0], got, want)
		}
		if want[0] == '3' {
			if err := s.Delete(ctx, first); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Delete(ctx, second); err != nil {
		t.Fatal(err)
	}
	if sp, err := s.Speakers(ctx); err != nil || len(sp) != 0 {
		t.Fatalf("Speakers after deleting every article = %+v, %v; want none", sp, err)
	}
	r := rand.New(rand.NewPCG(7, 8))
	version := map[int]int{} // article → its analysis's version, while stored
	ids := map[int]int64{}
	next := 0
	for round := range 3 {
		// Writes in batches, re-analyses and deletes, mixed.
		for step := range 12 {
			switch op := r.IntN(4); {
			case op <= 1 || len(ids) < 3:
				var items []store.Item
				for range 1 + r.IntN(6) {
					items = append(items, SpeakerItem(next, 0))
					version[next] = 0
					next++
				}
				res, err := s.PutMany(ctx, items)
				if err != nil {
					t.Fatal(err)
				}
				for k, pr := range res {
					if pr.Err != nil || !pr.Created {
						t.Fatalf("PutMany: %+v", pr)
					}
					ids[next-len(items)+k] = pr.ID
				}
			case op == 2:
				i := pick(r, ids)
				version[i]++
				if err := s.SetAnalysis(ctx, ids[i], SpeakerItem(i, version[i]).Analysis); err != nil {
					t.Fatalf("round %d step %d: SetAnalysis: %v", round, step, err)
				}
			default:
				i := pick(r, ids)
				if err := s.Delete(ctx, ids[i]); err != nil {
					t.Fatalf("round %d step %d: Delete: %v", round, step, err)
				}
				delete(ids, i)
				delete(version, i)
			}
		}
		got, err := s.Speakers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		// The articles left, oldest first, into a new store at once.
		fresh := open(t)
		var items []store.Item
		for _, i := range slices.Sorted(maps.Keys(ids)) {
			items = append(items, SpeakerItem(i, version[i]))
		}
		if _, err := fresh.PutMany(ctx, items); err != nil {
			t.Fatal(err)
		}
		want, err := fresh.Speakers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(want) < 3 {
			t.Fatalf("round %d: only %d speakers: the test writes too little", round, len(want))
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: speakers kept through the writes:\n%+v\nwant, as written at once:\n%+v", round, got, want)
		}
		for _, p := range speakerPool {
			gq, gerr := s.QuotesBy(ctx, p.name)
			wq, werr := fresh.QuotesBy(ctx, p.name)
			if (gerr == nil) != (werr == nil) {
				t.Fatalf("round %d: QuotesBy(%q): %v, want %v", round, p.name, gerr, werr)
			}
			if g, w := quoteKeys(gq), quoteKeys(wq); !slices.Equal(g, w) {
				t.Errorf("round %d: QuotesBy(%q) = %v, want %v", round, p.name, g, w)
			}
		}
	}
}

func pick(r *rand.Rand, ids map[int]int64) int {
	keys := slices.Sorted(maps.Keys(ids))
	return keys[r.IntN(len(keys))]
}

// quoteKeys names each quote by its article's address, speaker and text.
func quoteKeys(qs []store.QuoteRef) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.URL+" "+q.Speaker+": "+q.Text)
	}
	return out
}

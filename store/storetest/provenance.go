package storetest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// testProvenance checks Appearances: the same words (after normalising)
// link, one quote holding another by eight words or more links with Same
// false, and near misses do not; the links follow every write path (Put,
// PutMany, SetAnalysis, Delete).
func testProvenance(t *testing.T, s store.Store) {
	ctx := context.Background()
	const words = "We will build the bridge before the winter comes to the valley"
	// A, on day 3, and B, on day 1, quote the same words, written
	// differently; C, on day 2, holds them in a longer quote.
	a := Article("Council votes on bridge", "https://example.com/p/a", day(3),
		`"`+words+`," said Jane Roe on Monday.`)
	b := Article("Mayor promises bridge", "https://example.com/p/b", day(1),
		`"We Will Build the Bridge — before the winter comes to the VALLEY!" the mayor said.`)
	c := Article("Bridge pledge repeated", "https://example.com/p/c", day(2),
		`"Friends, we will build the bridge before the winter comes to the valley and we keep our word," said Jane Roe.`)
	// Near misses: D's quote differs in its last word (it shares eleven
	// words with A's but neither holds the other); E's holds seven of
	// them, too few to link; F's are the same words but not a direct quote.
	d := Article("Another bridge", "https://example.com/p/d", day(4),
		`"We will build the bridge before the winter comes to the city," said John Doe.`)
	e := Article("Short words", "https://example.com/p/e", day(5),
		`"Build the bridge before the winter comes," he said.`)
	f := Article("Reported words", "https://example.com/p/f", day(6),
		`She said we will build the bridge before the winter comes to the valley.`)

	aID := put(t, s, a, Analysis(t, a, []Said{{"Jane Roe", words}}))
	bID := put(t, s, b, Analysis(t, b, []Said{{"", "We Will Build the Bridge — before the winter comes to the VALLEY!"}}))
	fAn := Analysis(t, f, []Said{{"", "we will build the bridge before the winter comes to the valley"}})
	fAn.Quotes[0].Kind = reader.Indirect
	items := []store.Item{
		{Article: c, Analysis: Analysis(t, c, []Said{{"Jane Roe",
			"Friends, we will build the bridge before the winter comes to the valley and we keep our word"}})},
		{Article: d, Analysis: Analysis(t, d, []Said{{"John Doe", "We will build the bridge before the winter comes to the city"}})},
		{Article: e, Analysis: Analysis(t, e, []Said{{"", "Build the bridge before the winter comes"}})},
		{Article: f, Analysis: fAn},
	}
	res, err := s.PutMany(ctx, items)
	if err != nil {
		t.Fatalf("PutMany: %v", err)
	}
	cID, dID := res[0].ID, res[1].ID

	check := func(when, query string, want ...string) []store.Appearance {
		t.Helper()
		apps, err := s.Appearances(ctx, query)
		if err != nil {
			t.Fatalf("%s: Appearances: %v", when, err)
		}
		var got []string
		for _, ap := range apps {
			got = append(got, fmt.Sprintf("%d same=%v", ap.ArticleID, ap.Same))
		}
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Fatalf("%s: Appearances(%q) = %q, want %q", when, query, got, want)
		}
		return apps
	}
	link := func(id int64, same bool) string { return fmt.Sprintf("%d same=%v", id, same) }

	apps := check("after put", words+".", link(bID, true), link(cID, false), link(aID, true))
	if ap := apps[2]; ap.Title != a.Title || ap.Speaker != "Jane Roe" || ap.Text != words || ap.Index != 0 ||
		!ap.Dated || !ap.Date.Equal(day(3)) || ap.URL != a.URL || ap.Source != a.Source ||
		a.Body[ap.Span.Start:ap.Span.End] != words {
		t.Errorf("A's appearance = %+v", ap)
	}
	if ap := apps[0]; ap.Speaker != "" || !strings.HasPrefix(ap.Text, "We Will Build") {
		t.Errorf("B's appearance = %+v, want no speaker and B's own words", ap)
	}
	// The longer quote finds the two it holds, and itself.
	check("longer", "Friends, we will build the bridge before the winter comes to the valley and we keep our word",
		link(bID, false), link(cID, true), link(aID, false))
	// Fewer than eight words link only to the same words; fewer than four
	// to nothing.
	check("short", "build the bridge before the winter comes", link(res[2].ID, true))
	check("three words", "before the winter")
	check("unquoted", "Nobody said these words in any article at all today")

	// Re-analysis: A no longer quotes the words, D now does.
	if err := s.SetAnalysis(ctx, aID, Analysis(t, a, []Said{{"Jane Roe", "said Jane Roe on Monday"}})); err != nil {
		t.Fatalf("SetAnalysis(A): %v", err)
	}
	d2 := Article(d.Title, d.URL, d.Date, d.Body[len(d.Title)+2:])
	dAn := Analysis(t, d2, []Said{{"John Doe", "We will build the bridge before the winter comes to the city"}})
	dAn.Quotes[0].Span.End = strings.Index(d2.Body, " to the city") // "...before the winter comes"
	if err := s.SetAnalysis(ctx, dID, dAn); err != nil {
		t.Fatalf("SetAnalysis(D): %v", err)
	}
	// Analysing B again the same way changes nothing.
	if err := s.SetAnalysis(ctx, bID, Analysis(t, b, []Said{{"", "We Will Build the Bridge — before the winter comes to the VALLEY!"}})); err != nil {
		t.Fatalf("SetAnalysis(B): %v", err)
	}
	check("after SetAnalysis", words, link(bID, true), link(cID, false), link(dID, false))

	// Deleting an article takes its quotes out of the links.
	if err := s.Delete(ctx, cID); err != nil {
		t.Fatalf("Delete(C): %v", err)
	}
	check("after Delete", words, link(bID, true), link(dID, false))
}

package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
)

func TestMatchQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"ceasefire", `"ceasefire"*`},
		{"ceasefire ", `"ceasefire"`},
		{"Trump ceasef", `"Trump" "ceasef"*`},
		{`"energy infrastructure"`, `"energy infrastructure"`},
		{`"energy infra`, `"energy infra"*`},
		{`say "very good" deal`, `"say" "very good" "deal"*`},
		{`-`, ``},
		{`- war`, `"war"*`},
		{`AND(`, `"AND("*`},
		{`a"b`, `"a" "b"`},
		{"co", `"co"`},           // too short to be a prefix
		{"con", `"con"*`},        // long enough
		{"new yo", `"new" "yo"`}, // the last word counts
		{`"new yo`, `"new yo"`},
		{`"new yor`, `"new yor"*`},
		{"é", `"é"`},
		{"été", `"été"*`},
		{`title:x NEAR(a b) OR NOT`, `"title:x" "NEAR(a" "b)" "OR" "NOT"*`},
		{`x NOT(`, `"x" "NOT("*`},
		{"\x00\x01 news", `"news"*`},
		{`*`, ``},
	} {
		if got := MatchQuery(tc.in); got != tc.want {
			t.Errorf("MatchQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// searchFixture stores four articles and returns their IDs.
func searchFixture(t *testing.T) (*SQLite, []int64) {
	s := openTest(t)
	a1 := newArticle("Ceasefire talks resume", "", day(1), "Negotiators met again in Riyadh on Tuesday.", "Officials were hopeful.")
	a2 := newArticle("Markets rally", "", day(2), "Shares rose after news of a possible ceasefire in Ukraine.", "Oil fell.")
	a3 := newArticle("Football results", "", day(3), "Arsenal won three nil.", "The coach praised the defence.")
	a4 := newArticle("Energy prices", "", day(4), `The minister said "bills will fall" next winter.`)
	an4 := newAnalysis(t, a4, []said{{"Rachel Reeves", `"bills will fall"`, reader.Direct}})
	return s, []int64{mustPut(t, s, a1, nil), mustPut(t, s, a2, nil), mustPut(t, s, a3, nil), mustPut(t, s, a4, an4)}
}

func hitIDs(hs []Hit) []int64 {
	var out []int64
	for _, h := range hs {
		out = append(out, h.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	s, ids := searchFixture(t)
	ctx := context.Background()

	hits, err := s.Search(ctx, "ceasefire", 10)
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(hits); len(got) != 2 || got[0] != ids[0] || got[1] != ids[1] {
		t.Fatalf("Search(ceasefire) = %v, want [%d %d] (title match first)", got, ids[0], ids[1])
	}
	if hits[0].Title != "Ceasefire talks resume" {
		t.Errorf("hit summary = %+v", hits[0].Summary)
	}
	for _, h := range hits {
		if !strings.Contains(strings.ToLower(h.Snippet), SnippetOpen+"ceasefire"+SnippetClose) {
			t.Errorf("snippet %q does not mark the term", h.Snippet)
		}
	}

	for _, tc := range []struct {
		query string
		want  []int64
	}{
		{"ceasef", []int64{ids[0], ids[1]}},       // prefix while typing
		{"ceasef ", nil},                          // a finished word is whole
		{"ceasefire ukraine", []int64{ids[1]}},    // every word must match
		{`"possible ceasefire"`, []int64{ids[1]}}, // phrase
		{`"ceasefire possible"`, nil},             // phrase order
		{"reeves", []int64{ids[3]}},               // speaker names are indexed
		{"ARSENAL", []int64{ids[2]}},              // case
		{"arsenal OR oil", nil},                   // OR is a word, not an operator
		{"nothing-matches-this", nil},
	} {
		hits, err := s.Search(ctx, tc.query, 10)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.query, err)
			continue
		}
		got := hitIDs(hits)
		if len(got) != len(tc.want) || (len(got) > 0 && !equalIDs(got, tc.want)) {
			t.Errorf("Search(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}

	if hits, err := s.Search(ctx, "the", 1); err != nil || len(hits) != 1 {
		t.Errorf("Search with limit 1 = %d hits, %v", len(hits), err)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestSearchHostile(t *testing.T) {
	s, _ := searchFixture(t)
	ctx := context.Background()
	for _, q := range []string{
		`"`, `""`, `"""`, `-`, `--`, `AND(`, `AND`, `OR`, `NOT`, `NEAR`, `NEAR(a b`, `(`, `)`, `*`, `**`, `^`,
		`+`, `:`, `title:`, `body:ceasefire`, `{title body}: x`, `a AND`, `NOT a`, `ceasefire"`, `"ceasefire`,
		`'`, `\`, `%`, `_`, `;DROP TABLE articles;--`, "\x00", "\xff\xfe", "ceasefire\x00", `🦀`, `a*b`, `-ceasefire`,
		strings.Repeat("x ", 500), strings.Repeat(`"`, 101), `ce"ase"fire`,
	} {
		if _, err := s.Search(ctx, q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if n, _ := s.Count(ctx); n != 4 {
		t.Errorf("Count = %d after hostile searches, want 4", n)
	}
	// Hostile text around a real word still finds it.
	if hits, err := s.Search(ctx, `AND( "arsenal`, 10); err != nil || len(hits) != 0 {
		t.Errorf(`Search(AND( "arsenal) = %d, %v; want 0 ("AND(" must match too)`, len(hits), err)
	}
	if hits, err := s.Search(ctx, `- arsenal -`, 10); err != nil || len(hits) != 1 {
		t.Errorf(`Search(- arsenal -) = %d, %v; want 1`, len(hits), err)
	}
}

func TestSearchRankWindow(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	// The oldest article is the best match (the word in its title), then
	// four newer ones with the word in the body.
	best := mustPut(t, s, newArticle("Harvest report", "", day(1), "A harvest like no other harvest."), nil)
	var newer []int64
	for i := 2; i <= 5; i++ {
		newer = append(newer, mustPut(t, s, newArticle("Story "+string(rune('A'+i)), "", day(i), "Talk of the harvest, once."), nil))
	}
	hits, err := s.Search(ctx, "harvest ", 10)
	if err != nil || len(hits) != 5 || hits[0].ID != best {
		t.Fatalf("Search = %v, %v; want 5 hits, %d first", hitIDs(hits), err, best)
	}
	old := rankWindow
	t.Cleanup(func() { rankWindow = old })
	rankWindow = 3
	hits, err = s.Search(ctx, "harvest ", 10)
	if err != nil {
		t.Fatal(err)
	}
	// The window is the 3 newest, newest first (none has the word in its
	// title); the older matches follow, newest first, best or not.
	want := []int64{newer[3], newer[2], newer[1], newer[0], best}
	if !equalIDs(hitIDs(hits), want) {
		t.Errorf("Search with a window of 3 = %v, want %v", hitIDs(hits), want)
	}
	// In the window, a title match comes first however old.
	rankWindow = 5
	hits, err = s.Search(ctx, "harvest ", 2)
	if err != nil || !equalIDs(hitIDs(hits), []int64{best, newer[3]}) {
		t.Errorf("Search with a window of 5 = %v, %v; want [%d %d]", hitIDs(hits), err, best, newer[3])
	}
}

func TestSearchCancelled(t *testing.T) {
	s, _ := searchFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Search(ctx, "ceasefire", 10); !errors.Is(err, context.Canceled) {
		t.Errorf("Search with a cancelled context: err = %v, want context.Canceled", err)
	}
}

// FuzzSearch checks that no query is an error or a panic.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"ceasefire", `"a b`, `AND(`, `-x`, `NEAR(a, 2)`, `col:x`, "\xff", `a*"b"*`, "^a", `"" ""`} {
		f.Add(q)
	}
	s := openTest(f)
	a := newArticle("Ceasefire talks", "", day(1), "Negotiators met in Riyadh.")
	mustPut(f, s, a, nil)
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q, 5); err != nil {
			t.Errorf("Search(%q) [%s]: %v", q, MatchQuery(q), err)
		}
	})
}

func TestBadAnalysisSpans(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := newArticle("Spans", "", day(1), "Short body.")
	an := &reader.Analysis{Version: 1,
		Speakers: []reader.Speaker{{Name: "Ann Lee"}},
		Quotes: []reader.Quote{
			{Span: reader.Span{Start: -5, End: 3}, Speaker: 0},
			{Span: reader.Span{Start: 8, End: 2}, Speaker: 0},
			{Span: reader.Span{Start: 5, End: 5000}, Speaker: 7},
			{Span: reader.Span{Start: 1, End: 3}, Speaker: -1},
		},
	}
	id := mustPut(t, s, a, an)
	got, err := s.Get(ctx, id)
	if err != nil || got.Quotes != 4 {
		t.Fatalf("Get = %+v, %v", got, err)
	}
	qs, err := s.QuotesBy(ctx, "Ann Lee")
	if err != nil || len(qs) != 2 || qs[0].Text != a.Body[0:3] || qs[1].Text != "" {
		t.Errorf("QuotesBy = %+v, %v", qs, err)
	}
	checkIntegrity(t, s)
}

// TestSearchSkipsFrontMatter: a Markdown article's front matter is
// metadata, so its lines neither match a search nor show in snippets,
// before and after the article's analysis is replaced.
func TestSearchSkipsFrontMatter(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a, err := reader.Parse([]byte("---\ntitle: Harbour reopens\nlicense: CC BY 2.5, Wikinews contributors\n---\n\n"+
		"The harbour reopened on Monday after the storm.\n"), "a.md")
	if err != nil {
		t.Fatal(err)
	}
	id := mustPut(t, s, a, nil)
	check := func(when string) {
		t.Helper()
		if hs, err := s.Search(ctx, "wikinews ", 10); err != nil || len(hs) != 0 {
			t.Errorf("%s: search for a front-matter word = %v, %v; want no hits", when, hitIDs(hs), err)
		}
		hs, err := s.Search(ctx, "storm ", 10)
		if err != nil || len(hs) != 1 || hs[0].ID != id {
			t.Fatalf("%s: search for a body word = %v, %v; want [%d]", when, hitIDs(hs), err, id)
		}
		if strings.Contains(hs[0].Snippet, "license") || strings.Contains(hs[0].Snippet, "---") {
			t.Errorf("%s: snippet %q shows the front matter", when, hs[0].Snippet)
		}
	}
	check("stored")
	if err := s.SetAnalysis(ctx, id, reader.Analyze(a)); err != nil {
		t.Fatal(err)
	}
	check("re-analysed")
	if hs, err := s.Search(ctx, "harbour ", 10); err != nil || len(hs) != 1 {
		t.Errorf("the title is still searched: %v, %v", hitIDs(hs), err)
	}
}

func TestExpandPrefix(t *testing.T) {
	s, _ := searchFixture(t)
	ctx := context.Background()
	for _, tc := range []struct{ in, want string }{
		{`"ceasef"*`, `"ceasefire"`},                     // one word
		{`"talks" "ceasef"*`, `"talks" "ceasefire"`},     // the last term only
		{`"ri"`, `"ri"`},                                 // not a prefix
		{`"re"*`, `("reeves" OR "results" OR "resume")`}, // a few words
		{`"zzz"*`, `"zzz"*`},                             // no word: left to FTS5
		{`"new yo"*`, `"new yo"*`},                       // a phrase
		{`"été"*`, `"été"*`},                             // folded by the index, not here
	} {
		got, err := s.expandPrefix(ctx, tc.in)
		if err != nil || got != tc.want {
			t.Errorf("expandPrefix(%s) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
	}
	// Prefixes of more than maxExpansion words stay prefixes.
	var words []string
	for i := range maxExpansion + 1 {
		words = append(words, fmt.Sprintf("quorum%c", 'a'+i))
	}
	mustPut(t, s, newArticle("Many", "", day(9), strings.Join(words, " ")+"."), nil)
	if got, _ := s.expandPrefix(ctx, `"quoru"*`); got != `"quoru"*` {
		t.Errorf("a prefix of %d words became %s", len(words), got)
	}
	hs, err := s.Search(ctx, "quorumc", 5)
	if err != nil || len(hs) != 1 {
		t.Errorf("Search(quorumc) = %v, %v", hitIDs(hs), err)
	}
}

// TestQuoteTextLeavesOutItsGap: a quote its attribution interrupts is
// stored as its words, without the attribution.
func TestQuoteTextLeavesOutItsGap(t *testing.T) {
	s := openTest(t)
	a := newArticle("Gap", "", day(1), "''It is not reform,'' Ann Lee said. ''It is anti-reform.''")
	gap := strings.Index(a.Body, " Ann")
	an := &reader.Analysis{Version: 1,
		Speakers: []reader.Speaker{{Name: "Ann Lee"}},
		Quotes: []reader.Quote{{Span: reader.Span{Start: strings.Index(a.Body, "''"), End: len(a.Body)}, Kind: reader.Indirect, Speaker: 0,
			Gap: reader.Span{Start: gap, End: gap + len(" Ann Lee said. ")}}},
	}
	mustPut(t, s, a, an)
	qs, err := s.QuotesBy(context.Background(), "Ann Lee")
	if want := "''It is not reform, … It is anti-reform.''"; err != nil || len(qs) != 1 || qs[0].Text != want {
		t.Errorf("QuotesBy = %+v, %v; want one quote %q", qs, err, want)
	}
}

package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/reader"
)

func sampleArticle() *reader.Article {
	a := newArticle("Trump and Zelensky hold 'positive' call", "https://example.com/call",
		time.Date(2025, time.March, 19, 17, 30, 0, 0, time.FixedZone("CET", 3600)),
		`US President Donald Trump said the call was "very good", and that they were "very much on track".`,
		`Zelensky said Ukraine was ready to stop attacks on energy infrastructure.`,
		`"We cannot accept this," the Kremlin said.`,
	)
	a.Authors = []string{"Robert Greenall", "Jane Doe"}
	a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockImage, Span: reader.Span{Start: 0, End: 5},
		Credit: "Getty Images", CreditSpan: reader.Span{Start: 1, End: 4}})
	return a
}

func sampleAnalysis(t *testing.T, a *reader.Article) *reader.Analysis {
	an := newAnalysis(t, a, []said{
		{"Donald Trump", `"very good"`, reader.Direct},
		{"Donald Trump", `"very much on track"`, reader.Direct},
		{"Volodymyr Zelensky", "Ukraine was ready to stop attacks on energy infrastructure", reader.Indirect},
		{"", `"We cannot accept this,"`, reader.Direct},
	}, "Donald Trump=Trump|US President Donald Trump", "Volodymyr Zelensky=Zelensky")
	an.Speakers[0].Role = "US President"
	an.Entities = []reader.Entity{{Name: "Ukraine", Kind: reader.Place, Mentions: []reader.Span{{Start: 150, End: 157}}}}
	an.Figures = []reader.Figure{{Span: reader.Span{Start: 3, End: 9}, Kind: reader.Percent, Value: 76, HasValue: true,
		Unit: "%", Sentence: reader.Span{Start: 0, End: 20}}}
	return an
}

func TestRoundTrip(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := sampleArticle()
	an := sampleAnalysis(t, a)
	before := time.Now().Add(-time.Second)
	id := mustPut(t, s, a, an)

	got, err := s.Get(ctx, id)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if !got.Article.Date.Equal(a.Date) {
		t.Errorf("Date = %v, want %v", got.Article.Date, a.Date)
	}
	if _, off := got.Article.Date.Zone(); off != 3600 {
		t.Errorf("Date offset = %d, want 3600 (the zone is kept)", off)
	}
	want := *a
	want.Date = got.Article.Date
	if !reflect.DeepEqual(got.Article, want) {
		t.Errorf("Article round trip:\n got %+v\nwant %+v", got.Article, want)
	}
	if !reflect.DeepEqual(got.Analysis, an) {
		t.Errorf("Analysis round trip:\n got %+v\nwant %+v", got.Analysis, an)
	}
	sum := got.Summary
	if sum.ID != id || sum.Title != a.Title || sum.Source != a.Source || sum.URL != a.URL ||
		!reflect.DeepEqual(sum.Authors, a.Authors) || !sum.Date.Equal(a.Date) {
		t.Errorf("Summary = %+v, does not match the article", sum)
	}
	if sum.Quotes != 4 {
		t.Errorf("Summary.Quotes = %d, want 4", sum.Quotes)
	}
	if sum.Read || sum.Starred {
		t.Errorf("new article is read=%v starred=%v, want neither", sum.Read, sum.Starred)
	}
	if sum.Added.Before(before) || sum.Added.After(time.Now().Add(time.Second)) {
		t.Errorf("Added = %v, want about now", sum.Added)
	}

	// Without an analysis, or a date, or authors.
	b := newArticle("Bare", "", time.Time{}, "Just a paragraph.")
	id2 := mustPut(t, s, b, nil)
	got2, err := s.Get(ctx, id2)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got2.Analysis != nil {
		t.Errorf("Analysis = %+v, want nil", got2.Analysis)
	}
	if !got2.Date.IsZero() || got2.Authors != nil || got2.URL != "" {
		t.Errorf("bare Summary = %+v, want zero date, nil authors, no URL", got2.Summary)
	}
	if !reflect.DeepEqual(got2.Article, *b) {
		t.Errorf("bare Article:\n got %+v\nwant %+v", got2.Article, *b)
	}
}

func TestDedupeByURL(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	id := mustPut(t, s, newArticle("One", "https://example.com/a", day(1), "First text."), nil)
	// Same URL, different text: a duplicate, and nothing changes.
	id2, created, err := s.Put(ctx, newArticle("One, edited", "https://example.com/a", day(2), "Other text."), nil)
	if err != nil || created || id2 != id {
		t.Fatalf("Put same URL = (%d, %v, %v), want (%d, false, nil)", id2, created, err, id)
	}
	got, err := s.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "One" {
		t.Errorf("title after duplicate Put = %q, want the first one's", got.Title)
	}
	// Same text, other URL: a different article.
	if _, created, err := s.Put(ctx, newArticle("One", "https://example.com/b", day(1), "First text."), nil); err != nil || !created {
		t.Errorf("Put same text, other URL: created=%v err=%v, want a new article", created, err)
	}
	if n, _ := s.Count(ctx); n != 2 {
		t.Errorf("Count = %d, want 2", n)
	}
	for url, want := range map[string]bool{"https://example.com/a": true, " https://example.com/b ": true,
		"https://example.com/c": false, "": false} {
		if got, err := s.HasURL(ctx, url); err != nil || got != want {
			t.Errorf("HasURL(%q) = %v, %v; want %v", url, got, err, want)
		}
	}
}

func TestDedupeByText(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	id := mustPut(t, s, newArticle("Budget day", "", time.Time{}, "The Chancellor spoke.", "Markets rose."), nil)
	for _, tc := range []struct {
		name string
		a    *reader.Article
		dup  bool
	}{
		{"same", newArticle("Budget day", "", time.Time{}, "The Chancellor spoke.", "Markets rose."), true},
		{"case and spaces", newArticle("BUDGET   day", "", time.Time{}, "the chancellor\tspoke.\n", "  Markets  ROSE."), true},
		{"other text", newArticle("Budget day", "", time.Time{}, "The Chancellor spoke.", "Markets fell."), false},
		{"other title", newArticle("Budget night", "", time.Time{}, "The Chancellor spoke.", "Markets rose."), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := s.Count(ctx)
			got, created, err := s.Put(ctx, tc.a, nil)
			if err != nil {
				t.Fatal(err)
			}
			after, _ := s.Count(ctx)
			if tc.dup {
				if created || got != id || after != before {
					t.Errorf("Put = (%d, %v), count %d→%d; want (%d, false) and no change", got, created, before, after, id)
				}
			} else if !created || got == id || after != before+1 {
				t.Errorf("Put = (%d, %v), count %d→%d; want a new article", got, created, before, after)
			}
		})
	}
}

func TestTextHash(t *testing.T) {
	if TextHash("A  b", "C\nd") != TextHash("a b", "c d") {
		t.Error("TextHash differs for case and white space")
	}
	if TextHash("ab", "") == TextHash("a", "b") {
		t.Error("TextHash does not separate title from body")
	}
	if TextHash("Éclair", "") != TextHash("éCLAIR", "") {
		t.Error("TextHash does not fold non-ASCII case")
	}
}

func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "dir", "byline.db")
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := sampleArticle()
	id, _, err := s.Put(ctx, a, sampleAnalysis(t, a))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2 := openAt(t, path)
	got, err := s2.Get(ctx, id)
	if err != nil {
		t.Fatalf("Get after reopen: %v", err)
	}
	if got.Title != a.Title || !got.Starred || got.Analysis == nil || len(got.Analysis.Quotes) != 4 {
		t.Errorf("after reopen: %+v", got.Summary)
	}
	if hits, err := s2.Search(ctx, "zelensky", 10); err != nil || len(hits) != 1 {
		t.Errorf("Search after reopen = %d hits, %v; want 1", len(hits), err)
	}
}

func TestNotFound(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	_, err := s.Get(ctx, 42)
	if !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(42) err = %v, want ErrNotFound", err)
	}
	if err != nil && !strings.Contains(err.Error(), "store: get article 42") {
		t.Errorf("Get(42) err = %q, want it to say what failed", err)
	}
	for name, err := range map[string]error{
		"SetRead":     s.SetRead(ctx, 42, true),
		"SetStarred":  s.SetStarred(ctx, 42, true),
		"SetAnalysis": s.SetAnalysis(ctx, 42, &reader.Analysis{Version: 1}),
		"UpdateFeed":  s.UpdateFeed(ctx, Feed{ID: 7, Title: "x"}),
		"RemoveFeed":  s.RemoveFeed(ctx, "https://nowhere.example/feed"),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s err = %v, want ErrNotFound", name, err)
		}
	}
	if _, err := s.QuotesBy(ctx, "Nobody Atall"); !errors.Is(err, ErrNotFound) {
		t.Errorf("QuotesBy(unknown) err = %v, want ErrNotFound", err)
	}
}

func TestMarks(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var ids []int64
	for i := 1; i <= 4; i++ {
		ids = append(ids, mustPut(t, s, newArticle("Article "+string(rune('A'+i)), "", day(i), "Text "+string(rune('a'+i))), nil))
	}
	if err := s.SetRead(ctx, ids[0], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(ctx, ids[1], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRead(ctx, ids[1], false); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, ids[2], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, ids[0], true); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(ctx, ids[0])
	if err != nil || !got.Read || !got.Starred {
		t.Errorf("Get after marks: read=%v starred=%v err=%v; want both", got.Read, got.Starred, err)
	}
	idsOf := func(opt ListOptions) []int64 {
		t.Helper()
		l, err := s.List(ctx, opt)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, x := range l {
			out = append(out, x.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		opt  ListOptions
		want []int64
	}{
		{"all", ListOptions{}, []int64{ids[3], ids[2], ids[1], ids[0]}},
		{"unread", ListOptions{UnreadOnly: true}, []int64{ids[3], ids[2], ids[1]}},
		{"starred", ListOptions{StarredOnly: true}, []int64{ids[2], ids[0]}},
		{"starred unread", ListOptions{StarredOnly: true, UnreadOnly: true}, []int64{ids[2]}},
	} {
		if got := idsOf(tc.opt); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("List(%s) = %v, want %v", tc.name, got, tc.want)
		}
		if n, err := s.CountList(context.Background(), tc.opt); err != nil || n != len(tc.want) {
			t.Errorf("CountList(%s) = %d, %v; want %d", tc.name, n, err, len(tc.want))
		}
	}
}

func TestListPaging(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	// Dates out of insertion order; two without a date sort by when added
	// (now, so before every dated article of 2025).
	order := []int{5, 17, 2, 23, 11, 8, 20, 14, 1, 26, 3, 9}
	byDay := map[int]int64{}
	for _, d := range order {
		byDay[d] = mustPut(t, s, newArticle("Day "+time.Month(d).String(), "", day(d), strings.Repeat("x", d)), nil)
	}
	undated := mustPut(t, s, newArticle("Undated", "", time.Time{}, "no date"), nil)
	var want []int64
	want = append(want, undated)
	for d := 31; d >= 1; d-- {
		if id, ok := byDay[d]; ok {
			want = append(want, id)
		}
	}
	var got []int64
	for off := 0; ; off += 5 {
		page, err := s.List(ctx, ListOptions{Offset: off, Limit: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(page) > 5 {
			t.Fatalf("page of %d, limit 5", len(page))
		}
		for _, p := range page {
			got = append(got, p.ID)
		}
		if len(page) < 5 {
			break
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paged List = %v, want %v (newest first)", got, want)
	}
	if n, err := s.Count(ctx); err != nil || n != len(want) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(want))
	}
	all, err := s.List(ctx, ListOptions{})
	if err != nil || len(all) != len(want) {
		t.Errorf("List with no limit = %d, %v; want all %d", len(all), err, len(want))
	}
}

func TestStaleAndSetAnalysis(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	none := mustPut(t, s, newArticle("No analysis", "", day(1), "Nothing here."), nil)
	a := newArticle("Old analysis", "", day(2), `Smith said "prices will rise" soon.`)
	old := newAnalysis(t, a, []said{{"John Smith", `"prices will rise"`, reader.Direct}})
	old.Version = 1
	oldID := mustPut(t, s, a, old)
	b := newArticle("New analysis", "", day(3), "Quiet day.")
	cur := &reader.Analysis{Version: 2}
	mustPut(t, s, b, cur)

	ids, err := s.Stale(ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ids, []int64{none, oldID}) {
		t.Errorf("Stale(2) = %v, want %v", ids, []int64{none, oldID})
	}
	if ids, _ := s.Stale(ctx, 1); !reflect.DeepEqual(ids, []int64{none}) {
		t.Errorf("Stale(1) = %v, want %v", ids, []int64{none})
	}

	// Re-analyse: the speaker is now someone else.
	re := newAnalysis(t, a, []said{{"Mary Jones", `"prices will rise"`, reader.Direct}})
	re.Version = 2
	if err := s.SetAnalysis(ctx, oldID, re); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.Stale(ctx, 2); !reflect.DeepEqual(ids, []int64{none}) {
		t.Errorf("Stale(2) after SetAnalysis = %v, want %v", ids, []int64{none})
	}
	got, err := s.Get(ctx, oldID)
	if err != nil || !reflect.DeepEqual(got.Analysis, re) {
		t.Errorf("Get after SetAnalysis: %+v, %v", got.Analysis, err)
	}
	if hits, _ := s.Search(ctx, "jones ", 10); len(hits) != 1 || hits[0].ID != oldID {
		t.Errorf("Search(jones) after SetAnalysis = %v, want article %d", hits, oldID)
	}
	if hits, _ := s.Search(ctx, "john ", 10); len(hits) != 0 {
		t.Errorf("Search(john) after SetAnalysis = %v, want none: the old speaker is still indexed", hits)
	}
	if _, err := s.QuotesBy(ctx, "John Smith"); !errors.Is(err, ErrNotFound) {
		t.Errorf("QuotesBy(old speaker) err = %v, want ErrNotFound", err)
	}
	if q, err := s.QuotesBy(ctx, "jones"); err != nil || len(q) != 1 {
		t.Errorf("QuotesBy(new speaker) = %v, %v; want 1 quote", q, err)
	}
	// Removing the analysis makes it stale again.
	if err := s.SetAnalysis(ctx, oldID, nil); err != nil {
		t.Fatal(err)
	}
	if ids, _ := s.Stale(ctx, 2); !reflect.DeepEqual(ids, []int64{none, oldID}) {
		t.Errorf("Stale(2) after removing = %v", ids)
	}
	checkIntegrity(t, s)
}

func TestFeeds(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	id1, err := s.AddFeed(ctx, Feed{URL: "https://a.example/rss", Title: "A"})
	if err != nil {
		t.Fatal(err)
	}
	id2, err := s.AddFeed(ctx, Feed{URL: "https://b.example/atom"})
	if err != nil {
		t.Fatal(err)
	}
	if again, err := s.AddFeed(ctx, Feed{URL: "https://a.example/rss"}); !errors.Is(err, ErrExists) || again != id1 {
		t.Errorf("AddFeed(duplicate) = %d, %v; want %d, ErrExists", again, err, id1)
	}
	if _, err := s.AddFeed(ctx, Feed{URL: "  "}); err == nil {
		t.Error("AddFeed(empty URL) succeeded")
	}
	checked := time.Date(2025, 3, 19, 12, 0, 0, 0, time.UTC)
	if err := s.UpdateFeed(ctx, Feed{ID: id1, Title: "A news", ETag: `"abc"`, LastModified: "Wed, 19 Mar 2025 12:00:00 GMT", Checked: checked}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateFeed(ctx, Feed{URL: "https://b.example/atom", Error: "HTTP 500", Checked: checked}); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []Feed{
		{ID: id1, URL: "https://a.example/rss", Title: "A news", ETag: `"abc"`, LastModified: "Wed, 19 Mar 2025 12:00:00 GMT", Checked: checked},
		{ID: id2, URL: "https://b.example/atom", Error: "HTTP 500", Checked: checked},
	}
	if len(feeds) != 2 {
		t.Fatalf("Feeds = %+v, want 2", feeds)
	}
	for i := range want {
		if !feeds[i].Checked.Equal(want[i].Checked) {
			t.Errorf("feed %d Checked = %v, want %v", i, feeds[i].Checked, want[i].Checked)
		}
		feeds[i].Checked = want[i].Checked
	}
	if !reflect.DeepEqual(feeds, want) {
		t.Errorf("Feeds =\n %+v\nwant\n %+v", feeds, want)
	}
	if err := s.RemoveFeed(ctx, "https://a.example/rss"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, strconv.FormatInt(id2, 10)); err != nil {
		t.Fatal(err)
	}
	if left, _ := s.Feeds(ctx); len(left) != 0 {
		t.Errorf("Feeds after removing both = %+v", left)
	}
}

func TestTextHashNormalises(t *testing.T) {
	// The hash is the sha256 of the normalised text, spelled out here.
	for _, tc := range []struct{ title, body, norm string }{
		{"A  Title ", "\tBody\u00a0TEXT\r\n\n more ", "a title\nbody text more"},
		{"", "", "\n"},
		{"ÉTÉ", "x\u2003y", "été\nx y"},
		{"bad \xff byte", "", "bad \ufffd byte\n"},
	} {
		sum := sha256.Sum256([]byte(tc.norm))
		if got := TextHash(tc.title, tc.body); got != hex.EncodeToString(sum[:]) {
			t.Errorf("TextHash(%q, %q) is not the hash of %q", tc.title, tc.body, tc.norm)
		}
	}
}

func TestOddDates(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	far := newArticle("Far future", "", time.Date(12000, 1, 1, 0, 0, 0, 0, time.UTC), "x")
	idFar := mustPut(t, s, far, nil)
	zone := newArticle("Zoned", "", time.Date(2025, 3, 19, 23, 30, 0, 0, time.FixedZone("", -5*3600)), "y")
	idZone := mustPut(t, s, zone, nil)
	l, err := s.List(ctx, ListOptions{})
	if err != nil || len(l) != 2 {
		t.Fatalf("List = %+v, %v", l, err)
	}
	got, err := s.Get(ctx, idFar)
	if err != nil || !got.Date.IsZero() {
		t.Errorf("year-12000 date read back as %v, %v; want unknown", got.Date, err)
	}
	got, err = s.Get(ctx, idZone)
	if err != nil || !got.Date.Equal(zone.Date) || got.Date.Day() != 19 {
		t.Errorf("zoned date read back as %v, %v; want %v in its own zone", got.Date, err, zone.Date)
	}
}

func TestDelete(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := newArticle("Energy prices", "https://example.com/energy", day(1), `The minister said "bills will fall" next winter.`)
	id := mustPut(t, s, a, newAnalysis(t, a, []said{{"Rachel Reeves", `"bills will fall"`, reader.Direct}}))
	other := mustPut(t, s, newArticle("Markets", "", day(2), "Shares rose."), nil)
	if sp, err := s.Speakers(ctx); err != nil || len(sp) != 1 {
		t.Fatalf("Speakers before = %v, %v", sp, err)
	}
	if err := s.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete: %v, want ErrNotFound", err)
	}
	if n, _ := s.Count(ctx); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
	if hs, err := s.Search(ctx, "winter ", 10); err != nil || len(hs) != 0 {
		t.Errorf("Search after Delete = %v, %v; want no hits", hitIDs(hs), err)
	}
	if sp, err := s.Speakers(ctx); err != nil || len(sp) != 0 {
		t.Errorf("Speakers after Delete = %v, %v; want none", sp, err)
	}
	if _, err := s.QuotesBy(ctx, "Rachel Reeves"); !errors.Is(err, ErrNotFound) {
		t.Errorf("QuotesBy after Delete: %v, want ErrNotFound", err)
	}
	if has, err := s.HasURL(ctx, "https://example.com/energy"); err != nil || !has {
		t.Errorf("HasURL of a deleted article = %v, %v; want true (a feed must not bring it back)", has, err)
	}
	if err := s.Delete(ctx, id); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete: %v, want ErrNotFound", err)
	}
	if _, err := s.Get(ctx, other); err != nil {
		t.Errorf("the other article: %v", err)
	}
	// Imported again by hand, it is a new article.
	if _, created, err := s.Put(ctx, a, nil); err != nil || !created {
		t.Errorf("Put after Delete: created %v, %v", created, err)
	}
}

// TestKnown: an article is known by its address, or without one by its
// text as TextHash normalises it; a deleted one is not.
func TestKnown(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	withURL := newArticle("Talks resume", "https://news.test/a", day(1), "Negotiators met in Riyadh.")
	noURL := newArticle("Talks end", "", day(2), "The delegations left Geneva.")
	mustPut(t, s, withURL, nil)
	id := mustPut(t, s, noURL, nil)
	for _, tc := range []struct {
		url, hash string
		want      bool
	}{
		{"https://news.test/a", "", true},
		{" https://news.test/a ", "", true},
		{"https://news.test/b", TextHash(withURL.Title, withURL.Body), false}, // the address decides
		{"", TextHash(noURL.Title, noURL.Body), true},
		{"", TextHash("TALKS  END", noURL.Body), true},
		{"", TextHash(noURL.Title, "Another body."), false},
	} {
		if got, err := s.Known(ctx, tc.url, tc.hash); err != nil || got != tc.want {
			t.Errorf("Known(%q, %.8s…) = %v, %v; want %v", tc.url, tc.hash, got, err, tc.want)
		}
	}
	if err := s.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Known(ctx, "", TextHash(noURL.Title, noURL.Body)); err != nil || got {
		t.Errorf("Known after Delete = %v, %v; want false", got, err)
	}
}

// TestPutManyLeavesConnectionsAsItFoundThem: PutMany writes with foreign
// key checks off and a large page cache on its connection, and gives every
// connection back with the checks on (deleting an article takes its quotes
// with it) and the everyday cache.
func TestPutManyLeavesConnectionsAsItFoundThem(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	var items []Item
	for i := range 3 {
		a, an := quoted(t, i)
		items = append(items, Item{Article: a, Analysis: an})
	}
	if _, err := s.PutMany(ctx, items); err != nil {
		t.Fatal(err)
	}
	var conns []*sql.Conn
	defer func() {
		for _, c := range conns {
			_ = c.Close()
		}
	}()
	for range 5 { // more than the pool keeps idle: every connection there
		c, err := s.db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
		var fk, cache int
		if err := c.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil {
			t.Fatal(err)
		}
		if err := c.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
			t.Fatal(err)
		}
		if fk != 1 || cache != -cacheKiB {
			t.Errorf("a connection has foreign_keys %d, cache_size %d; want 1, %d", fk, cache, -cacheKiB)
		}
	}
}

// TestTextHashSpellings: every spelling of one text that differs only in
// case and white space hashes alike, wherever the differences fall.
func TestTextHashSpellings(t *testing.T) {
	words := []string{"Ceasefire", "talks", "ÉCLAIR", "in", "Riyadh,", "2025:", "“quoted”", "x"}
	r := rand.New(rand.NewPCG(7, 9))
	spaces := []string{" ", "  ", "\n", "\t \n", "\u00a0", "\u2003"}
	for range 200 {
		var a, b strings.Builder
		for i, w := range words[:1+r.IntN(len(words))] {
			if i > 0 {
				a.WriteString(" ")
				b.WriteString(spaces[r.IntN(len(spaces))])
			}
			a.WriteString(strings.ToLower(w))
			if r.IntN(2) == 0 {
				w = strings.ToUpper(w)
			}
			b.WriteString(w)
		}
		lead := spaces[r.IntN(len(spaces))]
		if TextHash("T", a.String()) != TextHash("t", lead+b.String()+lead) {
			t.Fatalf("%q and %q hash differently", a.String(), lead+b.String()+lead)
		}
	}
}

// TestEncode: an item encoded before PutMany is stored as it would have
// been without; one whose article or analysis was replaced after Encode is
// stored as it is at PutMany, and one that cannot be encoded fails alone.
func TestEncode(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a0, an0 := quoted(t, 0)
	a1, an1 := quoted(t, 1)
	a2, an2 := quoted(t, 2)
	items := []Item{{Article: a0, Analysis: an0}, {Article: a1, Analysis: an1}, {Article: a2, Analysis: an2}, {}}
	for i := range items[:2] {
		if err := items[i].Encode(); err != nil {
			t.Fatal(err)
		}
	}
	if items[0].Hash != TextHash(a0.Title, a0.Body) {
		t.Errorf("Encode left Hash %q, want the text hash", items[0].Hash)
	}
	if err := items[3].Encode(); err == nil {
		t.Error("Encode of an item with no article succeeded")
	}
	// Replaced after Encode: the row made from the old one must not be
	// written.
	swapped, swappedAn := quoted(t, 5)
	items[1].Article, items[1].Analysis, items[1].Hash = swapped, swappedAn, ""
	res, err := s.PutMany(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	if res[3].Err == nil {
		t.Error("the item with no article did not fail")
	}
	for i, want := range []*reader.Article{a0, swapped, a2} {
		if res[i].Err != nil || !res[i].Created {
			t.Fatalf("item %d: %+v", i, res[i])
		}
		got, err := s.Get(ctx, res[i].ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != want.Title || got.Article.Body != want.Body || got.Analysis == nil || len(got.Analysis.Quotes) != 1 {
			t.Errorf("item %d stored as %q, want %q with its analysis", i, got.Title, want.Title)
		}
	}
	for name, want := range map[string]int{"Speaker Person0": 1, "Speaker Person5": 1, "Speaker Person1": 0} {
		qs, err := s.QuotesBy(ctx, name)
		if len(qs) != want || (want == 0) != errors.Is(err, ErrNotFound) {
			t.Errorf("QuotesBy(%s) = %d quotes, %v; want %d", name, len(qs), err, want)
		}
	}
	checkIntegrity(t, s)
}

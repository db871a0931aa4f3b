// Package storetest is the conformance suite every store.Store passes:
// the SQLite store's tests and the PostgreSQL store's run it, so that both
// behave the same to the rest of byline.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// Run runs the suite; open returns a new, empty store for one subtest
// (and closes it when the test ends).
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		f    func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"NotFound", testNotFound},
		{"Dedupe", testDedupe},
		{"PutMany", testPutMany},
		{"List", testList},
		{"Search", testSearch},
		{"Speakers", testSpeakers},
		{"Feeds", testFeeds},
		{"ReadStar", testReadStar},
		{"Delete", testDelete},
		{"Analysis", testAnalysis},
		{"Concurrency", testConcurrency},
		{"Provenance", testProvenance},
		{"SearchPage", testSearchPage},
		{"FeedArticles", testFeedArticles},
		{"FeedGUIDs", testFeedGUIDs},
		{"FiguresNear", testFiguresNear},
		{"QuoteCount", testQuoteCount},
		{"SearchWindow", testSearchWindow},
		{"SpeakerRoles", testSpeakerRoles},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.f(t, open(t)) })
	}
	// Cases that open stores of their own.
	for _, tc := range []struct {
		name string
		f    func(t *testing.T, open func(t *testing.T) store.Store)
	}{
		{"SpeakerIndex", testSpeakerIndex},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.f(t, open) })
	}
}

// Article builds an article by hand: a title block, then one paragraph
// block per paragraph.
func Article(title, url string, date time.Time, paras ...string) *reader.Article {
	a := &reader.Article{Title: title, URL: url, Date: date, Source: "Test News", Format: reader.FormatText}
	var b strings.Builder
	b.WriteString(title)
	a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockTitle, Span: reader.Span{Start: 0, End: len(title)}})
	for _, p := range paras {
		b.WriteString("\n\n")
		start := b.Len()
		b.WriteString(p)
		a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: start, End: b.Len()}})
	}
	a.Body = b.String()
	return a
}

// Said is a quote for Analysis: its text (found in the body) by speaker.
type Said struct{ Speaker, Text string }

// Analysis builds an analysis of a by hand, each quote where its text
// first stands in the body; aliases are "Name=Alias1|Alias2".
func Analysis(t testing.TB, a *reader.Article, quotes []Said, aliases ...string) *reader.Analysis {
	t.Helper()
	an := &reader.Analysis{Version: reader.AnalyzerVersion}
	index := map[string]int{}
	for _, q := range quotes {
		at := strings.Index(a.Body, q.Text)
		if at < 0 {
			t.Fatalf("quote %q not in body", q.Text)
		}
		sp := -1
		if q.Speaker != "" {
			i, ok := index[q.Speaker]
			if !ok {
				i = len(an.Speakers)
				index[q.Speaker] = i
				an.Speakers = append(an.Speakers, reader.Speaker{Name: q.Speaker, Kind: reader.Person})
			}
			an.Speakers[i].Quotes++
			sp = i
		}
		an.Quotes = append(an.Quotes, reader.Quote{Span: reader.Span{Start: at, End: at + len(q.Text)},
			Kind: reader.Direct, Speaker: sp})
	}
	for _, al := range aliases {
		name, list, _ := strings.Cut(al, "=")
		if i, ok := index[name]; ok {
			an.Speakers[i].Aliases = strings.Split(list, "|")
		}
	}
	return an
}

func day(d int) time.Time { return time.Date(2025, time.March, d, 0, 0, 0, 0, time.UTC) }

func put(t *testing.T, s store.Store, a *reader.Article, an *reader.Analysis) int64 {
	t.Helper()
	id, created, err := s.Put(context.Background(), a, an)
	if err != nil {
		t.Fatalf("Put(%q): %v", a.Title, err)
	}
	if !created {
		t.Fatalf("Put(%q): created = false, want true", a.Title)
	}
	return id
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("Ceasefire talks resume", "https://example.com/a", time.Date(2025, 3, 4, 10, 30, 0, 0, time.FixedZone("", 3600)),
		`"We will not give up," said Jane Roe.`, "Talks resume on Tuesday. Ünïcode stays — intact.")
	a.Authors = []string{"A. Writer", "B. Writer"}
	a.Format = reader.FormatMarkdown
	an := Analysis(t, a, []Said{{"Jane Roe", "We will not give up"}})
	id := put(t, s, a, an)
	got, err := s.Get(ctx, id)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	g := got.Article
	if g.Title != a.Title || g.URL != a.URL || g.Body != a.Body || g.Source != a.Source || g.Format != a.Format {
		t.Errorf("Get = %q %q %q %v, want %q %q %q %v", g.Title, g.URL, g.Source, g.Format, a.Title, a.URL, a.Source, a.Format)
	}
	if !g.Date.Equal(a.Date) || strings.Join(g.Authors, ",") != "A. Writer,B. Writer" || len(g.Blocks) != len(a.Blocks) {
		t.Errorf("Get: date %v authors %q blocks %d, want %v %q %d", g.Date, g.Authors, len(g.Blocks), a.Date, a.Authors, len(a.Blocks))
	}
	if got.ID != id || got.Quotes != 1 || strings.Join(got.Speakers, ",") != "Jane Roe" || got.Read || got.Starred {
		t.Errorf("summary = %+v, want id %d, 1 quote by Jane Roe, unread", got.Summary, id)
	}
	if got.Added.IsZero() || time.Since(got.Added) > time.Hour {
		t.Errorf("Added = %v, want about now", got.Added)
	}
	if got.Analysis == nil || len(got.Analysis.Quotes) != 1 || got.Analysis.Speakers[0].Name != "Jane Roe" {
		t.Fatalf("Analysis = %+v, want the one stored", got.Analysis)
	}
	// An article without analysis, date or URL.
	b := Article("Plain", "", time.Time{}, "Nothing said.")
	id2 := put(t, s, b, nil)
	got, err = s.Get(ctx, id2)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if got.Analysis != nil || !got.Date.IsZero() || got.URL != "" || got.Quotes != 0 || got.Speakers != nil {
		t.Errorf("Get(plain) = %+v, analysis %v", got.Summary, got.Analysis)
	}
	if n, err := s.Count(ctx); err != nil || n != 2 {
		t.Errorf("Count = %d, %v; want 2", n, err)
	}
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := put(t, s, Article("One", "https://example.com/one", day(1), "Body."), nil)
	missing := id + 1000
	checks := map[string]error{}
	_, checks["Get"] = s.Get(ctx, missing)
	checks["Delete"] = s.Delete(ctx, missing)
	checks["SetRead"] = s.SetRead(ctx, missing, true)
	checks["SetStarred"] = s.SetStarred(ctx, missing, true)
	checks["SetAnalysis"] = s.SetAnalysis(ctx, missing, nil)
	_, checks["QuotesBy"] = s.QuotesBy(ctx, "Nobody Atall")
	checks["UpdateFeed"] = s.UpdateFeed(ctx, store.Feed{ID: 4242, Title: "x"})
	checks["RemoveFeed"] = s.RemoveFeed(ctx, "https://example.com/nofeed")
	for name, err := range checks {
		if !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s of a missing thing: %v, want ErrNotFound", name, err)
		}
	}
	if _, err := s.Get(ctx, id); err != nil {
		t.Errorf("Get(%d): %v", id, err)
	}
}

func testDedupe(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("Same address", "https://example.com/same", day(2), "First text.")
	id := put(t, s, a, nil)
	id2, created, err := s.Put(ctx, Article("Other title", "https://example.com/same", day(3), "Other text."), nil)
	if err != nil || created || id2 != id {
		t.Errorf("Put same URL = %d, %v, %v; want %d, false", id2, created, err, id)
	}
	n := Article("No address", "", day(2), "Some   words here.")
	nid := put(t, s, n, nil)
	dup := Article("NO ADDRESS", "", day(5), "some words\n here.")
	id3, created, err := s.Put(ctx, dup, nil)
	if err != nil || created || id3 != nid {
		t.Errorf("Put same text without URL = %d, %v, %v; want %d, false", id3, created, err, nid)
	}
	for _, c := range []struct {
		url, hash string
		want      bool
	}{
		{"https://example.com/same", "", true},
		{"https://example.com/other", "", false},
		{"", store.TextHash("no address", "some words here."), false}, // the body is not the same text
		{"", store.TextHash(n.Title, n.Body), true},
		{"", store.TextHash("x", "y"), false},
	} {
		if got, err := s.Known(ctx, c.url, c.hash); err != nil || got != c.want {
			t.Errorf("Known(%q, %.8s) = %v, %v; want %v", c.url, c.hash, got, err, c.want)
		}
	}
	if ok, err := s.HasURL(ctx, " https://example.com/same "); err != nil || !ok {
		t.Errorf("HasURL(same) = %v, %v", ok, err)
	}
	if ok, err := s.HasURL(ctx, "https://example.com/none"); err != nil || ok {
		t.Errorf("HasURL(none) = %v, %v", ok, err)
	}
	if c, err := s.Count(ctx); err != nil || c != 2 {
		t.Errorf("Count = %d, %v; want 2", c, err)
	}
}

func testPutMany(t *testing.T, s store.Store) {
	ctx := context.Background()
	pre := put(t, s, Article("Stored before", "https://example.com/0", day(1), "Old."), nil)
	var items []store.Item
	for i := range 7 {
		a := Article(fmt.Sprintf("Item %d", i), fmt.Sprintf("https://example.com/%d", i%5), day(2+i), fmt.Sprintf("Body %d.", i))
		items = append(items, store.Item{Article: a, Analysis: Analysis(t, a, []Said{{"Ann Lee", fmt.Sprintf("Body %d", i)}})})
	}
	items = append(items, store.Item{}) // nil article fails alone
	res, err := s.PutMany(ctx, items)
	if err != nil {
		t.Fatalf("PutMany: %v", err)
	}
	if len(res) != len(items) {
		t.Fatalf("PutMany gave %d results, want %d", len(res), len(items))
	}
	if res[0].ID != pre || res[0].Created || res[0].Err != nil {
		t.Errorf("item 0 = %+v, want the stored %d", res[0], pre)
	}
	for i := 1; i < 5; i++ {
		if !res[i].Created || res[i].Err != nil || res[i].ID == 0 {
			t.Errorf("item %d = %+v, want created", i, res[i])
		}
	}
	for i := 5; i < 7; i++ { // same URLs as items 0 and 1
		if res[i].Created || res[i].ID != res[i-5].ID {
			t.Errorf("item %d = %+v, want a duplicate of %d", i, res[i], res[i-5].ID)
		}
	}
	if res[7].Err == nil {
		t.Errorf("nil article: no error")
	}
	if n, _ := s.Count(ctx); n != 5 {
		t.Errorf("Count = %d, want 5", n)
	}
	sp, err := s.Speakers(ctx)
	if err != nil || len(sp) != 1 || sp[0].Name != "Ann Lee" || sp[0].Quotes != 4 || sp[0].Articles != 4 {
		t.Errorf("Speakers = %+v, %v; want Ann Lee with 4 quotes in 4 articles", sp, err)
	}
}

func testList(t *testing.T, s store.Store) {
	ctx := context.Background()
	var ids []int64
	for _, d := range []int{3, 1, 5, 2, 4} {
		ids = append(ids, put(t, s, Article(fmt.Sprintf("Day %d", d), fmt.Sprintf("https://example.com/d%d", d), day(d), "Text."), nil))
	}
	list, err := s.List(ctx, store.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, l := range list {
		titles = append(titles, l.Title)
	}
	if got := strings.Join(titles, ","); got != "Day 5,Day 4,Day 3,Day 2,Day 1" {
		t.Errorf("List = %s, want newest first", got)
	}
	page, err := s.List(ctx, store.ListOptions{Offset: 1, Limit: 2})
	if err != nil || len(page) != 2 || page[0].Title != "Day 4" || page[1].Title != "Day 3" {
		t.Errorf("List(1, 2) = %+v, %v", page, err)
	}
	if n, err := s.CountList(ctx, store.ListOptions{Limit: 1}); err != nil || n != 5 {
		t.Errorf("CountList = %d, %v; want 5", n, err)
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	inTitle := put(t, s, Article("Glacier retreat measured", "https://example.com/s1", day(1), "Scientists went north."), nil)
	inBody := put(t, s, Article("Climate notes", "https://example.com/s2", day(2), "The glacier lost ice again this year, the survey said."), nil)
	a := Article("Budget day", "https://example.com/s3", day(3), `"Taxes will rise," said Rachel Reeves.`)
	bySpeaker := put(t, s, a, Analysis(t, a, []Said{{"Rachel Reeves", "Taxes will rise"}}))
	hits, err := s.Search(ctx, "glacier ", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].ID != inTitle || hits[1].ID != inBody {
		t.Fatalf("Search(glacier) = %+v, want the title match then the body match", hits)
	}
	if !strings.Contains(hits[1].Snippet, store.SnippetOpen) || !strings.Contains(strings.ToLower(hits[1].Snippet), "glacier") {
		t.Errorf("snippet %q: no marked match", hits[1].Snippet)
	}
	if hits, err := s.Search(ctx, "glac", 10); err != nil || len(hits) != 2 {
		t.Errorf("Search(prefix glac) = %d hits, %v; want 2", len(hits), err)
	}
	if hits, err := s.Search(ctx, "reeves", 10); err != nil || len(hits) != 1 || hits[0].ID != bySpeaker {
		t.Errorf("Search(reeves) = %+v, %v; want the speaker's article", hits, err)
	}
	if hits, err := s.Search(ctx, `"lost ice"`, 10); err != nil || len(hits) != 1 || hits[0].ID != inBody {
		t.Errorf("Search(phrase) = %+v, %v", hits, err)
	}
	if hits, err := s.Search(ctx, `"ice lost"`, 10); err != nil || len(hits) != 0 {
		t.Errorf("Search(phrase in the wrong order) = %+v, %v; want none", hits, err)
	}
	if hits, err := s.Search(ctx, "glacier taxes ", 10); err != nil || len(hits) != 0 {
		t.Errorf("Search(words in no one article) = %+v, %v; want none", hits, err)
	}
	for _, q := range []string{`AND -foo* : "`, `it's (x) OR y'; DROP TABLE articles; --`, "\x00\x01", "  ", "'':*"} {
		if _, err := s.Search(ctx, q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if hits, err := s.Search(ctx, " !! ", 10); err != nil || len(hits) != 0 {
		t.Errorf("Search(no words) = %v, %v", hits, err)
	}
	if n, err := s.Count(ctx); err != nil || n != 3 {
		t.Errorf("Count after odd searches = %d, %v", n, err)
	}
}

func testSpeakers(t *testing.T, s store.Store) {
	ctx := context.Background()
	a1 := Article("One", "https://example.com/p1", day(1), `"We are ready," said Donald Trump.`, `"Later," said Jane Roe.`)
	put(t, s, a1, Analysis(t, a1, []Said{{"Donald Trump", "We are ready"}, {"Jane Roe", "Later"}}, "Donald Trump=President Trump"))
	a2 := Article("Two", "https://example.com/p2", day(2), `"Not now," Trump said. "Maybe soon," he added.`)
	put(t, s, a2, Analysis(t, a2, []Said{{"Trump", "Not now"}, {"Trump", "Maybe soon"}}))
	sp, err := s.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sp) != 2 {
		t.Fatalf("Speakers = %+v, want Donald Trump and Jane Roe", sp)
	}
	tr := sp[0]
	if tr.Name != "Donald Trump" || tr.Quotes != 3 || tr.Articles != 2 || strings.Join(tr.Aliases, ",") != "President Trump,Trump" {
		t.Errorf("Speakers[0] = %+v, want Donald Trump, 3 quotes, 2 articles, aliases President Trump, Trump", tr)
	}
	if sp[1].Name != "Jane Roe" || sp[1].Quotes != 1 || sp[1].Articles != 1 {
		t.Errorf("Speakers[1] = %+v", sp[1])
	}
	for _, name := range []string{"trump", "President Trump", "DONALD TRUMP"} {
		qs, err := s.QuotesBy(ctx, name)
		if err != nil {
			t.Fatalf("QuotesBy(%q): %v", name, err)
		}
		var texts, urls []string
		for _, q := range qs {
			texts, urls = append(texts, q.Text), append(urls, q.URL)
		}
		if got := strings.Join(urls, " "); got != "https://example.com/p2 https://example.com/p2 https://example.com/p1" {
			t.Errorf("QuotesBy(%q) URLs = %s, want each quote's article's", name, got)
		}
		if got := strings.Join(texts, "|"); got != "Not now|Maybe soon|We are ready" {
			t.Errorf("QuotesBy(%q) = %s, want the newest article's first, in text order", name, got)
		}
	}
}

func testFeeds(t *testing.T, s store.Store) {
	ctx := context.Background()
	id1, err := s.AddFeed(ctx, store.Feed{URL: "https://example.com/feed.xml", Title: "Example"})
	if err != nil {
		t.Fatal(err)
	}
	id2, err := s.AddFeed(ctx, store.Feed{URL: "https://example.org/rss"})
	if err != nil || id2 == id1 {
		t.Fatalf("AddFeed 2 = %d, %v", id2, err)
	}
	if id, err := s.AddFeed(ctx, store.Feed{URL: " https://example.com/feed.xml "}); !errors.Is(err, store.ErrExists) || id != id1 {
		t.Errorf("AddFeed again = %d, %v; want %d, ErrExists", id, err, id1)
	}
	if _, err := s.AddFeed(ctx, store.Feed{URL: "  "}); err == nil {
		t.Errorf("AddFeed(empty URL): no error")
	}
	checked := time.UnixMilli(time.Now().UnixMilli())
	if err := s.UpdateFeed(ctx, store.Feed{ID: id1, Title: "New", ETag: `"e1"`, LastModified: "yesterday", Checked: checked}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateFeed(ctx, store.Feed{URL: "https://example.org/rss", Error: "HTTP 500"}); err != nil {
		t.Fatal(err)
	}
	fs, err := s.Feeds(ctx)
	if err != nil || len(fs) != 2 {
		t.Fatalf("Feeds = %+v, %v", fs, err)
	}
	if f := fs[0]; f.ID != id1 || f.Title != "New" || f.ETag != `"e1"` || f.LastModified != "yesterday" || !f.Checked.Equal(checked) {
		t.Errorf("Feeds[0] = %+v", f)
	}
	if f := fs[1]; f.ID != id2 || f.Error != "HTTP 500" || !f.Checked.IsZero() {
		t.Errorf("Feeds[1] = %+v", f)
	}
	if err := s.RemoveFeed(ctx, fmt.Sprint(id1)); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, "https://example.org/rss"); err != nil {
		t.Fatal(err)
	}
	if fs, err := s.Feeds(ctx); err != nil || len(fs) != 0 {
		t.Errorf("Feeds after removing = %+v, %v", fs, err)
	}
}

func testReadStar(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := put(t, s, Article("A", "https://example.com/r1", day(1), "a"), nil)
	b := put(t, s, Article("B", "https://example.com/r2", day(2), "b"), nil)
	put(t, s, Article("C", "https://example.com/r3", day(3), "c"), nil)
	if err := s.SetRead(ctx, a, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, b, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, a, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, a, false); err != nil {
		t.Fatal(err)
	}
	titles := func(opt store.ListOptions) string {
		l, err := s.List(ctx, opt)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, x := range l {
			out = append(out, x.Title)
		}
		return strings.Join(out, ",")
	}
	if got := titles(store.ListOptions{UnreadOnly: true}); got != "C,B" {
		t.Errorf("unread = %s, want C,B", got)
	}
	if got := titles(store.ListOptions{StarredOnly: true}); got != "B" {
		t.Errorf("starred = %s, want B", got)
	}
	if got := titles(store.ListOptions{StarredOnly: true, UnreadOnly: true}); got != "B" {
		t.Errorf("starred unread = %s, want B", got)
	}
	if n, err := s.CountList(ctx, store.ListOptions{UnreadOnly: true}); err != nil || n != 2 {
		t.Errorf("CountList(unread) = %d, %v", n, err)
	}
	got, err := s.Get(ctx, a)
	if err != nil || !got.Read || got.Starred {
		t.Errorf("Get(a) read %v starred %v, %v; want read, not starred", got.Read, got.Starred, err)
	}
	if err := s.SetRead(ctx, a, false); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountList(ctx, store.ListOptions{UnreadOnly: true}); n != 3 {
		t.Errorf("CountList(unread) after unmarking = %d, want 3", n)
	}
}

func testDelete(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("Walrus census", "https://example.com/del", day(1), `"Fewer walruses," said Ann Lee.`)
	id := put(t, s, a, Analysis(t, a, []Said{{"Ann Lee", "Fewer walruses"}}))
	keep := put(t, s, Article("Other", "https://example.com/keep", day(2), "Nothing."), nil)
	if err := s.SetStarred(ctx, id, true); err != nil {
		t.Fatal(err)
	}
	if sp, err := s.Speakers(ctx); err != nil || len(sp) != 1 {
		t.Fatalf("Speakers before delete = %+v, %v", sp, err)
	}
	if err := s.Delete(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Get after delete: %v", err)
	}
	if hits, err := s.Search(ctx, "walrus", 10); err != nil || len(hits) != 0 {
		t.Errorf("Search after delete = %+v, %v", hits, err)
	}
	if sp, err := s.Speakers(ctx); err != nil || len(sp) != 0 {
		t.Errorf("Speakers after delete = %+v, %v", sp, err)
	}
	if _, err := s.QuotesBy(ctx, "Ann Lee"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("QuotesBy after delete: %v", err)
	}
	if ok, err := s.HasURL(ctx, "https://example.com/del"); err != nil || !ok {
		t.Errorf("HasURL(deleted) = %v, %v; want true", ok, err)
	}
	if ok, err := s.Known(ctx, "https://example.com/del", ""); err != nil || ok {
		t.Errorf("Known(deleted) = %v, %v; want false", ok, err)
	}
	if n, _ := s.CountList(ctx, store.ListOptions{StarredOnly: true}); n != 0 {
		t.Errorf("starred after delete = %d", n)
	}
	if n, _ := s.Count(ctx); n != 1 {
		t.Errorf("Count = %d, want 1", n)
	}
	if err := s.Delete(ctx, id); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Delete again: %v", err)
	}
	// Imported again by hand, it comes back.
	id2, created, err := s.Put(ctx, a, nil)
	if err != nil || !created || id2 == id || id2 == keep {
		t.Errorf("Put after delete = %d, %v, %v", id2, created, err)
	}
}

func testAnalysis(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := Article("Old analysis", "https://example.com/an", day(1), `"First words," one said. "Other words," another said.`)
	id := put(t, s, a, nil)
	other := put(t, s, Article("Current", "https://example.com/an2", day(2), "x"), &reader.Analysis{Version: 5})
	stale, err := s.Stale(ctx, 5)
	if err != nil || len(stale) != 1 || stale[0] != id {
		t.Errorf("Stale(5) = %v, %v; want [%d]", stale, err, id)
	}
	if stale, _ := s.Stale(ctx, 6); len(stale) != 2 || stale[0] != min(id, other) {
		t.Errorf("Stale(6) = %v, want both in ID order", stale)
	}
	an := Analysis(t, a, []Said{{"Ann Quill", "First words"}})
	an.Version = 7
	if err := s.SetAnalysis(ctx, id, an); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(ctx, id)
	if err != nil || got.Analysis == nil || got.Quotes != 1 || strings.Join(got.Speakers, ",") != "Ann Quill" {
		t.Fatalf("Get after SetAnalysis = %+v, %v", got, err)
	}
	if hits, _ := s.Search(ctx, "quill ", 5); len(hits) != 1 {
		t.Errorf("Search(speaker lee) = %d hits, want 1", len(hits))
	}
	an2 := Analysis(t, a, []Said{{"Bob Day", "Other words"}})
	if err := s.SetAnalysis(ctx, id, an2); err != nil {
		t.Fatal(err)
	}
	sp, err := s.Speakers(ctx)
	if err != nil || len(sp) != 1 || sp[0].Name != "Bob Day" {
		t.Errorf("Speakers after a new analysis = %+v, %v; want Bob Day alone", sp, err)
	}
	if hits, _ := s.Search(ctx, "quill ", 5); len(hits) != 0 {
		t.Errorf("Search(old speaker) = %d hits, want 0", len(hits))
	}
	if err := s.SetAnalysis(ctx, id, nil); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Get(ctx, id); got.Analysis != nil || got.Quotes != 0 {
		t.Errorf("after SetAnalysis(nil): %+v", got.Summary)
	}
	if stale, _ := s.Stale(ctx, 1); len(stale) != 1 || stale[0] != id {
		t.Errorf("Stale(1) = %v, want [%d]", stale, id)
	}
}

// testConcurrency has two importers write overlapping articles at once
// while readers list, search and read speakers: every article is stored
// once, both importers get its one ID, and no call fails.
func testConcurrency(t *testing.T, s store.Store) {
	ctx := context.Background()
	const n = 120
	mk := func(i int) store.Item {
		who := "Ann " + []string{"Lee", "Day", "Roe", "Kim", "Ode", "Fry", "Gow"}[i%7]
		a := Article(fmt.Sprintf("Shared story %d", i), fmt.Sprintf("https://example.com/c/%d", i), day(1+i%28),
			fmt.Sprintf(`"Point %d," said %s. Harbour news.`, i, who))
		an := Analysis(t, a, []Said{{who, fmt.Sprintf("Point %d", i)}})
		return store.Item{Article: a, Analysis: an}
	}
	results := make([][]store.PutResult, 2)
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each importer writes all articles in small batches, in its own order.
			res := make([]store.PutResult, n)
			for start := 0; start < n; start += 10 {
				var items []store.Item
				for i := start; i < start+10; i++ {
					k := i
					if w == 1 {
						k = n - 1 - i
					}
					items = append(items, mk(k))
				}
				r, err := s.PutMany(ctx, items)
				if err != nil {
					errs <- fmt.Errorf("importer %d: %w", w, err)
					return
				}
				for j, x := range r {
					k := start + j
					if w == 1 {
						k = n - 1 - k
					}
					res[k] = x
				}
			}
			results[w] = res
		}()
	}
	stop := make(chan struct{})
	var readers sync.WaitGroup
	for range 2 {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := s.List(ctx, store.ListOptions{Limit: 20}); err != nil {
					errs <- fmt.Errorf("List: %w", err)
					return
				}
				if _, err := s.Search(ctx, "harbour", 20); err != nil {
					errs <- fmt.Errorf("Search: %w", err)
					return
				}
				if _, err := s.Speakers(ctx); err != nil {
					errs <- fmt.Errorf("Speakers: %w", err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	readers.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}
	for i := range n {
		a, b := results[0][i], results[1][i]
		if a.Err != nil || b.Err != nil || a.ID == 0 || a.ID != b.ID || a.Created == b.Created {
			t.Errorf("article %d: importer results %+v and %+v, want one ID, created by exactly one", i, a, b)
		}
	}
	if c, err := s.Count(ctx); err != nil || c != n {
		t.Errorf("Count = %d, %v; want %d", c, err, n)
	}
	sp, err := s.Speakers(ctx)
	if err != nil || len(sp) != 7 {
		t.Fatalf("Speakers = %d, %v; want 7", len(sp), err)
	}
	total := 0
	for _, x := range sp {
		total += x.Quotes
	}
	if total != n {
		t.Errorf("speakers' quotes add up to %d, want %d", total, n)
	}
	if hits, err := s.Search(ctx, "harbour", 500); err != nil || len(hits) != n {
		t.Errorf("Search(harbour) = %d hits, %v; want %d", len(hits), err, n)
	}
}

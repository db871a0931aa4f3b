package store

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
)

func TestSpeakersMerge(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a1 := newArticle("Call", "", day(1), `Donald Trump said the call was "very good" and "productive".`)
	id1 := mustPut(t, s, a1, newAnalysis(t, a1, []said{
		{"Donald Trump", `"very good"`, reader.Direct},
		{"Donald Trump", `"productive"`, reader.Direct},
	}, "Donald Trump=President Trump|Trump"))
	a2 := newArticle("Tariffs", "", day(3), `Trump said tariffs "will make us rich". Starmer said "we will respond calmly".`)
	id2 := mustPut(t, s, a2, newAnalysis(t, a2, []said{
		{"Trump", `"will make us rich"`, reader.Direct},
		{"Keir Starmer", `"we will respond calmly"`, reader.Direct},
	}))
	a3 := newArticle("Summit", "", day(2), `Sir Keir Starmer said "Europe must step up". Donald J. Trump said "maybe".`)
	id3 := mustPut(t, s, a3, newAnalysis(t, a3, []said{
		{"Sir Keir Starmer", `"Europe must step up"`, reader.Direct},
		{"Donald J. Trump", `"maybe"`, reader.Direct},
	}))
	a4 := newArticle("Kremlin", "", day(4), `"No comment," the Kremlin said. The Kremlin added that "talks continue".`)
	an4 := newAnalysis(t, a4, []said{
		{"the Kremlin", `"No comment,"`, reader.Direct},
		{"Kremlin", `"talks continue"`, reader.Direct},
	})
	for i := range an4.Speakers {
		an4.Speakers[i].Kind = reader.Org
	}
	mustPut(t, s, a4, an4)

	got, err := s.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []SpeakerStat{
		{Name: "Donald Trump", Aliases: []string{"Donald J. Trump", "President Trump", "Trump"}, Quotes: 4, Articles: 3},
		{Name: "Keir Starmer", Aliases: []string{"Sir Keir Starmer"}, Quotes: 2, Articles: 2},
		{Name: "Kremlin", Aliases: []string{"the Kremlin"}, Quotes: 2, Articles: 1},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Speakers =\n %+v\nwant\n %+v", got, want)
	}

	for _, name := range []string{"Donald Trump", "trump", "PRESIDENT TRUMP", "Donald J. Trump", "Mr Trump"} {
		qs, err := s.QuotesBy(ctx, name)
		if err != nil {
			t.Errorf("QuotesBy(%q): %v", name, err)
			continue
		}
		var texts []string
		var arts []int64
		for _, q := range qs {
			texts = append(texts, q.Text)
			arts = append(arts, q.ArticleID)
		}
		wantTexts := []string{`"will make us rich"`, `"maybe"`, `"very good"`, `"productive"`}
		wantArts := []int64{id2, id3, id1, id1}
		if !reflect.DeepEqual(texts, wantTexts) || !reflect.DeepEqual(arts, wantArts) {
			t.Errorf("QuotesBy(%q) = %q in %v, want %q in %v (newest article first)", name, texts, arts, wantTexts, wantArts)
		}
	}
	qs, err := s.QuotesBy(ctx, "starmer")
	if err != nil || len(qs) != 2 {
		t.Fatalf("QuotesBy(starmer) = %+v, %v", qs, err)
	}
	q := qs[0]
	if q.Title != "Tariffs" || q.Source != "Test News" || !q.Date.Equal(day(3)) || q.Speaker != "Keir Starmer" ||
		q.Kind != reader.Direct || q.Index != 1 || a2.Body[q.Span.Start:q.Span.End] != q.Text {
		t.Errorf("QuoteRef = %+v", q)
	}
	if qs, err := s.QuotesBy(ctx, "kremlin"); err != nil || len(qs) != 2 {
		t.Errorf("QuotesBy(kremlin) = %d, %v; want 2", len(qs), err)
	}
}

func TestSpeakersAmbiguousSurname(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := newArticle("Trumps", "", day(1), `Donald Trump said "one". Melania Trump said "two". Trump said "three".`)
	mustPut(t, s, a, newAnalysis(t, a, []said{
		{"Donald Trump", `"one"`, reader.Direct},
		{"Melania Trump", `"two"`, reader.Direct},
	}))
	b := newArticle("Trump again", "", day(2), `Trump said "three".`)
	mustPut(t, s, b, newAnalysis(t, b, []said{{"Trump", `"three"`, reader.Direct}}))
	got, err := s.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, sp := range got {
		names = append(names, sp.Name)
	}
	// "Trump" alone cannot be told apart, so it stays on its own.
	if want := []string{"Donald Trump", "Melania Trump", "Trump"}; !reflect.DeepEqual(names, want) {
		t.Errorf("Speakers = %v, want %v", names, want)
	}
	if qs, err := s.QuotesBy(ctx, "melania trump"); err != nil || len(qs) != 1 || qs[0].Text != `"two"` {
		t.Errorf("QuotesBy(melania trump) = %+v, %v", qs, err)
	}
}

func TestSpeakersEmpty(t *testing.T) {
	s := openTest(t)
	got, err := s.Speakers(context.Background())
	if err != nil || len(got) != 0 {
		t.Errorf("Speakers of an empty store = %v, %v", got, err)
	}
}

func TestSpeakersSeeOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	s1, s2 := openAt(t, path), openAt(t, path)
	ctx := context.Background()
	a := newArticle("One", "", day(1), `Ann Lee said "hello".`)
	id := mustPut(t, s1, a, newAnalysis(t, a, []said{{"Ann Lee", `"hello"`, reader.Direct}}))
	first, err := s1.Speakers(ctx)
	if err != nil || len(first) != 1 || first[0].Name != "Ann Lee" {
		t.Fatalf("Speakers = %+v, %v", first, err)
	}
	first[0].Name = "changed by the caller"
	if again, _ := s1.Speakers(ctx); again[0].Name != "Ann Lee" {
		t.Errorf("a caller's change reached the cache: %+v", again)
	}
	// Another handle (as another process would) adds a speaker, then
	// re-analyses the first article.
	b := newArticle("Two", "", day(2), `Bo Park said "bye".`)
	mustPut(t, s2, b, newAnalysis(t, b, []said{{"Bo Park", `"bye"`, reader.Direct}}))
	if got, _ := s1.Speakers(ctx); len(got) != 2 {
		t.Errorf("Speakers after another handle's Put = %+v, want 2", got)
	}
	if err := s2.SetAnalysis(ctx, id, newAnalysis(t, a, []said{{"Cy Young", `"hello"`, reader.Direct}})); err != nil {
		t.Fatal(err)
	}
	got, err := s1.Speakers(ctx)
	var names []string
	for _, sp := range got {
		names = append(names, sp.Name)
	}
	if err != nil || !reflect.DeepEqual(names, []string{"Bo Park", "Cy Young"}) {
		t.Errorf("Speakers after another handle's SetAnalysis = %v, %v", names, err)
	}
	if qs, err := s1.QuotesBy(ctx, "cy young"); err != nil || len(qs) != 1 {
		t.Errorf("QuotesBy(cy young) = %v, %v", qs, err)
	}
	if _, err := s1.QuotesBy(ctx, "ann lee"); !errors.Is(err, ErrNotFound) {
		t.Errorf("QuotesBy(ann lee) after re-analysis: %v, want ErrNotFound", err)
	}
}

func TestQuotesByLead(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	body := "Putin rejected a full ceasefire, officials said."
	a := newArticle("Talks", "", day(1), body)
	i := strings.Index(a.Body, "a full ceasefire")
	c := strings.Index(a.Body, "rejected")
	an := &reader.Analysis{Version: reader.AnalyzerVersion,
		Speakers: []reader.Speaker{{Name: "Vladimir Putin", Kind: reader.Person}},
		Quotes: []reader.Quote{{Span: reader.Span{Start: i, End: i + len("a full ceasefire")}, Kind: reader.Indirect,
			Cue: reader.Span{Start: c, End: c + len("rejected")}}}}
	mustPut(t, s, a, an)
	qs, err := s.QuotesBy(ctx, "putin")
	if err != nil || len(qs) != 1 || qs[0].Lead != "rejected" || qs[0].Text != "a full ceasefire" {
		t.Fatalf("QuotesBy = %+v, %v; want the quote led by %q", qs, err, "rejected")
	}
}

func TestSummarySpeakers(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	a := newArticle("Budget", "", day(1), `"One," said A. "Two," said B. "Three," said B. "Four," said C. "Five," said D. "Six," said D. "Seven," said D.`)
	an := newAnalysis(t, a, []said{
		{"Ann Alder", `"One,"`, reader.Direct}, {"Bo Birch", `"Two,"`, reader.Direct}, {"Bo Birch", `"Three,"`, reader.Direct},
		{"Cy Cedar", `"Four,"`, reader.Direct}, {"Di Dogwood", `"Five,"`, reader.Direct}, {"Di Dogwood", `"Six,"`, reader.Direct},
		{"Di Dogwood", `"Seven,"`, reader.Direct},
	})
	id := mustPut(t, s, a, an)
	mustPut(t, s, newArticle("Quiet", "", day(2), "Nobody spoke."), nil)
	l, err := s.List(ctx, ListOptions{})
	if err != nil || len(l) != 2 {
		t.Fatal(l, err)
	}
	if want := []string{"Di Dogwood", "Bo Birch", "Ann Alder"}; !reflect.DeepEqual(l[1].Speakers, want) || l[1].ID != id {
		t.Errorf("most quoted speakers %q, want %q (the first quoted first among equals)", l[1].Speakers, want)
	}
	if l[0].Speakers != nil {
		t.Errorf("an article without quotes has speakers %q", l[0].Speakers)
	}
	if hs, err := s.Search(ctx, "budget", 5); err != nil || len(hs) != 1 || len(hs[0].Speakers) != 3 {
		t.Errorf("search hit speakers: %+v, %v", hs, err)
	}
}

// TestSpeakersMergeByGender: a surname alone joins the full name that
// shares it unless their titles or given names are of different genders
// ("Mr. Obama" is not Michelle Obama); then it joins the one that fits.
func TestSpeakersMergeByGender(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	put := func(name, aliases string) {
		t.Helper()
		a := newArticle(name+" speaks", "", day(1), name+` said "words of `+name+`".`)
		mustPut(t, s, a, newAnalysis(t, a, []said{{name, `"words of ` + name + `"`, reader.Direct}}, aliases))
	}
	put("Michelle Obama", "Michelle Obama=Mrs. Obama")
	put("Obama", "Obama=Mr. Obama")
	names := func() map[string]int {
		got, err := s.Speakers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, sp := range got {
			out[sp.Name] = sp.Quotes
		}
		return out
	}
	if got, want := names(), map[string]int{"Michelle Obama": 1, "Obama": 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("speakers %v, want %v: Mr. Obama is not Michelle Obama", got, want)
	}
	put("Barack Obama", "")
	if got, want := names(), map[string]int{"Michelle Obama": 1, "Barack Obama": 2}; !reflect.DeepEqual(got, want) {
		t.Errorf("speakers %v, want %v: Mr. Obama is Barack Obama", got, want)
	}
	put("Clinton", "")
	put("Hillary Clinton", "")
	if got := names(); got["Hillary Clinton"] != 2 {
		t.Errorf("speakers %v: a surname with no title still joins the one full name", got)
	}
}

// TestGenericSpeakersNotMerged: a generic description ("analysts") is no
// speaker across the library, however many articles quote it; a named
// speaker still is.
func TestGenericSpeakersNotMerged(t *testing.T) {
	s := openTest(t)
	ctx := context.Background()
	for k, title := range []string{"Markets", "Banks"} {
		body := `"Prices will fall," analysts said. "Rates will rise," said Ann Alder.`
		a := newArticle(title, "", day(k+1), body)
		p, r := strings.Index(body, `"Prices will fall,"`), strings.Index(body, `"Rates will rise,"`)
		an := &reader.Analysis{Version: reader.AnalyzerVersion,
			Speakers: []reader.Speaker{{Name: "analysts", Kind: reader.Org, Generic: true}, {Name: "Ann Alder", Kind: reader.Person}},
			Quotes: []reader.Quote{{Span: reader.Span{Start: p, End: p + len(`"Prices will fall,"`)}, Kind: reader.Direct, Speaker: 0},
				{Span: reader.Span{Start: r, End: r + len(`"Rates will rise,"`)}, Kind: reader.Direct, Speaker: 1}}}
		mustPut(t, s, a, an)
	}
	sp, err := s.Speakers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, x := range sp {
		names = append(names, x.Name)
	}
	if len(sp) != 1 || sp[0].Name != "Ann Alder" || sp[0].Articles != 2 {
		t.Errorf("library speakers %q, want only Ann Alder in 2 articles", names)
	}
}

package ingest

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/reader/article"
)

func TestParseFeedFormats(t *testing.T) {
	tests := []struct {
		file, feedURL      string
		kind, title, link  string
		items              int
		firstTitle, url    string
		authors            []string
		date               time.Time
		firstParagraphHead string
	}{
		{
			file: "feeds/rss.xml", feedURL: "https://example.test/wikinews.rss",
			kind: "rss", title: "Wikinews Test Desk", link: "https://en.wikinews.org/", items: 2,
			firstTitle: "Swedish academy announces 2019 Nobel Prize winners in physics",
			url:        "https://en.wikinews.org//wiki/Swedish_academy_announces_2019_Nobel_Prize_winners_in_physics",
			authors:    []string{"Wikinews contributors"},
			date:       time.Date(2019, 10, 10, 9, 0, 0, 0, time.UTC), firstParagraphHead: "On Tuesday, the Royal Swedish Academy",
		},
		{
			file: "feeds/atom.xml", feedURL: "",
			kind: "atom", title: "Wikinews Politics (test)", link: "https://en.wikinews.org/wiki/Politics", items: 1,
			firstTitle: "Boris Johnson elected Conservative leader, slated to be Britain's next Prime Minister",
			url:        "https://en.wikinews.org//wiki/Boris_Johnson_elected_Conservative_leader,_slated_to_be_Britain%27s_next_Prime_Minister",
			authors:    []string{"Jane Reporter", "John Editor"},
			date:       time.Date(2019, 7, 24, 7, 0, 0, 0, time.UTC), firstParagraphHead: "Conservative Party members voted on Tuesday",
		},
		{
			file: "feeds/feed.json", feedURL: "https://example.test/weather.json",
			kind: "json", title: "Wikinews Weather (test)", link: "https://en.wikinews.org/wiki/Weather", items: 2,
			firstTitle: "Hurricane Lorenzo hits Azores, heads towards Ireland",
			url:        "https://en.wikinews.org//wiki/Hurricane_Lorenzo_hits_Azores,_heads_towards_Ireland",
			authors:    []string{"Wikinews contributors"},
			date:       time.Date(2019, 10, 2, 10, 0, 0, 0, time.UTC), firstParagraphHead: "The Azores — autonomous islands",
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, arts, err := ParseFeed(ingestFixture(t, tt.file), tt.feedURL)
			if err != nil {
				t.Fatal(err)
			}
			if f.Kind != tt.kind || f.Title != tt.title || f.Link != tt.link {
				t.Errorf("feed %+v", f)
			}
			if tt.feedURL != "" && f.URL != tt.feedURL {
				t.Errorf("feed URL %q, want %q", f.URL, tt.feedURL)
			}
			if len(arts) != tt.items {
				t.Fatalf("%d articles, want %d", len(arts), tt.items)
			}
			a := arts[0]
			ingestCheckSpans(t, a)
			if a.Title != tt.firstTitle || a.URL != tt.url || a.Source != tt.title || a.Format != article.FormatFeed {
				t.Errorf("article title %q url %q source %q format %v", a.Title, a.URL, a.Source, a.Format)
			}
			if strings.Join(a.Authors, "|") != strings.Join(tt.authors, "|") {
				t.Errorf("authors %q, want %q", a.Authors, tt.authors)
			}
			if !a.Date.Equal(tt.date) {
				t.Errorf("date %v, want %v", a.Date, tt.date)
			}
			paras := ingestTexts(a, article.BlockParagraph)
			if len(paras) == 0 || !strings.HasPrefix(paras[0], tt.firstParagraphHead) {
				t.Errorf("paragraphs %q", paras)
			}
			if got := ingestTexts(a, article.BlockTitle); len(got) != 1 || got[0] != a.Title {
				t.Errorf("title block %q", got)
			}
		})
	}
}

func TestParseFeedFullContentAndDescription(t *testing.T) {
	_, arts, err := ParseFeed(ingestFixture(t, "feeds/rss.xml"), "https://example.test/wikinews.rss")
	if err != nil {
		t.Fatal(err)
	}
	// content:encoded wins over the short description, through the HTML path.
	a := arts[0]
	if strings.Contains(a.Body, "announced the winners.\n") {
		t.Error("description used although content:encoded is present")
	}
	if got := ingestTexts(a, article.BlockHeading); len(got) != 1 || got[0] != "The laureates" {
		t.Errorf("headings %q", got)
	}
	if got := ingestTexts(a, article.BlockQuote); len(got) != 1 || !strings.Contains(got[0], "said selection committee member Ulf Danielsson") {
		t.Errorf("quotes %q", got)
	}
	var img *article.Block
	for i := range a.Blocks {
		if a.Blocks[i].Kind == article.BlockImage {
			img = &a.Blocks[i]
		}
	}
	if img == nil || a.Text(*img) != "James Peebles in 2019" || img.Credit != "A. Photographer" ||
		img.URL != "https://en.wikinews.org/img/peebles.jpg" {
		t.Errorf("image %+v", img)
	}
	// A plain-text description: paragraphs kept, entities decoded, the
	// relative link resolved against the channel's link.
	b := arts[1]
	ingestCheckSpans(t, b)
	if b.URL != "https://en.wikinews.org/wiki/Hurricane_Lorenzo_hits_Azores,_heads_towards_Ireland" {
		t.Errorf("url %q", b.URL)
	}
	paras := ingestTexts(b, article.BlockParagraph)
	if len(paras) != 2 || !strings.Contains(paras[0], "Met Éireann") || !strings.HasPrefix(paras[1], `"The situation will worsen`) {
		t.Errorf("paragraphs %q", paras)
	}
	if len(b.Authors) != 0 {
		t.Errorf("authors %q", b.Authors)
	}
}

func TestParseFeedTextOnlyJSONItem(t *testing.T) {
	_, arts, err := ParseFeed(ingestFixture(t, "feeds/feed.json"), "")
	if err != nil {
		t.Fatal(err)
	}
	a := arts[1]
	if a.Title != "A text-only item" || a.URL != "" || !a.Date.IsZero() {
		t.Errorf("article %q url %q date %v", a.Title, a.URL, a.Date)
	}
	if got := ingestTexts(a, article.BlockParagraph); len(got) != 2 || got[1] != "Second paragraph of it." {
		t.Errorf("paragraphs %q", got)
	}
}

func TestParseFeedUntitledItemTakesFirstSentence(t *testing.T) {
	in := `<rss version="2.0"><channel><title>T</title><item><description>Ministers met today. They agreed on a budget.</description></item></channel></rss>`
	_, arts, err := ParseFeed([]byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Title != "Ministers met today." {
		t.Fatalf("articles %+v", arts)
	}
}

func TestParseFeedBadInput(t *testing.T) {
	tests := []struct {
		name, in string
		want     error // nil: any non-nil error
	}{
		{"empty", "", ErrEmpty},
		{"binary", "\x00\x01\x02<rss>", ErrBinary},
		{"html page", "<html><body><p>Not a feed.</p></body></html>", ErrNotFeed},
		{"json not a feed", `{"name": "package", "version": "1.0"}`, ErrNotFeed},
		{"plain text", "Just a line of text.", ErrNotFeed},
		{"malformed", string(ingestFixture(t, "feeds/malformed.xml")), nil},
		{"truncated json feed", `{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, arts, err := ParseFeed([]byte(tt.in), "")
			if err == nil {
				t.Fatalf("no error: feed %+v, %d articles", f, len(arts))
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

func TestParseFeedEmptyChannel(t *testing.T) {
	f, arts, err := ParseFeed([]byte(`<rss version="2.0"><channel><title>Quiet</title></channel></rss>`), "")
	if err != nil {
		t.Fatal(err)
	}
	if f.Title != "Quiet" || len(arts) != 0 {
		t.Errorf("feed %+v, %d articles", f, len(arts))
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<rss version="2.0"><channel><title>T</title><item><title>a</title><description>&lt;p&gt;b</description></item></channel></rss>`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title><content type="html">y</content></entry></feed>`))
	f.Add([]byte(`{"version": "https://jsonfeed.org/version/1", "items": [{"content_html": "<p>z"}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		_, arts, err := ParseFeed(raw, "https://example.test/feed")
		if err == nil {
			for _, a := range arts {
				ingestCheckSpans(t, a)
			}
		}
	})
}

func TestIsSummaryAndWithPage(t *testing.T) {
	long := strings.Repeat("The council met again on Tuesday and said the bridge would reopen. ", 20)
	rss := `<?xml version="1.0"?><rss version="2.0"><channel><title>City News</title><link>https://news.example/</link>
<item><title>Bridge to reopen</title><link>https://news.example/bridge</link><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>
<description>The bridge reopens next week, the council said.</description></item>
<item><title>Full story</title><link>https://news.example/full</link><description>` + long + `</description></item>
<item><title>No link</title><description>A short note.</description></item>
</channel></rss>`
	_, arts, err := ParseFeed([]byte(rss), "https://news.example/feed.xml")
	if err != nil || len(arts) != 3 {
		t.Fatalf("ParseFeed: %d articles, %v", len(arts), err)
	}
	for i, want := range []bool{true, false, false} {
		if got := IsSummary(arts[i]); got != want {
			t.Errorf("IsSummary(%q) = %v, want %v", arts[i].Title, got, want)
		}
	}
	page, err := ParseHTML([]byte(`<html><head><title>Bridge to reopen after repairs</title></head><body><article>
<h1>Bridge to reopen after repairs</h1><p>By Ann Lee</p><p>`+long+`</p><p>"We are ready," the mayor said.</p></article></body></html>`),
		"https://news.example/bridge?utm=feed")
	if err != nil {
		t.Fatal(err)
	}
	a, ok := WithPage(arts[0], page)
	if !ok || !strings.Contains(a.Body, "We are ready") {
		t.Fatalf("WithPage took %v, body %.60q", ok, a.Body)
	}
	if a.URL != arts[0].URL || a.Source != "City News" || !a.Date.Equal(arts[0].Date) || a.Format != article.FormatHTML {
		t.Errorf("WithPage: url %q source %q date %v format %v; want the item's address, source and date, the page's format",
			a.URL, a.Source, a.Date, a.Format)
	}
	thin, err := ParseHTML([]byte(`<html><body><p>Subscribe to read.</p></body></html>`), "https://news.example/bridge")
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := WithPage(arts[0], thin); ok || a != arts[0] {
		t.Errorf("a page with less text than the summary replaced it: %v", ok)
	}
}

// TestFeedItemTitleFromText checks that an item without a title is named
// by its text's first sentence, as package segment splits it.
func TestFeedItemTitleFromText(t *testing.T) {
	for _, c := range []struct{ content, want string }{
		{"Mr. Smith said the plan had failed. Then he left.", "Mr. Smith said the plan had failed."},
		{"Prices rose in Spokane, Wash. The mayor was not surprised.", "Prices rose in Spokane, Wash."},
		{"No full stop here", "No full stop here"},
	} {
		feed := `{"version": "https://jsonfeed.org/version/1.1", "title": "x", "items": [{"id": "1", "content_text": ` +
			strconv.Quote(c.content) + `}]}`
		_, arts, err := ParseFeed([]byte(feed), "")
		if err != nil {
			t.Fatal(err)
		}
		if len(arts) != 1 || arts[0].Title != c.want {
			t.Errorf("%q: got %d articles, title %q, want %q", c.content, len(arts), title(arts), c.want)
		}
	}
}

func title(arts []*article.Article) string {
	if len(arts) == 0 {
		return ""
	}
	return arts[0].Title
}

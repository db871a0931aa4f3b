package ingest

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/byline/byline/reader/article"
)

const nswURL = "https://en.wikinews.org/wiki/New_South_Wales_decriminalizes_abortion"

func ingestFixture(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// ingestTexts returns the text of every block of kind k.
func ingestTexts(a *article.Article, k article.BlockKind) []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Kind == k {
			out = append(out, a.Text(b))
		}
	}
	return out
}

// ingestCheckSpans fails when a block's span is out of Body, out of order, or
// not trimmed text.
func ingestCheckSpans(t *testing.T, a *article.Article) {
	t.Helper()
	prev := 0
	for i, b := range a.Blocks {
		if b.Start < prev || b.End < b.Start || b.End > len(a.Body) {
			t.Fatalf("block %d (%v) span %v out of order or range (prev end %d, body %d)", i, b.Kind, b.Span, prev, len(a.Body))
		}
		txt := a.Text(b)
		if txt != strings.TrimSpace(txt) {
			t.Errorf("block %d text %q not trimmed", i, txt)
		}
		if b.Credit != "" && a.Body[b.CreditSpan.Start:b.CreditSpan.End] != b.Credit {
			t.Errorf("block %d credit %q but CreditSpan holds %q", i, b.Credit, a.Body[b.CreditSpan.Start:b.CreditSpan.End])
		}
		prev = b.End
		if b.CreditSpan.End > prev {
			prev = b.CreditSpan.End
		}
	}
}

func htmlHas(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestParseHTMLWikinewsPage(t *testing.T) {
	a, err := ParseHTML(ingestFixture(t, "html/wikinews-nsw.html"), nswURL)
	if err != nil {
		t.Fatal(err)
	}
	ingestCheckSpans(t, a)
	if a.Title != "New South Wales decriminalizes abortion" {
		t.Errorf("title %q", a.Title)
	}
	if a.Source != "Wikinews" || a.URL != nswURL || a.Format != article.FormatHTML {
		t.Errorf("source %q url %q format %v", a.Source, a.URL, a.Format)
	}
	if want := time.Date(2019, 9, 27, 10, 0, 0, 0, time.UTC); !a.Date.Equal(want) {
		t.Errorf("date %v, want %v", a.Date, want)
	}
	if len(a.Authors) != 1 || a.Authors[0] != "Wikinews contributors" {
		t.Errorf("authors %q", a.Authors)
	}
	if got := ingestTexts(a, article.BlockTitle); len(got) != 1 || got[0] != a.Title {
		t.Errorf("title blocks %q", got)
	}
	for _, h := range ingestTexts(a, article.BlockHeading) {
		if h == a.Title {
			t.Error("the headline is repeated as a heading")
		}
	}
	if got := ingestTexts(a, article.BlockHeading); !htmlHas(got, "Reactions") || !htmlHas(got, "Abortion law in Australia") {
		t.Errorf("headings %q", got)
	}
	if got := ingestTexts(a, article.BlockDate); len(got) != 1 || got[0] != "Friday, September 27, 2019" {
		t.Errorf("datelines %q", got)
	}
	if got := ingestTexts(a, article.BlockQuote); len(got) != 1 || !strings.HasPrefix(got[0], "It is a license for sex-selection abortions.") {
		t.Errorf("quotes %q", got)
	}
	if got := ingestTexts(a, article.BlockListItem); len(got) != 2 || got[0] != "New South Wales is the most populated Australian state." {
		t.Errorf("list items %q", got)
	}
	paras := ingestTexts(a, article.BlockParagraph)
	if len(paras) != 5 {
		t.Errorf("%d paragraphs, want 5: %q", len(paras), paras)
	}
	// Whitespace collapsed, inline links kept as text.
	if !htmlHas(paras, "Premier Gladys Berejiklian was not present at the bill's final vote.") ||
		!strings.Contains(paras[1], "drafted by Alex Greenwich who said") || strings.Contains(paras[0], "  ") {
		t.Errorf("paragraph text %q", paras)
	}
	for _, junk := range []string{"Buy our newsletter", "do not read me", "Main page", "font-family", "Creative Commons Attribution"} {
		if strings.Contains(a.Body, junk) {
			t.Errorf("page chrome %q in body", junk)
		}
	}
}

func TestParseHTMLFiguresAndLinks(t *testing.T) {
	a, err := ParseHTML(ingestFixture(t, "html/wikinews-nsw.html"), nswURL)
	if err != nil {
		t.Fatal(err)
	}
	var imgs, related []article.Block
	for _, b := range a.Blocks {
		switch b.Kind {
		case article.BlockImage:
			imgs = append(imgs, b)
		case article.BlockRelated:
			related = append(related, b)
		}
	}
	want := []struct{ alt, credit, url string }{
		{"Parliament House on Macquarie Street, Sydney", "Wikimedia Commons", "https://en.wikinews.org/images/nsw-parliament.jpg"},
		{"Sydney at night", "Jane Doe", "https://en.wikinews.org/wiki/sydney-night.jpg"},
	}
	if len(imgs) != len(want) {
		t.Fatalf("%d images, want %d", len(imgs), len(want))
	}
	for i, w := range want {
		if a.Text(imgs[i]) != w.alt || imgs[i].Credit != w.credit || imgs[i].URL != w.url {
			t.Errorf("image %d: %q credit %q url %q, want %+v", i, a.Text(imgs[i]), imgs[i].Credit, imgs[i].URL, w)
		}
	}
	caps := ingestTexts(a, article.BlockCaption)
	if len(caps) != 2 || caps[0] != "The NSW Parliament sits in Sydney." || caps[1] != "Sydney, the capital of New South Wales" {
		t.Errorf("captions %q (credits must be taken off)", caps)
	}
	if len(related) != 1 || a.Text(related[0]) != "Queensland decriminalises abortion" ||
		related[0].URL != "https://en.wikinews.org/wiki/Queensland_decriminalises_abortion" {
		t.Errorf("related %+v", related)
	}
}

func TestParseHTMLGolden(t *testing.T) {
	a, err := ParseHTML(ingestFixture(t, "html/wikinews-nsw.html"), nswURL)
	if err != nil {
		t.Fatal(err)
	}
	out, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, append(out, '\n'))
}

func TestParseHTMLCanonicalURL(t *testing.T) {
	raw := ingestFixture(t, "html/wikinews-nsw.html")
	a, err := ParseHTML(raw, "")
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != nswURL {
		t.Errorf("saved page: URL %q, want the canonical %q", a.URL, nswURL)
	}
	if a, _ := ParseHTML(raw, "https://mirror.test/copy"); a.URL != "https://mirror.test/copy" {
		t.Errorf("fetched page: URL %q", a.URL)
	}
	for _, head := range []string{
		`<link rel="canonical" href="/relative">`,
		`<link rel="canonical" href="javascript:alert(1)">`,
		`<meta property="og:url" content="">`,
	} {
		a, err := ParseHTML([]byte("<html><head>"+head+"</head><body><p>Some text of the story.</p></body></html>"), "")
		if err != nil || a.URL != "" {
			t.Errorf("%s: URL %q, err %v", head, a.URL, err)
		}
	}
}

func TestParseHTMLBroken(t *testing.T) {
	a, err := ParseHTML(ingestFixture(t, "html/broken.html"), "https://example.test/storm")
	if err != nil {
		t.Fatal(err)
	}
	ingestCheckSpans(t, a)
	if a.Title != "Storm closes schools" {
		t.Errorf("title %q", a.Title)
	}
	paras := ingestTexts(a, article.BlockParagraph)
	if len(paras) != 3 || !strings.Contains(paras[0], "heavy rain and strong winds to the coast.") {
		t.Errorf("paragraphs %q", paras)
	}
	// The unclosed <a> spills into the next paragraph; a sentence is
	// still not taken for a related-story link.
	if got := ingestTexts(a, article.BlockRelated); len(got) != 0 {
		t.Errorf("related %q", got)
	}
}

func TestParseHTMLBadInput(t *testing.T) {
	deep := strings.Repeat("<div><span>", 5000) + "deep text" + strings.Repeat("</span></div>", 10)
	tests := []struct {
		name string
		in   string
		want error // nil: any error or none, but no panic
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\t ", ErrEmpty},
		{"binary", "<html>\x00\x01\x02\x03</html>", ErrBinary},
		{"latin1 bytes", "<p>caf\xe9</p>", ErrNotUTF8},
		{"only script", "<html><head><script>var x = 1;</script></head><body></body></html>", ErrNoContent},
		{"only tags", "<html><body><div><span></span></div></body></html>", ErrNoContent},
		{"deep nesting", deep, nil},
		{"stray closers", "</p></div></html><p>Text after stray closing tags.</p>", nil},
		{"bad entities", "<p>&#xFFFFFFFF; &#0; &bogus; &amp text</p>", nil},
		{"unterminated comment", "<p>Visible text</p><!-- never closed <p>hidden", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseHTML([]byte(tt.in), "")
			if tt.want != nil {
				if !errors.Is(err, tt.want) {
					t.Fatalf("err %v, want %v", err, tt.want)
				}
				return
			}
			if err == nil {
				ingestCheckSpans(t, a)
			}
		})
	}
}

func TestParseHTMLNoReadableContentFallsBackToBody(t *testing.T) {
	// A page too short for readability's scoring still yields its text.
	in := `<html><head><title>Short note</title></head><body><nav><a href="/">Home</a></nav><p>The meeting moved to Thursday.</p></body></html>`
	a, err := ParseHTML([]byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Short note" || !htmlHas(ingestTexts(a, article.BlockParagraph), "The meeting moved to Thursday.") {
		t.Errorf("title %q blocks %q", a.Title, ingestTexts(a, article.BlockParagraph))
	}
	if strings.Contains(a.Body, "Home") {
		t.Error("navigation text in body")
	}
}

func TestParseHTMLFigureLayouts(t *testing.T) {
	tests := []struct {
		name, in        string
		images          int
		credit, caption string
		quotes          int
	}{
		{"bare credit beside the image", `<figure><span>Getty Images</span><img src="a.jpg" alt="Zelensky on the left"><figcaption>The two leaders spoke by phone.</figcaption></figure>`,
			1, "Getty Images", "The two leaders spoke by phone.", 0},
		{"credit class in caption", `<figure><img src="a.jpg" alt="A harbour"><figcaption>Boats at dawn <small class="photo-credit">Photo: AFP</small></figcaption></figure>`,
			1, "AFP", "Boats at dawn", 0},
		{"pull quote with attribution", `<figure><blockquote><p>We will rebuild.</p></blockquote><figcaption>The mayor</figcaption></figure>`,
			0, "", "The mayor", 1},
		{"image without alt, with caption", `<figure><img src="a.jpg"><figcaption>Crowds in the square (Reuters)</figcaption></figure>`,
			0, "", "Crowds in the square (Reuters)", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><body><article><h1>Story</h1><p>The first paragraph of the story, long enough to read.</p>" + tt.in +
				"<p>The last paragraph of the story, which ends here.</p></article></body></html>"
			a, err := ParseHTML([]byte(page), "")
			if err != nil {
				t.Fatal(err)
			}
			ingestCheckSpans(t, a)
			var imgs []article.Block
			for _, b := range a.Blocks {
				if b.Kind == article.BlockImage {
					imgs = append(imgs, b)
				}
			}
			if len(imgs) != tt.images || (tt.images > 0 && imgs[0].Credit != tt.credit) {
				t.Errorf("images %+v, want %d credited %q", imgs, tt.images, tt.credit)
			}
			if got := ingestTexts(a, article.BlockCaption); len(got) != 1 || got[0] != tt.caption {
				t.Errorf("captions %q, want %q", got, tt.caption)
			}
			if got := ingestTexts(a, article.BlockQuote); len(got) != tt.quotes {
				t.Errorf("quotes %q", got)
			}
		})
	}
}

func TestSplitCredit(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Sydney at night (Photo: Jane Doe)", "Sydney at night", "Jane Doe"},
		{"Peebles at Princeton. Photo: A. Photographer", "Peebles at Princeton.", "A. Photographer"},
		{"The harbour. © AFP", "The harbour.", "AFP"},
		{"Crowds gather [Image credit: Reuters]", "Crowds gather", "Reuters"},
		{"A caption with no credit.", "A caption with no credit.", ""},
		{"Photographers gathered outside", "Photographers gathered outside", ""},
	}
	for _, tt := range tests {
		c, cr := splitCredit(tt.in)
		if c != tt.caption || cr != tt.credit {
			t.Errorf("splitCredit(%q) = %q, %q; want %q, %q", tt.in, c, cr, tt.caption, tt.credit)
		}
	}
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte("<p>Hello <a href=x>world</a></p>"))
	f.Add([]byte("<figure><img alt=a><figcaption>b (Photo: c)</figcaption></figure>"))
	f.Add([]byte("<h1>T<p>x<li>y<blockquote>z"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		a, err := ParseHTML(raw, "https://example.test/a/b")
		if err == nil {
			ingestCheckSpans(t, a)
		}
	})
}

func BenchmarkParseHTML(b *testing.B) {
	raw := ingestFixture(b, "html/wikinews-nsw.html")
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		if _, err := ParseHTML(raw, nswURL); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFeedLinks(t *testing.T) {
	page := `<html><head>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.rss">
<link rel="alternate" type="application/atom+xml" href="https://other.test/atom">
<link rel="alternate" hreflang="fr" href="/fr/">
</head><body><link rel="alternate" type="application/rss+xml" href="/in-body-ignored"></body></html>`
	got := FeedLinks([]byte(page), "https://example.test/news/story")
	want := []string{"https://example.test/feed.rss", "https://other.test/atom"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("FeedLinks = %q, want %q", got, want)
	}
	if got := FeedLinks([]byte("<p>no head links</p>"), ""); len(got) != 0 {
		t.Errorf("FeedLinks = %q", got)
	}
}

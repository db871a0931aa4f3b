package ingest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/byline/byline/reader/article"
)

func TestDetectFormat(t *testing.T) {
	tests := []struct {
		name, in, file, ctype string
		want                  article.Format
	}{
		{"rss", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, "", "", article.FormatFeed},
		{"rss after comment", "<?xml version=\"1.0\"?>\n<!-- c -->\n<rss version=\"2.0\">", "x.txt", "text/plain", article.FormatFeed},
		{"atom", `<feed xmlns="http://www.w3.org/2005/Atom">`, "", "", article.FormatFeed},
		{"rdf", `<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, "", "", article.FormatFeed},
		{"json feed", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, "f.json", "", article.FormatFeed},
		{"json feed, version last", `{"items": [{"id": "1", "content_text": "` + strings.Repeat("x", 5000) + `"}], "title": "t", "version": "https://jsonfeed.org/version/1"}`, "", "", article.FormatFeed},
		{"json not feed", `{"name": "x"}`, "package.json", "", article.FormatText},
		{"doctype", "<!DOCTYPE html><title>x</title>", "", "", article.FormatHTML},
		{"html upper", "\ufeff  <HTML><BODY><P>x", "", "", article.FormatHTML},
		{"fragment", "<p>Some text</p>", "", "", article.FormatHTML},
		{"html by content, feed by name", "<html><body>x</body></html>", "news.rss", "", article.FormatHTML},
		{"front matter", "---\ntitle: x\n---\nBody", "", "", article.FormatMarkdown},
		{"md heading", "# Title\n\nBody", "", "", article.FormatMarkdown},
		{"text", "Title\n\nBody text.", "", "", article.FormatText},
		{"text, html type", "Hello world", "", "text/html; charset=utf-8", article.FormatHTML},
		{"text, feed type", "Hello world", "", "application/rss+xml", article.FormatFeed},
		{"text, md name", "Hello world", "notes.md", "", article.FormatMarkdown},
		{"text, htm url", "Hello world", "https://example.test/a/page.HTM?x=1", "", article.FormatHTML},
		{"text, xml name", "Hello world", "feed.xml", "", article.FormatFeed},
		{"unknown xml", `<?xml version="1.0"?><config><a/></config>`, "", "", article.FormatText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := DetectFormat([]byte(tt.in), tt.file, tt.ctype); got != tt.want {
				t.Errorf("DetectFormat = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLooksLikeArticle(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"notes.txt", "Title\n\nBody.", true},
		{"README", "Title\n\nBody.", true},
		{"page.html", "<p>x</p>", true},
		{"photo.jpg", "\xff\xd8\xff\xe0JFIF", false},
		{"main.go", "package main", false},
		{"data.bin", "Title\n\nBody.", false},
		{"blob.txt", "PK\x03\x04\x00\x00binary", false},
		{"empty.txt", "", false},
		{"package.json", `{"name": "x"}`, false},
		{"feed.json", `{"version": "https://jsonfeed.org/version/1", "items": []}`, true},
		{"pom.xml", `<?xml version="1.0"?><project></project>`, false},
		{"news.xml", `<rss version="2.0"></rss>`, true},
	}
	for _, tt := range tests {
		if got := LooksLikeArticle([]byte(tt.in), tt.name); got != tt.want {
			t.Errorf("LooksLikeArticle(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	latin := []byte("caf\xe9 \xab na\xefve \xbb")
	tests := []struct {
		name  string
		in    []byte
		ctype string
		want  string
		note  bool // ErrCharsetGuessed expected
	}{
		{"utf-8 untouched", []byte("café"), "text/html; charset=iso-8859-1", "café", false},
		{"header charset", latin, "text/html; charset=ISO-8859-1", "café « naïve »", false},
		{"meta charset", append([]byte(`<meta charset="latin1"><p>`), latin...), "", `<meta charset="latin1"><p>café « naïve »`, false},
		{"meta http-equiv", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>`), latin...), "",
			`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>café « naïve »`, false},
		{"xml declaration rewritten", append([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss>`), latin...), "",
			`<?xml version="1.0" encoding="UTF-8"?><rss>café « naïve »`, false},
		{"mislabelled utf-8", []byte("<meta charset=\"utf-8\"><p>caf\xe9"), "", "<meta charset=\"utf-8\"><p>café", true},
		{"mislabelled utf-8 header", []byte("caf\xe9"), "text/plain; charset=UTF-8", "café", true},
		{"windows-1252 guessed", []byte("\x93quoted\x94 \x80 5"), "", "“quoted” € 5", true},
		{"utf-16le bom", []byte{0xFF, 0xFE, 'h', 0, 'i', 0, 0xE9, 0}, "", "hié", false},
		{"utf-16be bom", []byte{0xFE, 0xFF, 0, 'h', 0, 'i'}, "", "hi", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.in, tt.ctype)
			if tt.note != errors.Is(err, ErrCharsetGuessed) || (!tt.note && err != nil) {
				t.Fatalf("err %v, want guessed note %v", err, tt.note)
			}
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	got, err := Decode(latin, "text/plain; charset=x-no-such-charset")
	if !errors.Is(err, ErrCharsetGuessed) || !strings.Contains(err.Error(), "x-no-such-charset") || string(got) != "café « naïve »" {
		t.Errorf("unknown charset: %q, %v", got, err)
	}
	u16 := []byte{0xFF, 0xFE}
	for _, r := range "<?xml encoding='UTF-16'?>" {
		u16 = append(u16, byte(r), 0)
	}
	got, err = Decode(u16, "")
	if err != nil || string(got) != "<?xml encoding='UTF-8'?>" {
		t.Errorf("utf-16 xml: %q, %v", got, err)
	}
}

func TestParseAny(t *testing.T) {
	tests := []struct {
		name, file, as, ctype string
		format                article.Format
		articles              int
		feed                  bool
		title                 string
		note                  bool
	}{
		{"sample text", "../../testdata/bbc-trump-zelensky-call.txt", "call.txt", "", article.FormatText, 1, false,
			"Zelensky says lasting peace achievable this year as he and Trump hail 'positive' call", false},
		{"html file", "html/wikinews-nsw.html", "page.txt", "", article.FormatHTML, 1, false, "New South Wales decriminalizes abortion", false},
		{"latin-1 html with meta", "html/latin1.html", "latin1.html", "", article.FormatHTML, 1, false, "Café owners in Zürich protest", false},
		{"rss file named .txt", "feeds/rss.xml", "feed.txt", "", article.FormatFeed, 2, true, "Swedish academy announces 2019 Nobel Prize winners in physics", false},
		{"latin-1 rss", "feeds/latin1-rss.xml", "https://example.test/feed", "application/rss+xml", article.FormatFeed, 1, true, "Café owners in Zürich protest", false},
		{"json feed", "feeds/feed.json", "https://example.test/weather.json", "application/json", article.FormatFeed, 2, true, "Hurricane Lorenzo hits Azores, heads towards Ireland", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, feed, err := ParseAny(ingestFixture(t, tt.file), tt.as, tt.ctype)
			if tt.note != errors.Is(err, ErrCharsetGuessed) || (!tt.note && err != nil) {
				t.Fatalf("err %v", err)
			}
			if len(arts) != tt.articles || (feed != nil) != tt.feed {
				t.Fatalf("%d articles, feed %+v", len(arts), feed)
			}
			a := arts[0]
			ingestCheckSpans(t, a)
			if a.Format != tt.format || a.Title != tt.title {
				t.Errorf("format %v title %q", a.Format, a.Title)
			}
			if strings.HasPrefix(tt.as, "https://") && !tt.feed && a.URL != tt.as {
				t.Errorf("url %q", a.URL)
			}
		})
	}
}

func TestParseAnyGuessedCharsetKeepsArticle(t *testing.T) {
	raw := []byte("Caf\xe9 owners protest\n\nOwners of caf\xe9s said the rules would cost them 2,000 francs.\n")
	arts, _, err := ParseAny(raw, "cafes.txt", "")
	if !errors.Is(err, ErrCharsetGuessed) {
		t.Fatalf("err %v, want ErrCharsetGuessed", err)
	}
	if len(arts) != 1 || arts[0].Title != "Café owners protest" {
		t.Fatalf("articles %+v", arts)
	}
}

func TestParseAnyBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error // nil: any error
	}{
		{"empty", nil, ErrEmpty},
		{"blank", []byte("\n\n  \t\n"), ErrEmpty},
		{"bom only", []byte("\xef\xbb\xbf"), ErrEmpty},
		{"binary", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), ErrBinary},
		{"too large", bytes.Repeat([]byte("a"), MaxArticleSize+1), ErrTooLarge},
		{"malformed feed", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><item><title>x`), nil},
		{"html, no text", []byte("<html><body><script>x()</script></body></html>"), ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, _, err := ParseAny(tt.in, "in", "")
			if err == nil || errors.Is(err, ErrCharsetGuessed) {
				t.Fatalf("no error, %d articles", len(arts))
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
		})
	}
}

func TestArticleName(t *testing.T) {
	for name, want := range map[string]bool{
		"a.txt": true, "b.MD": true, "c.html": true, "feed.xml": true, "README": true,
		"photo.jpg": false, "x.pdf": false, "main.go": false, "archive.tar.gz": false,
	} {
		if ArticleName(name) != want {
			t.Errorf("ArticleName(%q) = %v", name, !want)
		}
	}
}

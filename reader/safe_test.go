package reader

import (
	"strings"
	"testing"

	"github.com/byline/byline/reader/textsafe"
)

// hostileArticle is a plain-text article with escape sequences in its
// title, byline, source and quotes.
var hostileArticle = "Mayor\x1b]0;pwned\x07 resigns\x1b[?1049l over budget\n" +
	"By Jane\x1b]52;c;cm0gLXJmIH4=\x07 Smith\n" +
	"City\u009b31m News\n\n" +
	"\"We will\x1bc rebuild the\u009d0;x\u009c bridge,\" said Mayor Tom Jones on Monday.\n\n" +
	"The council\x7f approved \x1bP1$r\x1b\\$4.5 million for repairs.\x07\n\n" +
	strings.Repeat("The council met again on Tuesday to discuss the plans for the river crossing and the roads.\n\n", 30)

func TestParseSanitizes(t *testing.T) {
	for _, name := range []string{"a.txt", "a.md"} {
		a, err := Parse([]byte(hostileArticle), name)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Body) != len(hostileArticle) {
			t.Errorf("%s: body length %d, want the input's %d (offsets into the file)", name, len(a.Body), len(hostileArticle))
		}
		i := strings.Index(hostileArticle, "bridge")
		if a.Body[i:i+6] != "bridge" {
			t.Errorf("%s: offsets moved", name)
		}
		strs := append([]string{a.Title, a.Source, a.Body}, a.Authors...)
		an := Analyze(a)
		if len(an.Quotes) == 0 {
			t.Errorf("%s: no quote found", name)
		}
		for _, q := range an.Quotes {
			strs = append(strs, a.Body[q.Start:q.End])
		}
		for _, s := range strs {
			if !textsafe.Safe(strings.ReplaceAll(s, "\r", "")) {
				t.Errorf("%s: %q is not safe", name, s)
			}
		}
		if a.Title != "Mayor resigns over budget" {
			t.Errorf("%s: title %q", name, a.Title)
		}
	}
}

func TestParseHTMLAndFeedSanitize(t *testing.T) {
	page := "<html><head><title>T&#27;]0;x&#7;itle</title></head><body><article><h1>Head&#x1b;[2Jline</h1>" +
		"<p>" + strings.Repeat("Plain words in a paragraph of some length. ", 20) + "&#x9b;31m &#27;c</p></article></body></html>"
	a, err := ParseHTML([]byte(page), "https://example.com/a")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{a.Title, a.Body, a.Source} {
		if !textsafe.Safe(s) {
			t.Errorf("html: %q is not safe", s)
		}
	}
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed&amp;#27;]0;x&amp;#7;</title>
<item><title>Item&amp;#x1b;[31m one</title><link>https://example.com/1</link>
<author>a@b (Ann&#x9d;52;c;eA==&amp;#7; Lee)</author><description>Text &amp;#x1b;c here.</description></item></channel></rss>`
	f, arts, err := ParseFeed([]byte(feed), "https://example.com/feed")
	if err != nil {
		t.Fatal(err)
	}
	strs := []string{f.Title, f.Description}
	for _, a := range arts {
		strs = append(strs, a.Title, a.Body, a.Source)
		strs = append(strs, a.Authors...)
	}
	for _, s := range strs {
		if !textsafe.Safe(s) {
			t.Errorf("feed: %q is not safe", s)
		}
	}
}

func TestTitleCapped(t *testing.T) {
	long := strings.Repeat("word ", 100000)
	a, err := Parse([]byte(long+"\n\nA paragraph.\n"), "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if n := len([]rune(a.Title)); n > MaxTitle {
		t.Errorf("title of %d characters", n)
	}
	if !strings.Contains(a.Body, long[:len(long)-1]) {
		t.Error("the long line is not kept in the body")
	}
}

// TestShortHostileTextIsText: a short text whose few control bytes are
// escape sequences is read as text, cleaned, not refused as binary.
func TestShortHostileTextIsText(t *testing.T) {
	raw := "Evil \x1b]0;pwned\x07title\n\nHe said \"hi \x1b]52;c;aGk=\x07 there,\" Anna Berg said.\n"
	a, err := Parse([]byte(raw), "evil.txt")
	if err != nil {
		t.Fatalf("refused: %v", err)
	}
	if strings.ContainsAny(a.Title+a.Body, "\x1b\x07") || !strings.Contains(a.Title, "title") {
		t.Errorf("title %q body %q", a.Title, a.Body)
	}
	if _, err := Parse([]byte("\x01\x02\x03\x04 not text \x05\x06"), "bin.txt"); err == nil {
		t.Error("control bytes other than escape sequences read as text")
	}
}

package ingest

import (
	"reflect"
	"testing"

	"github.com/byline/byline/reader/article"
)

func TestInlineLinks(t *testing.T) {
	for _, tc := range []struct {
		name, md string
		want     []string // text, then URL, per link
	}{
		{"one", "The [council](https://example.org/c) met.", []string{"council", "https://example.org/c"}},
		{"title and two", `See [the plan](https://example.org/p "Plan") and [map](<http://example.org/m>).`,
			[]string{"the plan", "https://example.org/p", "map", "http://example.org/m"}},
		{"nested brackets", "A [report [PDF]](https://example.org/r.pdf) today.", []string{"report [PDF]", "https://example.org/r.pdf"}},
		{"image is not a link", "![a photo](https://example.org/i.jpg) here.", nil},
		{"escaped", `Not \[a link](https://example.org/x).`, nil},
		{"relative or script", "A [page](/wiki/X) and [bad](javascript:alert(1)).", nil},
		{"no target", "A [bracket] alone and [empty]().", nil},
		{"mailto", "Write to [the desk](mailto:desk@example.org).", []string{"the desk", "mailto:desk@example.org"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Format: article.FormatMarkdown, Body: tc.md, Blocks: []article.Block{{Kind: article.BlockParagraph, Span: article.Span{Start: 0, End: len(tc.md)}}}}
			var got []string
			for _, l := range a.InlineLinks() {
				got = append(got, a.Body[l.Text.Start:l.Text.End], l.URL)
				if l.Syntax.Start > l.Text.Start || l.Syntax.End < l.Text.End || a.Body[l.Syntax.Start] != '[' || a.Body[l.Syntax.End-1] != ')' {
					t.Errorf("syntax span %v of %q", l.Syntax, a.Body)
				}
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	plain := &article.Article{Format: article.FormatText, Body: "[x](https://example.org)", Blocks: []article.Block{{Kind: article.BlockParagraph, Span: article.Span{Start: 0, End: 24}}}}
	if l := plain.InlineLinks(); l != nil {
		t.Errorf("plain text has links %v", l)
	}
}

// TestHTMLInlineLinks: an HTML page keeps the links inside its paragraphs,
// resolved against the page, with the spans of their text in Body; a
// paragraph that is one link is a related story, not an inline link.
func TestHTMLInlineLinks(t *testing.T) {
	page := `<html><head><title>Bridge plans approved</title></head><body><article>
<h1>Bridge plans approved</h1>
<p>The council approved the plans on Monday, <a href="/minutes/12">the minutes</a> show, after a
<a href="https://example.org/vote">close vote</a> and a long debate about costs and about the river.</p>
<p>Work is due to start in the spring, the council said, and to end two years later at a cost of £4m.</p>
<p><a href="https://example.org/story/7">Earlier plans were rejected in 2019</a></p>
</article></body></html>`
	a, err := ParseHTML([]byte(page), "https://news.example.com/2026/bridge")
	if err != nil {
		t.Fatal(err)
	}
	got := a.InlineLinks()
	want := []struct{ text, url string }{
		{"the minutes", "https://news.example.com/minutes/12"},
		{"close vote", "https://example.org/vote"},
	}
	if len(got) != len(want) {
		t.Fatalf("links %+v, want %d", got, len(want))
	}
	for i, w := range want {
		if txt := a.Body[got[i].Text.Start:got[i].Text.End]; txt != w.text || got[i].URL != w.url {
			t.Errorf("link %d: %q → %s, want %q → %s", i, txt, got[i].URL, w.text, w.url)
		}
	}
}

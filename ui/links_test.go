package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/ui/config"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// linkArticle returns a model showing an article with an address and
// twelve related links, opening URLs with a fake that records them.
func linkArticle(t *testing.T, w, h int, hyperlinks bool) (*Model, *[]string) {
	t.Helper()
	st := newFakeStore()
	body := "The council met on Tuesday to discuss the new bridge over the river."
	blocks := []reader.Block{{Kind: reader.BlockParagraph, Span: reader.Span{End: len(body)}}}
	for i := 1; i <= 12; i++ {
		start := len(body) + 1
		body += "\nStory number " + strconv.Itoa(i)
		blocks = append(blocks, reader.Block{Kind: reader.BlockRelated, Span: reader.Span{Start: start, End: len(body)},
			URL: "https://example.org/story/" + strconv.Itoa(i)})
	}
	a := &reader.Article{Title: "Bridge plans", Source: "Example News", URL: "https://www.example.org/news/2026/bridge-plans-approved-by-council",
		Body: body, Blocks: blocks}
	id, _, err := st.Put(context.Background(), a, &reader.Analysis{})
	if err != nil {
		t.Fatal(err)
	}
	var opened []string
	cfg := config.Default()
	cfg.Hyperlinks = hyperlinks
	m := newTestModel(st, Options{OpenID: id, Theme: "dark", Config: &cfg, Open: func(u string) error {
		opened = append(opened, u)
		return nil
	}})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	run(m, cmd)
	if m.reader.article.cur == nil {
		t.Fatal("not rendered")
	}
	return m, &opened
}

func TestOpenArticleURL(t *testing.T) {
	m, opened := linkArticle(t, 120, 40, false)
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "https://www.example.org/news/2026/bridge-plans-approved-by-council") {
		t.Errorf("the header does not show the URL:\n%s", v)
	}
	press(m, "o")
	if len(*opened) != 1 || (*opened)[0] != "https://www.example.org/news/2026/bridge-plans-approved-by-council" {
		t.Errorf("o opened %q", *opened)
	}
	if !strings.Contains(m.status, "opened") {
		t.Errorf("status %q", m.status)
	}
	// Narrow: the host only.
	n, _ := linkArticle(t, 40, 20, false)
	if v := ansi.Strip(n.View()); !strings.Contains(v, "example.org") || strings.Contains(v, "bridge-plans") {
		t.Errorf("narrow header:\n%s", v)
	}
}

func TestFollowNumberedLinks(t *testing.T) {
	m, opened := linkArticle(t, 120, 60, false)
	v := ansi.Strip(m.View())
	for _, want := range []string{"Story number 1 [1]", "Story number 12 [12]"} {
		if !strings.Contains(v, want) {
			t.Errorf("no %q in\n%s", want, v)
		}
	}
	press(m, "f", "3") // no link 3x: opens at once
	press(m, "f", "1", "2")
	press(m, "f", "1", "enter")
	press(m, "f", "1", "3") // there is no link 13
	if !m.statusErr || !strings.Contains(m.status, "no link 13") {
		t.Errorf("f 13: status %q", m.status)
	}
	want := []string{"https://example.org/story/3", "https://example.org/story/12", "https://example.org/story/1"}
	if strings.Join(*opened, " ") != strings.Join(want, " ") {
		t.Errorf("opened %q, want %q", *opened, want)
	}
	if m.reader.following != nil {
		t.Error("still waiting for a link number")
	}
	// f then esc opens nothing and leaves the reader where it was.
	press(m, "f", "esc")
	if len(*opened) != 3 || m.screen != screenReader {
		t.Errorf("f esc: opened %q, screen %v", *opened, m.screen)
	}
}

func TestHyperlinks(t *testing.T) {
	on, _ := linkArticle(t, 120, 60, true)
	v := on.View()
	for _, u := range []string{"https://example.org/story/7", "https://www.example.org/news/2026/bridge-plans-approved-by-council"} {
		if !strings.Contains(v, ansi.SetHyperlink(u)) {
			t.Errorf("no OSC 8 link to %s", u)
		}
	}
	if opens, closes := strings.Count(v, "\x1b]8;;http"), strings.Count(v, ansi.ResetHyperlink()); opens != closes {
		t.Errorf("%d links opened, %d closed", opens, closes)
	}
	// The text is unchanged by the links, and every line still fits.
	off, _ := linkArticle(t, 120, 60, false)
	if ansi.Strip(v) != ansi.Strip(off.View()) {
		t.Error("hyperlinks changed the visible text")
	}
	if strings.Contains(off.View(), "\x1b]8;") {
		t.Error("hyperlinks = false still writes OSC 8")
	}
	for _, l := range strings.Split(v, "\n") {
		if ansi.StringWidth(l) != 120 {
			t.Errorf("line of %d cells: %q", ansi.StringWidth(l), l)
		}
	}
}

func TestOpenerCommand(t *testing.T) {
	t.Setenv("BROWSER", "")
	for _, tc := range []struct {
		opener, browser string
		want            string
	}{
		{"firefox --new-tab", "", "firefox --new-tab U"},
		{"", "w3m %s:lynx", "w3m U"},
		{"open -a Safari %s", "chrome", "open -a Safari U"},
	} {
		t.Setenv("BROWSER", tc.browser)
		if got := strings.Join(openerCommand(tc.opener, "U"), " "); got != tc.want {
			t.Errorf("opener %q BROWSER %q: %q, want %q", tc.opener, tc.browser, got, tc.want)
		}
	}
	t.Setenv("BROWSER", "")
	if got := openerCommand("", "U"); got[len(got)-1] != "U" || (got[0] != "xdg-open" && got[0] != "open") {
		t.Errorf("default opener %q", got)
	}
}

func TestMarkdownInlineLinks(t *testing.T) {
	st := newFakeStore()
	body := "The [council](https://example.org/council) met with [the mayor](https://example.org/mayor \"Mayor\") [again](https://example.org/again).\n\nA ![photo](https://example.org/p.jpg) and a [relative](/x) link."
	a := &reader.Article{Title: "Links", Format: reader.FormatMarkdown, Body: body, Blocks: []reader.Block{
		{Kind: reader.BlockParagraph, Span: reader.Span{End: strings.Index(body, "\n")}},
		{Kind: reader.BlockParagraph, Span: reader.Span{Start: strings.Index(body, "A !"), End: len(body)}},
	}}
	// A quote over a link's text still marks it.
	qs := strings.Index(body, "the mayor")
	an := &reader.Analysis{Quotes: []reader.Quote{{Span: reader.Span{Start: qs, End: qs + len("the mayor")}, Speaker: -1}}}
	id, _, _ := st.Put(context.Background(), a, an)
	var opened []string
	m := newTestModel(st, Options{OpenID: id, Theme: "dark", Open: func(u string) error { opened = append(opened, u); return nil }})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 30})
	run(m, cmd)
	v := strings.Join(strings.Fields(ansi.Strip(m.View())), " ")
	if !strings.Contains(v, "The council [1] met with the mayor [2] [3]again") && !strings.Contains(v, "The council [1] met with the mayor [2] again [3].") {
		t.Errorf("links not shown as text and numbers:\n%s", v)
	}
	if strings.Contains(v, "example.org/council") || strings.Contains(v, "example.org/mayor") || strings.Contains(v, "[council]") {
		t.Errorf("link syntax shown:\n%s", v)
	}
	if !strings.Contains(v, "[relative](/x)") {
		t.Errorf("a relative link should stay as written:\n%s", v)
	}
	press(m, "f", "2")
	if len(opened) != 1 || opened[0] != "https://example.org/mayor" {
		t.Errorf("f 2 opened %q", opened)
	}
	line := m.reader.article.cur.lineOf(an.Quotes[0].Span)
	if line < 0 || len(m.reader.article.cur.marks[line]) == 0 {
		t.Error("the quote over a link's text is not marked")
	}
}

package ui

import (
	"context"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// quoteWhere returns the index of the first quote of kind k in the open
// article whose words hold s.
func quoteWhere(t *testing.T, m *Model, k reader.QuoteKind, s string) int {
	t.Helper()
	an := m.reader.analysis()
	for i, q := range an.Quotes {
		if q.Kind == k && strings.Contains(q.Words(m.reader.article.stored.Article.Body), s) {
			return i
		}
	}
	t.Fatalf("no %v quote holds %q", k, s)
	return -1
}

func TestCopyFormatsAndChooser(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	var got string
	m.reader.copy = func(s string) (string, error) { got = s; return "the test clipboard", nil }
	press(m, "2", "j")
	press(m, "c")
	if m.reader.cite.choice == nil || !strings.Contains(ansi.Strip(m.footerView()), "copy as: ") {
		t.Fatalf("c did not open the format chooser: %q", ansi.Strip(m.footerView()))
	}
	press(m, "right", "right", "enter") // Markdown → CSL-JSON → RIS
	if !strings.HasPrefix(got, "TY  - NEWS\n") || m.status != "copied the quote as RIS to the test clipboard" {
		t.Fatalf("chose RIS: status %q, copied\n%s", m.status, got)
	}
	got = ""
	press(m, "y")
	if !strings.HasPrefix(got, "TY  - NEWS\n") {
		t.Errorf("y after choosing RIS copied\n%s", got)
	}
	press(m, "c", "esc")
	if m.reader.cite.choice != nil {
		t.Error("esc left the chooser open")
	}
	// The configured format, before any is chosen.
	m2, _ := openSample(t, 120, 40)
	m2.opt.CiteFormat = "csl"
	m2.reader.copy = m.reader.copy
	press(m2, "2", "j", "y")
	if !strings.Contains(got, `"type": "article-newspaper"`) {
		t.Errorf("CiteFormat csl: y copied\n%s", got)
	}
	// No quote selected: the article; a quote-only format says what to do.
	m3, _ := openSample(t, 120, 40)
	m3.reader.copy = m.reader.copy
	got = ""
	press(m3, "y")
	if !strings.HasPrefix(got, "*Zelensky says") && !strings.Contains(got, "Robert Greenall, *Zelensky") {
		t.Errorf("article citation: %q", got)
	}
	got = ""
	press(m3, "c", "6")
	if got != "" || !m3.statusErr || !strings.Contains(m3.status, "select a quote") {
		t.Errorf("annotation of no quote: status %q, copied %q", m3.status, got)
	}
}

// Reported speech is copied as a paraphrase, never in quotation marks.
func TestCopyReportedSpeech(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	var got string
	m.reader.copy = func(s string) (string, error) { got = s; return "x", nil }
	i := quoteWhere(t, m, reader.Indirect, "a full ceasefire would only work")
	press(m, "2")
	if !m.reader.panes[focusQuotes].Select(i) {
		t.Fatal("quote not in the pane")
	}
	m.reader.article.Mark(m.reader.panes[focusQuotes].Selected())
	press(m, "y")
	if !strings.HasPrefix(got, "> Vladimir Putin said a full ceasefire would only work") {
		t.Errorf("reported speech copied as %q", got)
	}
	if strings.Contains(got, `"`) {
		t.Errorf("reported speech copied in quotation marks: %q", got)
	}
}

// Another article quoting the same words, earlier and crediting someone
// else, is marked in the Quotes pane, described in the footer, listed by p
// and opened at the quote.
func TestProvenanceInReader(t *testing.T) {
	st, id := sampleStore(t)
	sample := st.articles[id]
	words := `"We believe that together with America, with President Trump, and under American leadership, lasting peace can be achieved"`
	body := "Earlier story\n\n" + words + ", said Someone Else.\n"
	start := strings.Index(body, words)
	other := &reader.Article{Title: "Earlier story", Source: "Other News", Date: sample.Date.AddDate(0, 0, -2), Body: body,
		Blocks: []reader.Block{{Kind: reader.BlockParagraph, Span: reader.Span{Start: 15, End: len(body) - 1}}}}
	an := &reader.Analysis{Speakers: []reader.Speaker{{Name: "Someone Else", Quotes: 1}},
		Quotes: []reader.Quote{{Span: reader.Span{Start: start, End: start + len(words)}, Kind: reader.Direct, Speaker: 0}}}
	otherID, _, err := st.Put(context.Background(), other, an)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(st, Options{OpenID: id, Theme: "dark"})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	run(m, cmd)
	i := quoteWhere(t, m, reader.Direct, "We believe that together")
	marked := 0
	for _, r := range m.reader.panes[focusQuotes].rows {
		if strings.Contains(r.meta, "+1≠") {
			marked++
			if r.idx != i {
				t.Errorf("quote %d marked, want %d", r.idx, i)
			}
		}
	}
	if marked != 1 {
		t.Fatalf("%d quotes marked as quoted elsewhere", marked)
	}
	press(m, "2")
	m.reader.panes[focusQuotes].Select(i)
	m.reader.article.Mark(m.reader.panes[focusQuotes].Selected())
	note := m.reader.provenanceNote()
	if !strings.HasPrefix(note, "also in 1 · first Other News, 17 Mar") || !strings.Contains(note, "also credited to Someone Else") {
		t.Errorf("note %q", note)
	}
	press(m, "p")
	if m.reader.cite.choice == nil || !strings.Contains(m.reader.cite.choice.items[0], "Other News: Earlier story — Someone Else") {
		t.Fatalf("p: %+v", m.reader.cite.choice)
	}
	press(m, "enter")
	if m.reader.article.ID() != otherID || m.reader.panes[focusQuotes].Selected().idx != 0 {
		t.Errorf("enter opened article %d at quote %d, want %d at 0", m.reader.article.ID(), m.reader.panes[focusQuotes].Selected().idx, otherID)
	}
	// The other article's quote is marked back.
	if r := m.reader.panes[focusQuotes].rows[0]; !strings.Contains(r.meta, "+1") {
		t.Errorf("the earlier article's quote is not marked: %q", r.meta)
	}
}

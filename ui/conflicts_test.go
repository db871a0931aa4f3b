package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/ui/config"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// figArticle builds and analyses an article: a title, then paragraphs.
func figArticle(title, source string, date time.Time, paras ...string) (*reader.Article, *reader.Analysis) {
	a := &reader.Article{Title: title, Source: source, Date: date, Format: reader.FormatText}
	var b strings.Builder
	b.WriteString(title)
	a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockTitle, Span: reader.Span{End: len(title)}})
	for _, p := range paras {
		b.WriteString("\n\n")
		start := b.Len()
		b.WriteString(p)
		a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: start, End: b.Len()}})
	}
	a.Body = b.String()
	return a, reader.Analyze(a)
}

// conflictStore holds two articles that disagree about the prisoners
// freed (175 POWs, 172 prisoners of war, a day apart), and near misses
// that must not be flagged: a third article a day away that counts
// another exchange's prisoners (another subject), and a fourth with the
// first article's subject a month later (another period).
func conflictStore(t *testing.T) (st *fakeStore, a, b, other, later int64) {
	t.Helper()
	st = newFakeStore()
	day := func(d int) time.Time { return time.Date(2025, 3, d, 9, 0, 0, 0, time.UTC) }
	put := func(title, source string, date time.Time, paras ...string) int64 {
		art, an := figArticle(title, source, date, paras...)
		id, _, err := st.Put(context.Background(), art, an)
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	a = put("Prisoners exchanged", "North Wire", day(19),
		"Each side released 175 POWs on Wednesday, officials said.",
		"The talks lasted two hours.")
	b = put("Swap of captives", "South Post", day(20),
		"Each side freed 172 prisoners of war in the exchange.")
	other = put("Jail releases inmates", "East Daily", day(20),
		"The city jail released 170 prisoners on Thursday.")
	later = put("Another exchange", "North Wire", day(19+30),
		"Each side released 160 POWs this week.")
	return st, a, b, other, later
}

// openConflict opens article id in a 160x40 reader.
func openConflict(t *testing.T, st *fakeStore, id int64, cfg *config.Config) *Model {
	t.Helper()
	m := newTestModel(st, Options{OpenID: id, Theme: "dark", Config: cfg})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	run(m, cmd)
	if m.reader.article.ID() != id {
		t.Fatalf("opened %d, want %d", m.reader.article.ID(), id)
	}
	return m
}

// markedFigures returns the texts of the Figures rows marked ≠.
func markedFigures(m *Model) []string {
	var out []string
	for _, r := range m.reader.panes[focusFigures].rows {
		if strings.HasSuffix(r.meta, conflictMark) {
			out = append(out, r.lead)
		}
	}
	return out
}

func TestFigureConflictsInReader(t *testing.T) {
	st, a, b, _, _ := conflictStore(t)
	m := openConflict(t, st, a, nil)
	if got := markedFigures(m); len(got) != 1 || !strings.Contains(got[0], "175") {
		t.Fatalf("rows marked ≠: %q, want only the 175 POWs", got)
	}
	// Select the row: the footer names the other value and where.
	press(m, "3")
	p := &m.reader.panes[focusFigures]
	for k, r := range p.rows {
		if strings.Contains(r.lead, "175") {
			p.Select(p.rows[k].idx)
		}
	}
	if note := m.reader.figureConflictNote(); !strings.HasPrefix(note, "≠ 172 prisoners in South Post, 20 Mar") || !strings.HasSuffix(note, "= lists") {
		t.Errorf("note %q", note)
	}
	// The cursor row shows the normalised value for its meta: it keeps ≠.
	marked := false
	for _, line := range strings.Split(ansi.Strip(m.View()), "\n") {
		if strings.Contains(line, ">175") && strings.Contains(line, conflictMark) {
			marked = true
		}
	}
	if !marked {
		t.Errorf("the selected 175 row lost its ≠:\n%s", ansi.Strip(m.View()))
	}
	footer := ansi.Strip(m.footerView())
	if !strings.Contains(footer, "≠ 172") {
		t.Errorf("footer does not show the other value: %q", footer)
	}
	press(m, "=")
	c := m.reader.cite.choice
	if c == nil || len(c.items) != 1 {
		t.Fatalf("= chooser %+v, want one article", c)
	}
	if it := c.items[0]; !strings.Contains(it, "20 Mar 2025 South Post: Swap of captives — 172 prisoners") {
		t.Errorf("chooser item %q", it)
	}
	press(m, "enter")
	if m.reader.article.ID() != b {
		t.Fatalf("enter opened %d, want %d", m.reader.article.ID(), b)
	}
	// It opens at the figure that disagrees: the Figures pane has the
	// focus, with the 172 row selected.
	if m.reader.focus != focusFigures {
		t.Errorf("focus %v after opening from ≠, want the Figures pane", m.reader.focus)
	}
	if sel := m.reader.panes[focusFigures].Selected(); sel.idx < 0 || !strings.Contains(figureText(m, sel.idx), "172") {
		t.Errorf("selected figure %+v, want the 172", sel)
	}
	// The other article leads back: its figure is marked too.
	if got := markedFigures(m); len(got) != 1 || !strings.Contains(got[0], "172") {
		t.Errorf("rows marked ≠ in the other article: %q", got)
	}
	// Text order keeps the mark.
	press(m, "O")
	if got := markedFigures(m); len(got) != 1 {
		t.Errorf("after O, rows marked ≠: %q", got)
	}
}

func TestFigureConflictsNearMisses(t *testing.T) {
	st, _, _, other, later := conflictStore(t)
	for _, id := range []int64{other, later} {
		m := openConflict(t, st, id, nil)
		if got := markedFigures(m); len(got) != 0 {
			t.Errorf("article %d: rows marked ≠: %q, want none", id, got)
		}
		press(m, "3", "=")
		if m.reader.cite.choice != nil {
			t.Errorf("article %d: = opened a chooser", id)
		}
		if !strings.Contains(m.status, "no other article") {
			t.Errorf("article %d: status %q", id, m.status)
		}
	}
}

func TestFigureConflictsKeyRebinds(t *testing.T) {
	st, a, _, _, _ := conflictStore(t)
	cfg := config.Default()
	cfg.Keys = map[string]config.KeyList{"figure-conflicts": {"D"}}
	m := openConflict(t, st, a, &cfg)
	press(m, "3")
	for _, r := range m.reader.panes[focusFigures].rows {
		if strings.Contains(r.lead, "175") {
			m.reader.panes[focusFigures].Select(r.idx)
		}
	}
	press(m, "=")
	if m.reader.cite.choice != nil {
		t.Error("= still lists after rebinding")
	}
	press(m, "D")
	if m.reader.cite.choice == nil {
		t.Fatal("D (rebound figure-conflicts) did not list")
	}
	press(m, "esc", "?")
	help := strings.Join(strings.Fields(ansi.Strip(strings.Join(m.fullHelpLines(), "\n"))), " ")
	if !strings.Contains(help, "figure-conflicts") {
		t.Errorf("full help does not list figure-conflicts:\n%s", help)
	}
}

// figureText returns the text of figure i of the open article.
func figureText(m *Model, i int) string {
	an := m.reader.analysis()
	if an == nil || i < 0 || i >= len(an.Figures) {
		return ""
	}
	f := an.Figures[i]
	return m.reader.article.stored.Article.Body[f.Start:f.End]
}

package ui

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/figures"
	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Figures other articles report differently: a Figures row whose measure
// another article of the library, dated within figures.Window, reports
// with a different value (figures.Disagree) is marked ≠, and the
// FigureConflicts key lists those articles' values, sources and dates and
// opens any of them.

// conflictMark is what a Figures row shows when other articles disagree.
const conflictMark = "≠"

// figureElsewhere is one other article's figure for a measure.
type figureElsewhere struct {
	articleID int64
	title     string
	source    string
	date      time.Time
	figure    reader.Figure
}

// figConflicts holds, for the open article (id), the other articles'
// figures that disagree with each of its figures, by figure index.
type figConflicts struct {
	id int64
	by map[int][]figureElsewhere
}

// figConflictsMsg carries the disagreements found for an article.
type figConflictsMsg struct {
	id  int64
	by  map[int][]figureElsewhere
	err error
}

// loadFigureConflicts finds, for each figure of an article, the figures of
// the articles dated near it (store.FiguresNear) that report its measure
// with another value. An undated article, or one without figures, has
// none and asks the store nothing.
func loadFigureConflicts(ctx context.Context, st Store, s *store.Stored) tea.Cmd {
	if s == nil || s.Analysis == nil || len(s.Analysis.Figures) == 0 || s.Article.Date.IsZero() {
		return nil
	}
	id, mine := s.ID, reader.FiguresOf(s.Analysis)
	return func() tea.Msg {
		near, err := st.FiguresNear(ctx, id, figures.Window)
		if err != nil {
			return figConflictsMsg{id: id, err: err}
		}
		return figConflictsMsg{id: id, by: disagreeing(mine, near)}
	}
}

// disagreeing returns, by index into mine, the figures of near that
// disagree with it, in near's order.
func disagreeing(mine []figures.Figure, near []store.FigureSource) map[int][]figureElsewhere {
	by := map[int][]figureElsewhere{}
	for _, n := range near {
		theirs := reader.FiguresOf(&reader.Analysis{Figures: n.Figures})
		for i, f := range mine {
			for j, g := range theirs {
				if figures.Disagree(f, g) {
					by[i] = append(by[i], figureElsewhere{articleID: n.ID, title: n.Title, source: n.Source,
						date: n.Date, figure: n.Figures[j]})
					break // one row an article
				}
			}
		}
	}
	return by
}

// figConflictsLoaded keeps an article's disagreements and marks its rows.
func (m *readerModel) figConflictsLoaded(msg figConflictsMsg) tea.Cmd {
	if msg.id != m.article.ID() {
		return nil
	}
	if msg.err != nil {
		return m.setStatus(msg.err.Error(), true)
	}
	m.figc = figConflicts{id: msg.id, by: msg.by}
	m.markFigureConflicts()
	return nil
}

// markFigureConflicts marks ≠ on the Figures rows whose figure (any of its
// mentions) other articles report differently.
func (m *readerModel) markFigureConflicts() {
	if m.figc.id != m.article.ID() || len(m.figc.by) == 0 {
		return
	}
	p := &m.panes[focusFigures]
	for k := range p.rows {
		r := &p.rows[k]
		if len(m.figuresElsewhere(r.idx)) == 0 {
			continue
		}
		// The cursor row shows sel (the normalised value) for meta: both
		// carry the mark, so a selected row keeps it.
		if !strings.HasSuffix(r.meta, conflictMark) {
			r.meta = strings.TrimSpace(r.meta + " " + conflictMark)
		}
		if r.sel != "" && !strings.HasSuffix(r.sel, conflictMark) {
			r.sel += " " + conflictMark
		}
	}
	p.drawn = nil
	p.redraw()
}

// figuresElsewhere returns the other articles' figures that disagree with
// figure i or any other mention of it in its row, one per article.
func (m *readerModel) figuresElsewhere(i int) []figureElsewhere {
	if i < 0 || m.figc.id != m.article.ID() {
		return nil
	}
	mentions := []int{i}
	for _, r := range m.panes[focusFigures].rows {
		if r.idx == i {
			mentions = append(mentions, r.alt...)
		}
	}
	var out []figureElsewhere
	seen := map[int64]bool{}
	for _, k := range mentions {
		for _, e := range m.figc.by[k] {
			if !seen[e.articleID] {
				seen[e.articleID] = true
				out = append(out, e)
			}
		}
	}
	return out
}

// selectedFigure returns the index of the figure the reader has selected:
// the one the text marks, else the Figures pane's when it has the focus;
// -1 when there is none.
func (m *readerModel) selectedFigure() int {
	ref := itemRef{focusFigures, -1}
	if m.focus == focusFigures {
		ref = m.panes[focusFigures].Selected()
	}
	if m.article.sel.pane == focusFigures && m.article.sel.idx >= 0 {
		ref = m.article.sel
	}
	if ref.idx < 0 || ref.idx >= len(m.analysis().Figures) {
		return -1
	}
	return ref.idx
}

// figConflictKey handles the FigureConflicts key; ok is false for any
// other key.
func (m *readerModel) figConflictKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	if !key.Matches(msg, m.keys.FigureConflicts) {
		return nil, false
	}
	return m.showFiguresElsewhere(), true
}

// elsewhereLabel is how the chooser lists another article's figure: its
// date, source and title, its value and what it measures.
func elsewhereLabel(e figureElsewhere) string {
	v := strings.TrimPrefix(figureValue(e.figure), "= ")
	if mark := changeMark(e.figure.Change); mark != "" {
		v = mark + " " + v
	}
	label := e.date.Format("2 Jan 2006") + " " + oneLine(joinNonEmpty(": ", e.source, e.title)) + " — " + v
	if e.figure.About != "" {
		label += " (" + oneLine(e.figure.About) + ")"
	}
	return label
}

// showFiguresElsewhere opens the chooser on the other articles' values for
// the selected figure; picking one opens that article.
func (m *readerModel) showFiguresElsewhere() tea.Cmd {
	i := m.selectedFigure()
	if i < 0 {
		return m.setStatus("select a figure first (3, then j/k)", true)
	}
	els := m.figuresElsewhere(i)
	if len(els) == 0 {
		return m.setStatus("no other article dated within a week reports this figure differently", false)
	}
	c := &choice{title: conflictMark + " elsewhere"}
	for _, e := range els {
		c.items = append(c.items, elsewhereLabel(e))
	}
	c.pick = func(k int) tea.Cmd {
		id, at := els[k].articleID, els[k].figure.Start
		// As showAppearances: empty the panes' views before the other
		// article's rows come.
		for f := focusSpeakers; f < numFocus; f++ {
			p := &m.panes[f]
			p.view, p.cursor, p.offset = p.view[:0], 0, 0
		}
		return func() tea.Msg { return openArticleMsg{id: id, quote: -1, figure: true, figureAt: at} }
	}
	m.cite.choice = c
	return nil
}

// figureConflictNote describes, for the footer, the other values of the
// selected figure: "≠ 172 POWs in Other News, 20 Mar · = lists".
func (m *readerModel) figureConflictNote() string {
	els := m.figuresElsewhere(m.selectedFigure())
	if len(els) == 0 {
		return ""
	}
	e := els[0]
	where := oneLine(e.source)
	if where == "" {
		where = oneLine(e.title)
	}
	note := fmt.Sprintf("%s %s in %s, %s", conflictMark, strings.TrimPrefix(figureValue(e.figure), "= "), where,
		e.date.Format("2 Jan"))
	if len(els) > 1 {
		note += fmt.Sprintf(" (+%d)", len(els)-1)
	}
	if ks := m.keys.FigureConflicts.Keys(); len(ks) > 0 {
		note += " · " + keyLabel(ks[0]) + " lists"
	}
	return note
}

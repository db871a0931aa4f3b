package ui

// The explanation of a quote: x on the Quotes pane shows, in a box over the
// bottom of the article, why byline says who said it (reader.ExplainQuotes:
// the rule that found it, its cue, the rule that chose its speaker, the
// mention and the candidates passed over), as `byline analyze --explain`
// prints it. Any key closes it.

import (
	"strings"

	"github.com/byline/byline/reader"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// explainMsg carries the explanation of quote idx of article id.
type explainMsg struct {
	id   int64
	idx  int
	text string
}

// explainQuote explains quote idx of an article, analysing it again.
func explainQuote(id int64, a reader.Article, idx int) tea.Cmd {
	return func() tea.Msg {
		_, each := reader.ExplainQuotes(&a)
		if idx < 0 || idx >= len(each) {
			return explainMsg{id: id, idx: idx, text: "byline no longer finds this quote: the analysis changed"}
		}
		return explainMsg{id: id, idx: idx, text: each[idx]}
	}
}

// startExplain explains the quote selected in the Quotes pane.
func (m *readerModel) startExplain() tea.Cmd {
	st := m.article.stored
	sel := m.panes[focusQuotes].Selected()
	if st == nil || sel.idx < 0 {
		return m.setStatus("no quote chosen: select one in the Quotes pane (2), then x", true)
	}
	return explainQuote(st.ID, st.Article, sel.idx)
}

// showExplain takes an explanation for the article open.
func (m *readerModel) showExplain(msg explainMsg) {
	if st := m.article.stored; st == nil || st.ID != msg.id {
		return
	}
	m.explain = msg.text
}

// explainBox returns the lines of the explanation's box, at most h high
// and w wide; nil when there is none.
func (m *readerModel) explainBox(w, h int) []string {
	if m.explain == "" || w < 8 || h < 3 {
		return nil
	}
	inner := min(w, 100) - 4
	title := m.styles.Pane.Title.Render("Why byline says so") + m.styles.Pane.Dim.Render(" · any key closes")
	lines := strings.Split(ansi.Wrap(title, inner, ""), "\n")
	for _, l := range strings.Split(strings.TrimRight(m.explain, "\n"), "\n") {
		lines = append(lines, strings.Split(ansi.Wrap(l, inner, ""), "\n")...)
	}
	if len(lines) > h-2 {
		lines = append(lines[:h-3], "…")
	}
	box := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).Padding(0, 1).Width(inner + 2).
		Render(strings.Join(lines, "\n"))
	return strings.Split(box, "\n")
}

// overlayExplain draws the explanation's box over the bottom of the body
// lines.
func (m *readerModel) overlayExplain(lines []string) []string {
	box := m.explainBox(m.w, len(lines))
	if box == nil {
		return lines
	}
	if len(box) > len(lines) {
		box = box[:len(lines)] // a window too small for the whole box
	}
	top := len(lines) - len(box)
	for i, b := range box {
		lines[top+i] = b + strings.Repeat(" ", max(m.w-ansi.StringWidth(b), 0))
	}
	return lines
}

package ui

import (
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// layoutMode is how the reader arranges the article and the sidebar.
type layoutMode int

const (
	// layoutWide: the sidebar beside the article, three panes stacked.
	layoutWide layoutMode = iota
	// layoutMedium: a narrower sidebar beside the article, one pane at a
	// time under tabs.
	layoutMedium
	// layoutNarrow: the article alone; s shows the sidebar over it.
	layoutNarrow
)

// String implements fmt.Stringer.
func (l layoutMode) String() string {
	return [...]string{"wide", "medium", "narrow"}[l]
}

// Layout thresholds.
const (
	wideMinWidth   = 110
	mediumMinWidth = 80
	sideMinHeight  = 14 // below this body height the sidebar goes over the article
)

// layout is the reader's geometry, computed on resize.
type layout struct {
	mode    layoutMode
	bodyH   int // height above the footer and the full help
	artW    int // article width
	side    bool
	sideX   int // first column of the sidebar's border (or 0 over the article)
	sideW   int // sidebar width, border included
	paneTop [numFocus]int
	paneH   [numFocus]int
}

// relayout computes the layout and sizes every pane.
func (m *Model) relayout() {
	w, h := max(m.w, 0), max(m.h, 0)
	helpH := 0
	if m.fullHelp {
		helpH = len(m.fullHelpLines())
	}
	bodyH := max(h-1-helpH, 0)
	l := layout{bodyH: bodyH, artW: w}
	switch {
	case w >= wideMinWidth && bodyH >= sideMinHeight:
		l.mode = layoutWide
	case w >= mediumMinWidth && bodyH >= sideMinHeight:
		l.mode = layoutMedium
	default:
		l.mode = layoutNarrow
	}
	switch l.mode {
	case layoutWide:
		l.side = !m.sideHidden
		l.sideW = clamp(w*36/100, 38, 60)
	case layoutMedium:
		// The article narrows before the sidebar does: at 100 columns
		// the tab titles read in full, at 80 a quote row keeps about 25
		// characters beside a 40-column text.
		l.side = !m.sideHidden
		l.sideW = clamp(w*44/100, 36, 46)
	case layoutNarrow:
		l.side = m.sideOpen
		l.sideW = w
	}
	if l.side && l.mode != layoutNarrow {
		l.artW = w - l.sideW
		l.sideX = l.artW
	}
	paneW := l.sideW
	if l.mode != layoutNarrow {
		paneW-- // the border column
	}
	if l.mode == layoutWide {
		hs := [numFocus]int{0, bodyH * 26 / 100, bodyH * 44 / 100, 0}
		hs[focusFigures] = bodyH - hs[focusSpeakers] - hs[focusQuotes]
		top := 0
		for f := focusSpeakers; f < numFocus; f++ {
			l.paneTop[f], l.paneH[f] = top, hs[f]
			top += hs[f]
		}
	} else {
		for f := focusSpeakers; f < numFocus; f++ {
			l.paneTop[f], l.paneH[f] = 0, bodyH // line 0 is the tab bar
		}
	}
	for f := focusSpeakers; f < numFocus; f++ {
		m.panes[f].SetSize(paneW, l.paneH[f])
	}
	m.lay = l
	m.library.SetSize(w, bodyH)
	m.speakers.SetSize(w, bodyH)
	m.feeds.list.SetSize(max(w, 0), max(bodyH, 0))
	m.article.SetSize(l.artW, bodyH)
	m.help.Width = w
}

// clamp returns v within [lo, hi].
func clamp(v, lo, hi int) int { return max(lo, min(v, hi)) }

// readerView renders the article and the sidebar side by side, or the
// sidebar alone over the article in the narrow layout.
func (m *Model) readerView() string {
	l := m.lay
	if !l.side {
		return m.article.View()
	}
	side := m.sidebarView()
	if l.mode == layoutNarrow {
		return side
	}
	art := strings.Split(m.article.View(), "\n")
	sl := strings.Split(side, "\n")
	border := m.styles.Pane.Sep.Render("│")
	out := make([]string, l.bodyH)
	for i := range out {
		a, s := strings.Repeat(" ", l.artW), ""
		if i < len(art) {
			a = art[i]
		}
		if i < len(sl) {
			s = sl[i]
		}
		out[i] = a + border + s
	}
	return strings.Join(out, "\n")
}

// sidebarView renders the three panes stacked, or the tab bar and one pane.
func (m *Model) sidebarView() string {
	l := m.lay
	paneW := m.panes[focusQuotes].w
	if l.mode == layoutWide {
		var parts []string
		for f := focusSpeakers; f < numFocus; f++ {
			if l.paneH[f] > 0 {
				parts = append(parts, m.panes[f].View())
			}
		}
		return strings.Join(parts, "\n")
	}
	return m.tabBar(paneW) + "\n" + m.panes[m.tab].ViewRows()
}

// tabBar renders the pane names with their counts; the shown one stands
// out. Names shorten when the bar does not fit.
func (m *Model) tabBar(w int) string {
	s := m.styles
	names, _ := m.tabNames(w)
	var parts []string
	for i, name := range names {
		f := focusSpeakers + focus(i)
		st := s.Pane.Tab
		if f == m.tab {
			st = s.Pane.TabActive
			if m.focus != f {
				st = st.UnsetUnderline()
			}
		}
		parts = append(parts, st.Render(name))
	}
	bar := " " + strings.Join(parts, s.Pane.Sep.Render(tabSep))
	if mark := m.panes[m.tab].scrollMark(); mark != "" && ansi.StringWidth(bar+mark) <= w {
		bar += s.Pane.Title.Render(mark)
	}
	return fit(bar, w)
}

// tabSep separates the tab names.
const tabSep = " │ "

// tabNames returns the tab names that fit in w cells (shortened when the
// full ones do not) and the column where each name ends.
func (m *Model) tabNames(w int) ([]string, []int) {
	layout := func(short bool) ([]string, []int) {
		var names []string
		var ends []int
		col := 1
		for f := focusSpeakers; f < numFocus; f++ {
			p := &m.panes[f]
			name := p.Heading()
			if short {
				name = p.title[:3] + " " + strconv.Itoa(p.Len())
			}
			if len(names) > 0 {
				col += ansi.StringWidth(tabSep)
			}
			col += ansi.StringWidth(name)
			names = append(names, name)
			ends = append(ends, col)
		}
		return names, ends
	}
	names, ends := layout(false)
	if ends[len(ends)-1] > w {
		names, ends = layout(true)
	}
	return names, ends
}

// mouse scrolls the pane under the pointer with the wheel and selects the
// item or pane under a click.
func (m *Model) mouse(msg tea.MouseMsg) tea.Cmd {
	l := m.lay
	if msg.Y >= l.bodyH {
		return nil
	}
	wheel := 0
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		wheel = -3
	case tea.MouseButtonWheelDown:
		wheel = 3
	}
	click := msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress
	if wheel == 0 && !click {
		return nil
	}
	if m.screen == screenLibrary {
		if wheel != 0 {
			m.library.Scroll(wheel)
		}
		return nil
	}
	if m.screen == screenSpeakers || m.screen == screenFeeds {
		return nil
	}
	f := m.paneAt(msg.X, msg.Y)
	if f == focusArticle {
		if wheel != 0 {
			m.article.Scroll(wheel)
		} else {
			m.setFocus(focusArticle)
		}
		return nil
	}
	p := &m.panes[f]
	if wheel != 0 {
		p.Scroll(wheel)
		if f == m.focus {
			m.article.Mark(p.Selected())
		}
		return nil
	}
	y := msg.Y - l.paneTop[f]
	if l.mode != layoutWide && y == 0 {
		m.clickTab(msg.X - l.sideX)
		return nil
	}
	m.setFocus(f)
	if p.ClickRow(y) {
		m.article.Mark(p.Selected())
	}
	return nil
}

// paneAt returns the pane at a cell.
func (m *Model) paneAt(x, y int) focus {
	l := m.lay
	if !l.side || (l.mode != layoutNarrow && x < l.sideX) {
		return focusArticle
	}
	if l.mode != layoutWide {
		return m.tab
	}
	for f := focusSpeakers; f < numFocus; f++ {
		if y >= l.paneTop[f] && y < l.paneTop[f]+l.paneH[f] {
			return f
		}
	}
	return focusArticle
}

// clickTab focuses the tab under column x of the tab bar.
func (m *Model) clickTab(x int) {
	_, ends := m.tabNames(m.panes[focusQuotes].w)
	for i, end := range ends {
		if x < end+1 || i == len(ends)-1 {
			m.setFocus(focusSpeakers + focus(i))
			return
		}
	}
}

// View implements tea.Model.
func (m *Model) View() string {
	if m.w <= 0 || m.h <= 0 {
		return ""
	}
	var body string
	switch m.screen {
	case screenLibrary:
		body = m.library.View()
	case screenSpeakers:
		body = m.speakers.View()
	case screenFeeds:
		body = m.feeds.View(m.styles)
	default:
		body = m.readerView()
	}
	lines := strings.Split(body, "\n")
	if m.screen != screenReader {
		lines = padLines(lines, m.w, m.lay.bodyH)
	} else {
		// The reader's panes draw exactly their size.
		for len(lines) < m.lay.bodyH {
			lines = append(lines, strings.Repeat(" ", m.w))
		}
		lines = m.overlayExplain(lines[:m.lay.bodyH])
	}
	if m.fullHelp {
		lines = append(lines, m.fullHelpLines()...)
	}
	lines = append(lines, m.footerView())
	if len(lines) > m.h {
		lines = lines[:m.h]
	}
	return safeFrame(strings.Join(lines, "\n"))
}

// footerView renders the status bar: search input, a message or the short
// help on the left, the position and search count on the right.
func (m *Model) footerView() string {
	s := m.styles
	var right []string
	if m.refreshing {
		right = append(right, m.spin.View()+" refreshing")
	}
	if m.screen == screenReader {
		if st := m.article.SearchStatus(); st != "" {
			right = append(right, st)
		}
		if !m.article.entities {
			right = append(right, "entities off")
		}
		if p := m.provenanceNote(); p != "" && m.focus == focusQuotes && m.status == "" && m.cite.choice == nil {
			right = append(right, p)
		}
		if p := m.figureConflictNote(); p != "" && m.focus == focusFigures && m.status == "" && m.cite.choice == nil {
			right = append(right, p)
		}
		right = append(right, strconv.Itoa(int(m.article.ScrollPercent()*100))+"%")
	}
	r := s.App.Status.Render(strings.Join(right, " · "))
	room := max(m.w-ansi.StringWidth(r)-1, 0)
	var left string
	switch {
	case m.searching:
		m.input.Width = max(room-2, 1)
		left = m.input.View()
	case m.cite.choice != nil && m.screen == screenReader:
		left = m.choiceView(room)
	case m.deleting != nil && m.screen == screenLibrary:
		left = s.App.Error.Render(deletePrompt(m.deleting.Title, room))
	case m.removing != nil && m.screen == screenFeeds:
		left = s.App.Error.Render(removePrompt(feedName(*m.removing), room))
	case m.status != "" && m.statusErr:
		left = s.App.Error.Render(m.status)
	case m.status != "":
		left = s.App.Info.Render(m.status)
	default:
		left = m.shortHelp(m.helpKeys().ShortHelp(), room)
	}
	left = ansi.Truncate(left, room, "…")
	gap := max(m.w-ansi.StringWidth(left)-ansi.StringWidth(r), 0)
	return fit(left+strings.Repeat(" ", gap)+r, m.w)
}

// padLines cuts or pads lines to exactly h lines of w cells.
func padLines(lines []string, w, h int) []string {
	if len(lines) > h {
		lines = lines[:h]
	}
	for i := range lines {
		lines[i] = fit(lines[i], w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return lines
}

// deletePrompt asks whether to delete the article titled title in width
// columns, cutting the title rather than the question.
func deletePrompt(title string, width int) string {
	const ask = "”? y deletes it, any other key keeps it"
	const short = "”? y/n"
	tail := ask
	if width-ansi.StringWidth("delete “"+tail) < 12 {
		tail = short
	}
	room := max(width-ansi.StringWidth("delete “"+tail), 1)
	return ansi.Truncate("delete “"+ansi.Truncate(oneLine(title), room, "…")+tail, width, "…")
}

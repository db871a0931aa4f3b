package ui

import (
	"github.com/byline/byline/reader"
	tea "github.com/charmbracelet/bubbletea"
)

// readerKey handles a key in the reader: reader-wide actions first, then
// the focused pane.
func (m *readerModel) readerKey(msg tea.KeyMsg) tea.Cmd {
	if cmd, ok := m.citeKey(msg); ok {
		return cmd
	}
	if cmd, ok := m.figConflictKey(msg); ok {
		return cmd
	}
	switch readerAction(m.keys, msg) {
	case actQuit:
		m.host.leaveReader(true)
	case actHelp:
		m.host.toggleHelp()
	case actBack:
		m.back()
	case actNextFocus:
		m.setFocus((m.focus + 1) % numFocus)
	case actPrevFocus:
		m.setFocus((m.focus + numFocus - 1) % numFocus)
	case actFocusSpeakers:
		m.setFocus(focusSpeakers)
	case actFocusQuotes:
		m.setFocus(focusQuotes)
	case actFocusFigures:
		m.setFocus(focusFigures)
	case actNextQuote:
		m.step(focusQuotes, 1)
	case actPrevQuote:
		m.step(focusQuotes, -1)
	case actNextFigure:
		m.step(focusFigures, 1)
	case actPrevFigure:
		m.step(focusFigures, -1)
	case actEntities:
		if m.article.ToggleEntities() {
			return m.setStatus("entity highlighting on", false)
		}
		return m.setStatus("entity highlighting off", false)
	case actSidebar:
		m.toggleSidebar()
	case actSearch:
		return m.host.startSearch("search the article")
	case actNextMatch:
		m.article.NextMatch(1)
	case actPrevMatch:
		m.article.NextMatch(-1)
	case actCopy:
		return m.copyCitation()
	case actOpenURL:
		return m.openURL(m.article.URL())
	case actFollowLink:
		return m.startFollow()
	case actRefresh:
		return m.host.refresh()
	case actFigureOrder:
		return m.toggleFigureOrder()
	case actStances:
		return m.toggleStances()
	case actExplain:
		return m.startExplain()
	default:
		return m.toFocused(msg)
	}
	return nil
}

// toFocused hands a key to the focused pane.
func (m *readerModel) toFocused(msg tea.KeyMsg) tea.Cmd {
	var cmd tea.Cmd
	if m.focus == focusArticle {
		m.article, cmd = m.article.Update(msg)
		return cmd
	}
	m.panes[m.focus], cmd = m.panes[m.focus].Update(msg)
	m.article.Mark(m.panes[m.focus].Selected())
	return cmd
}

// back undoes the innermost state: full help, search, speaker filter, the
// sidebar over the article; then goes back to the library.
func (m *readerModel) back() {
	switch {
	case m.host.helpOpen():
		m.host.closeHelp()
	case m.article.ClearSearch():
	case m.panes[focusQuotes].Filtered():
		m.panes[focusQuotes].ClearFilter()
		if m.focus == focusQuotes {
			m.article.Mark(m.panes[focusQuotes].Selected())
		}
	case m.lay.mode == layoutNarrow && m.sideOpen:
		m.setFocus(focusArticle)
		m.relayout()
	default:
		m.host.leaveReader(false)
	}
}

// toggleSidebar shows or hides the sidebar.
func (m *readerModel) toggleSidebar() {
	if m.lay.mode == layoutNarrow {
		if m.sideOpen {
			m.setFocus(focusArticle)
		} else {
			m.setFocus(m.tab)
		}
	} else {
		m.sideHidden = !m.sideHidden
		if m.sideHidden && m.focus != focusArticle {
			m.setFocus(focusArticle)
		}
	}
	m.relayout()
}

// step moves the selection of pane f by d and jumps to the item, from
// wherever the focus is. With nothing marked yet it starts from the
// reading position.
func (m *readerModel) step(f focus, d int) {
	p := &m.panes[f]
	if p.Len() == 0 {
		return
	}
	if m.article.sel == p.Selected() {
		p.Move(d)
	} else if i := m.firstFrom(f, d); i >= 0 {
		p.cursor = i
		p.clamp()
	}
	ref := p.Selected()
	m.article.JumpTo(ref, m.spanOf(ref))
}

// firstFrom returns the index in pane f's rows of the first item at or
// below the top of the view (d > 0) or the last one above it (d < 0).
func (m *readerModel) firstFrom(f focus, d int) int {
	p := &m.panes[f]
	r := m.article.cur
	if r == nil {
		return 0
	}
	top := m.article.vp.YOffset
	best := -1
	for i, v := range p.view {
		line := r.lineOf(m.spanOf(itemRef{f, p.rows[v].idx}))
		if line < 0 {
			continue
		}
		if d > 0 && line >= top {
			return i
		}
		if d < 0 && line < top {
			best = i
		}
	}
	if best < 0 && d < 0 {
		return p.Len() - 1
	}
	if best < 0 {
		return 0
	}
	return best
}

// choose handles enter on a pane item: it jumps to a quote or figure; a
// speaker also filters the Quotes pane to their quotes.
func (m *readerModel) choose(ref itemRef) {
	if ref.pane == focusSpeakers {
		an := m.analysis()
		m.panes[focusQuotes].SetFilter(ref.idx, speakerLabel(an, ref.idx))
	}
	m.panes[ref.pane].Select(ref.idx)
	m.article.JumpTo(ref, m.spanOf(ref))
	if m.lay.mode == layoutNarrow && m.sideOpen {
		// Show the text the item was chosen for; s brings the list back.
		m.setFocus(focusArticle)
		m.article.Mark(ref)
		m.relayout()
	}
}

// spanOf returns the text span of an item: a quote, a figure, or a
// speaker's first attribution or mention.
func (m *readerModel) spanOf(ref itemRef) reader.Span {
	an := m.analysis()
	i := ref.idx
	switch ref.pane {
	case focusQuotes:
		if i >= 0 && i < len(an.Quotes) {
			return an.Quotes[i].Span
		}
	case focusFigures:
		if i >= 0 && i < len(an.Figures) {
			return an.Figures[i].Span
		}
	case focusSpeakers:
		var first reader.Span
		found := false
		consider := func(sp reader.Span) {
			if sp.Len() > 0 && (!found || sp.Start < first.Start) {
				first, found = sp, true
			}
		}
		for _, q := range an.Quotes {
			if q.Speaker == i {
				consider(q.Mention)
				if q.Mention.Len() == 0 {
					consider(q.Span)
				}
			}
		}
		for e, s := range entitySpeakers(an) {
			if s == i {
				for _, mn := range an.Entities[e].Mentions {
					consider(mn)
				}
			}
		}
		return first
	}
	return reader.Span{}
}

// copyCitation copies the selected quote's citation (the article's when
// no quote is selected) in the configured format.
func (m *readerModel) copyCitation() tea.Cmd {
	return m.copyAs(m.citeFormat())
}

// articleLoaded shows a loaded article in the reader.
func (m *readerModel) articleLoaded(msg articleLoadedMsg) tea.Cmd {
	if msg.id != m.opening {
		return nil
	}
	m.opening = 0
	if msg.err != nil {
		m.host.leaveReader(false)
		return m.setStatus(msg.err.Error(), true)
	}
	m.host.showReader()
	m.article.SetArticle(msg.stored, msg.doc)
	an := msg.stored.Analysis
	body := msg.stored.Article.Body
	m.panes[focusSpeakers].SetRows(speakerRows(an))
	m.panes[focusQuotes].SetRows(quoteRows(body, an, m.showStances))
	m.panes[focusFigures].SetRows(figureRows(&msg.stored.Article, an, m.figTextOrder))
	m.setFocus(focusArticle)
	m.relayout()
	if q := m.openQuote; q >= 0 && an != nil && q < len(an.Quotes) {
		ref := itemRef{focusQuotes, q}
		m.panes[focusQuotes].Select(q)
		m.article.JumpTo(ref, an.Quotes[q].Span)
	}
	m.openQuote = -1
	if at := m.openFigureAt; at >= 0 && an != nil {
		for i, f := range an.Figures {
			if f.Start == at {
				m.setFocus(focusFigures)
				m.panes[focusFigures].Select(i)
				m.article.JumpTo(itemRef{focusFigures, i}, f.Span)
				break
			}
		}
	}
	m.openFigureAt = -1
	cmds := []tea.Cmd{m.article.RenderCmd(), loadProvenance(m.ctx, m.st, msg.stored), loadFigureConflicts(m.ctx, m.st, msg.stored)}
	if s := msg.stored.Summary; !s.Read {
		s.Read = true
		cmds = append(cmds, m.host.markRead(s))
	}
	return tea.Batch(cmds...)
}

// msgErr returns the error a data message carries.
func msgErr(msg tea.Msg) error {
	switch msg := msg.(type) {
	case speakersMsg:
		return msg.err
	case speakerQuotesMsg:
		return msg.err
	}
	return nil
}

// toggleStances shows or hides the stance rows of the Quotes pane
// (beliefs, wishes, actions: not speech), keeping the cursor on its quote.
func (m *readerModel) toggleStances() tea.Cmd {
	m.showStances = !m.showStances
	p := &m.panes[focusQuotes]
	sel := p.Selected()
	if st := m.article.stored; st != nil {
		p.SetRows(quoteRows(st.Article.Body, st.Analysis, m.showStances))
		p.Select(sel.idx)
	}
	if m.showStances {
		return m.setStatus("stances shown (◇): what people think, want or did, not what they said", false)
	}
	return m.setStatus("stances hidden: the Quotes pane lists speech only", false)
}

// toggleFigureOrder lists the figures in text order or key figures first,
// keeping the cursor on its figure.
func (m *readerModel) toggleFigureOrder() tea.Cmd {
	m.figTextOrder = !m.figTextOrder
	p := &m.panes[focusFigures]
	sel := p.Selected()
	if st := m.article.stored; st != nil {
		p.SetRows(figureRows(&st.Article, st.Analysis, m.figTextOrder))
		m.markFigureConflicts()
		p.Select(sel.idx)
	}
	if m.figTextOrder {
		return m.setStatus("figures in text order", false)
	}
	return m.setStatus("key figures first", false)
}

// setFocus moves the keyboard to f.
func (m *readerModel) setFocus(f focus) {
	m.focus = f
	m.article.Blur()
	for i := focusSpeakers; i < numFocus; i++ {
		m.panes[i].Blur()
	}
	if f == focusArticle {
		m.article.Focus()
		if m.lay.mode == layoutNarrow && m.sideOpen {
			m.sideOpen = false
			m.relayout()
		}
		return
	}
	m.panes[f].Focus()
	m.tab = f
	hidden, open := m.sideHidden, m.sideOpen
	m.sideHidden = false
	if m.lay.mode == layoutNarrow {
		m.sideOpen = true
	}
	if hidden != m.sideHidden || open != m.sideOpen {
		m.relayout()
	}
	m.article.Mark(m.panes[f].Selected())
}

// analysis returns the open article's analysis, never nil.
func (m *readerModel) analysis() *reader.Analysis {
	if an := m.article.Analysis(); an != nil {
		return an
	}
	return &reader.Analysis{}
}

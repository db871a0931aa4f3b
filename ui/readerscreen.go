package ui

// The reader screen: an open article beside its Speakers, Quotes and
// Figures panes, with the jumps between them, the article search, link
// following, the citing chooser and the explanation overlay. The root
// Model routes messages and keys to it while it is shown; what belongs to
// the whole app (the status bar, the full help, the footer input, which
// screen is shown) it asks of the root through readerHost.

import (
	"context"
	"strconv"
	"strings"

	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// readerHost is what the reader screen asks of the root model.
type readerHost interface {
	// setStatus shows a message in the status bar for a while.
	setStatus(text string, isErr bool) tea.Cmd
	// relayout computes the geometry of every screen again (the full
	// help's height depends on the reader's focus and layout).
	relayout()
	// helpOpen reports whether the full help is shown; toggleHelp opens
	// it, pages it or closes it; closeHelp closes it.
	helpOpen() bool
	toggleHelp()
	closeHelp()
	// showReader shows the reader; leaveReader goes back to the screen
	// the article was opened from, closing the full help when quitting.
	showReader()
	leaveReader(quitting bool)
	// startSearch opens the footer input for a search of the article.
	startSearch(placeholder string) tea.Cmd
	// refresh runs the background refresh.
	refresh() tea.Cmd
	// markRead marks an article read in the library and the store.
	markRead(s store.Summary) tea.Cmd
}

// readerModel is the reader screen's model.
type readerModel struct {
	host   readerHost
	ctx    context.Context
	st     Store
	opt    *Options // the root's
	keys   keyMap
	styles *Styles
	copy   copyFunc
	cite   citeState // y's format, the footer chooser, quotes' provenance
	// figc: figures other articles report differently (conflicts.go).
	figc figConflicts

	// figTextOrder lists the Figures pane in text order, not key figures
	// first.
	figTextOrder bool
	// showStances lists stance rows (◇) in the Quotes pane too.
	showStances bool
	// explain is the explanation shown over the article (x), or "".
	explain string

	w       int // the window's width
	lay     layout
	article articlePane
	panes   [numFocus]listPane // speakers, quotes and figures; [0] unused
	focus   focus
	tab     focus // the pane shown when one pane is shown at a time

	sideHidden bool    // wide and medium layouts: sidebar hidden with s
	sideOpen   bool    // narrow layout: sidebar shown over the article
	following  *string // after f: the link number typed so far

	opening   int64 // the article being loaded
	openQuote int   // the quote to show once it is loaded, or -1
	// openFigureAt: the byte offset of the figure to show once the
	// article is loaded (from another article's ≠), or -1.
	openFigureAt int
}

// newReaderModel returns the reader screen, with no article open (but
// opening Options.OpenID, which Init loads).
func newReaderModel(host readerHost, ctx context.Context, st Store, opt *Options, keys keyMap, styles *Styles) readerModel {
	cfg := opt.settings()
	r := readerModel{
		host: host, ctx: ctx, st: st, opt: opt, keys: keys, styles: styles, copy: clipboardCopy,
		article:      newArticlePane(keys, styles, cfg),
		tab:          focusQuotes,
		openQuote:    -1,
		openFigureAt: -1,
		showStances:  cfg.Stance,
	}
	if opt.OpenID > 0 {
		r.opening = opt.OpenID
	}
	r.panes[focusSpeakers] = newListPane(focusSpeakers, "Speakers", keys, styles)
	r.panes[focusQuotes] = newListPane(focusQuotes, "Quotes", keys, styles)
	r.panes[focusFigures] = newListPane(focusFigures, "Figures", keys, styles)
	return r
}

// open starts loading article id, to show it at quote number quote (when
// >= 0) once it is loaded.
func (m *readerModel) open(id int64, quote int) tea.Cmd {
	m.opening, m.openQuote, m.openFigureAt = id, quote, -1
	return loadArticle(m.ctx, m.st, id, m.opt.Current)
}

// Update handles the reader's messages and, while it is shown, its keys
// and the mouse.
func (m *readerModel) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case articleLoadedMsg:
		return m.articleLoaded(msg)
	case provenanceMsg:
		return m.provenanceLoaded(msg)
	case figConflictsMsg:
		return m.figConflictsLoaded(msg)
	case articleRenderedMsg:
		m.article, _ = m.article.Update(msg)
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true)
		}
		if settled := m.opt.Settled; settled != nil && !msg.r.partial {
			return func() tea.Msg { settled(); return nil }
		}
	case chooseMsg:
		m.choose(msg.ref)
	case explainMsg:
		m.showExplain(msg)
	case tea.MouseMsg:
		return m.mouse(msg)
	case tea.KeyMsg:
		return m.key(msg)
	}
	return nil
}

// key routes a key press: the chooser, link following and the loading
// screen take it first.
func (m *readerModel) key(msg tea.KeyMsg) tea.Cmd {
	if m.cite.choice != nil {
		return m.choiceKey(msg)
	}
	if cmd, ok := m.followKey(msg); ok {
		return cmd
	}
	if m.opening != 0 && m.article.ID() == 0 {
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		if key.Matches(msg, m.keys.Back) {
			m.host.leaveReader(false)
		}
		return nil
	}
	return m.readerKey(msg)
}

// View renders the reader's body: exactly its height in lines, the
// explanation over the bottom when one is shown.
func (m *readerModel) View() string {
	lines := strings.Split(m.readerView(), "\n")
	// The reader's panes draw exactly their size.
	for len(lines) < m.lay.bodyH {
		lines = append(lines, strings.Repeat(" ", m.w))
	}
	return strings.Join(m.overlayExplain(lines[:m.lay.bodyH]), "\n")
}

// renderCmd returns the Cmd that renders the article for its current
// width, if it needs it.
func (m *readerModel) renderCmd() tea.Cmd { return m.article.RenderCmd() }

// closeExplain closes the explanation; it reports whether one was shown.
func (m *readerModel) closeExplain() bool {
	if m.explain == "" {
		return false
	}
	m.explain = ""
	return true
}

// setSearch searches the article as the query is typed; clearSearch ends
// the search.
func (m *readerModel) setSearch(q string) { m.article.SetSearch(q) }
func (m *readerModel) clearSearch()       { m.article.ClearSearch() }

// choosing reports whether the footer's chooser is open.
func (m *readerModel) choosing() bool { return m.cite.choice != nil }

// footerRight returns the reader's part of the right of the status bar:
// the search count, "entities off", where the selected quote appears
// elsewhere (when quiet is set: no message is shown) and the position.
func (m *readerModel) footerRight(quiet bool) []string {
	var right []string
	if st := m.article.SearchStatus(); st != "" {
		right = append(right, st)
	}
	if !m.article.entities {
		right = append(right, "entities off")
	}
	if p := m.provenanceNote(); p != "" && m.focus == focusQuotes && quiet && m.cite.choice == nil {
		right = append(right, p)
	}
	if p := m.figureConflictNote(); p != "" && m.focus == focusFigures && quiet && m.cite.choice == nil {
		right = append(right, p)
	}
	return append(right, strconv.Itoa(int(m.article.ScrollPercent()*100))+"%")
}

// escHint says what esc (back) does now in the reader, "" when it leaves
// the reader. (The root says "close help" first when the help is open.)
func (m *readerModel) escHint() string {
	switch {
	case m.article.SearchStatus() != "":
		return "clear search"
	case m.panes[focusQuotes].Filtered():
		return "all quotes"
	case m.lay.mode == layoutNarrow && m.sideOpen:
		return "hide list"
	}
	return ""
}

// help returns the reader's bindings for its focus and layout, with k's
// help texts.
func (m *readerModel) help(k keyMap) helpMap {
	return k.readerHelp(m.focus, m.lay.mode == layoutNarrow)
}

// setStatus shows a message in the root's status bar.
func (m *readerModel) setStatus(text string, isErr bool) tea.Cmd {
	return m.host.setStatus(text, isErr)
}

// relayout asks the root to lay every screen out again.
func (m *readerModel) relayout() { m.host.relayout() }

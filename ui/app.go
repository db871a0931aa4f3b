// Package ui is byline's terminal interface: a library of articles and a
// reader that shows an article beside its speakers, quotes and figures.
package ui

import (
	"context"
	"strconv"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Options configures the UI.
type Options struct {
	// OpenID, when > 0, opens that article straight in the reader; esc
	// then goes to the library.
	OpenID int64
	// Theme is "auto" (dark or light from the terminal's background, the
	// default), "dark" or "light".
	Theme string
	// Refresh, when set, is run in the background by the r key (to fetch
	// feeds, say); it returns a line to show, such as "12 new articles".
	Refresh func(ctx context.Context) (string, error)
	// Current, when set, is given each article as it is opened and returns
	// it up to date: re-analysed, say, when its stored analysis is older
	// than the analyser. An error leaves the article as stored.
	Current func(ctx context.Context, s *store.Stored) (*store.Stored, error)
}

// screen is the top-level view shown.
type screen int

const (
	screenLibrary screen = iota
	screenSpeakers
	screenReader
)

// String implements fmt.Stringer.
func (s screen) String() string {
	switch s {
	case screenReader:
		return "reader"
	case screenSpeakers:
		return "speakers"
	}
	return "library"
}

// statusTimeout is how long a status message stays.
const statusTimeout = 4 * time.Second

// MODEL

// Model is byline's root model. It implements tea.Model.
type Model struct {
	ctx    context.Context
	st     store.Store
	opt    Options
	keys   keyMap
	styles *Styles
	help   help.Model
	copy   copyFunc
	// clearAfter returns the Cmd that clears a status message; tests set
	// it to nil.
	clearAfter func(seq int, d time.Duration) tea.Cmd

	screen   screen
	backTo   screen // where esc goes from the reader
	w, h     int
	lay      layout
	library  libraryPane
	speakers speakersPane
	article  articlePane
	panes    [numFocus]listPane // speakers, quotes and figures; [0] unused
	focus    focus
	tab      focus // the pane shown when one pane is shown at a time

	sideHidden bool // wide and medium layouts: sidebar hidden with s
	sideOpen   bool // narrow layout: sidebar shown over the article
	fullHelp   bool
	searching  bool
	input      textinput.Model

	status    string
	statusErr bool
	statusSeq int
	opening   int64 // the article being loaded
	openQuote int   // the quote to show once it is loaded, or -1

	libSeq     int                // the latest library search
	libCancel  context.CancelFunc // cancels the running library search
	refreshing bool
	// deleting is the article the footer asks to delete, until a key
	// answers.
	deleting *store.Summary
	spin     spinner.Model
}

// New returns the root model reading from st.
func New(ctx context.Context, st store.Store, opt Options) *Model {
	dark := true
	switch opt.Theme {
	case "light":
		dark = false
	case "dark":
	default:
		dark = lipgloss.HasDarkBackground()
	}
	return newModel(ctx, st, opt, newStyles(themeFor(lipgloss.ColorProfile()), dark, lipgloss.ColorProfile()))
}

// newModel returns the root model with the given styles.
func newModel(ctx context.Context, st store.Store, opt Options, styles *Styles) *Model {
	keys := defaultKeyMap()
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search the article"
	in.Cursor.SetMode(cursor.CursorStatic)
	h := help.New()
	h.ShortSeparator = " · "
	m := &Model{
		ctx: ctx, st: st, opt: opt, keys: keys, styles: styles, help: h, copy: osc52Copy, clearAfter: clearStatusAfter,
		library: newLibraryPane(keys, styles, func(off int, opt store.ListOptions) tea.Cmd { return loadPage(ctx, st, off, opt) }),
		speakers: newSpeakersPane(keys, styles, func(name string) tea.Cmd {
			return loadSpeakerQuotes(ctx, st, name)
		}),
		article:   newArticlePane(keys, styles),
		input:     in,
		tab:       focusQuotes,
		openQuote: -1,
		spin:      spinner.New(spinner.WithSpinner(spinner.MiniDot)),
	}
	m.panes[focusSpeakers] = newListPane(focusSpeakers, "Speakers", keys, styles)
	m.panes[focusQuotes] = newListPane(focusQuotes, "Quotes", keys, styles)
	m.panes[focusFigures] = newListPane(focusFigures, "Figures", keys, styles)
	m.library.Focus()
	if opt.OpenID > 0 {
		m.screen = screenReader
		m.opening = opt.OpenID
	}
	return m
}

// Init implements tea.Model: it loads the first library page and the
// article to open, if any.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{loadPage(m.ctx, m.st, 0, store.ListOptions{})}
	if m.opt.OpenID > 0 {
		cmds = append(cmds, loadArticle(m.ctx, m.st, m.opt.OpenID, m.opt.Current))
	}
	return tea.Batch(cmds...)
}

// UPDATE

// Update implements tea.Model. It is a dispatcher: sizes first, then data
// messages to the pane that owns them, then keys and the mouse.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.relayout()
		return m, m.article.RenderCmd()
	case libraryPageMsg:
		var cmd tea.Cmd
		m.library, cmd = m.library.Update(msg)
		if msg.err != nil {
			return m, tea.Batch(cmd, m.setStatus(msg.err.Error(), true))
		}
		return m, cmd
	case openArticleMsg:
		m.opening, m.openQuote = msg.id, msg.quote
		if m.screen != screenReader {
			m.backTo = m.screen
		}
		return m, loadArticle(m.ctx, m.st, msg.id, m.opt.Current)
	case librarySearchMsg:
		if msg.seq != m.libSeq {
			return m, nil
		}
		if msg.err != nil {
			return m, m.setStatus(msg.err.Error(), true)
		}
		return m, m.library.SetHits(msg.query, msg.hits)
	case speakersMsg, speakerQuotesMsg:
		var cmd tea.Cmd
		m.speakers, cmd = m.speakers.Update(msg)
		if err := msgErr(msg); err != nil {
			return m, tea.Batch(cmd, m.setStatus(err.Error(), true))
		}
		return m, cmd
	case deletedMsg:
		if msg.err != nil {
			return m, m.setStatus(msg.err.Error(), true)
		}
		m.library.Remove(msg.s.ID)
		return m, tea.Batch(m.setStatus("deleted “"+msg.s.Title+"”", false), loadSpeakers(m.ctx, m.st))
	case refreshedMsg:
		m.refreshing = false
		if msg.err != nil {
			return m, m.setStatus(msg.err.Error(), true)
		}
		return m, tea.Batch(m.setStatus(msg.text, false), m.library.Reload(), loadSpeakers(m.ctx, m.st))
	case spinner.TickMsg:
		if !m.refreshing {
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case articleLoadedMsg:
		return m, m.articleLoaded(msg)
	case articleRenderedMsg:
		m.article, _ = m.article.Update(msg)
		if msg.err != nil {
			return m, m.setStatus(msg.err.Error(), true)
		}
		return m, nil
	case chooseMsg:
		m.choose(msg.ref)
		return m, nil
	case errMsg:
		return m, m.setStatus(msg.err.Error(), true)
	case marksFailedMsg:
		m.library.SetMarks(msg.s) // roll the mark shown back
		return m, m.setStatus(msg.err.Error(), true)
	case statusMsg:
		return m, m.setStatus(msg.text, false)
	case clearStatusMsg:
		if msg.seq == m.statusSeq {
			m.status = ""
		}
		return m, nil
	case tea.MouseMsg:
		return m, tea.Batch(m.mouse(msg), m.article.RenderCmd())
	case tea.KeyMsg:
		// A key may change the layout (s, focusing a hidden pane, ?): the
		// article is then rendered for its new width.
		return m, tea.Batch(m.key(msg), m.article.RenderCmd())
	}
	return m, nil
}

// key routes a key press.
func (m *Model) key(msg tea.KeyMsg) tea.Cmd {
	if key.Matches(msg, m.keys.ForceQuit) {
		return tea.Quit
	}
	if m.searching {
		return m.searchKey(msg)
	}
	switch m.screen {
	case screenLibrary:
		return m.libraryKey(msg)
	case screenSpeakers:
		return m.speakersKey(msg)
	}
	if m.opening != 0 && m.article.ID() == 0 {
		if key.Matches(msg, m.keys.Quit) {
			return tea.Quit
		}
		if key.Matches(msg, m.keys.Back) {
			m.screen = m.backTo
		}
		return nil
	}
	return m.readerKey(msg)
}

// setFocus moves the keyboard to f.
func (m *Model) setFocus(f focus) {
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

// setStatus shows a message in the status bar for a while.
func (m *Model) setStatus(text string, isErr bool) tea.Cmd {
	m.statusSeq++
	m.status, m.statusErr = oneLine(text), isErr
	if m.clearAfter == nil {
		return nil
	}
	return m.clearAfter(m.statusSeq, statusTimeout)
}

// helpKeys returns the bindings for the current screen and focus.
func (m *Model) helpKeys() helpMap {
	switch m.screen {
	case screenLibrary:
		return m.keys.libraryHelp()
	case screenSpeakers:
		return m.keys.speakersHelp()
	}
	return m.keys.readerHelp(m.focus, m.lay.mode == layoutNarrow)
}

// itoa formats an int.
func itoa(i int) string { return strconv.Itoa(i) }

// analysis returns the open article's analysis, never nil.
func (m *Model) analysis() *reader.Analysis {
	if an := m.article.Analysis(); an != nil {
		return an
	}
	return &reader.Analysis{}
}

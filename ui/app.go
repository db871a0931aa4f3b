// Package ui is byline's terminal interface: a library of articles and a
// reader that shows an article beside its speakers, quotes and figures.
package ui

import (
	"context"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/ui/config"
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
	// Config is the user's settings; nil means the defaults. A Theme set
	// below wins over Config.Theme.
	Config *config.Config
	// Notice, when set, is shown in the status bar at start (a problem
	// in the configuration file, say).
	Notice string
	// Open, when set, opens a URL (tests use a fake); nil runs the
	// configured opener.
	Open func(url string) error
	// Theme is "auto" (dark or light from the terminal's background, the
	// default), "dark" or "light".
	Theme string
	// CiteFormat is the citation format y copies in, by name
	// (cite.ParseFormat: "markdown", the default, "csl", "ris",
	// "biblatex", "claimreview", "annotation"); c chooses another.
	CiteFormat string
	// Refresh, when set, is run in the background by the r key (to fetch
	// feeds, say); it returns a line to show, such as "12 new articles".
	Refresh func(ctx context.Context) (string, error)
	// Current, when set, is given each article as it is opened and returns
	// it up to date: re-analysed, say, when its stored analysis is older
	// than the analyser. An error leaves the article as stored.
	Current func(ctx context.Context, s *store.Stored) (*store.Stored, error)
	// Add, when set, is run by the a key with the address typed: subscribe
	// to a feed, or import a page; it returns a line to show.
	Add func(ctx context.Context, url string) (string, error)
	// RefreshEvery, when > 0 and Refresh is set, runs Refresh in the
	// background that often (the config's refresh interval).
	RefreshEvery time.Duration
}

// settings returns the configuration, the defaults when none was given.
func (o Options) settings() config.Config {
	if o.Config == nil {
		return config.Default()
	}
	return *o.Config
}

// screen is the top-level view shown.
type screen int

const (
	screenLibrary screen = iota
	screenSpeakers
	screenReader
	screenFeeds
)

// String implements fmt.Stringer.
func (s screen) String() string {
	switch s {
	case screenReader:
		return "reader"
	case screenSpeakers:
		return "speakers"
	case screenFeeds:
		return "feeds"
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
	cite   citeState // y's format, the footer chooser, quotes' provenance
	// figc: figures other articles report differently (conflicts.go).
	figc figConflicts
	// clearAfter returns the Cmd that clears a status message; tests set
	// it to nil.
	clearAfter func(seq int, d time.Duration) tea.Cmd

	// figTextOrder lists the Figures pane in text order, not key figures
	// first.
	figTextOrder bool
	// showStances lists stance rows (◇) in the Quotes pane too.
	showStances bool
	// explain is the explanation shown over the article (x), or "".
	explain string

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
	helpPage   int     // the page of the full help shown
	following  *string // after f: the link number typed so far
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

	feeds    feedsPane
	feedKeys feedKeys
	adding   bool        // the footer input takes an address to add
	removing *store.Feed // the feed the footer asks to remove
}

// New returns the root model reading from st.
func New(ctx context.Context, st store.Store, opt Options) *Model {
	cfg := opt.settings()
	theme := opt.Theme
	if theme == "" {
		theme = cfg.Theme
	}
	dark := true
	switch theme {
	case "light":
		dark = false
	case "dark":
	default:
		dark = lipgloss.HasDarkBackground()
	}
	p := lipgloss.ColorProfile()
	return newModel(ctx, st, opt, newStyles(paletteFor(theme, p, cfg.Colors), dark, p))
}

// newModel returns the root model with the given styles.
func newModel(ctx context.Context, st store.Store, opt Options, styles *Styles) *Model {
	cfg := opt.settings()
	keys := defaultKeyMap()
	keys.rebind(cfg.Keys)
	in := textinput.New()
	in.Prompt = "/"
	in.Placeholder = "search the article"
	in.Cursor.SetMode(cursor.CursorStatic)
	h := help.New()
	h.ShortSeparator = " · "
	m := &Model{
		ctx: ctx, st: st, opt: opt, keys: keys, styles: styles, help: h, copy: clipboardCopy, clearAfter: clearStatusAfter,
		library: newLibraryPane(keys, styles, func(off int, opt store.ListOptions) tea.Cmd { return loadPage(ctx, st, off, opt) }),
		speakers: newSpeakersPane(keys, styles, func(name string) tea.Cmd {
			return loadSpeakerQuotes(ctx, st, name)
		}),
		article:     newArticlePane(keys, styles, cfg),
		input:       in,
		tab:         focusQuotes,
		openQuote:   -1,
		showStances: cfg.Stance,
		spin:        spinner.New(spinner.WithSpinner(spinner.MiniDot)),
		feeds:       newFeedsPane(styles),
		feedKeys:    defaultFeedKeys(),
	}
	m.panes[focusSpeakers] = newListPane(focusSpeakers, "Speakers", keys, styles)
	m.panes[focusQuotes] = newListPane(focusQuotes, "Quotes", keys, styles)
	m.panes[focusFigures] = newListPane(focusFigures, "Figures", keys, styles)
	m.library.Focus()
	if opt.Notice != "" {
		m.status, m.statusErr = oneLine(opt.Notice), true
	}
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
	cmds = append(cmds, m.refreshTick())
	return tea.Batch(cmds...)
}

// UPDATE

// Update implements tea.Model. It is a dispatcher: sizes first, then data
// messages to the pane that owns them, then keys and the mouse.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if cmd, ok := m.feedMsg(msg); ok {
		return m, cmd
	}
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
		return m, m.library.AddHits(msg)
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
	case provenanceMsg:
		return m, m.provenanceLoaded(msg)
	case figConflictsMsg:
		return m, m.figConflictsLoaded(msg)
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
	case explainMsg:
		m.showExplain(msg)
		return m, nil
	case tea.KeyMsg:
		if m.explain != "" {
			m.explain = "" // any key closes the explanation
			return m, nil
		}
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
		if m.adding {
			return m.addKey(msg)
		}
		return m.searchKey(msg)
	}
	if m.cite.choice != nil && m.screen == screenReader {
		return m.choiceKey(msg)
	}
	switch m.screen {
	case screenLibrary:
		return m.libraryKey(msg)
	case screenSpeakers:
		return m.speakersKey(msg)
	case screenFeeds:
		return m.feedsKey(msg)
	}
	if cmd, ok := m.followKey(msg); ok {
		return cmd
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

// helpKeys returns the bindings for the current screen and focus, the ?
// key saying what it does next.
func (m *Model) helpKeys() helpMap {
	h := m.helpKeys1()
	if m.fullHelp {
		desc := "close help"
		if m.helpPage+1 < m.helpPages() {
			desc = "next page"
		}
		for i, b := range h.short {
			if b.Help() == m.keys.Help.Help() {
				b.SetHelp(b.Help().Key, desc)
				h.short[i] = b
			}
		}
	}
	return h
}

// helpKeys1 returns the bindings for the current screen and focus.
func (m *Model) helpKeys1() helpMap {
	switch m.screen {
	case screenLibrary:
		return m.feedKeys.withLibrary(m.keys.libraryHelp())
	case screenSpeakers:
		return m.keys.speakersHelp()
	case screenFeeds:
		return m.feedKeys.feedsHelp(m.keys)
	}
	k := m.keys
	hint := m.escHint()
	k.Back.SetHelp(k.Back.Help().Key, hint)
	k.Quit.SetHelp(k.Quit.Help().Key, m.backTo.String())
	h := k.readerHelp(m.focus, m.lay.mode == layoutNarrow)
	if hint != m.backTo.String() {
		// q still goes straight back; say so beside esc's nearer step.
		for i, b := range h.short {
			if b.Help() == k.Back.Help() {
				h.short = append(h.short[:i+1:i+1], append([]key.Binding{k.Quit}, h.short[i+1:]...)...)
				break
			}
		}
	}
	return h
}

// itoa formats an int.

// analysis returns the open article's analysis, never nil.
func (m *Model) analysis() *reader.Analysis {
	if an := m.article.Analysis(); an != nil {
		return an
	}
	return &reader.Analysis{}
}

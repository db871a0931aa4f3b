// Package ui is byline's terminal interface: a library of articles and a
// reader that shows an article beside its speakers, quotes and figures.
package ui

import (
	"context"
	"time"

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
	// Settled, when set, is called off the UI's path once an article is
	// rendered: the burst of garbage its analysis and rendering made is
	// dead then (byline gives the memory back to the system).
	Settled func()
	// RefreshEvery, when > 0 and Refresh is set, runs Refresh in the
	// background that often (the config's refresh interval).
	RefreshEvery time.Duration
	// Width and Height, when both > 0, are the terminal's size at start:
	// the first frame is laid out for it without waiting for the
	// program's size message (which, when it comes, wins).
	Width, Height int
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

// Model is byline's root model. It implements tea.Model. It routes
// between the screens (the library, the speakers, the feeds and the
// reader, which has its own model) and owns what they share: the status
// bar, the full help and the footer input.
type Model struct {
	ctx    context.Context
	st     Store
	opt    Options
	keys   keyMap
	styles *Styles
	help   help.Model
	// clearAfter returns the Cmd that clears a status message; tests set
	// it to nil.
	clearAfter func(seq int, d time.Duration) tea.Cmd

	// firstLoad is the library's first page, being read since New (nil
	// when the model was built otherwise, and once Init has taken it).
	firstLoad *pending

	screen   screen
	backTo   screen // where esc goes from the reader
	w, h     int
	bodyH    int // height above the footer and the full help
	library  libraryPane
	speakers speakersPane
	reader   readerModel

	fullHelp  bool
	helpPage  int // the page of the full help shown
	searching bool
	input     textinput.Model

	status    string
	statusErr bool
	statusSeq int

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

// New returns the root model reading from st. It starts reading the
// library's first page at once, so that the query runs (on another core,
// when there is one) while the styles, the model and the terminal are set
// up: the first frame waits on it.
func New(ctx context.Context, st Store, opt Options) *Model {
	first := preload(loadRows(ctx, st, 0, firstPageFor(opt.Height), store.ListOptions{}))
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
	m := newModel(ctx, st, opt, newStyles(paletteFor(theme, p, cfg.Colors), dark, p))
	m.firstLoad = first
	return m
}

// pending is a Cmd's message being made in the background.
type pending struct{ ch chan tea.Msg }

// preload runs cmd in a goroutine at once.
func preload(cmd tea.Cmd) *pending {
	p := &pending{ch: make(chan tea.Msg, 1)}
	go func() { p.ch <- cmd() }()
	return p
}

// ready returns the message when it is made, and false otherwise.
func (p *pending) ready() (tea.Msg, bool) {
	select {
	case msg := <-p.ch:
		return msg, true
	default:
		return nil, false
	}
}

// cmd returns the Cmd that waits for the message.
func (p *pending) cmd() tea.Cmd { return func() tea.Msg { return <-p.ch } }

// newModel returns the root model with the given styles.
func newModel(ctx context.Context, st Store, opt Options, styles *Styles) *Model {
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
		ctx: ctx, st: st, opt: opt, keys: keys, styles: styles, help: h, clearAfter: clearStatusAfter,
		library: newLibraryPane(keys, styles, func(off int, opt store.ListOptions) tea.Cmd { return loadPage(ctx, st, off, opt) }),
		speakers: newSpeakersPane(keys, styles, func(name string) tea.Cmd {
			return loadSpeakerQuotes(ctx, st, name)
		}),
		input:    in,
		spin:     spinner.New(spinner.WithSpinner(spinner.MiniDot)),
		feeds:    newFeedsPane(styles),
		feedKeys: defaultFeedKeys(),
	}
	m.reader = newReaderModel(m, ctx, st, &m.opt, keys, styles)
	m.library.Focus()
	if opt.Notice != "" {
		m.status, m.statusErr = oneLine(opt.Notice), true
	}
	if opt.OpenID > 0 {
		m.screen = screenReader // the reader is opening it
	}
	if opt.Width > 0 && opt.Height > 0 {
		m.w, m.h = opt.Width, opt.Height
		m.relayout()
	}
	return m
}

// Init implements tea.Model: it loads the first library page and the
// article to open, if any.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if p := m.firstLoad; p == nil {
		cmds = append(cmds, loadRows(m.ctx, m.st, 0, firstPageFor(m.opt.Height), store.ListOptions{}))
	} else if msg, ok := p.ready(); ok {
		// Read already: the first View, which bubbletea draws at its
		// renderer's first tick, shows the page (as a message it would
		// come through goroutines, often a frame later).
		_, cmd := m.Update(msg)
		cmds = append(cmds, cmd)
	} else {
		cmds = append(cmds, p.cmd())
	}
	m.firstLoad = nil
	if m.opt.OpenID > 0 {
		cmds = append(cmds, m.reader.open(m.opt.OpenID, -1))
	}
	cmds = append(cmds, m.refreshTick())
	return tea.Batch(cmds...)
}

// firstPage is how many articles the library's first page lists when
// the terminal's height is not known: more than a screen shows, so that
// the first frame waits on no more; the next page (pageSize) is read as
// soon as the cursor moves.
const firstPage = 60

// firstPageFor is the first page for a terminal of height rows: a
// screenful of articles (three rows each) and some, at most firstPage.
// Each listed article's top speakers are read from its quotes: in a
// library of the BBC corpus, a first page of 20 took 2.0 ms on a fresh
// process against 4.7 for 60 (medians of 12).
func firstPageFor(height int) int {
	if height <= 0 {
		return firstPage
	}
	return min(firstPage, height/3+8)
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
		return m, m.reader.renderCmd()
	case libraryPageMsg:
		var cmd tea.Cmd
		m.library, cmd = m.library.Update(msg)
		if msg.err != nil {
			return m, tea.Batch(cmd, m.setStatus(msg.err.Error(), true))
		}
		return m, cmd
	case openArticleMsg:
		if m.screen != screenReader {
			m.backTo = m.screen
		}
		cmd := m.reader.open(msg.id, msg.quote)
		if msg.figure {
			m.reader.openFigureAt = msg.figureAt
		}
		return m, cmd
	case librarySearchMsg:
		if msg.seq != m.libSeq {
			return m, nil
		}
		if msg.err != nil {
			return m, m.setStatus(msg.err.Error(), true)
		}
		return m, m.library.AddHits(msg)
	case librarySearchCountMsg:
		if msg.seq == m.libSeq {
			m.library.SetHitTotal(msg)
		}
		return m, nil
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
	case articleLoadedMsg, provenanceMsg, figConflictsMsg, articleRenderedMsg, chooseMsg:
		return m, m.reader.Update(msg)
	case explainMsg:
		if m.screen == screenReader {
			m.reader.Update(msg)
		}
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
		return m, tea.Batch(m.mouse(msg), m.reader.renderCmd())
	case tea.KeyMsg:
		if m.reader.closeExplain() {
			return m, nil // any key closes the explanation
		}
		// A key may change the layout (s, focusing a hidden pane, ?): the
		// article is then rendered for its new width.
		return m, tea.Batch(m.key(msg), m.reader.renderCmd())
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
	switch m.screen {
	case screenLibrary:
		return m.libraryKey(msg)
	case screenSpeakers:
		return m.speakersKey(msg)
	case screenFeeds:
		return m.feedsKey(msg)
	}
	return m.reader.Update(msg)
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
	h := m.reader.help(k)
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

// escHint says what esc (back) does now in the reader.
func (m *Model) escHint() string {
	if m.fullHelp {
		return "close help"
	}
	if h := m.reader.escHint(); h != "" {
		return h
	}
	return m.backTo.String()
}

// The root as the reader's host (readerHost).

func (m *Model) helpOpen() bool { return m.fullHelp }

func (m *Model) closeHelp() {
	m.fullHelp = false
	m.relayout()
}

func (m *Model) showReader() { m.screen = screenReader }

func (m *Model) leaveReader(quitting bool) {
	if quitting {
		// q leaves the article for the library, as in newsboat and glow.
		m.fullHelp = false
		m.screen = m.backTo
		m.relayout()
		return
	}
	m.screen = m.backTo
}

func (m *Model) startSearch(placeholder string) tea.Cmd {
	m.searching = true
	m.input.Placeholder = placeholder
	m.input.SetValue("")
	return m.input.Focus()
}

func (m *Model) markRead(s store.Summary) tea.Cmd {
	m.library.SetMarks(s)
	return setMarks(m.ctx, m.st, s, true, false)
}

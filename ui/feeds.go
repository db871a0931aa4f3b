package ui

// Feeds inside the reader: add a feed or import a URL (a), the feeds view
// with unread counts per feed (F), a feed's articles, mark all read (M),
// next unread (n), remove a feed (D), and a background refresh every
// Options.RefreshEvery.

import (
	"cmp"
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// feedStore is what the feeds view asks of a store beyond Store
// (store.SQLite has it). Without it the feeds are listed without counts
// and M marks only the articles listed.
type feedStore interface {
	FeedCounts(ctx context.Context) (map[int64]store.FeedCount, error)
	MarkAllRead(ctx context.Context, opt store.ListOptions) (int, error)
}

// feedKeys are the keys of the feeds view and the library's feed keys.
type feedKeys struct {
	Add, Feeds, MarkAll, NextUnread key.Binding
}

func defaultFeedKeys() feedKeys {
	return feedKeys{
		Add:        key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "add feed/URL")),
		Feeds:      key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "feeds")),
		MarkAll:    key.NewBinding(key.WithKeys("M"), key.WithHelp("M", "mark all read")),
		NextUnread: key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next unread")),
	}
}

// feedName is a feed's title, or its address when it has none.
func feedName(f store.Feed) string {
	if t := oneLine(f.Title); t != "" {
		return t
	}
	return f.URL
}

// feedItem is a feed of the feeds view with its counts.
type feedItem struct {
	f       store.Feed
	c       store.FeedCount
	counted bool // the store counts (a store without FeedCounts does not)
}

// Title implements list.DefaultItem.
func (i feedItem) Title() string {
	mark := "  "
	if i.counted && i.c.Unread > 0 {
		mark = "● "
	}
	return mark + feedName(i.f)
}

// Description implements list.DefaultItem: unread and articles, when it
// was checked, and its last error.
func (i feedItem) Description() string {
	var parts []string
	if i.counted {
		parts = append(parts, fmt.Sprintf("%d unread of %s", i.c.Unread, plural(i.c.Articles, "article")))
	}
	if !i.f.Checked.IsZero() {
		parts = append(parts, "checked "+i.f.Checked.Local().Format("2 Jan 15:04"))
	}
	if i.f.Error != "" {
		parts = append(parts, "error: "+oneLine(i.f.Error))
	}
	return strings.Join(parts, " · ")
}

// FilterValue implements list.Item.
func (i feedItem) FilterValue() string { return feedName(i.f) }

// MESSAGES

// feedsMsg carries the subscribed feeds and their counts.
type feedsMsg struct {
	items []feedItem
	err   error
}

// feedRemovedMsg says a feed was removed.
type feedRemovedMsg struct {
	f   store.Feed
	err error
}

// markedReadMsg says how many articles M marked read.
type markedReadMsg struct {
	n   int
	err error
}

// addedMsg carries what Options.Add said.
type addedMsg struct {
	text string
	err  error
}

// refreshTickMsg starts a background refresh.
type refreshTickMsg struct{}

func loadFeeds(ctx context.Context, st Store) tea.Cmd {
	return func() tea.Msg {
		feeds, err := st.Feeds(ctx)
		if err != nil {
			return feedsMsg{err: fmt.Errorf("ui: feeds: %w", err)}
		}
		var counts map[int64]store.FeedCount
		fs, counted := st.(feedStore)
		if counted {
			if counts, err = fs.FeedCounts(ctx); err != nil {
				return feedsMsg{err: fmt.Errorf("ui: feed counts: %w", err)}
			}
		}
		items := make([]feedItem, len(feeds))
		for i, f := range feeds {
			items[i] = feedItem{f: f, c: counts[f.ID], counted: counted}
		}
		return feedsMsg{items: items}
	}
}

func removeFeed(ctx context.Context, st Store, f store.Feed) tea.Cmd {
	return func() tea.Msg {
		if err := st.RemoveFeed(ctx, strconv.Itoa(int(f.ID))); err != nil {
			return feedRemovedMsg{f: f, err: fmt.Errorf("ui: remove feed: %w", err)}
		}
		return feedRemovedMsg{f: f}
	}
}

// markAllRead marks read the unread articles opt lists; ids are those
// listed, marked one by one when the store cannot mark them at once.
func markAllRead(ctx context.Context, st Store, opt store.ListOptions, ids []int64) tea.Cmd {
	return func() tea.Msg {
		if fs, ok := st.(feedStore); ok {
			n, err := fs.MarkAllRead(ctx, opt)
			if err != nil {
				return markedReadMsg{err: fmt.Errorf("ui: mark all read: %w", err)}
			}
			return markedReadMsg{n: n}
		}
		for _, id := range ids {
			if err := st.SetRead(ctx, id, true); err != nil {
				return markedReadMsg{err: fmt.Errorf("ui: mark all read: %w", err)}
			}
		}
		return markedReadMsg{n: len(ids)}
	}
}

func runAdd(ctx context.Context, add func(context.Context, string) (string, error), url string) tea.Cmd {
	return func() tea.Msg {
		text, err := add(ctx, url)
		if err != nil {
			return addedMsg{err: fmt.Errorf("add %s: %w", url, err)}
		}
		return addedMsg{text: text}
	}
}

// refreshTick schedules the next background refresh, when configured.
func (m *Model) refreshTick() tea.Cmd {
	every := cmp.Or(m.opt.RefreshEvery, m.opt.settings().Refresh)
	if every <= 0 || m.opt.Refresh == nil {
		return nil
	}
	return tea.Tick(every, func(time.Time) tea.Msg { return refreshTickMsg{} })
}

// MODEL

// feedsPane lists the subscribed feeds with their unread counts.
type feedsPane struct {
	list  list.Model
	items []feedItem
	done  bool
}

func newFeedsPane(st *Styles) feedsPane {
	return feedsPane{list: newBrowseList("byline · feeds", st, "feed", "feeds")}
}

// Selected returns the feed under the cursor.
func (p *feedsPane) Selected() (store.Feed, bool) {
	it, ok := p.list.SelectedItem().(feedItem)
	return it.f, ok
}

// View renders the list.
func (p feedsPane) View(st *Styles) string {
	if !p.done {
		return "\n  " + st.Article.Empty.Render("Loading…")
	}
	if len(p.items) == 0 {
		return "\n  " + st.Article.Empty.Render("No feeds: a adds one (a feed's or a site's address).")
	}
	return p.list.View()
}

// UPDATE

// feedMsg handles the feeds view's messages; it reports false for others.
func (m *Model) feedMsg(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case feedsMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true), true
		}
		m.feeds.done = true
		m.feeds.items = msg.items
		items := make([]list.Item, len(msg.items))
		for i, it := range msg.items {
			items[i] = it
		}
		return m.feeds.list.SetItems(items), true
	case feedRemovedMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true), true
		}
		return tea.Batch(m.setStatus("removed the feed “"+feedName(msg.f)+"”", false), loadFeeds(m.ctx, m.st)), true
	case markedReadMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true), true
		}
		cmds := []tea.Cmd{m.setStatus("marked "+plural(msg.n, "article")+" read", false), m.library.Reload()}
		if m.screen == screenFeeds {
			cmds = append(cmds, loadFeeds(m.ctx, m.st))
		}
		return tea.Batch(cmds...), true
	case addedMsg:
		m.refreshing = false
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true), true
		}
		cmds := []tea.Cmd{m.setStatus(msg.text, false), m.library.Reload(), loadSpeakers(m.ctx, m.st)}
		if m.screen == screenFeeds {
			cmds = append(cmds, loadFeeds(m.ctx, m.st))
		}
		return tea.Batch(cmds...), true
	case refreshTickMsg:
		cmds := []tea.Cmd{m.refreshTick()}
		if !m.refreshing {
			cmds = append(cmds, m.refresh())
		}
		return tea.Batch(cmds...), true
	}
	return nil, false
}

// startAdd opens the footer input for a feed's or a page's address.
func (m *Model) startAdd() tea.Cmd {
	if m.opt.Add == nil {
		return m.setStatus("adding is not available here: byline feed add URL, byline import URL", true)
	}
	m.adding, m.searching = true, true
	m.input.Placeholder = "a feed's or a page's address"
	m.input.SetValue("")
	return m.input.Focus()
}

// addKey edits the address being added; enter adds it, esc gives up.
func (m *Model) addKey(msg tea.KeyMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Confirm):
		m.adding, m.searching = false, false
		m.input.Blur()
		url := strings.TrimSpace(m.input.Value())
		m.input.SetValue("")
		if url == "" {
			return nil
		}
		m.refreshing = true
		return tea.Batch(m.spin.Tick, runAdd(m.ctx, m.opt.Add, url))
	case key.Matches(msg, m.keys.Back):
		m.adding, m.searching = false, false
		m.input.Blur()
		m.input.SetValue("")
		return nil
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return cmd
}

// libraryFeedKey handles the library's feed keys; it reports false for
// other keys.
func (m *Model) libraryFeedKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.feedKeys.Add):
		return m.startAdd(), true
	case key.Matches(msg, m.feedKeys.Feeds):
		m.screen = screenFeeds
		return loadFeeds(m.ctx, m.st), true
	case key.Matches(msg, m.feedKeys.MarkAll):
		if m.library.Searching() {
			return nil, true
		}
		var ids []int64
		for _, it := range m.library.pages {
			if li, ok := it.(libraryItem); ok && !li.s.Read {
				ids = append(ids, li.s.ID)
			}
		}
		return markAllRead(m.ctx, m.st, m.library.listOptions(), ids), true
	case key.Matches(msg, m.feedKeys.NextUnread):
		m.library.NextUnread()
		return nil, true
	case key.Matches(msg, m.keys.Back) && m.library.feed.ID > 0 && !m.library.Searching():
		// Back from a feed's articles to the feeds.
		m.library.feed = store.Feed{}
		m.screen = screenFeeds
		return tea.Batch(m.library.Reload(), loadFeeds(m.ctx, m.st)), true
	}
	return nil, false
}

// feedsKey handles a key in the feeds view.
func (m *Model) feedsKey(msg tea.KeyMsg) tea.Cmd {
	if s := m.removing; s != nil {
		m.removing = nil
		if key.Matches(msg, m.keys.Yes) {
			return removeFeed(m.ctx, m.st, *s)
		}
		return m.setStatus("kept the feed “"+feedName(*s)+"”", false)
	}
	if cmd, ok := m.browseKey(msg); ok {
		return cmd
	}
	switch {
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.feedKeys.Feeds):
		m.screen = screenLibrary
		return nil
	case key.Matches(msg, m.keys.Open):
		if f, ok := m.feeds.Selected(); ok {
			m.library.feed = f
			m.screen = screenLibrary
			return m.library.Reload()
		}
		return nil
	case key.Matches(msg, m.feedKeys.Add):
		return m.startAdd()
	case key.Matches(msg, m.feedKeys.MarkAll):
		if f, ok := m.feeds.Selected(); ok {
			return markAllRead(m.ctx, m.st, store.ListOptions{FeedID: f.ID}, nil)
		}
		return nil
	case key.Matches(msg, m.keys.Delete):
		if f, ok := m.feeds.Selected(); ok {
			m.removing = &f // the footer asks until a key answers
		}
		return nil
	case key.Matches(msg, m.keys.Refresh):
		return m.refresh()
	}
	var cmd tea.Cmd
	m.feeds.list, cmd = m.feeds.list.Update(msg)
	return cmd
}

// NextUnread moves the cursor to the next unread article listed after it
// (wrapping to the top); it stays when none is unread.
func (p *libraryPane) NextUnread() {
	items := p.list.Items()
	n := len(items)
	for k := 1; k <= n; k++ {
		i := (p.list.Index() + k) % n
		if li, ok := items[i].(libraryItem); ok && !li.s.Read {
			p.list.Select(i)
			return
		}
	}
}

// listOptions are the store's list options for what the library lists.
func (p *libraryPane) listOptions() store.ListOptions {
	opt := p.filter.options()
	opt.FeedID = p.feed.ID
	return opt
}

// feedsHelp returns the help of the feeds view.
func (f feedKeys) feedsHelp(k keyMap) helpMap {
	open := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "its articles"))
	return helpMap{
		short: []key.Binding{open, f.Add, f.MarkAll, k.Delete, k.Refresh, k.Back, k.Help},
		full: [][]key.Binding{
			{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
			{open, f.Add, f.MarkAll, k.Delete, k.Refresh},
			{k.Back, k.Help, k.Quit},
		},
	}
}

// withLibrary adds the feed keys to the library's help.
func (f feedKeys) withLibrary(h helpMap) helpMap {
	h.full = append(h.full, []key.Binding{f.Add, f.Feeds, f.NextUnread, f.MarkAll})
	return h
}

// removePrompt asks in the footer whether to remove a feed, cut to width.
func removePrompt(name string, width int) string {
	tail := "”? y removes it, any other key keeps it"
	if width-ansi.StringWidth("remove the feed “"+tail) < 12 {
		tail = "”? y/n"
	}
	room := max(width-ansi.StringWidth("remove the feed “"+tail), 1)
	return ansi.Truncate("remove the feed “"+ansi.Truncate(oneLine(name), room, "…")+tail, width, "…")
}

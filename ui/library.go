package ui

import (
	"strconv"
	"strings"

	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// libraryItem is an article of the library list, or a search hit.
type libraryItem struct {
	s       store.Summary
	snippet string // a search hit's extract, with the matched terms marked
}

// Title implements list.DefaultItem: the title after the unread (●) and
// starred (★) marks, each in a column of its own.
func (i libraryItem) Title() string {
	t := oneLine(i.s.Title)
	if t == "" {
		t = "(untitled)"
	}
	// Two columns, so that a starred article keeps its unread mark.
	unread, star := " ", " "
	if !i.s.Read {
		unread = "●"
	}
	if i.s.Starred {
		star = "★"
	}
	return unread + star + " " + t
}

// Description implements list.DefaultItem: source, date and number of
// quotes, or a search hit's snippet.
func (i libraryItem) Description() string {
	var parts []string
	if i.s.Source != "" {
		parts = append(parts, i.s.Source)
	}
	if !i.s.Date.IsZero() {
		parts = append(parts, i.s.Date.Format("2 Jan 2006"))
	}
	if i.snippet != "" {
		return "  " + strings.Join(append(parts, snippetView(i.snippet)), " · ")
	}
	if i.s.Quotes > 0 {
		parts = append(parts, plural(i.s.Quotes, "quote"))
	}
	if len(i.s.Speakers) > 0 {
		parts = append(parts, strings.Join(i.s.Speakers, ", "))
	}
	return "  " + strings.Join(parts, " · ")
}

// FilterValue implements list.Item.
func (i libraryItem) FilterValue() string { return i.s.Title }

// snippetView turns a search snippet's markers into bold underlined text.
// Only bold and underline are switched off after a term, so the list's
// own colour carries on.
func snippetView(s string) string {
	s = strings.Join(strings.Fields(s), " ") // not oneLine: it drops the markers
	s = strings.ReplaceAll(s, store.SnippetOpen, "\x1b[1;4m")
	return strings.ReplaceAll(s, store.SnippetClose, "\x1b[22;24m")
}

// MODEL

// libraryPane lists the articles of the store, newest first, loading them
// a page at a time; bodies are never loaded for the list. A search shows
// its hits in place of the pages.
type libraryPane struct {
	keys    keyMap
	styles  *Styles
	list    list.Model
	pages   []list.Item // the articles loaded page by page
	loaded  int
	total   int
	loading bool
	done    bool // the first page has arrived
	focused bool
	load    func(offset int, opt store.ListOptions) tea.Cmd
	filter  libraryFilter

	// feed, when its ID is set, lists only the articles that feed brought.
	feed store.Feed

	query string // the search shown, "" for none
	// hitTotal is how many articles match the search; hitsLoading is set
	// while its next page is asked for.
	hitTotal    int
	hitCounted  bool // hitTotal is the count of all, not "more than"
	hitsLoading bool
}

// newBrowseList returns the bubbles list the library and the speakers view
// are built on: byline's title style, a status bar counting items, and no
// help, filtering or quit keys of its own (the root handles those).
func newBrowseList(title string, st *Styles, singular, plural string) list.Model {
	l := list.New(nil, list.NewDefaultDelegate(), 0, 0)
	l.Title = title
	l.Styles.Title = st.Library.Title
	l.SetShowHelp(false)
	l.SetFilteringEnabled(false)
	l.SetShowStatusBar(true)
	l.SetStatusBarItemName(singular, plural)
	l.DisableQuitKeybindings()
	l.KeyMap.ShowFullHelp.SetEnabled(false)
	l.KeyMap.CloseFullHelp.SetEnabled(false)
	return l
}

// newLibraryPane returns an empty library that reads pages with load.
func newLibraryPane(keys keyMap, st *Styles, load func(offset int, opt store.ListOptions) tea.Cmd) libraryPane {
	l := newBrowseList("byline · library", st, "article", "articles")
	return libraryPane{keys: keys, styles: st, list: l, loading: true, load: load}
}

// SetSize sets the list's size.
func (p *libraryPane) SetSize(w, h int) { p.list.SetSize(max(w, 0), max(h, 0)) }

// Focus gives the list the keyboard.
func (p *libraryPane) Focus() { p.focused = true }

// Blur takes the keyboard away.
func (p *libraryPane) Blur() { p.focused = false }

// Len returns the number of articles listed.
func (p *libraryPane) Len() int { return len(p.list.Items()) }

// Selected returns the article under the cursor.
func (p *libraryPane) Selected() (store.Summary, bool) {
	it, ok := p.list.SelectedItem().(libraryItem)
	return it.s, ok
}

// Reload forgets the pages and reads the first one again.
func (p *libraryPane) Reload() tea.Cmd {
	p.pages, p.loaded, p.total, p.loading, p.done = nil, 0, 0, true, false
	if p.query == "" {
		p.list.SetItems(nil)
	}
	return p.load(0, p.listOptions())
}

// libraryFilter is which articles the library lists.
type libraryFilter int

const (
	filterAll libraryFilter = iota
	filterUnread
	filterStarred
)

// options returns the store's list options for the filter.
func (f libraryFilter) options() store.ListOptions {
	return store.ListOptions{UnreadOnly: f == filterUnread, StarredOnly: f == filterStarred}
}

// String names the filter for the title ("" for all).
func (f libraryFilter) String() string {
	switch f {
	case filterUnread:
		return "unread"
	case filterStarred:
		return "starred"
	}
	return ""
}

// NextFilter lists all articles, then the unread ones, then the starred
// ones, and reloads.
func (p *libraryPane) NextFilter() tea.Cmd {
	p.filter = (p.filter + 1) % 3
	return p.Reload()
}

// SetHits shows search hits; an empty query shows the pages again.
func (p *libraryPane) SetHits(query string, hits []store.Hit) tea.Cmd {
	p.query = query
	if query == "" {
		p.setCount()
		return p.list.SetItems(p.pages)
	}
	items := make([]list.Item, len(hits))
	for i, h := range hits {
		items[i] = libraryItem{s: h.Summary, snippet: h.Snippet}
	}
	p.list.Title = "byline · search “" + query + "”"
	p.list.SetStatusBarItemName("match", "matches")
	cmd := p.list.SetItems(items)
	p.list.Select(0)
	return cmd
}

// setCount titles the library and counts its articles in the status bar:
// "200 of 295 articles" while pages are still to load.
func (p *libraryPane) setCount() {
	p.list.Title = "byline · library"
	if p.feed.ID > 0 {
		p.list.Title = "byline · " + feedName(p.feed)
	}
	what := "articles"
	if f := p.filter.String(); f != "" {
		p.list.Title += " · " + f
		what = f + " articles"
	}
	if p.total > p.loaded {
		of := "of " + strconv.Itoa(p.total) + " " + what
		p.list.SetStatusBarItemName(of, of)
		return
	}
	p.list.SetStatusBarItemName(strings.TrimSuffix(what, "s"), what)
}

// Searching reports whether search hits are shown.
func (p *libraryPane) Searching() bool { return p.query != "" }

// SetMarks updates an article's read and starred marks wherever it is
// listed.
func (p *libraryPane) SetMarks(s store.Summary) {
	for _, items := range [][]list.Item{p.pages, p.list.Items()} {
		for i, it := range items {
			if li, ok := it.(libraryItem); ok && li.s.ID == s.ID {
				li.s.Read, li.s.Starred = s.Read, s.Starred
				items[i] = li
			}
		}
	}
	p.list.SetItems(p.list.Items())
}

// Remove takes an article out of the list (it was deleted), wherever it
// is listed, keeping the cursor where it is.
func (p *libraryPane) Remove(id int64) {
	drop := func(items []list.Item) ([]list.Item, bool) {
		for i, it := range items {
			if li, ok := it.(libraryItem); ok && li.s.ID == id {
				return append(items[:i:i], items[i+1:]...), true
			}
		}
		return items, false
	}
	var ok bool
	if p.pages, ok = drop(p.pages); ok {
		p.loaded--
		p.total = max(p.total-1, p.loaded)
	}
	idx := p.list.Index()
	items := p.pages
	if p.query != "" {
		items, _ = drop(p.list.Items())
	} else {
		p.setCount()
	}
	p.list.SetItems(items)
	p.list.Select(min(idx, len(items)-1))
}

// UPDATE

// Update appends pages as they arrive, moves the cursor, asks for the next
// page near the end, and turns enter into an openArticleMsg.
func (p libraryPane) Update(msg tea.Msg) (libraryPane, tea.Cmd) {
	switch msg := msg.(type) {
	case libraryPageMsg:
		if msg.filter != p.listOptions() {
			return p, nil // listed before the filter changed
		}
		p.loading = false
		if msg.err != nil || msg.offset != p.loaded {
			return p, nil
		}
		p.done = true
		for _, s := range msg.items {
			p.pages = append(p.pages, libraryItem{s: s})
		}
		p.loaded += len(msg.items)
		p.total = max(msg.total, p.loaded)
		if len(msg.items) == 0 {
			p.total = p.loaded
		}
		if p.query != "" {
			return p, nil
		}
		p.setCount()
		return p, p.list.SetItems(p.pages)
	case tea.KeyMsg:
		if !p.focused {
			return p, nil
		}
		if key.Matches(msg, p.keys.Open) {
			if s, ok := p.Selected(); ok {
				id := s.ID
				return p, func() tea.Msg { return openArticleMsg{id: id, quote: -1} }
			}
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	if p.query == "" && !p.loading && p.loaded < p.total && p.list.Index() >= p.loaded-pageSize/4 {
		p.loading = true
		cmd = tea.Batch(cmd, p.load(p.loaded, p.listOptions()))
	}
	return p, cmd
}

// Scroll moves the cursor by n items, for the mouse wheel.
func (p *libraryPane) Scroll(n int) {
	for ; n > 0; n-- {
		p.list.CursorDown()
	}
	for ; n < 0; n++ {
		p.list.CursorUp()
	}
}

// VIEW

// View renders the list.
func (p libraryPane) View() string {
	if !p.done && p.query == "" {
		return "\n  " + p.styles.Article.Empty.Render("Loading…")
	}
	if p.done && p.loaded == 0 && p.query == "" {
		if f := p.filter.String(); f != "" {
			return "\n  " + p.styles.Article.Empty.Render("No "+f+" articles: u lists them all.")
		}
		return "\n  " + p.styles.Article.Empty.Render("The library is empty.")
	}
	return p.list.View()
}

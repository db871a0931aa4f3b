package ui

import (
	"strings"

	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// libraryItem is an article of the library list.
type libraryItem struct{ s store.Summary }

// Title implements list.DefaultItem.
func (i libraryItem) Title() string {
	if i.s.Title == "" {
		return "(untitled)"
	}
	return oneLine(i.s.Title)
}

// Description implements list.DefaultItem.
func (i libraryItem) Description() string {
	var parts []string
	if i.s.Source != "" {
		parts = append(parts, i.s.Source)
	}
	if !i.s.Date.IsZero() {
		parts = append(parts, i.s.Date.Format("2 Jan 2006"))
	}
	if i.s.Quotes > 0 {
		parts = append(parts, itoa(i.s.Quotes)+" quotes")
	}
	return strings.Join(parts, " · ")
}

// FilterValue implements list.Item.
func (i libraryItem) FilterValue() string { return i.s.Title }

// MODEL

// libraryPane lists the articles of the store, newest first, loading them
// a page at a time; bodies are never loaded for the list.
type libraryPane struct {
	keys    keyMap
	styles  *Styles
	list    list.Model
	loaded  int
	total   int
	loading bool
	done    bool // the first page has arrived
	focused bool
	load    func(offset int) tea.Cmd
}

// newLibraryPane returns an empty library that reads pages with load.
func newLibraryPane(keys keyMap, st *Styles, load func(offset int) tea.Cmd) libraryPane {
	d := list.NewDefaultDelegate()
	l := list.New(nil, d, 0, 0)
	l.Title = "byline · library"
	l.Styles.Title = st.Library.Title
	l.SetShowHelp(false)
	l.SetFilteringEnabled(false)
	l.SetShowStatusBar(true)
	l.SetStatusBarItemName("article", "articles")
	l.DisableQuitKeybindings()
	l.KeyMap.ShowFullHelp.SetEnabled(false)
	l.KeyMap.CloseFullHelp.SetEnabled(false)
	return libraryPane{keys: keys, styles: st, list: l, loading: true, load: load}
}

// SetSize sets the list's size.
func (p *libraryPane) SetSize(w, h int) { p.list.SetSize(max(w, 0), max(h, 0)) }

// Focus gives the list the keyboard.
func (p *libraryPane) Focus() { p.focused = true }

// Blur takes the keyboard away.
func (p *libraryPane) Blur() { p.focused = false }

// Len returns the number of articles loaded.
func (p *libraryPane) Len() int { return len(p.list.Items()) }

// UPDATE

// Update appends pages as they arrive, moves the cursor, asks for the next
// page near the end, and turns enter into an openArticleMsg.
func (p libraryPane) Update(msg tea.Msg) (libraryPane, tea.Cmd) {
	switch msg := msg.(type) {
	case libraryPageMsg:
		p.loading = false
		if msg.err != nil || msg.offset != p.loaded {
			return p, nil
		}
		p.done = true
		items := p.list.Items()
		for _, s := range msg.items {
			items = append(items, libraryItem{s})
		}
		p.loaded += len(msg.items)
		p.total = max(msg.total, p.loaded)
		if len(msg.items) == 0 {
			p.total = p.loaded
		}
		return p, p.list.SetItems(items)
	case tea.KeyMsg:
		if !p.focused {
			return p, nil
		}
		if key.Matches(msg, p.keys.Open) {
			if it, ok := p.list.SelectedItem().(libraryItem); ok {
				id := it.s.ID
				return p, func() tea.Msg { return openArticleMsg{id} }
			}
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	if !p.loading && p.loaded < p.total && p.list.Index() >= p.loaded-pageSize/4 {
		p.loading = true
		cmd = tea.Batch(cmd, p.load(p.loaded))
	}
	return p, cmd
}

// VIEW

// View renders the list.
func (p libraryPane) View() string {
	if p.done && p.loaded == 0 {
		return "\n  " + p.styles.Article.Empty.Render("The library is empty.")
	}
	return p.list.View()
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

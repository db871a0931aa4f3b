package ui

import (
	"strings"

	"github.com/byline/byline/ui/config"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// keyMap holds every key binding of the UI. The root owns it and hands
// copies to the panes.
type keyMap struct {
	// App.
	Quit      key.Binding
	ForceQuit key.Binding // quits even while typing
	Help      key.Binding
	Back      key.Binding
	Confirm   key.Binding // ends typing a search

	// Library.
	Open key.Binding

	// Moving within the focused pane.
	Up       key.Binding
	Down     key.Binding
	Top      key.Binding
	Bottom   key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Choose   key.Binding

	// Reader.
	NextFocus     key.Binding
	PrevFocus     key.Binding
	FocusSpeakers key.Binding
	FocusQuotes   key.Binding
	FocusFigures  key.Binding
	NextQuote     key.Binding
	PrevQuote     key.Binding
	NextFigure    key.Binding
	PrevFigure    key.Binding
	Entities      key.Binding
	Sidebar       key.Binding
	Search        key.Binding
	NextMatch     key.Binding
	PrevMatch     key.Binding
	Copy          key.Binding
	OpenURL       key.Binding // opens the article's URL
	FollowLink    key.Binding // then a number: opens a link in the text
	Refresh       key.Binding
	FigureOrder   key.Binding
	Stances       key.Binding // stance rows in the Quotes pane
	Explain       key.Binding // why byline says who said the quote

	// FigureConflicts lists the other articles' values of a figure marked
	// ≠ (ui/conflicts.go).
	FigureConflicts key.Binding

	// Library and speakers.
	MarkRead   key.Binding
	Star       key.Binding
	Delete     key.Binding
	Yes        key.Binding // confirms a delete
	Filter     key.Binding
	SwitchView key.Binding
}

// defaultKeyMap returns byline's key bindings.
func defaultKeyMap() keyMap {
	return keyMap{
		Quit: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys")),
		Back: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),

		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Confirm:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")),

		Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),

		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " "), key.WithHelp("pgdn/space", "page down")),
		Choose:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show in text")),

		NextFocus:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevFocus:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "prev pane")),
		FocusSpeakers: key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "speakers")),
		FocusQuotes:   key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "quotes")),
		FocusFigures:  key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "figures")),
		NextQuote:     key.NewBinding(key.WithKeys("]"), key.WithHelp("]/[", "next/prev quote")),
		PrevQuote:     key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev quote")),
		NextFigure:    key.NewBinding(key.WithKeys("}"), key.WithHelp("}/{", "next/prev figure")),
		PrevFigure:    key.NewBinding(key.WithKeys("{"), key.WithHelp("{", "prev figure")),
		Entities:      key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "entity colours")),
		Sidebar:       key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sidebar")),
		Search:        key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/prev match")),
		PrevMatch:     key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev match")),
		Copy:          key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy citation")),
		OpenURL:       key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open in browser")),
		FollowLink:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f+n", "open link n")),
		Refresh:       key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "refresh")),
		FigureOrder:   key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "figures: key/text order")),
		Stances:       key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "stances: show/hide")),
		Explain:       key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "why: explain the quote")),

		FigureConflicts: key.NewBinding(key.WithKeys("="), key.WithHelp("=", "≠ other articles' values")),

		MarkRead:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "read/unread")),
		Star:       key.NewBinding(key.WithKeys("*"), key.WithHelp("*", "star")),
		Delete:     key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "delete")),
		Yes:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		Filter:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "all/unread/starred")),
		SwitchView: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "articles/speakers")),
	}
}

// action is what a key asks the reader to do, whatever pane has focus.
type action int

const (
	actNone action = iota
	actQuit
	actHelp
	actBack
	actNextFocus
	actPrevFocus
	actFocusSpeakers
	actFocusQuotes
	actFocusFigures
	actNextQuote
	actPrevQuote
	actNextFigure
	actPrevFigure
	actEntities
	actSidebar
	actSearch
	actNextMatch
	actPrevMatch
	actCopy
	actOpenURL
	actFollowLink
	actRefresh
	actFigureOrder
	actStances
	actExplain
)

// String implements fmt.Stringer.
func (a action) String() string {
	return [...]string{"none", "quit", "help", "back", "next-focus", "prev-focus",
		"focus-speakers", "focus-quotes", "focus-figures", "next-quote", "prev-quote",
		"next-figure", "prev-figure", "entities", "sidebar", "search", "next-match",
		"prev-match", "copy", "open-link", "follow-link", "refresh", "figure-order", "stances", "explain"}[a]
}

// readerAction turns a key into a reader-wide action; keys it does not
// know (movement, enter) give actNone and go to the focused pane.
func readerAction(k keyMap, msg tea.KeyMsg) action {
	table := []struct {
		b *key.Binding
		a action
	}{
		{&k.Quit, actQuit}, {&k.Help, actHelp}, {&k.Back, actBack},
		{&k.NextFocus, actNextFocus}, {&k.PrevFocus, actPrevFocus},
		{&k.FocusSpeakers, actFocusSpeakers}, {&k.FocusQuotes, actFocusQuotes},
		{&k.FocusFigures, actFocusFigures},
		{&k.OpenURL, actOpenURL}, {&k.FollowLink, actFollowLink},
		{&k.NextQuote, actNextQuote}, {&k.PrevQuote, actPrevQuote},
		{&k.NextFigure, actNextFigure}, {&k.PrevFigure, actPrevFigure},
		{&k.Entities, actEntities}, {&k.Sidebar, actSidebar}, {&k.Search, actSearch},
		{&k.NextMatch, actNextMatch}, {&k.PrevMatch, actPrevMatch}, {&k.Copy, actCopy},
		{&k.Refresh, actRefresh}, {&k.FigureOrder, actFigureOrder}, {&k.Stances, actStances}, {&k.Explain, actExplain},
	}
	for _, t := range table {
		if key.Matches(msg, *t.b) {
			return t.a
		}
	}
	return actNone
}

// helpMap is a help.KeyMap built for the current view and focus.
type helpMap struct {
	short []key.Binding
	full  [][]key.Binding
}

// ShortHelp implements help.KeyMap.
func (h helpMap) ShortHelp() []key.Binding { return h.short }

// FullHelp implements help.KeyMap.
func (h helpMap) FullHelp() [][]key.Binding { return h.full }

// libraryHelp returns the help of the library view.
func (k keyMap) libraryHelp() helpMap {
	return helpMap{
		short: []key.Binding{k.Open, k.Search, k.SwitchView, k.MarkRead, k.Star, k.Quit, k.Help},
		full: [][]key.Binding{
			{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
			{k.Open, k.Search, k.MarkRead, k.Star, k.Filter, k.Delete, k.Refresh},
			{k.SwitchView, k.Back, k.Help, k.Quit},
		},
	}
}

// speakersHelp returns the help of the speakers view.
func (k keyMap) speakersHelp() helpMap {
	return helpMap{
		short: []key.Binding{k.Open, k.SwitchView, k.Back, k.Quit, k.Help},
		full: [][]key.Binding{
			{k.Up, k.Down, k.Top, k.Bottom, k.PageUp, k.PageDown},
			{k.Open, k.Refresh},
			{k.SwitchView, k.Back, k.Help, k.Quit},
		},
	}
}

// readerHelp returns the help of the reader with focus f; narrow is true
// when the sidebar is shown over the article.
func (k keyMap) readerHelp(f focus, narrow bool) helpMap {
	nav := []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
	act := []key.Binding{k.NextQuote, k.NextFigure, k.FigureOrder, k.Stances, k.Explain, k.Search, k.NextMatch, k.Copy, citeFormatKey, provenanceKey, k.Entities, k.Refresh}
	short := []key.Binding{k.NextFocus, k.NextQuote, k.Search, k.Back, k.Help}
	// Every key of the reader is listed in the full help.
	act = append(act, k.PrevQuote, k.PrevFigure, k.PrevMatch, k.OpenURL, k.FollowLink)
	if f != focusArticle {
		nav = append(nav, k.Choose)
		short = []key.Binding{k.Up, k.Down, k.Choose, k.NextFocus, k.Back, k.Help}
	}
	if narrow {
		short = append([]key.Binding{k.Sidebar}, short...)
	}
	act = append(act, citeFormatKey, provenanceKey) // ui/cite.go
	act = append(act, k.FigureConflicts)            // ui/conflicts.go
	return helpMap{
		short: short,
		full: [][]key.Binding{
			nav,
			act,
			{k.NextFocus, k.PrevFocus, k.FocusSpeakers, k.FocusQuotes, k.FocusFigures, k.Sidebar},
			{k.Back, k.Help, k.Quit},
		},
	}
}

// namedBindings lists every action a key can be bound to, by the name the
// help shows and the config's [keys] table uses.
func (k *keyMap) namedBindings() []namedBinding {
	return []namedBinding{
		{"quit", &k.Quit}, {"force-quit", &k.ForceQuit}, {"help", &k.Help}, {"back", &k.Back},
		{"done", &k.Confirm}, {"open", &k.Open},
		{"up", &k.Up}, {"down", &k.Down}, {"top", &k.Top}, {"bottom", &k.Bottom},
		{"page-up", &k.PageUp}, {"page-down", &k.PageDown}, {"choose", &k.Choose},
		{"next-pane", &k.NextFocus}, {"prev-pane", &k.PrevFocus},
		{"speakers", &k.FocusSpeakers}, {"quotes", &k.FocusQuotes}, {"figures", &k.FocusFigures},
		{"next-quote", &k.NextQuote}, {"prev-quote", &k.PrevQuote},
		{"next-figure", &k.NextFigure}, {"prev-figure", &k.PrevFigure},
		{"entities", &k.Entities}, {"sidebar", &k.Sidebar}, {"search", &k.Search},
		{"next-match", &k.NextMatch}, {"prev-match", &k.PrevMatch},
		{"copy", &k.Copy}, {"refresh", &k.Refresh}, {"figure-order", &k.FigureOrder}, {"figure-conflicts", &k.FigureConflicts}, {"stances", &k.Stances}, {"explain", &k.Explain},
		{"open-link", &k.OpenURL}, {"follow-link", &k.FollowLink},
		{"read", &k.MarkRead}, {"star", &k.Star}, {"delete", &k.Delete}, {"yes", &k.Yes},
		{"filter", &k.Filter}, {"switch-view", &k.SwitchView},
	}
}

// namedBinding is an action's name and its binding.
type namedBinding struct {
	name string
	b    *key.Binding
}

// ActionNames returns the names of every action, in help order.
func ActionNames() []string {
	k := defaultKeyMap()
	var out []string
	for _, nb := range k.namedBindings() {
		out = append(out, nb.name)
	}
	return out
}

// rebind applies a config's [keys]: each named action gets the keys
// given; names that are not actions are left to config.Check to report.
func (k *keyMap) rebind(keys map[string]config.KeyList) {
	if len(keys) == 0 {
		return
	}
	for _, nb := range k.namedBindings() {
		ks, ok := keys[nb.name]
		if !ok || len(ks) == 0 {
			continue
		}
		nb.b.SetKeys(ks...)
		nb.b.SetHelp(keyLabel(ks[0]), nb.b.Help().Desc)
	}
	// The pairs shown as one entry in the short help.
	pair := func(next, prev *key.Binding, desc string) {
		next.SetHelp(keyLabel(next.Keys()[0])+"/"+keyLabel(prev.Keys()[0]), desc)
	}
	pair(&k.NextQuote, &k.PrevQuote, "next/prev quote")
	pair(&k.NextFigure, &k.PrevFigure, "next/prev figure")
	pair(&k.NextMatch, &k.PrevMatch, "next/prev match")
}

// keyLabel is how the help shows a key.
func keyLabel(k string) string {
	switch k {
	case " ":
		return "space"
	case "up":
		return "↑"
	case "down":
		return "↓"
	}
	return k
}

// named returns copies of bs for the full help: each shows all its keys
// and its action's name. A binding is found by its keys and help text;
// when the help text was changed for the moment (esc's "clear search"),
// by its first key. Bindings of no action are returned as they are.
func (k *keyMap) named(bs []key.Binding) []key.Binding {
	byKeys := map[string]string{}
	byFirst := map[string]string{}
	for _, nb := range k.namedBindings() {
		byKeys[strings.Join(nb.b.Keys(), "\x00")+"\x01"+nb.b.Help().Desc] = nb.name
		if ks := nb.b.Keys(); len(ks) > 0 && byFirst[ks[0]] == "" {
			byFirst[ks[0]] = nb.name
		}
	}
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		name := byKeys[strings.Join(b.Keys(), "\x00")+"\x01"+b.Help().Desc]
		if name == "" && len(b.Keys()) > 0 {
			name = byFirst[b.Keys()[0]]
		}
		if name == "" {
			out = append(out, b)
			continue
		}
		keys := make([]string, 0, len(b.Keys()))
		for _, s := range b.Keys() {
			keys = append(keys, keyLabel(s))
		}
		nb := key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(strings.Join(keys, "/"), name))
		nb.SetEnabled(b.Enabled())
		out = append(out, nb)
	}
	return out
}

package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// speakerItem is a speaker of the library.
type speakerItem struct{ s store.SpeakerStat }

// Title implements list.DefaultItem.
func (i speakerItem) Title() string { return oneLine(i.s.Name) }

// Description implements list.DefaultItem.
func (i speakerItem) Description() string {
	d := fmt.Sprintf("%s · %s", plural(i.s.Quotes, "quote"), plural(i.s.Articles, "article"))
	if r := oneLine(i.s.Role); r != "" {
		d = r + " · " + d // the role first: a narrow window cuts the counts
	}
	if len(i.s.Aliases) > 0 {
		d += " · also " + strings.Join(i.s.Aliases, ", ")
	}
	return d
}

// FilterValue implements list.Item.
func (i speakerItem) FilterValue() string { return i.s.Name }

// quoteRefItem is a quote of a speaker, with its article.
type quoteRefItem struct{ q store.QuoteRef }

// Title implements list.DefaultItem.
func (i quoteRefItem) Title() string {
	t := trimMarks(oneLine(i.q.Text))
	if i.q.Kind == reader.Indirect {
		if i.q.Lead != "" {
			t = i.q.Lead + " " + t
		}
		return "≈ " + t
	}
	return "“" + t + "”"
}

// Description implements list.DefaultItem: source and date first, so that
// a narrow window cuts the end of the title rather than them.
func (i quoteRefItem) Description() string {
	var parts []string
	if i.q.Source != "" {
		parts = append(parts, i.q.Source)
	}
	if !i.q.Date.IsZero() {
		parts = append(parts, i.q.Date.Format("2 Jan 2006"))
	}
	return strings.Join(append(parts, oneLine(i.q.Title)), " · ")
}

// FilterValue implements list.Item.
func (i quoteRefItem) FilterValue() string { return i.q.Text }

// plural formats a count of things.
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// MODEL

// speakersPane lists every speaker of the library and, for the one chosen,
// their quotes across articles; enter on a quote opens its article there.
type speakersPane struct {
	keys     keyMap
	styles   *Styles
	list     list.Model
	speakers []list.Item
	speaker  string // the speaker whose quotes are listed, "" for the speakers
	cursor   int    // the speakers list's cursor, kept while quotes are shown
	focused  bool
	quotesOf func(name string) tea.Cmd
	filter   string // what the speakers are filtered by, "" for none
}

// newSpeakersPane returns an empty speakers view; quotesOf loads quotes.
func newSpeakersPane(keys keyMap, st *Styles, quotesOf func(string) tea.Cmd) speakersPane {
	l := newBrowseList("byline · speakers", st, "speaker", "speakers")
	return speakersPane{keys: keys, styles: st, list: l, quotesOf: quotesOf}
}

// SetSize sets the list's size.
func (p *speakersPane) SetSize(w, h int) { p.list.SetSize(max(w, 0), max(h, 0)) }

// Focus gives the list the keyboard.
func (p *speakersPane) Focus() { p.focused = true }

// Blur takes the keyboard away.
func (p *speakersPane) Blur() { p.focused = false }

// Back leaves a speaker's quotes for the speakers; it reports false when
// the speakers are already shown.
func (p *speakersPane) Back() bool {
	if p.speaker == "" {
		return false
	}
	p.speaker = ""
	p.showSpeakers()
	p.list.Select(p.cursor)
	return true
}

// UPDATE

// Update shows the speakers and quotes as they arrive, and turns enter
// into loading a speaker's quotes or opening an article at a quote.
func (p speakersPane) Update(msg tea.Msg) (speakersPane, tea.Cmd) {
	switch msg := msg.(type) {
	case speakersMsg:
		if msg.err != nil {
			return p, nil
		}
		p.speakers = make([]list.Item, len(msg.stats))
		for i, s := range msg.stats {
			p.speakers[i] = speakerItem{s}
		}
		if p.speaker == "" {
			return p, p.showSpeakers()
		}
		return p, nil
	case speakerQuotesMsg:
		if msg.err != nil {
			return p, nil
		}
		p.cursor = p.list.Index()
		p.speaker = msg.name
		items := groupByArticle(msg.refs)
		// The list's status bar would count the rows, each article's
		// heading among them: the title counts the quotes instead (and
		// leaves out "byline ·", so that the counts fit at 40 columns).
		p.list.Title = fmt.Sprintf("%s · %s in %s", msg.name,
			plural(len(msg.refs), "quote"), plural(len(items)-len(msg.refs), "article"))
		p.list.SetShowStatusBar(false)
		cmd := p.list.SetItems(items)
		p.list.Select(0)
		return p, cmd
	case tea.KeyMsg:
		if !p.focused {
			return p, nil
		}
		if key.Matches(msg, p.keys.Open) {
			switch it := p.list.SelectedItem().(type) {
			case speakerItem:
				return p, p.quotesOf(it.s.Name)
			case groupedQuoteItem:
				id, idx := it.q.ArticleID, it.q.Index
				return p, func() tea.Msg { return openArticleMsg{id: id, quote: idx} }
			case quoteRefItem:
				id, idx := it.q.ArticleID, it.q.Index
				return p, func() tea.Msg { return openArticleMsg{id: id, quote: idx} }
			case articleGroupItem:
				id, idx := it.q.ArticleID, it.q.Index
				return p, func() tea.Msg { return openArticleMsg{id: id, quote: idx} }
			}
			return p, nil
		}
	}
	var cmd tea.Cmd
	p.list, cmd = p.list.Update(msg)
	return p, cmd
}

// VIEW

// View renders the list.
func (p speakersPane) View() string {
	if len(p.speakers) == 0 && p.speaker == "" && p.filter == "" {
		return "\n  " + p.styles.Article.Empty.Render("No speakers yet.")
	}
	return p.list.View()
}

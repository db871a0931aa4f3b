package ui

// The speakers view's filter, and a speaker's quotes grouped by article.

import (
	"strconv"
	"strings"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// SetFilter lists the speakers whose name or aliases hold text (any case);
// "" lists them all. It leaves a speaker's quotes for the speakers.
func (p *speakersPane) SetFilter(text string) tea.Cmd {
	p.filter = strings.TrimSpace(text)
	if p.speaker != "" {
		p.speaker = ""
	}
	cmd := p.showSpeakers()
	p.list.Select(0)
	return cmd
}

// Filter returns what the speakers are filtered by.
func (p *speakersPane) Filter() string { return p.filter }

// showSpeakers lists the speakers the filter lets through, titled and
// counted as such ("3 of 2,140 speakers").
func (p *speakersPane) showSpeakers() tea.Cmd {
	p.list.Title = "byline · speakers"
	p.list.SetShowStatusBar(true)
	if p.filter == "" {
		p.list.SetStatusBarItemName("speaker", "speakers")
		return p.list.SetItems(p.speakers)
	}
	want := strings.ToLower(p.filter)
	var items []list.Item
	for _, it := range p.speakers {
		s := it.(speakerItem).s
		hay := strings.ToLower(s.Name + "\n" + strings.Join(s.Aliases, "\n"))
		if strings.Contains(hay, want) {
			items = append(items, it)
		}
	}
	p.list.Title += " · “" + p.filter + "”"
	of := "of " + strconv.Itoa(len(p.speakers)) + " speakers"
	p.list.SetStatusBarItemName(of, of)
	return p.list.SetItems(items)
}

// articleGroupItem heads a speaker's quotes in one article: the headline,
// with the source, date and how many quotes follow. Enter opens the
// article at the first of them.
type articleGroupItem struct {
	q store.QuoteRef // the first quote in the article
	n int
}

// Title implements list.DefaultItem.
func (i articleGroupItem) Title() string { return "▸ " + oneLine(i.q.Title) }

// Description implements list.DefaultItem.
func (i articleGroupItem) Description() string {
	var parts []string
	if i.q.Source != "" {
		parts = append(parts, i.q.Source)
	}
	if !i.q.Date.IsZero() {
		parts = append(parts, i.q.Date.Format("2 Jan 2006"))
	}
	return strings.Join(append(parts, plural(i.n, "quote")), " · ")
}

// FilterValue implements list.Item.
func (i articleGroupItem) FilterValue() string { return i.q.Title }

// groupedQuoteItem is a quote under its article's heading: its
// description says what kind of quote it is, not the headline again.
type groupedQuoteItem struct{ quoteRefItem }

// Description implements list.DefaultItem.
func (i groupedQuoteItem) Description() string {
	if i.q.Kind == reader.Indirect {
		return "  reported speech"
	}
	return "  direct quote"
}

// groupByArticle lists quotes under a heading for each article, the
// articles in the order their first quote comes.
func groupByArticle(refs []store.QuoteRef) []list.Item {
	order := []int64{}
	by := map[int64][]store.QuoteRef{}
	for _, q := range refs {
		if _, ok := by[q.ArticleID]; !ok {
			order = append(order, q.ArticleID)
		}
		by[q.ArticleID] = append(by[q.ArticleID], q)
	}
	items := make([]list.Item, 0, len(refs)+len(order))
	for _, id := range order {
		qs := by[id]
		items = append(items, articleGroupItem{q: qs[0], n: len(qs)})
		for _, q := range qs {
			items = append(items, groupedQuoteItem{quoteRefItem{q}})
		}
	}
	return items
}

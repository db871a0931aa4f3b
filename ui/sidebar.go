package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/figures"
	"github.com/byline/byline/reader/textsafe"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// focus says which part of the reader has the keyboard.
type focus int

const (
	focusArticle focus = iota
	focusSpeakers
	focusQuotes
	focusFigures
	numFocus
)

// String implements fmt.Stringer.
func (f focus) String() string {
	switch f {
	case focusSpeakers:
		return "speakers"
	case focusQuotes:
		return "quotes"
	case focusFigures:
		return "figures"
	}
	return "article"
}

// paneRow is one item of a sidebar pane, prepared for display.
type paneRow struct {
	idx     int    // index in the Analysis slice the pane lists
	speaker int    // the quote's speaker, for filtering; -1 otherwise
	lead    string // a short coloured lead ("“", "≈", the figure)
	text    string // the item's text, on one line
	meta    string // dim text after it (speaker, kind, count)
	kind    markKind
	// sel, when set, stands in for meta on the cursor row (a figure's
	// normalised value); alt are the item's further mentions (a figure
	// mentioned again), which enter steps through and Select finds.
	sel  string
	alt  []int
	next int
	// faint draws the row dim: a stance, or a quote byline is unsure of.
	faint bool
}

// MODEL

// listPane is one of the sidebar panes: Speakers, Quotes or Figures. It
// lists rows, one line each, with a cursor, and scrolls on its own.
type listPane struct {
	kind    focus
	title   string
	keys    keyMap
	styles  *Styles
	rows    []paneRow
	view    []int // indexes into rows shown (filtered)
	cursor  int   // index into view
	offset  int   // first shown index into view
	w, h    int
	focused bool

	filter      int // speaker whose quotes are shown, or -1
	filterLabel string

	drawn  []string // rows rendered without the cursor, for width drawnW
	drawnW int
}

// newListPane returns an empty pane.
func newListPane(kind focus, title string, keys keyMap, st *Styles) listPane {
	return listPane{kind: kind, title: title, keys: keys, styles: st, filter: -1}
}

// SetRows replaces the pane's items and clears its filter. The view is
// derived from the new rows at once, so it never points past them (it
// did: opening an article with an empty pane after one with items
// panicked in Selected).
func (p *listPane) SetRows(rows []paneRow) {
	sel := p.Selected() // against the old rows, before they go
	p.rows = rows
	p.drawn = nil
	p.redraw()
	p.filter, p.filterLabel = -1, ""
	p.derive(sel.idx)
}

// derive computes the view from the rows and the filter, and puts the
// cursor on item idx when it is shown, else on the first row.
func (p *listPane) derive(idx int) {
	// A new slice: a copy of the pane (panes are values) keeps its own.
	p.view = make([]int, 0, len(p.rows))
	for i, r := range p.rows {
		if p.filter < 0 || r.speaker == p.filter {
			p.view = append(p.view, i)
		}
	}
	p.cursor, p.offset = 0, 0
	if !p.Select(idx) {
		p.clamp()
	}
}

// redraw renders every row for the current width, once, so that View only
// renders the cursor row.
func (p *listPane) redraw() {
	if p.drawn != nil && p.drawnW == p.w {
		return
	}
	p.drawnW = p.w
	p.drawn = make([]string, len(p.rows))
	for i, r := range p.rows {
		p.drawn[i] = p.rowView(r, false)
	}
}

// SetSize sets the pane's size, title line included.
func (p *listPane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	p.redraw()
	p.clamp()
}

// Focus gives the pane the keyboard.
func (p *listPane) Focus() { p.focused = true }

// Blur takes the keyboard away.
func (p *listPane) Blur() { p.focused = false }

// Len returns the number of rows shown.
func (p *listPane) Len() int { return len(p.view) }

// Total returns the number of items, filtered or not.
func (p *listPane) Total() int { return len(p.rows) }

// Selected returns the item under the cursor.
func (p *listPane) Selected() itemRef {
	if p.cursor < 0 || p.cursor >= len(p.view) || p.view[p.cursor] >= len(p.rows) {
		return itemRef{p.kind, -1}
	}
	return itemRef{p.kind, p.rows[p.view[p.cursor]].idx}
}

// SetFilter shows only the quotes of speaker s.
func (p *listPane) SetFilter(s int, label string) {
	sel := p.Selected()
	p.filter, p.filterLabel = s, label
	p.derive(sel.idx)
}

// ClearFilter shows every item again, keeping the cursor on its item.
func (p *listPane) ClearFilter() { p.SetFilter(-1, "") }

// Filtered reports whether a filter is on.
func (p *listPane) Filtered() bool { return p.filter >= 0 }

// Select puts the cursor on item idx when it is shown.
func (p *listPane) Select(idx int) bool {
	for i, v := range p.view {
		if v < len(p.rows) && (p.rows[v].idx == idx || slices.Contains(p.rows[v].alt, idx)) {
			p.cursor = i
			p.clamp()
			return true
		}
	}
	return false
}

// Move moves the cursor by n rows.
func (p *listPane) Move(n int) {
	p.cursor += n
	p.clamp()
}

// Scroll moves the shown rows by n without moving past the ends; the
// cursor stays on a shown row.
func (p *listPane) Scroll(n int) {
	rows := p.rowsHeight()
	p.offset = max(0, min(p.offset+n, len(p.view)-rows))
	if p.cursor < p.offset {
		p.cursor = p.offset
	}
	if p.cursor >= p.offset+rows {
		p.cursor = p.offset + rows - 1
	}
	p.cursor = max(0, min(p.cursor, len(p.view)-1))
}

// ClickRow selects the row at line y of the pane's view (0 is the title).
func (p *listPane) ClickRow(y int) bool {
	i := p.offset + y - 1
	if y < 1 || i >= len(p.view) {
		return false
	}
	p.cursor = i
	return true
}

func (p *listPane) rowsHeight() int { return max(p.h-1, 1) }

// clamp keeps the cursor in range and in view.
func (p *listPane) clamp() {
	p.cursor = max(0, min(p.cursor, len(p.view)-1))
	rows := p.rowsHeight()
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+rows {
		p.offset = p.cursor - rows + 1
	}
	p.offset = max(0, min(p.offset, len(p.view)-rows))
}

// UPDATE

// Update handles movement keys when focused; enter asks the root to show
// the item in the text.
func (p listPane) Update(msg tea.Msg) (listPane, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || !p.focused {
		return p, nil
	}
	switch {
	case key.Matches(km, p.keys.Up):
		p.Move(-1)
	case key.Matches(km, p.keys.Down):
		p.Move(1)
	case key.Matches(km, p.keys.Top):
		p.cursor = 0
		p.clamp()
	case key.Matches(km, p.keys.Bottom):
		p.cursor = len(p.view) - 1
		p.clamp()
	case key.Matches(km, p.keys.PageUp):
		p.Move(-p.rowsHeight())
	case key.Matches(km, p.keys.PageDown):
		p.Move(p.rowsHeight())
	case key.Matches(km, p.keys.Choose):
		if ref := p.Selected(); ref.idx >= 0 {
			if r := &p.rows[p.view[p.cursor]]; len(r.alt) > 0 {
				// A figure mentioned again: each enter shows the next mention.
				if r.next > 0 {
					ref.idx = r.alt[r.next-1]
				}
				r.next = (r.next + 1) % (len(r.alt) + 1)
			}
			return p, func() tea.Msg { return chooseMsg{ref} }
		}
	}
	return p, nil
}

// VIEW

// Heading returns the pane's title with its count.
func (p *listPane) Heading() string {
	if p.Filtered() {
		return fmt.Sprintf("%s %d/%d · %s", p.title, len(p.view), len(p.rows), p.filterLabel)
	}
	return fmt.Sprintf("%s %d", p.title, len(p.rows))
}

// scrollMark says whether rows are hidden above (↑), below (↓) or both
// (↕), "" when every row is shown. One line of the pane is its title or
// the tab bar.
func (p *listPane) scrollMark() string {
	if p.h <= 0 {
		return ""
	}
	up, down := p.offset > 0, p.offset+max(p.h-1, 0) < len(p.view)
	switch {
	case up && down:
		return " ↕"
	case up:
		return " ↑"
	case down:
		return " ↓"
	}
	return ""
}

// View renders the title line (unless noTitle) and the visible rows, each
// exactly w cells wide.
func (p listPane) View() string { return p.view1(false) }

// ViewRows renders the rows without the title, for the tabbed layout.
func (p listPane) ViewRows() string { return p.view1(true) }

func (p listPane) view1(noTitle bool) string {
	if p.w <= 0 || p.h <= 0 {
		return ""
	}
	s := p.styles
	var lines []string
	if !noTitle {
		ts := s.Pane.Title
		if p.focused {
			ts = s.Pane.TitleFocused
		}
		lines = append(lines, fit(ts.Render(ansi.Truncate(p.Heading()+p.scrollMark(), p.w, "…")), p.w))
	}
	limit := p.h
	if noTitle {
		limit = p.h - 1 // the tab bar stands in for the title
	}
	if len(p.view) == 0 && len(lines) < limit {
		msg := "none found"
		if p.kind == focusQuotes && p.Filtered() {
			msg = "no quotes by this speaker"
		}
		lines = append(lines, fit(s.Pane.Dim.Render(ansi.Truncate(" "+msg, p.w, "…")), p.w))
	}
	for i := p.offset; i < len(p.view) && len(lines) < limit; i++ {
		v := p.view[i]
		if v >= len(p.rows) {
			break // cannot happen: the view is derived from the rows
		}
		if i == p.cursor || v >= len(p.drawn) || p.drawnW != p.w {
			lines = append(lines, p.rowView(p.rows[v], i == p.cursor))
		} else {
			lines = append(lines, p.drawn[v])
		}
	}
	for len(lines) < limit {
		lines = append(lines, strings.Repeat(" ", p.w))
	}
	return strings.Join(lines, "\n")
}

// rowView renders a row in w cells: lead, text cut to fit, then meta.
func (p listPane) rowView(r paneRow, cursor bool) string {
	s := p.styles
	w := p.w
	lead, meta := r.lead, r.meta
	if cursor && r.sel != "" {
		meta = r.sel
	}
	if lead != "" {
		lead += " "
	}
	leadW, metaW := ansi.StringWidth(lead), ansi.StringWidth(meta)
	if metaW > 0 {
		metaW++
	}
	textW := w - 1 - leadW - metaW
	if textW < 8 && metaW > 0 {
		meta, metaW = "", 0
		textW = w - 1 - leadW
	}
	if textW < 4 && leadW > 0 {
		// The lead (a figure's number, a quote's mark) is what the row is
		// about: it stays, cut if need be, and the text goes.
		lead = ansi.Truncate(lead, max(w-1-metaW, 1), "…")
		leadW = ansi.StringWidth(lead)
		textW = max(w-1-leadW-metaW, 0)
	}
	textW = max(textW, 0)
	text := ansi.Truncate(r.text, textW, "…")
	text += strings.Repeat(" ", max(textW-ansi.StringWidth(text), 0))
	if cursor {
		cs := s.Pane.CursorBlur
		if p.focused {
			cs = s.Pane.Cursor
		}
		plain := lead + text
		if metaW > 0 {
			plain += " " + meta
		}
		return fit(">"+cs.Render(fit(plain, w-1)), w)
	}
	leadStyle := s.Pane.Item
	switch r.kind {
	case markQuote:
		leadStyle = s.Pane.Quote
	case markReported:
		leadStyle = s.Pane.Reported
	case markSpeaker:
		leadStyle = s.Pane.Speaker
	case markFigure:
		leadStyle = s.Pane.Figure
	}
	textStyle := s.Pane.Item
	if r.faint {
		leadStyle, textStyle = s.Pane.Dim, s.Pane.Dim
	}
	line := " " + leadStyle.Render(lead) + textStyle.Render(text)
	if metaW > 0 {
		line += " " + s.Pane.Dim.Render(meta)
	}
	return fit(line, w)
}

// fit cuts or pads s (which may hold escape sequences) to w cells.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	sw := ansi.StringWidth(s)
	if sw > w {
		return ansi.Truncate(s, w, "")
	}
	return s + strings.Repeat(" ", w-sw)
}

// ROWS

// oneLine collapses white space so text fits on one line, and removes
// control characters and escape sequences (textsafe.Line): the panes draw
// text from outside.
func oneLine(s string) string { return textsafe.Line(s) }

// quoteText is a quote's words (reader.Quote.Words: the two sides of a
// quote its attribution interrupts are joined by an ellipsis) on one line
// without their quotation marks, as the speakers view shows them too.
func quoteText(body string, q reader.Quote) string { return trimMarks(oneLine(q.Words(body))) }

// trimMarks takes the quotation marks and spaces off the ends of s.
func trimMarks(s string) string { return strings.Trim(s, "\"“”‘’' ") }

// bodyText returns body[sp] or "" when sp is out of range.
func bodyText(body string, sp reader.Span) string {
	if sp, ok := validSpan(sp, len(body)); ok {
		return body[sp.Start:sp.End]
	}
	return ""
}

// speakerLabel is the short name the panes use for a speaker.
func speakerLabel(an *reader.Analysis, i int) string {
	if an == nil || i < 0 || i >= len(an.Speakers) {
		return "unattributed"
	}
	return an.Speakers[i].Name
}

// speakerRows lists the speakers: name, role, number of quotes.
func speakerRows(an *reader.Analysis) []paneRow {
	if an == nil {
		return nil
	}
	rows := make([]paneRow, 0, len(an.Speakers))
	for i, sp := range an.Speakers {
		text := sp.Name
		if sp.Role != "" {
			text += " · " + sp.Role
		}
		n := sp.Quotes
		if n == 0 {
			n = len(an.QuotesBy(i))
		}
		if n == 0 {
			continue // only stances: not a speaker
		}
		rows = append(rows, paneRow{idx: i, speaker: i, lead: "●", text: oneLine(text),
			meta: strconv.Itoa(n), kind: markSpeaker})
	}
	return rows
}

// lowConfidence is the confidence under which the Quotes pane dims a
// quote: on PolNeAR dev, fewer than half of such rows are right.
const lowConfidence = 0.5

// quoteRows lists the quotes: direct ones with “, reported ones with ≈,
// and, when stances is set, stances with ◇; a stance or a quote with a
// confidence under lowConfidence is dim.
func quoteRows(body string, an *reader.Analysis, stances bool) []paneRow {
	if an == nil {
		return nil
	}
	rows := make([]paneRow, 0, len(an.Quotes))
	for i, q := range an.Quotes {
		if !q.Kind.Speech() && !stances {
			continue // a stance is not listed as a quote unless asked
		}
		lead, kind := "“", markQuote
		switch q.Kind {
		case reader.Indirect:
			lead, kind = "≈", markReported
		case reader.Stance:
			lead, kind = "◇", markNone
		}
		text := quoteText(body, q)
		if lead := q.Lead(body); lead != "" {
			text = lead + " " + text
		}
		who := speakerLabel(an, q.Speaker)
		if q.Speaker >= 0 && q.Speaker < len(an.Speakers) && an.Speakers[q.Speaker].Kind == reader.Person {
			who = lastName(who)
		}
		rows = append(rows, paneRow{idx: i, speaker: q.Speaker, lead: lead, text: text,
			meta: ansi.Truncate(oneLine(who), 16, "…"), kind: kind,
			faint: !q.Kind.Speech() || q.Confidence > 0 && q.Confidence < lowConfidence})
	}
	return rows
}

// figureRows lists the figures, key figures first (reader.RankFigures)
// or in text order: each row reads as a fact, the change and the figure
// then what it measures ("▲ 76%  Time Warner quarterly profits"), one row
// for a figure mentioned again; the cursor row shows the normalised value
// and unit.
func figureRows(a *reader.Article, an *reader.Analysis, textOrder bool) []paneRow {
	if a == nil || an == nil {
		return nil
	}
	body := a.Body
	groups := reader.RankFigures(a, an)
	if textOrder {
		slices.SortFunc(groups, func(x, y figures.Group) int { return x.Mentions[0] - y.Mentions[0] })
	}
	rows := make([]paneRow, 0, len(groups))
	for _, g := range groups {
		i := g.Mentions[0]
		f := an.Figures[i]
		lead := oneLine(bodyText(body, f.Span))
		if arrow := changeMark(f.Change); arrow != "" {
			lead = arrow + " " + lead
		}
		text := oneLine(f.About)
		if text == "" {
			text = figureContext(body, f)
		}
		meta := f.Kind.String()
		if n := len(g.Mentions); n > 1 {
			meta += " ×" + strconv.Itoa(n)
		}
		rows = append(rows, paneRow{idx: i, speaker: -1, lead: lead, text: text, meta: meta, kind: markFigure,
			sel: figureValue(f), alt: g.Mentions[1:]})
	}
	return rows
}

// changeMark is the sign a row shows for how a figure moved or compares.
func changeMark(c figures.Change) string {
	switch c {
	case figures.Up:
		return "▲"
	case figures.Down:
		return "▼"
	case figures.Near:
		return "≈"
	case figures.More:
		return ">"
	case figures.Less:
		return "<"
	}
	return ""
}

// numbers prints values with thousands separators.
var numbers = message.NewPrinter(language.English)

// number prints v in full with thousands separators and the decimals it
// has (at most four).
func number(v float64) string {
	d := 0
	if s := strconv.FormatFloat(v, 'f', -1, 64); strings.Contains(s, ".") {
		d = min(len(s)-strings.IndexByte(s, '.')-1, 4)
	}
	return numbers.Sprintf("%.*f", d, v)
}

// figureValue is a figure's normalised value and unit ("= 1,130,000,000
// USD", "= 40–45 minute"), or its kind when it has no value.
func figureValue(f reader.Figure) string {
	if !f.HasValue || f.Kind == reader.Date {
		return f.Kind.String()
	}
	if f.Kind == reader.Ordinal {
		return "rank " + number(f.Value)
	}
	v := number(f.Value)
	if f.ValueTo != 0 {
		v += "–" + number(f.ValueTo)
	}
	if f.Unit != "" {
		v += " " + f.Unit
	}
	return "= " + v
}

// figureContext returns a few words of the figure's sentence after it (or
// before it when it ends the sentence).
func figureContext(body string, f reader.Figure) string {
	sent, ok := validSpan(f.Sentence, len(body))
	if !ok || f.Start < sent.Start || f.End > sent.End {
		return ""
	}
	after := strings.Fields(strings.TrimLeft(body[f.End:sent.End], ",.;:)]} "))
	if len(after) >= 2 {
		return strings.Join(after[:min(len(after), 6)], " ")
	}
	before := strings.Fields(body[sent.Start:f.Start])
	return "… " + strings.Join(before[max(0, len(before)-6):], " ")
}

// lastName shortens "Donald Trump" to "Trump" for narrow columns.
func lastName(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

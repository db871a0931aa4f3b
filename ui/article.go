package ui

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/ui/config"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// maxCached is the number of renderings of the article kept.
const maxCached = 4

// MODEL

// articlePane shows an article: a header (title, byline, source, date) and
// the glamour-rendered body in a viewport, with highlights painted over it.
//
// Rendering happens in Cmds (renderCmd); the pane keeps every rendering it
// received, by width and theme, and paints only the visible lines in View.
type articlePane struct {
	keys   keyMap
	styles *Styles

	id     int64
	stored *store.Stored
	doc    *mdDoc
	cache  map[renderKey]*rendered
	cur    *rendered
	want   renderKey // the rendering the pane needs now
	asked  map[renderKey]bool

	vp      viewport.Model
	w, h    int
	header  []string
	focused bool

	measure  int  // the widest the text is wrapped; 0 for the pane's width
	osc8     bool // links are OSC 8 hyperlinks
	links    map[int][]linkCell
	entities bool    // paint entity kinds
	sel      itemRef // the item marked in the text
	anchor   int     // source offset to keep at the top after a resize, or -1

	search searchState
}

// searchState is the article's text search.
type searchState struct {
	query   string
	matches []reader.Span
	cur     int
	marks   map[int][]lineMark // per line, for the current rendering
}

// newArticlePane returns an empty article pane.
func newArticlePane(keys keyMap, st *Styles, cfg config.Config) articlePane {
	vp := viewport.New(0, 0)
	vp.KeyMap.Left.SetEnabled(false)
	vp.KeyMap.Right.SetEnabled(false)
	vp.MouseWheelDelta = 3
	return articlePane{
		keys: keys, styles: st, vp: vp, entities: cfg.Entities, measure: cfg.Width, osc8: cfg.Hyperlinks, sel: noRef, anchor: -1,
		cache: map[renderKey]*rendered{}, asked: map[renderKey]bool{},
	}
}

// SetArticle shows a loaded article; its rendering arrives later.
func (a *articlePane) SetArticle(s *store.Stored, doc *mdDoc) {
	if s == nil {
		return
	}
	if s.ID != a.id {
		a.cache = map[renderKey]*rendered{}
		a.asked = map[renderKey]bool{}
	}
	a.id, a.stored, a.doc = s.ID, s, doc
	a.cur = nil
	a.sel = noRef
	a.anchor = -1
	a.search = searchState{}
	a.vp.SetContent("")
	a.vp.GotoTop()
	a.layout()
}

// ID returns the shown article's ID, 0 when none.
func (a *articlePane) ID() int64 { return a.id }

// Analysis returns the shown article's analysis, possibly nil.
func (a *articlePane) Analysis() *reader.Analysis {
	if a.stored == nil {
		return nil
	}
	return a.stored.Analysis
}

// SetSize sets the pane's size, header included.
func (a *articlePane) SetSize(w, h int) {
	if a.cur != nil && a.textWidth(w) != a.cur.width {
		if off := a.cur.anchorAt(a.vp.YOffset); off >= 0 {
			a.anchor = off
		}
	}
	a.w, a.h = max(w, 0), max(h, 0)
	a.layout()
}

// layout recomputes the header and the viewport's size, and picks the
// rendering for the current width when it is cached.
func (a *articlePane) layout() {
	a.header = a.headerLines()
	a.vp.Width = a.w
	a.vp.Height = max(a.h-len(a.header), 0)
	if a.id == 0 {
		return
	}
	a.want = renderKey{a.id, a.textWidth(a.w), a.styles.Dark}
	if r, ok := a.cache[a.want]; ok && r != a.cur {
		a.show(r)
	}
}

// textWidth returns the width the text is wrapped at in a pane w wide.
func (a *articlePane) textWidth(w int) int {
	if a.measure > 0 {
		return min(w, a.measure)
	}
	return w
}

// RenderCmd returns the Cmd that renders the article at the current width,
// or nil when that rendering is cached or already asked for.
func (a *articlePane) RenderCmd() tea.Cmd {
	if a.doc == nil || a.w <= 0 || a.asked[a.want] {
		return nil
	}
	if _, ok := a.cache[a.want]; ok {
		return nil
	}
	a.asked[a.want] = true
	full := renderArticle(a.want, a.doc, a.Analysis(), a.styles, len(a.doc.md))
	// A long article shows its first screen before the rest is rendered.
	first := (a.vp.Height + 8) * a.w
	if len(a.doc.md) < 4*first {
		return full
	}
	return tea.Batch(renderArticle(a.want, a.doc, a.Analysis(), a.styles, first), full)
}

// Focus gives the pane the keyboard.
func (a *articlePane) Focus() { a.focused = true }

// Blur takes the keyboard away.
func (a *articlePane) Blur() { a.focused = false }

// show makes r the current rendering, keeping the reading position.
func (a *articlePane) show(r *rendered) {
	a.cur = r
	a.vp.SetContent(strings.Join(r.lines, "\n"))
	if a.anchor >= 0 {
		a.vp.SetYOffset(r.lineAt(a.anchor))
		a.anchor = -1
	}
	a.search.marks = a.searchMarks()
	a.links = nil
	if a.doc != nil {
		a.links = linkCells(r, a.doc.links)
	}
}

// Links returns the numbered links of the text, in order.
func (a *articlePane) Links() []docLink {
	if a.doc == nil {
		return nil
	}
	return a.doc.links
}

// URL returns the article's address, "" when it has none.
func (a *articlePane) URL() string {
	if a.stored == nil {
		return ""
	}
	if a.stored.Article.URL != "" {
		return a.stored.Article.URL
	}
	return a.stored.URL
}

// UPDATE

// Update handles renderings addressed to the pane and, when focused,
// scrolling keys and the mouse wheel.
func (a articlePane) Update(msg tea.Msg) (articlePane, tea.Cmd) {
	switch msg := msg.(type) {
	case articleRenderedMsg:
		if msg.err != nil || msg.r == nil || msg.key.id != a.id {
			return a, nil
		}
		if msg.r.partial {
			_, done := a.cache[msg.key]
			reaches := a.anchor < 0 || (a.anchor < len(msg.r.pos) && msg.r.pos[a.anchor].line >= 0)
			if !done && msg.key == a.want && reaches && (a.cur == nil || a.cur.width != msg.key.width) {
				a.show(msg.r)
			}
			return a, nil
		}
		a.cache[msg.key] = msg.r
		delete(a.asked, msg.key)
		// Keep a few widths (a terminal dragged through many sizes would
		// otherwise keep them all).
		for k := range a.cache {
			if len(a.cache) <= maxCached {
				break
			}
			if k != a.want && k != msg.key {
				delete(a.cache, k)
			}
		}
		if msg.key == a.want {
			a.show(msg.r)
		}
		return a, nil
	case tea.KeyMsg:
		if !a.focused {
			return a, nil
		}
		switch {
		case key.Matches(msg, a.keys.Top):
			a.vp.GotoTop()
			return a, nil
		case key.Matches(msg, a.keys.Bottom):
			a.vp.GotoBottom()
			return a, nil
		}
	}
	var cmd tea.Cmd
	a.vp, cmd = a.vp.Update(msg)
	return a, cmd
}

// Scroll moves the text by n lines.
func (a *articlePane) Scroll(n int) {
	if n > 0 {
		a.vp.ScrollDown(n)
	} else {
		a.vp.ScrollUp(-n)
	}
}

// Mark marks an item in the text, more strongly than the other highlights.
func (a *articlePane) Mark(ref itemRef) { a.sel = ref }

// JumpTo marks an item and scrolls so that span is in view. It reports
// whether the span is shown.
func (a *articlePane) JumpTo(ref itemRef, sp reader.Span) bool {
	a.sel = ref
	if a.cur == nil {
		a.anchor = sp.Start
		return false
	}
	line := a.cur.lineOf(sp)
	if line < 0 && a.cur.partial {
		// Not rendered yet: go there when the rest arrives.
		a.anchor = sp.Start
		return false
	}
	if line < 0 {
		// Not in the body (a quote in the title, say): show the nearest text.
		a.scrollTo(a.cur.lineAt(sp.Start))
		return false
	}
	a.scrollTo(line)
	return true
}

// jumpContext is how many lines are kept above a line jumped to.
const jumpContext = 3

// scrollTo brings a line into view with jumpContext lines above it,
// unless it is already in view below them.
func (a *articlePane) scrollTo(line int) {
	top, h := a.vp.YOffset, a.vp.Height
	ctx := min(jumpContext, max(h/3, 0))
	if line >= top+ctx && line < top+h-1 {
		return
	}
	a.vp.SetYOffset(line - ctx)
}

// Visible reports whether a rendered line is in view.
func (a *articlePane) Visible(line int) bool {
	return line >= a.vp.YOffset && line < a.vp.YOffset+a.vp.Height
}

// ToggleEntities turns the entity colours off or on.
func (a *articlePane) ToggleEntities() bool {
	a.entities = !a.entities
	return a.entities
}

// SEARCH

// SetSearch finds every case-insensitive occurrence of query in the body.
func (a *articlePane) SetSearch(query string) {
	a.search = searchState{query: query}
	if query == "" || a.stored == nil {
		return
	}
	re, err := regexp.Compile("(?i)" + regexp.QuoteMeta(query))
	if err != nil {
		return
	}
	for _, m := range re.FindAllStringIndex(a.stored.Article.Body, -1) {
		a.search.matches = append(a.search.matches, reader.Span{Start: m[0], End: m[1]})
	}
	a.search.cur = -1
	if a.cur != nil {
		// Start from the first match at or below the top of the view.
		for i, m := range a.search.matches {
			if a.cur.lineOf(m) >= a.vp.YOffset {
				a.search.cur = i
				break
			}
		}
		if a.search.cur < 0 && len(a.search.matches) > 0 {
			a.search.cur = 0
		}
		if a.search.cur >= 0 {
			if l := a.cur.lineOf(a.search.matches[a.search.cur]); l >= 0 {
				a.scrollTo(l)
			}
		}
	}
	a.search.marks = a.searchMarks()
}

// NextMatch moves to the next (d=1) or previous (d=-1) match.
func (a *articlePane) NextMatch(d int) {
	n := len(a.search.matches)
	if n == 0 {
		return
	}
	a.search.cur = ((a.search.cur+d)%n + n) % n
	if a.cur != nil {
		if l := a.cur.lineOf(a.search.matches[a.search.cur]); l >= 0 {
			a.scrollTo(l)
		}
	}
	a.search.marks = a.searchMarks()
}

// ClearSearch drops the search; it reports whether there was one.
func (a *articlePane) ClearSearch() bool {
	had := a.search.query != ""
	a.search = searchState{}
	return had
}

// SearchStatus returns "3/12 “query”" or "" when there is no search.
func (a *articlePane) SearchStatus() string {
	if a.search.query == "" {
		return ""
	}
	n := len(a.search.matches)
	if n == 0 {
		return "no match for “" + a.search.query + "”"
	}
	return strconv.Itoa(a.search.cur+1) + "/" + strconv.Itoa(n) + " “" + a.search.query + "”"
}

// searchMarks maps the matches onto the current rendering's lines.
func (a *articlePane) searchMarks() map[int][]lineMark {
	if a.cur == nil || len(a.search.matches) == 0 {
		return nil
	}
	out := map[int][]lineMark{}
	for i, m := range a.search.matches {
		k := markMatch
		if i == a.search.cur {
			k = markCurrent
		}
		a.cur.spanCells(m, func(line, from, to int) {
			out[line] = append(out[line], lineMark{int16(from), int16(to), k, noRef})
		})
	}
	return out
}

// VIEW

// headerLines renders the title, the byline line and a rule.
func (a *articlePane) headerLines() []string {
	if a.stored == nil || a.w <= 0 {
		return nil
	}
	s := a.styles
	art := &a.stored.Article
	inner := max(a.w-4, 1)
	title := art.Title
	if title == "" {
		title = a.stored.Title
	}
	var lines []string
	for _, l := range strings.Split(lipgloss.NewStyle().Width(inner).Render(oneLine(title)), "\n") {
		lines = append(lines, "  "+s.Article.Title.Render(strings.TrimRight(l, " ")))
	}
	var meta []string
	if len(art.Authors) > 0 {
		meta = append(meta, "By "+strings.Join(art.Authors, ", "))
	}
	if art.Source != "" {
		meta = append(meta, art.Source)
	}
	if !art.Date.IsZero() {
		meta = append(meta, art.Date.Format("2 January 2006"))
	}
	if len(meta) > 0 {
		lines = append(lines, "  "+s.Article.Byline.Render(ansi.Truncate(strings.Join(meta, " · "), inner, "…")))
	}
	if u := a.URL(); u != "" {
		shown := s.Article.Byline.Render(shortURL(u, inner))
		if a.osc8 {
			shown = ansi.SetHyperlink(u) + shown + ansi.ResetHyperlink()
		}
		lines = append(lines, "  "+shown)
	}
	lines = append(lines, "  "+s.Article.Rule.Render(strings.Repeat("─", inner)))
	// A header never takes more than half the pane.
	if limit := max(a.h/2, 1); len(lines) > limit {
		lines = append(lines[:limit-1], lines[len(lines)-1])
	}
	for i := range lines {
		lines[i] = fit(lines[i], a.w)
	}
	return lines
}

// View renders the header and the visible lines, painted, each exactly w
// cells wide.
func (a articlePane) View() string {
	if a.w <= 0 || a.h <= 0 {
		return ""
	}
	out := make([]string, 0, a.h)
	out = append(out, a.header...)
	if a.cur == nil {
		out = append(out, fit("  "+a.styles.Article.Empty.Render("Loading…"), a.w))
	} else {
		o := paintOpts{entities: a.entities, sel: a.sel}
		end := min(a.vp.YOffset+a.vp.Height, len(a.cur.lines))
		for l := a.vp.YOffset; l < end; l++ {
			line := paintLine(a.cur.lines[l], a.w, a.cur.marks[l], a.search.marks[l], o, a.styles)
			if a.osc8 && len(a.links[l]) > 0 {
				line = hyperlink(line, a.links[l])
			}
			out = append(out, line)
		}
	}
	for len(out) < a.h {
		out = append(out, strings.Repeat(" ", a.w))
	}
	return strings.Join(out[:a.h], "\n")
}

// ScrollPercent returns how far down the text the view is, 0 to 1.
func (a *articlePane) ScrollPercent() float64 { return a.vp.ScrollPercent() }

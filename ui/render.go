package ui

// Rendering: Markdown built from an article's blocks, glamour rendering,
// the mapping of source byte offsets to rendered cells, and the painting of
// highlights over the rendered lines.
//
// Highlighting works on glamour's output without changing it: the Markdown
// builder records, for every visible character it writes, the byte offset it
// comes from in Article.Body (or a pseudo offset past the end of Body for
// decorations such as "Photo:"). After rendering, the visible characters of
// the rendered lines are aligned with that record, which gives every source
// offset a (line, column). A span then becomes a few cell ranges on lines,
// and painting a line re-emits its visible text unchanged, switching to a
// highlight style across those ranges and restoring glamour's own style
// after them.

import (
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader"
	"github.com/charmbracelet/glamour"
	gansi "github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// MARKDOWN

// expRune is a visible character the rendering is expected to show, and the
// offset it comes from.
type expRune struct {
	r   rune
	off int32
}

// docMark is a block-level highlight over a span of offsets.
type docMark struct {
	span reader.Span
	kind markKind
}

// mdDoc is an article turned into Markdown, with what is needed to map the
// rendering back to source offsets. It does not depend on the width.
type mdDoc struct {
	md      string
	exp     []expRune
	bodyLen int // offsets >= bodyLen are decorations
	nOffs   int // bodyLen plus the decorations' length
	marks   []docMark
	cuts    []docCut
	groups  [][2]int
	links   []docLink
}

// mdBuilder writes Markdown and records the visible characters.
type mdBuilder struct {
	sb    strings.Builder
	body  string
	exp   []expRune
	deco  strings.Builder
	marks []docMark
	cuts  []docCut
	// groups are ranges of exp indexes shown set apart with a bar.
	groups [][2]int
	links  []docLink
	inline []reader.Link // the article's inline links, in order

	lineStart bool // the next text starts a line of Markdown
}

// docCut is a place between two top-level blocks where the Markdown can be
// cut and rendered in parts: a byte offset into the Markdown and the number
// of expected characters before it.
type docCut struct {
	md, exp int
}

// syntax writes Markdown that is not shown as text.
func (b *mdBuilder) syntax(s string) {
	b.sb.WriteString(s)
	for _, end := range []string{"\n", "> ", "- ", "# "} {
		if strings.HasSuffix(s, end) {
			b.lineStart = true
		}
	}
}

// nbHyphen stands in for '-' in the Markdown given to glamour.
const nbHyphen = '\u2011'

// text writes s, which starts at offset off, escaped; runs of white space
// become one space.
//
// Only what Markdown could read as syntax is escaped: glamour splits the
// text at each escape and its wrapping goes wrong at the seams, so common
// punctuation such as '-' and '.' is left alone. Each block is written on
// one line, so line-start syntax can only occur at the block's start.
func (b *mdBuilder) text(off int, s string) {
	space := false
	digits := false // in the digits that start a block ("1." would be a list)
	for i, r := range s {
		if unicode.IsSpace(r) || r == utf8.RuneError || r < 0x20 || r == 0x7f {
			space = true
			continue
		}
		if space {
			b.sb.WriteByte(' ')
			space = false
			b.lineStart, digits = false, false
		}
		esc := strings.ContainsRune("\\*_`[]<|", r)
		switch {
		case b.lineStart && strings.ContainsRune("#>-+*", r):
			esc = true
		case b.lineStart && r >= '0' && r <= '9':
			digits = true
		case digits && (r == '.' || r == ')'):
			esc = true
		}
		if !(r >= '0' && r <= '9') {
			digits = false
		}
		b.lineStart = false
		if r == '-' {
			// glamour's word wrapper (reflow) breaks lines at '-' but
			// forgets to count it, so lines with hyphens overflow and are
			// broken again badly. A non-breaking hyphen looks the same.
			r, esc = nbHyphen, false
		}
		if esc {
			b.sb.WriteByte('\\')
		}
		b.sb.WriteRune(r)
		b.exp = append(b.exp, expRune{r, int32(off + i)})
	}
	if space {
		b.sb.WriteByte(' ')
	}
}

// decorate writes text that is not in the body and returns its pseudo span.
func (b *mdBuilder) decorate(s string) reader.Span {
	start := len(b.body) + b.deco.Len()
	b.deco.WriteString(s)
	b.text(start, s)
	return reader.Span{Start: start, End: start + len(s)}
}

// span writes the body text of sp; inline links in it are written as
// their text and a number (see spanLinks).
func (b *mdBuilder) span(sp reader.Span) {
	if len(b.inline) > 0 {
		b.spanLinks(sp)
		return
	}
	b.text(sp.Start, b.body[sp.Start:sp.End])
}

func (b *mdBuilder) mark(sp reader.Span, k markKind) {
	if sp.Len() > 0 {
		b.marks = append(b.marks, docMark{sp, k})
	}
}

// validSpan clips a span to the body; it reports false when nothing is left.
func validSpan(sp reader.Span, n int) (reader.Span, bool) {
	if sp.Start < 0 {
		sp.Start = 0
	}
	if sp.End > n {
		sp.End = n
	}
	return sp, sp.Start < sp.End
}

// buildDoc turns an article's blocks into Markdown. Text is escaped, so the
// article's own characters are never read as Markdown.
func buildDoc(a *reader.Article) *mdDoc {
	b := &mdBuilder{body: a.Body, lineStart: true, inline: a.InlineLinks()}
	blocks := a.Blocks
	if len(blocks) == 0 && strings.TrimSpace(a.Body) != "" {
		blocks = []reader.Block{{Kind: reader.BlockParagraph, Span: reader.Span{End: len(a.Body)}}}
	}
	inList := false
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		sp, ok := validSpan(bl.Span, len(a.Body))
		if !ok && bl.Kind != reader.BlockImage {
			continue
		}
		if inList && bl.Kind != reader.BlockListItem {
			b.syntax("\n")
			inList = false
		}
		if !inList && b.sb.Len() > 0 {
			b.cuts = append(b.cuts, docCut{b.sb.Len(), len(b.exp)})
		}
		switch bl.Kind {
		case reader.BlockTitle, reader.BlockByline, reader.BlockSource:
			// Shown in the header.
		case reader.BlockHeading:
			b.syntax(headingMarker(bl.Level))
			b.span(sp)
			b.syntax("\n\n")
		case reader.BlockTableRow:
			j := i + 1
			for j < len(blocks) && blocks[j].Kind == reader.BlockTableRow && blocks[j].Level != 1 {
				j++
			}
			b.table(blocks[i:j])
			i = j - 1
		case reader.BlockImage:
			var caption *reader.Block
			if i+1 < len(blocks) && blocks[i+1].Kind == reader.BlockCaption {
				caption = &blocks[i+1]
				i++
			}
			b.image(bl, sp, ok, caption)
		case reader.BlockCaption:
			start := len(b.exp)
			b.syntax("*")
			b.span(sp)
			b.mark(sp, markCaption)
			b.syntax("*\n\n")
			b.group(start)
		case reader.BlockRelated:
			b.syntax("**")
			b.mark(b.decorate("Related:"), markRelated)
			b.syntax("** ")
			b.span(sp)
			b.mark(sp, markRelated)
			b.link(sp, bl.URL)
			b.syntax("\n\n")
		case reader.BlockQuote:
			start := len(b.exp)
			b.spans(sp, bl.Cells)
			b.syntax("\n\n")
			b.group(start)
		case reader.BlockListItem:
			b.syntax("- ")
			b.span(sp)
			b.syntax("\n")
			inList = true
		default:
			b.span(sp)
			b.syntax("\n\n")
		}
	}
	return &mdDoc{
		md:      b.sb.String(),
		exp:     b.exp,
		bodyLen: len(a.Body),
		nOffs:   len(a.Body) + b.deco.Len(),
		marks:   b.marks,
		cuts:    b.cuts,
		groups:  b.groups,
		links:   b.links,
	}
}

// image writes an image's description, its caption and its credit as one
// block set apart from the text.
func (b *mdBuilder) image(bl reader.Block, sp reader.Span, ok bool, caption *reader.Block) {
	credit := strings.TrimSpace(bl.Credit)
	if ok && credit != "" {
		// The description may carry the credit at either end, as in
		// "Getty Images Zelensky ... right.Getty Images".
		txt := b.body[sp.Start:sp.End]
		if strings.HasPrefix(txt, credit) {
			sp.Start += len(credit)
		}
		if strings.HasSuffix(b.body[sp.Start:sp.End], credit) && sp.End-len(credit) > sp.Start {
			sp.End -= len(credit)
		}
		ok = strings.TrimSpace(b.body[sp.Start:sp.End]) != ""
	}
	start := len(b.exp)
	if ok {
		b.syntax("*")
		b.span(sp)
		b.mark(sp, markCaption)
		b.syntax("*\n\n")
	}
	if caption != nil {
		if csp, cok := validSpan(caption.Span, len(b.body)); cok {
			b.span(csp)
			b.syntax("\n\n")
		}
	}
	if credit != "" {
		b.mark(b.decorate("Photo:"), markCredit)
		b.syntax(" ")
		if csp, cok := validSpan(bl.CreditSpan, len(b.body)); cok && b.body[csp.Start:csp.End] == credit {
			b.span(csp)
			b.mark(csp, markCredit)
		} else {
			b.mark(b.decorate(credit), markCredit)
		}
		b.syntax("\n\n")
	}
	b.group(start)
}

// group marks the text written since exp index start as one block set
// apart with a bar. (Markdown block quotes would do, but glamour v1 wraps
// their lines wider than the bar leaves room for.)
func (b *mdBuilder) group(start int) {
	if len(b.exp) > start {
		b.groups = append(b.groups, [2]int{start, len(b.exp)})
	}
}

// RENDERING

// cellPos is where a source offset landed in the rendering.
type cellPos struct {
	line int32 // -1 when the offset is not shown
	col  int16
	w    int16
}

// itemRef names an item of a sidebar pane (or an entity, which has none).
type itemRef struct {
	pane focus
	idx  int
}

// noRef refers to nothing.
var noRef = itemRef{pane: focusArticle, idx: -1}

// lineMark is a highlight over the cells [from, to) of one rendered line.
type lineMark struct {
	from, to int16
	kind     markKind
	ref      itemRef
}

// rendered is an article rendered at one width and theme: the lines, the
// position of every source offset and the highlights of every line.
type rendered struct {
	id      int64
	width   int
	dark    bool
	lines   []string
	pos     []cellPos
	lineOff []int32 // the first source offset on each line, -1 when none
	marks   [][]lineMark
	partial bool // only the first blocks, shown while the rest renders
}

// newGlamour returns a renderer for one width with a fixed style.
func newGlamour(cfg gansi.StyleConfig, width int, p termenv.Profile) (*glamour.TermRenderer, error) {
	return glamour.NewTermRenderer(
		glamour.WithStyles(cfg),
		glamour.WithWordWrap(width),
		glamour.WithColorProfile(p),
	)
}

// chunkMin is the least Markdown worth rendering on its own goroutine.
const chunkMin = 8 << 10

// renderDoc renders doc with glamour at a width and maps it back to the
// source. It is slow and runs in a Cmd.
func renderDoc(doc *mdDoc, an *reader.Analysis, width int, st *Styles) (*rendered, error) {
	return renderUpTo(doc, an, width, st, len(doc.md))
}

// renderUpTo renders the blocks of doc up to the first cut at or after
// limit bytes of Markdown (all of it when limit >= len). Large documents
// are cut between blocks and the parts rendered in parallel; glamour
// renders blocks independently, so the joined parts read as one.
func renderUpTo(doc *mdDoc, an *reader.Analysis, width int, st *Styles, limit int) (*rendered, error) {
	width = max(width, 8)
	end, expEnd := len(doc.md), len(doc.exp)
	if limit < end {
		for _, c := range doc.cuts {
			if c.md >= limit {
				end, expEnd = c.md, c.exp
				break
			}
		}
	}
	// Part boundaries: the cuts nearest to equal shares.
	n := max(1, min(runtime.GOMAXPROCS(0), end/chunkMin))
	bounds := []int{0}
	for k := 1; k < n; k++ {
		target := end * k / n
		for _, c := range doc.cuts {
			if c.md >= target && c.md > bounds[len(bounds)-1] && c.md < end {
				bounds = append(bounds, c.md)
				break
			}
		}
	}
	bounds = append(bounds, end)
	parts := make([][]string, len(bounds)-1)
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			parts[i], errs[i] = renderPart(doc.md[bounds[i]:bounds[i+1]], width, st)
		}()
	}
	wg.Wait()
	var lines []string
	for i, p := range parts {
		if errs[i] != nil {
			return nil, errs[i]
		}
		if len(lines) > 0 && len(p) > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, p...)
	}
	if len(lines) == 0 {
		lines = []string{""}
	}
	part := *doc
	part.md, part.exp = doc.md[:end], doc.exp[:expEnd]
	r := &rendered{width: width, dark: st.Dark, lines: lines, partial: end < len(doc.md)}
	r.align(&part)
	r.bars(&part, st)
	r.marks = buildMarks(r, &part, an)
	return r, nil
}

// bars draws a bar in the left margin of the lines of each group.
func (r *rendered) bars(doc *mdDoc, st *Styles) {
	bar := st.Marks[markCredit].open + "│\x1b[0m"
	for _, g := range doc.groups {
		first, last := -1, -1
		for k := g[0]; k < g[1] && k < len(doc.exp); k++ {
			if p := r.pos[doc.exp[k].off]; p.line >= 0 {
				if first < 0 {
					first = int(p.line)
				}
				last = int(p.line)
			}
		}
		for l := max(first, 0); first >= 0 && l <= last; l++ {
			r.lines[l] = barLine(r.lines[l], bar)
		}
	}
}

// barLine puts bar (one cell) in the first cell of line when that cell
// is margin, restoring glamour's style after it.
func barLine(line, bar string) string {
	var state []string
	for i := 0; i < len(line); {
		if line[i] == 0x1b {
			n := escLen(line[i:])
			seq := line[i : i+n]
			if seq == "\x1b[0m" || seq == "\x1b[m" {
				state = state[:0]
			} else {
				state = append(state, seq)
			}
			i += n
			continue
		}
		if line[i] != ' ' {
			return line
		}
		return line[:i] + bar + strings.Join(state, "") + line[i+1:]
	}
	return line
}

// renderPart renders Markdown with glamour and returns its lines without
// the blank lines around them.
func renderPart(md string, width int, st *Styles) ([]string, error) {
	md = prewrapWide(md, width)
	gr, err := newGlamour(st.Glamour, width, st.Profile)
	if err != nil {
		return nil, err
	}
	out, err := gr.Render(md)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(out, "\n")
	blank := func(l string) bool { return strings.TrimSpace(ansi.Strip(l)) == "" }
	for len(lines) > 0 && blank(lines[0]) {
		lines = lines[1:]
	}
	for len(lines) > 0 && blank(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	return lines, nil
}

// visRune is a visible, non-space character of the rendering.
type visRune struct {
	r    rune
	line int32
	col  int16
	w    int16
}

// align maps the expected characters of doc onto the rendered lines. It
// matches them in order, looking a bounded distance ahead, so text glamour
// adds (prefixes, bullets, link targets) is skipped and text it drops only
// loses its own mapping.
func (r *rendered) align(doc *mdDoc) {
	var vis []visRune
	for li, line := range r.lines {
		walkVisible(line, func(g string, col, w int) {
			c, _ := utf8.DecodeRuneInString(g)
			if unicode.IsSpace(c) || w == 0 || isRule(c) {
				return
			}
			vis = append(vis, visRune{c, int32(li), int16(col), int16(w)})
		})
	}
	r.pos = make([]cellPos, doc.nOffs)
	for i := range r.pos {
		r.pos[i].line = -1
	}
	r.lineOff = make([]int32, len(r.lines))
	for i := range r.lineOff {
		r.lineOff[i] = -1
	}
	const lookahead = 48
	j := 0
	for _, e := range doc.exp {
		for k := j; k < len(vis) && k < j+lookahead; k++ {
			if vis[k].r == e.r {
				v := vis[k]
				r.pos[e.off] = cellPos{v.line, v.col, v.w}
				if e.off < int32(doc.bodyLen) && (r.lineOff[v.line] < 0 || e.off < r.lineOff[v.line]) {
					r.lineOff[v.line] = e.off
				}
				j = k + 1
				break
			}
		}
	}
}

// walkVisible calls fn for each grapheme of line outside escape sequences,
// with its column and width.
func walkVisible(line string, fn func(g string, col, w int)) {
	col := 0
	for i := 0; i < len(line); {
		c := line[i]
		if c == 0x1b {
			i += escLen(line[i:])
			continue
		}
		if c < 0x80 {
			w := 1
			if c < 0x20 || c == 0x7f {
				w = 0
			}
			fn(line[i:i+1], col, w)
			col += w
			i++
			continue
		}
		g, w := ansi.FirstGraphemeCluster(line[i:], ansi.GraphemeWidth)
		if len(g) == 0 {
			g = line[i : i+1]
		}
		fn(g, col, w)
		col += w
		i += len(g)
	}
}

// escLen returns the length of the escape sequence at the start of s.
func escLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // CSI: parameters, then a final byte in 0x40-0x7e.
		for i := 2; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return len(s)
	case ']', 'P', '_', '^': // OSC, DCS, APC, PM: until BEL or ST.
		for i := 2; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return len(s)
	}
	return 2
}

// spanCells returns, for each rendered line a span touches, the cells it
// covers there.
func (r *rendered) spanCells(sp reader.Span, fn func(line int, from, to int)) {
	sp, ok := validSpan(sp, len(r.pos))
	if !ok {
		return
	}
	line, from, to := -1, 0, 0
	for o := sp.Start; o < sp.End; o++ {
		p := r.pos[o]
		if p.line < 0 {
			continue
		}
		l := int(p.line)
		if l != line {
			if line >= 0 {
				fn(line, from, to)
			}
			line, from, to = l, int(p.col), int(p.col+p.w)
			continue
		}
		from = min(from, int(p.col))
		to = max(to, int(p.col+p.w))
	}
	if line >= 0 {
		fn(line, from, to)
	}
}

// lineOf returns the first rendered line showing any of the span, or -1.
func (r *rendered) lineOf(sp reader.Span) int {
	sp, ok := validSpan(sp, len(r.pos))
	if !ok {
		return -1
	}
	for o := sp.Start; o < sp.End; o++ {
		if r.pos[o].line >= 0 {
			return int(r.pos[o].line)
		}
	}
	return -1
}

// lineAt returns the rendered line of offset off, or of the nearest shown
// offset after it (before it at the end).
func (r *rendered) lineAt(off int) int {
	if len(r.pos) == 0 {
		return 0
	}
	off = max(0, min(off, len(r.pos)-1))
	for o := off; o < len(r.pos); o++ {
		if r.pos[o].line >= 0 {
			return int(r.pos[o].line)
		}
	}
	for o := off; o >= 0; o-- {
		if r.pos[o].line >= 0 {
			return int(r.pos[o].line)
		}
	}
	return 0
}

// anchorAt returns the first source offset shown on or below line, or -1.
func (r *rendered) anchorAt(line int) int {
	for l := max(line, 0); l < len(r.lineOff); l++ {
		if r.lineOff[l] >= 0 {
			return int(r.lineOff[l])
		}
	}
	return -1
}

// addMark adds a highlight over a span to the lines it touches.
func (r *rendered) addMark(marks [][]lineMark, sp reader.Span, k markKind, ref itemRef) {
	r.spanCells(sp, func(line, from, to int) {
		marks[line] = append(marks[line], lineMark{int16(from), int16(to), k, ref})
	})
}

// buildMarks maps the block decorations and the analysis onto the lines.
// Marks are added in painting order: later ones are painted over earlier.
func buildMarks(r *rendered, doc *mdDoc, an *reader.Analysis) [][]lineMark {
	marks := make([][]lineMark, len(r.lines))
	for _, m := range doc.marks {
		r.addMark(marks, m.span, m.kind, noRef)
	}
	if an == nil {
		return marks
	}
	for i, q := range an.Quotes {
		if !q.Kind.Speech() {
			continue // a stance is not marked as a quote
		}
		k := markQuote
		if q.Kind == reader.Indirect {
			k = markReported
		}
		for _, p := range q.Parts() {
			r.addMark(marks, p, k, itemRef{focusQuotes, i})
		}
	}
	speakerOf := entitySpeakers(an)
	for i, e := range an.Entities {
		if s, ok := speakerOf[i]; ok {
			for _, m := range e.Mentions {
				r.addMark(marks, m, markSpeaker, itemRef{focusSpeakers, s})
			}
			continue
		}
		k := markPerson
		switch e.Kind {
		case reader.Place:
			k = markPlace
		case reader.Org:
			k = markOrg
		}
		for _, m := range e.Mentions {
			r.addMark(marks, m, k, noRef)
		}
	}
	for _, q := range an.Quotes {
		if q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
			r.addMark(marks, q.Mention, markSpeaker, itemRef{focusSpeakers, q.Speaker})
		}
	}
	for i, f := range an.Figures {
		r.addMark(marks, f.Span, markFigure, itemRef{focusFigures, i})
	}
	return marks
}

// entitySpeakers maps entity indexes to the speaker they name, by name or
// alias.
func entitySpeakers(an *reader.Analysis) map[int]int {
	names := map[string]int{}
	for i, s := range an.Speakers {
		names[strings.ToLower(s.Name)] = i
		for _, a := range s.Aliases {
			if _, dup := names[strings.ToLower(a)]; !dup {
				names[strings.ToLower(a)] = i
			}
		}
	}
	out := map[int]int{}
	for i, e := range an.Entities {
		if s, ok := names[strings.ToLower(e.Name)]; ok {
			out[i] = s
		}
	}
	return out
}

// PAINTING

// paintOpts says how to paint a line.
type paintOpts struct {
	entities bool    // paint person, place and org marks
	sel      itemRef // the selected item, painted more strongly
}

// paintLine returns line cut or padded to width cells, with marks painted
// over it. The visible text is unchanged; each highlight is opened after a
// reset and followed by a reset and glamour's own style sequences, so
// nothing leaks past a span or past the line.
func paintLine(line string, width int, marks, extra []lineMark, o paintOpts, st *Styles) string {
	if width <= 0 {
		return ""
	}
	var kindBuf [256]markKind
	var selBuf [256]bool
	kinds, sels := kindBuf[:0], selBuf[:0]
	if width <= len(kindBuf) {
		kinds, sels = kindBuf[:width], selBuf[:width]
	} else {
		kinds, sels = make([]markKind, width), make([]bool, width)
	}
	painted := false
	paint := func(ms []lineMark) {
		for _, m := range ms {
			if !o.entities && (m.kind == markPerson || m.kind == markPlace || m.kind == markOrg) {
				continue
			}
			from, to := max(int(m.from), 0), min(int(m.to), width)
			selected := m.ref.idx >= 0 && m.ref == o.sel
			for c := from; c < to; c++ {
				kinds[c] = m.kind
				if selected {
					sels[c] = true
				}
				painted = true
			}
		}
	}
	paint(marks)
	paint(extra)

	var b strings.Builder
	b.Grow(len(line) + 32)
	var state []string // glamour's SGR sequences since its last reset
	cur := -1          // the painted style in effect, or -1 for glamour's
	col := 0
	for i := 0; i < len(line); {
		c := line[i]
		if c == 0x1b {
			n := escLen(line[i:])
			seq := line[i : i+n]
			i += n
			if painted && strings.HasSuffix(seq, "m") && strings.HasPrefix(seq, "\x1b[") {
				if seq == "\x1b[0m" || seq == "\x1b[m" {
					state = state[:0]
				} else {
					state = append(state, seq)
				}
			}
			if cur < 0 {
				b.WriteString(seq)
			}
			continue
		}
		g, w := line[i:i+1], 1
		if c >= 0x80 {
			g, w = ansi.FirstGraphemeCluster(line[i:], ansi.GraphemeWidth)
			if len(g) == 0 {
				g, w = line[i:i+1], 1
			}
		} else if c < 0x20 || c == 0x7f {
			i++
			continue
		}
		if col+w > width {
			break
		}
		if painted {
			want := -1
			if w > 0 && (kinds[col] != markNone || sels[col]) {
				want = int(kinds[col])
				if sels[col] {
					want += int(numMarks)
				}
			}
			if want != cur {
				b.WriteString("\x1b[0m")
				if want >= 0 {
					if want >= int(numMarks) {
						b.WriteString(st.Selected[want-int(numMarks)].open)
					} else {
						b.WriteString(st.Marks[want].open)
					}
				} else {
					for _, s := range state {
						b.WriteString(s)
					}
				}
				cur = want
			}
		}
		b.WriteString(g)
		col += w
		i += len(g)
	}
	b.WriteString("\x1b[0m")
	if col < width {
		b.WriteString(strings.Repeat(" ", width-col))
	}
	return b.String()
}

package ui

// Rendering: an article's Markdown (markdown.go) rendered with glamour, in
// parts on several goroutines when it is long, and the rendered lines
// mapped back to source offsets.
//
// Highlighting works on glamour's output without changing it: after
// rendering, the visible characters of the rendered lines are aligned with
// the builder's record of the characters it wrote, which gives every source
// offset a (line, column). A span then becomes a few cell ranges on lines
// (paint.go paints them).

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

// cellPos is where a source offset landed in the rendering.
type cellPos struct {
	line int32 // -1 when the offset is not shown
	col  int16
	w    int16
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

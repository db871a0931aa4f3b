package ui

// Painting: the highlights of an article (its quotes, speakers, figures,
// entities and block decorations) as cell ranges on the rendered lines, and
// those ranges painted over glamour's ANSI lines.
//
// Painting a line re-emits its visible text unchanged, switching to a
// highlight style across the marked ranges and restoring glamour's own
// style after them.

import (
	"strings"

	"github.com/byline/byline/reader"
	"github.com/charmbracelet/x/ansi"
)

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
		tok, _, k := token(line[i:])
		switch k {
		case tokEscape:
			if tok == "\x1b[0m" || tok == "\x1b[m" {
				state = state[:0]
			} else {
				state = append(state, tok)
			}
			i += len(tok)
			continue
		case tokControl:
			i += len(tok)
			continue
		}
		if tok != " " {
			return line
		}
		return line[:i] + bar + strings.Join(state, "") + line[i+1:]
	}
	return line
}

// tokKind is what a token of a rendered line is.
type tokKind uint8

const (
	tokText    tokKind = iota // a grapheme, shown
	tokEscape                 // an escape sequence (SGR, OSC 8)
	tokControl                // a control character or a stray byte, never shown
)

// token returns the escape sequence or grapheme at the start of s (which
// is not empty), its width in cells and its kind. Sequences and graphemes
// are decoded by x/ansi. (The loops over a line take printable ASCII,
// most of a line, themselves: token is not inlined.)
func token(s string) (tok string, w int, k tokKind) {
	if c := s[0]; c >= 0x20 && c < 0x7f {
		return s[:1], 1, tokText
	}
	tok, w, n, _ := ansi.DecodeSequence(s, ansi.NormalState, nil)
	switch {
	case n == 0:
		return s[:1], 0, tokControl
	case tok[0] == ansi.ESC:
		return tok, 0, tokEscape
	case w == 0 && tok[0] < 0xc0:
		// C0 and C1 controls, DEL, and bytes that start no character.
		return tok, 0, tokControl
	}
	return tok, w, tokText
}

// walkVisible calls fn for each grapheme of line outside escape sequences,
// with its column and width.
func walkVisible(line string, fn func(g string, col, w int)) {
	col := 0
	for i := 0; i < len(line); {
		g, w, k := line[i:i+1], 1, tokText
		if c := line[i]; c < 0x20 || c >= 0x7f {
			g, w, k = token(line[i:])
		}
		i += len(g)
		if k != tokText {
			continue
		}
		fn(g, col, w)
		col += w
	}
}

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
		g, w, k := line[i:i+1], 1, tokText
		if c := line[i]; c < 0x20 || c >= 0x7f {
			g, w, k = token(line[i:])
		}
		if k == tokEscape {
			i += len(g)
			if painted && g[len(g)-1] == 'm' && ansi.HasCsiPrefix(g) {
				if g == "\x1b[0m" || g == "\x1b[m" {
					state = state[:0]
				} else {
					state = append(state, g)
				}
			}
			if cur < 0 {
				b.WriteString(g)
			}
			continue
		}
		if k == tokControl {
			i += len(g)
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

package ui

// Markdown generation: an article's blocks written as Markdown for glamour,
// with a record of where each visible character comes from.
//
// The builder records, for every visible character it writes, the byte
// offset it comes from in Article.Body (or a pseudo offset past the end of
// Body for decorations such as "Photo:"). render.go aligns the rendered
// lines with that record, which gives every source offset a (line, column).

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

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

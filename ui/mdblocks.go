package ui

// Markdown for the structure of an article: heading levels and tables.

import (
	"strings"

	"github.com/byline/byline/reader"
)

// headingMarker returns the Markdown that starts a heading of a level:
// "## " for an <h2> or a "## " line. Headings of no known level (sub-
// headings found in plain text) are third-level.
func headingMarker(level int) string {
	if level < 1 || level > 6 {
		level = 3
	}
	return strings.Repeat("#", level) + " "
}

// table writes table rows as a Markdown pipe table, the first row as its
// header; rows with fewer cells than the widest are padded with empty ones.
func (b *mdBuilder) table(rows []reader.Block) {
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r.Cells))
	}
	if cols == 0 {
		return
	}
	for k, r := range rows {
		for c := 0; c < cols; c++ {
			b.syntax("| ")
			b.lineStart = false
			if c < len(r.Cells) {
				if sp, ok := validSpan(r.Cells[c], len(b.body)); ok {
					b.span(sp)
				}
			}
			b.syntax(" ")
		}
		b.syntax("|\n")
		if k == 0 {
			b.syntax(strings.Repeat("| --- ", cols) + "|\n")
		}
	}
	b.syntax("\n")
}

// isRule reports whether r is a box-drawing character, which glamour
// draws tables with: alignment passes over them, as a table's rule can be
// longer than alignment looks ahead.
func isRule(r rune) bool { return r >= 0x2500 && r <= 0x257f }

// spans writes a block's text: the parts when it has them (the lines of a
// block quotation without their markers), joined by a space, else sp.
func (b *mdBuilder) spans(sp reader.Span, parts []reader.Span) {
	if len(parts) == 0 {
		b.span(sp)
		return
	}
	for k, p := range parts {
		if p, ok := validSpan(p, len(b.body)); ok {
			if k > 0 {
				b.syntax(" ")
			}
			b.span(p)
		}
	}
}

package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// Wide text: glamour v1 wraps paragraphs only at spaces (glamour#185,
// #595), so a paragraph of Chinese or Japanese, which has none, comes out
// as one line wider than the pane and is cut. prewrapWide gives glamour
// the break opportunities it needs: in each Markdown line with wide
// characters it follows glamour's wrapper (muesli/reflow wordwrap, with
// its per-rune widths) and puts a space where a run of text would
// overflow the line, between two grapheme clusters, so that the wrapper
// breaks there. The space lands at a line end, where it is not seen;
// lines without wide characters are left alone, so other text renders as
// before.

// textMargin is the cells glamour's document style takes from each line
// (a margin of 2 on both sides).
const textMargin = 4

// prewrapWide returns md with break opportunities for a rendering width.
func prewrapWide(md string, width int) string {
	if !hasWide(md) {
		return md
	}
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		if !hasWide(l) {
			continue
		}
		limit := width - textMargin
		if strings.HasPrefix(l, "### ") || strings.HasPrefix(l, "- ") {
			// A heading's shown prefix, a list item's bullet and indent.
			limit -= 4
		}
		lines[i] = prewrapLine(l, max(limit, 2))
	}
	return strings.Join(lines, "\n")
}

// hasWide reports whether s has a character two cells wide.
func hasWide(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if runewidth.RuneWidth(r) > 1 {
			return true
		}
		i += n - 1
	}
	return false
}

// wrapWidth is a string's width as glamour's wrapper measures it: the sum
// of its runes' widths.
func wrapWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runewidth.RuneWidth(r)
	}
	return w
}

// prewrapLine follows the wrapper over one line of words and splits the
// words that would overflow.
func prewrapLine(line string, limit int) string {
	words := strings.Split(line, " ")
	var out []string
	col := 0
	for _, w := range words {
		ww := wrapWidth(w)
		if ww == 0 {
			out = append(out, w)
			continue
		}
		room := limit - col
		if col > 0 {
			room-- // the space before the word
		}
		if ww <= room {
			out = append(out, w)
			col = limit - room + ww
			continue
		}
		if !hasWide(w) {
			// An unbreakable Latin run: the wrapper moves it to a new
			// line, as before.
			out = append(out, w)
			col = ww
			continue
		}
		// Split the word: first what fits on this line, then lines of
		// at most limit.
		if room < 2 {
			room = limit
			col = 0
		}
		pieces := splitCells(w, room, limit)
		out = append(out, pieces...)
		col = wrapWidth(pieces[len(pieces)-1])
	}
	return strings.Join(out, " ")
}

// splitCells cuts s between grapheme clusters into pieces whose wrapping
// width is at most first for the first piece and rest for the others. It
// never cuts right after a backslash, which escapes the next character.
func splitCells(s string, first, rest int) []string {
	var pieces []string
	limit := first
	start, w := 0, 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		from, to := g.Positions()
		cw := wrapWidth(s[from:to])
		if w+cw > limit && from > start && s[from-1] != '\\' {
			pieces = append(pieces, s[start:from])
			start, w, limit = from, 0, rest
		}
		w += cw
	}
	return append(pieces, s[start:])
}

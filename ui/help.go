package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/x/ansi"
)

// The full help (?) lists every key that works where the user is, by its
// action name, in as many columns as fit; when it does not fit the space
// left to it, it pages: ? shows the next page, and closes after the last.

// helpEntry is one key and its action name.
type helpEntry struct{ keys, name string }

// toggleHelp opens the full help, shows its next page, or closes it.
func (m *Model) toggleHelp() {
	switch {
	case !m.fullHelp:
		m.fullHelp, m.helpPage = true, 0
	case m.helpPage+1 < m.helpPages():
		m.helpPage++
	default:
		m.fullHelp, m.helpPage = false, 0
	}
	m.relayout()
}

// helpEntries returns the entries of the full help for where the user is.
func (m *Model) helpEntries() []helpEntry {
	var out []helpEntry
	seen := map[string]bool{}
	for _, col := range m.helpKeys1().FullHelp() {
		for _, b := range m.keys.named(col) {
			if !b.Enabled() {
				continue
			}
			e := helpEntry{b.Help().Key, b.Help().Desc}
			if seen[e.keys+e.name] {
				continue
			}
			seen[e.keys+e.name] = true
			out = append(out, e)
		}
	}
	if m.screen == screenReader {
		out = append(out, helpEntry{"click", "focus / choose"}, helpEntry{"wheel", "scroll"})
		out = append(out, m.reader.legend()...)
	} else {
		out = append(out, helpEntry{"wheel", "scroll"})
	}
	return out
}

// helpRows is how many rows the full help may take in a window h high.
func helpRows(h int) int { return max(h-1-h/3, 1) }

// helpLayout arranges the entries in columns of w cells and rows rows per
// page, returning the pages' lines.
func helpLayout(entries []helpEntry, w, rows int) [][]string {
	keyW, nameW := 0, 0
	for _, e := range entries {
		keyW = max(keyW, ansi.StringWidth(e.keys))
		nameW = max(nameW, ansi.StringWidth(e.name))
	}
	keyW = min(keyW, 12)
	colW := keyW + 1 + nameW
	cols := max((w+2)/(colW+2), 1)
	if cols == 1 {
		colW = w
	}
	rows = min(rows, max((len(entries)+cols-1)/cols, 1))
	per := cols * rows
	var pages [][]string
	for start := 0; start < len(entries); start += per {
		page := entries[start:min(start+per, len(entries))]
		n := min(rows, len(page))
		lines := make([]string, n)
		for i, e := range page {
			r := i % n
			cell := ansi.Truncate(padRight(e.keys, keyW)+" "+e.name, colW, "…")
			if i >= n {
				lines[r] += "  "
			}
			lines[r] += padRight(cell, colW)
		}
		pages = append(pages, lines)
	}
	return pages
}

// padRight pads s with spaces to w cells.
func padRight(s string, w int) string {
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}

// helpPages returns the number of pages of the full help.
func (m *Model) helpPages() int {
	return max(len(helpLayout(m.helpEntries(), m.w, m.helpRowsWithTitle())), 1)
}

// helpRowsWithTitle is the entry rows per page, below the title line.
func (m *Model) helpRowsWithTitle() int { return max(helpRows(m.h)-1, 1) }

// fullHelpLines renders the current page of the full help, a title line
// first, each line w cells.
func (m *Model) fullHelpLines() []string {
	pages := helpLayout(m.helpEntries(), m.w, m.helpRowsWithTitle())
	if len(pages) == 0 {
		return nil
	}
	p := min(m.helpPage, len(pages)-1)
	title := "keys"
	switch {
	case len(pages) > 1 && p+1 < len(pages):
		title += " " + strconv.Itoa(p+1) + "/" + strconv.Itoa(len(pages)) + " (? next page)"
	case len(pages) > 1:
		title += " " + strconv.Itoa(p+1) + "/" + strconv.Itoa(len(pages)) + " (? closes)"
	default:
		title += " (? or esc closes)"
	}
	out := []string{fit(m.styles.Pane.Title.Render(title), m.w)}
	for _, l := range pages[p] {
		out = append(out, fit(l, m.w))
	}
	return out
}

// shortHelp fits the short help into w cells: the bindings at the end
// (back, quit, help) stay, and the others are dropped from the last until
// the line fits.
func (m *Model) shortHelp(bs []key.Binding, w int) string {
	h := m.help
	h.Width = 0
	essential := func(b key.Binding) bool {
		for _, e := range []key.Binding{m.keys.Back, m.keys.Quit, m.keys.Help} {
			if len(b.Keys()) > 0 && len(e.Keys()) > 0 && b.Keys()[0] == e.Keys()[0] {
				return true
			}
		}
		return false
	}
	keep := 0
	for _, b := range bs {
		if essential(b) {
			keep++
		}
	}
	for {
		s := h.ShortHelpView(bs)
		if ansi.StringWidth(s) <= w {
			return s
		}
		if len(bs) <= keep {
			// Only esc, q and ? are left: q goes when esc is there too
			// (in the reader both go back).
			for i, b := range bs {
				if len(bs) > 2 && len(b.Keys()) > 0 && len(m.keys.Quit.Keys()) > 0 && b.Keys()[0] == m.keys.Quit.Keys()[0] {
					return h.ShortHelpView(append(bs[:i:i], bs[i+1:]...))
				}
			}
			return s
		}
		// Drop the last binding that is not essential.
		for i := len(bs) - 1; i >= 0; i-- {
			if !essential(bs[i]) {
				bs = append(bs[:i:i], bs[i+1:]...)
				break
			}
		}
	}
}

// legend explains the colours and marks of the text, each sample in its
// own style.
func (m *readerModel) legend() []helpEntry {
	s := m.styles
	sample := func(seq sgr, text string) string { return seq.open + text + "\x1b[0m" }
	var out []helpEntry
	for _, e := range []struct {
		k          markKind
		text, name string
	}{
		{markQuote, "“said”", "quote (direct)"},
		{markReported, "said", "reported speech"},
		{markSpeaker, "Name", "speaker"},
		{markPerson, "Name", "person"},
		{markPlace, "Place", "place"},
		{markOrg, "Org", "organisation"},
		{markFigure, "42%", "figure"},
		{markRelated, "[1]", "link: f then 1"},
		{markMatch, "word", "search match"},
		{markCurrent, "word", "current match"},
	} {
		out = append(out, helpEntry{sample(s.Marks[e.k], e.text), e.name})
	}
	out = append(out, helpEntry{sample(s.Selected[markQuote], "“said”"), "chosen quote/figure"},
		helpEntry{"“ ≈ ◇", "quote, reported, stance"},
		helpEntry{"dim", "unsure, or a stance"})
	if !m.article.entities {
		out = append(out, helpEntry{"e", "people/places/orgs are off"})
	}
	return out
}

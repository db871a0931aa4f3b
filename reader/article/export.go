package article

import (
	"strings"
)

// Markdown returns the article as Markdown: the title as a level-one
// heading, a line with the byline, source and date, then its blocks as
// written (headings at their level, lists, block quotations, tables).
func (a *Article) Markdown() string {
	var b strings.Builder
	b.WriteString("# " + oneLineText(a.Title) + "\n\n")
	if meta := a.metaLine(); meta != "" {
		b.WriteString("*" + meta + "*\n\n")
	}
	a.writeBlocks(&b, true)
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// PlainText returns the article as plain text: the title, a line with the
// byline, source and date, then its blocks without markup, a table's
// cells separated by " | ".
func (a *Article) PlainText() string {
	var b strings.Builder
	b.WriteString(oneLineText(a.Title) + "\n")
	if meta := a.metaLine(); meta != "" {
		b.WriteString(meta + "\n")
	}
	b.WriteString("\n")
	a.writeBlocks(&b, false)
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// metaLine is "By A, B · Source · 2 January 2006" with what is known.
func (a *Article) metaLine() string {
	var parts []string
	if len(a.Authors) > 0 {
		parts = append(parts, "By "+strings.Join(a.Authors, ", "))
	}
	if a.Source != "" {
		parts = append(parts, a.Source)
	}
	if !a.Date.IsZero() {
		parts = append(parts, a.Date.Format("2 January 2006"))
	}
	return strings.Join(parts, " · ")
}

func (a *Article) writeBlocks(b *strings.Builder, md bool) {
	text := func(sp Span) string {
		if sp.Start < 0 || sp.End > len(a.Body) || sp.Start > sp.End {
			return ""
		}
		return oneLineText(a.Body[sp.Start:sp.End])
	}
	inList, inTable := false, false
	for _, bl := range a.Blocks {
		if inList && bl.Kind != BlockListItem || inTable && (bl.Kind != BlockTableRow || bl.Level == 1) {
			b.WriteString("\n")
			inList, inTable = false, false
		}
		t := text(bl.Span)
		switch bl.Kind {
		case BlockTitle, BlockByline, BlockSource, BlockDate:
			continue
		case BlockHeading:
			if md {
				level := bl.Level
				if level < 1 || level > 6 {
					level = 3
				}
				t = strings.Repeat("#", level) + " " + t
			}
		case BlockListItem:
			b.WriteString("- " + t + "\n")
			inList = true
			continue
		case BlockQuote:
			if len(bl.Cells) > 0 {
				var parts []string
				for _, c := range bl.Cells {
					parts = append(parts, text(c))
				}
				t = strings.Join(parts, " ")
			}
			if md {
				t = "> " + t
			}
		case BlockTableRow:
			cells := make([]string, len(bl.Cells))
			for k, c := range bl.Cells {
				cells[k] = text(c)
				if md { // a cell's own pipes, escaped once
					cells[k] = strings.ReplaceAll(strings.ReplaceAll(cells[k], `\|`, "|"), "|", `\|`)
				}
			}
			if md {
				b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
				if bl.Level == 1 {
					b.WriteString(strings.Repeat("| --- ", len(cells)) + "|\n")
				}
			} else {
				b.WriteString(strings.Join(cells, " | ") + "\n")
			}
			inTable = true
			continue
		case BlockImage, BlockCaption:
			if t == "" {
				continue
			}
			if md {
				t = "*" + t + "*"
			}
		case BlockRelated:
			if md && bl.URL != "" {
				t = "Related: [" + t + "](" + bl.URL + ")"
			} else {
				t = "Related: " + t
			}
		}
		if t != "" {
			b.WriteString(t + "\n\n")
		}
	}
}

// oneLineText collapses the white space of s, line breaks included.
func oneLineText(s string) string { return strings.Join(strings.Fields(s), " ") }

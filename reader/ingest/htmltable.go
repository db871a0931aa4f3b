package ingest

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/reader/article"
)

// maxTableCols is the most cells a row of a data table has; wider tables
// are read as loose text.
const maxTableCols = 12

// tableRows returns the cells of a data table's rows, or nil when the
// table is laid out with blocks (a layout table, a nested table, a list in
// a cell), which is read as loose text instead.
func tableRows(t *html.Node) [][]*html.Node {
	var rows [][]*html.Node
	ok := true
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				visit(c)
			case atom.Tr:
				var cells []*html.Node
				for d := c.FirstChild; d != nil; d = d.NextSibling {
					if d.Type == html.ElementNode && (d.DataAtom == atom.Td || d.DataAtom == atom.Th) {
						if hasBlocks(d) {
							ok = false
							return
						}
						cells = append(cells, d)
					}
				}
				if len(cells) > maxTableCols {
					ok = false
					return
				}
				if len(cells) > 0 {
					rows = append(rows, cells)
				}
			}
		}
	}
	visit(t)
	if !ok || len(rows) == 0 {
		return nil
	}
	wide := false
	for _, r := range rows {
		wide = wide || len(r) > 1
	}
	if !wide {
		return nil
	}
	return rows
}

// hasBlocks reports whether a table cell holds block content other than
// paragraphs and line breaks.
func hasBlocks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Table, atom.Ul, atom.Ol, atom.Div, atom.Section, atom.Article, atom.Blockquote,
			atom.Figure, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre:
			return true
		}
		if hasBlocks(c) {
			return true
		}
	}
	return false
}

// table writes the rows of a data table, one BlockTableRow each: the
// cells' text joined by " | ", the first row (the header) with Level 1.
func (b *htmlBuilder) table(rows [][]*html.Node) {
	b.flush()
	first := true
	for _, r := range rows {
		texts := make([]string, len(r))
		empty := true
		for k, c := range r {
			texts[k] = strings.ReplaceAll(cleanText(textOf(c)), "\n", " ")
			empty = empty && texts[k] == ""
		}
		if empty {
			continue
		}
		text := strings.Join(texts, " | ")
		sp := b.emit(article.BlockTableRow, text)
		bl := article.Block{Kind: article.BlockTableRow, Span: sp}
		if first {
			bl.Level = 1
			first = false
		}
		off := sp.Start
		for k, t := range texts {
			bl.Cells = append(bl.Cells, article.Span{Start: off, End: off + len(t)})
			off += len(t)
			if k < len(texts)-1 {
				off += len(" | ")
			}
		}
		b.blocks = append(b.blocks, bl)
	}
}

// firstH1 returns the text of the page's first <h1>, before readability
// changes the tree.
func firstH1(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
		return cleanText(textOf(n))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := firstH1(c); t != "" {
			return t
		}
	}
	return ""
}

// sameHost reports whether the address u is on base's host (or the same
// host with or without "www."): a page may name its canonical address
// there, not elsewhere.
func sameHost(u string, base *url.URL) bool {
	c, err := url.Parse(u)
	if u == "" || err != nil || base == nil {
		return false
	}
	trim := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	return trim(c.Hostname()) == trim(base.Hostname())
}

// siteName is the site's name readability found, or "".
func siteName(ra interface{ SiteName() string }, err error) string {
	if err != nil || ra == nil {
		return ""
	}
	return cleanText(ra.SiteName())
}

// pageHost is the host of the page's address, or of its canonical one.
func pageHost(base *url.URL, canonical string) string {
	if base != nil {
		return base.Hostname()
	}
	if u, err := url.Parse(canonical); err == nil {
		return u.Hostname()
	}
	return ""
}

package ingest

import (
	"strings"
	"unicode/utf8"

	"github.com/byline/byline/reader/article"
)

// parseMarkdown parses a Markdown article with optional YAML front matter
// (title, source, date, url, author or authors). Block spans cover the text
// of each block without its Markdown markers ("# ", "> ", "- ").
func parseMarkdown(s string) (*article.Article, error) {
	a := &article.Article{Format: article.FormatMarkdown, Body: s}
	lines := splitLines(s)
	i := frontMatter(a, lines)
	if i > 0 {
		a.TextStart = len(s)
		if i < len(lines) {
			a.TextStart = lines[i].start
		}
	}
	var para []line
	flush := func() {
		if len(para) == 1 {
			if d, ok := parseDate(s[para[0].start:para[0].end]); ok {
				if a.Date.IsZero() {
					a.Date = d
				}
				a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockDate, Span: article.Span{Start: para[0].start, End: para[0].end}})
				para = nil
				return
			}
		}
		if len(para) > 0 {
			a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockParagraph, Span: article.Span{Start: para[0].start, End: para[len(para)-1].end}})
			para = nil
		}
	}
	inFence, sawTitle := false, false
	for ; i < len(lines); i++ {
		l := lines[i]
		t := s[l.start:l.end]
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			flush()
			inFence = !inFence
			continue
		}
		if inFence {
			continue
		}
		if rows, next := mdTable(s, lines, i); rows != nil {
			flush()
			a.Blocks = append(a.Blocks, rows...)
			i = next - 1
			continue
		}
		switch {
		case t == "":
			flush()
		case strings.HasPrefix(t, "#"):
			flush()
			level := 0
			for level < len(t) && t[level] == '#' {
				level++
			}
			if level > 6 || (level < len(t) && t[level] != ' ') {
				para = append(para, l)
				continue
			}
			hs, he := trimSpan(s, l.start+level, l.end)
			for he > hs && s[he-1] == '#' { // closing hashes
				he--
			}
			hs, he = trimSpan(s, hs, he)
			if he <= hs {
				continue
			}
			// The first H1 is the title; under a front matter title of
			// the same words it is that title again, not a heading.
			if level == 1 && !sawTitle && (a.Title == "" || strings.EqualFold(a.Title, s[hs:he])) {
				sawTitle = true
				a.Title = s[hs:he]
				a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockTitle, Span: article.Span{Start: hs, End: he}})
				continue
			}
			a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockHeading, Level: level, Span: article.Span{Start: hs, End: he}})
		case strings.HasPrefix(t, ">"):
			flush()
			qs, qe := trimSpan(s, l.start+1, l.end)
			if n := len(a.Blocks); n > 0 && a.Blocks[n-1].Kind == article.BlockQuote && i > 0 && lines[i-1].end > lines[i-1].start &&
				strings.HasPrefix(s[lines[i-1].start:lines[i-1].end], ">") {
				q := &a.Blocks[n-1]
				if len(q.Cells) == 0 {
					q.Cells = []article.Span{q.Span}
				}
				if qe > qs {
					q.Cells = append(q.Cells, article.Span{Start: qs, End: qe})
					q.End = qe
				}
				continue
			}
			if qe > qs {
				a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockQuote, Span: article.Span{Start: qs, End: qe}})
			}
		case listMarker(t) > 0:
			flush()
			ls, le := trimSpan(s, l.start+listMarker(t), l.end)
			if le > ls {
				a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockListItem, Span: article.Span{Start: ls, End: le}})
			}
		case strings.HasPrefix(t, "!["):
			flush()
			if end := strings.Index(t, "]("); end > 2 {
				a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockImage, Span: article.Span{Start: l.start + 2, End: l.start + end},
					URL: strings.TrimSuffix(t[end+2:], ")")})
				continue
			}
			para = append(para, l)
		default:
			para = append(para, l)
		}
	}
	flush()
	if a.Title == "" {
		for k, b := range a.Blocks {
			if b.Kind == article.BlockParagraph || b.Kind == article.BlockHeading {
				t := a.Body[b.Start:b.End]
				if nl := strings.IndexByte(t, '\n'); nl >= 0 {
					t = t[:nl]
				}
				a.Title = TruncateRunes(t, 120)
				if len(t) == b.Len() && k == 0 {
					a.Blocks[k].Kind = article.BlockTitle
				}
				break
			}
		}
	}
	if a.Title == "" {
		return nil, ErrEmpty
	}
	moveByline(a)
	return a, nil
}

// mdTable reads a pipe table (a header row, a delimiter row such as
// "|---|:--:|", then rows until a line without a '|') starting at line i.
// It returns one BlockTableRow a row, the header first with Level 1, and
// the index of the line after the table; nil when no table starts at i.
func mdTable(s string, lines []line, i int) ([]article.Block, int) {
	if i+1 >= len(lines) {
		return nil, i
	}
	head := s[lines[i].start:lines[i].end]
	if !strings.Contains(head, "|") {
		return nil, i
	}
	delim := pipeCells(s, lines[i+1])
	if len(delim) == 0 || !strings.Contains(s[lines[i+1].start:lines[i+1].end], "|") {
		return nil, i
	}
	for _, c := range delim {
		d := strings.Trim(s[c.Start:c.End], ":")
		if d == "" || strings.Trim(d, "-") != "" {
			return nil, i
		}
	}
	cells := pipeCells(s, lines[i])
	if len(cells) != len(delim) {
		return nil, i
	}
	rows := []article.Block{{Kind: article.BlockTableRow, Level: 1, Span: article.Span{Start: lines[i].start, End: lines[i].end}, Cells: cells}}
	j := i + 2
	for ; j < len(lines); j++ {
		t := s[lines[j].start:lines[j].end]
		if t == "" || !strings.Contains(t, "|") {
			break
		}
		rows = append(rows, article.Block{Kind: article.BlockTableRow, Span: article.Span{Start: lines[j].start, End: lines[j].end},
			Cells: pipeCells(s, lines[j])})
	}
	return rows, j
}

// pipeCells splits a table line at its unescaped '|' and returns the
// trimmed spans of the cells, without the outer pipes.
func pipeCells(s string, l line) []article.Span {
	t := s[l.start:l.end]
	var out []article.Span
	from := 0
	if strings.HasPrefix(t, "|") {
		from = 1
	}
	for k := from; k <= len(t); k++ {
		if k < len(t) && (t[k] != '|' || (k > 0 && t[k-1] == '\\')) {
			continue
		}
		if k == len(t) && from == len(t) && strings.HasSuffix(t, "|") {
			break // the closing pipe
		}
		a, b := trimSpan(s, l.start+from, l.start+k)
		out = append(out, article.Span{Start: a, End: b})
		from = k + 1
	}
	return out
}

// listMarker returns the length of a list item marker at the start of t
// ("- ", "* ", "+ ", "12. "), or 0.
func listMarker(t string) int {
	if len(t) >= 2 && strings.ContainsRune("-*+", rune(t[0])) && t[1] == ' ' {
		return 2
	}
	n := 0
	for n < len(t) && n < 4 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n > 0 && n+1 < len(t) && (t[n] == '.' || t[n] == ')') && t[n+1] == ' ' {
		return n + 2
	}
	return 0
}

// frontMatter reads a YAML front matter block (a small subset: "key:
// value" lines and "- item" lists) into a, and returns the index of the
// first line after it.
func frontMatter(a *article.Article, lines []line) int {
	s := a.Body
	if len(lines) < 2 || s[lines[0].start:lines[0].end] != "---" {
		return 0
	}
	key := ""
	for i := 1; i < len(lines); i++ {
		t := s[lines[i].start:lines[i].end]
		if t == "---" || t == "..." {
			return i + 1
		}
		if strings.HasPrefix(t, "- ") && key != "" {
			setMeta(a, key, unquote(t[2:]))
			continue
		}
		k, v, ok := strings.Cut(t, ":")
		if !ok {
			continue
		}
		key = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
			for _, item := range strings.Split(v[1:len(v)-1], ",") {
				setMeta(a, key, unquote(item))
			}
			continue
		}
		if v != "" {
			setMeta(a, key, unquote(v))
		}
	}
	return 0 // no closing line: not front matter
}

func setMeta(a *article.Article, key, v string) {
	if v == "" {
		return
	}
	switch key {
	case "title":
		a.Title = v
	case "source", "publisher", "site":
		a.Source = v
	case "url", "link":
		a.URL = v
	case "author", "authors", "byline":
		a.Authors = append(a.Authors, splitAuthors(v)...)
	case "date", "published":
		if d, ok := parseDate(v); ok {
			a.Date = d
		}
	}
}

func unquote(v string) string {
	v = strings.TrimSpace(v)
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		v = v[1 : len(v)-1]
	}
	return v
}

// TruncateRunes shortens s to at most n runes, adding an ellipsis.
func TruncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

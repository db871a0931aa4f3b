package article

import (
	"net/url"
	"strings"
)

// Link is an inline link in an article's text: the span of its visible
// text, the span of the whole link syntax around it, and its target.
type Link struct {
	Text   Span   `json:"text"`
	Syntax Span   `json:"syntax"`
	URL    string `json:"url"`
}

// InlineLinks returns the inline links of an article, in order: for
// Markdown, those of its blocks' text, "[text](url)" and
// "[text](url "title")" (images "![…](…)", escaped brackets and targets
// that are not http(s) or mailto URLs are not links); for other formats,
// the links its blocks kept (an HTML page's <a href> in a paragraph).
func (a *Article) InlineLinks() []Link {
	if a.Format != FormatMarkdown {
		var out []Link
		for _, b := range a.Blocks {
			for _, l := range b.Links {
				if l.Text.Start >= 0 && l.Text.End <= len(a.Body) && l.Text.Start < l.Text.End {
					out = append(out, l)
				}
			}
		}
		return out
	}
	var out []Link
	for _, b := range a.Blocks {
		switch b.Kind {
		case BlockParagraph, BlockListItem, BlockQuote, BlockHeading, BlockCaption:
		default:
			continue
		}
		if b.Start < 0 || b.End > len(a.Body) || b.Start >= b.End {
			continue
		}
		out = append(out, markdownLinks(a.Body, b.Span)...)
	}
	return out
}

// markdownLinks finds the inline links within sp of body.
func markdownLinks(body string, sp Span) []Link {
	var out []Link
	s := body[:sp.End]
	for i := sp.Start; i < sp.End; i++ {
		if s[i] != '[' || (i > 0 && (s[i-1] == '\\' || s[i-1] == '!')) {
			continue
		}
		// The text: up to the matching ']' on balanced brackets.
		depth, j := 0, i
		for ; j < sp.End; j++ {
			switch {
			case s[j] == '\\':
				j++
			case s[j] == '[':
				depth++
			case s[j] == ']':
				depth--
			}
			if depth == 0 {
				break
			}
		}
		if j+1 >= sp.End || s[j] != ']' || s[j+1] != '(' {
			continue
		}
		end := strings.IndexByte(s[j+2:], ')')
		if end < 0 {
			continue
		}
		dest := strings.TrimSpace(s[j+2 : j+2+end])
		if k := strings.IndexAny(dest, " \t"); k >= 0 {
			dest = dest[:k] // a title after the URL
		}
		dest = strings.Trim(dest, "<>")
		if !LinkTarget(dest) || i+1 == j {
			continue
		}
		out = append(out, Link{Text: Span{i + 1, j}, Syntax: Span{i, j + 3 + end}, URL: dest})
		i = j + 2 + end
	}
	return out
}

// LinkTarget reports whether u is an address a browser can open.
func LinkTarget(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch p.Scheme {
	case "http", "https":
		return p.Host != ""
	case "mailto":
		return p.Opaque != ""
	}
	return false
}

package reader

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

// InlineLinks returns the inline links of a Markdown article's blocks,
// "[text](url)" and "[text](url "title")", in order; images ("![…](…)"),
// escaped brackets and targets that are not http(s) or mailto URLs are
// not links. Other formats keep no inline links and give none.
func (a *Article) InlineLinks() []Link {
	if a.Format != FormatMarkdown {
		return nil
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
		if !linkTarget(dest) || i+1 == j {
			continue
		}
		out = append(out, Link{Text: Span{i + 1, j}, Syntax: Span{i, j + 3 + end}, URL: dest})
		i = j + 2 + end
	}
	return out
}

// linkTarget reports whether u is an address a browser can open.
func linkTarget(u string) bool {
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

package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader/article"
)

// titleSeps are what sites put between a headline and their name.
var titleSeps = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • "}

// trimSiteName takes a site's name off a page title ("Rail strike called
// off | Example Times"): the part after the last separator goes when it is
// the site's name (site), the page's host, or when the page's own headline
// (h1) is the part before it.
func trimSiteName(title, site, host, h1 string) string {
	for _, sep := range titleSeps {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if head == "" || tail == "" {
			continue
		}
		if (site != "" && strings.EqualFold(tail, site)) || (h1 != "" && strings.EqualFold(head, h1)) ||
			(host != "" && sameSite(tail, host)) {
			return head
		}
	}
	return title
}

// sameSite reports whether a name reads as a host's name ("Example Times"
// for www.exampletimes.com).
func sameSite(name, host string) bool {
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	if i := strings.IndexByte(host, '.'); i > 0 {
		host = host[:i]
	}
	var sb strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return len(host) >= 3 && sb.String() == host
}

// roleWords mark the part of a byline after the name ("Local Democracy
// Reporter").
var roleWords = []string{"reporter", "correspondent", "editor", "writer", "staff", "contributor",
	"columnist", "analyst", "producer", "journalist", "photographer", "critic", "reporting"}

// bylineNames reads the names in a byline paragraph ("By Priya Natarajan,
// Local Democracy Reporter"), or nil when the text is not a byline.
func bylineNames(t string) []string {
	if len(t) < 4 || len(t) > 160 || !strings.EqualFold(t[:3], "by ") || strings.ContainsAny(t, "\"“”\n") {
		return nil
	}
	rest := strings.TrimSpace(t[3:])
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsUpper(r) || len(strings.Fields(rest)) > 14 {
		return nil
	}
	if strings.HasSuffix(rest, ".") && !strings.HasSuffix(strings.Fields(rest)[len(strings.Fields(rest))-1], "r.") {
		return nil // a sentence ("By then it was over.")
	}
	var names []string
	for _, p := range splitAuthors(rest) {
		lp := strings.ToLower(p)
		role := false
		for _, w := range roleWords {
			role = role || strings.Contains(lp, w)
		}
		if !role {
			names = append(names, p)
		}
	}
	for _, n := range names {
		if len(strings.Fields(n)) > 4 {
			return nil
		}
	}
	return names
}

// moveByline finds a byline paragraph among the first blocks of the text
// and makes it the article's byline, so it shows in the header and not
// again as the first paragraph.
func moveByline(a *article.Article) {
	seen := 0
	for k := range a.Blocks {
		b := &a.Blocks[k]
		switch b.Kind {
		case article.BlockTitle, article.BlockSource, article.BlockDate, article.BlockImage, article.BlockCaption:
			continue
		case article.BlockByline:
			return
		}
		if seen++; seen > 3 {
			return
		}
		if b.Kind != article.BlockParagraph {
			continue
		}
		names := bylineNames(a.Body[b.Start:b.End])
		if len(names) == 0 {
			continue
		}
		b.Kind = article.BlockByline
		if len(a.Authors) == 0 {
			a.Authors = names
		}
		return
	}
}

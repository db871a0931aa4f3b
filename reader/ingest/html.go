package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/byline/byline/reader/article"
)

// ErrNoContent is returned by ParseHTML for a page with no readable text.
var ErrNoContent = errors.New("html: no readable text found")

// maxHTMLElements bounds the work readability does on one page.
const maxHTMLElements = 200000

// ParseHTML extracts the main content of a web page into an Article.
// pageURL is where the page came from; it resolves relative links and
// becomes the Article's URL. When it is empty (a saved file), the URL is
// the page's canonical address, if it gives an absolute one.
//
// The Body is text built from the page: the title, the byline, then one
// block per heading, paragraph, block quotation, list item, image
// description and caption, separated by blank lines. Every Block's Span
// points into that Body. raw must be UTF-8 (see Decode).
func ParseHTML(raw []byte, pageURL string) (a *article.Article, err error) {
	if err := CheckText(raw); err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, fmt.Errorf("html: extraction failed: %v", r)
		}
	}()
	base, _ := url.Parse(pageURL)
	if base != nil && (base.Scheme == "" || base.Host == "") {
		base = nil
	}
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, htmlParseError(err)
	}
	h1 := firstH1(doc)
	canonical := canonicalURL(doc)
	p := readability.NewParser()
	p.KeepClasses = true
	p.MaxElemsToParse = maxHTMLElements
	ra, rerr := p.ParseAndMutate(doc, base)

	b := newHTMLBuilder(base)
	title := ""
	if rerr == nil {
		title = cleanText(ra.Title())
	}
	if title == "" {
		title = pageTitle(raw)
	}
	title = trimSiteName(title, siteName(ra, rerr), pageHost(base, canonical), h1)
	b.title = title
	if rerr == nil && ra.Node != nil {
		b.walk(ra.Node)
		b.flush()
	}
	if !b.hasContent() {
		// Readability found nothing: take the page's body, less its chrome.
		doc, err := html.Parse(bytes.NewReader(raw))
		if err != nil {
			return nil, htmlParseError(err)
		}
		b = newHTMLBuilder(base)
		b.title = title
		b.chrome = true
		b.walk(doc)
		b.flush()
	}
	if !b.hasContent() {
		return nil, ErrNoContent
	}
	var authors []string
	if rerr == nil {
		authors = bylineAuthors(ra.Byline())
	}
	art := b.article(title, authors)
	art.Format = article.FormatHTML
	if base != nil {
		art.URL = base.String()
		if sameHost(canonical, base) {
			art.URL = canonical // the page's own address, without tracking parameters
		}
	} else {
		art.URL = canonical // a saved page still dedupes with the live one
	}
	if rerr == nil {
		art.Source = cleanText(ra.SiteName())
		if d, err := ra.PublishedTime(); err == nil {
			art.Date = d
		}
	}
	if art.Date.IsZero() {
		art.Date = b.date
	}
	moveByline(art)
	return sanitize(art), nil
}

// FeedLinks returns the feeds a page announces with <link rel="alternate"
// type="application/rss+xml"> (or Atom, or JSON Feed), as absolute URLs
// when pageURL is given, in page order.
func FeedLinks(raw []byte, pageURL string) []string {
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil
	}
	b := newHTMLBuilder(nil)
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		b.base = u
	}
	var out []string
	var rec func(n *html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Link &&
			strings.Contains(strings.ToLower(htmlAttr(n, "rel")), "alternate") {
			switch strings.ToLower(strings.TrimSpace(htmlAttr(n, "type"))) {
			case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json":
				if href := strings.TrimSpace(htmlAttr(n, "href")); href != "" {
					out = append(out, b.resolve(href))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(doc)
	return out
}

// htmlParseError words an error of the HTML parser (which starts its own
// messages with "html: ").
func htmlParseError(err error) error {
	if strings.HasPrefix(err.Error(), "html: ") {
		return fmt.Errorf("broken HTML: %w", err)
	}
	return fmt.Errorf("html: %w", err)
}

// canonicalURL returns the absolute http(s) URL a page gives for itself
// in <link rel="canonical"> or <meta property="og:url">, or "".
func canonicalURL(doc *html.Node) string {
	var canon, og string
	var rec func(n *html.Node)
	rec = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Body:
				return
			case n.DataAtom == atom.Link && canon == "" && strings.EqualFold(strings.TrimSpace(htmlAttr(n, "rel")), "canonical"):
				canon = htmlAttr(n, "href")
			case n.DataAtom == atom.Meta && og == "" && htmlAttr(n, "property") == "og:url":
				og = htmlAttr(n, "content")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c)
		}
	}
	rec(doc)
	for _, c := range []string{canon, og} {
		c = strings.TrimSpace(c)
		if u, err := url.Parse(c); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
			return u.String()
		}
	}
	return ""
}

// pageTitle returns the text of the page's first <title> or <h1>.
func pageTitle(raw []byte) string {
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return ""
	}
	var find func(n *html.Node, a atom.Atom) string
	find = func(n *html.Node, a atom.Atom) string {
		if n.Type == html.ElementNode && n.DataAtom == a {
			return cleanText(textOf(n))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if t := find(c, a); t != "" {
				return t
			}
		}
		return ""
	}
	if t := find(doc, atom.Title); t != "" {
		return t
	}
	return find(doc, atom.H1)
}

// bylineAuthors splits a byline ("By Jane Doe and John Roe") into names.
func bylineAuthors(s string) []string {
	s = cleanText(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	if s == "" || len(s) > 200 {
		return nil
	}
	return splitAuthors(s)
}

// htmlBuilder turns a content DOM into an Article's Body and Blocks.
type htmlBuilder struct {
	base   *url.URL
	title  string
	chrome bool // skip page chrome (nav, header, footer, aside, forms)

	body   strings.Builder
	blocks []article.Block

	run      strings.Builder   // inline text of the block being read
	kind     article.BlockKind // kind of the block being read
	level    int
	links    int    // links in the run
	linkURL  string // href of the run's only link
	runLinks []runLink
	inLink   int
	outside  bool // the run has text outside any link
	sawTitle bool
	date     time.Time // the first dateline met
}

func newHTMLBuilder(base *url.URL) *htmlBuilder {
	return &htmlBuilder{base: base, kind: article.BlockParagraph}
}

// hasContent reports whether any block other than the title was built.
func (b *htmlBuilder) hasContent() bool { return len(b.blocks) > 0 }

// article assembles the Article: title and byline blocks first, then the
// content blocks, each written into Body separated by blank lines.
func (b *htmlBuilder) article(title string, authors []string) *article.Article {
	a := &article.Article{Title: title, Authors: authors}
	var sb strings.Builder
	add := func(kind article.BlockKind, text string) article.Span {
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		s := article.Span{Start: sb.Len(), End: sb.Len() + len(text)}
		sb.WriteString(text)
		if kind >= 0 {
			a.Blocks = append(a.Blocks, article.Block{Kind: kind, Span: s})
		}
		return s
	}
	if title != "" {
		add(article.BlockTitle, title)
	}
	if len(authors) > 0 {
		add(article.BlockByline, "By "+strings.Join(authors, ", "))
	}
	off := 0
	if sb.Len() > 0 {
		sb.WriteString("\n\n")
		off = sb.Len()
	}
	sb.WriteString(b.body.String())
	for _, bl := range b.blocks {
		bl.Start += off
		bl.End += off
		if bl.CreditSpan != (article.Span{}) {
			bl.CreditSpan.Start += off
			bl.CreditSpan.End += off
		}
		if len(bl.Cells) > 0 {
			cells := make([]article.Span, len(bl.Cells))
			for k, c := range bl.Cells {
				cells[k] = article.Span{Start: c.Start + off, End: c.End + off}
			}
			bl.Cells = cells
		}
		if len(bl.Links) > 0 {
			links := make([]article.Link, len(bl.Links))
			for k, l := range bl.Links {
				l.Text = article.Span{Start: l.Text.Start + off, End: l.Text.End + off}
				l.Syntax = l.Text
				links[k] = l
			}
			bl.Links = links
		}
		a.Blocks = append(a.Blocks, bl)
	}
	a.Body = sb.String()
	return a
}

// emit writes text as a new block and returns its span.
func (b *htmlBuilder) emit(kind article.BlockKind, text string) article.Span {
	if b.body.Len() > 0 {
		b.body.WriteString("\n\n")
	}
	s := article.Span{Start: b.body.Len(), End: b.body.Len() + len(text)}
	b.body.WriteString(text)
	return s
}

// flush ends the block being read, if it has any text.
func (b *htmlBuilder) flush() {
	text := cleanText(b.run.String())
	kind, level := b.kind, b.level
	links, linkURL, outside, runLinks := b.links, b.linkURL, b.outside, b.runLinks
	b.run.Reset()
	b.links, b.linkURL, b.outside, b.runLinks = 0, "", false, nil
	if text == "" {
		return
	}
	if kind == article.BlockHeading && !b.sawTitle && level <= 2 && strings.EqualFold(text, b.title) {
		b.sawTitle = true // readability keeps the headline in the content
		return
	}
	bl := article.Block{Kind: kind, Level: level}
	if (kind == article.BlockParagraph || kind == article.BlockListItem) && links == 1 && !outside && linkURL != "" &&
		isLinkLine(text) {
		bl.Kind, bl.URL = article.BlockRelated, linkURL
	}
	if kind == article.BlockParagraph {
		if d, ok := parseDate(text); ok {
			bl.Kind = article.BlockDate
			if b.date.IsZero() {
				b.date = d
			}
		}
	}
	bl.Span = b.emit(bl.Kind, text)
	if bl.Kind != article.BlockRelated {
		bl.Links = placeLinks(text, bl.Start, runLinks)
	}
	if bl.Kind != article.BlockHeading {
		bl.Level = 0
	}
	b.blocks = append(b.blocks, bl)
}

// isLinkLine reports whether the text of a block that is all one link
// reads as a headline (a related story) rather than a sentence.
func isLinkLine(t string) bool {
	if strings.ContainsRune(t, '\n') || len(strings.Fields(t)) > 16 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".,;:", r)
}

// with reads n's children as blocks of the given kind.
func (b *htmlBuilder) with(n *html.Node, kind article.BlockKind, level int) {
	b.flush()
	pk, pl := b.kind, b.level
	b.kind, b.level = kind, level
	b.children(n)
	b.flush()
	b.kind, b.level = pk, pl
}

func (b *htmlBuilder) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.walk(c)
	}
}

// walk reads a node of the content DOM.
func (b *htmlBuilder) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		b.text(n.Data)
		return
	case html.DocumentNode:
		b.children(n)
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Iframe,
		atom.Object, atom.Embed, atom.Canvas, atom.Button, atom.Input, atom.Select, atom.Textarea,
		atom.Head, atom.Video, atom.Audio, atom.Picture, atom.Source:
		if n.DataAtom == atom.Picture {
			b.pictures(n)
		}
		return
	case atom.Nav, atom.Menu, atom.Dialog:
		return
	case atom.Form, atom.Header, atom.Footer, atom.Aside:
		if b.chrome {
			return
		}
		b.block(n)
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.with(n, article.BlockHeading, int(n.Data[1]-'0'))
	case atom.P:
		switch b.kind {
		case article.BlockQuote, article.BlockListItem, article.BlockCaption:
			b.with(n, b.kind, 0)
		default: // a <p> left open inside a heading by broken markup
			b.with(n, article.BlockParagraph, 0)
		}
	case atom.Blockquote:
		b.with(n, article.BlockQuote, 0)
	case atom.Li, atom.Dd, atom.Dt:
		if b.kind == article.BlockQuote {
			b.block(n)
			return
		}
		b.with(n, article.BlockListItem, 0)
	case atom.Figure:
		b.flush()
		b.figure(n)
	case atom.Img:
		b.flush()
		b.image(n, "")
	case atom.Figcaption:
		b.with(n, article.BlockCaption, 0)
	case atom.Br:
		b.run.WriteRune('\u2028')
	case atom.Hr:
		b.flush()
	case atom.A:
		b.link(n)
	case atom.Table:
		if rows := tableRows(n); rows != nil {
			b.table(rows)
			return
		}
		b.block(n)
	case atom.Tr:
		b.flush()
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.walk(c)
			b.run.WriteByte(' ')
		}
		b.flush()
	case atom.Td, atom.Th, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.U, atom.S,
		atom.Small, atom.Sub, atom.Sup, atom.Mark, atom.Abbr, atom.Cite, atom.Q, atom.Code,
		atom.Time, atom.Font, atom.Label, atom.Del, atom.Ins, atom.Kbd, atom.Var, atom.Dfn, atom.Bdi, atom.Bdo, atom.Data:
		b.children(n)
	default:
		// div, section, article, main, ul, ol, table, pre and unknown
		// elements: a boundary between blocks.
		b.block(n)
	}
}

func (b *htmlBuilder) block(n *html.Node) {
	b.flush()
	b.children(n)
	b.flush()
}

func (b *htmlBuilder) link(n *html.Node) {
	href := htmlAttr(n, "href")
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") {
		b.children(n)
		return
	}
	b.links++
	target := b.resolve(href)
	if b.links == 1 {
		b.linkURL = target
	}
	if t := cleanText(textOf(n)); t != "" && article.LinkTarget(target) {
		b.runLinks = append(b.runLinks, runLink{t, target})
	}
	b.inLink++
	b.children(n)
	b.inLink--
}

// runLink is a link met in the block being read: its text and target.
type runLink struct{ text, url string }

// placeLinks finds the links of a block in its cleaned text, in order,
// and returns them with their spans in Body (the block starts at start).
func placeLinks(text string, start int, links []runLink) []article.Link {
	var out []article.Link
	cur := 0
	for _, l := range links {
		i := strings.Index(text[cur:], l.text)
		if i < 0 {
			continue
		}
		s := article.Span{Start: start + cur + i, End: start + cur + i + len(l.text)}
		out = append(out, article.Link{Text: s, Syntax: s, URL: l.url})
		cur += i + len(l.text)
	}
	return out
}

func (b *htmlBuilder) text(s string) {
	if b.inLink == 0 && strings.TrimSpace(s) != "" {
		b.outside = true
	}
	b.run.WriteString(s)
}

func (b *htmlBuilder) resolve(ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil {
		return ""
	}
	if b.base != nil {
		u = b.base.ResolveReference(u)
	}
	return u.String()
}

// pictures reads the <img> inside a <picture>.
func (b *htmlBuilder) pictures(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Img {
			b.flush()
			b.image(c, "")
		}
	}
}

// image writes an image's description (its alt text). With a credit, the
// credit goes on a line after the description and the block carries it.
func (b *htmlBuilder) image(n *html.Node, credit string) {
	alt := cleanText(htmlAttr(n, "alt"))
	if alt == "" && credit == "" {
		return
	}
	bl := article.Block{Kind: article.BlockImage, URL: b.resolve(htmlAttr(n, "src"))}
	text := alt
	if credit != "" {
		if text != "" {
			text += "\n"
		}
		text += credit
	}
	s := b.emit(article.BlockImage, text)
	bl.Span = article.Span{Start: s.Start, End: s.Start + len(alt)}
	if credit != "" {
		bl.Credit = credit
		bl.CreditSpan = article.Span{Start: s.End - len(credit), End: s.End}
	}
	b.blocks = append(b.blocks, bl)
}

// figure reads a <figure>: its images with their credit, then its
// caption without the credit.
func (b *htmlBuilder) figure(n *html.Node) {
	var imgs []*html.Node
	var caption *html.Node
	credit := ""
	var loose []string // text outside the caption, such as a bare credit
	var visit func(c *html.Node, inCaption bool)
	visit = func(c *html.Node, inCaption bool) {
		if c.Type == html.TextNode && !inCaption {
			if t := cleanText(c.Data); t != "" {
				loose = append(loose, t)
			}
			return
		}
		if c.Type != html.ElementNode {
			return
		}
		switch {
		case c.DataAtom == atom.Img:
			imgs = append(imgs, c)
			return
		case c.DataAtom == atom.Figcaption && caption == nil:
			caption, inCaption = c, true
		case isCredit(c):
			if credit == "" {
				credit = creditText(c)
			}
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			visit(k, inCaption)
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		visit(c, false)
	}
	if len(imgs) == 0 {
		b.children(n) // a figure for a pull quote, a table or a video
		b.flush()
		return
	}
	capText := ""
	if caption != nil {
		capText = cleanText(textSkipping(caption, isCredit))
		if credit == "" {
			capText, credit = splitCredit(capText)
		}
	}
	if credit == "" && len(loose) == 1 && len(strings.Fields(loose[0])) <= 6 {
		credit = creditText(&html.Node{Type: html.TextNode, Data: loose[0]})
	}
	for i, img := range imgs {
		c := ""
		if i == 0 {
			c = credit
		}
		b.image(img, c)
	}
	if capText != "" {
		b.blocks = append(b.blocks, article.Block{Kind: article.BlockCaption, Span: b.emit(article.BlockCaption, capText)})
	}
}

// isCredit reports whether an element holds a photo credit, by its class.
func isCredit(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	cls := strings.ToLower(htmlAttr(n, "class") + " " + htmlAttr(n, "itemprop"))
	for _, w := range []string{"credit", "copyright", "attribution", "photographer", "image-source"} {
		if strings.Contains(cls, w) {
			return true
		}
	}
	return false
}

func creditText(n *html.Node) string {
	t := cleanText(textOf(n))
	t = reCreditLead().ReplaceAllString(t, "")
	return strings.TrimSpace(strings.Trim(t, "()[]"))
}

var (
	reCreditLead = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)^\s*[(\[]?\s*(?:(?:photo(?:graph)?|image|picture|pic|credit|source)s?(?:\s+credit)?\s*[:/|]|©|\(c\)|copyright)\s*`)
	})
	reCreditTail = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\s*[(\[]?\s*(?:(?:photo(?:graph)?|image|picture|pic|credit|source)s?(?:\s+credit)?\s*[:/|]|©|\(c\))\s*([^()\[\]]{2,80}?)\s*[)\]]?\s*$`)
	})
)

// splitCredit takes a trailing credit off a caption ("... (Photo: Jane
// Doe/Reuters)", "... © AFP").
func splitCredit(caption string) (string, string) {
	m := reCreditTail().FindStringSubmatchIndex(caption)
	if m == nil {
		return caption, ""
	}
	return strings.TrimSpace(caption[:m[0]]), strings.TrimSpace(caption[m[2]:m[3]])
}

func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string { return textSkipping(n, nil) }

// textSkipping returns the text under n, leaving out the subtrees skip
// picks, with a space for each <br>.
func textSkipping(n *html.Node, skip func(*html.Node) bool) string {
	var sb strings.Builder
	var rec func(c *html.Node)
	rec = func(c *html.Node) {
		if skip != nil && c != n && skip(c) {
			return
		}
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				sb.WriteByte(' ')
			}
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k)
		}
	}
	rec(n)
	return sb.String()
}

// cleanText collapses runs of white space to one space, drops control
// characters and trims. A line separator (U+2028, written for <br>)
// becomes one "\n".
func cleanText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space, nl := false, false
	for _, r := range s {
		switch {
		case r == '\u2028':
			nl = true
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			space = true
		case unicode.IsControl(r) || r == utf8.RuneError:
			space = true
		default:
			if sb.Len() > 0 {
				if nl {
					sb.WriteByte('\n')
				} else if space {
					sb.WriteByte(' ')
				}
			}
			space, nl = false, false
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

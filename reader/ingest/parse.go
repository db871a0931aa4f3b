// Package ingest reads raw input (plain text, Markdown, HTML, RSS, Atom
// and JSON feeds, in any declared charset) into an article.Article: its
// body text and blocks, title, byline, source and date.
//
// Like the rest of package reader, it is a pure function of its input: no
// network, no database, no terminal.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader/textsafe"

	"github.com/byline/byline/reader/article"
)

// MaxArticleSize is the largest input Parse accepts, in bytes.
const MaxArticleSize = 8 << 20

// Errors returned by Parse for input that is not an article.
var (
	ErrEmpty    = errors.New("empty input: no article text")
	ErrBinary   = errors.New("binary data, not text")
	ErrNotUTF8  = errors.New("text is not valid UTF-8")
	ErrTooLarge = fmt.Errorf("larger than %d MiB", MaxArticleSize>>20)
)

// Parse turns raw input into an Article. name is the file name or URL the
// input came from; its extension picks Markdown (".md", ".markdown") over
// plain text when the content does not say otherwise.
//
// The returned Article's Body is raw as given, so every offset in it is a
// byte offset into the input.
func Parse(raw []byte, name string) (*article.Article, error) {
	if err := CheckText(raw); err != nil {
		return nil, err
	}
	// Control characters and escape sequences are blanked, keeping every
	// offset (see sanitize).
	s := textsafe.Blank(string(raw))
	blanked := s != string(raw)
	if isMarkdown(raw, name) {
		return sanitizeParsed(blanked)(parseMarkdown(s))
	}
	return sanitizeParsed(blanked)(parseText(s))
}

// sanitizeParsed sanitizes the article a parser returned; when the input
// was blanked, the fields read from it lose the runs of spaces left.
func sanitizeParsed(blanked bool) func(*article.Article, error) (*article.Article, error) {
	return func(a *article.Article, err error) (*article.Article, error) {
		if a = sanitize(a); a != nil && blanked {
			collapse(a)
		}
		return a, err
	}
}

// CheckText reports why raw cannot be an article's text, or nil.
func CheckText(raw []byte) error {
	if len(raw) > MaxArticleSize {
		return ErrTooLarge
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(raw, bom))) == 0 {
		return ErrEmpty
	}
	if looksBinary(raw) {
		return ErrBinary
	}
	if !utf8.Valid(raw) {
		return ErrNotUTF8
	}
	return nil
}

var bom = []byte("\xef\xbb\xbf")

// looksBinary reports whether raw has a NUL byte or many control
// characters in its first few kilobytes.
func looksBinary(raw []byte) bool {
	head := raw
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	// ESC and BEL are left out: they are the bytes of escape sequences,
	// which a hostile text file holds and which are removed, not a sign
	// of binary data.
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b && c != 0x07 {
			ctl++
		}
	}
	return ctl*50 > len(head)
}

func isMarkdown(raw []byte, name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown":
		return true
	}
	return bytes.HasPrefix(bytes.TrimPrefix(raw, bom), []byte("---\n")) ||
		bytes.HasPrefix(bytes.TrimPrefix(raw, bom), []byte("# "))
}

// line is one line of the input, without its line ending.
type line struct{ start, end int }

// splitLines returns the lines of s with their byte offsets, the line
// ending (LF or CRLF) excluded, and leading/trailing spaces trimmed.
func splitLines(s string) []line {
	var out []line
	start := 0
	if strings.HasPrefix(s, string(bom)) {
		start = len(bom)
	}
	for start <= len(s) {
		nl := strings.IndexByte(s[start:], '\n')
		end := len(s)
		if nl >= 0 {
			end = start + nl
		}
		a, b := trimSpan(s, start, end)
		out = append(out, line{a, b})
		if nl < 0 {
			break
		}
		start = end + 1
	}
	return out
}

// trimSpan narrows [a, b) of s past white space (Unicode included).
func trimSpan(s string, a, b int) (int, int) {
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return a, b
}

// groups splits lines into runs of non-blank lines.
func groups(lines []line) [][]line {
	var out [][]line
	var cur []line
	for _, l := range lines {
		if l.start == l.end {
			if cur != nil {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if cur != nil {
		out = append(out, cur)
	}
	return out
}

func parseText(s string) (*article.Article, error) {
	a := &article.Article{Format: article.FormatText, Body: s}
	gs := groups(splitLines(s))
	if len(gs) == 0 {
		return nil, ErrEmpty
	}
	head := gs[0]
	title := head[0]
	a.Title = s[title.start:title.end]
	a.Blocks = append(a.Blocks, article.Block{Kind: article.BlockTitle, Span: article.Span{Start: title.start, End: title.end}})
	rest := gs[1:]
	p := &textParser{a: a}
	if len(head) > 1 {
		p.header(head[1:])
	} else if len(rest) > 0 && len(rest[0]) <= 3 && p.looksHeader(rest[0]) {
		// "Title", blank line, then a date or byline group.
		p.header(rest[0])
		rest = rest[1:]
	}
	for _, g := range rest {
		p.body(g)
	}
	p.markShortLines()
	if strings.TrimSpace(a.Title) == "" {
		return nil, ErrEmpty
	}
	return a, nil
}

type textParser struct {
	a *article.Article
}

func (p *textParser) text(l line) string { return p.a.Body[l.start:l.end] }

// looksHeader reports whether every line of g is a byline, source, date
// or image credit line rather than body text.
func (p *textParser) looksHeader(g []line) bool {
	for _, l := range g {
		t := p.text(l)
		if _, ok := parseDate(t); ok {
			continue
		}
		if _, ok := imageCredit(t); ok {
			continue
		}
		if !looksLikeName(strings.TrimPrefix(t, "By ")) && !looksLikeSource(t) {
			return false
		}
	}
	return true
}

// header classifies the lines that follow the title before the first
// blank line: authors, source, date, image credits.
func (p *textParser) header(g []line) {
	for i := 0; i < len(g); i++ {
		l := g[i]
		t := p.text(l)
		if n, ok := p.image(g, i); ok {
			i += n
			continue
		}
		if d, ok := parseDate(t); ok {
			if p.a.Date.IsZero() {
				p.a.Date = d
			}
			p.a.Blocks = append(p.a.Blocks, article.Block{Kind: article.BlockDate, Span: article.Span{Start: l.start, End: l.end}})
			continue
		}
		name := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "By "), "by "))
		if len(p.a.Authors) == 0 && p.a.Source == "" && looksLikeName(name) && !looksLikeSource(t) {
			p.a.Authors = splitAuthors(name)
			p.a.Blocks = append(p.a.Blocks, article.Block{Kind: article.BlockByline, Span: article.Span{Start: l.start, End: l.end}})
			continue
		}
		if p.a.Source == "" && (looksLikeSource(t) || len(strings.Fields(t)) <= 5) {
			p.a.Source = t
			p.a.Blocks = append(p.a.Blocks, article.Block{Kind: article.BlockSource, Span: article.Span{Start: l.start, End: l.end}})
			continue
		}
		p.paragraph(l, l)
	}
}

// image adds an image block for g[i] when it is a credited image line
// ("Getty Images Zelensky on the left.Getty Images"), and a caption block
// for the line after it. It returns how many extra lines it used.
func (p *textParser) image(g []line, i int) (int, bool) {
	l := g[i]
	c, ok := imageCredit(p.text(l))
	if !ok {
		return 0, false
	}
	desc := article.Span{Start: l.start + c.descStart, End: l.start + c.descEnd}
	p.a.Blocks = append(p.a.Blocks, article.Block{
		Kind: article.BlockImage, Span: desc,
		Credit: c.credit, CreditSpan: article.Span{Start: l.start, End: l.start + len(c.credit)},
	})
	if i+1 < len(g) {
		if _, again := imageCredit(p.text(g[i+1])); !again {
			n := g[i+1]
			p.a.Blocks = append(p.a.Blocks, article.Block{Kind: article.BlockCaption, Span: article.Span{Start: n.start, End: n.end}})
			return 1, true
		}
	}
	return 0, true
}

// body adds the blocks of one blank-line-separated group of lines.
func (p *textParser) body(g []line) {
	first := 0
	for i := 0; i < len(g); i++ {
		n, ok := p.image(g, i)
		if !ok {
			continue
		}
		if i > first {
			p.paragraph(g[first], g[i-1])
		}
		i += n
		first = i + 1
	}
	if first < len(g) {
		p.paragraph(g[first], g[len(g)-1])
	}
}

func (p *textParser) paragraph(from, to line) {
	p.a.Blocks = append(p.a.Blocks, article.Block{Kind: article.BlockParagraph, Span: article.Span{Start: from.start, End: to.end}})
}

// markShortLines turns short one-line paragraphs without closing
// punctuation into related-story links (when two or more stand together)
// or sub-headings (when alone).
func (p *textParser) markShortLines() {
	bs := p.a.Blocks
	short := func(b article.Block) bool {
		return b.Kind == article.BlockParagraph && isShortLine(p.a.Body[b.Start:b.End])
	}
	for i := 0; i < len(bs); {
		if !short(bs[i]) {
			i++
			continue
		}
		j := i
		for j < len(bs) && short(bs[j]) {
			j++
		}
		kind := article.BlockHeading
		if j-i >= 2 {
			kind = article.BlockRelated
		}
		if kind == article.BlockHeading && j == len(bs) {
			kind = article.BlockParagraph // a closing line such as a sign-off
		}
		for k := i; k < j; k++ {
			bs[k].Kind = kind
			if kind == article.BlockHeading {
				bs[k].Level = 2
			}
		}
		i = j
	}
}

// isShortLine reports whether t is a one-line title-like text: a few
// words, no line break, not ending as a sentence does.
func isShortLine(t string) bool {
	if strings.ContainsRune(t, '\n') {
		return false
	}
	n := len(fieldsN(t, 13))
	if n == 0 || n > 12 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	if strings.ContainsRune(".!?:;,\"'”’)]…", r) {
		return false
	}
	f, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(f) || unicode.IsDigit(f)
}

// credit is an image credit found in a line.
type credit struct {
	credit             string
	descStart, descEnd int
}

// imageCredit recognises the layout of a credited image line as pasted
// from a news page: the agency name, the description, and the agency name
// again glued to the end ("EPA Vladimir Putin at a meeting.EPA").
func imageCredit(t string) (credit, bool) {
	words := fieldsN(t, 5)
	for k := 1; k <= 4 && k < len(words); k++ {
		if !strings.HasSuffix(t, words[k-1]) {
			continue // the usual case: no need to join the words
		}
		c := strings.Join(words[:k], " ")
		if !strings.HasSuffix(t, c) || len(t) <= 2*len(c)+1 {
			continue
		}
		if !startsUpper(c) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(t[:len(t)-len(c)])
		if unicode.IsSpace(before) && !strings.HasPrefix(t[len(c):], " ") {
			continue
		}
		ds, de := trimSpan(t, len(c), len(t)-len(c))
		if de <= ds {
			continue
		}
		return credit{credit: c, descStart: ds, descEnd: de}, true
	}
	return credit{}, false
}

// fieldsN returns the first n words of t split as strings.Fields splits
// it, without looking at the rest: a paragraph is long, and its first
// words are enough for the layouts above.
func fieldsN(t string, n int) []string {
	out := make([]string, 0, n)
	for len(out) < n {
		t = strings.TrimLeftFunc(t, unicode.IsSpace)
		if t == "" {
			break
		}
		e := strings.IndexFunc(t, unicode.IsSpace)
		if e < 0 {
			e = len(t)
		}
		out = append(out, t[:e])
		t = t[e:]
	}
	return out
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// looksLikeName reports whether t reads as one or more people's names:
// two to four capitalised words each, joined by "and" or commas.
func looksLikeName(t string) bool {
	names := splitAuthors(t)
	if len(names) == 0 {
		return false
	}
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) < 2 || len(ws) > 4 {
			return false
		}
		for _, w := range ws {
			if !startsUpper(w) || strings.ContainsAny(w, ".!?:;0123456789") && !isInitial(w) {
				return false
			}
		}
	}
	return true
}

func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// splitAuthors splits "A and B", "A, B and C" into names.
func splitAuthors(t string) []string {
	t = strings.ReplaceAll(t, " & ", ", ")
	t = strings.ReplaceAll(t, " and ", ", ")
	var out []string
	for _, n := range strings.Split(t, ",") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// sourceWords are words that mark a line as a publisher's name.
var sourceWords = []string{"News", "Press", "Times", "Post", "Journal", "Herald", "Guardian",
	"Telegraph", "Reuters", "Associated", "Agency", "Wikinews", "Tribune", "Gazette", "Daily",
	"Media", "Broadcasting", "Radio", "Television", "TV", "Online", "Magazine", "Review", "Wire"}

func looksLikeSource(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		for _, s := range sourceWords {
			if w == s {
				return true
			}
		}
	}
	return false
}

var dateLayouts = []string{
	"Monday, January 2, 2006", "Monday, 2 January 2006", "January 2, 2006", "2 January 2006",
	"Jan 2, 2006", "2 Jan 2006", "2006-01-02", time.RFC3339, "2006-01-02 15:04",
	"2006-01-02T15:04:05", "Monday 2 January 2006", "Mon, 02 Jan 2006 15:04:05 MST",
	time.RFC1123Z,
}

// parseDate reads a date line in one of the common layouts.
func parseDate(t string) (time.Time, bool) {
	t = strings.TrimSpace(t)
	if len(t) > 40 || len(t) < 8 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if d, err := time.Parse(l, t); err == nil {
			return d, true
		}
	}
	return time.Time{}, false
}

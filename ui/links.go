package ui

import (
	"errors"
	"net/url"
	"os"
	osexec "os/exec"
	"runtime"
	"strconv"
	"strings"

	"github.com/byline/byline/reader"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// Links: the article's URL in the header (o opens it), and the links in
// the text numbered "[n]" (f then n opens one). With hyperlinks on, link
// text and URLs are OSC 8 hyperlinks, which terminals that know them make
// clickable and others ignore.

// docLink is a link in the text: the span of its text (in Body), its
// number's pseudo span, and its target.
type docLink struct {
	text, num reader.Span
	url       string
}

// link numbers the link of the text just written, when it has a target.
func (b *mdBuilder) link(text reader.Span, target string) {
	if target == "" {
		return
	}
	b.syntax(" ")
	n := b.decorate("[" + strconv.Itoa(len(b.links)+1) + "]")
	b.mark(n, markRelated)
	b.links = append(b.links, docLink{text: text, num: n, url: target})
}

// linkCell is a run of cells on a line that links to url.
type linkCell struct {
	from, to int
	url      string
}

// linkCells maps the links of the doc onto the rendering's lines.
func linkCells(r *rendered, links []docLink) map[int][]linkCell {
	if r == nil || len(links) == 0 {
		return nil
	}
	out := map[int][]linkCell{}
	for _, l := range links {
		for _, sp := range []reader.Span{l.text, l.num} {
			r.spanCells(sp, func(line, from, to int) {
				out[line] = append(out[line], linkCell{from, to, l.url})
			})
		}
	}
	return out
}

// hyperlink wraps the cells [from, to) of a painted line in OSC 8.
func hyperlink(line string, cells []linkCell) string {
	// From the right, so earlier cell positions stay valid.
	for i := len(cells) - 1; i >= 0; i-- {
		c := cells[i]
		if c.to <= c.from {
			continue
		}
		head := ansi.Truncate(line, c.from, "")
		mid := ansi.TruncateLeft(ansi.Truncate(line, c.to, ""), c.from, "")
		tail := ansi.TruncateLeft(line, c.to, "")
		line = head + ansi.SetHyperlink(c.url) + mid + ansi.ResetHyperlink() + tail
	}
	return line
}

// shortURL returns u whole when it fits in w cells, else its host.
func shortURL(u string, w int) string {
	if ansi.StringWidth(u) <= w {
		return u
	}
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		return ansi.Truncate(strings.TrimPrefix(p.Host, "www."), w, "…")
	}
	return ansi.Truncate(u, w, "…")
}

// openURL returns the Cmd that opens u with the configured opener.
func (m *readerModel) openURL(u string) tea.Cmd {
	if u == "" {
		return m.setStatus("this article has no address to open", true)
	}
	open := m.opt.Open
	if open == nil {
		opener := m.opt.settings().Opener
		open = func(u string) error { return runOpener(opener, u) }
	}
	return func() tea.Msg {
		if err := open(u); err != nil {
			return errMsg{err}
		}
		return statusMsg{"opened " + u}
	}
}

// openerCommand returns the command line that opens u: the configured
// opener, else $BROWSER (its first entry; %s stands for the URL), else
// xdg-open or open.
func openerCommand(opener, u string) []string {
	if opener == "" {
		if b := os.Getenv("BROWSER"); b != "" {
			opener = strings.Split(b, string(os.PathListSeparator))[0]
		}
	}
	if opener == "" {
		if runtime.GOOS == "darwin" {
			return []string{"open", u}
		}
		return []string{"xdg-open", u}
	}
	args := strings.Fields(opener)
	replaced := false
	for i, a := range args {
		if strings.Contains(a, "%s") {
			args[i] = strings.ReplaceAll(a, "%s", u)
			replaced = true
		}
	}
	if !replaced {
		args = append(args, u)
	}
	return args
}

// runOpener starts the opener on u without waiting for it, its output
// away from the screen.
func runOpener(opener, u string) error {
	args := openerCommand(opener, u)
	if len(args) == 0 {
		return errors.New("no opener")
	}
	cmd := osexec.Command(args[0], args[1:]...)
	if err := cmd.Start(); err != nil {
		return errors.New("open " + u + ": " + err.Error())
	}
	go func() { _ = cmd.Wait() }()
	return nil
}

// followKey handles the keys after f: digits choose a link, enter opens
// it, anything else cancels. It reports whether it used the key.
func (m *readerModel) followKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	if m.following == nil {
		return nil, false
	}
	links := m.article.Links()
	s := msg.String()
	if len(s) == 1 && s[0] >= '0' && s[0] <= '9' {
		*m.following += s
		n, _ := strconv.Atoi(*m.following)
		if n*10 > len(links) {
			return m.followLink(n), true
		}
		return m.setStatus("open link "+*m.following+"… (enter opens)", false), true
	}
	p := *m.following
	m.following = nil
	if msg.Type == tea.KeyEnter && p != "" {
		n, _ := strconv.Atoi(p)
		return m.followLink(n), true
	}
	return m.setStatus("no link opened", false), true
}

// followLink opens link n (from 1).
func (m *readerModel) followLink(n int) tea.Cmd {
	m.following = nil
	links := m.article.Links()
	if n < 1 || n > len(links) {
		return m.setStatus("no link "+strconv.Itoa(n)+" (this article has "+strconv.Itoa(len(links))+")", true)
	}
	return m.openURL(links[n-1].url)
}

// startFollow begins f: the next digits choose a link.
func (m *readerModel) startFollow() tea.Cmd {
	links := m.article.Links()
	if len(links) == 0 {
		return m.setStatus("no numbered links in this article", false)
	}
	empty := ""
	m.following = &empty
	return m.setStatus("open link: its number (1–"+strconv.Itoa(len(links))+")", false)
}

// spanLinks writes the body text of sp with each inline link inside it
// shown as its text, marked, and its number: "the [council](https://…)"
// reads "the council [1]".
func (b *mdBuilder) spanLinks(sp reader.Span) {
	cur := sp.Start
	piece := func(end int) {
		if end <= cur {
			return
		}
		b.text(cur, b.body[cur:end]) // keeps one space for trailing white space
	}
	for _, l := range b.inline {
		if l.Syntax.Start < cur || l.Syntax.End > sp.End {
			continue
		}
		piece(l.Syntax.Start)
		b.text(l.Text.Start, b.body[l.Text.Start:l.Text.End])
		b.mark(l.Text, markRelated)
		b.link(l.Text, l.URL)
		cur = l.Syntax.End
	}
	piece(sp.End)
}

package ui

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/atotto/clipboard"
	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/cite"
	"github.com/byline/byline/store"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// citeState is the reader's citing state: the format y copies in, the
// one-line chooser the footer shows (a format, an appearance), and the
// appearances elsewhere of the open article's quotes.
type citeState struct {
	format cite.Format
	chosen bool // format was chosen with c
	choice *choice
	// provID is the article prov is of; prov holds, by quote index, the
	// other articles quoting the same words, earliest first.
	provID int64
	prov   map[int][]store.Appearance
}

// choice is a one-line chooser in the footer: ←/→ (h/l, j/k) move, enter
// or a digit picks, esc closes.
type choice struct {
	title string
	items []string
	sel   int
	pick  func(i int) tea.Cmd
}

// The reader's citing keys: c chooses the format and copies, p lists the
// other articles that quote the selected quote.
var (
	citeFormatKey = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy as…"))
	provenanceKey = key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "quoted elsewhere"))
)

// formatLabels are the formats as the chooser and the status bar name
// them.
var formatLabels = map[cite.Format]string{
	cite.Markdown: "Markdown", cite.CSL: "CSL-JSON", cite.RIS: "RIS", cite.BibLaTeX: "BibLaTeX",
	cite.ClaimReview: "ClaimReview", cite.Annotation: "Web Annotation",
}

// citeFormat returns the format y copies in: the one last chosen with c,
// else Options.CiteFormat, else the config's cite_format, else Markdown.
func (m *readerModel) citeFormat() cite.Format {
	if !m.cite.chosen {
		if name := cmp.Or(m.opt.CiteFormat, m.opt.settings().CiteFormat); name != "" {
			if f, err := cite.ParseFormat(name); err == nil {
				return f
			}
		}
	}
	return m.cite.format
}

// citeKey handles the citing keys in the reader; ok is false for any
// other key.
func (m *readerModel) citeKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, citeFormatKey):
		fs := cite.Formats()
		c := &choice{title: "copy as"}
		for i, f := range fs {
			c.items = append(c.items, formatLabels[f])
			if f == m.citeFormat() {
				c.sel = i
			}
		}
		c.pick = func(i int) tea.Cmd {
			m.cite.format, m.cite.chosen = fs[i], true
			return m.copyAs(fs[i])
		}
		m.cite.choice = c
		return nil, true
	case key.Matches(msg, provenanceKey):
		return m.showAppearances(), true
	}
	return nil, false
}

// choiceKey handles a key while the chooser is open.
func (m *readerModel) choiceKey(msg tea.KeyMsg) tea.Cmd {
	c := m.cite.choice
	switch s := msg.String(); s {
	case "esc", "q":
		m.cite.choice = nil
	case "left", "h", "up", "k", "shift+tab":
		c.sel = (c.sel + len(c.items) - 1) % len(c.items)
	case "right", "l", "down", "j", "tab":
		c.sel = (c.sel + 1) % len(c.items)
	case "enter":
		m.cite.choice = nil
		return c.pick(c.sel)
	case "ctrl+c":
		return tea.Quit
	default:
		if len(s) == 1 && s[0] >= '1' && int(s[0]-'1') < len(c.items) {
			m.cite.choice = nil
			return c.pick(int(s[0] - '1'))
		}
	}
	return nil
}

// choiceView renders the chooser in width cells: the title, then the
// items numbered, the selected one marked; the items around the selected
// one when they do not all fit.
func (m *readerModel) choiceView(width int) string {
	c := m.cite.choice
	parts := make([]string, len(c.items))
	for i, it := range c.items {
		label := fmt.Sprintf("%d %s", i+1, oneLine(it))
		if i == c.sel {
			label = m.styles.App.Info.Render("[" + label + "]")
		}
		parts[i] = label
	}
	head := c.title + ": "
	tail := "  ←/→ enter esc"
	line := head + strings.Join(parts, "  ") + tail
	if ansi.StringWidth(line) > width {
		// One item at a time, with where it stands.
		line = head + fmt.Sprintf("%d/%d ", c.sel+1, len(c.items)) + parts[c.sel] + tail
	}
	return ansi.Truncate(line, width, "…")
}

// selectedQuote returns the index of the quote the reader has selected:
// the one the text marks, else the Quotes pane's when it has the focus;
// -1 when there is none (y then cites the article).
func (m *readerModel) selectedQuote() int {
	an := m.analysis()
	ref := itemRef{focusQuotes, -1}
	if m.focus == focusQuotes {
		ref = m.panes[focusQuotes].Selected()
	}
	if m.article.sel.pane == focusQuotes && m.article.sel.idx >= 0 {
		ref = m.article.sel
	}
	if ref.idx < 0 || ref.idx >= len(an.Quotes) {
		return -1
	}
	return ref.idx
}

// copyAs copies the selected quote's citation in format f, or the
// article's when no quote is selected.
func (m *readerModel) copyAs(f cite.Format) tea.Cmd {
	s := m.article.stored
	if s == nil {
		return nil
	}
	var ref *cite.Ref
	if i := m.selectedQuote(); i >= 0 {
		var err error
		if ref, err = cite.ForQuote(&s.Article, m.analysis(), i); err != nil {
			if errors.Is(err, cite.ErrNotSpeech) {
				return m.setStatus("not copied: this row is not speech, and is not cited as said", true)
			}
			return m.setStatus(err.Error(), true)
		}
	} else {
		ref = cite.ForArticle(&s.Article)
	}
	text, err := cite.Text(f, ref)
	if errors.Is(err, cite.ErrNeedsQuote) {
		return m.setStatus("select a quote to copy as "+formatLabels[f]+" (2, then j/k)", true)
	}
	if err != nil {
		return m.setStatus(err.Error(), true)
	}
	what := "the article"
	if ref.Quote != nil {
		what = "the quote"
	}
	return copyText(m.copy, text, "copied "+what+" as "+formatLabels[f])
}

// copyFunc writes text to a clipboard and says which one.
type copyFunc func(text string) (where string, err error)

// copyText copies text and reports it: "copied the quote as Markdown to
// the system clipboard".
func copyText(copy copyFunc, text, what string) tea.Cmd {
	return func() tea.Msg {
		where, err := copy(text)
		if err != nil {
			return errMsg{fmt.Errorf("ui: copy: %w", err)}
		}
		return statusMsg{what + " to " + where}
	}
}

// clipboardCopy writes text to the terminal's clipboard with OSC 52, which
// works over SSH and in most terminals, and also to the system clipboard
// when one is reachable (a local session with xclip, xsel, wl-copy,
// pbcopy or Windows'), which works where the terminal ignores OSC 52.
func clipboardCopy(text string) (string, error) {
	termenv.NewOutput(os.Stdout).Copy(text)
	remote := os.Getenv("SSH_CONNECTION") != "" || os.Getenv("SSH_TTY") != ""
	if !remote && !clipboard.Unsupported {
		if err := clipboard.WriteAll(text); err == nil {
			return "the system clipboard (and the terminal's, by OSC 52)", nil
		}
	}
	if remote {
		return "the terminal's clipboard by OSC 52 (over SSH)", nil
	}
	return "the terminal's clipboard by OSC 52 (no system clipboard found)", nil
}

// provenanceMsg carries the appearances elsewhere of an article's quotes.
type provenanceMsg struct {
	id   int64
	prov map[int][]store.Appearance
	err  error
}

// loadProvenance looks up, for each direct quote of an article, the other
// articles that quote the same words.
func loadProvenance(ctx context.Context, st Store, s *store.Stored) tea.Cmd {
	if s == nil || s.Analysis == nil {
		return nil
	}
	id, an, body := s.ID, s.Analysis, s.Article.Body
	return func() tea.Msg {
		prov := map[int][]store.Appearance{}
		for i, q := range an.Quotes {
			if q.Kind != reader.Direct {
				continue
			}
			apps, err := st.Appearances(ctx, q.Words(body))
			if err != nil {
				return provenanceMsg{id: id, err: err}
			}
			others := apps[:0:0]
			for _, a := range apps {
				if a.ArticleID != id {
					others = append(others, a)
				}
			}
			if len(others) > 0 {
				prov[i] = others
			}
		}
		return provenanceMsg{id: id, prov: prov}
	}
}

// provenanceLoaded marks the Quotes pane's quotes that appear elsewhere.
func (m *readerModel) provenanceLoaded(msg provenanceMsg) tea.Cmd {
	if msg.id != m.article.ID() {
		return nil
	}
	if msg.err != nil {
		return m.setStatus(msg.err.Error(), true)
	}
	m.cite.provID, m.cite.prov = msg.id, msg.prov
	p := &m.panes[focusQuotes]
	for k := range p.rows {
		if apps := msg.prov[p.rows[k].idx]; len(apps) > 0 {
			mark := fmt.Sprintf("+%d", len(apps))
			if len(m.conflicts(p.rows[k].idx)) > 0 {
				mark += "≠"
			}
			p.rows[k].meta = strings.TrimSpace(p.rows[k].meta + " " + mark)
		}
	}
	p.drawn = nil
	p.redraw()
	return nil
}

// appearancesOf returns the other articles quoting the selected quote.
func (m *readerModel) appearancesOf(i int) []store.Appearance {
	if i < 0 || m.cite.provID != m.article.ID() {
		return nil
	}
	return m.cite.prov[i]
}

// provenanceNote describes where the selected quote appears elsewhere:
// "also in 3 · first BBC News, 19 Mar" and, when they credit someone else,
// "· also credited to Bob Jones".
func (m *readerModel) provenanceNote() string {
	i := m.selectedQuote()
	apps := m.appearancesOf(i)
	if len(apps) == 0 {
		return ""
	}
	first := apps[0]
	where := oneLine(first.Source)
	if where == "" {
		where = oneLine(first.Title)
	}
	layout := "2 Jan"
	if first.Date.Year() != m.article.stored.Date.Year() || m.article.stored.Date.IsZero() {
		layout = "2 Jan 2006"
	}
	date := first.Date.Format(layout)
	if !first.Dated {
		date = "added " + date // the article has no date of its own
	}
	note := fmt.Sprintf("also in %d · first %s, %s", len(apps), where, date)
	if c := m.conflicts(i); len(c) > 0 {
		note += " · also credited to " + strings.Join(c, ", ")
	}
	return note + " · p lists"
}

// conflicts returns the speakers other articles credit quote i's words to
// when they are not its speaker here (nor each other, when no one is
// named here).
func (m *readerModel) conflicts(i int) []string {
	apps := m.appearancesOf(i)
	an := m.analysis()
	if len(apps) == 0 || i >= len(an.Quotes) {
		return nil
	}
	if q := an.Quotes[i]; q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
		here := store.Appearance{Speaker: an.Speakers[q.Speaker].Name}
		if c := store.Conflicting(append([]store.Appearance{here}, apps...)); c != nil {
			return c[1:]
		}
		return nil
	}
	return store.Conflicting(apps)
}

// showAppearances opens the chooser on the other articles quoting the
// selected quote, earliest first; picking one opens it at the quote.
func (m *readerModel) showAppearances() tea.Cmd {
	i := m.selectedQuote()
	if i < 0 {
		return m.setStatus("select a quote first (2, then j/k)", true)
	}
	apps := m.appearancesOf(i)
	if len(apps) == 0 {
		return m.setStatus("no other article in the library quotes these words", false)
	}
	c := &choice{title: "quoted elsewhere"}
	for _, a := range apps {
		who := a.Speaker
		if who == "" {
			who = "unattributed"
		}
		date := a.Date.Format("2 Jan 2006")
		if !a.Dated {
			date = "added " + date
		}
		c.items = append(c.items, date+" "+oneLine(joinNonEmpty(": ", a.Source, a.Title))+" — "+oneLine(who))
	}
	c.pick = func(k int) tea.Cmd {
		a := apps[k]
		// listPane.SetRows reads the old cursor through the old view
		// against the new rows, which panics when a pane of the article
		// opened is empty (fixed on branch h11): empty the views first.
		for f := focusSpeakers; f < numFocus; f++ {
			p := &m.panes[f]
			p.view, p.cursor, p.offset = p.view[:0], 0, 0
		}
		return func() tea.Msg { return openArticleMsg{id: a.ArticleID, quote: a.Index} }
	}
	m.cite.choice = c
	return nil
}

// joinNonEmpty joins the parts that are not empty with sep.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

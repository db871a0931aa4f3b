package ui

import (
	"context"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	os.Exit(m.Run())
}

// fakeStore is an in-memory Store; Put fills it.
type fakeStore struct {
	mu       sync.Mutex
	articles map[int64]*store.Stored
	next     int64
	gets     int
}

var _ Store = (*fakeStore)(nil)

func newFakeStore() *fakeStore { return &fakeStore{articles: map[int64]*store.Stored{}} }

func (f *fakeStore) Put(_ context.Context, a *reader.Article, an *reader.Analysis) (int64, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.next++
	s := &store.Stored{Article: *a, Analysis: an}
	s.ID = f.next
	s.Title, s.Source, s.Authors, s.Date, s.URL = a.Title, a.Source, a.Authors, a.Date, a.URL
	if an != nil {
		s.Quotes = len(an.Quotes)
	}
	f.articles[s.ID] = s
	return s.ID, true, nil
}

func (f *fakeStore) Get(_ context.Context, id int64) (*store.Stored, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.gets++
	s, ok := f.articles[id]
	if !ok {
		return nil, store.ErrNotFound
	}
	c := *s
	return &c, nil
}

func (f *fakeStore) List(_ context.Context, opt store.ListOptions) ([]store.Summary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var all []store.Summary
	for _, s := range f.articles {
		if opt.UnreadOnly && s.Read || opt.StarredOnly && !s.Starred {
			continue
		}
		all = append(all, s.Summary)
	}
	sort.Slice(all, func(i, j int) bool {
		if !all[i].Date.Equal(all[j].Date) {
			return all[i].Date.After(all[j].Date)
		}
		return all[i].ID > all[j].ID
	})
	if opt.Offset >= len(all) {
		return nil, nil
	}
	all = all[opt.Offset:]
	if opt.Limit > 0 && len(all) > opt.Limit {
		all = all[:opt.Limit]
	}
	return all, nil
}

func (f *fakeStore) CountList(ctx context.Context, opt store.ListOptions) (int, error) {
	opt.Offset, opt.Limit = 0, 0
	l, err := f.List(ctx, opt)
	return len(l), err
}

func (f *fakeStore) Search(_ context.Context, q string, limit int) ([]store.Hit, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var hits []store.Hit
	for _, s := range f.articles {
		text := s.Title + " " + s.Article.Body
		i := strings.Index(strings.ToLower(text), strings.ToLower(q))
		if i < 0 {
			continue
		}
		snip := text[:i] + store.SnippetOpen + text[i:i+len(q)] + store.SnippetClose + text[i+len(q):]
		hits = append(hits, store.Hit{Summary: s.Summary, Snippet: snip})
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].ID < hits[j].ID })
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits, nil
}

func (f *fakeStore) SetRead(_ context.Context, id int64, read bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s, ok := f.articles[id]; ok {
		s.Read = read
		return nil
	}
	return store.ErrNotFound
}

func (f *fakeStore) SetStarred(_ context.Context, id int64, star bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if s, ok := f.articles[id]; ok {
		s.Starred = star
		return nil
	}
	return store.ErrNotFound
}
func (f *fakeStore) Speakers(context.Context) ([]store.SpeakerStat, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	stats := map[string]*store.SpeakerStat{}
	for _, s := range f.articles {
		if s.Analysis == nil {
			continue
		}
		for i, sp := range s.Analysis.Speakers {
			st := stats[sp.Name]
			if st == nil {
				st = &store.SpeakerStat{Name: sp.Name, Aliases: sp.Aliases, Role: sp.Role}
				stats[sp.Name] = st
			}
			st.Quotes += len(s.Analysis.QuotesBy(i))
			st.Articles++
		}
	}
	var out []store.SpeakerStat
	for _, st := range stats {
		out = append(out, *st)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

func (f *fakeStore) QuotesBy(_ context.Context, name string) ([]store.QuoteRef, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []store.QuoteRef
	for id, s := range f.articles {
		if s.Analysis == nil {
			continue
		}
		for k, q := range s.Analysis.Quotes {
			if q.Speaker < 0 || s.Analysis.Speakers[q.Speaker].Name != name {
				continue
			}
			out = append(out, store.QuoteRef{ArticleID: id, Title: s.Title, Source: s.Source, Date: s.Date,
				Speaker: name, Text: s.Article.Body[q.Start:q.End], Kind: q.Kind, Index: k, Span: q.Span})
		}
	}
	if len(out) == 0 {
		return nil, store.ErrNotFound
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Index < out[j].Index })
	return out, nil
}
func (f *fakeStore) Feeds(context.Context) ([]store.Feed, error) { return nil, nil }
func (f *fakeStore) RemoveFeed(context.Context, string) error    { return nil }

// sampleArticle builds the bundled sample's Article by hand, as the parser
// is expected to: one block per non-blank line.
func sampleArticle(t testing.TB) *reader.Article {
	t.Helper()
	raw, err := os.ReadFile("testdata/bbc-trump-zelensky-call.txt")
	if err != nil {
		t.Fatal(err)
	}
	body := string(raw)
	a := &reader.Article{
		Title:   "Zelensky says lasting peace achievable this year as he and Trump hail 'positive' call",
		Authors: []string{"Robert Greenall"},
		Source:  "BBC News",
		Date:    time.Date(2025, 3, 19, 0, 0, 0, 0, time.UTC),
		Body:    body,
	}
	off := 0
	prevImage := false
	for _, line := range strings.SplitAfter(body, "\n") {
		start, text := off, strings.TrimRight(line, "\n")
		off += len(line)
		if strings.TrimSpace(text) == "" {
			prevImage = false
			continue
		}
		b := reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: start, End: start + len(text)}}
		switch {
		case start == 0:
			b.Kind = reader.BlockTitle
		case text == "Robert Greenall":
			b.Kind = reader.BlockByline
		case text == "BBC News":
			b.Kind = reader.BlockSource
		case strings.HasPrefix(text, "Getty Images ") || strings.HasPrefix(text, "EPA "):
			b.Kind = reader.BlockImage
			b.Credit = strings.SplitN(text, " ", 2)[0]
			if b.Credit == "Getty" {
				b.Credit = "Getty Images"
			}
			b.CreditSpan = reader.Span{Start: start, End: start + len(b.Credit)}
			b.Start += len(b.Credit) + 1
			b.End -= len(b.Credit)
		case prevImage:
			b.Kind = reader.BlockCaption
		case text == "Agreement shows a deal is never dead with Trump" || text == "Putin gives Trump bare minimum":
			b.Kind = reader.BlockRelated
		}
		prevImage = b.Kind == reader.BlockImage
		a.Blocks = append(a.Blocks, b)
	}
	return a
}

// find returns the span of the n-th (0-based) occurrence of s in body.
func find(t testing.TB, body, s string, n int) reader.Span {
	t.Helper()
	from := 0
	for i := 0; ; i++ {
		j := strings.Index(body[from:], s)
		if j < 0 {
			t.Fatalf("%q occurrence %d not found", s, n)
		}
		if i == n {
			return reader.Span{Start: from + j, End: from + j + len(s)}
		}
		from += j + len(s)
	}
}

// findAll returns every occurrence of s in body.
func findAll(body, s string) []reader.Span {
	var out []reader.Span
	for from := 0; ; {
		j := strings.Index(body[from:], s)
		if j < 0 {
			return out
		}
		out = append(out, reader.Span{Start: from + j, End: from + j + len(s)})
		from += j + len(s)
	}
}

// sampleAnalysis is a hand-built analysis of the sample article.
func sampleAnalysis(t testing.TB, body string) *reader.Analysis {
	t.Helper()
	f := func(s string, n int) reader.Span { return find(t, body, s, n) }
	an := &reader.Analysis{Version: reader.AnalyzerVersion}
	an.Speakers = []reader.Speaker{
		{Name: "Donald Trump", Aliases: []string{"Trump"}, Role: "US President", Kind: reader.Person},
		{Name: "Volodymyr Zelensky", Aliases: []string{"Zelensky"}, Kind: reader.Person},
		{Name: "Marco Rubio", Aliases: []string{"Rubio"}, Role: "Secretary of State", Kind: reader.Person},
		{Name: "Vladimir Putin", Aliases: []string{"Putin"}, Kind: reader.Person},
	}
	an.Quotes = []reader.Quote{
		{Span: f(`"very good"`, 0), Speaker: 0, Mention: f("he described", 0), Cue: f("described", 0)},
		{Span: f(`"in terms of their requests and needs"`, 0), Speaker: 0, Mention: f("Trump said the call", 0)},
		{Span: f(`"positive"`, 0), Speaker: 1, Mention: f("Zelensky described his", 0)},
		{Span: f(`"We believe that together with America, with President Trump, and under American leadership, lasting peace can be achieved this year,"`, 0), Speaker: 1},
		{Span: f(`"Much of the discussion was based on the call made yesterday with President Putin in order to align both Russia and Ukraine in terms of their requests and needs,"`, 0), Speaker: 0},
		{Span: f(`"agreed to share information closely between their defence staffs as the battlefield situation evolved"`, 0), Speaker: 2},
		{Span: f("Technical teams would meet in Saudi Arabia in the coming days to discuss broadening the ceasefire to the Black Sea", 0), Kind: reader.Indirect, Speaker: 2, Mention: f("Rubio added", 0)},
		{Span: f("a full ceasefire would only work if Ukraine's supporters stopped giving military assistance", 0), Kind: reader.Indirect, Speaker: 3},
		{Span: f(`"one of the largest"`, 0), Speaker: 1},
	}
	// Mentions cover the name only.
	an.Quotes[1].Mention.End = an.Quotes[1].Mention.Start + len("Trump")
	an.Quotes[2].Mention.End = an.Quotes[2].Mention.Start + len("Zelensky")
	an.Quotes[0].Mention.End = an.Quotes[0].Mention.Start + len("he")
	an.Quotes[6].Mention.End = an.Quotes[6].Mention.Start + len("Rubio")
	for i := range an.Speakers {
		an.Speakers[i].Quotes = len(an.QuotesBy(i))
	}
	an.Entities = []reader.Entity{
		{Name: "Trump", Kind: reader.Person, Mentions: findAll(body, "Trump")},
		{Name: "Zelensky", Kind: reader.Person, Mentions: findAll(body, "Zelensky")},
		{Name: "Ukraine", Kind: reader.Place, Mentions: findAll(body, "Ukraine")},
		{Name: "Russia", Kind: reader.Place, Mentions: findAll(body, "Russia ")},
		{Name: "Truth Social", Kind: reader.Org, Mentions: findAll(body, "Truth Social")},
		{Name: "Saudi Arabia", Kind: reader.Place, Mentions: findAll(body, "Saudi Arabia")},
		{Name: "JD Vance", Kind: reader.Person, Mentions: findAll(body, "JD Vance")},
	}
	fig := func(s string, k reader.FigureKind) reader.Figure {
		sp := f(s, 0)
		sent := sp
		for sent.Start > 0 && body[sent.Start-1] != '\n' {
			sent.Start--
		}
		for sent.End < len(body) && body[sent.End] != '\n' {
			sent.End++
		}
		return reader.Figure{Span: sp, Kind: k, Sentence: sent}
	}
	an.Figures = []reader.Figure{
		fig("hour-long", reader.Duration),
		fig("30-day", reader.Duration),
		fig("11 March", reader.Date),
		fig("175 POWs", reader.Count),
		fig("22", reader.Count),
	}
	return an
}

// sampleStore returns a fake store holding the sample article (with its
// analysis) and two other articles.
func sampleStore(t testing.TB) (*fakeStore, int64) {
	t.Helper()
	st := newFakeStore()
	ctx := context.Background()
	a := sampleArticle(t)
	id, _, err := st.Put(ctx, a, sampleAnalysis(t, a.Body))
	if err != nil {
		t.Fatal(err)
	}
	for i, title := range []string{"Older story about rivers", "Oldest story about bridges"} {
		b := &reader.Article{Title: title, Source: "Wikinews", Date: a.Date.AddDate(0, 0, -1-i),
			Body: "Short body.", Blocks: []reader.Block{{Kind: reader.BlockParagraph, Span: reader.Span{End: 11}}}}
		if _, _, err := st.Put(ctx, b, nil); err != nil {
			t.Fatal(err)
		}
	}
	return st, id
}

// newTestModel returns a root model that starts no timers and copies to
// no real clipboard.
func newTestModel(st *fakeStore, opt Options) *Model {
	m := New(context.Background(), st, opt)
	m.clearAfter = nil
	m.reader.copy = func(string) (string, error) { return "the test clipboard", nil }
	return m
}

// run executes a Cmd and feeds the messages it produces back into m,
// recursively.
func run(m *Model, cmd tea.Cmd) {
	for _, msg := range exec(cmd) {
		_, next := m.Update(msg)
		run(m, next)
	}
}

// exec runs a Cmd, flattening batches; it drops quits.
func exec(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(10 * time.Second):
		panic("a Cmd did not return: tests must not start timers")
	}
	switch msg := msg.(type) {
	case nil, tea.QuitMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, exec(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// keyPress returns the message of a key, by its bubbletea name.
func keyPress(k string) tea.KeyMsg {
	switch k {
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// press sends keys to m, running the Cmds they return.
func press(m *Model, keys ...string) {
	for _, k := range keys {
		_, cmd := m.Update(keyPress(k))
		run(m, cmd)
	}
}

// openSample returns a model showing the sample article at w x h.
func openSample(t testing.TB, w, h int) (*Model, *fakeStore) {
	t.Helper()
	st, id := sampleStore(t)
	m := newTestModel(st, Options{OpenID: id, Theme: "dark"})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	run(m, cmd)
	if m.reader.article.cur == nil {
		t.Fatal("article not rendered")
	}
	return m, st
}

func (f *fakeStore) Delete(_ context.Context, id int64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.articles[id]; !ok {
		return store.ErrNotFound
	}
	delete(f.articles, id)
	return nil
}

package ui

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/byline/byline/store"
	"github.com/byline/byline/ui/config"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

func TestLibraryOpenAndBack(t *testing.T) {
	st, _ := sampleStore(t)
	m := newTestModel(st, Options{Theme: "dark"})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, cmd)
	v := ansi.Strip(m.View())
	a := strings.Index(v, "Zelensky says lasting peace")
	b := strings.Index(v, "Older story about rivers")
	c := strings.Index(v, "Oldest story about bridges")
	if a < 0 || b < 0 || c < 0 || a > b || b > c {
		t.Fatalf("library does not list the titles newest first:\n%s", v)
	}
	if st.gets != 0 {
		t.Errorf("the library read %d bodies; want none", st.gets)
	}
	press(m, "enter")
	if m.screen != screenReader {
		t.Fatalf("enter: screen = %v, want reader", m.screen)
	}
	v = ansi.Strip(m.View())
	for _, want := range []string{"By Robert Greenall · BBC News · 19 March 2025", "US President Donald Trump has held", "Photo: Getty Images"} {
		if !strings.Contains(v, want) {
			t.Errorf("article view lacks %q:\n%s", want, v)
		}
	}
	press(m, "esc")
	if m.screen != screenLibrary {
		t.Fatalf("esc: screen = %v, want library", m.screen)
	}
	if !strings.Contains(ansi.Strip(m.View()), "Older story about rivers") {
		t.Error("esc did not show the library")
	}
}

func TestOpenIDStartsInReaderAndEscGoesToLibrary(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	if m.screen != screenReader || m.reader.article.ID() == 0 {
		t.Fatalf("screen = %v, article = %d", m.screen, m.reader.article.ID())
	}
	press(m, "esc")
	if m.screen != screenLibrary {
		t.Fatalf("esc: screen = %v, want library", m.screen)
	}
}

func TestMissingArticleShowsError(t *testing.T) {
	st, _ := sampleStore(t)
	m := newTestModel(st, Options{OpenID: 999})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(m, cmd)
	if m.screen != screenLibrary || !m.statusErr || !strings.Contains(m.status, "not found") {
		t.Fatalf("screen %v, status %q", m.screen, m.status)
	}
}

func TestFocusCycle(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	want := []focus{focusSpeakers, focusQuotes, focusFigures, focusArticle, focusSpeakers}
	for i, f := range want {
		press(m, "tab")
		if m.reader.focus != f {
			t.Fatalf("tab %d: focus = %v, want %v", i+1, m.reader.focus, f)
		}
	}
	press(m, "shift+tab", "shift+tab")
	if m.reader.focus != focusFigures {
		t.Fatalf("shift+tab twice: focus = %v, want figures", m.reader.focus)
	}
	for k, f := range map[string]focus{"1": focusSpeakers, "2": focusQuotes, "3": focusFigures} {
		press(m, k)
		if m.reader.focus != f {
			t.Errorf("%s: focus = %v, want %v", k, m.reader.focus, f)
		}
		if !m.reader.panes[f].focused {
			t.Errorf("%s: pane %v not focused", k, f)
		}
	}
}

func TestNextQuoteMovesArticleAndSelection(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	an := m.reader.analysis()
	r := m.reader.article.cur
	for i := range an.Quotes {
		press(m, "]")
		if got := m.reader.panes[focusQuotes].Selected().idx; got != i {
			t.Fatalf("] %d: quotes selection = %d, want %d", i+1, got, i)
		}
		if m.reader.article.sel != (itemRef{focusQuotes, i}) {
			t.Fatalf("] %d: marked %v", i+1, m.reader.article.sel)
		}
		if line := r.lineOf(an.Quotes[i].Span); !m.reader.article.Visible(line) {
			t.Fatalf("] %d: quote %d at line %d is out of view (top %d)", i+1, i, line, m.reader.article.vp.YOffset)
		}
	}
	if m.reader.article.vp.YOffset == 0 {
		t.Error("jumping to the last quotes did not scroll")
	}
	press(m, "]")
	if got := m.reader.panes[focusQuotes].Selected().idx; got != len(an.Quotes)-1 {
		t.Errorf("] past the end: selection %d", got)
	}
	press(m, "[", "[")
	if got := m.reader.panes[focusQuotes].Selected().idx; got != len(an.Quotes)-3 {
		t.Errorf("[ twice: selection %d, want %d", got, len(an.Quotes)-3)
	}
	if m.reader.focus != focusArticle {
		t.Errorf("] moved the focus to %v", m.reader.focus)
	}
	// Figures too.
	press(m, "}", "}")
	if got := m.reader.panes[focusFigures].Selected().idx; got < 0 || m.reader.article.sel.pane != focusFigures {
		t.Errorf("} marked %v", m.reader.article.sel)
	}
	if line := r.lineOf(an.Figures[m.reader.article.sel.idx].Span); !m.reader.article.Visible(line) {
		t.Errorf("} figure out of view")
	}
}

func TestEnterOnQuoteJumps(t *testing.T) {
	m, _ := openSample(t, 80, 24)
	press(m, "2", "G", "enter")
	an := m.reader.analysis()
	last := len(an.Quotes) - 1
	if m.reader.article.sel != (itemRef{focusQuotes, last}) {
		t.Fatalf("marked %v, want quote %d", m.reader.article.sel, last)
	}
	if !m.reader.article.Visible(m.reader.article.cur.lineOf(an.Quotes[last].Span)) {
		t.Fatal("the chosen quote is out of view")
	}
}

func TestSpeakerFilter(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	press(m, "1", "j", "enter") // Volodymyr Zelensky
	q := &m.reader.panes[focusQuotes]
	an := m.reader.analysis()
	if !q.Filtered() || q.Len() != len(an.QuotesBy(1)) {
		t.Fatalf("filtered = %v, %d quotes shown, want %d", q.Filtered(), q.Len(), len(an.QuotesBy(1)))
	}
	for _, v := range q.view {
		if q.rows[v].speaker != 1 {
			t.Errorf("quote %d by speaker %d shown", q.rows[v].idx, q.rows[v].speaker)
		}
	}
	if !strings.Contains(ansi.Strip(m.View()), "Quotes 3/9 · Volodymyr Zelensky") {
		t.Error("the Quotes title does not show the filter")
	}
	// ] now walks the speaker's quotes only.
	press(m, "]", "]")
	if s := an.Quotes[q.Selected().idx].Speaker; s != 1 {
		t.Errorf("] under a filter selected a quote by %d", s)
	}
	press(m, "esc")
	if q.Filtered() || q.Len() != len(an.Quotes) {
		t.Fatalf("esc: filtered = %v, %d shown", q.Filtered(), q.Len())
	}
	if m.screen != screenReader {
		t.Fatal("esc clearing the filter also left the reader")
	}
}

func TestSearch(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	body := m.reader.article.stored.Article.Body
	press(m, "/")
	if !m.searching {
		t.Fatal("/ did not start a search")
	}
	press(m, "c", "e", "a", "s", "e", "f", "i", "r", "e", "q") // q is typed, not quit
	press(m, "backspace", "enter")
	want := strings.Count(strings.ToLower(body), "ceasefire")
	if got := len(m.reader.article.search.matches); got != want || want == 0 {
		t.Fatalf("%d matches, want %d", got, want)
	}
	first := m.reader.article.search.cur
	if !strings.Contains(m.reader.article.SearchStatus(), "/"+strconv.Itoa(want)) {
		t.Errorf("status %q lacks the count", m.reader.article.SearchStatus())
	}
	press(m, "n")
	if m.reader.article.search.cur != (first+1)%want {
		t.Errorf("n: match %d, want %d", m.reader.article.search.cur, first+1)
	}
	line := m.reader.article.cur.lineOf(m.reader.article.search.matches[m.reader.article.search.cur])
	if !m.reader.article.Visible(line) {
		t.Error("n: the match is out of view")
	}
	press(m, "N", "N")
	if m.reader.article.search.cur != (first+want-1)%want {
		t.Errorf("N N: match %d", m.reader.article.search.cur)
	}
	if !strings.Contains(m.footerView(), "ceasefire") {
		t.Error("the footer does not show the search")
	}
	press(m, "esc")
	if m.reader.article.search.query != "" || m.screen != screenReader {
		t.Error("esc did not clear the search, or left the reader")
	}
}

func TestResizeKeepsPosition(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	press(m, "down", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down")
	top := m.reader.article.vp.YOffset
	anchor := m.reader.article.cur.anchorAt(top)
	if top == 0 || anchor < 0 {
		t.Fatalf("scrolling: top %d, anchor %d", top, anchor)
	}
	for _, size := range [][2]int{{80, 24}, {60, 20}, {150, 50}} {
		_, cmd := m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		run(m, cmd)
		r := m.reader.article.cur
		if r.width != m.reader.lay.artW {
			t.Fatalf("%v: rendered at %d, article is %d wide", size, r.width, m.reader.lay.artW)
		}
		if got, want := m.reader.article.vp.YOffset, r.lineAt(anchor); got != want {
			t.Errorf("%v: top line %d, want %d (the line of offset %d)", size, got, want, anchor)
		}
	}
}

func TestResizeUsesCache(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	first := m.reader.article.cur
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(m, cmd)
	_, cmd = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if cmd != nil {
		t.Error("going back to a rendered width asked for a new rendering")
	}
	if m.reader.article.cur != first {
		t.Error("the cached rendering was not reused")
	}
}

func TestCopyCitation(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	var got string
	m.reader.copy = func(s string) (string, error) { got = s; return "the test clipboard", nil }
	press(m, "2", "j", "y")
	want := "> \"in terms of their requests and needs\" — Donald Trump, US President (*Zelensky says lasting peace achievable this year as he and Trump hail 'positive' call*, BBC News, 19 March 2025, ¶ 2, characters 497–535)\n"
	if got != want {
		t.Fatalf("copied %q\nwant   %q", got, want)
	}
	if m.status != "copied the quote as Markdown to the test clipboard" {
		t.Errorf("status %q", m.status)
	}
}

func TestEntitiesToggle(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	on := m.reader.article.View()
	press(m, "e")
	if m.reader.article.entities {
		t.Fatal("e did not turn entity highlighting off")
	}
	off := m.reader.article.View()
	if on == off || ansi.Strip(on) != ansi.Strip(off) {
		t.Error("e did not change only the highlighting")
	}
	// "Ukraine" is a place, not a speaker: painted only with entities on.
	painted := regexp.MustCompile("\x1b\\[[0-9;]*4[0-9;]*mUkraine")
	if !painted.MatchString(on) || painted.MatchString(off) {
		t.Error("the place Ukraine is not painted with entities on, or still painted with them off")
	}
	press(m, "e")
	if !m.reader.article.entities {
		t.Fatal("e did not turn entity highlighting back on")
	}
}

func TestMouse(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	_, _ = m.Update(tea.MouseMsg{X: 10, Y: 10, Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.reader.article.vp.YOffset != 3 {
		t.Errorf("wheel over the article: top %d, want 3", m.reader.article.vp.YOffset)
	}
	// Click the third row of the Quotes pane.
	l := m.reader.lay
	_, _ = m.Update(tea.MouseMsg{X: l.sideX + 5, Y: l.paneTop[focusQuotes] + 3, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if m.reader.focus != focusQuotes || m.reader.panes[focusQuotes].Selected().idx != 2 {
		t.Errorf("click: focus %v, selection %d", m.reader.focus, m.reader.panes[focusQuotes].Selected().idx)
	}
	if m.reader.article.sel != (itemRef{focusQuotes, 2}) {
		t.Errorf("click did not mark the quote: %v", m.reader.article.sel)
	}
}

func TestNoOverflowAtAnySize(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	sizes := [][2]int{{40, 12}, {41, 13}, {60, 20}, {79, 24}, {80, 24}, {80, 13}, {109, 30}, {110, 30}, {160, 48}, {200, 60}, {10, 3}, {1, 1}, {0, 0}}
	for _, sz := range sizes {
		for _, keys := range [][]string{nil, {"s"}, {"2", "G"}, {"?"}, {"/", "x"}} {
			_, cmd := m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			run(m, cmd)
			press(m, keys...)
			v := m.View()
			lines := strings.Split(v, "\n")
			if sz[1] > 0 && len(lines) != sz[1] {
				t.Errorf("%v %v: %d lines", sz, keys, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("%v %v: line %d is %d wide", sz, keys, i, w)
				}
			}
			press(m, "esc", "esc")
			if m.screen == screenLibrary {
				press(m, "enter")
			}
		}
	}
}

func TestReaderAction(t *testing.T) {
	k := defaultKeyMap()
	for _, tc := range []struct {
		key  string
		want action
	}{
		{"tab", actNextFocus}, {"shift+tab", actPrevFocus}, {"1", actFocusSpeakers},
		{"2", actFocusQuotes}, {"3", actFocusFigures}, {"]", actNextQuote}, {"[", actPrevQuote},
		{"}", actNextFigure}, {"{", actPrevFigure}, {"e", actEntities}, {"s", actSidebar},
		{"/", actSearch}, {"n", actNextMatch}, {"N", actPrevMatch}, {"y", actCopy},
		{"q", actQuit}, {"?", actHelp}, {"esc", actBack}, {"j", actNone}, {"enter", actNone},
	} {
		if got := readerAction(k, keyPress(tc.key)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.key, got, tc.want)
		}
	}
}

func TestRenderCacheIsBounded(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	for w := 60; w < 100; w += 3 {
		_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: 30})
		run(m, cmd)
	}
	if n := len(m.reader.article.cache); n > maxCached {
		t.Fatalf("%d renderings cached", n)
	}
	if m.reader.article.cur == nil || m.reader.article.cur.width != m.reader.lay.artW {
		t.Fatal("the current rendering was evicted")
	}
}

func TestSidebarToggle(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	if !m.reader.lay.side || m.reader.lay.artW >= 120 {
		t.Fatalf("wide layout without a sidebar: %+v", m.reader.lay)
	}
	press(m, "s")
	if m.reader.lay.side || m.reader.lay.artW != 120 {
		t.Fatalf("s did not hide the sidebar: %+v", m.reader.lay)
	}
	if m.reader.article.cur.width != config.DefaultWidth {
		t.Errorf("the article was not re-wrapped for the full width: %d", m.reader.article.cur.width)
	}
	press(m, "2")
	if !m.reader.lay.side || m.reader.focus != focusQuotes {
		t.Fatal("focusing a pane did not show the sidebar again")
	}
	// Narrow: the sidebar goes over the article.
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 70, Height: 24})
	run(m, cmd)
	press(m, "tab") // to the figures pane, over the article
	if m.reader.lay.mode != layoutNarrow || !m.reader.lay.side || m.reader.focus != focusFigures {
		t.Fatalf("narrow: mode %v, side %v, focus %v", m.reader.lay.mode, m.reader.lay.side, m.reader.focus)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Figures 5") || strings.Contains(v, "US President Donald") {
		t.Errorf("the sidebar is not shown over the article:\n%s", v)
	}
	press(m, "enter")
	if m.reader.lay.side || m.reader.focus != focusArticle {
		t.Error("enter on a figure did not show the article")
	}
	if !m.reader.article.Visible(m.reader.article.cur.lineOf(m.reader.analysis().Figures[m.reader.article.sel.idx].Span)) {
		t.Error("the figure is out of view")
	}
	press(m, "s")
	if !m.reader.lay.side {
		t.Error("s did not show the sidebar")
	}
	press(m, "s")
	if m.reader.lay.side {
		t.Error("s did not hide the sidebar")
	}
}

// TestFirstScreenThenRest feeds a long article's first-screen rendering
// before the whole one, with a jump in between.
func TestFirstScreenThenRest(t *testing.T) {
	a, an := longArticle(t, 5000)
	fs := newFakeStore()
	id, _, _ := fs.Put(context.Background(), a, an)
	m := newTestModel(fs, Options{OpenID: id})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	msgs := exec(cmd)
	var first, full *articleRenderedMsg
	for _, msg := range msgs {
		if r, ok := msg.(articleRenderedMsg); ok {
			if r.r.partial {
				first = &r
			} else {
				full = &r
			}
		}
	}
	if first == nil || full == nil {
		t.Fatalf("a long article was not rendered in two steps: %d messages", len(msgs))
	}
	if len(first.r.lines) >= len(full.r.lines) || len(first.r.lines) < 40 {
		t.Fatalf("first screen %d lines, whole %d", len(first.r.lines), len(full.r.lines))
	}
	m.Update(*first)
	if m.reader.article.cur != first.r || !strings.Contains(ansi.Strip(m.View()), "US President Donald Trump") {
		t.Fatal("the first screen is not shown")
	}
	press(m, "2", "G", "enter") // the last quote, not rendered yet
	last := len(an.Quotes) - 1
	m.Update(*full)
	if m.reader.article.cur != full.r {
		t.Fatal("the whole rendering did not replace the first screen")
	}
	if !m.reader.article.Visible(full.r.lineOf(an.Quotes[last].Span)) {
		t.Errorf("the last quote (line %d) is out of view (top %d)", full.r.lineOf(an.Quotes[last].Span), m.reader.article.vp.YOffset)
	}
	// A late first screen does not replace the whole rendering.
	m.Update(*first)
	if m.reader.article.cur != full.r {
		t.Error("a stale first screen replaced the whole rendering")
	}
}

func TestClickTab(t *testing.T) {
	m, _ := openSample(t, 90, 30) // the medium layout, with tabs
	if m.reader.lay.mode != layoutMedium {
		t.Fatalf("layout %v", m.reader.lay.mode)
	}
	bar := ansi.Strip(m.reader.tabBar(m.reader.panes[focusQuotes].w))
	for f, name := range map[focus]string{focusSpeakers: "Spe", focusQuotes: "Quo", focusFigures: "Fig"} {
		x := strings.Index(bar, name)
		if x < 0 {
			t.Fatalf("no %q in %q", name, bar)
		}
		x = ansi.StringWidth(bar[:x]) + 1
		m.Update(tea.MouseMsg{X: m.reader.lay.sideX + 1 + x, Y: 0, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
		if m.reader.focus != f || m.reader.tab != f {
			t.Errorf("click on %q: focus %v", name, m.reader.focus)
		}
	}
}

// TestSettledAfterRender checks that Options.Settled is called once an
// opened article is fully rendered, and not for its first screen alone.
func TestSettledAfterRender(t *testing.T) {
	a, an := longArticle(t, 5000)
	fs := newFakeStore()
	id, _, _ := fs.Put(context.Background(), a, an)
	var calls atomic.Int32
	m := newTestModel(fs, Options{OpenID: id, Settled: func() { calls.Add(1) }})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	for _, msg := range exec(cmd) {
		r, ok := msg.(articleRenderedMsg)
		if !ok {
			continue
		}
		before := calls.Load()
		_, next := m.Update(r)
		run(m, next)
		if got := calls.Load() - before; r.r.partial && got != 0 || !r.r.partial && got != 1 {
			t.Errorf("partial=%v render: Settled called %d times", r.r.partial, got)
		}
	}
	if calls.Load() == 0 {
		t.Error("Settled was never called after the article rendered")
	}
}

// TestPreloadStartsAtOnce: preload runs its Cmd without waiting for the
// returned one to be called (New reads the first page while the rest is
// set up), and the returned Cmd gives that message.
func TestPreloadStartsAtOnce(t *testing.T) {
	started := make(chan struct{})
	cmd := preload(func() tea.Msg {
		close(started)
		return "the first page"
	})
	<-started // blocks until the test times out if preload waited
	if msg := cmd.cmd()(); msg != "the first page" {
		t.Fatalf("preload's Cmd gave %v", msg)
	}
}

// gatedStore is a fake store whose List waits for its gate.
type gatedStore struct {
	*fakeStore
	gate chan struct{}
}

func (g gatedStore) List(ctx context.Context, opt store.ListOptions) ([]store.Summary, error) {
	<-g.gate
	return g.fakeStore.List(ctx, opt)
}

// TestFirstPageInFirstView: with the size given and the first page read
// by the time Init runs, the first View (drawn before any message) lists
// the articles; when the page is not read yet, it shows "Loading…" and
// the page comes as a message.
func TestFirstPageInFirstView(t *testing.T) {
	st, _ := sampleStore(t)
	opt := Options{Width: 100, Height: 30}

	m := New(context.Background(), st, opt)
	deadline := time.Now().Add(10 * time.Second)
	for len(m.firstLoad.ch) == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	m.Init()
	if v := m.View(); !strings.Contains(v, "Older story about rivers") {
		t.Errorf("page read before Init: the first View does not list the articles:\n%s", v)
	}

	g := gatedStore{st, make(chan struct{})}
	m = New(context.Background(), g, opt)
	cmd := m.Init()
	if v := m.View(); !strings.Contains(v, "Loading…") || strings.Contains(v, "Older story about rivers") {
		t.Errorf("page not read at Init: the first View should say Loading…:\n%s", v)
	}
	close(g.gate)
	run(m, cmd)
	if v := m.View(); !strings.Contains(v, "Older story about rivers") {
		t.Errorf("page read after Init: the View does not list the articles:\n%s", v)
	}
}

// TestFirstPageForCoversTheScreen: the first page read for a terminal of
// a known height fills the screen (three rows an article) and stays
// within firstPage; an unknown height reads firstPage.
func TestFirstPageForCoversTheScreen(t *testing.T) {
	if got := firstPageFor(0); got != firstPage {
		t.Errorf("firstPageFor(0) = %d, want %d", got, firstPage)
	}
	for h := 1; h <= 300; h++ {
		n := firstPageFor(h)
		if n > firstPage || 3*n < min(h, 3*firstPage) {
			t.Errorf("firstPageFor(%d) = %d: want a screenful (%d rows) and at most %d", h, n, h, firstPage)
		}
	}
	if firstPageFor(40) >= firstPage {
		t.Errorf("firstPageFor(40) = %d, want fewer than %d for a 40-row terminal", firstPageFor(40), firstPage)
	}
}

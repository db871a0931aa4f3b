package ui

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// openLibrary returns a model showing the library of the sample store.
func openLibrary(t *testing.T, opt Options) (*Model, *fakeStore, int64) {
	t.Helper()
	st, id := sampleStore(t)
	opt.Theme = "dark"
	m := newTestModel(st, opt)
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, cmd)
	return m, st, id
}

func TestLibraryMarks(t *testing.T) {
	m, st, id := openLibrary(t, Options{})
	if !strings.Contains(ansi.Strip(m.View()), "●  Zelensky says") {
		t.Fatalf("an unread article has no mark:\n%s", ansi.Strip(m.View()))
	}
	press(m, "*")
	if !st.articles[id].Starred {
		t.Error("* did not star the article in the store")
	}
	if !strings.Contains(ansi.Strip(m.View()), "●★ Zelensky says") {
		t.Error("the starred mark is not shown beside the unread mark")
	}
	press(m, "*", "m")
	if st.articles[id].Starred || !st.articles[id].Read {
		t.Errorf("* m: starred %v, read %v", st.articles[id].Starred, st.articles[id].Read)
	}
	press(m, "m")
	if st.articles[id].Read {
		t.Error("m did not mark the article unread again")
	}
	press(m, "enter")
	if !st.articles[id].Read {
		t.Error("opening the article did not mark it read")
	}
	press(m, "esc")
	if strings.Contains(ansi.Strip(m.View()), "●  Zelensky says") {
		t.Error("the library still shows the article unread")
	}
}

func TestLibrarySearch(t *testing.T) {
	m, _, _ := openLibrary(t, Options{})
	press(m, "/", "b", "r", "i", "d", "g")
	if n := m.library.Len(); n != 1 {
		t.Fatalf("search: %d hits, want 1", n)
	}
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "Oldest story about bridges") || strings.Contains(v, "Older story about rivers") {
		t.Fatalf("search shows the wrong articles:\n%s", v)
	}
	if !strings.Contains(m.View(), "\x1b[1;4mbridg\x1b[22;24m") {
		t.Error("the matched term is not highlighted in the snippet")
	}
	press(m, "enter", "enter") // leave the input, open the hit
	if m.screen != screenReader || !strings.Contains(m.reader.article.stored.Title, "bridges") {
		t.Fatalf("enter on a hit: screen %v", m.screen)
	}
	press(m, "esc")
	if m.screen != screenLibrary || !m.library.Searching() {
		t.Fatal("esc from the article lost the search")
	}
	press(m, "esc")
	if m.library.Searching() || m.library.Len() != 3 {
		t.Fatalf("esc: searching %v, %d articles", m.library.Searching(), m.library.Len())
	}
}

func TestSpeakersAcrossLibrary(t *testing.T) {
	m, _, _ := openLibrary(t, Options{})
	press(m, "tab")
	if m.screen != screenSpeakers {
		t.Fatalf("tab: screen %v", m.screen)
	}
	v := ansi.Strip(m.View())
	if !strings.Contains(v, "Donald Trump") || !strings.Contains(v, "3 quotes · 1 article") {
		t.Fatalf("speakers view:\n%s", v)
	}
	press(m, "j", "enter") // the second most quoted
	name := m.speakers.speaker
	if name == "" {
		t.Fatal("enter did not list the speaker's quotes")
	}
	// Counted as quotes in articles, not as rows (each article's heading
	// is a row too).
	quotes, articles := 0, 0
	for _, it := range m.speakers.list.Items() {
		switch it.(type) {
		case groupedQuoteItem:
			quotes++
		case articleGroupItem:
			articles++
		}
	}
	v = ansi.Strip(m.View())
	if want := plural(quotes, "quote") + " in " + plural(articles, "article"); quotes == 0 || !strings.Contains(v, want) ||
		strings.Contains(v, plural(quotes+articles, "quote")) {
		t.Errorf("the speaker's quotes are not counted as %q:\n%s", want, v)
	}
	// The quotes come under their article's heading, which says the
	// source and date; the quotes do not repeat the headline.
	head, ok := m.speakers.list.Items()[0].(articleGroupItem)
	if !ok {
		t.Fatal("the first row does not head an article")
	}
	if d, want := head.Description(), head.q.Source+" · "+head.q.Date.Format("2 Jan 2006")+" · "; head.q.Source == "" || head.q.Date.IsZero() || !strings.HasPrefix(d, want) {
		t.Errorf("article description %q, want it to start %q", d, want)
	}
	gi, ok := m.speakers.list.Items()[1].(groupedQuoteItem)
	if !ok {
		t.Fatal("not a quote")
	}
	it := gi.quoteRefItem
	if strings.Contains(gi.Description(), it.q.Title) {
		t.Errorf("a quote repeats the headline: %q", gi.Description())
	}
	press(m, "j", "enter")
	if m.screen != screenReader {
		t.Fatalf("enter on a quote: screen %v", m.screen)
	}
	an := m.reader.analysis()
	q := it.q.Index
	if m.reader.panes[focusQuotes].Selected().idx != q || m.reader.article.sel != (itemRef{focusQuotes, q}) {
		t.Errorf("opened at %v, want quote %d", m.reader.article.sel, q)
	}
	if l := m.reader.article.cur.lineOf(an.Quotes[q].Span); !m.reader.article.Visible(l) {
		t.Error("the quote is out of view")
	}
	press(m, "esc")
	if m.screen != screenSpeakers || m.speakers.speaker != name {
		t.Fatalf("esc: screen %v, speaker %q", m.screen, m.speakers.speaker)
	}
	press(m, "esc", "esc")
	if m.screen != screenLibrary {
		t.Fatalf("esc esc: screen %v", m.screen)
	}
}

func TestRefresh(t *testing.T) {
	calls := 0
	m, st, _ := openLibrary(t, Options{Refresh: func(ctx context.Context) (string, error) {
		calls++
		return "2 new articles", nil
	}})
	_, cmd := m.Update(keyPress("r"))
	if !m.refreshing || !strings.Contains(m.footerView(), "refreshing") {
		t.Fatal("r did not start a refresh")
	}
	if _, _, err := st.Put(context.Background(), sampleArticle(t), nil); err != nil {
		t.Fatal(err)
	}
	// The spinner ticks forever while refreshing; run only the refresh.
	for _, msg := range exec(cmd) {
		if _, ok := msg.(refreshedMsg); ok {
			_, next := m.Update(msg)
			run(m, next)
		}
	}
	if calls != 1 || m.refreshing || m.status != "2 new articles" {
		t.Fatalf("calls %d, refreshing %v, status %q", calls, m.refreshing, m.status)
	}
	if m.library.Len() != 4 {
		t.Errorf("the library was not reloaded: %d articles", m.library.Len())
	}
}

func TestBrowseViewsFitAnySize(t *testing.T) {
	m, _, _ := openLibrary(t, Options{})
	for _, sz := range [][2]int{{40, 12}, {60, 20}, {80, 24}, {120, 40}, {20, 5}, {1, 1}} {
		for _, keys := range [][]string{nil, {"tab"}, {"tab", "enter"}, {"/", "o"}, {"?"}} {
			_, cmd := m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			run(m, cmd)
			press(m, keys...)
			lines := strings.Split(m.View(), "\n")
			if len(lines) != sz[1] {
				t.Errorf("%v %v: %d lines", sz, keys, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("%v %v: line %d is %d wide", sz, keys, i, w)
				}
			}
			press(m, "esc", "esc", "esc")
			if m.screen == screenSpeakers {
				press(m, "tab")
			}
		}
	}
}

func TestLibraryPages(t *testing.T) {
	st := newFakeStore()
	base := sampleArticle(t)
	for i := 0; i < 450; i++ {
		a := *base
		a.Title = "Story " + strconv.Itoa(i)
		a.Date = base.Date.AddDate(0, 0, -i)
		if _, _, err := st.Put(context.Background(), &a, nil); err != nil {
			t.Fatal(err)
		}
	}
	m := newTestModel(st, Options{})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(m, cmd)
	if n := m.library.Len(); n != firstPage {
		t.Fatalf("first page: %d articles, want %d", n, firstPage)
	}
	if !strings.Contains(ansi.Strip(m.View()), "60 of 450 articles") {
		t.Errorf("the count does not say how many are loaded of how many:\n%s", ansi.Strip(m.View()))
	}
	for i := 0; i < 449; i++ {
		press(m, "down")
	}
	if n := m.library.Len(); n != 450 {
		t.Fatalf("after scrolling: %d articles loaded, want 450", n)
	}
	if s, _ := m.library.Selected(); s.Title != "Story 449" {
		t.Errorf("last article %q, want the oldest", s.Title)
	}
	if st.gets != 0 {
		t.Errorf("the library read %d bodies", st.gets)
	}
}

func TestLibraryDelete(t *testing.T) {
	m, st, _ := openLibrary(t, Options{})
	press(m, "j", "D") // the second article: asks first
	if v := ansi.Strip(m.View()); !strings.Contains(v, "delete “Older story about rivers”? y deletes it") {
		t.Fatalf("D did not ask:\n%s", v)
	}
	press(m, "n")
	if len(st.articles) != 3 || !strings.Contains(ansi.Strip(m.View()), "kept “Older story about rivers”") {
		t.Fatalf("n did not keep the article: %d articles\n%s", len(st.articles), ansi.Strip(m.View()))
	}
	press(m, "D", "y")
	if len(st.articles) != 2 {
		t.Fatalf("y did not delete: %d articles", len(st.articles))
	}
	v := ansi.Strip(m.View())
	if strings.Contains(v, "Older story about rivers\n") || !strings.Contains(v, "2 articles") || m.library.Len() != 2 {
		t.Errorf("the list still shows it (%d items):\n%s", m.library.Len(), v)
	}
	if s, ok := m.library.Selected(); !ok || s.Title != "Oldest story about bridges" {
		t.Errorf("the cursor moved to %q, want the next article", s.Title)
	}
}

func TestOpenBringsArticleUpToDate(t *testing.T) {
	st, id := sampleStore(t)
	var seen []int64
	m := newTestModel(st, Options{OpenID: id, Theme: "dark", Current: func(_ context.Context, s *store.Stored) (*store.Stored, error) {
		seen = append(seen, s.ID)
		c := *s
		c.Analysis = &reader.Analysis{Version: s.Analysis.Version + 1} // found nothing this time
		return &c, nil
	}})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(m, cmd)
	if len(seen) != 1 || seen[0] != id {
		t.Fatalf("Current saw %v, want [%d]", seen, id)
	}
	if an := m.reader.analysis(); an == nil || len(an.Quotes) != 0 {
		t.Errorf("the reader shows the stored analysis, not the current one")
	}

	// An error leaves the article as stored.
	m = newTestModel(st, Options{OpenID: id, Theme: "dark", Current: func(context.Context, *store.Stored) (*store.Stored, error) {
		return nil, errors.New("disk full")
	}})
	run(m, m.Init())
	_, cmd = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(m, cmd)
	if an := m.reader.analysis(); an == nil || len(an.Quotes) == 0 {
		t.Errorf("after an error in Current the stored analysis is gone")
	}
}

func TestLibraryRowNamesSpeakers(t *testing.T) {
	it := libraryItem{s: store.Summary{Title: "T", Source: "BBC News", Quotes: 5, Speakers: []string{"Volodymyr Zelensky", "Donald Trump"}}}
	if d, want := it.Description(), "BBC News · 5 quotes · Volodymyr Zelensky, Donald Trump"; !strings.Contains(d, want) {
		t.Errorf("row %q, want %q", d, want)
	}
	one := libraryItem{s: store.Summary{Title: "T", Source: "South Post", Quotes: 1}}
	if d, want := one.Description(), "South Post · 1 quote"; !strings.HasSuffix(d, want) {
		t.Errorf("row %q, want it to end %q", d, want)
	}
}

func TestLibraryFilter(t *testing.T) {
	m, st, id := openLibrary(t, Options{})
	press(m, "*") // star the first (the sample)
	press(m, "j", "m")
	if !st.articles[id].Starred {
		t.Fatal("not starred")
	}
	titles := func() []string {
		var out []string
		for _, it := range m.library.list.Items() {
			out = append(out, it.(libraryItem).s.Title)
		}
		return out
	}
	press(m, "u")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "byline · library · unread") || !strings.Contains(v, "2 unread articles") || len(titles()) != 2 {
		t.Errorf("u: unread only: %q\n%s", titles(), v)
	}
	press(m, "u")
	if got := titles(); len(got) != 1 || !strings.HasPrefix(got[0], "Zelensky says") || !strings.Contains(ansi.Strip(m.View()), "1 starred article") {
		t.Errorf("u u: starred only: %q\n%s", got, ansi.Strip(m.View()))
	}
	st.articles[id].Starred = false
	press(m, "u", "u", "u") // all, unread, starred: none now
	if v := ansi.Strip(m.View()); !strings.Contains(v, "No starred articles: u lists them all.") {
		t.Errorf("no starred articles:\n%s", v)
	}
	press(m, "u")
	if len(titles()) != 3 || strings.Contains(ansi.Strip(m.View()), "· unread") {
		t.Errorf("u u u: all again: %q", titles())
	}
	// A page listed before the filter changed is dropped.
	m.library.Update(libraryPageMsg{offset: 0, filter: store.ListOptions{UnreadOnly: true}, items: []store.Summary{{ID: 99, Title: "stale"}}, total: 1})
	if len(titles()) != 3 {
		t.Errorf("a stale page was taken: %q", titles())
	}
}

func TestDeletePromptKeepsTheQuestion(t *testing.T) {
	title := "Zelensky says lasting peace achievable this year as he and Trump hail 'positive' call"
	for _, w := range []int{120, 60, 40} {
		p := deletePrompt(title, w)
		if ansi.StringWidth(p) > w || !strings.HasPrefix(p, "delete “Zelensky") || !strings.Contains(p, "”? y") {
			t.Errorf("width %d: %q", w, p)
		}
	}
	if p := deletePrompt("Short", 120); p != "delete “Short”? y deletes it, any other key keeps it" {
		t.Errorf("wide: %q", p)
	}
}

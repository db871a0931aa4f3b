package ui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/byline/byline/ui/config"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

func TestQGoesBackThenQuits(t *testing.T) {
	m, _ := openSample(t, 100, 30)
	if m.screen != screenReader {
		t.Fatal("not in the reader")
	}
	_, cmd := m.Update(keyPress("q"))
	if m.screen != screenLibrary {
		t.Errorf("q in the reader went to %v, want the library", m.screen)
	}
	if isQuit(cmd) {
		t.Error("q in the reader quit")
	}
	_, cmd = m.Update(keyPress("q"))
	if !isQuit(cmd) {
		t.Error("q in the library did not quit")
	}
}

// isQuit reports whether a Cmd (or a batch) quits.
func isQuit(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.QuitMsg:
		return true
	case tea.BatchMsg:
		return slices.ContainsFunc(msg, isQuit)
	}
	return false
}

func TestEscSaysWhatItDoes(t *testing.T) {
	m, _ := openSample(t, 120, 40)
	footer := func() string { return ansi.Strip(m.footerView()) }
	if !strings.Contains(footer(), "esc library") {
		t.Errorf("footer %q does not say esc goes to the library", footer())
	}
	m.reader.article.SetSearch("Trump")
	if f := footer(); !strings.Contains(f, "esc clear search") || !strings.Contains(f, "q library") {
		t.Errorf("with a search, footer %q", f)
	}
	press(m, "esc")
	if m.reader.article.SearchStatus() != "" || m.screen != screenReader {
		t.Fatal("esc did not clear the search first")
	}
	press(m, "esc")
	if m.screen != screenLibrary {
		t.Error("esc did not go back")
	}
}

func TestJumpLeavesContext(t *testing.T) {
	m, _ := openSample(t, 120, 30)
	an := m.reader.analysis()
	for i := range an.Quotes {
		m.reader.article.vp.GotoTop()
		m.reader.panes[focusQuotes].Select(i)
		ref := itemRef{focusQuotes, i}
		line := m.reader.article.cur.lineOf(an.Quotes[i].Span)
		if line < 0 || !m.reader.article.JumpTo(ref, an.Quotes[i].Span) {
			continue
		}
		top := m.reader.article.vp.YOffset
		if line-top < jumpContext && top > 0 {
			t.Errorf("quote %d at line %d shown with %d lines above it, want %d", i, line, line-top, jumpContext)
		}
	}
}

func TestHelpFits(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {60, 20}, {40, 12}} {
		m, _ := openSample(t, sz[0], sz[1])
		for _, screen := range []string{"reader", "library", "speakers"} {
			switch screen {
			case "library":
				press(m, "q")
			case "speakers":
				press(m, "tab")
				if m.screen != screenSpeakers {
					t.Fatalf("tab went to %v", m.screen)
				}
			}
			// The short help keeps esc, q and ?.
			f := ansi.Strip(m.footerView())
			if !strings.Contains(f, "? more keys") || ansi.StringWidth(f) > sz[0] {
				t.Errorf("%dx%d %s: footer %q", sz[0], sz[1], screen, f)
			}
			// The full help pages through every entry, each shown whole.
			want := m.helpEntries()
			seen := map[string]bool{}
			press(m, "?")
			for page := 0; m.fullHelp && page < 20; page++ {
				v := strings.Split(ansi.Strip(m.View()), "\n")
				if len(v) != sz[1] {
					t.Fatalf("%dx%d %s: %d lines", sz[0], sz[1], screen, len(v))
				}
				for _, l := range v {
					if ansi.StringWidth(l) > sz[0] {
						t.Errorf("%dx%d: line wider than the window: %q", sz[0], sz[1], l)
					}
				}
				text := strings.Join(v, "\n")
				for _, e := range want {
					if strings.Contains(text, e.name) {
						seen[e.name] = true
					}
				}
				press(m, "?")
			}
			if m.fullHelp {
				t.Fatalf("%dx%d %s: ? never closed the help", sz[0], sz[1], screen)
			}
			for _, e := range want {
				if !seen[e.name] {
					t.Errorf("%dx%d %s: help never shows %q", sz[0], sz[1], screen, e.name)
				}
			}
		}
	}
}

func TestHelpNamesActionsAndRebinds(t *testing.T) {
	st, id := sampleStore(t)
	cfg := config.Default()
	cfg.Keys = map[string]config.KeyList{"next-quote": {"ctrl+n", "J"}, "quit": {"Q"}}
	m := newTestModel(st, Options{OpenID: id, Theme: "dark", Config: &cfg})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(m, cmd)
	press(m, "J")
	if sel := m.reader.article.sel; sel.pane != focusQuotes {
		t.Errorf("J (rebound next-quote) did not jump to a quote: %+v", sel)
	}
	press(m, "]")
	if m.reader.panes[focusQuotes].cursor != 0 {
		t.Error("] still moves to the next quote after rebinding")
	}
	press(m, "?")
	help := strings.Join(strings.Fields(ansi.Strip(strings.Join(m.fullHelpLines(), "\n"))), " ")
	if !strings.Contains(help, "ctrl+n/J next-quote") || !strings.Contains(help, "open-link") {
		t.Errorf("full help does not show the names and new keys:\n%s", help)
	}
	press(m, "esc", "Q")
	if m.screen != screenLibrary {
		t.Error("Q (rebound quit) did not leave the reader")
	}
}

func TestNoColorKeepsEmphasis(t *testing.T) {
	s := newStyles(themeFor(termenv.Ascii), true, termenv.Ascii)
	check := func(name, seq string, want ...string) {
		t.Helper()
		if strings.Contains(seq, "38;") || strings.Contains(seq, "48;") {
			t.Errorf("%s has colour under NO_COLOR: %q", name, seq)
		}
		for _, w := range want {
			if !strings.Contains(seq, w) {
				t.Errorf("%s = %q, want SGR %s", name, seq, w)
			}
		}
	}
	// SGR attributes: 1 bold, 3 italic, 4 underline, 7 reverse.
	check("quote", s.Marks[markQuote].open, "3")
	check("person", s.Marks[markPerson].open, "4")
	check("figure", s.Marks[markFigure].open, "1")
	check("match", s.Marks[markMatch].open, "7")
	check("current match", s.Marks[markCurrent].open, "7", "1")
	check("selected quote", s.Selected[markQuote].open, "1", "4")
	check("pane cursor", toSGR(s.Pane.Cursor).open, "7")
	for k := markRelated; k < numMarks; k++ {
		if s.Marks[k].open == "" {
			t.Errorf("%v has no emphasis under NO_COLOR", k)
		}
	}
}

func TestSixteenColourKindsDistinct(t *testing.T) {
	for _, dark := range []bool{true, false} {
		s := newStyles(themeFor(termenv.ANSI), dark, termenv.ANSI)
		seen := map[string]markKind{}
		for _, k := range []markKind{markQuote, markReported, markPerson, markPlace, markOrg, markSpeaker, markFigure, markRelated} {
			fg := fgOf(s.Marks[k].open)
			if fg == "" {
				t.Errorf("dark=%v: %v has no colour", dark, k)
			}
			if o, ok := seen[fg]; ok {
				t.Errorf("dark=%v: %v and %v share colour %s", dark, k, o, fg)
			}
			seen[fg] = k
		}
	}
	_ = lipgloss.Color("")
}

// fgOf returns the foreground colour parameter of an SGR sequence.
func fgOf(seq string) string {
	for _, p := range strings.FieldsFunc(seq, func(r rune) bool { return r == ';' || r == 'm' || r == '[' || r == '\x1b' }) {
		if n := len(p); n >= 2 && (p[0] == '3' || p[0] == '9') && p[1] >= '0' && p[1] <= '7' && n == 2 {
			return p
		}
	}
	return ""
}

func TestScrollMarker(t *testing.T) {
	m, _ := openSample(t, 120, 20) // the Quotes pane shows fewer rows than its 9 quotes
	p := &m.reader.panes[focusQuotes]
	title := func() string { return ansi.Strip(strings.Split(p.View(), "\n")[0]) }
	if !strings.Contains(title(), "Quotes 9 ↓") {
		t.Errorf("title %q: no sign of the hidden rows", title())
	}
	press(m, "2", "G")
	if !strings.Contains(title(), "Quotes 9 ↑") {
		t.Errorf("at the bottom, title %q", title())
	}
	// Tabbed (the sidebar over the article at 60x10): the tab bar carries
	// the mark, the names stay whole.
	m2, _ := openSample(t, 60, 10)
	press(m2, "2")
	bar := ansi.Strip(m2.reader.tabBar(m2.reader.panes[focusQuotes].w))
	if !strings.Contains(bar, "Quotes 9") || !strings.HasSuffix(strings.TrimSpace(bar), "↓") {
		t.Errorf("tab bar %q", bar)
	}
	m3, _ := openSample(t, 120, 60)
	if h := m3.reader.panes[focusQuotes].scrollMark(); h != "" {
		t.Errorf("every row shown, yet mark %q", h)
	}
}

func TestAutoRefresh(t *testing.T) {
	st, _ := sampleStore(t)
	cfg := config.Default()
	cfg.Refresh = time.Hour
	m := newTestModel(st, Options{Theme: "dark", Config: &cfg, Refresh: func(context.Context) (string, error) { return "1 new", nil }})
	if m.refreshTick() == nil {
		t.Fatal("refresh = 1h sets no timer")
	}
	m.Update(refreshTickMsg{})
	if !m.refreshing {
		t.Error("the periodic refresh did not start one")
	}
	none := newTestModel(st, Options{Theme: "dark"})
	if none.refreshTick() != nil {
		t.Error("a timer without refresh in the config")
	}
}

func TestWideRowKeepsItsLead(t *testing.T) {
	p := newListPane(focusFigures, "Figures", defaultKeyMap(), newStyles(themeFor(termenv.Ascii), true, termenv.Ascii))
	p.SetSize(30, 5)
	p.SetRows([]paneRow{{idx: 0, speaker: -1, lead: "more than 1,000 people across", text: "down from a peak of over", meta: "count", kind: markFigure}})
	row := ansi.Strip(strings.Split(p.View(), "\n")[1])
	if !strings.Contains(row, "more than 1,000") {
		t.Errorf("row %q lost its figure", row)
	}
	if ansi.StringWidth(row) != 30 {
		t.Errorf("row is %d cells", ansi.StringWidth(row))
	}
}

package ui

import (
	"context"
	"fmt"
	"math/rand"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/textsafe"
)

// TestPaneEmptyAfterFull is the crash of issue 11: a pane with its cursor
// on an item is given no rows (the next article has no quotes).
func TestPaneEmptyAfterFull(t *testing.T) {
	p := newListPane(focusQuotes, "Quotes", defaultKeyMap(), newStyles(themeFor(termenv.Ascii), true, termenv.Ascii))
	p.SetSize(30, 10)
	p.SetRows([]paneRow{{idx: 0}, {idx: 1}, {idx: 2}})
	p.Move(2)
	p.SetRows(nil)
	if ref := p.Selected(); ref.idx != -1 {
		t.Errorf("Selected = %v on an empty pane", ref)
	}
	p.SetRows([]paneRow{{idx: 0, speaker: 1}, {idx: 5, speaker: 2}})
	p.SetFilter(2, "x")
	p.SetRows([]paneRow{{idx: 0}})
	if ref := p.Selected(); ref.idx != 0 || p.Len() != 1 {
		t.Errorf("Selected = %v, %d shown", ref, p.Len())
	}

	// Through the reader: the quotes pane on its last quote, back to the
	// library, open an article without analysis.
	m, _ := openSample(t, 120, 40)
	press(m, "2", "G", "3", "G", "1", "G", "esc", "j", "enter")
	if m.screen != screenReader || m.reader.article.stored == nil || m.reader.article.stored.Analysis != nil {
		t.Fatalf("did not open the article without analysis (screen %v)", m.screen)
	}
	press(m, "2", "enter", "3", "enter", "1", "enter", "]", "}")
	_ = m.View()
}

// hostileStrings are sequences a terminal acts on.
var hostileStrings = []string{
	"\x1b[31mred\x1b[0m", "\x1b]52;c;cm0gLXJmIH4=\x07", "\x1b]8;;http://evil/\x1b\\link\x1b]8;;\x1b\\",
	"\x1b]0;pwned\x07", "\x1bP1$r0m\x1b\\", "\x1bc", "\x1b[?1049l", "\u009b2J", "\u009d0;x\u009c",
	"\x1b", "\x07", "\x7f", "\r", "\x08",
}

// sgrSeq matches the SGR sequences byline's styling emits.
var sgrSeq = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// checkFrame fails when a frame holds anything a terminal acts on besides
// SGR styling and newlines.
func checkFrame(t *testing.T, what, frame string) {
	t.Helper()
	rest := sgrSeq.ReplaceAllString(frame, "")
	for i, r := range rest {
		if r == '\n' {
			continue
		}
		if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f {
			lo := max(0, i-40)
			t.Fatalf("%s: control %U left at %d: %q", what, r, i, rest[lo:min(len(rest), i+40)])
		}
	}
}

// hostileArticle is an article as an older byline may have stored it:
// raw escape sequences in every field, and an analysis naming them.
func hostileArticle() (*reader.Article, *reader.Analysis) {
	h := strings.Join(hostileStrings, "")
	body := "Title " + h + "\n\nBy Ann " + h + " Lee\n\n" +
		"\"We will " + h + " rebuild,\" said Tom " + h + " Jones.\n\n" +
		"The council approved $4.5 million " + h + " on Monday.\n"
	a := &reader.Article{Title: "Title " + h, Source: "News " + h, Authors: []string{"Ann " + h + " Lee"}, Body: body}
	a.Blocks = []reader.Block{{Kind: reader.BlockTitle, Span: reader.Span{End: len("Title " + h)}}}
	for _, p := range strings.Split(body, "\n\n")[1:] {
		i := strings.Index(body, p)
		a.Blocks = append(a.Blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: i, End: i + len(strings.TrimRight(p, "\n"))}})
	}
	q := strings.Index(body, "\"We")
	qe := strings.Index(body, ",\"") + 2
	f := strings.Index(body, "$4.5")
	an := &reader.Analysis{Version: reader.AnalyzerVersion,
		Speakers: []reader.Speaker{{Name: "Tom " + h + " Jones", Role: "mayor " + h, Aliases: []string{"Jones" + h}, Kind: reader.Person, Quotes: 1}},
		Quotes:   []reader.Quote{{Span: reader.Span{Start: q, End: qe}, Speaker: 0}},
		Figures:  []reader.Figure{{Span: reader.Span{Start: f, End: f + 12}, Sentence: reader.Span{Start: f - 30, End: f + 40}, Kind: reader.Money}},
		Entities: []reader.Entity{{Name: "Tom " + h, Kind: reader.Person, Mentions: []reader.Span{{Start: q + 30, End: q + 40}}}},
	}
	return a, an
}

func TestHostileTextNeverReachesTheFrame(t *testing.T) {
	st := newFakeStore()
	a, an := hostileArticle()
	id, _, err := st.Put(context.Background(), a, an)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(st, Options{Theme: "dark"})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(m, cmd)
	checkFrame(t, "library", m.View())
	press(m, "/", "T", "i", "t", "l", "e")
	checkFrame(t, "search", m.View())
	press(m, "esc", "esc", "tab")
	checkFrame(t, "speakers", m.View())
	press(m, "enter")
	checkFrame(t, "speaker's quotes", m.View())
	press(m, "esc", "esc", "tab")

	m = newTestModel(st, Options{Theme: "dark", OpenID: id})
	run(m, m.Init())
	_, cmd = m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	run(m, cmd)
	if m.reader.article.stored == nil {
		t.Fatal("article not open")
	}
	v := m.View()
	if !strings.Contains(sgrSeq.ReplaceAllString(v, ""), "rebuild") {
		t.Errorf("the article's text is not shown:\n%s", v)
	}
	for _, k := range []string{"", "1", "2", "3", "e", "]", "}", "s", "s"} {
		press(m, k)
		checkFrame(t, "reader after "+k, m.View())
	}
	_, cmd = m.Update(tea.WindowSizeMsg{Width: 60, Height: 20})
	run(m, cmd)
	checkFrame(t, "narrow reader", m.View())
}

func TestSafeFrameKeepsSGR(t *testing.T) {
	f := "\x1b[1;4mbold\x1b[22;24m \x1b]0;x\x07t\u009b2Jx\x1b[2J\n\x1b[38;2;1;2;3mc\x1b[0m"
	want := "\x1b[1;4mbold\x1b[22;24m tx\n\x1b[38;2;1;2;3mc\x1b[0m"
	if got := safeFrame(f); got != want {
		t.Errorf("safeFrame = %q, want %q", got, want)
	}
	// byline's own hyperlinks stay; one carrying a control byte goes.
	link := "\x1b]8;;https://example.org/a?b=1\x07text\x1b]8;;\x07"
	if got := safeFrame(link); got != link {
		t.Errorf("safeFrame(link) = %q", got)
	}
	if got := safeFrame("\x1b]8;;https://e.org/\x1b[2J\x07x"); strings.Contains(got, "\x1b]") || strings.Contains(got, "\x1b[2J") {
		t.Errorf("a hyperlink with an escape inside kept: %q", got)
	}
	if !textsafe.Safe("plain") || safeFrame("plain\n") != "plain\n" {
		t.Error("plain text changed")
	}
}

// randomLibrary is a store with the articles that have broken the reader:
// empty, huge, CJK, quote-dense, hostile, and the sample.
func randomLibrary(t testing.TB) *fakeStore {
	st, _ := sampleStore(t)
	ctx := context.Background()
	put := func(a *reader.Article, an *reader.Analysis) {
		if _, _, err := st.Put(ctx, a, an); err != nil {
			t.Fatal(err)
		}
	}
	put(&reader.Article{Title: ""}, nil)
	put(&reader.Article{Title: "Empty analysis", Body: "Empty analysis\n\nNo one said anything.",
		Blocks: []reader.Block{{Kind: reader.BlockParagraph, Span: reader.Span{Start: 16, End: 37}}}}, &reader.Analysis{})
	huge, hugeAn := longArticle(t, 5000)
	put(huge, hugeAn)
	cjk := "東京の記者会見で「我々は橋を再建する」と市長は述べた。予算は45億円。"
	var b strings.Builder
	b.WriteString("日本語の記事\n\n")
	for range 50 {
		b.WriteString(cjk + "\n\n")
	}
	body := b.String()
	ca := &reader.Article{Title: "日本語の記事", Body: body}
	can := &reader.Analysis{Speakers: []reader.Speaker{{Name: "市長", Kind: reader.Person}}}
	for i := 0; ; {
		j := strings.Index(body[i:], "「")
		if j < 0 {
			break
		}
		s := i + j
		e := s + strings.Index(body[s:], "」") + len("」")
		ca.Blocks = append(ca.Blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: s - 15, End: s - 15 + len(cjk)}})
		can.Quotes = append(can.Quotes, reader.Quote{Span: reader.Span{Start: s, End: e}, Speaker: 0})
		i = e
	}
	put(ca, can)
	// Quote-dense: every sentence a quote, by many speakers.
	b.Reset()
	b.WriteString("Everyone talks\n\n")
	dn := &reader.Analysis{}
	da := &reader.Article{Title: "Everyone talks"}
	for i := range 400 {
		s := b.Len()
		fmt.Fprintf(&b, "\"Point %d is right,\" said Speaker%d Name.\n\n", i, i%37)
		da.Blocks = append(da.Blocks, reader.Block{Kind: reader.BlockParagraph, Span: reader.Span{Start: s, End: b.Len() - 2}})
		dn.Quotes = append(dn.Quotes, reader.Quote{Span: reader.Span{Start: s, End: s + len(fmt.Sprintf("\"Point %d is right,\"", i))}, Speaker: i % 37})
	}
	for i := range 37 {
		dn.Speakers = append(dn.Speakers, reader.Speaker{Name: fmt.Sprintf("Speaker%d Name", i), Kind: reader.Person})
	}
	da.Body = b.String()
	put(da, dn)
	ha, han := hostileArticle()
	put(ha, han)
	return st
}

// TestRandomUI drives the reader with random keys, mouse events and
// resizes over randomLibrary, and fails on any panic.
func TestRandomUI(t *testing.T) {
	st := randomLibrary(t)
	keys := []string{"enter", "esc", "tab", "shift+tab", "up", "down", "backspace", "j", "k", "g", "G",
		"b", "f", " ", "1", "2", "3", "]", "[", "}", "{", "e", "s", "/", "n", "N", "m", "*", "u", "?", "a", "x", "D"}
	n := 3000
	if testing.Short() {
		n = 500
	}
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	m := newTestModel(st, Options{Theme: "dark"})
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, cmd)
	var last []string
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("seed %d: panic %v after %q\n%s", seed, r, last, debug.Stack())
		}
	}()
	step := func(what string, msg tea.Msg) {
		last = append(last, what)
		if len(last) > 30 {
			last = last[1:]
		}
		_, cmd := m.Update(msg)
		run(m, cmd)
	}
	for i := 0; i < n; i++ {
		switch r := rng.Intn(20); {
		case r == 0:
			w, h := 1+rng.Intn(300), 1+rng.Intn(100)
			if rng.Intn(3) == 0 {
				w, h = 1+rng.Intn(12), 1+rng.Intn(6)
			}
			step(fmt.Sprintf("size %dx%d", w, h), tea.WindowSizeMsg{Width: w, Height: h})
		case r <= 3:
			ev := tea.MouseEvent{X: rng.Intn(m.w + 2), Y: rng.Intn(m.h + 2),
				Button: tea.MouseButton(rng.Intn(7)), Action: tea.MouseAction(rng.Intn(3))}
			step(fmt.Sprintf("mouse %+v", ev), tea.MouseMsg(ev))
		default:
			k := keys[rng.Intn(len(keys))]
			if k == "D" {
				k = "x" // no deleting: the library would empty
			}
			step(k, keyPress(k))
		}
		if i%7 == 0 {
			_ = m.View()
		}
	}
}

// failingMarks is a store whose read and star writes fail (a read-only
// or full disk).
type failingMarks struct{ *fakeStore }

func (failingMarks) SetRead(context.Context, int64, bool) error {
	return fmt.Errorf("attempt to write a readonly database")
}
func (failingMarks) SetStarred(context.Context, int64, bool) error {
	return fmt.Errorf("attempt to write a readonly database")
}

// TestFailedMarkRollsBack: a star or read mark whose write fails is put
// back as it was, and the status says why.
func TestFailedMarkRollsBack(t *testing.T) {
	st, _ := sampleStore(t)
	m := New(context.Background(), failingMarks{st}, Options{Theme: "dark"})
	m.clearAfter = nil
	run(m, m.Init())
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	run(m, cmd)
	before, _ := m.library.Selected()
	press(m, "*")
	after, _ := m.library.Selected()
	if after.Starred != before.Starred {
		t.Error("the star stayed after its write failed")
	}
	if !strings.Contains(m.status, "could not star") || !strings.Contains(m.status, "readonly") {
		t.Errorf("status %q", m.status)
	}
	press(m, "m")
	if after, _ = m.library.Selected(); after.Read != before.Read {
		t.Error("the read mark stayed after its write failed")
	}
}

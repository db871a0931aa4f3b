package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/byline/byline/store"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// recordingHost is a readerHost that records what the reader asks of the
// root.
type recordingHost struct {
	calls []string
	help  bool
}

func (h *recordingHost) record(s string) { h.calls = append(h.calls, s) }

func (h *recordingHost) setStatus(text string, _ bool) tea.Cmd {
	h.record("status " + text)
	return nil
}
func (h *recordingHost) relayout()      {}
func (h *recordingHost) helpOpen() bool { return h.help }
func (h *recordingHost) toggleHelp()    { h.help = !h.help; h.record("toggle help") }
func (h *recordingHost) closeHelp()     { h.help = false; h.record("close help") }
func (h *recordingHost) showReader()    { h.record("show") }
func (h *recordingHost) leaveReader(quitting bool) {
	if quitting {
		h.record("quit")
		return
	}
	h.record("leave")
}
func (h *recordingHost) startSearch(p string) tea.Cmd { h.record("search " + p); return nil }
func (h *recordingHost) refresh() tea.Cmd             { h.record("refresh"); return nil }
func (h *recordingHost) markRead(s store.Summary) tea.Cmd {
	h.record("read " + s.Title[:8])
	return nil
}

// TestReaderModelAlone drives the reader screen without the root: it
// asks its host to show it and mark the article read, draws exactly its
// size, and hands help, search and leaving to the host.
func TestReaderModelAlone(t *testing.T) {
	st, id := sampleStore(t)
	h := &recordingHost{}
	opt := Options{}
	r := newReaderModel(h, context.Background(), st, &opt, defaultKeyMap(), newStyles(themeFor(termenv.Ascii), true, termenv.Ascii))
	r.setSize(100, 30)
	msg := r.open(id, 2)()
	if cmd := r.Update(msg); cmd != nil {
		for _, m := range exec(cmd) {
			r.Update(m)
		}
	}
	if want := []string{"show", "read Zelensky"}; !slices.Equal(h.calls, want) {
		t.Fatalf("host asked %q, want %q", h.calls, want)
	}
	if r.article.cur == nil {
		t.Fatal("the article was not rendered")
	}
	if got := r.panes[focusQuotes].Selected(); got.idx != 2 {
		t.Errorf("opened at quote %d, want 2", got.idx)
	}
	lines := strings.Split(r.View(), "\n")
	if len(lines) != 30 {
		t.Errorf("view has %d lines, want 30", len(lines))
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != 100 {
			t.Fatalf("line %d is %d cells wide, want 100: %q", i, w, l)
		}
	}
	h.calls = nil
	for _, k := range []string{"?", "esc", "/", "esc", "q"} {
		r.Update(keyPress(k))
	}
	want := []string{"toggle help", "close help", "search search the article", "leave", "quit"}
	if !slices.Equal(h.calls, want) {
		t.Errorf("keys asked the host %q, want %q", h.calls, want)
	}
}

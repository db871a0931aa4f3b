package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSpeakersFilter: / opens a filter in which letters are text, never
// commands (g would go to the top, r refresh the feeds, q quit); the
// speakers listed are those whose names hold the text; esc clears it.
func TestSpeakersFilter(t *testing.T) {
	refreshed := false
	m, _, _ := openLibrary(t, Options{Refresh: func(context.Context) (string, error) { refreshed = true; return "", nil }})
	press(m, "tab")
	all := m.speakers.list.Items()
	if len(all) < 3 {
		t.Fatalf("%d speakers in the sample", len(all))
	}
	press(m, "/", "t", "r", "u", "m", "p", "q", "g", "r")
	if m.screen != screenSpeakers || refreshed {
		t.Fatalf("letters ran commands: screen %v, refreshed %v", m.screen, refreshed)
	}
	if got := m.speakers.Filter(); got != "trumpqgr" {
		t.Errorf("filter %q", got)
	}
	press(m, "backspace", "backspace", "backspace")
	items := m.speakers.list.Items()
	if len(items) == 0 || len(items) >= len(all) {
		t.Fatalf("filter trump: %d of %d speakers", len(items), len(all))
	}
	for _, it := range items {
		s := it.(speakerItem).s
		if !strings.Contains(strings.ToLower(s.Name+" "+strings.Join(s.Aliases, " ")), "trump") {
			t.Errorf("%q listed for trump", s.Name)
		}
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "“trump”") || !strings.Contains(v, "of "+strconv.Itoa(len(all))+" speakers") {
		t.Errorf("the filter is not shown:\n%s", v)
	}
	press(m, "enter") // keep the filter, leave the input
	if m.searching || len(m.speakers.list.Items()) != len(items) {
		t.Errorf("enter: searching %v, %d listed", m.searching, len(m.speakers.list.Items()))
	}
	press(m, "esc")
	if m.screen != screenSpeakers || len(m.speakers.list.Items()) != len(all) {
		t.Errorf("esc: screen %v, %d listed, want all %d", m.screen, len(m.speakers.list.Items()), len(all))
	}
}

// TestSpeakerRowsShowRole: a speaker's row says their role first.
func TestSpeakerRowsShowRole(t *testing.T) {
	m, _, _ := openLibrary(t, Options{})
	press(m, "tab")
	found := false
	for _, it := range m.speakers.list.Items() {
		s := it.(speakerItem)
		if s.s.Role == "" {
			continue
		}
		found = true
		if d := s.Description(); !strings.HasPrefix(d, s.s.Role+" · ") {
			t.Errorf("%s: description %q does not lead with the role", s.s.Name, d)
		}
	}
	if !found {
		t.Fatal("no speaker of the sample has a role")
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "President · ") {
		t.Errorf("no role shown:\n%s", v)
	}
}

package ui

import (
	"bytes"
	"context"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// TestGoldenReader runs the whole program on the sample article at two
// sizes, moves through it, and compares the final screen.
func TestGoldenReader(t *testing.T) {
	for _, tc := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"120x40", 120, 40, []string{"]", "]", "]"}},
		{"80x24", 80, 24, []string{"2", "j", "enter"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, id := sampleStore(t)
			m := New(context.Background(), st, Options{OpenID: id, Theme: "dark"})
			tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(tc.w, tc.h))
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte("has held what"))
			}, teatest.WithDuration(5*time.Second))
			for _, k := range tc.keys {
				tm.Send(keyPress(k))
			}
			tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
			fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
			teatest.RequireEqualOutput(t, []byte(fm.View()))
		})
	}
}

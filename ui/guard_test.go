package ui

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// bomb panics in Update on "u", in View on "v", and in a Cmd on "c".
type bomb struct{ view bool }

func (b bomb) Init() tea.Cmd { return nil }
func (b bomb) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return b, nil
	}
	switch k.String() {
	case "u":
		var s []int
		_ = s[3]
	case "v":
		b.view = true
	case "c":
		return b, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("in a cmd") })
	}
	return b, nil
}
func (b bomb) View() string {
	if b.view {
		panic("in view")
	}
	return "ok"
}

func TestGuardQuitsOnPanic(t *testing.T) {
	for _, k := range []string{"u", "v", "c"} {
		g := NewGuard(bomb{})
		var out bytes.Buffer
		p := tea.NewProgram(g, tea.WithInput(strings.NewReader(k)), tea.WithOutput(&out))
		_, err := p.Run()
		v, stack := g.Panic()
		if v == nil || len(stack) == 0 {
			t.Errorf("%s: panic not caught (err %v)", k, err)
		}
		if errors.Is(err, tea.ErrProgramPanic) || strings.Contains(out.String(), "Caught") {
			t.Errorf("%s: bubbletea caught the panic itself: %v\n%s", k, err, out.String())
		}
	}
}

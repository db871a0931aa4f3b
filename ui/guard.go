package ui

import (
	"fmt"
	"runtime/debug"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// Guard wraps a model so that a panic in its Init, Update or View, or in
// a Cmd it returns, quits the program cleanly (the terminal restored by
// bubbletea's normal shutdown) instead of printing a stack trace over the
// screen; the caller then reports it (see Panic).
type Guard struct {
	m tea.Model

	mu    sync.Mutex
	val   any
	stack []byte
	// caught is closed at the first panic, to wake waitPanic.
	caught chan struct{}
}

// NewGuard returns m guarded.
func NewGuard(m tea.Model) *Guard { return &Guard{m: m, caught: make(chan struct{})} }

// waitPanic is a Cmd that returns when a panic is caught, so that one in
// View, which cannot return a Cmd, still quits the program.
func (g *Guard) waitPanic() tea.Msg {
	<-g.caught
	return panicMsg{}
}

// Panic returns the first panic caught and its stack, or nil.
func (g *Guard) Panic() (any, []byte) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.val, g.stack
}

// panicMsg tells the program that a Cmd panicked.
type panicMsg struct{}

func (g *Guard) catch(r any) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.val == nil {
		g.val, g.stack = r, debug.Stack()
		if g.val == nil {
			g.val = fmt.Sprint(r)
		}
		close(g.caught)
	}
}

func (g *Guard) panicked() bool {
	v, _ := g.Panic()
	return v != nil
}

// Init implements tea.Model.
func (g *Guard) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.catch(r)
			cmd = tea.Quit
		}
	}()
	return tea.Batch(g.wrap(g.m.Init()), g.waitPanic)
}

// Update implements tea.Model.
func (g *Guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	if _, ok := msg.(panicMsg); ok || g.panicked() {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.catch(r)
			m, cmd = g, tea.Quit
		}
	}()
	next, c := g.m.Update(msg)
	g.m = next
	return g, g.wrap(c)
}

// View implements tea.Model.
func (g *Guard) View() (v string) {
	if g.panicked() {
		return ""
	}
	defer func() {
		if r := recover(); r != nil {
			g.catch(r)
			v = ""
		}
	}()
	return g.m.View()
}

// wrap makes a Cmd report its panic as a panicMsg; the Cmds of a batch it
// returns are wrapped in turn.
func (g *Guard) wrap(c tea.Cmd) tea.Cmd {
	if c == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.catch(r)
				msg = panicMsg{}
			}
		}()
		msg = c()
		if b, ok := msg.(tea.BatchMsg); ok {
			w := make(tea.BatchMsg, len(b))
			for i, c := range b {
				w[i] = g.wrap(c)
			}
			msg = w
		}
		return msg
	}
}

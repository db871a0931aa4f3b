package ui

import (
	"context"
	"math/rand"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// TestBadAnalysisDoesNotPanic opens articles whose blocks and analysis
// hold spans out of range, reversed or overlapping, and speaker indexes
// that point nowhere, and drives the reader through them.
func TestBadAnalysisDoesNotPanic(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	a := sampleArticle(t)
	n := len(a.Body)
	span := func() reader.Span {
		s := rng.Intn(n+40) - 20
		return reader.Span{Start: s, End: s + rng.Intn(80) - 10}
	}
	for round := 0; round < 20; round++ {
		b := *a
		b.Blocks = append([]reader.Block(nil), a.Blocks...)
		for i := 0; i < 5; i++ {
			k := rng.Intn(len(b.Blocks))
			b.Blocks[k].Span = span()
			b.Blocks[k].CreditSpan = span()
			b.Blocks[k].Kind = reader.BlockKind(rng.Intn(12))
		}
		an := &reader.Analysis{}
		for i := 0; i < 10; i++ {
			an.Quotes = append(an.Quotes, reader.Quote{Span: span(), Speaker: rng.Intn(6) - 2, Mention: span(), Kind: reader.QuoteKind(rng.Intn(2))})
			an.Figures = append(an.Figures, reader.Figure{Span: span(), Sentence: span(), Kind: reader.FigureKind(rng.Intn(9))})
			an.Entities = append(an.Entities, reader.Entity{Name: "Trump", Kind: reader.EntityKind(rng.Intn(4)), Mentions: []reader.Span{span(), span()}})
		}
		an.Speakers = []reader.Speaker{{Name: "Donald Trump", Aliases: []string{"Trump"}}, {Name: ""}}
		st := newFakeStore()
		id, _, _ := st.Put(context.Background(), &b, an)
		m := newTestModel(st, Options{OpenID: id})
		run(m, m.Init())
		for _, sz := range [][2]int{{120, 40}, {70, 20}} {
			_, cmd := m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			run(m, cmd)
			press(m, "]", "]", "}", "{", "[", "1", "enter", "j", "enter", "2", "G", "enter", "y", "3", "enter", "e", "/", "t", "enter", "n", "N")
			for _, l := range strings.Split(m.View(), "\n") {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Fatalf("round %d %v: line %d wide", round, sz, w)
				}
			}
			press(m, "esc", "esc", "esc")
			press(m, "enter")
		}
	}
}

func TestEmptyArticle(t *testing.T) {
	for _, body := range []string{"", "   \n\n  ", "\x00\xff\xfe binary"} {
		st := newFakeStore()
		id, _, _ := st.Put(context.Background(), &reader.Article{Title: "", Body: body}, nil)
		m := newTestModel(st, Options{OpenID: id})
		run(m, m.Init())
		_, cmd := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		run(m, cmd)
		press(m, "]", "}", "tab", "enter", "/", "x", "enter", "n", "y", "s")
		if v := m.View(); len(strings.Split(v, "\n")) != 24 {
			t.Errorf("%q: view has %d lines", body, len(strings.Split(v, "\n")))
		}
	}
}

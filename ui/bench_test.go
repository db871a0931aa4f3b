package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/byline/byline/reader"
	tea "github.com/charmbracelet/bubbletea"
	gansi "github.com/charmbracelet/glamour/ansi"
	gstyles "github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
)

// longArticle repeats the sample article until it has at least words
// words, with its analysis shifted to match.
func longArticle(tb testing.TB, words int) (*reader.Article, *reader.Analysis) {
	tb.Helper()
	base := sampleArticle(tb)
	ban := sampleAnalysis(tb, base.Body)
	per := len(strings.Fields(base.Body))
	n := (words + per - 1) / per
	a := &reader.Article{Title: base.Title, Authors: base.Authors, Source: base.Source, Date: base.Date}
	an := &reader.Analysis{Version: ban.Version, Speakers: ban.Speakers}
	shift := func(s reader.Span, d int) reader.Span {
		if s.Len() == 0 {
			return s
		}
		return reader.Span{Start: s.Start + d, End: s.End + d}
	}
	an.Entities = make([]reader.Entity, len(ban.Entities))
	var body strings.Builder
	for i := 0; i < n; i++ {
		d := body.Len()
		body.WriteString(base.Body)
		body.WriteString("\n\n")
		for _, b := range base.Blocks {
			if i > 0 && b.Kind == reader.BlockTitle {
				b.Kind = reader.BlockHeading
			}
			b.Span = shift(b.Span, d)
			b.CreditSpan = shift(b.CreditSpan, d)
			a.Blocks = append(a.Blocks, b)
		}
		for _, q := range ban.Quotes {
			q.Span, q.Mention, q.Cue = shift(q.Span, d), shift(q.Mention, d), shift(q.Cue, d)
			an.Quotes = append(an.Quotes, q)
		}
		for _, f := range ban.Figures {
			f.Span, f.Sentence = shift(f.Span, d), shift(f.Sentence, d)
			an.Figures = append(an.Figures, f)
		}
		for j, e := range ban.Entities {
			an.Entities[j].Name, an.Entities[j].Kind = e.Name, e.Kind
			for _, m := range e.Mentions {
				an.Entities[j].Mentions = append(an.Entities[j].Mentions, shift(m, d))
			}
		}
	}
	a.Body = body.String()
	// Cut at the block where the count reaches words.
	count, end := 0, len(a.Body)
	for i, b := range a.Blocks {
		count += len(strings.Fields(a.Body[b.Start:b.End]))
		if count >= words {
			end = b.End
			a.Blocks = a.Blocks[:i+1]
			break
		}
	}
	a.Body = a.Body[:end]
	keep := func(s reader.Span) bool { return s.End <= end }
	var qs []reader.Quote
	for _, q := range an.Quotes {
		if keep(q.Span) && keep(q.Mention) {
			qs = append(qs, q)
		}
	}
	an.Quotes = qs
	var fs []reader.Figure
	for _, f := range an.Figures {
		if keep(f.Sentence) {
			fs = append(fs, f)
		}
	}
	an.Figures = fs
	for i := range an.Entities {
		var ms []reader.Span
		for _, m := range an.Entities[i].Mentions {
			if keep(m) {
				ms = append(ms, m)
			}
		}
		an.Entities[i].Mentions = ms
	}
	return a, an
}

var profiles = []struct {
	name string
	p    termenv.Profile
}{{"truecolor", termenv.TrueColor}, {"ansi", termenv.ANSI}}

// BenchmarkOpen measures opening an article: Markdown, glamour rendering,
// mapping the analysis onto the lines, and painting the first screen.
func BenchmarkOpen(b *testing.B) {
	for _, words := range []int{800, 5000} {
		a, an := longArticle(b, words)
		for _, pr := range profiles {
			st := newStyles(themeFor(pr.p), true, pr.p)
			b.Run(strconv.Itoa(words)+"words/"+pr.name, func(b *testing.B) {
				for b.Loop() {
					r, err := renderDoc(buildDoc(a), an, 80, st)
					if err != nil {
						b.Fatal(err)
					}
					for i := 0; i < 40 && i < len(r.lines); i++ {
						paintLine(r.lines[i], 80, r.marks[i], nil, paintOpts{entities: true, sel: noRef}, st)
					}
				}
			})
		}
	}
}

// BenchmarkFirstScreen measures rendering the first screen (80x40) of
// the 5,000-word article, which the reader shows before the rest.
func BenchmarkFirstScreen(b *testing.B) {
	a, an := longArticle(b, 5000)
	for _, pr := range profiles {
		st := newStyles(themeFor(pr.p), true, pr.p)
		b.Run(pr.name, func(b *testing.B) {
			for b.Loop() {
				doc := buildDoc(a)
				r, err := renderUpTo(doc, an, 80, st, 48*80)
				if err != nil || !r.partial || len(r.lines) < 40 {
					b.Fatalf("err %v, partial %v, %d lines", err, r.partial, len(r.lines))
				}
				for i := 0; i < 40; i++ {
					paintLine(r.lines[i], 80, r.marks[i], nil, paintOpts{entities: true, sel: noRef}, st)
				}
			}
		})
	}
}

// BenchmarkGlamourStyle renders the 5,000-word article under the
// 16-colour profile with glamour's dark style as shipped, with its colours
// converted for the profile up front, and as byline uses it (converted,
// and without the document colour that glamour paints on every padding
// space).
func BenchmarkGlamourStyle(b *testing.B) {
	a, _ := longArticle(b, 5000)
	doc := buildDoc(a)
	for _, c := range []struct {
		name string
		cfg  gansi.StyleConfig
	}{
		{"shipped", gstyles.DarkStyleConfig},
		{"converted", convertGlamour(gstyles.DarkStyleConfig, termenv.ANSI)},
		{"byline", newStyles(basicTheme(), true, termenv.ANSI).Glamour},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				g, err := newGlamour(c.cfg, 80, termenv.ANSI)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := g.Render(doc.md); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkKeyPress measures Update + View for keys that move through the
// 5,000-word article: scrolling, focus changes, jumps.
func BenchmarkKeyPress(b *testing.B) {
	a, an := longArticle(b, 5000)
	for _, pr := range profiles {
		b.Run(pr.name, func(b *testing.B) {
			fs := newFakeStore()
			id, _, _ := fs.Put(context.Background(), a, an)
			m := newModel(context.Background(), fs, Options{OpenID: id}, newStyles(themeFor(pr.p), true, pr.p))
			m.clearAfter = nil
			run(m, m.Init())
			_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
			run(m, cmd)
			if m.reader.article.cur == nil {
				b.Fatal("not rendered")
			}
			keys := []tea.KeyMsg{keyPress("]"), keyPress("j"), keyPress("tab"), keyPress("j"),
				keyPress("}"), keyPress("tab"), keyPress("tab"), keyPress("tab"), keyPress(" "), keyPress("[")}
			i := 0
			for b.Loop() {
				_, cmd := m.Update(keys[i%len(keys)])
				if cmd != nil {
					b.Fatal("a key press returned a Cmd")
				}
				_ = m.View()
				i++
			}
		})
	}
}

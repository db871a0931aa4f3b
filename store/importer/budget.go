package importer

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/sync/semaphore"

	"github.com/byline/byline/reader"
)

// DefaultMemoryBudget is how many bytes of input the workers of one
// import parse and analyse at once. Parsing and analysing an article
// takes many times its size in memory (a few tens of times for prose,
// over a hundred for a large HTML table), so the workers share this
// budget instead of each taking the next file: one article at the size
// limit runs alone, small ones run side by side. The peak so follows the
// largest article, not the number of cores.
const DefaultMemoryBudget = reader.MaxArticleSize

// Caps on what one article's analysis keeps: a pathological text (a
// table of a hundred thousand figures, a page of quotes) would otherwise
// cost as much to store and to show as a library.
const (
	MaxQuotes   = 2000
	MaxFigures  = 2000
	MaxEntities = 1000
	MaxMentions = 500 // per entity
)

// budget returns the semaphore the workers of one import share.
func (im *Importer) budget() *semaphore.Weighted {
	n := im.MemoryBudget
	if n <= 0 {
		n = DefaultMemoryBudget
	}
	return semaphore.NewWeighted(n)
}

// acquire takes the share of the budget an input of size bytes needs
// (all of it, at most), and returns the function that gives it back.
func acquire(ctx context.Context, b *semaphore.Weighted, size, total int64) (func(), error) {
	w := min(max(size, 1), total)
	if err := b.Acquire(ctx, w); err != nil {
		return nil, err
	}
	return func() { b.Release(w) }, nil
}

// capAnalysis cuts an analysis down to the caps, keeping the first items
// (in text order), and returns a note saying what was cut, or "".
func capAnalysis(an *reader.Analysis) string {
	if an == nil {
		return ""
	}
	var cut []string
	if n := len(an.Quotes); n > MaxQuotes {
		an.Quotes = an.Quotes[:MaxQuotes:MaxQuotes]
		for i := range an.Speakers {
			an.Speakers[i].Quotes = 0
		}
		for _, q := range an.Quotes {
			if q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
				an.Speakers[q.Speaker].Quotes++
			}
		}
		cut = append(cut, fmt.Sprintf("the first %d of %d quotes", MaxQuotes, n))
	}
	if n := len(an.Figures); n > MaxFigures {
		an.Figures = an.Figures[:MaxFigures:MaxFigures]
		cut = append(cut, fmt.Sprintf("the first %d of %d figures", MaxFigures, n))
	}
	if n := len(an.Entities); n > MaxEntities {
		// Keep the most mentioned, in their order.
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool {
			return len(an.Entities[idx[a]].Mentions) > len(an.Entities[idx[b]].Mentions)
		})
		keep := make([]bool, n)
		for _, i := range idx[:MaxEntities] {
			keep[i] = true
		}
		out := make([]reader.Entity, 0, MaxEntities)
		for i, e := range an.Entities {
			if keep[i] {
				out = append(out, e)
			}
		}
		an.Entities = out
		cut = append(cut, fmt.Sprintf("the %d most named of %d entities", MaxEntities, n))
	}
	mentions := false
	for i := range an.Entities {
		if len(an.Entities[i].Mentions) > MaxMentions {
			an.Entities[i].Mentions = an.Entities[i].Mentions[:MaxMentions:MaxMentions]
			mentions = true
		}
	}
	if mentions {
		cut = append(cut, fmt.Sprintf("the first %d mentions of an entity", MaxMentions))
	}
	if len(cut) == 0 {
		return ""
	}
	s := "analysis capped: kept " + cut[0]
	for i, c := range cut[1:] {
		if i == len(cut)-2 {
			s += " and " + c
		} else {
			s += ", " + c
		}
	}
	return s
}

// MaxAnalysed is how many bytes of an article's text are analysed: the
// longest news features run to a few hundred KB, and the analysis of a
// text takes tens of times its size in memory (an 8 MB page of quotes
// kept 243 MB live). Past it, the analysis covers the text up to the
// last sentence end before the limit, and the summary says so.
const MaxAnalysed = 2 << 20

// analysedPart returns a, or when its text is longer than MaxAnalysed a
// copy cut to its first MaxAnalysed bytes (at a sentence end, else a
// space): offsets into it are offsets into a's text.
func analysedPart(a *reader.Article) *reader.Article {
	if a == nil || len(a.Body) <= MaxAnalysed {
		return a
	}
	cut := MaxAnalysed
	tail := a.Body[cut-4096 : cut]
	if i := strings.LastIndexAny(tail, ".!?\n"); i >= 0 {
		cut = cut - 4096 + i + 1
	} else if i := strings.LastIndexAny(tail, " \t"); i >= 0 {
		cut = cut - 4096 + i
	}
	for cut > 0 && !utf8.RuneStart(a.Body[cut]) {
		cut--
	}
	part := *a
	part.Body = a.Body[:cut]
	part.Blocks = nil
	for _, b := range a.Blocks {
		if b.Start >= cut {
			break
		}
		if b.End > cut {
			b.End = cut
			if b.CreditSpan.End > cut {
				b.CreditSpan = reader.Span{}
			}
			var cells []reader.Span
			for _, c := range b.Cells {
				if c.End <= cut {
					cells = append(cells, c)
				}
			}
			b.Cells = cells
		}
		part.Blocks = append(part.Blocks, b)
	}
	if part.TextStart > cut {
		part.TextStart = 0
	}
	return &part
}

// analysisNote is capAnalysis's note, with what was left unanalysed of a
// text longer than MaxAnalysed.
func analysisNote(a *reader.Article, an *reader.Analysis) string {
	note := capAnalysis(an)
	if a == nil || len(a.Body) <= MaxAnalysed {
		return note
	}
	part := fmt.Sprintf("analysed the first %d KB of %d KB of text", len(analysedPart(a).Body)>>10, len(a.Body)>>10)
	if note == "" {
		return part
	}
	return part + "; " + note
}

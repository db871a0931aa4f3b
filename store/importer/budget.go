package importer

import (
	"context"
	"fmt"
	"sort"

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

package figures

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Key figures first: Rank merges the mentions of one figure and orders the
// figures by how much the story rests on them.

// Context is what Rank needs to know of the article besides its figures.
type Context struct {
	// Body is the text the figures' spans point into.
	Body string
	// Title is the span of the headline; Lead ends the first paragraphs
	// (a byte offset: figures before it are in the lead).
	Title Span
	Lead  int
	// First ends the first paragraph, the lede (0 when not known).
	First int
	// Quotes are the spans of quoted or reported words: a number inside
	// one is a claim someone made.
	Quotes []Span
}

// Group is one figure of the ranked list, with every mention of it.
type Group struct {
	// Mentions index the figures given to Rank, in text order; the first
	// is the figure's first mention.
	Mentions []int
	// Score is the figure's salience; higher is more salient.
	Score float64
}

// Rank groups the figures that are one figure mentioned again (the same
// kind, value, range and unit, or for a figure without a value the same
// words) and returns the groups, most salient first (ties in text order).
// Salience adds up: money and percentages, changes ("rose 76%"), a
// figure in the headline or first paragraphs, inside quoted or reported
// words, repeated, and saying what it measures; dates count least.
func Rank(figs []Figure, ctx Context) []Group {
	groups := make([]Group, 0, len(figs))
	byKey := make(map[string]int, len(figs))
	for i, f := range figs {
		k := sameKey(f, ctx.Body)
		if g, ok := byKey[k]; ok && k != "" && sameFigure(figs[groups[g].Mentions[0]], f) {
			groups[g].Mentions = append(groups[g].Mentions, i)
			continue
		}
		byKey[k] = len(groups)
		groups = append(groups, Group{Mentions: []int{i}})
	}
	for gi := range groups {
		g := &groups[gi]
		best := 0.0
		for _, i := range g.Mentions {
			best = max(best, mentionScore(figs[i], ctx))
		}
		g.Score = best + 1.5*float64(len(g.Mentions)-1)
	}
	slices.SortStableFunc(groups, func(a, b Group) int { return cmp.Compare(b.Score, a.Score) })
	return groups
}

// sameFigure reports whether two figures of one value are one figure
// mentioned again: the same change, and what they measure not known to
// differ ("an 8% stake in Google" is not "profits rose 8%").
func sameFigure(a, b Figure) bool {
	if a.Change != b.Change {
		return false
	}
	return a.About == "" || b.About == "" || sameSubject(a.About, b.About)
}

// sameKey is what two mentions of one figure share: "" for a figure that
// is never merged.
func sameKey(f Figure, body string) string {
	var b strings.Builder
	b.WriteString(f.Kind.String())
	b.WriteByte('|')
	if f.HasValue && f.Kind != Date {
		b.WriteString(strconv.FormatFloat(f.Value, 'g', -1, 64))
		b.WriteByte('|')
		b.WriteString(strconv.FormatFloat(f.ValueTo, 'g', -1, 64))
		b.WriteByte('|')
		u := strings.ToLower(f.Unit)
		if f.Kind == Count {
			u = strings.TrimSuffix(u, "s") // "1,000 people" and "1,000 people's"
		}
		b.WriteString(u)
		return b.String()
	}
	if f.Start < 0 || f.End > len(body) || f.Start >= f.End {
		return ""
	}
	b.WriteString(strings.ToLower(strings.Join(strings.Fields(body[f.Start:f.End]), " ")))
	return b.String()
}

// mentionScore is the salience of one mention.
func mentionScore(f Figure, ctx Context) float64 {
	s := 0.0
	switch f.Kind {
	case Money, Percent, Ratio:
		s += 3
	case Count:
		s += 2
		if f.Unit != "" {
			s += 0.5
		}
	case Measure:
		s += 1.5
	case Duration, Age:
		s += 1
	case Date:
		s += 0.2
	case Ordinal:
		s += 0.5
	}
	switch f.Change {
	case Up, Down:
		s += 2
	case More, Less:
		s += 0.5
	}
	if f.About != "" && f.Kind != Date {
		s += 0.5
	}
	if !f.HasValue && f.Kind != Date {
		s -= 1 // "dozens": vague
	}
	switch {
	case ctx.Title.End > ctx.Title.Start && f.Start >= ctx.Title.Start && f.End <= ctx.Title.End:
		s += 4
	case f.Start < ctx.First:
		s += 3
	case f.Start < ctx.Lead:
		s += 2
	}
	for _, q := range ctx.Quotes {
		if f.Start >= q.Start && f.End <= q.End {
			s += 1
			break
		}
	}
	// Earlier is a little more salient, all else equal.
	if n := len(ctx.Body); n > 0 {
		s -= float64(f.Start) / float64(n)
	}
	return s
}

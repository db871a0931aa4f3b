package reader

import (
	"sync"

	"github.com/byline/byline/reader/figures"
)

// findFigures returns the key figures of an article in text order (see
// package figures), searching the blocks that hold text.
func findFigures(a *Article) []Figure {
	if a == nil || a.Body == "" {
		return nil
	}
	buf := blockPool.Get().(*[]figures.Span)
	blocks := (*buf)[:0]
	if len(a.Blocks) == 0 {
		blocks = append(blocks, figures.Span{Start: 0, End: len(a.Body)})
	}
	for _, b := range a.Blocks {
		if figureBlock(b.Kind) {
			blocks = append(blocks, figures.Span(b.Span))
		}
	}
	found := figures.Find(a.Body, blocks)
	*buf = blocks[:0]
	blockPool.Put(buf)
	out := make([]Figure, len(found))
	for i, f := range found {
		out[i] = Figure{Span: Span(f.Span), Kind: f.Kind, Value: f.Value, HasValue: f.HasValue, Unit: f.Unit,
			Sentence: Span(f.Sentence), ValueTo: f.ValueTo, Change: f.Change, About: f.About}
	}
	return out
}

// blockPool keeps the block lists findFigures hands to figures.Find.
var blockPool = sync.Pool{New: func() any { return new([]figures.Span) }}

// figureBlock reports whether blocks of kind k hold text to search for
// figures: body text, headings, the title and captions, but not bylines,
// source and date lines or related-story links.
func figureBlock(k BlockKind) bool {
	switch k {
	case BlockParagraph, BlockTitle, BlockHeading, BlockImage, BlockCaption, BlockQuote, BlockListItem, BlockTableRow,
		BlockDate: // a dateline's date: "Friday, January 4, 2019"
		return true
	}
	return false
}

// leadParagraphs is how many paragraphs after the headline make the lead
// for RankFigures.
const leadParagraphs = 3

// RankFigures returns the article's figures as figures.Rank groups them:
// the mentions of one figure together (indexes into an.Figures), the most
// salient first. The headline is the title block, the lead its first
// paragraphs, and quotes the analysis's quotes.
func RankFigures(a *Article, an *Analysis) []figures.Group {
	if a == nil || an == nil || len(an.Figures) == 0 {
		return nil
	}
	ctx := figures.Context{Body: a.Body, Quotes: make([]figures.Span, 0, len(an.Quotes))}
	paras := 0
	for _, b := range a.Blocks {
		switch {
		case b.Kind == BlockTitle && ctx.Title.End == 0:
			ctx.Title = figures.Span(b.Span)
		case b.Kind == BlockParagraph && paras < leadParagraphs:
			paras++
			ctx.Lead = b.End
			if paras == 1 {
				ctx.First = b.End
			}
		}
	}
	if len(a.Blocks) == 0 {
		ctx.Lead = min(len(a.Body), 600)
	}
	for _, q := range an.Quotes {
		ctx.Quotes = append(ctx.Quotes, figures.Span(q.Span))
	}
	return figures.Rank(FiguresOf(an), ctx)
}

// FiguresOf returns the analysis's figures as package figures has them.
func FiguresOf(an *Analysis) []figures.Figure {
	if an == nil {
		return nil
	}
	fs := make([]figures.Figure, len(an.Figures))
	for i, f := range an.Figures {
		fs[i] = figures.Figure{Span: figures.Span(f.Span), Kind: f.Kind, Value: f.Value, HasValue: f.HasValue,
			ValueTo: f.ValueTo, Unit: f.Unit, Change: f.Change, About: f.About, Sentence: figures.Span(f.Sentence)}
	}
	return fs
}

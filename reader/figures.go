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
	case BlockParagraph, BlockTitle, BlockHeading, BlockImage, BlockCaption, BlockQuote, BlockListItem, BlockTableRow:
		return true
	}
	return false
}

// Package reader analyses a news article: who is quoted, what they said,
// which entities are named and which figures matter. Its parts live in
// subpackages: article (the shared types, which reader names too), ingest
// (reading text, Markdown, HTML and feeds; Parse, ParseAny, ... forward to
// it), segment (the sentence splitter) and figures (the key figures).
//
// Everything here is a pure function of its input: no terminal, no
// rendering, no database, no network.
package reader

import "github.com/byline/byline/reader/article"

// The shared types live in package article; these names keep the code
// that says reader.Article, reader.Span, ... as it is.

// Format is the kind of input an Article was parsed from.
type Format = article.Format

// The formats.
const (
	FormatText     = article.FormatText
	FormatMarkdown = article.FormatMarkdown
	FormatHTML     = article.FormatHTML
	FormatFeed     = article.FormatFeed
)

// BlockKind says what a Block of an article is.
type BlockKind = article.BlockKind

// The kinds of block.
const (
	BlockParagraph = article.BlockParagraph
	BlockTitle     = article.BlockTitle
	BlockByline    = article.BlockByline
	BlockSource    = article.BlockSource
	BlockHeading   = article.BlockHeading
	BlockImage     = article.BlockImage
	BlockCaption   = article.BlockCaption
	BlockRelated   = article.BlockRelated
	BlockQuote     = article.BlockQuote
	BlockListItem  = article.BlockListItem
	BlockDate      = article.BlockDate
	BlockTableRow  = article.BlockTableRow
)

// Span is a half-open range [Start, End) of byte offsets into Article.Body.
type Span = article.Span

// Block is one structural piece of an article.
type Block = article.Block

// Article is a parsed news article.
type Article = article.Article

// Link is an inline link in an article's text.
type Link = article.Link

// Package article holds the types every part of byline's analysis shares:
// an Article with its Blocks and Spans, and what the analysis finds in it
// (Quote, Speaker, Entity, Figure, Analysis).
package article

import "time"

// Format is the kind of input an Article was parsed from.
type Format int

const (
	// FormatText is a plain-text article in the layout of the bundled
	// samples: a title line, byline and source lines, captions, and
	// blank-line-separated paragraphs.
	FormatText Format = iota
	// FormatMarkdown is a Markdown document, optionally with YAML front matter.
	FormatMarkdown
	// FormatHTML is a web page whose main content was extracted.
	FormatHTML
	// FormatFeed is an item of an RSS, Atom or JSON feed.
	FormatFeed
)

// String implements fmt.Stringer.
func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatMarkdown:
		return "markdown"
	case FormatHTML:
		return "html"
	case FormatFeed:
		return "feed"
	}
	return "unknown"
}

// BlockKind says what a Block of an article is.
type BlockKind int

const (
	// BlockParagraph is a paragraph of body text.
	BlockParagraph BlockKind = iota
	// BlockTitle is the article's headline.
	BlockTitle
	// BlockByline is a line naming the author or authors.
	BlockByline
	// BlockSource is a line naming the publisher ("BBC News").
	BlockSource
	// BlockHeading is a sub-heading inside the body.
	BlockHeading
	// BlockImage is an image's description (alt text), with its Credit.
	BlockImage
	// BlockCaption is the caption printed under an image.
	BlockCaption
	// BlockRelated is a short link to a related story, set in the body.
	BlockRelated
	// BlockQuote is a block quotation (Markdown "> ", HTML <blockquote>).
	BlockQuote
	// BlockListItem is an item of a bulleted or numbered list.
	BlockListItem
	// BlockDate is a dateline ("Friday, January 4, 2019").
	BlockDate
	// BlockTableRow is a row of a table. Its Cells are the spans of its
	// cells' text; consecutive rows form one table, and a row with Level 1
	// starts a table and is its header.
	BlockTableRow
)

// String implements fmt.Stringer.
func (k BlockKind) String() string {
	switch k {
	case BlockParagraph:
		return "paragraph"
	case BlockTitle:
		return "title"
	case BlockByline:
		return "byline"
	case BlockSource:
		return "source"
	case BlockHeading:
		return "heading"
	case BlockImage:
		return "image"
	case BlockCaption:
		return "caption"
	case BlockRelated:
		return "related"
	case BlockQuote:
		return "quote"
	case BlockListItem:
		return "item"
	case BlockDate:
		return "date"
	case BlockTableRow:
		return "row"
	}
	return "unknown"
}

// Span is a half-open range [Start, End) of byte offsets into Article.Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset i lies inside the span.
func (s Span) Contains(i int) bool { return s.Start <= i && i < s.End }

// Overlaps reports whether the two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Block is one structural piece of an article. Its Span covers its text in
// Article.Body, so Body[Start:End] is the block's text as written.
type Block struct {
	Kind BlockKind `json:"kind"`
	Span
	// Credit is the agency credit of an image ("Getty Images"); CreditSpan
	// is where it first stands in Body (zero when there is none).
	Credit     string `json:"credit,omitempty"`
	CreditSpan Span   `json:"credit_span,omitempty"`
	// Level is a heading's level (1 for the largest); 1 on the first
	// (header) row of a table.
	Level int `json:"level,omitempty"`
	// URL is the link target of a related-story block, when known.
	URL string `json:"url,omitempty"`
	// Cells are the spans of a table row's cells, in order, or of the
	// lines of a Markdown block quotation without their "> " markers.
	Cells []Span `json:"cells,omitempty"`
	// Links are the links inside the block's text (an HTML page's
	// <a href> in a paragraph), their spans in Body; a Markdown article's
	// links are read from its text instead (Article.InlineLinks).
	Links []Link `json:"links,omitempty"`
}

// Article is a parsed news article.
//
// Body is the text every offset points into. For plain-text input it is
// the input exactly as given, so offsets are byte offsets into the file.
type Article struct {
	Title   string    `json:"title"`
	Authors []string  `json:"authors,omitempty"`
	Source  string    `json:"source,omitempty"`
	Date    time.Time `json:"date,omitempty"`
	URL     string    `json:"url,omitempty"`
	// GUID is a feed item's own identifier within its feed (RSS guid, Atom
	// id, JSON Feed id), "" for anything else.
	GUID   string  `json:"guid,omitempty"`
	Format Format  `json:"format"`
	Body   string  `json:"body"`
	Blocks []Block `json:"blocks"`
	// TextStart is the byte offset in Body where the article's own text
	// starts: after a Markdown front matter block, 0 when there is none.
	// What comes before it is metadata, already read into the fields
	// above, and is left out of full-text search.
	TextStart int `json:"text_start,omitempty"`
}

// Text returns the text of a block (Body[b.Start:b.End]).
func (a *Article) Text(b Block) string { return a.Body[b.Start:b.End] }

// Paragraphs returns the article's body paragraphs, in order.
func (a *Article) Paragraphs() []Block {
	var out []Block
	for _, b := range a.Blocks {
		if b.Kind == BlockParagraph {
			out = append(out, b)
		}
	}
	return out
}

// Package cite formats citations of an article, or of one quote in it,
// from the stored article and its analysis: Markdown, CSL-JSON, RIS,
// BibLaTeX, a schema.org ClaimReview draft and a W3C Web Annotation.
//
// A quote is cited as what it is: a direct quote in quotation marks with
// its speaker, reported speech as a paraphrase without quotation marks,
// and a row no one is named for says so. Anything the analysis marks as
// neither direct nor reported speech (a stance, say) is refused with
// ErrNotSpeech.
//
// Like the rest of package reader it is pure: no terminal, no database, no
// network, no clock.
package cite

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/byline/byline/reader"
)

// ErrNotSpeech is returned for a quote row that is not speech (neither a
// direct quote nor reported speech), which a citation must not present as
// something the speaker said.
var ErrNotSpeech = errors.New("not speech: only direct quotes and reported speech are cited as said")

// Ref is what a citation cites: an article, and optionally one quote in it.
type Ref struct {
	Title   string
	Source  string
	Authors []string
	Date    time.Time // zero when unknown
	URL     string
	// Key is the citation key (BibLaTeX key, CSL and RIS id):
	// "greenall2025zelensky".
	Key string
	// Quote is the quote cited, nil when the article is cited whole.
	Quote *Quote
}

// Quote is the quote a Ref cites.
type Quote struct {
	// Index is the quote's index in the analysis.
	Index int
	Kind  reader.QuoteKind
	// Words are the quoted words, without the quotation marks around them
	// (reported speech: the reported words, without the speaker and verb).
	Words string
	// Paraphrase is reported speech as a sentence: "Vladimir Putin said
	// they would agree to halt attacks on energy infrastructure". Empty for
	// a direct quote.
	Paraphrase string
	// Speaker is the speaker's name, "" when the article names no one.
	Speaker     string
	Role        string
	SpeakerKind reader.EntityKind
	// Paragraph is the 1-based number of the body paragraph the quote
	// stands in, 0 when it stands elsewhere (Block says where).
	Paragraph int
	Block     reader.BlockKind
	// Start and End are the quote's offsets in the article's text
	// (Article.Body) in characters (Unicode code points), not bytes.
	Start, End int
	// Exact is the text at [Start, End) as written, marks included;
	// Prefix and Suffix are up to contextChars characters either side.
	Exact, Prefix, Suffix string
}

// contextChars is how many characters of context a TextQuoteSelector
// carries either side of the quote.
const contextChars = 32

// Attributed reports whether the article names the quote's speaker.
func (q *Quote) Attributed() bool { return q.Speaker != "" }

// Direct reports whether the quote is a direct quotation.
func (q *Quote) Direct() bool { return q.Kind == reader.Direct }

// ForArticle returns the reference to a whole article.
func ForArticle(a *reader.Article) *Ref {
	r := &Ref{Title: clean(a.Title), Source: clean(a.Source), Date: a.Date, URL: strings.TrimSpace(a.URL)}
	for _, au := range a.Authors {
		if au = clean(au); au != "" {
			r.Authors = append(r.Authors, au)
		}
	}
	if r.Title == "" {
		r.Title = "Untitled"
	}
	r.Key = citationKey(r)
	return r
}

// ForQuote returns the reference to quote i of the article's analysis. A
// quote that is not speech gives ErrNotSpeech; an index out of range, or
// a quote whose span is not in the body, gives an error too.
func ForQuote(a *reader.Article, an *reader.Analysis, i int) (*Ref, error) {
	if an == nil || i < 0 || i >= len(an.Quotes) {
		return nil, fmt.Errorf("cite: no quote %d", i+1)
	}
	q := an.Quotes[i]
	if q.Kind != reader.Direct && q.Kind != reader.Indirect {
		return nil, fmt.Errorf("cite: quote %d is a %v, %w", i+1, q.Kind, ErrNotSpeech)
	}
	body := a.Body
	if q.Start < 0 || q.End > len(body) || q.Start >= q.End {
		return nil, fmt.Errorf("cite: quote %d lies outside the article's text", i+1)
	}
	r := ForArticle(a)
	c := &Quote{Index: i, Kind: q.Kind}
	if q.Speaker >= 0 && q.Speaker < len(an.Speakers) {
		sp := an.Speakers[q.Speaker]
		c.Speaker, c.Role, c.SpeakerKind = clean(sp.Name), clean(sp.Role), sp.Kind
	}
	c.Words = clean(q.Words(body))
	if q.Kind == reader.Direct {
		c.Words = unquote(c.Words)
	} else {
		c.Paraphrase = paraphrase(body, q, c.Speaker, c.Words)
	}
	c.Paragraph, c.Block = where(a, q.Start)
	c.Start = utf8.RuneCountInString(body[:q.Start])
	c.End = c.Start + utf8.RuneCountInString(body[q.Start:q.End])
	c.Exact = body[q.Start:q.End]
	c.Prefix = lastRunes(body[:q.Start], contextChars)
	c.Suffix = firstRunes(body[q.End:], contextChars)
	r.Quote = c
	return r, nil
}

// clean joins a string's words with single spaces and drops invalid UTF-8
// and control characters.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// unquote strips the quotation marks around a direct quote's words and the
// comma a quote ends on before its attribution ("… this year," he wrote).
func unquote(s string) string {
	s = strings.TrimLeft(s, "\"“‘'«„")
	s = strings.TrimRight(s, "\"”’'»")
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	return strings.TrimSpace(s)
}

// where returns the 1-based number of the body paragraph holding byte
// offset i, or 0 with the kind of the block holding it.
func where(a *reader.Article, i int) (int, reader.BlockKind) {
	n := 0
	for _, b := range a.Blocks {
		if b.Kind == reader.BlockParagraph {
			n++
		}
		if b.Contains(i) {
			if b.Kind == reader.BlockParagraph {
				return n, b.Kind
			}
			return 0, b.Kind
		}
	}
	return 0, reader.BlockParagraph
}

func lastRunes(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// citationKey makes a BibLaTeX-style key: the first author's family name
// (else the source), the year and the title's first long word, in
// lower-case ASCII letters and digits.
func citationKey(r *Ref) string {
	who := r.Source
	if len(r.Authors) > 0 {
		who = splitName(r.Authors[0]).family
	}
	if who == "" {
		who = "byline"
	}
	year := ""
	if !r.Date.IsZero() {
		year = r.Date.Format("2006")
	}
	word := ""
	for _, w := range strings.Fields(r.Title) {
		if w = keyPart(w); len(w) > 3 {
			word = w
			break
		}
	}
	k := keyPart(who) + year + word
	if k == "" {
		k = "byline"
	}
	return k
}

func keyPart(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// name is a person's name split for CSL, RIS and BibLaTeX; literal is set
// instead for a name of one word (an organisation, an agency).
type name struct{ given, family, literal string }

func splitName(s string) name {
	f := strings.Fields(s)
	if len(f) < 2 {
		return name{literal: s, family: s}
	}
	return name{given: strings.Join(f[:len(f)-1], " "), family: f[len(f)-1]}
}

// location says where the quote stands: "¶ 4, characters 679–813".
func (q *Quote) location() string {
	return fmt.Sprintf("%s, characters %d–%d", q.Locator(), q.Start, q.End)
}

// Locator names where the quote stands: "¶ 4", or the kind of block when
// it is not a body paragraph ("caption", "block quote").
func (q *Quote) Locator() string {
	if q.Paragraph > 0 {
		return fmt.Sprintf("¶ %d", q.Paragraph)
	}
	switch q.Block {
	case reader.BlockQuote:
		return "block quote"
	case reader.BlockListItem:
		return "list item"
	}
	return q.Block.String()
}

// who is the speaker with their role: "Marco Rubio, Secretary of State",
// or "unattributed".
func (q *Quote) who() string {
	if !q.Attributed() {
		return "unattributed"
	}
	if q.Role != "" {
		return q.Speaker + ", " + q.Role
	}
	return q.Speaker
}

// Statement is the quote as a citation states it: a direct quote in
// quotation marks, reported speech as a paraphrase without them.
func (q *Quote) Statement() string {
	if q.Direct() {
		return `"` + q.Words + `"`
	}
	return q.Paraphrase
}

// note is the quote as one line of a note field: the statement, who said
// it and where it stands.
func (q *Quote) note() string {
	var b strings.Builder
	if q.Direct() {
		b.WriteString("Quote: " + q.Statement() + " — " + q.who())
	} else {
		b.WriteString("Reported speech (a paraphrase, not a quotation): " + q.Statement())
		if q.Attributed() && q.Role != "" {
			b.WriteString(" (" + q.Speaker + ", " + q.Role + ")")
		}
	}
	if !q.Attributed() {
		b.WriteString(" (the article names no speaker)")
	}
	b.WriteString("; " + q.location())
	return b.String()
}

package cite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/byline/byline/reader"
)

// Format is a citation format.
type Format int

const (
	// Markdown is `> "…" — Speaker, role ([Title](URL), Source, date)`.
	Markdown Format = iota
	// CSL is CSL-JSON (an array of one article-newspaper item), which
	// Zotero and pandoc read.
	CSL
	// RIS is a RIS record of type NEWS.
	RIS
	// BibLaTeX is an @online entry.
	BibLaTeX
	// ClaimReview is a schema.org ClaimReview draft in JSON-LD, its rating
	// left for the checker.
	ClaimReview
	// Annotation is a W3C Web Annotation with a TextQuoteSelector and a
	// TextPositionSelector.
	Annotation
)

var formatNames = [...]string{"markdown", "csl", "ris", "biblatex", "claimreview", "annotation"}

// Formats lists every format, in menu order.
func Formats() []Format {
	return []Format{Markdown, CSL, RIS, BibLaTeX, ClaimReview, Annotation}
}

// String implements fmt.Stringer: the name ParseFormat reads.
func (f Format) String() string {
	if f >= 0 && int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ParseFormat reads a format's name, in any case; "csl-json", "bibtex",
// "md" and "w3c" are read too.
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "md":
		return Markdown, nil
	case "csl-json", "csljson":
		return CSL, nil
	case "bibtex", "bib":
		return BibLaTeX, nil
	case "w3c", "anno", "webannotation":
		return Annotation, nil
	}
	for i, n := range formatNames {
		if s == n {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown citation format %q (want %s)", s, strings.Join(formatNames[:], ", "))
}

// ErrNeedsQuote is returned for a format that cites a quote only (the
// ClaimReview and the annotation) given a whole article.
var ErrNeedsQuote = errors.New("this format cites a quote, not a whole article")

// Text returns the citations of refs in format f: Markdown, RIS and
// BibLaTeX records one after another, separated by a blank line; CSL-JSON
// as one array; ClaimReview and annotations as one object for one ref, an
// array for several. The text ends with a newline.
func Text(f Format, refs ...*Ref) (string, error) {
	if len(refs) == 0 {
		return "", errors.New("cite: nothing to cite")
	}
	switch f {
	case Markdown, RIS, BibLaTeX:
		parts := make([]string, 0, len(refs))
		for _, r := range refs {
			var s string
			switch f {
			case Markdown:
				s = r.markdown()
			case RIS:
				s = r.ris()
			default:
				s = r.biblatex()
			}
			parts = append(parts, strings.TrimRight(s, "\n"))
		}
		return strings.Join(parts, "\n\n") + "\n", nil
	case CSL:
		items := make([]cslItem, 0, len(refs))
		for _, r := range refs {
			items = append(items, r.csl())
		}
		return marshal(items)
	case ClaimReview, Annotation:
		objs := make([]any, 0, len(refs))
		for _, r := range refs {
			if r.Quote == nil {
				return "", fmt.Errorf("cite: %v: %w", f, ErrNeedsQuote)
			}
			if f == ClaimReview {
				objs = append(objs, r.claimReview())
			} else {
				objs = append(objs, r.annotation())
			}
		}
		if len(objs) == 1 {
			return marshal(objs[0])
		}
		return marshal(objs)
	}
	return "", fmt.Errorf("cite: unknown format %v", f)
}

// marshal encodes v as indented JSON, leaving <, > and & as they are.
func marshal(v any) (string, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return "", fmt.Errorf("cite: %w", err)
	}
	return b.String(), nil
}

// longDate is the date as the Markdown citation gives it.
func (r *Ref) longDate() string {
	if r.Date.IsZero() {
		return ""
	}
	return r.Date.Format("2 January 2006")
}

// isoDate is the date as YYYY-MM-DD, "" when unknown.
func (r *Ref) isoDate() string {
	if r.Date.IsZero() {
		return ""
	}
	return r.Date.Format("2006-01-02")
}

// markdown: `> "…" — Speaker, role ([Title](URL), Source, date, ¶ 4,
// characters 679–813)`; the article alone is `[Title](URL), Source, date`
// with its authors.
func (r *Ref) markdown() string {
	title := mdEscape(r.Title)
	if r.URL != "" {
		title = "[" + title + "](" + mdURL(r.URL) + ")"
	} else {
		title = "*" + title + "*"
	}
	where := []string{title}
	if r.Quote == nil && len(r.Authors) > 0 {
		where = append([]string{mdEscape(strings.Join(r.Authors, ", "))}, where...)
	}
	if r.Source != "" {
		where = append(where, mdEscape(r.Source))
	}
	if d := r.longDate(); d != "" {
		where = append(where, d)
	}
	if r.Quote == nil {
		return strings.Join(where, ", ") + "\n"
	}
	q := r.Quote
	where = append(where, q.location())
	var b strings.Builder
	b.WriteString("> ")
	if q.Direct() {
		b.WriteString(mdEscape(q.Statement()) + " — " + mdEscape(q.who()))
	} else {
		b.WriteString(mdEscape(q.Statement()) + " — reported speech, not a quotation")
		if q.Attributed() && q.Role != "" {
			b.WriteString("; " + mdEscape(q.Speaker+", "+q.Role))
		}
		if !q.Attributed() {
			b.WriteString("; unattributed")
		}
	}
	b.WriteString(" (" + strings.Join(where, ", ") + ")\n")
	return b.String()
}

// mdEscape escapes the characters that would start Markdown markup inside
// a line of text.
func mdEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "`", "\\`", "<", `\<`).Replace(s)
}

// mdURL keeps a link target from closing the link early.
func mdURL(u string) string {
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29").Replace(u)
}

// cslName is a CSL-JSON name.
type cslName struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

// cslItem is a CSL-JSON item, with the fields of the CSL data schema it
// uses.
type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Author         []cslName `json:"author,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	URL            string    `json:"URL,omitempty"`
	Locator        string    `json:"locator,omitempty"`
	Note           string    `json:"note,omitempty"`
}

func (r *Ref) csl() cslItem {
	it := cslItem{ID: r.Key, Type: "article-newspaper", Title: r.Title, ContainerTitle: r.Source, URL: r.URL}
	for _, a := range r.Authors {
		n := splitName(a)
		if n.literal != "" {
			it.Author = append(it.Author, cslName{Literal: n.literal})
		} else {
			it.Author = append(it.Author, cslName{Family: n.family, Given: n.given})
		}
	}
	if !r.Date.IsZero() {
		it.Issued = &cslDate{DateParts: [][]int{{r.Date.Year(), int(r.Date.Month()), r.Date.Day()}}}
	}
	if q := r.Quote; q != nil {
		it.ID = fmt.Sprintf("%s-q%d", r.Key, q.Index+1)
		it.Locator = q.Locator()
		it.Note = q.note()
	}
	return it
}

// ris writes a RIS record; tags are two letters, two spaces, a hyphen and
// a space.
func (r *Ref) ris() string {
	var b strings.Builder
	tag := func(t, v string) {
		if v = clean(v); v != "" {
			b.WriteString(t + "  - " + v + "\n")
		}
	}
	tag("TY", "NEWS")
	id := r.Key
	if r.Quote != nil {
		id = fmt.Sprintf("%s-q%d", r.Key, r.Quote.Index+1)
	}
	tag("ID", id)
	tag("TI", r.Title)
	for _, a := range r.Authors {
		n := splitName(a)
		if n.literal != "" {
			tag("AU", n.literal)
		} else {
			tag("AU", n.family+", "+n.given)
		}
	}
	tag("T2", r.Source)
	if !r.Date.IsZero() {
		// The year in PY and the date in DA, as the RIS spec has them for
		// NEWS (citation.js reads the year only; Zotero reads both).
		tag("PY", r.Date.Format("2006"))
		tag("DA", r.Date.Format("2006/01/02/"))
	}
	tag("UR", r.URL)
	if q := r.Quote; q != nil {
		tag("N1", q.note())
	}
	b.WriteString("ER  - \n")
	return b.String()
}

// biblatex writes an @online entry.
func (r *Ref) biblatex() string {
	var b strings.Builder
	key := r.Key
	if r.Quote != nil {
		key = fmt.Sprintf("%s-q%d", r.Key, r.Quote.Index+1)
	}
	b.WriteString("@online{" + key + ",\n")
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "  %-12s = {%s},\n", k, v)
		}
	}
	var authors []string
	for _, a := range r.Authors {
		n := splitName(a)
		if n.literal != "" {
			authors = append(authors, "{"+texEscape(n.literal)+"}")
		} else {
			authors = append(authors, texEscape(n.family)+", "+texEscape(n.given))
		}
	}
	field("author", strings.Join(authors, " and "))
	field("title", texEscape(r.Title))
	field("organization", texEscape(r.Source))
	field("date", r.isoDate())
	if r.URL != "" {
		field("url", texURL(r.URL))
	}
	if q := r.Quote; q != nil {
		field("note", texEscape(q.note()))
	}
	b.WriteString("}\n")
	return b.String()
}

// texEscape escapes LaTeX's special characters.
func texEscape(s string) string {
	return strings.NewReplacer(`\`, `\textbackslash{}`, "{", `\{`, "}", `\}`, "&", `\&`, "%", `\%`,
		"$", `\$`, "#", `\#`, "_", `\_`, "~", `\textasciitilde{}`, "^", `\textasciicircum{}`).Replace(s)
}

// texURL keeps a URL's braces and backslashes from ending the field; the
// rest (percent signs included) is read verbatim by biber and BibTeX.
func texURL(u string) string {
	return strings.NewReplacer("{", "%7B", "}", "%7D", `\`, "%5C").Replace(u)
}

// schemaThing is a schema.org Person or Organization.
type schemaThing struct {
	Type     string `json:"@type"`
	Name     string `json:"name"`
	JobTitle string `json:"jobTitle,omitempty"`
}

type schemaArticle struct {
	Type          string        `json:"@type"`
	Headline      string        `json:"headline"`
	URL           string        `json:"url,omitempty"`
	Author        []schemaThing `json:"author,omitempty"`
	Publisher     *schemaThing  `json:"publisher,omitempty"`
	DatePublished string        `json:"datePublished,omitempty"`
}

type claim struct {
	Type          string          `json:"@type"`
	Author        *schemaThing    `json:"author,omitempty"`
	Appearance    []schemaArticle `json:"appearance"`
	DatePublished string          `json:"datePublished,omitempty"`
	Text          string          `json:"text"`
}

type rating struct {
	Type          string `json:"@type"`
	AlternateName string `json:"alternateName"`
}

type claimReview struct {
	Context       string `json:"@context"`
	Type          string `json:"@type"`
	ClaimReviewed string `json:"claimReviewed"`
	ItemReviewed  claim  `json:"itemReviewed"`
	// ReviewRating is left for the checker: an empty alternateName.
	ReviewRating  rating `json:"reviewRating"`
	DatePublished string `json:"datePublished"`
	Description   string `json:"description"`
}

// claimReview drafts a ClaimReview: claimReviewed is the quote (a direct
// quote's words, reported speech's paraphrase), itemReviewed a Claim by
// the speaker appearing in the article. The review's datePublished and
// rating are left empty for the checker.
func (r *Ref) claimReview() claimReview {
	q := r.Quote
	art := schemaArticle{Type: "NewsArticle", Headline: r.Title, URL: r.URL, DatePublished: r.isoDate()}
	for _, a := range r.Authors {
		art.Author = append(art.Author, schemaThing{Type: "Person", Name: a})
	}
	if r.Source != "" {
		art.Publisher = &schemaThing{Type: "Organization", Name: r.Source}
	}
	c := claim{Type: "Claim", Appearance: []schemaArticle{art}, DatePublished: r.isoDate(), Text: q.Statement()}
	if q.Attributed() {
		t := "Person"
		if q.SpeakerKind != reader.Person {
			t = "Organization"
		}
		c.Author = &schemaThing{Type: t, Name: q.Speaker, JobTitle: q.Role}
		if t == "Organization" {
			c.Author.JobTitle = ""
		}
	}
	claimed := q.Words
	if !q.Direct() {
		claimed = q.Paraphrase
	}
	return claimReview{Context: "https://schema.org", Type: "ClaimReview", ClaimReviewed: claimed, ItemReviewed: c,
		ReviewRating: rating{Type: "Rating"}, Description: "Draft made by byline: " + q.note()}
}

type textualBody struct {
	Type    string `json:"type"`
	Value   string `json:"value"`
	Format  string `json:"format"`
	Purpose string `json:"purpose"`
}

type selector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

type target struct {
	Source   string     `json:"source"`
	Selector []selector `json:"selector"`
}

type annotation struct {
	Context    string      `json:"@context"`
	ID         string      `json:"id"`
	Type       string      `json:"type"`
	Motivation string      `json:"motivation"`
	Body       textualBody `json:"body"`
	Target     target      `json:"target"`
}

// annotation makes a W3C Web Annotation of the quote: its body says who
// said it and how, its target selects the words by quote (exact, prefix,
// suffix) and by position in characters. Its source is the article's URL,
// else a urn naming the citation key.
func (r *Ref) annotation() annotation {
	q := r.Quote
	src := r.URL
	if src == "" {
		src = "urn:byline:article:" + r.Key
	}
	start, end := q.Start, q.End
	return annotation{
		Context: "http://www.w3.org/ns/anno.jsonld", ID: fmt.Sprintf("urn:byline:quote:%s:%d", r.Key, q.Index+1),
		Type: "Annotation", Motivation: "describing",
		Body: textualBody{Type: "TextualBody", Value: q.note() + " — " + r.plain(), Format: "text/plain", Purpose: "describing"},
		Target: target{Source: src, Selector: []selector{
			{Type: "TextQuoteSelector", Exact: q.Exact, Prefix: q.Prefix, Suffix: q.Suffix},
			{Type: "TextPositionSelector", Start: &start, End: &end},
		}},
	}
}

// plain is the article as plain text: "Title, Source, date".
func (r *Ref) plain() string {
	p := []string{r.Title}
	if r.Source != "" {
		p = append(p, r.Source)
	}
	if d := r.longDate(); d != "" {
		p = append(p, d)
	}
	return strings.Join(p, ", ")
}

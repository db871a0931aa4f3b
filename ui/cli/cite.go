package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/byline/byline/reader/cite"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer"
	"github.com/spf13/cobra"
)

// formatNames is the --format list the cite commands show.
func formatNames() string {
	var ns []string
	for _, f := range cite.Formats() {
		ns = append(ns, f.String())
	}
	return strings.Join(ns, "|")
}

func newCiteCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "cite ID [QUOTE...] [--format " + formatNames() + "]",
		Short: "Cite an article, or quotes in it, for a fact-check, Zotero or a bibliography",
		Long: `Cite prints a citation of the stored article ID, or of each QUOTE in it:
a quote's number (1 for the first quote the analysis found, as 'byline
analyze' lists them) or words it contains. A direct quote is cited in
quotation marks with its speaker; reported speech as a paraphrase without
them; a quote no one is named for says so.

Formats: markdown (the default), csl (CSL-JSON, for Zotero and pandoc), ris,
biblatex, claimreview (a schema.org ClaimReview draft) and annotation (a W3C
Web Annotation with quote and position selectors).`,
		Args: cobra.MinimumNArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			f, err := cite.ParseFormat(format)
			if err != nil {
				return err
			}
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("cite: %q is not an article ID", args[0])
			}
			text, err := citeArticle(cmd.Context(), st, id, args[1:], f)
			if err != nil {
				return err
			}
			_, err = io.WriteString(cmd.OutOrStdout(), text)
			return err
		}),
	}
	cmd.Flags().StringVarP(&format, "format", "f", "markdown", "citation format: "+formatNames())
	return cmd
}

// citeArticle cites article id, or the quotes in it that sel names (by
// 1-based number or by words they contain), in format f.
func citeArticle(ctx context.Context, st store.Store, id int64, sel []string, f cite.Format) (string, error) {
	s, err := st.Get(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return "", fmt.Errorf("cite: no article %d", id)
	}
	if err != nil {
		return "", err
	}
	if s, err = importer.Current(ctx, st, s); err != nil {
		return "", err
	}
	if len(sel) == 0 {
		return cite.Text(f, cite.ForArticle(&s.Article))
	}
	an := s.Analysis
	var refs []*cite.Ref
	for _, q := range sel {
		i, err := pickQuote(s, q)
		if err != nil {
			return "", err
		}
		r, err := cite.ForQuote(&s.Article, an, i)
		if err != nil {
			return "", err
		}
		refs = append(refs, r)
	}
	return cite.Text(f, refs...)
}

// pickQuote finds the quote sel names in an article: a 1-based number, or
// words the quote contains (case and spacing aside).
func pickQuote(s *store.Stored, sel string) (int, error) {
	an := s.Analysis
	n := 0
	if an != nil {
		n = len(an.Quotes)
	}
	if k, err := strconv.Atoi(sel); err == nil {
		if k < 1 || k > n {
			return 0, fmt.Errorf("cite: article %d has no quote %d (it has %d)", s.ID, k, n)
		}
		return k - 1, nil
	}
	want := strings.ToLower(strings.Join(strings.Fields(sel), " "))
	if want == "" {
		return 0, fmt.Errorf("cite: an empty quote")
	}
	for i := 0; i < n; i++ {
		words := strings.ToLower(strings.Join(strings.Fields(an.Quotes[i].Words(s.Article.Body)), " "))
		if strings.Contains(words, want) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("cite: no quote in article %d contains %q", s.ID, sel)
}

// quotesExtra runs what `byline quotes` does with --provenance (where
// words were quoted) or --format (a speaker's quotes cited); done is false
// when neither is given.
func quotesExtra(cmd *cobra.Command, st store.Store, speaker, format, provenance string, asJSON bool) (bool, error) {
	ctx, out := cmd.Context(), cmd.OutOrStdout()
	if cmd.Flags().Changed("provenance") {
		return true, printProvenance(ctx, st, out, provenance, asJSON)
	}
	if format == "" {
		return false, nil
	}
	f, err := cite.ParseFormat(format)
	if err != nil {
		return true, err
	}
	if speaker == "" {
		return true, errors.New("quotes: --format cites a speaker's quotes: give --speaker NAME")
	}
	qs, err := st.QuotesBy(ctx, speaker)
	if errors.Is(err, store.ErrNotFound) {
		return true, fmt.Errorf("quotes: no quotes by %q", speaker)
	}
	if err != nil {
		return true, err
	}
	return true, citeQuoteRefs(ctx, st, out, qs, f)
}

// citeQuoteRefs cites each of a speaker's quotes in format f, reading each
// article once.
func citeQuoteRefs(ctx context.Context, st store.Store, w io.Writer, qs []store.QuoteRef, f cite.Format) error {
	arts := map[int64]*store.Stored{}
	var refs []*cite.Ref
	for _, q := range qs {
		s, ok := arts[q.ArticleID]
		if !ok {
			var err error
			if s, err = st.Get(ctx, q.ArticleID); err != nil {
				return err
			}
			arts[q.ArticleID] = s
		}
		r, err := cite.ForQuote(&s.Article, s.Analysis, q.Index)
		if errors.Is(err, cite.ErrNotSpeech) {
			continue
		}
		if err != nil {
			return err
		}
		refs = append(refs, r)
	}
	if len(refs) == 0 {
		return nil
	}
	text, err := cite.Text(f, refs...)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, text)
	return err
}

// appearanceJSON is an appearance as `byline quotes --provenance --json`
// prints it.
type appearanceJSON struct {
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Date      string `json:"date"`
	Dated     bool   `json:"dated"`
	Speaker   string `json:"speaker,omitempty"`
	Text      string `json:"text"`
	Quote     int    `json:"quote"` // 1-based, as `byline cite ID QUOTE` takes it
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Same      bool   `json:"same"`
}

// provenanceJSON is what `byline quotes --provenance --json` prints.
type provenanceJSON struct {
	Words       string           `json:"words"`
	Appearances []appearanceJSON `json:"appearances"`
	Conflicting []string         `json:"conflicting_speakers,omitempty"`
}

// printProvenance lists where words were quoted, earliest first, and the
// speakers they are credited to when they differ.
func printProvenance(ctx context.Context, st store.Store, w io.Writer, words string, asJSON bool) error {
	if len(strings.Fields(words)) == 0 {
		return errors.New("quotes: --provenance needs the words of a quote")
	}
	apps, err := st.Appearances(ctx, words)
	if err != nil {
		return err
	}
	conflict := store.Conflicting(apps)
	if asJSON {
		out := provenanceJSON{Words: words, Appearances: []appearanceJSON{}, Conflicting: conflict}
		for _, a := range apps {
			out.Appearances = append(out.Appearances, appearanceJSON{ArticleID: a.ArticleID, Title: a.Title, Source: a.Source,
				URL: a.URL, Date: a.Date.Format("2006-01-02"), Dated: a.Dated, Speaker: a.Speaker, Text: a.Text,
				Quote: a.Index + 1, Start: a.Span.Start, End: a.Span.End, Same: a.Same})
		}
		return printJSON(w, out)
	}
	if len(apps) == 0 {
		n := len(strings.Fields(words))
		if n < 4 {
			fmt.Fprintf(w, "no appearances: a quote of %d word%s is too short to link (4 at least, 8 to link by part)\n", n, plural(n))
			return nil
		}
		fmt.Fprintln(w, "no article in the library quotes these words")
		return nil
	}
	fmt.Fprintf(w, "quoted in %d article%s, earliest first:\n", len(apps), plural(len(apps)))
	for _, a := range apps {
		date := a.Date.Format("2 Jan 2006")
		if !a.Dated {
			date += " (added)"
		}
		who := printable(a.Speaker)
		if who == "" {
			who = "unattributed"
		}
		how := "same quote"
		if !a.Same {
			how = "overlapping"
		}
		fmt.Fprintf(w, "%s  %s — %s [#%d, quote %d, %s]\n", date, oneLine(a.Source, a.Title), who, a.ArticleID, a.Index+1, how)
		fmt.Fprintf(w, "    %s\n", printable(a.Text))
		if a.URL != "" {
			fmt.Fprintf(w, "    %s\n", printable(a.URL))
		}
	}
	if len(conflict) > 0 {
		fmt.Fprintf(w, "conflicting attributions: %s\n", strings.Join(conflict, "; "))
	}
	return nil
}

// oneLine is "Source: Title", or the title alone, on one line without
// control characters.
func oneLine(source, title string) string {
	title = printable(title)
	if source = printable(source); source != "" {
		return source + ": " + title
	}
	return title
}

// printable joins a string's words with single spaces, control characters
// taken for spaces.
func printable(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)), " ")
}

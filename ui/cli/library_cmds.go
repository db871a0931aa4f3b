package cli

// The library commands: list, search and show.

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer"
)

func newListCmd() *cobra.Command {
	var asJSON, unread, starred, all bool
	var limit, offset int
	cmd := &cobra.Command{
		Use:   "list [--limit N | --all]",
		Short: "List the articles in the store, newest first",
		Long: `List prints the articles in the store, newest first (an undated article
by the date it was added). It prints 100 at most unless --limit N or --all
says otherwise, and says on stderr when the list is cut.`,
		Args: cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, _ []string, st store.Store) error {
			if limit <= 0 && !all {
				return fmt.Errorf("--limit %d: give a number of articles above 0, or --all", limit)
			}
			opt := store.ListOptions{Offset: offset, Limit: limit, UnreadOnly: unread, StarredOnly: starred}
			if all {
				opt.Limit = 0
			}
			ss, err := st.List(cmd.Context(), opt)
			if err != nil {
				return err
			}
			if opt.Limit > 0 && len(ss) == opt.Limit {
				if n, err := st.CountList(cmd.Context(), opt); err == nil && n > offset+len(ss) {
					fmt.Fprintf(cmd.ErrOrStderr(), "byline: list: showing %d of %d articles (--limit N or --all for more)\n", len(ss), n-offset)
				}
			}
			if asJSON {
				out := make([]summaryJSON, 0, len(ss))
				for _, s := range ss {
					out = append(out, toJSON(s))
				}
				return printJSON(cmd.OutOrStdout(), out)
			}
			if len(ss) == 0 && offset == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "no articles: byline import PATH|URL adds some")
			}
			for _, s := range ss {
				fmt.Fprintln(cmd.OutOrStdout(), summaryLine(s))
			}
			return nil
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&unread, "unread", false, "only unread articles")
	cmd.Flags().BoolVar(&starred, "starred", false, "only starred articles")
	cmd.Flags().IntVarP(&limit, "limit", "n", 100, "how many articles at most")
	cmd.Flags().BoolVar(&all, "all", false, "list every article")
	cmd.Flags().IntVar(&offset, "offset", 0, "skip this many articles first")
	return cmd
}

func newSearchCmd() *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Full-text search over titles, bodies and speaker names",
		Args:  cobra.MinimumNArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			hits, total, err := store.SearchPaged(cmd.Context(), st, strings.Join(args, " "), 0, limit)
			if err != nil {
				return err
			}
			if total > len(hits) && len(hits) > 0 {
				of := strconv.Itoa(total)
				if total > store.SearchCountMax {
					of = "more than " + strconv.Itoa(store.SearchCountMax)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "byline: search: showing %d of %s matches (--limit N for more)\n", len(hits), of)
			}
			if asJSON {
				out := make([]summaryJSON, 0, len(hits))
				for _, h := range hits {
					j := toJSON(h.Summary)
					j.Snippet = strings.NewReplacer(store.SnippetOpen, "", store.SnippetClose, "").Replace(h.Snippet)
					out = append(out, j)
				}
				if err := printJSON(cmd.OutOrStdout(), out); err != nil || len(hits) > 0 {
					return err
				}
				return exitError{1} // grep's convention: nothing matched
			}
			if len(hits) == 0 {
				fmt.Fprintln(cmd.ErrOrStderr(), "no matches")
				return exitError{1}
			}
			mark := strings.NewReplacer(store.SnippetOpen, "[", store.SnippetClose, "]")
			for _, h := range hits {
				fmt.Fprintln(cmd.OutOrStdout(), summaryLine(h.Summary))
				if h.Snippet != "" {
					fmt.Fprintf(cmd.OutOrStdout(), "        %s\n", strings.Join(strings.Fields(mark.Replace(h.Snippet)), " "))
				}
			}
			return nil
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().IntVarP(&limit, "limit", "n", 50, "how many results at most")
	return cmd
}

// showJSON is an article as `byline show --format json` prints it: its
// list fields, its text and blocks, and its analysis with offsets into
// body.
type showJSON struct {
	summaryJSON
	Format   string         `json:"format"`
	Body     string         `json:"body"`
	Blocks   []reader.Block `json:"blocks"`
	Analysis *reader.Report `json:"analysis,omitempty"`
}

func newShowCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "show ID [--format text|markdown|json]",
		Short: "Print one stored article with its analysis",
		Long: `Show prints the stored article ID (as list and search give it) with its
analysis: as text, as Markdown (headings, lists, tables as written, then
the quotes and figures), or as JSON, whose offsets refer to its "body".`,
		Args: cobra.ExactArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			switch format {
			case "text", "markdown", "md", "json":
			default:
				return fmt.Errorf("unknown --format %q: use text, markdown or json", format)
			}
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("show: %q is not an article ID (byline list shows them)", args[0])
			}
			s, err := st.Get(cmd.Context(), id)
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("show: no article %d (byline list shows them)", id)
			}
			if err != nil {
				return err
			}
			a := &s.Article
			var rep *reader.Report
			if s.Analysis != nil {
				r := reader.NewReport(strconv.FormatInt(id, 10), a, s.Analysis)
				rep = &r
			}
			out := cmd.OutOrStdout()
			switch format {
			case "json":
				blocks := a.Blocks
				if blocks == nil {
					blocks = []reader.Block{}
				}
				return printJSON(out, showJSON{summaryJSON: toJSON(s.Summary), Format: a.Format.String(),
					Body: a.Body, Blocks: blocks, Analysis: rep})
			case "markdown", "md":
				_, err := io.WriteString(out, a.Markdown()+reportMarkdown(rep))
				return err
			}
			text := a.PlainText()
			if rep != nil {
				r := rep.Text()
				if i := strings.Index(r, "\nSpeakers ("); i >= 0 {
					text += "\n" + strings.Repeat("─", 40) + "\n" + r[i+1:]
				}
			}
			_, err = io.WriteString(out, text)
			return err
		}),
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, markdown or json")
	return cmd
}

// reportMarkdown lists an analysis's quotes and figures in Markdown.
func reportMarkdown(r *reader.Report) string {
	if r == nil {
		return ""
	}
	var b strings.Builder
	if len(r.Quotes) > 0 {
		b.WriteString("\n## Quotes\n\n")
		for _, q := range r.Quotes {
			who := "(unattributed)"
			if q.Speaker != nil {
				who = q.Speaker.Name
			}
			t := strings.Join(strings.Fields(q.Text), " ")
			if q.Kind == "direct" {
				t = "“" + strings.Trim(t, "\"“”") + "”"
			}
			fmt.Fprintf(&b, "- **%s**: %s\n", who, t)
		}
	}
	if len(r.Figures) > 0 {
		b.WriteString("\n## Figures\n\n")
		for _, f := range r.Figures {
			fmt.Fprintf(&b, "- %s: %s\n", f.Kind, strings.Join(strings.Fields(f.Text), " "))
		}
	}
	return b.String()
}

// summaryJSON is an article summary as `list` and `search` print it.
type summaryJSON struct {
	ID      int64    `json:"id"`
	Title   string   `json:"title"`
	Source  string   `json:"source,omitempty"`
	Authors []string `json:"authors,omitempty"`
	Date    string   `json:"date,omitempty"`
	URL     string   `json:"url,omitempty"`
	Read    bool     `json:"read"`
	Starred bool     `json:"starred"`
	Quotes  int      `json:"quotes"`
	Snippet string   `json:"snippet,omitempty"`
}

func toJSON(s store.Summary) summaryJSON {
	j := summaryJSON{ID: s.ID, Title: s.Title, Source: s.Source, Authors: s.Authors, URL: s.URL,
		Read: s.Read, Starred: s.Starred, Quotes: s.Quotes}
	if !s.Date.IsZero() {
		j.Date = s.Date.Format("2006-01-02")
	}
	return j
}

func summaryLine(s store.Summary) string {
	mark := " "
	if !s.Read {
		mark = "•"
	}
	if s.Starred {
		mark = "★"
	}
	date := "          "
	if !s.Date.IsZero() {
		date = s.Date.Format("2006-01-02")
	}
	src := s.Source
	if src != "" {
		src = "  (" + src + ")"
	}
	return fmt.Sprintf("%5d %s %s  %s%s", s.ID, mark, date, s.Title, src)
}

func newDeleteCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "delete ID...",
		Short: "Delete articles from the store (IDs as byline list shows them)",
		Long: `Delete removes articles, their quotes and their search entries. A feed
refresh does not bring a deleted article back; importing it by hand does.`,
		Args: cobra.MinimumNArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			failed := false
			for _, arg := range args {
				id, err := strconv.ParseInt(arg, 10, 64)
				if err == nil {
					err = st.Delete(cmd.Context(), id)
				} else {
					err = fmt.Errorf("%q is not an article ID", arg)
				}
				if errors.Is(err, store.ErrNotFound) {
					err = errors.New("no such article")
				}
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "byline: delete %s: %v\n", arg, err)
					failed = true
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "deleted %d\n", id)
			}
			if failed {
				return exitError{1}
			}
			return nil
		}),
	}
}

// speakerJSON is a speaker as `byline quotes --json` lists them.
type speakerJSON struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Quotes   int      `json:"quotes"`
	Articles int      `json:"articles"`
}

// quoteJSON is a quote as `byline quotes --speaker NAME --json` prints it.
type quoteJSON struct {
	Speaker   string `json:"speaker"`
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Source    string `json:"source,omitempty"`
	Date      string `json:"date,omitempty"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	URL       string `json:"url,omitempty"`
}

func newQuotesCmd() *cobra.Command {
	var asJSON bool
	var speaker, format, provenance string
	cmd := &cobra.Command{
		Use:        "quotes [--speaker NAME [--format FORMAT]] [--provenance WORDS]",
		Short:      "List the speakers across the library, every quote of one speaker, or where words were quoted",
		SuggestFor: []string{"speakers", "speaker", "who"},
		Args:       cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, _ []string, st store.Store) error {
			out := cmd.OutOrStdout()
			if done, err := quotesExtra(cmd, st, speaker, format, provenance, asJSON); done {
				return err
			}
			if speaker == "" {
				sp, err := st.Speakers(cmd.Context())
				if err != nil {
					return err
				}
				if asJSON {
					js := make([]speakerJSON, 0, len(sp))
					for _, s := range sp {
						js = append(js, speakerJSON{Name: s.Name, Aliases: append([]string{}, s.Aliases...), Quotes: s.Quotes, Articles: s.Articles})
					}
					return printJSON(out, js)
				}
				for _, s := range sp {
					fmt.Fprintf(out, "%-36s %4d quote%s in %d article%s\n", s.Name, s.Quotes, plural(s.Quotes), s.Articles, plural(s.Articles))
				}
				return nil
			}
			qs, err := st.QuotesBy(cmd.Context(), speaker)
			if err != nil && !errors.Is(err, store.ErrNotFound) {
				return err
			}
			if asJSON {
				js := make([]quoteJSON, 0, len(qs))
				for _, q := range qs {
					j := quoteJSON{Speaker: q.Speaker, Text: q.Text, Kind: q.Kind.String(), ArticleID: q.ArticleID,
						Title: q.Title, Source: q.Source, Start: q.Span.Start, End: q.Span.End, URL: q.URL}
					if !q.Date.IsZero() {
						j.Date = q.Date.Format("2006-01-02")
					}
					js = append(js, j)
				}
				return printJSON(out, js)
			}
			if len(qs) == 0 {
				fmt.Fprintf(out, "no quotes by %q\n", speaker)
			}
			for _, q := range qs {
				date := ""
				if !q.Date.IsZero() {
					date = ", " + q.Date.Format("2 Jan 2006")
				}
				text := strings.Join(strings.Fields(q.Text), " ")
				if q.Kind == reader.Indirect {
					if q.Lead != "" {
						text = q.Lead + " " + text
					}
					text = "(reported) " + text
				}
				fmt.Fprintf(out, "%s\n    — %s, %s%s [#%d]\n", text, q.Speaker, q.Title, date, q.ArticleID)
			}
			return nil
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().StringVarP(&speaker, "speaker", "s", "", "list this speaker's quotes (any alias, any case)")
	cmd.Flags().StringVarP(&format, "format", "f", "", "cite the speaker's quotes in this format: "+formatNames())
	cmd.Flags().StringVar(&provenance, "provenance", "", "list the articles that quote these words, earliest first")
	return cmd
}

func newReanalyzeCmd() *cobra.Command {
	var all bool
	cmd := &cobra.Command{
		Use:   "reanalyze",
		Short: "Analyse again the articles analysed by an older byline (or all with --all)",
		Args:  cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, _ []string, st store.Store) error {
			version := reader.AnalyzerVersion
			if all {
				version = int(^uint(0) >> 1)
			}
			bulkGC()
			n, err := importer.Reanalyze(cmd.Context(), st, version, 0)
			fmt.Fprintf(cmd.OutOrStdout(), "reanalysed %d article%s\n", n, plural(n))
			return err
		}),
	}
	cmd.Flags().BoolVar(&all, "all", false, "analyse every article again")
	return cmd
}

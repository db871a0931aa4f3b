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

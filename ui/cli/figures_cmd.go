package cli

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/figures"
	"github.com/byline/byline/store"
	"github.com/spf13/cobra"
)

// figureJSON is a figure in `byline figures --json`.
type figureJSON struct {
	Text     string   `json:"text"`
	Kind     string   `json:"kind"`
	Value    *float64 `json:"value,omitempty"`
	ValueTo  *float64 `json:"value_to,omitempty"`
	Unit     string   `json:"unit,omitempty"`
	Change   string   `json:"change,omitempty"`
	About    string   `json:"about,omitempty"`
	Mentions int      `json:"mentions"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
}

// conflictJSON is a disagreement in `byline figures --conflicts --json`.
type conflictJSON struct {
	A conflictSide `json:"a"`
	B conflictSide `json:"b"`
}

// conflictSide is one article's side of a disagreement.
type conflictSide struct {
	ArticleID int64      `json:"article_id"`
	Title     string     `json:"title"`
	Source    string     `json:"source,omitempty"`
	Date      string     `json:"date,omitempty"`
	Figure    figureJSON `json:"figure"`
}

func newFiguresCmd() *cobra.Command {
	var asJSON, conflicts bool
	cmd := &cobra.Command{
		Use:   "figures ID | figures --conflicts",
		Short: "List an article's key figures, or where articles disagree about a number",
		Long: `figures ID lists the key figures of a stored article (IDs as byline list shows
them), most salient first, one line per figure however often it is mentioned.

figures --conflicts lists the figures that two articles of the library report with
different values: the same kind and unit, what they measure sharing at least half of
its words, the same sense of change, values within a third of each other, and
articles dated within 7 days.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if conflicts && len(args) > 0 || !conflicts && len(args) != 1 {
				return errors.New("give one article ID, or --conflicts alone")
			}
			return nil
		},
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			if conflicts {
				return printConflicts(cmd, st, asJSON)
			}
			id, err := strconv.ParseInt(args[0], 10, 64)
			if err != nil {
				return fmt.Errorf("%q is not an article ID", args[0])
			}
			s, err := st.Get(cmd.Context(), id)
			if errors.Is(err, store.ErrNotFound) {
				return fmt.Errorf("no article %d", id)
			}
			if err != nil {
				return err
			}
			return printFigures(cmd.OutOrStdout(), s, asJSON)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&conflicts, "conflicts", false, "list figures that articles of the library report differently")
	return cmd
}

// toFigureJSON shapes a figure of body for JSON.
func toFigureJSON(body string, f reader.Figure, mentions int) figureJSON {
	j := figureJSON{Kind: f.Kind.String(), Unit: f.Unit, Change: string(f.Change), About: f.About,
		Mentions: mentions, Start: f.Start, End: f.End}
	if f.Start >= 0 && f.End <= len(body) && f.Start < f.End {
		j.Text = collapseSpace(body[f.Start:f.End])
	}
	if f.HasValue {
		v := f.Value
		j.Value = &v
	}
	if f.ValueTo != 0 {
		to := f.ValueTo
		j.ValueTo = &to
	}
	return j
}

// printFigures prints a stored article's key figures, ranked.
func printFigures(out io.Writer, s *store.Stored, asJSON bool) error {
	an := s.Analysis
	if an == nil {
		an = reader.Analyze(&s.Article)
	}
	groups := reader.RankFigures(&s.Article, an)
	js := make([]figureJSON, 0, len(groups))
	for _, g := range groups {
		js = append(js, toFigureJSON(s.Article.Body, an.Figures[g.Mentions[0]], len(g.Mentions)))
	}
	if asJSON {
		return printJSON(out, js)
	}
	for _, j := range js {
		mark := map[string]string{"up": "▲", "down": "▼", "~": "≈", ">": ">", "<": "<"}[j.Change]
		line := strings.TrimSpace(mark + " " + j.Text)
		if j.About != "" {
			line += "  " + j.About
		}
		if j.Mentions > 1 {
			line += fmt.Sprintf("  (×%d)", j.Mentions)
		}
		fmt.Fprintf(out, "%-9s %s\n", j.Kind, line)
	}
	return nil
}

// printConflicts lists the figures that articles of the library report
// differently (figures.Disagreements).
func printConflicts(cmd *cobra.Command, st store.Store, asJSON bool) error {
	ctx := cmd.Context()
	sums, err := st.List(ctx, store.ListOptions{})
	if err != nil {
		return err
	}
	srcs := make([]figures.Source, 0, len(sums))
	stored := make([]*store.Stored, 0, len(sums))
	for _, sum := range sums {
		s, err := st.Get(ctx, sum.ID)
		if err != nil {
			return err
		}
		if s.Analysis == nil {
			continue
		}
		stored = append(stored, s)
		srcs = append(srcs, figures.Source{ID: sum.ID, Date: s.Article.Date, Figures: reader.FiguresOf(s.Analysis)})
	}
	side := func(i, f int) conflictSide {
		s := stored[i]
		c := conflictSide{ArticleID: srcs[i].ID, Title: s.Article.Title, Source: s.Article.Source,
			Figure: toFigureJSON(s.Article.Body, s.Analysis.Figures[f], 1)}
		if !s.Article.Date.IsZero() {
			c.Date = s.Article.Date.Format("2006-01-02")
		}
		return c
	}
	cs := figures.Disagreements(srcs)
	js := make([]conflictJSON, 0, len(cs))
	for _, c := range cs {
		js = append(js, conflictJSON{A: side(c.A, c.FA), B: side(c.B, c.FB)})
	}
	out := cmd.OutOrStdout()
	if asJSON {
		return printJSON(out, js)
	}
	if len(js) == 0 {
		fmt.Fprintln(out, "no disagreements found")
	}
	for _, c := range js {
		fmt.Fprintf(out, "≠ %s\n", c.A.Figure.About)
		for _, s := range []conflictSide{c.A, c.B} {
			fmt.Fprintf(out, "    %-16s %s, %s %s [#%d]\n", s.Figure.Text, s.Title, s.Source, s.Date, s.ArticleID)
		}
	}
	return nil
}

// collapseSpace collapses white space so text fits on one line.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

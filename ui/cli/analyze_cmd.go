package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/textsafe"
)

func newAnalyzeCmd() *cobra.Command {
	var format string
	var explain bool
	cmd := &cobra.Command{
		Use:   "analyze [--format text|json|jsonl] [--explain] FILE...",
		Short: "Print the quotes, speakers, entities and figures of article files",
		Long: `Analyze parses each article file and prints who is quoted, what they said
(directly or in reported speech), the entities named and the key figures.

Each file is read as import reads it: a text or Markdown file as it is, a
web page as its article's text (without the markup), a feed as its items.

--format jsonl prints one JSON object per article (one per file, one per
item of a feed), one per line; json prints them as an indented array; text
prints a report for a person. Offsets are byte offsets into the article's
text: the file as given for a UTF-8 text or Markdown file, else the text
the object carries in its "body" field (a page's extracted text, a feed
item, a file decoded from another charset). --explain prints, for every
quote, the rule that found it, its cue, the rule that chose its speaker,
the mention and the candidates passed over.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "text", "json", "jsonl":
			default:
				return fmt.Errorf("unknown --format %q: use text, json or jsonl", format)
			}
			if explain {
				format = "explain"
			}
			return analyzeFiles(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), format, args)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, json or jsonl")
	cmd.Flags().BoolVar(&explain, "explain", false, "explain each quote: rules, cue, mention, candidates passed over")
	return cmd
}

// analyzeFiles prints the analysis of each file. A file that cannot be
// read or parsed is reported on stderr after the others are printed, and
// makes the command fail.
func analyzeFiles(ctx context.Context, out, errOut io.Writer, format string, files []string) error {
	var failed []error
	var reports []reader.Report
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := readArticleFile(f)
		if err != nil {
			failed = append(failed, err)
			if format == "jsonl" {
				// Keep one line per file, in order, for scripts.
				if err := enc.Encode(reader.Report{File: f, Error: err.Error()}); err != nil {
					return err
				}
			}
			continue
		}
		// Read as import reads it: a page or a feed is its articles'
		// text, not its markup.
		arts, _, err := reader.ParseAny(raw, f, "")
		if err != nil && !errors.Is(err, reader.ErrCharsetGuessed) {
			err = fmt.Errorf("%s: %w", f, err)
			failed = append(failed, err)
			if format == "jsonl" {
				if err := enc.Encode(reader.Report{File: f, Error: err.Error()}); err != nil {
					return err
				}
			}
			continue
		}
		for _, a := range arts {
			r := reader.NewReport(f, a, reader.Analyze(a))
			if a.Body != string(raw) {
				r.Body = a.Body // the text the offsets refer to
			}
			switch format {
			case "jsonl":
				if err := enc.Encode(r); err != nil {
					return err
				}
			case "json":
				reports = append(reports, r)
			case "explain":
				_, text := reader.Explain(a)
				if _, err := io.WriteString(out, f+"\n"+text+"\n"); err != nil {
					return err
				}
			default:
				if _, err := io.WriteString(out, r.Text()+"\n"); err != nil {
					return err
				}
			}
		}
	}
	if format == "json" {
		enc.SetIndent("", "  ")
		if reports == nil {
			reports = []reader.Report{}
		}
		if err := enc.Encode(reports); err != nil {
			return err
		}
	}
	for _, err := range failed {
		fmt.Fprintln(errOut, "byline: analyze:", textsafe.Line(err.Error()))
	}
	if len(failed) > 0 {
		return exitError{1}
	}
	return nil
}

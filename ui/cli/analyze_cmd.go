package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"

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
// makes the command fail. The files are read and analysed on as many
// goroutines as there are CPUs to run them, a few files ahead of the one
// being printed, and printed in the order given.
func analyzeFiles(ctx context.Context, out, errOut io.Writer, format string, files []string) error {
	results := make([]chan analyzed, len(files))
	for i := range results {
		results[i] = make(chan analyzed, 1)
	}
	workers := runtime.GOMAXPROCS(0)
	// ahead bounds the files read and analysed but not yet printed.
	ahead := make(chan struct{}, workers+1)
	done := make(chan struct{})
	defer close(done)
	go reader.Preload() // while the first files are read
	// One worker a CPU, each taking the next file, keeps its grown stack
	// from file to file (a goroutine a file made runtime.morestack 4% of
	// the command's CPU).
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case ahead <- struct{}{}:
			case <-done:
				return
			}
			select {
			case jobs <- i:
			case <-done:
				return
			}
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				results[i] <- analyzeFile(files[i], format)
			}
		}()
	}
	var failed []error
	var reports []reader.Report
	for i := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		r := <-results[i]
		<-ahead
		if r.err != nil {
			return r.err
		}
		if r.failed != nil {
			failed = append(failed, r.failed)
		}
		reports = append(reports, r.reports...)
		if _, err := out.Write(r.out); err != nil {
			return err
		}
	}
	if format == "json" {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
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

// analyzed is what analyzeFile makes of one file: its printed output, its
// reports for --format json, the reason it could not be read or parsed,
// or an error that stops the command.
type analyzed struct {
	out         []byte
	reports     []reader.Report
	failed, err error
}

// analyzeFile reads, parses and analyses one file, as analyzeFiles prints
// it in format.
func analyzeFile(f, format string) (res analyzed) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	defer func() { res.out = buf.Bytes() }()
	raw, err := readArticleFile(f)
	if err != nil {
		res.failed = err
		if format == "jsonl" {
			// Keep one line per file, in order, for scripts.
			res.err = enc.Encode(reader.Report{File: f, Error: err.Error()})
		}
		return res
	}
	// Read as import reads it: a page or a feed is its articles'
	// text, not its markup.
	arts, _, err := reader.ParseAny(raw, f, "")
	if err != nil && !errors.Is(err, reader.ErrCharsetGuessed) {
		err = fmt.Errorf("%s: %w", f, err)
		res.failed = err
		if format == "jsonl" {
			res.err = enc.Encode(reader.Report{File: f, Error: err.Error()})
		}
		return res
	}
	for _, a := range arts {
		r := reader.NewReport(f, a, reader.Analyze(a))
		if a.Body != string(raw) {
			r.Body = a.Body // the text the offsets refer to
		}
		switch format {
		case "jsonl":
			if res.err = enc.Encode(r); res.err != nil {
				return res
			}
		case "json":
			res.reports = append(res.reports, r)
		case "explain":
			_, text := reader.Explain(a)
			buf.WriteString(f + "\n" + text + "\n")
		default:
			buf.WriteString(r.Text() + "\n")
		}
	}
	return res
}

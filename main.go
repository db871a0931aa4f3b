// Command byline is a terminal news reader for people who read the news
// closely: who said what, and which numbers matter.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/samples"
	"github.com/byline/byline/store"
	"github.com/byline/byline/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	if code, ok := isExit(err); ok {
		os.Exit(code)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "byline:", err)
		os.Exit(1)
	}
}

// exitError carries an exit status without a message of its own (the
// command already printed its errors).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "byline [FILE]",
		Short:         "A terminal news reader: who said what, and which numbers matter",
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.MaximumNArgs(1),
		RunE:          runReader,
	}
	root.Flags().String("theme", "auto", "colour theme: auto, dark or light")
	root.PersistentFlags().String("db", "", "path of the article store (default $BYLINE_DB or $XDG_DATA_HOME/byline/byline.db)")
	root.AddCommand(newVersionCmd(), newAnalyzeCmd())
	return root
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print byline's version",
		Args:  cobra.NoArgs,
		Run: func(cmd *cobra.Command, _ []string) {
			fmt.Fprintf(cmd.OutOrStdout(), "byline %s (analyzer v%d)\n", version, reader.AnalyzerVersion)
		},
	}
}

func newAnalyzeCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "analyze [--format text|json|jsonl] FILE...",
		Short: "Print the quotes, speakers, entities and figures of article files",
		Long: `Analyze parses each article file and prints who is quoted, what they said
(directly or in reported speech), the entities named and the key figures.

--format jsonl prints one JSON object per file, one per line, with byte
offsets into the file as given; json prints them as an indented array;
text prints a report for a person.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "text", "json", "jsonl":
			default:
				return fmt.Errorf("unknown --format %q: use text, json or jsonl", format)
			}
			return analyzeFiles(cmd.OutOrStdout(), cmd.ErrOrStderr(), format, args)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text, json or jsonl")
	return cmd
}

// analyzeFiles prints the analysis of each file. A file that cannot be
// read or parsed is reported on stderr after the others are printed, and
// makes the command fail.
func analyzeFiles(out, errOut io.Writer, format string, files []string) error {
	var failed []error
	var reports []reader.Report
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		raw, err := os.ReadFile(f)
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
		a, err := reader.Parse(raw, f)
		if err != nil {
			err = fmt.Errorf("%s: %w", f, err)
			failed = append(failed, err)
			if format == "jsonl" {
				if err := enc.Encode(reader.Report{File: f, Error: err.Error()}); err != nil {
					return err
				}
			}
			continue
		}
		r := reader.NewReport(f, a, reader.Analyze(a))
		switch format {
		case "jsonl":
			if err := enc.Encode(r); err != nil {
				return err
			}
		case "json":
			reports = append(reports, r)
		default:
			if _, err := io.WriteString(out, r.Text()+"\n"); err != nil {
				return err
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
		fmt.Fprintln(errOut, "byline: analyze:", err)
	}
	if len(failed) > 0 {
		return exitError{1}
	}
	return nil
}

// isExit reports whether err only carries an exit status.
func isExit(err error) (int, bool) {
	var e exitError
	if errors.As(err, &e) {
		return e.code, true
	}
	return 0, false
}

// openStore opens the store named by --db, $BYLINE_DB or the default path.
func openStore(cmd *cobra.Command) (*store.SQLite, error) {
	flag, _ := cmd.Flags().GetString("db")
	path, err := store.ResolvePath(flag)
	if err != nil {
		return nil, err
	}
	return store.Open(cmd.Context(), path)
}

// seedSamples fills an empty store with the bundled sample articles.
func seedSamples(ctx context.Context, st store.Store) error {
	n, err := st.Count(ctx)
	if err != nil || n > 0 {
		return err
	}
	files, err := samples.Files()
	if err != nil {
		return fmt.Errorf("bundled samples: %w", err)
	}
	for _, f := range files {
		a, err := reader.Parse(f.Data, f.Name)
		if err != nil {
			return fmt.Errorf("bundled sample %s: %w", f.Name, err)
		}
		if _, _, err := st.Put(ctx, a, reader.Analyze(a)); err != nil {
			return err
		}
	}
	return nil
}

// runReader opens the store, seeds it when empty, adds FILE when given,
// and runs the reader until the user quits.
func runReader(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	st, err := openStore(cmd)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := seedSamples(ctx, st); err != nil {
		return err
	}
	theme, _ := cmd.Flags().GetString("theme")
	switch theme {
	case "auto", "dark", "light":
	default:
		return fmt.Errorf("unknown --theme %q: use auto, dark or light", theme)
	}
	opt := ui.Options{Theme: theme}
	if len(args) == 1 {
		id, err := addFile(ctx, st, args[0])
		if err != nil {
			return err
		}
		opt.OpenID = id
	}
	p := tea.NewProgram(ui.New(ctx, st, opt), tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithContext(ctx))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return err
	}
	return nil
}

// addFile parses, analyses and stores one article file, returning its ID
// (the existing one when the article is already stored).
func addFile(ctx context.Context, st store.Store, path string) (int64, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	a, err := reader.Parse(raw, path)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", path, err)
	}
	id, _, err := st.Put(ctx, a, reader.Analyze(a))
	return id, err
}

package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/adrg/xdg"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/textsafe"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer"
	"github.com/byline/byline/ui"
)

// cleanOutput makes every command's standard output go through
// textsafe: nothing printed from a store, a file or a server can act on
// the terminal (the commands' own output holds no escape sequences; the
// progress bar goes to standard error).
func cleanOutput(cmd *cobra.Command, _ []string) {
	if _, ok := cmd.OutOrStdout().(textsafe.Writer); !ok {
		cmd.SetOut(textsafe.Writer{W: cmd.OutOrStdout()})
	}
}

// isTerminal reports whether w is a terminal (through a textsafe.Writer).
func isTerminal(w io.Writer) bool {
	f, ok := terminalFile(w)
	return ok && term.IsTerminal(int(f.Fd()))
}

// terminalSize returns the size of the terminal w writes to, 0 x 0 when
// it cannot tell.
func terminalSize(w io.Writer) (width, height int) {
	f, ok := terminalFile(w)
	if !ok {
		return 0, 0
	}
	width, height, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0, 0
	}
	return width, height
}

// terminalFile returns the file under w.
func terminalFile(w io.Writer) (*os.File, bool) {
	if tw, ok := w.(textsafe.Writer); ok {
		w = tw.W
	}
	f, ok := w.(*os.File)
	return f, ok
}

// runProgram runs the reader's model with a guard: a panic anywhere in
// the UI restores the terminal, writes its stack under the state
// directory and becomes a one-line error.
func runProgram(m tea.Model, opts ...tea.ProgramOption) error {
	g := ui.NewGuard(m)
	_, err := tea.NewProgram(g, opts...).Run()
	if v, stack := g.Panic(); v != nil {
		return internalError(v, stack)
	}
	if errors.Is(err, tea.ErrProgramPanic) {
		// Caught by bubbletea itself, which printed the stack.
		return errors.New("internal error: the reader panicked (details printed above)")
	}
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return err
	}
	return nil
}

// internalError writes a panic's stack to a file under the state
// directory and returns the one line to print.
func internalError(v any, stack []byte) error {
	msg := textsafe.Line(fmt.Sprint(v))
	name := filepath.Join("byline", "crash-"+time.Now().Format("20060102-150405.000")+".txt")
	report := fmt.Sprintf("byline %s (analyzer v%d) internal error: %v\n\n%s", version, reader.AnalyzerVersion, v, stack)
	path, err := xdg.StateFile(name)
	if err == nil {
		err = os.WriteFile(path, []byte(report), 0o600)
	}
	if err != nil {
		path = filepath.Join(os.TempDir(), filepath.Base(name))
		if os.WriteFile(path, []byte(report), 0o600) != nil {
			return fmt.Errorf("internal error: %s; the details could not be written (%v)", msg, err)
		}
	}
	return fmt.Errorf("internal error: %s; details written to %s", msg, path)
}

// printPlain is `byline [FILE]` when standard output is not a terminal:
// the library as `byline list` prints it, or the article FILE as plain
// text with its quotes and figures after it.
func printPlain(ctx context.Context, out io.Writer, st store.Store, id int64) error {
	if id == 0 {
		ss, err := st.List(ctx, store.ListOptions{Limit: 100})
		if err != nil {
			return err
		}
		if len(ss) == 0 {
			fmt.Fprintln(out, "no articles: byline import PATH|URL adds some")
		}
		for _, s := range ss {
			fmt.Fprintln(out, summaryLine(s))
		}
		return nil
	}
	s, err := st.Get(ctx, id)
	if err != nil {
		return err
	}
	if c, err := importer.Current(ctx, st, s); err == nil {
		s = c
	}
	_, err = io.WriteString(out, plainArticle(&s.Article, s.Analysis))
	return err
}

// plainArticle renders an article as plain text: title, byline line,
// address, the blocks separated by blank lines, then its quotes and
// figures.
func plainArticle(a *reader.Article, an *reader.Analysis) string {
	var b strings.Builder
	line := func(s string) string { return textsafe.Line(s) }
	b.WriteString(line(a.Title) + "\n")
	var meta []string
	if len(a.Authors) > 0 {
		meta = append(meta, "By "+line(strings.Join(a.Authors, ", ")))
	}
	if a.Source != "" {
		meta = append(meta, line(a.Source))
	}
	if !a.Date.IsZero() {
		meta = append(meta, a.Date.Format("2 January 2006"))
	}
	if len(meta) > 0 {
		b.WriteString(strings.Join(meta, " · ") + "\n")
	}
	if a.URL != "" {
		b.WriteString(line(a.URL) + "\n")
	}
	for _, bl := range a.Blocks {
		if bl.Start < 0 || bl.End > len(a.Body) || bl.Start >= bl.End {
			continue
		}
		t := line(a.Body[bl.Start:bl.End])
		switch bl.Kind {
		case reader.BlockTitle, reader.BlockByline, reader.BlockSource, reader.BlockDate:
			continue
		case reader.BlockHeading:
			t = "## " + t
		case reader.BlockQuote:
			t = "> " + t
		case reader.BlockListItem:
			t = "- " + t
		case reader.BlockImage:
			t = "[image: " + t + "]"
			if bl.Credit != "" {
				t += " (" + line(bl.Credit) + ")"
			}
		}
		b.WriteString("\n" + t + "\n")
	}
	if an == nil {
		return b.String()
	}
	speaker := func(i int) string {
		if i < 0 || i >= len(an.Speakers) {
			return "unattributed"
		}
		return line(an.Speakers[i].Name)
	}
	if len(an.Quotes) > 0 {
		fmt.Fprintf(&b, "\nQuotes (%d)\n", len(an.Quotes))
		for _, q := range an.Quotes {
			if q.Start < 0 || q.End > len(a.Body) || q.Start > q.End {
				continue
			}
			t := line(q.Words(a.Body))
			if q.Kind == reader.Indirect {
				t = "(reported) " + t
			}
			fmt.Fprintf(&b, "  %s\n    — %s\n", t, speaker(q.Speaker))
		}
	}
	if len(an.Figures) > 0 {
		fmt.Fprintf(&b, "\nFigures (%d)\n", len(an.Figures))
		for _, f := range an.Figures {
			if f.Start < 0 || f.End > len(a.Body) || f.Start > f.End {
				continue
			}
			fmt.Fprintf(&b, "  %s (%s)\n", line(a.Body[f.Start:f.End]), f.Kind)
		}
	}
	return b.String()
}

// readArticleFile reads an article file for analyze with the importer's
// rules (a regular file only, up to the size limit), its name in the
// error.
func readArticleFile(path string) ([]byte, error) {
	raw, err := importer.ReadFile(path)
	var pe *fs.PathError
	if err != nil && !errors.As(err, &pe) {
		err = fmt.Errorf("%s: %w", path, err)
	}
	return raw, err
}

// explainOpenError turns a failure to open the library at path into a
// line that says what is wrong with which file and what to do (SQLite's
// own words, "migrate: file is not a database (26)", say neither).
func explainOpenError(path string, err error) error {
	msg := err.Error()
	has := func(s ...string) bool {
		for _, x := range s {
			if strings.Contains(msg, x) {
				return true
			}
		}
		return false
	}
	switch {
	case has("readonly", "read-only", "(8)", "permission denied", "(3)"):
		return fmt.Errorf("cannot write the library %s: it or its folder is read-only; make both writable, or give another path with --db or $BYLINE_DB (%w)", path, err)
	case has("not a database", "(26)"):
		return fmt.Errorf("%s is not a byline library, or is damaged beyond reading; move it aside (byline then starts a new library there), or give another path with --db (%w)", path, err)
	case has("malformed", "(11)", "corrupt"):
		return fmt.Errorf("the library %s is damaged; restore a backup, or move it aside and byline starts a new one (%w)", path, err)
	case has("disk is full", "(13)", "no space left"):
		return fmt.Errorf("the disk holding %s is full; free some space and try again (%w)", path, err)
	case has("unable to open", "(14)"):
		return fmt.Errorf("cannot open the library %s: its folder cannot be created or opened; check the path and its permissions, or give another with --db (%w)", path, err)
	}
	return fmt.Errorf("cannot open the library %s: %w", path, err)
}

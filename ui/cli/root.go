// Package cli is byline's command line: the cobra commands, their flags
// and what they print; main.go only wires it to the process.
package cli

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/textsafe"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer"
	"github.com/byline/byline/store/importer/fetch"
	"github.com/byline/byline/store/postgres"
	"github.com/byline/byline/ui"
)

// version is byline's version as main sets it (with -ldflags "-X
// main.version=..." at build time); "dev" in tests.
var version = "dev"

// NewRoot returns byline's root command, for the given version.
func NewRoot(v string) *cobra.Command {
	version = v
	return newRootCmd()
}

// Exit reports err, the error of the root command, on w (unless the
// command already did) and returns the process's exit status.
func Exit(w io.Writer, err error) int {
	if code, ok := isExit(err); ok {
		return code
	}
	if err != nil {
		fmt.Fprintln(w, "byline:", textsafe.Line(err.Error()))
		return 1
	}
	return 0
}

// exitError carries an exit status without a message of its own (the
// command already printed its errors).
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "byline [FILE|URL]",
		Short:         "A terminal news reader: who said what, and which numbers matter",
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.MaximumNArgs(1),
		RunE:          runReader,
		// Standard output goes through textsafe, for every command.
		PersistentPreRun: cleanOutput,
		// A FILE argument that names no file may be a mistyped command
		// (checkTarget): suggest commands two edits away.
		SuggestionsMinimumDistance: 2,
	}
	defer addMetaCommands(root) // --version, man and config, once the rest is there
	root.Flags().String("theme", "auto", "colour theme: auto, dark or light")
	root.PersistentFlags().String("db", "", "path of the article store (default $BYLINE_DB or $XDG_DATA_HOME/byline/byline.db), or a postgres:// URL")
	root.PersistentFlags().String("user", "", "whose read and starred marks a shared PostgreSQL store keeps (default the login name)")
	root.AddCommand(newVersionCmd(), newAnalyzeCmd(), newImportCmd(), newFeedCmd(), newRefreshCmd(),
		newListCmd(), newSearchCmd(), newQuotesCmd(), newDeleteCmd(), newReanalyzeCmd(), newShowCmd(), newCiteCmd(), newFiguresCmd())
	return root
}

// isExit reports whether err only carries an exit status.
func isExit(err error) (int, bool) {
	var e exitError
	if errors.As(err, &e) {
		return e.code, true
	}
	return 0, false
}

// openStore opens the store named by --db, $BYLINE_DB or the default path,
// with --user's read and starred marks on a PostgreSQL store.
func openStore(cmd *cobra.Command) (store.Store, error) {
	flag, _ := cmd.Flags().GetString("db")
	user, _ := cmd.Flags().GetString("user")
	return openStoreAs(flag, user)
}

// openStoreAt opens the store at path, or at the default when it is empty.
func openStoreAt(path string) (store.Store, error) { return openStoreAs(path, "") }

// openStoreAs opens the store at path: a postgres:// URL (in path or
// $BYLINE_DB) opens the PostgreSQL store, with user's marks ("" for the
// login name); anything else is a SQLite file.
func openStoreAs(path, user string) (store.Store, error) {
	if dsn := cmp.Or(path, os.Getenv("BYLINE_DB")); postgres.IsDSN(dsn) {
		return postgres.Open(context.Background(), dsn, user)
	}
	path, err := store.ResolvePath(path)
	if err != nil {
		return nil, err
	}
	// Opening is instant, except when a new byline brings the store's
	// schema up to date: rebuilding the search index of a large library
	// takes a while (about 25 s for 100,000 articles), so say so if it
	// does.
	var slow *time.Timer
	st, err := store.Open(context.Background(), path, store.OnUpgrade(func(from, to int) {
		if slow != nil {
			return // called again when a busy database made Open retry
		}
		slow = time.AfterFunc(time.Second, func() {
			fmt.Fprintf(os.Stderr, "byline: updating the library at %s from schema %d to %d (once; it may take a minute)…\n", path, from, to)
		})
	}))
	if slow != nil {
		slow.Stop()
	}
	if err != nil {
		return nil, explainOpenError(path, err)
	}
	return st, nil
}

// runReader opens the store, seeds it when empty, adds FILE when given,
// and runs the reader until the user quits.
func runReader(cmd *cobra.Command, args []string) error {
	ctx := cmd.Context()
	// The reader's live heap is a few MB, and what it allocates in bursts
	// (an article's analysis and rendering) is garbage at once: collecting
	// at 1.25 times the live heap rather than twice keeps 4-5 MB less
	// resident with a 5,000-word article open (exec_bench_test.go, side by
	// side: GOGC 50 kept 3 MB less than 100, and 25 another 0.9-2.2 MB),
	// for more CPU in the collector: before the first frame 0-4 ms more
	// (within the noise), to open a 5,000-word article about 10% more
	// than at GOGC 50.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(readerGCPercent)
	}
	if len(args) == 1 {
		if err := checkTarget(cmd, args[0]); err != nil {
			return err
		}
	}
	theme, cfg, notice, err := readerSettings(cmd)
	if err != nil {
		return err
	}
	st, err := openStore(cmd)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := importer.SeedSamples(ctx, st); err != nil {
		return err
	}
	opt := ui.Options{Theme: theme, Refresh: func(ctx context.Context) (string, error) {
		sum := newImporter(st).Refresh(ctx, nil)
		line := strings.TrimSpace(strings.SplitN(sum.Text(), "\n", 2)[0])
		return fmt.Sprintf("%d feed%s refreshed: %s", len(sum.Feeds), plural(len(sum.Feeds)), line), nil
	}, Current: func(ctx context.Context, s *store.Stored) (*store.Stored, error) {
		return importer.Current(ctx, st, s)
	}, Add: newImporter(st).Add, Settled: settle}
	opt.Config, opt.Notice = &cfg, notice
	if len(args) == 1 {
		id, err := addFile(ctx, st, args[0])
		if err != nil {
			return err
		}
		opt.OpenID = id
	}
	if !isTerminal(cmd.OutOrStdout()) {
		// byline | cat: print, as byline list and glow FILE | cat do.
		return printPlain(ctx, cmd.OutOrStdout(), st, opt.OpenID)
	}
	// Known now, the size lets the first frame be drawn whole at the
	// renderer's first tick, not after bubbletea's own size message.
	opt.Width, opt.Height = terminalSize(cmd.OutOrStdout())
	// The newest articles analysed by an older byline are analysed again
	// in the background while the reader runs; each is written in one
	// transaction, so quitting midway leaves every article consistent.
	bg, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		// After the first screens, which it would slow down.
		select {
		case <-time.After(reanalysisDelay):
		case <-bg.Done():
			return
		}
		// Best effort, and bounded: `byline reanalyze` does the rest and reports errors.
		if n, _ := importer.Reanalyze(bg, st, reader.AnalyzerVersion, startupReanalysis); n > 0 {
			// The analyses' garbage would otherwise stay in the process's
			// memory for minutes after this one-off work.
			debug.FreeOSMemory()
		}
	}()
	defer wg.Wait()
	defer cancel()
	// 120 frames a second, bubbletea's most: a frame is written at the
	// renderer's next tick, so a key's effect (and the first frame) waits
	// half as long for it as at the default 60.
	return runProgram(ui.New(ctx, st, opt), tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithContext(ctx),
		tea.WithFPS(readerFPS))
}

// checkTarget returns an error, before the store is opened (or made),
// when target, the reader's FILE|URL argument, is neither an address nor
// a file there is: a bare word is most likely a command mistyped or
// guessed ("byline speakers"), which cobra would otherwise take for the
// file to open.
func checkTarget(cmd *cobra.Command, target string) error {
	if fetch.IsURL(target) {
		return nil
	}
	_, err := os.Stat(target)
	if err == nil || !errors.Is(err, fs.ErrNotExist) {
		return nil // there, or unreadable: the importer says why
	}
	if strings.ContainsAny(target, "/\\.") {
		return fmt.Errorf("%s: no such file or directory", target)
	}
	msg := fmt.Sprintf("%q is neither a file nor a command", target)
	if s := cmd.SuggestionsFor(target); len(s) > 0 {
		msg += fmt.Sprintf("; did you mean %q?", s[0])
	}
	return errors.New(msg + " (byline --help lists the commands)")
}

// addFile imports one article file or URL (text, Markdown, HTML; a feed's
// first item), returning its ID: the existing one when it is already
// stored.
func addFile(ctx context.Context, st store.Store, target string) (int64, error) {
	sum := newImporter(st).Import(ctx, []string{target}, nil)
	if len(sum.Failed) > 0 {
		return 0, errors.New(sum.Failed[0].String())
	}
	if len(sum.IDs) == 0 {
		return 0, fmt.Errorf("%s: no article found", target)
	}
	return sum.IDs[0], nil
}

// withStore opens the store for a command and closes it afterwards.
func withStore(run func(cmd *cobra.Command, args []string, st store.Store) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		st, err := openStore(cmd)
		if err != nil {
			return err
		}
		err = run(cmd, args, st)
		return errors.Join(err, st.Close())
	}
}

// printJSON writes v as indented JSON.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// readerGCPercent is the reader's GOGC, unless $GOGC sets one.
const readerGCPercent = 25

// readerFPS is the reader's frame rate (see runReader).
const readerFPS = 120

// startupReanalysis is how many stale articles the reader re-analyses in
// the background when it starts, reanalysisDelay after it starts.
const (
	startupReanalysis = 500
	reanalysisDelay   = 2 * time.Second
)

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

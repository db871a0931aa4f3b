// Command byline is a terminal news reader for people who read the news
// closely: who said what, and which numbers matter.
package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/fetch"
	"github.com/byline/byline/reader/samples"
	"github.com/byline/byline/reader/textsafe"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer"
	"github.com/byline/byline/store/postgres"
	"github.com/byline/byline/ui"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C or SIGTERM ends the context, which every command
	// watches; a second one kills at once.
	context.AfterFunc(ctx, stop)
	err := newRootCmd().ExecuteContext(ctx)
	stop()
	if code, ok := isExit(err); ok {
		os.Exit(code)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "byline:", textsafe.Line(err.Error()))
		os.Exit(1)
	}
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
	}
	defer addMetaCommands(root) // --version, man and config, once the rest is there
	root.Flags().String("theme", "auto", "colour theme: auto, dark or light")
	root.PersistentFlags().String("db", "", "path of the article store (default $BYLINE_DB or $XDG_DATA_HOME/byline/byline.db), or a postgres:// URL")
	root.PersistentFlags().String("user", "", "whose read and starred marks a shared PostgreSQL store keeps (default the login name)")
	root.AddCommand(newVersionCmd(), newAnalyzeCmd(), newImportCmd(), newFeedCmd(), newRefreshCmd(),
		newListCmd(), newSearchCmd(), newQuotesCmd(), newDeleteCmd(), newReanalyzeCmd(), newShowCmd(), newCiteCmd(), newFiguresCmd())
	return root
}

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
	theme, cfg, notice, err := readerSettings(cmd)
	if err != nil {
		return err
	}
	st, err := openStore(cmd)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := seedSamples(ctx, st); err != nil {
		return err
	}
	opt := ui.Options{Theme: theme, Refresh: func(ctx context.Context) (string, error) {
		sum := newImporter(st).Refresh(ctx, nil)
		line := strings.TrimSpace(strings.SplitN(sum.Text(), "\n", 2)[0])
		return fmt.Sprintf("%d feed%s refreshed: %s", len(sum.Feeds), plural(len(sum.Feeds)), line), nil
	}, Current: func(ctx context.Context, s *store.Stored) (*store.Stored, error) {
		return current(ctx, st, s)
	}, Add: newImporter(st).Add}
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
		if n, _ := reanalyze(bg, st, reader.AnalyzerVersion, startupReanalysis); n > 0 {
			// The analyses' garbage would otherwise stay in the process's
			// memory for minutes after this one-off work.
			debug.FreeOSMemory()
		}
	}()
	defer wg.Wait()
	defer cancel()
	return runProgram(ui.New(ctx, st, opt), tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithContext(ctx))
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

// bulkGCPercent is the garbage collector's target for commands that import
// many articles: parsing and analysis make short-lived garbage, and a
// larger heap between collections took 10-20% off the CPU time of
// importing the BBC corpus (BenchmarkImportBBC sets the same), for a few
// more megabytes while the command runs.
const bulkGCPercent = 400

// bulkMemoryLimit is the soft heap limit of a bulk command (128 MiB): with the
// larger GC target alone, a 5.6 MB HTML table (70 MB live) let the heap
// grow to 343 MB before a collection (547 MB peak RSS); past this limit
// the collector runs sooner instead. GOMEMLIMIT, when set, wins.
const bulkMemoryLimit = 128 << 20

// bulkGC sets the garbage collector for a bulk command.
func bulkGC() {
	debug.SetGCPercent(bulkGCPercent)
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(bulkMemoryLimit)
	}
}

// newImporter returns an Importer on st with byline's HTTP client, which
// reads the page of a feed item that carries only a summary.
func newImporter(st store.Store) *importer.Importer {
	return &importer.Importer{Store: st, Client: fetch.New(version), Follow: true}
}

// progressPrinter draws a one-line progress bar on w when it is a
// terminal, and nothing otherwise (scripts read the summary instead).
func progressPrinter(w io.Writer, verb string) (func(importer.Progress), func()) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return func(importer.Progress) {}, func() {}
	}
	bar := progress.New(progress.WithDefaultGradient(), progress.WithWidth(30))
	var mu sync.Mutex
	drawn := false
	var last time.Time
	update := func(p importer.Progress) {
		mu.Lock()
		defer mu.Unlock()
		if p.Total <= 1 {
			return // nothing worth a bar
		}
		now := time.Now()
		if p.Done < p.Total && now.Sub(last) < 50*time.Millisecond {
			return // redraw at most twenty times a second
		}
		last = now
		pct := float64(p.Done) / float64(p.Total)
		fmt.Fprintf(w, "\r\x1b[K%s %s %d/%d", verb, bar.ViewAs(pct), p.Done, p.Total)
		drawn = true
	}
	done := func() {
		mu.Lock()
		defer mu.Unlock()
		if drawn {
			fmt.Fprint(w, "\r\x1b[K")
		}
	}
	return update, done
}

// printSummary writes an import or refresh summary for a person, and
// returns an error when anything failed.
func printSummary(w io.Writer, s importer.Summary) error {
	fmt.Fprint(w, s.Text())
	for _, fr := range s.Feeds {
		state := fmt.Sprintf("%d new, %d duplicates", fr.New, fr.Duplicates)
		switch {
		case fr.Err != "":
			state = "failed: " + fr.Err
		case fr.NotModified:
			state = "not modified"
		case !fr.RetryAfter.IsZero():
			state = "not fetched: the server asked to wait until " + fr.RetryAfter.Local().Format("2006-01-02 15:04")
		}
		fmt.Fprintf(w, "  feed %s: %s\n", feedName(fr.Feed), state)
	}
	if s.Canceled {
		fmt.Fprintln(w, "  interrupted: what was imported before stays in the store")
	}
	if len(s.Failed) > 0 || s.Canceled {
		return exitError{1}
	}
	return nil
}

func feedName(f store.Feed) string {
	u := fetch.Redact(f.URL) // no user:password in the clear
	if f.Title != "" {
		return f.Title + " <" + u + ">"
	}
	return u
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

func newImportCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "import PATH|URL...",
		Short: "Import articles from files, folders, web pages and feeds",
		Long: `Import adds articles to the store: plain-text and Markdown articles, HTML
pages, RSS, Atom and JSON feeds (files or URLs), and folders (recursively).
The format is detected from the content. Each article is analysed as it is
imported; an article already in the store is not added again.`,
		Args: cobra.MinimumNArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			bulkGC()
			update, done := progressPrinter(cmd.ErrOrStderr(), "importing")
			sum := newImporter(st).Import(cmd.Context(), args, update)
			done()
			if asJSON {
				if err := printJSON(cmd.OutOrStdout(), sum); err != nil {
					return err
				}
				if len(sum.Failed) > 0 || sum.Canceled {
					return exitError{1}
				}
				return nil
			}
			return printSummary(cmd.OutOrStdout(), sum)
		}),
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the summary as JSON")
	return cmd
}

func newRefreshCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "refresh",
		Short: "Fetch new articles from every subscribed feed",
		Args:  cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, _ []string, st store.Store) error {
			bulkGC()
			update, done := progressPrinter(cmd.ErrOrStderr(), "refreshing")
			sum := newImporter(st).Refresh(cmd.Context(), update)
			done()
			return printSummary(cmd.OutOrStdout(), sum)
		}),
	}
}

func newFeedCmd() *cobra.Command {
	feed := &cobra.Command{Use: "feed", Short: "Subscribe to feeds and manage subscriptions"}
	add := &cobra.Command{
		Use:   "add URL...",
		Short: "Subscribe to feeds (a page that names its feed will do) and import their items",
		Args:  cobra.MinimumNArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			var failed bool
			for _, u := range args {
				f, sum, err := newImporter(st).Subscribe(cmd.Context(), u)
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "byline: feed add: %v\n", err)
					failed = true
					continue
				}
				fmt.Fprintf(cmd.OutOrStdout(), "subscribed to %s\n", feedName(f))
				if printSummary(cmd.OutOrStdout(), sum) != nil {
					failed = true
				}
			}
			if failed {
				return exitError{1}
			}
			return nil
		}),
	}
	var asJSON bool
	list := &cobra.Command{
		Use:   "list",
		Short: "List subscribed feeds",
		Args:  cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, _ []string, st store.Store) error {
			fs, err := st.Feeds(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				if fs == nil {
					fs = []store.Feed{}
				}
				for i := range fs {
					fs[i].URL = fetch.Redact(fs[i].URL)
				}
				return printJSON(cmd.OutOrStdout(), fs)
			}
			if len(fs) == 0 {
				fmt.Fprintln(cmd.OutOrStdout(), "no feeds yet: byline feed add URL")
			}
			for _, f := range fs {
				line := fmt.Sprintf("%4d  %s", f.ID, feedName(f))
				if !f.Checked.IsZero() {
					line += "  (checked " + f.Checked.Local().Format("2006-01-02 15:04") + ")"
				}
				if f.Error != "" {
					line += "  last error: " + f.Error
				}
				fmt.Fprintln(cmd.OutOrStdout(), line)
			}
			return nil
		}),
	}
	list.Flags().BoolVar(&asJSON, "json", false, "print the feeds as JSON")
	remove := &cobra.Command{
		Use:     "remove ID|URL...",
		Aliases: []string{"rm"},
		Short:   "Unsubscribe from feeds (their articles stay in the library)",
		Args:    cobra.MinimumNArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			for _, a := range args {
				if err := st.RemoveFeed(cmd.Context(), a); err != nil {
					return fmt.Errorf("feed remove %s: %w", a, err)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "unsubscribed %s\n", a)
			}
			return nil
		}),
	}
	importOPML := &cobra.Command{
		Use:   "import FILE.opml",
		Short: "Subscribe to the feeds listed in an OPML file",
		Args:  cobra.ExactArgs(1),
		RunE: withStore(func(cmd *cobra.Command, args []string, st store.Store) error {
			raw, err := readArticleFile(args[0]) // a regular file, 8 MiB at most
			if err != nil {
				return err
			}
			sum, err := newImporter(st).ImportOPML(cmd.Context(), raw)
			if err != nil {
				return err
			}
			return printSummary(cmd.OutOrStdout(), sum)
		}),
	}
	exportOPML := &cobra.Command{
		Use:   "export",
		Short: "Print the subscribed feeds as OPML",
		Args:  cobra.NoArgs,
		RunE: withStore(func(cmd *cobra.Command, _ []string, st store.Store) error {
			fs, err := st.Feeds(cmd.Context())
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(importer.ExportOPML(fs))
			return err
		}),
	}
	feed.AddCommand(add, list, remove, importOPML, exportOPML)
	return feed
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
		Use:   "quotes [--speaker NAME [--format FORMAT]] [--provenance WORDS]",
		Short: "List the speakers across the library, every quote of one speaker, or where words were quoted",
		Args:  cobra.NoArgs,
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
			n, err := reanalyze(cmd.Context(), st, version, 0)
			fmt.Fprintf(cmd.OutOrStdout(), "reanalysed %d article%s\n", n, plural(n))
			return err
		}),
	}
	cmd.Flags().BoolVar(&all, "all", false, "analyse every article again")
	return cmd
}

// current re-analyses an article being opened whose stored analysis an
// older byline made (a millisecond or so), and stores the new one, so that
// the reader never shows an analysis the background pass has not reached.
func current(ctx context.Context, st store.Store, s *store.Stored) (*store.Stored, error) {
	if s.Analysis != nil && s.Analysis.Version >= reader.AnalyzerVersion {
		return s, nil
	}
	an := reader.Analyze(&s.Article)
	if err := st.SetAnalysis(ctx, s.ID, an); err != nil {
		return nil, err
	}
	c := *s
	c.Analysis = an
	return &c, nil
}

// startupReanalysis is how many stale articles the reader re-analyses in
// the background when it starts, reanalysisDelay after it starts.
const (
	startupReanalysis = 500
	reanalysisDelay   = 2 * time.Second
)

// reanalyze redoes the analysis of the articles whose stored analysis is
// older than version, newest first, at most limit of them (0: all), and
// returns how many it redid.
func reanalyze(ctx context.Context, st store.Store, version, limit int) (int, error) {
	ids, err := st.Stale(ctx, version)
	if err != nil {
		return 0, err
	}
	slices.Reverse(ids) // IDs grow with import order: newest first
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	n := 0
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		s, err := st.Get(ctx, id)
		if err != nil {
			return n, err
		}
		if err := st.SetAnalysis(ctx, id, reader.Analyze(&s.Article)); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

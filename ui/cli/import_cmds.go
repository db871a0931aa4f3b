package cli

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/progress"
	"github.com/spf13/cobra"

	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer"
	"github.com/byline/byline/store/importer/fetch"
)

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
	if !isTerminal(w) {
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

// Package importer brings articles into a store.Store: files, folders,
// web pages and feeds, each article parsed and analysed once, at import.
// It also refreshes subscribed feeds and reads and writes OPML.
//
// Bad input never stops an import: each target that fails gets a one-line
// reason in the Summary while the others go on.
package importer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/reader/textsafe"
	"github.com/byline/byline/store"
	"github.com/byline/byline/store/importer/fetch"
)

// batchSize is how many articles go to the store in one PutMany, one
// transaction (store.DefaultBatch). Importing the BBC corpus into a library
// of 1,000,000 articles, 1,024 a batch against 256 wrote 90 → 61 KB an
// article and made 56 → 45 system calls an article.
const batchSize = store.DefaultBatch

// flushEvery is how long a partly filled batch may wait for more articles.
const flushEvery = 200 * time.Millisecond

// readAhead is how many units the workers may have ready for the writer:
// with each article followed by its target's done unit, the articles of
// one batch, analysed while the writer writes the one before (it held
// four batches of 256 before they grew to 1,024). Writing a batch takes
// longer than analysing one on the other CPU; with room for less than a
// batch the workers soon waited for the writer, a CPU idle, through most
// of each write.
const readAhead = 2048

// Importer imports articles into Store. Its fields are read, never
// changed, so one Importer may run several imports at once.
type Importer struct {
	// Store receives the articles.
	Store Store
	// Client fetches URLs and feeds; nil uses a fetch.Client with the
	// defaults.
	Client *fetch.Client
	// Workers is how many targets are read, parsed and analysed at once;
	// zero means one per CPU, or Fetches when there are URLs to fetch.
	Workers int
	// Fetches is how many feeds Refresh fetches at once, and how many
	// linked pages Follow fetches at once for one feed; zero means 4.
	Fetches int
	// Follow has a feed item that carries only a summary (most news feeds
	// give a headline and a sentence) read from the page it links to,
	// unless an article with its address is already stored.
	Follow bool
	// Now returns the time written as a feed's Checked; nil is time.Now.
	Now func() time.Time
	// FeedDeadline bounds the refresh of one feed, the pages of its items
	// included; zero means DefaultFeedDeadline.
	FeedDeadline time.Duration
	// MemoryBudget is how many bytes of input the workers of one import
	// parse and analyse at once; zero means DefaultMemoryBudget.
	MemoryBudget int64
}

// Failure is a target (file, URL or feed item) that could not be
// imported, with a one-line reason.
type Failure struct {
	Target string `json:"target"`
	Reason string `json:"reason"`
}

// String returns "target: reason", cleaned of control characters and
// escape sequences (a file name may hold them), a URL's password
// redacted.
func (f Failure) String() string { return fetch.Redact(f.Target) + ": " + textsafe.Line(f.Reason) }

// FeedResult is what Refresh did with one feed.
type FeedResult struct {
	Feed        store.Feed `json:"feed"`
	New         int        `json:"new"`
	Duplicates  int        `json:"duplicates"`
	NotModified bool       `json:"not_modified"`
	Err         string     `json:"error,omitempty"`
	// RetryAfter is set when the feed was not fetched because its server
	// asked (429 or 503 with Retry-After) to wait until then.
	RetryAfter time.Time `json:"retry_after,omitzero"`
}

// Summary is the outcome of an import or refresh.
type Summary struct {
	// Imported is how many articles were added.
	Imported int `json:"imported"`
	// Duplicates is how many were already in the store and left alone.
	Duplicates int `json:"duplicates"`
	// Updated is how many were in the store at the same address (or
	// canonical address) with another text, and were replaced by it.
	Updated int `json:"updated,omitempty"`
	// Skipped is how many files met in folders were not articles (images,
	// code, data) and were passed over.
	Skipped int `json:"skipped"`
	// SkippedFiles are the text files met in folders that were passed
	// over as not articles (a README, a licence, a listing), with why.
	SkippedFiles []Failure `json:"skipped_files,omitempty"`
	// Failed lists what could not be imported and why.
	Failed []Failure `json:"failed,omitempty"`
	// Notes are warnings about what was imported, such as a charset that
	// had to be guessed.
	Notes []Failure `json:"notes,omitempty"`
	// IDs are the store IDs of the articles imported or found already
	// there, in the order they were written.
	IDs []int64 `json:"ids,omitempty"`
	// Feeds has one entry per feed refreshed (Refresh only).
	Feeds []FeedResult `json:"feeds,omitempty"`
	// Canceled is true when the context ended before the work was done;
	// what was written before stays written.
	Canceled bool `json:"canceled,omitempty"`
	// Stopped says why the import stopped early when the store could not
	// take any more (a full disk, a read-only file): at the first such
	// failure, keeping what was written before.
	Stopped string `json:"stopped,omitempty"`
}

// Progress reports how an import or refresh is going.
type Progress struct {
	// Done and Total count targets (files, pages, feeds): Total is known
	// once the targets are listed, before the first is read.
	Done, Total int
	// Current is the target last finished.
	Current string
	// Imported, Duplicates and Failed are the running counts.
	Imported, Duplicates, Failed int
}

func (im *Importer) client() *fetch.Client {
	if im.Client != nil {
		return im.Client
	}
	return &fetch.Client{}
}

func (im *Importer) fetches() int {
	if im.Fetches > 0 {
		return im.Fetches
	}
	return 4
}

func (im *Importer) now() time.Time {
	if im.Now != nil {
		return im.Now()
	}
	return time.Now()
}

// job is one target to read: a file or a URL.
type job struct {
	target  string
	url     bool
	fromDir bool // met while walking a folder: skip it if not an article
}

// unit is what a worker hands the writer: an analysed article, a failure
// or a note about a target, or the end of a target.
type unit struct {
	target string
	item   store.Item
	fail   string
	note   string
	skip   bool
	dup    bool // a feed item the store knows already
	done   bool
	update int64 // the stored article item is a newer version of
}

// Import imports every target: files, folders (recursively, passing over
// hidden folders and files that are not articles), and http(s) URLs of
// pages or feeds. The format of each is told from its content. Every
// article is analysed with reader.Analyze and stored with its analysis;
// articles already in the store count as duplicates. progress, when not
// nil, is called from one goroutine at a time.
//
// When ctx ends, Import stops between batches of articles and returns
// what it did, with Canceled set.
func (im *Importer) Import(parent context.Context, targets []string, progress func(Progress)) Summary {
	var sum Summary
	// The writer cancels the rest when the store cannot take any more.
	ctx, stop := context.WithCancel(parent)
	defer stop()
	// The targets are walked twice: once to count the jobs (and record
	// what cannot be read), then again as the workers take them, so that
	// no list of every file is held for the whole import (900,000 paths
	// took about 100 MB).
	total, anyURL := 0, false
	im.expand(ctx, targets, &sum, func(j job) bool {
		total++
		anyURL = anyURL || j.url
		return true
	})
	units := make(chan unit, readAhead)
	queue := make(chan job)
	workers := im.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
		if anyURL { // waiting on the network, not the CPU
			workers = max(workers, im.fetches())
		}
	}
	var wg sync.WaitGroup
	run := &importRun{sent: map[uint64]bool{}, seed: maphash.MakeSeed(), cpu: make(chan struct{}, runtime.GOMAXPROCS(0)), budget: im.budget()}
	run.budgetN = im.MemoryBudget
	if run.budgetN <= 0 {
		run.budgetN = DefaultMemoryBudget
	}
	// Into an empty store (a first import), no article can be a stored
	// duplicate: the look-ups would be for nothing.
	if n, err := im.Store.Count(ctx); err == nil && n == 0 {
		run.storeEmpty = true
	}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range queue {
				im.read(ctx, j, units, run)
			}
		}()
	}
	go func() {
		defer close(queue)
		im.expand(ctx, targets, nil, func(j job) bool {
			select {
			case queue <- j:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	go func() {
		wg.Wait()
		close(units)
	}()
	w := &writer{st: im.Store, sum: &sum, progress: progress, total: total, cpu: run.cpu, stop: stop}
	w.run(ctx, units)
	if parent.Err() != nil {
		sum.Canceled = true
	}
	return sum
}

// fatalStoreError reports whether a store error means no more articles
// can be written (so the import stops at the first), rather than that one
// article could not be.
func fatalStoreError(err error) bool {
	s := err.Error()
	for _, x := range []string{"disk is full", "(13)", "no space left", "readonly", "(8)", "disk I/O error", "(10)", "malformed", "(11)"} {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// expand gives emit the jobs of the targets, walking folders, until emit
// returns false. Targets that do not exist, and what a walk cannot read,
// fail at once, and files that are not articles are skipped, in sum
// (when sum is nil they are passed over: a second walk).
func (im *Importer) expand(ctx context.Context, targets []string, sum *Summary, emit func(job) bool) {
	fail := func(f Failure) {
		if sum != nil {
			sum.Failed = append(sum.Failed, f)
		}
	}
	for _, t := range targets {
		if fetch.IsURL(t) {
			if !emit(job{target: t, url: true}) {
				return
			}
			continue
		}
		fi, err := os.Stat(t)
		if err != nil {
			fail(Failure{t, reason(err)})
			continue
		}
		if !fi.IsDir() {
			if err := checkRegular(fi); err != nil {
				fail(Failure{t, reason(err)})
				continue
			}
			if !emit(job{target: t}) {
				return
			}
			continue
		}
		stopped := false
		err = filepath.WalkDir(t, func(p string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				fail(Failure{p, reason(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			hidden := p != t && strings.HasPrefix(d.Name(), ".")
			if d.IsDir() {
				if hidden {
					return fs.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil // symbolic links, devices, sockets
			}
			if hidden || !reader.ArticleName(d.Name()) {
				if sum != nil {
					sum.Skipped++
				}
				return nil
			}
			if !emit(job{target: p, fromDir: true}) {
				stopped = true
				return fs.SkipAll
			}
			return nil
		})
		if stopped {
			return
		}
		if err != nil && ctx.Err() == nil {
			fail(Failure{t, reason(err)})
		}
	}
}

// read reads, parses and analyses one target, sending its articles and
// then a done unit.
func (im *Importer) read(ctx context.Context, j job, out chan<- unit, run *importRun) {
	send := func(u unit) bool {
		select {
		case out <- u:
			return true
		case <-ctx.Done():
			return false
		}
	}
	defer send(unit{target: j.target, done: true})
	if ctx.Err() != nil {
		return
	}
	raw, name, ctype, private, err := im.load(ctx, j)
	if err != nil {
		send(unit{target: j.target, fail: reason(err)})
		return
	}
	// The input's share of the memory budget, held while it is parsed
	// and analysed.
	release, err := acquire(ctx, run.budget, int64(len(raw)), run.budgetN)
	if err != nil {
		return // canceled
	}
	defer release()
	// In a folder, pass over text that is not an article (JSON or XML
	// data); empty, binary or undecodable files still fail with a reason.
	if j.fromDir && reader.CheckText(raw) == nil && !reader.LooksLikeArticle(raw, name) {
		send(unit{target: j.target, skip: true})
		return
	}
	if j.fromDir {
		if why := reader.NotArticle(raw, name); why != "" {
			send(unit{target: j.target, skip: true, note: why})
			return
		}
	}
	arts, feed, err := reader.ParseAny(raw, name, ctype)
	if errors.Is(err, reader.ErrCharsetGuessed) {
		send(unit{target: j.target, note: err.Error()})
	} else if err != nil {
		send(unit{target: j.target, fail: reason(err)})
		return
	}
	if len(arts) == 0 {
		send(unit{target: j.target, note: "no articles in it"})
	}
	if feed != nil {
		var known int
		arts, known = im.unknown(ctx, arts)
		for range known {
			send(unit{target: j.target, dup: true})
		}
		for _, n := range im.follow(ctx, j.target, arts, private, newHosts()) {
			send(unit{target: n.Target, note: n.Reason})
		}
		arts, known = im.unknownPages(ctx, arts)
		for range known {
			send(unit{target: j.target, dup: true})
		}
	}
	for _, a := range arts {
		if ctx.Err() != nil {
			return
		}
		name := itemName(j.target, a, len(arts))
		item := store.Item{Article: a, Hash: store.TextHash(a.Title, a.Body)}
		key := dedupKey(a.URL, item.Hash)
		update := im.changed(ctx, run, a.URL, item.Hash)
		if update == 0 && (run.claim(key) || !run.storeEmpty && im.known(ctx, a.URL, item.Hash)) {
			// A duplicate: the writer finds the copy it duplicates and
			// counts it, with no analysis made for nothing.
			if !send(unit{target: name, item: item}) {
				return
			}
			continue
		}
		run.cpu <- struct{}{}
		an, err := analyze(a)
		if err == nil {
			if note := analysisNote(a, an); note != "" {
				send(unit{target: name, note: note})
			}
			// Encoded here, the item leaves the writer, which every
			// article goes through, only the database's work.
			item.Analysis = an
			err = item.Encode()
		}
		<-run.cpu
		if err != nil {
			send(unit{target: name, fail: reason(err)})
			continue
		}
		if !send(unit{target: name, item: item, update: update}) {
			return
		}
		run.markSent(key)
	}
}

// importRun is what the workers and the writer of one Import share.
type importRun struct {
	mu sync.Mutex
	// sent holds the articles read, by a 64-bit hash of their dedupKey
	// (with seed): true once the analysed copy is on its way to the
	// writer. A copy read after that is sent without analysis: the writer
	// takes it in order, finds the first and counts a duplicate. A copy
	// read while the first is still being analysed is analysed too (two
	// workers at once; rare). The hashes take about 30 bytes an article
	// where the keys (file:// URLs) took 150: 27 MB for 900,000 files.
	// Two keys of a run of a million share a hash with a chance of about
	// 3 in 100 million; the second article would be stored unanalysed
	// (and analysed when byline next opens the library).
	sent map[uint64]bool
	seed maphash.Seed
	// storeEmpty is set when the store held no article as the import
	// began.
	storeEmpty bool
	// cpu holds a token for each analysis running and one for the writer
	// while it writes, one per CPU: the writer, which every article goes
	// through, gets a CPU of its own instead of a third of two.
	cpu chan struct{}
	// budget is the memory budget the workers share (see
	// DefaultMemoryBudget), budgetN its size.
	budget  *semaphore.Weighted
	budgetN int64
}

// claim records key and reports whether an analysed copy of it has been
// sent already.
func (d *importRun) claim(key string) bool {
	h := maphash.String(d.seed, key)
	d.mu.Lock()
	defer d.mu.Unlock()
	sent, ok := d.sent[h]
	if !ok {
		d.sent[h] = false
	}
	return sent
}

func (d *importRun) markSent(key string) {
	h := maphash.String(d.seed, key)
	d.mu.Lock()
	d.sent[h] = true
	d.mu.Unlock()
}

// dedupKey is what the store tells duplicates by: the address, or the
// text of an article without one.
func dedupKey(url, hash string) string {
	if u := strings.TrimSpace(url); u != "" {
		return "u" + u
	}
	return "t" + hash
}

// known reports whether the store holds a copy already; a failed
// look-up says no, and the article is analysed and offered to the store,
// which decides.
func (im *Importer) known(ctx context.Context, url, hash string) bool {
	ok, err := im.Store.Known(ctx, url, hash)
	return ok && err == nil
}

// load returns a target's bytes, the name to parse it by, its content
// type, and whether it came from a private address (fetch.ErrPrivate).
func (im *Importer) load(ctx context.Context, j job) ([]byte, string, string, bool, error) {
	if j.url {
		res, err := im.client().Get(ctx, j.target, fetch.Validators{})
		if err != nil {
			return nil, "", "", false, err
		}
		return res.Body, res.URL, res.ContentType, res.Private, nil
	}
	raw, err := readFile(j.target)
	return raw, j.target, "", false, err
}

// readFile reads a file, refusing one over reader.MaxArticleSize before
// reading it.
func readFile(path string) ([]byte, error) {
	f, fi, err := openRegular(path)
	if err != nil {
		return nil, err //nolint:wrapcheck // reason() makes it one line
	}
	defer f.Close()
	size := fi.Size()
	if size > reader.MaxArticleSize {
		return nil, reader.ErrTooLarge
	}
	// Room for the whole file and one byte more, so that one read takes it
	// and a second finds the end; a file that grew since is still read
	// whole, up to the limit.
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, reader.MaxArticleSize+1)); err != nil {
		return nil, err //nolint:wrapcheck // reason() makes it one line
	}
	if buf.Len() > reader.MaxArticleSize {
		return nil, reader.ErrTooLarge
	}
	return buf.Bytes(), nil
}

// analyze runs reader.Analyze, turning a panic into an error so that one
// odd article cannot stop an import.
func analyze(a *reader.Article) (an *reader.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			an, err = nil, fmt.Errorf("analysis failed: %v", r)
		}
	}()
	return analyzeArticle(analysedPart(a)), nil
}

// analyzeArticle is reader.Analyze; tests count its calls.
var analyzeArticle = reader.Analyze

// itemName names an article for a Failure: the target, with the item's
// title when the target held several (a feed).
func itemName(target string, a *reader.Article, n int) string {
	if n <= 1 {
		return target
	}
	if a.URL != "" {
		return a.URL
	}
	return target + " (" + oneLine(a.Title, 60) + ")"
}

// reason makes a one-line reason of an error.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the path is the target already
	}
	s := err.Error()
	if strings.HasPrefix(s, "fetch ") {
		if i := strings.Index(s, ": "); i > 0 {
			s = s[i+2:] // "fetch URL: " repeats the target
		}
	}
	return oneLine(s, 200)
}

func oneLine(s string, n int) string {
	s = textsafe.Line(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// writer is the one goroutine that writes to the store, in batches, and
// reports progress.
type writer struct {
	st       Store
	sum      *Summary
	progress func(Progress)
	total    int
	done     int
	current  string
	batch    []store.Item
	names    []string
	cpu      chan struct{}
	// stop ends the import, after a failure the store cannot get over.
	stop func()
}

func (w *writer) run(ctx context.Context, units <-chan unit) {
	// The timer runs while a batch is open: a batch is written when it is
	// full or flushEvery after its first article, whichever comes first.
	timer := time.NewTimer(flushEvery)
	timer.Stop()
	defer timer.Stop()
	w.report()
	for {
		select {
		case u, ok := <-units:
			if !ok {
				w.flush(ctx)
				w.report()
				return
			}
			open := len(w.batch) > 0
			w.take(ctx, u)
			if !open && len(w.batch) > 0 {
				timer.Reset(flushEvery)
			}
		case <-timer.C:
			w.flush(ctx)
		}
	}
}

func (w *writer) take(ctx context.Context, u unit) {
	switch {
	case u.done:
		w.done++
		w.current = u.target
		w.report()
	case u.skip:
		w.sum.Skipped++
		if u.note != "" {
			w.sum.SkippedFiles = append(w.sum.SkippedFiles, Failure{u.target, u.note})
		}
	case u.dup:
		w.sum.Duplicates++
	case u.fail != "":
		w.sum.Failed = append(w.sum.Failed, Failure{u.target, u.fail})
	case u.note != "":
		w.sum.Notes = append(w.sum.Notes, Failure{u.target, u.note})
	case u.update != 0:
		w.update(ctx, u)
	default:
		w.batch = append(w.batch, u.item)
		w.names = append(w.names, u.target)
		if len(w.batch) >= batchSize {
			w.flush(ctx)
		}
	}
}

// flush writes the batch. After the context ends nothing more is written.
func (w *writer) flush(ctx context.Context) {
	if len(w.batch) == 0 {
		return
	}
	defer func() { w.batch, w.names = w.batch[:0], w.names[:0] }()
	if ctx.Err() != nil {
		return
	}
	w.cpu <- struct{}{}
	res, err := w.st.PutMany(ctx, w.batch)
	<-w.cpu
	for i := range w.batch {
		var r store.PutResult
		if i < len(res) {
			r = res[i]
		} else {
			r.Err = err
		}
		switch {
		case w.sum.Stopped != "":
			// Stopped at an earlier item: no line for each of the rest.
		case r.Err != nil && fatalStoreError(r.Err):
			w.sum.Failed = append(w.sum.Failed, Failure{w.names[i], reason(r.Err)})
			w.sum.Stopped = "the store cannot take any more: " + reason(r.Err)
			if w.stop != nil {
				w.stop()
			}
		case r.Err != nil:
			if ctx.Err() == nil {
				w.sum.Failed = append(w.sum.Failed, Failure{w.names[i], reason(r.Err)})
			}
		case r.Created:
			w.sum.Imported++
			w.sum.IDs = append(w.sum.IDs, r.ID)
		default:
			w.sum.Duplicates++
			w.sum.IDs = append(w.sum.IDs, r.ID)
		}
	}
	w.report()
}

func (w *writer) report() {
	if w.progress == nil {
		return
	}
	w.progress(Progress{
		Done: w.done, Total: max(w.total, w.done), Current: w.current,
		Imported: w.sum.Imported, Duplicates: w.sum.Duplicates, Failed: len(w.sum.Failed),
	})
}

// Text is the summary as a person reads it at the end of an import: a
// count line, then one line per failure and per note.
func (s Summary) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d imported, %d duplicate%s", s.Imported, s.Duplicates, plural(s.Duplicates))
	if s.Updated > 0 {
		fmt.Fprintf(&b, ", %d updated", s.Updated)
	}
	if s.Skipped > 0 {
		fmt.Fprintf(&b, ", %d skipped (not articles)", s.Skipped)
	}
	fmt.Fprintf(&b, ", %d failed", len(s.Failed))
	if s.Canceled {
		b.WriteString(" (canceled)")
	}
	b.WriteByte('\n')
	if s.Stopped != "" {
		fmt.Fprintf(&b, "  stopped at the first failure (%s); the %d articles imported before it stay in the store\n",
			textsafe.Line(s.Stopped), s.Imported)
	}
	for _, f := range s.Failed {
		fmt.Fprintf(&b, "  failed: %s\n", f)
	}
	for _, n := range s.Notes {
		fmt.Fprintf(&b, "  note: %s\n", n)
	}
	for _, n := range s.SkippedFiles {
		fmt.Fprintf(&b, "  skipped: %s (not an article)\n", n)
	}
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

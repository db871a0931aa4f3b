package importer

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

func TestCapAnalysis(t *testing.T) {
	an := &reader.Analysis{Speakers: []reader.Speaker{{Name: "A"}, {Name: "B"}}}
	for i := range MaxQuotes + 10 {
		an.Quotes = append(an.Quotes, reader.Quote{Speaker: i % 2})
	}
	for range MaxFigures + 1 {
		an.Figures = append(an.Figures, reader.Figure{})
	}
	for i := range MaxEntities + 5 {
		e := reader.Entity{Name: strconv.Itoa(i)}
		if i == MaxEntities+4 {
			e.Mentions = make([]reader.Span, MaxMentions+3) // the most named, last
		}
		an.Entities = append(an.Entities, e)
	}
	note := capAnalysis(an)
	if len(an.Quotes) != MaxQuotes || len(an.Figures) != MaxFigures || len(an.Entities) != MaxEntities {
		t.Errorf("%d quotes, %d figures, %d entities", len(an.Quotes), len(an.Figures), len(an.Entities))
	}
	if an.Speakers[0].Quotes+an.Speakers[1].Quotes != MaxQuotes {
		t.Errorf("speaker counts %d + %d", an.Speakers[0].Quotes, an.Speakers[1].Quotes)
	}
	if last := an.Entities[len(an.Entities)-1]; last.Name != strconv.Itoa(MaxEntities+4) || len(last.Mentions) != MaxMentions {
		t.Errorf("the most named entity was not kept whole: %q, %d mentions", last.Name, len(last.Mentions))
	}
	for _, w := range []string{"quotes", "figures", "entities", "mentions"} {
		if !strings.Contains(note, w) {
			t.Errorf("note %q does not say %s", note, w)
		}
	}
	if capAnalysis(&reader.Analysis{Quotes: make([]reader.Quote, 3)}) != "" {
		t.Error("a note for an analysis under the caps")
	}
}

// TestCapsReported: an article over a cap is imported with a note.
func TestCapsReported(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Many figures\n\n")
	for i := range MaxFigures + 200 {
		fmt.Fprintf(&b, "Item %d cost $%d.5 million. ", i, i+1)
	}
	writeFile(t, filepath.Join(dir, "figures.txt"), []byte(b.String()))
	sum := (&Importer{Store: newFakeStore()}).Import(context.Background(), []string{dir}, nil)
	if sum.Imported != 1 || len(sum.Notes) != 1 || !strings.Contains(sum.Notes[0].Reason, "figures") {
		t.Errorf("summary %+v", sum)
	}
}

// TestMemoryBudgetShared: the workers analyse at most the budget's worth
// of input at once, whatever their number.
func TestMemoryBudgetShared(t *testing.T) {
	dir := t.TempDir()
	for i := range 6 {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("a%d.txt", i)), []byte(textArticle(i)+strings.Repeat("More words here. ", 400)))
	}
	var running, peak atomic.Int32
	old := analyzeArticle
	defer func() { analyzeArticle = old }()
	analyzeArticle = func(a *reader.Article) *reader.Analysis {
		n := running.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		running.Add(-1)
		return old(a)
	}
	// Each file is over half the budget: one at a time.
	sum := (&Importer{Store: newFakeStore(), Workers: 4, MemoryBudget: 8000}).Import(context.Background(), []string{dir}, nil)
	if sum.Imported != 6 || peak.Load() != 1 {
		t.Errorf("%d imported, %d analyses at once; want 6, 1", sum.Imported, peak.Load())
	}
	// With room for all, they run side by side.
	peak.Store(0)
	sum = (&Importer{Store: newFakeStore(), Workers: 4, MemoryBudget: 1 << 20}).Import(context.Background(), []string{dir}, nil)
	if sum.Imported != 6 || peak.Load() < 2 {
		t.Errorf("%d imported, %d analyses at once; want 6, more than 1", sum.Imported, peak.Load())
	}
}

// pathological writes files that cost much more than their size to
// parse and analyse: an HTML table, quote-dense and figure-dense text.
func pathological(tb testing.TB, dir string, size int) {
	var table, quotes, numbers strings.Builder
	table.WriteString("<html><head><title>Table</title></head><body><article><table>")
	quotes.WriteString("Dense quotes\n\n")
	numbers.WriteString("Numbers\n\n")
	for i := 0; table.Len() < size || quotes.Len() < size || numbers.Len() < size; i++ {
		if table.Len() < size {
			fmt.Fprintf(&table, "<tr><td>Row %d</td><td>%d,%03d</td><td>£%d.%dm</td><td>Mr Smith said \"yes %d\"</td></tr>", i, i, i%1000, i%97, i%10, i)
		}
		if quotes.Len() < size {
			fmt.Fprintf(&quotes, "\"Point %d is right,\" said Speaker%d Name. ", i, i%500)
		}
		if numbers.Len() < size {
			fmt.Fprintf(&numbers, "%d.%d%% of $%d,%03d million in %d. ", i%100, i%10, i, i%1000, 1900+i%200)
		}
	}
	table.WriteString("</table></article></body></html>")
	for name, s := range map[string]string{"table.html": table.String(), "quotes.txt": quotes.String(), "numbers.txt": numbers.String()} {
		writeFile(tb, filepath.Join(dir, name), []byte(s))
	}
}

// BenchmarkImportPathological imports a folder of pathological files
// (BYLINE_PATHO_KB each, 512 by default; the target is for files
// up to the 8 MiB limit) into SQLite and reports the process's peak RSS.
//
//	BYLINE_PATHO_KB=2048 go test ./store/importer -run X -bench Pathological -benchtime 1x
//
// BYLINE_PATHO_NOBUDGET=1 runs it without the memory budget, to compare.
func BenchmarkImportPathological(b *testing.B) {
	kb := 512
	if v, err := strconv.Atoi(os.Getenv("BYLINE_PATHO_KB")); err == nil && v > 0 {
		kb = v
	}
	dir := b.TempDir()
	pathological(b, filepath.Join(dir, "in"), kb<<10)
	ctx := context.Background()
	for i := 0; b.Loop(); i++ {
		st, err := store.Open(ctx, filepath.Join(dir, fmt.Sprintf("x%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		im := &Importer{Store: st}
		if os.Getenv("BYLINE_PATHO_NOBUDGET") != "" {
			im.MemoryBudget = 1 << 40 // as before the budget, to compare
		}
		sum := im.Import(ctx, []string{filepath.Join(dir, "in")}, nil)
		st.Close()
		if sum.Imported != 3 {
			b.Fatalf("%+v", sum)
		}
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-RSS-MB")
	}
}

// fullStore takes the first batch and then fails as a full disk does.
type fullStore struct {
	*fakeStore
	calls atomic.Int32
}

func (s *fullStore) PutMany(ctx context.Context, items []store.Item) ([]store.PutResult, error) {
	if s.calls.Add(1) == 1 {
		return s.fakeStore.PutMany(ctx, items)
	}
	return nil, fmt.Errorf("store: put: database or disk is full (13)")
}

// TestDiskFullStopsAtFirstFailure: a full disk gave one failure line per
// remaining article; the import stops at the first and says so.
func TestDiskFullStopsAtFirstFailure(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 * batchSize {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("a%04d.txt", i)), []byte(textArticle(i)))
	}
	st := &fullStore{fakeStore: newFakeStore()}
	sum := (&Importer{Store: st, Workers: 1}).Import(context.Background(), []string{dir}, nil)
	if len(sum.Failed) != 1 || sum.Stopped == "" || sum.Imported == 0 || sum.Imported >= 3*batchSize {
		t.Errorf("%d imported, %d failures, stopped %q", sum.Imported, len(sum.Failed), sum.Stopped)
	}
	if text := sum.Text(); !strings.Contains(text, "stopped at the first failure") || strings.Count(text, "failed:") != 1 {
		t.Errorf("summary:\n%s", text)
	}
	if sum.Canceled {
		t.Error("a stop for a full disk is not a cancel")
	}
}

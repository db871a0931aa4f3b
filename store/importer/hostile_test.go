//go:build unix

package importer

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/byline/byline/reader/textsafe"
)

// TestSpecialFilesRefused: a named pipe blocked the import forever, and
// /dev/zero was read until memory ran out.
func TestSpecialFilesRefused(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, c := range []struct{ path, kind string }{{fifo, "named pipe"}, {"/dev/zero", "device"}} {
		done := make(chan Summary, 1)
		go func() {
			done <- (&Importer{Store: newFakeStore()}).Import(context.Background(), []string{c.path}, nil)
		}()
		select {
		case sum := <-done:
			if len(sum.Failed) != 1 || !strings.Contains(sum.Failed[0].Reason, c.kind) {
				t.Errorf("%s: summary %+v", c.path, sum)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: import blocked", c.path)
		}
		if _, err := ReadFile(c.path); !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), c.kind) {
			t.Errorf("ReadFile(%s) = %v", c.path, err)
		}
	}
	// A folder holding a pipe passes over it.
	writeFile(t, filepath.Join(dir, "a.txt"), []byte(textArticle(1)))
	sum := (&Importer{Store: newFakeStore()}).Import(context.Background(), []string{dir}, nil)
	if sum.Imported != 1 || len(sum.Failed) != 0 {
		t.Errorf("folder with a pipe: %+v", sum)
	}
}

// TestSummaryNamesAreClean: a file name holding escape sequences is
// printed without them.
func TestSummaryNamesAreClean(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "evil\x1b]0;pwned\x07\x1b[2J.txt")
	writeFile(t, name, nil) // empty: it fails, and the summary names it
	sum := (&Importer{Store: newFakeStore()}).Import(context.Background(), []string{name}, nil)
	text := sum.Text()
	if len(sum.Failed) != 1 || !textsafe.Safe(text) || !strings.Contains(text, "evil.txt") {
		t.Errorf("summary %q", text)
	}
}

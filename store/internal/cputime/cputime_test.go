package cputime

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNowGrows checks that CPU time spent on work shows in Now.
func TestNowGrows(t *testing.T) {
	start := Now()
	if start <= 0 {
		t.Fatalf("Now() = %v, want the CPU time used so far", start)
	}
	x := 0
	for i := range 50_000_000 {
		x ^= i * i
	}
	if Now() <= start {
		t.Fatalf("no CPU time counted for a busy loop (x=%d)", x)
	}
}

// TestIOCountsWrites checks that a file written shows in IO's counts where
// the system keeps them.
func TestIOCountsWrites(t *testing.T) {
	start := IO()
	if start == (IOCounts{}) {
		t.Skip("no /proc/self/io here")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "f"))
	if err != nil {
		t.Fatal(err)
	}
	for range 10 {
		if _, err := f.Write(make([]byte, 1000)); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	d := IO().Sub(start)
	if d.Writes < 10 || d.WrittenBytes < 10_000 {
		t.Errorf("after 10 writes of 1,000 bytes: %+v", d)
	}
}

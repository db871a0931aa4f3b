package cputime

import "testing"

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

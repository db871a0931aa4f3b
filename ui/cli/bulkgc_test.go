package cli

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestBulkGCLimitsHeap: a bulk command raised the GC target only, and a
// 5.6 MB HTML table took 547 MB peak RSS to import; it now also sets a
// soft memory limit.
func TestBulkGCLimitsHeap(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	bulkGC()
	if got := debug.SetMemoryLimit(-1); got != bulkMemoryLimit {
		t.Errorf("memory limit after bulkGC: %d, want %d", got, bulkMemoryLimit)
	}
	debug.SetMemoryLimit(math.MaxInt64)
	t.Setenv("GOMEMLIMIT", "1GiB")
	bulkGC()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("GOMEMLIMIT set: bulkGC changed the limit to %d", got)
	}
}

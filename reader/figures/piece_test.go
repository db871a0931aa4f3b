package figures

import (
	"runtime"
	"strings"
	"testing"
)

// TestHugeBlockBoundedTokens: a 2 MB block (a page that is one line) was
// tokenized whole, ~20 MB of tokens; it is now searched in pieces.
func TestHugeBlockBoundedTokens(t *testing.T) {
	body := strings.Repeat("The quick brown fox jumps over the lazy dog again. ", 40000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	Find(body, []Span{{0, len(body)}})
	runtime.ReadMemStats(&after)
	if got := after.TotalAlloc - before.TotalAlloc; got > 4<<20 {
		t.Errorf("searching a %d KB block allocated %d KB", len(body)>>10, got>>10)
	}
	if buf := tokPool.Get().(*[]token); cap(*buf) > maxPooledTokens {
		t.Errorf("the pool keeps a buffer of %d tokens", cap(*buf))
	}
}

// TestHugeBlockSameFigures: the pieces of a long block find the figures
// the block's sentences hold one by one.
func TestHugeBlockSameFigures(t *testing.T) {
	sent := "Sales rose 4.5% to $1.2bn in 2023, up from 900 shops. "
	body := strings.Repeat(sent, 5000) // 275 KB: five pieces
	one := Find(sent, []Span{{0, len(sent)}})
	all := Find(body, []Span{{0, len(body)}})
	if len(one) == 0 || len(all) != 5000*len(one) {
		t.Fatalf("%d figures in one sentence, %d in 5000", len(one), len(all))
	}
	for i, f := range all {
		w := one[i%len(one)]
		off := i / len(one) * len(sent)
		if f.Start-off != w.Start || f.End-off != w.End || f.Kind != w.Kind || f.Value != w.Value || f.Unit != w.Unit {
			t.Fatalf("figure %d: %+v, want %+v at +%d", i, f, w, off)
		}
	}
}

package reader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// TestAnalyzeKeepsNothing checks that the docs Analyze keeps in docPool
// carry nothing from one article to the next: the sample articles give
// the same analyses in another order and from several goroutines at once.
func TestAnalyzeKeepsNothing(t *testing.T) {
	paths, err := filepath.Glob("samples/articles/*")
	if err != nil {
		t.Fatal(err)
	}
	paths = append(paths, "testdata/bbc-trump-zelensky-call.txt")
	var arts []*Article
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(raw, p)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	if len(arts) < 2 {
		t.Fatal("too few sample articles")
	}
	want := make([]*Analysis, len(arts))
	snap := make([][]byte, len(arts))
	for i, a := range arts {
		want[i] = Analyze(a)
		if snap[i], err = json.Marshal(want[i]); err != nil {
			t.Fatal(err)
		}
	}
	for i := len(arts) - 1; i >= 0; i-- {
		if got := Analyze(arts[i]); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%s: analysis differs when analysed after the others", paths[i])
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for g := 0; g < 4; g++ {
		wg.Go(func() {
			for k := range arts {
				i := (k + g) % len(arts)
				if got := Analyze(arts[i]); !reflect.DeepEqual(got, want[i]) {
					mu.Lock()
					t.Errorf("%s: analysis differs when analysed concurrently", paths[i])
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	// No analysis shares memory with a pooled doc: those made first are
	// as they were after all the others.
	for i := range want {
		if b, _ := json.Marshal(want[i]); string(b) != string(snap[i]) {
			t.Errorf("%s: the analysis changed after others were made", paths[i])
		}
	}
}

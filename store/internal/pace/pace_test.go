package pace

import (
	"testing"
	"time"
)

func TestPace(t *testing.T) {
	var p Pace
	if !p.Due() {
		t.Fatal("the first call is not due")
	}
	if p.Due() {
		t.Fatal("due again at once, within Every")
	}

	// A run that took long pushes the next one past Every: ten times it.
	q := Pace{}
	q.Done(time.Now().Add(-time.Second)) // took ~1 s: next due in ~10 s
	q.last.Store(time.Now().Add(-3 * time.Second).UnixNano())
	if q.Due() {
		t.Fatal("due 3 s after a run of 1 s (wants 10 s)")
	}
	q.last.Store(time.Now().Add(-11 * time.Second).UnixNano())
	if !q.Due() {
		t.Fatal("not due 11 s after a run of 1 s")
	}

	always := Pace{Every: -1}
	for i := range 3 {
		if !always.Due() {
			t.Fatalf("Every < 0: call %d not due", i)
		}
	}
}

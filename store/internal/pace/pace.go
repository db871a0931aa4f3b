// Package pace spaces out work a store's writers may put off: regrouping
// the speakers a write touched. Both stores (SQLite and PostgreSQL) pace
// it the same way: at most every Every, and never more often than ten
// times the last run's duration, so that the deferred work takes at most
// about a tenth of the writer's time.
package pace

import (
	"sync/atomic"
	"time"
)

// Every is how often, at most, paced work runs by default; Share is the
// multiple of its last duration that must have passed since it.
const (
	Every = 2 * time.Second
	Share = 10
)

// Pace remembers when paced work last started and how long it took. The
// zero value is ready to use; it is safe for concurrent use.
type Pace struct {
	last atomic.Int64 // unix nanoseconds
	took atomic.Int64 // nanoseconds
	// Every overrides the package's Every when not 0; negative: the work
	// is due at every call (tests).
	Every time.Duration
}

// Due reports whether the work should run now, and if so counts it as
// started: of two concurrent callers, one gets true.
func (p *Pace) Due() bool {
	every := p.Every
	if every == 0 {
		every = max(Every, time.Duration(Share*p.took.Load()))
	}
	now, last := time.Now().UnixNano(), p.last.Load()
	if every > 0 && now-last < int64(every) {
		return false
	}
	return p.last.CompareAndSwap(last, now)
}

// Done records how long the work that started at start took.
func (p *Pace) Done(start time.Time) { p.took.Store(int64(time.Since(start))) }

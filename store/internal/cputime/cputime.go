// Package cputime reads the process's CPU time, which the store's and the
// importer's benchmarks report beside wall time: on a shared machine it is
// the steadier figure.
package cputime

import (
	"syscall"
	"time"
)

// Now returns the process's user and system CPU time so far, or 0 when the
// system cannot say.
func Now() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

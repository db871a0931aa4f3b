//go:build !linux

package cli

import "runtime/debug"

// settle gives the heap's free pages back to the system once an article
// is rendered.
func settle() { debug.FreeOSMemory() }

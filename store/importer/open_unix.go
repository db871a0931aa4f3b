//go:build unix

package importer

import (
	"os"
	"syscall"
)

// openNoBlock opens path read-only with O_NONBLOCK, so that a named pipe
// put in place of a file cannot block the open (for a regular file the
// flag changes nothing).
func openNoBlock(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

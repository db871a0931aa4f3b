//go:build !unix

package importer

import "os"

// openNoBlock opens path read-only.
func openNoBlock(path string) (*os.File, error) { return os.Open(path) }

package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// ErrNotRegular is the error for a path that is neither a regular file
// nor a folder: a named pipe would block the read forever, a device
// (/dev/zero) never end.
var ErrNotRegular = errors.New("not a regular file")

// ReadFile reads an article file as Import does: a regular file only (a
// named pipe or a device is refused with its kind, without blocking), up
// to reader.MaxArticleSize.
func ReadFile(path string) ([]byte, error) { return readFile(path) }

// checkRegular returns an error naming the kind of a file that is not
// regular, or nil.
func checkRegular(fi fs.FileInfo) error {
	m := fi.Mode()
	if m.IsRegular() {
		return nil
	}
	kind := "a special file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		kind = "a device"
	case m.IsDir():
		kind = "a folder"
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, kind)
}

// openRegular opens path for reading without blocking on a named pipe
// (see openNoBlock), and refuses anything but a regular file.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	if fi, err := os.Stat(path); err != nil {
		return nil, nil, err
	} else if err := checkRegular(fi); err != nil {
		return nil, nil, err
	}
	f, err := openNoBlock(path)
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat() // what was opened, in case the path changed since
	if err == nil {
		err = checkRegular(fi)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, fi, nil
}

//go:build linux

package hugeheap

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func TestMadviseMode(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		content string
		want    bool
	}{
		{"always [madvise] never\n", true},
		{"[always] madvise never\n", false},
		{"always madvise [never]\n", false},
		{"", false},
	} {
		path := filepath.Join(dir, "enabled")
		if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := madviseMode(path); got != c.want {
			t.Errorf("madviseMode(%q) = %v, want %v", c.content, got, c.want)
		}
	}
	if madviseMode(filepath.Join(dir, "missing")) {
		t.Error("madviseMode of a missing file = true, want false")
	}
}

// TestHeapAdvised checks, on a system that gives huge pages to programs
// that ask, that the package initialiser advised the heap: the mapping
// that holds an object allocated after a collection carries the kernel's "hg" flag, and
// the range advised covers it.
func TestHeapAdvised(t *testing.T) {
	if !madviseMode(enabledFile) {
		t.Skipf("%s does not say [madvise]: nothing to advise", enabledFile)
	}
	if os.Getenv("BYLINE_HUGEPAGES") == "0" {
		t.Skip("BYLINE_HUGEPAGES=0")
	}
	// After the first collection (which byline's initialisers bring
	// about) the block is free and the heap grows into it.
	runtime.GC()
	obj := make([]byte, 1<<20) // a fresh span of the heap
	addr := uintptr(unsafe.Pointer(unsafe.SliceData(obj)))
	if addr < advised.start || addr >= advised.end {
		t.Fatalf("object at %#x outside the advised range %#x-%#x", addr, advised.start, advised.end)
	}
	flags, err := vmFlags(addr)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(" "+flags+" ", " hg ") {
		t.Errorf("mapping of %#x has VmFlags %q, want hg (MADV_HUGEPAGE)", addr, flags)
	}
}

// vmFlags returns the VmFlags line of the mapping that holds addr, from
// /proc/self/smaps.
func vmFlags(addr uintptr) (string, error) {
	b, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		return "", err
	}
	in := false
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) > 0 && strings.Contains(f[0], "-") && !strings.HasSuffix(f[0], ":") {
			lo, hi, ok := strings.Cut(f[0], "-")
			l, err1 := strconv.ParseUint(lo, 16, 64)
			h, err2 := strconv.ParseUint(hi, 16, 64)
			in = ok && err1 == nil && err2 == nil && uint64(addr) >= l && uint64(addr) < h
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.TrimSpace(strings.TrimPrefix(line, "VmFlags:")), nil
		}
	}
	return "", os.ErrNotExist
}

//go:build linux

package hugeheap

import (
	"os"
	"strings"
	"syscall"
	"unsafe"
)

// room is how much heap is mapped ahead and advised: more than byline's
// reader keeps (12-26 MB resident) and room for an analysis to grow.
const room = 64 << 20

// hugePage is the size of a transparent huge page on x86-64 and arm64.
const hugePage = 2 << 20

// enabledFile says which transparent huge page mode the system is in.
const enabledFile = "/sys/kernel/mm/transparent_hugepage/enabled"

// madvHugePage is MADV_HUGEPAGE.
const madvHugePage = 14

// advised is the heap range given the advice, empty when none was.
var advised struct{ start, end uintptr }

func init() {
	if os.Getenv("BYLINE_HUGEPAGES") == "0" || !madviseMode(enabledFile) {
		return
	}
	advised.start, advised.end = adviseHeap(room)
}

// madviseMode reports whether the file at path (the kernel's
// transparent_hugepage/enabled) says huge pages are given to programs
// that ask: "always [madvise] never". Under "always" the heap has them
// already; under "never", or when the file cannot be read, nothing is
// done.
func madviseMode(path string) bool {
	b, err := os.ReadFile(path)
	return err == nil && strings.Contains(string(b), "[madvise]")
}

// adviseHeap maps size bytes of heap ahead, asks for huge pages on the
// heap mapped from the first object's 2 MB region to the end of that
// block, and frees the block. It returns the range advised, or zeros when
// the kernel refused.
func adviseHeap(size int) (start, end uintptr) {
	first := uintptr(unsafe.Pointer(new([64]byte)))
	block := make([]byte, size)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	start = first &^ (hugePage - 1)
	end = (p + uintptr(size)) &^ (hugePage - 1)
	if p < first || end <= start {
		// The block is not above the heap's first object (a runtime that
		// lays its heap out otherwise): leave the heap as it is.
		return 0, 0
	}
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, start, end-start, madvHugePage); errno != 0 {
		return 0, 0
	}
	// The block is garbage from here. The runtime's first collection,
	// which its size brings forward, frees it, and the heap then grows
	// into its pages, lowest first, rather than past them. (Collecting
	// here would cost 2-7 ms on a busy 2-core host: the first collection
	// starts the collector's threads.)
	return start, end
}

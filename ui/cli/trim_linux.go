package cli

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// settle gives memory the reader no longer uses back to the system, once
// an article is rendered: the heap's free pages (debug.FreeOSMemory),
// and the pages of byline's own executable that are mapped read-only,
// most of which start-up alone read (chroma's embedded lexers and
// styles, package initialisation). Those pages stay in the kernel's page
// cache: what is used again is mapped back on the next touch, a minor
// fault with no disk read; nothing written is dropped, since only
// mappings without write permission are released.
func settle() {
	debug.FreeOSMemory()
	for _, r := range exeReadOnly() {
		_, _, _ = unix.Syscall(unix.SYS_MADVISE, r[0], r[1]-r[0], unix.MADV_DONTNEED)
	}
}

// exeReadOnly is readOnlyMappings of byline's own executable, read once:
// the executable's mappings do not change while it runs, so the reader
// settling after each article reads /proc/self/smaps (~1.7 ms) only the
// first time.
var exeReadOnly = sync.OnceValue(func() [][2]uintptr {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return nil
	}
	return readOnlyMappings(exe)
})

// readOnlyMappings returns the address ranges, [start, end), at which
// /proc/self/smaps shows the file path mapped without write permission
// and with no page of its own (Anonymous: 0 kB): a segment the dynamic
// loader relocated and then made read-only holds such pages, which
// dropping would lose.
func readOnlyMappings(path string) [][2]uintptr {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out [][2]uintptr
	var cur [2]uintptr
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if v, ok := strings.CutPrefix(line, "Anonymous:"); ok {
			if cur[1] > cur[0] && strings.Fields(v)[0] == "0" {
				out = append(out, cur)
			}
			cur = [2]uintptr{}
			continue
		}
		// 00400000-00ffc000 r-xp 00000000 fd:01 123 /path/to/byline
		fields := strings.Fields(line)
		if len(fields) < 5 || !strings.Contains(fields[0], "-") || len(fields[1]) != 4 {
			continue // another of the mapping's fields
		}
		cur = [2]uintptr{}
		if len(fields) < 6 || strings.Join(fields[5:], " ") != path || strings.Contains(fields[1], "w") {
			continue
		}
		lo, hi, _ := strings.Cut(fields[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		if err1 == nil && err2 == nil && end > start {
			cur = [2]uintptr{uintptr(start), uintptr(end)}
		}
	}
	return out
}

package cli

import (
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The executable's read-only mappings hold its code: settle drops them
// from the resident set, and the code runs on (faulted back in).
func TestSettleDropsExecutablePages(t *testing.T) {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		t.Skip("no /proc/self/exe:", err)
	}
	ranges := readOnlyMappings(exe)
	code := reflect.ValueOf(readOnlyMappings).Pointer()
	found := false
	for _, r := range ranges {
		if r[0] >= r[1] {
			t.Errorf("empty range %x-%x", r[0], r[1])
		}
		found = found || (r[0] <= code && code < r[1])
	}
	if !found {
		t.Fatalf("no read-only mapping of %s holds the code at %#x: %x", exe, code, ranges)
	}
	if got := readOnlyMappings(exe + ".none"); len(got) != 0 {
		t.Errorf("mappings of a file not mapped: %x", got)
	}
	before := rssFileKiB(t)
	settle()
	after := rssFileKiB(t)
	if after >= before {
		t.Errorf("RssFile %d kB after settle, %d before", after, before)
	}
	// Still running, with the code and read-only data faulted back.
	if got := strings.ToUpper("settled"); got != "SETTLED" {
		t.Errorf("after settle: %q", got)
	}
}

func rssFileKiB(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "RssFile:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			return kb
		}
	}
	t.Fatal("no RssFile in /proc/self/status")
	return 0
}

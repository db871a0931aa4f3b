package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestAnalyzeExplain: `analyze --explain` on the sample names the rule
// that found every quote, and a speaker rule for every quote with a
// speaker.
func TestAnalyzeExplain(t *testing.T) {
	out, _, err := run(t, filepath.Join(t.TempDir(), "x.db"), "analyze", "--explain", sample)
	if err != nil {
		t.Fatal(err)
	}
	quotes := strings.Count(out, "   found by:   ")
	if quotes < 10 {
		t.Fatalf("%d quotes explained, want the sample's:\n%s", quotes, out)
	}
	if n := strings.Count(out, "   speaker:    "); n != quotes {
		t.Errorf("%d speaker lines for %d quotes", n, quotes)
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "   found by:   none") || strings.HasPrefix(line, "   found by:   unknown") {
			t.Errorf("a quote with no rule: %q", line)
		}
		if strings.HasPrefix(line, "   speaker:    ") && !strings.HasPrefix(line, "   speaker:    no one named") &&
			(strings.HasSuffix(line, "by none") || strings.HasSuffix(line, "by unknown")) {
			t.Errorf("a speaker with no rule: %q", line)
		}
	}
}

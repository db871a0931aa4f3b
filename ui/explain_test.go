package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestExplainOverlay: x on a selected quote shows why byline says who said
// it (the rules, as analyze --explain prints them) over the article, in the
// window's width; any key closes it.
func TestExplainOverlay(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {60, 20}} {
		m, _ := openSample(t, size[0], size[1])
		press(m, "2", "x")
		v := m.View()
		plain := ansi.Strip(v)
		if !strings.Contains(plain, "Why byline says so") || !strings.Contains(plain, "found by:") {
			t.Fatalf("%v: no explanation after x:\n%s", size, plain)
		}
		for i, l := range strings.Split(v, "\n") {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%v: line %d is %d wide", size, i, w)
			}
		}
		press(m, "j")
		if strings.Contains(ansi.Strip(m.View()), "Why byline says so") {
			t.Errorf("%v: a key did not close the explanation", size)
		}
	}
}

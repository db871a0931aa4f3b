package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestFiguresCommand imports two constructed articles that disagree about
// a number, a day apart, and a third about something else: figures lists
// an article's key figures, --conflicts finds the one disagreement.
func TestFiguresCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "lib.db")
	write := func(name, date, title, body string) string {
		p := filepath.Join(dir, name)
		text := "---\ntitle: " + title + "\ndate: " + date + "\nsource: Test News\n---\n# " + title + "\n\n" + body + "\n"
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a := write("a.md", "2025-03-19", "Ferry rescue", "The ferry operator carried 175 passengers on Monday, officials said.")
	b := write("b.md", "2025-03-20", "Ferry breakdown", "The ferry operator carried 172 passengers, the coastguard said. Its shares fell 4%.")
	c := write("c.md", "2025-03-20", "Airline delays", "The airline carried 170 passengers on Monday.")
	if _, errOut, err := run(t, db, "import", a, b, c); err != nil {
		t.Fatalf("import: %v %s", err, errOut)
	}
	out, _, err := run(t, db, "figures", "--conflicts", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var cs []conflictJSON
	if err := json.Unmarshal([]byte(out), &cs); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if len(cs) != 1 {
		t.Fatalf("%d conflicts, want 1: %s", len(cs), out)
	}
	got := []string{cs[0].A.Figure.Text, cs[0].B.Figure.Text}
	if !strings.Contains(strings.Join(got, " "), "175 passengers") || !strings.Contains(strings.Join(got, " "), "172 passengers") {
		t.Errorf("conflict between %q, want 175 and 172 passengers", got)
	}
	id := cs[0].A.ArticleID
	if cs[0].A.Figure.Text != "172 passengers" {
		id = cs[0].B.ArticleID
	}
	out, _, err = run(t, db, "figures", strconv.FormatInt(id, 10))
	if err != nil || !strings.HasPrefix(out, "percent   ▼ 4%") || !strings.Contains(out, "172 passengers  ferry operator") {
		t.Errorf("figures %d: %v\n%s", id, err, out)
	}
	for _, args := range [][]string{{"figures"}, {"figures", "x"}, {"figures", "999"}, {"figures", "1", "--conflicts"}} {
		if _, _, err := run(t, db, args...); err == nil {
			t.Errorf("%q: no error", args)
		}
	}
}

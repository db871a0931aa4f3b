package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Two articles quote the same words, crediting different speakers; a
// third quotes seven of them only.
func TestCiteAndProvenanceCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	dir := t.TempDir()
	files := map[string]string{
		"a.md": "---\ntitle: Council approves budget\nsource: Test Gazette\ndate: 2024-05-02\nurl: https://example.com/a\n---\n\n" +
			"\"This is a good day for the town and for everyone who lives here,\" said Mayor Jane Holt.\n\n" +
			"Holt said the budget would be spent on roads.\n",
		"b.md": "---\ntitle: Budget passes\nsource: Other Times\ndate: 2024-05-09\nurl: https://example.com/b\n---\n\n" +
			"\"This is a good day for the town and for everyone who lives here,\" said Councillor Bob Reyes.\n",
		"c.md": "---\ntitle: Roads\nsource: Third Post\ndate: 2024-05-01\nurl: https://example.com/c\n---\n\n" +
			"\"A good day for the town and all,\" said Mayor Jane Holt.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := run(t, db, "import", dir); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, db, "quotes", "--provenance", "this is a good day for the town and for everyone", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var p provenanceJSON
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(p.Appearances) != 2 || p.Appearances[0].Source != "Test Gazette" || p.Appearances[1].Source != "Other Times" {
		t.Fatalf("appearances (want the Gazette then the Times, not the Post's seven words):\n%s", out)
	}
	if len(p.Conflicting) != 2 {
		t.Errorf("conflicting speakers %q", p.Conflicting)
	}
	id := p.Appearances[0].ArticleID
	quote := p.Appearances[0].Quote
	md, _, err := run(t, db, "cite", itoa(id), itoa(int64(quote)))
	if err != nil {
		t.Fatal(err)
	}
	if want := `> "This is a good day for the town and for everyone who lives here" — Jane Holt, Mayor ([Council approves budget](https://example.com/a), Test Gazette, 2 May 2024, ¶ 1,`; !strings.HasPrefix(md, want) {
		t.Errorf("cite markdown:\n%s\nwant prefix\n%s", md, want)
	}
	// Reported speech found by its words, cited as a paraphrase.
	md, _, err = run(t, db, "cite", itoa(id), "spent on roads", "--format", "md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(md, "> Jane Holt said the budget would be spent on roads — reported speech") {
		t.Errorf("reported speech: %s", md)
	}
	csl, _, err := run(t, db, "cite", itoa(id), "--format", "csl")
	if err != nil || !strings.Contains(csl, `"type": "article-newspaper"`) || !strings.Contains(csl, `"URL": "https://example.com/a"`) {
		t.Errorf("csl: %v\n%s", err, csl)
	}
	for _, bad := range [][]string{{"cite", "999"}, {"cite", "zero"}, {"cite", itoa(id), "--format", "docx"},
		{"cite", itoa(id), "9"}, {"cite", itoa(id), "words nowhere"}, {"cite", itoa(id), "--format", "annotation"},
		{"quotes", "--format", "ris"}, {"quotes", "--provenance", " "}} {
		if _, _, err := run(t, db, bad...); err == nil || strings.ContainsAny(err.Error(), "\n\x1b") {
			t.Errorf("%q: err %v, want a one-line error", bad, err)
		}
	}
	out, _, err = run(t, db, "quotes", "--speaker", "Jane Holt", "--format", "ris")
	if err != nil || strings.Count(out, "TY  - NEWS") != 3 {
		t.Errorf("quotes --format ris: %v\n%s", err, out)
	}
	out, _, err = run(t, db, "quotes", "--speaker", "Jane Holt", "--json")
	if err != nil || !strings.Contains(out, `"url": "https://example.com/a"`) {
		t.Errorf("quotes --json has no url: %v\n%s", err, out)
	}
}

func itoa(n int64) string { return jsonNum(n) }

func jsonNum(n int64) string { b, _ := json.Marshal(n); return string(b) }

package reader

import (
	"bufio"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/byline/byline/reader/samples"
)

// The analysis digests: what "output identical" means for a change that
// should not change what Analyze finds. TestAnalysisDigest analyses each set
// of texts, writes every article's report as `byline analyze --format jsonl`
// does, and compares the SHA-256 of the whole with the line for that set in
// testdata/analysis/digests.txt. The bundled articles are always there; the
// corpora in ../shared only on a machine that has them (their texts may not
// be copied here, their digests may). A change that means to alter the
// output rewrites the file with
//
//	go test ./reader -run TestAnalysisDigest -update
//
// and says so in its commit.

const digestFile = "testdata/analysis/digests.txt"

// sharedDir is where the corpora are, when they are.
const sharedDir = "../../shared"

type digestText struct{ name, text string }

// digestSets returns the sets of texts to digest, by name, in a fixed
// order; a set whose files are absent is left out.
func digestSets(t *testing.T) (names []string, sets map[string][]digestText) {
	t.Helper()
	sets = map[string][]digestText{}
	add := func(name string, texts []digestText, err error) {
		if errors.Is(err, fs.ErrNotExist) {
			return
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		names = append(names, name)
		sets[name] = texts
	}
	files, err := samples.Files()
	var bundled []digestText
	for _, f := range files {
		bundled = append(bundled, digestText{f.Name, string(f.Data)})
	}
	add("bundled", bundled, err)
	for _, split := range []string{"dev", "train"} {
		texts, err := polnearTexts(filepath.Join(sharedDir, "eval", "polnear", "polnear_"+split+".jsonl"))
		add("polnear-"+split, texts, err)
	}
	texts, err := wikinewsTexts(filepath.Join(sharedDir, "corpus", "wikinews"))
	add("wikinews", texts, err)
	texts, err = bbcTexts(filepath.Join(sharedDir, "corpus", "bbc"), 500)
	add("bbc-500", texts, err)
	return names, sets
}

// polnearTexts reads the texts of a PolNeAR split as score.py writes them.
func polnearTexts(path string) ([]digestText, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []digestText
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var doc struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			return nil, err
		}
		out = append(out, digestText{doc.ID + ".txt", doc.Text})
	}
	return out, sc.Err()
}

// wikinewsTexts reads the rows of the Wikinews CSVs as score.py writes
// them: the title, a blank line, the text.
func wikinewsTexts(dir string) ([]digestText, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err == nil && len(paths) == 0 {
		err = fs.ErrNotExist
	}
	if err != nil {
		return nil, err
	}
	var out []digestText
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for i, r := range rows {
			if i == 0 || len(r) < 4 {
				continue
			}
			out = append(out, digestText{fmt.Sprintf("%s-%d.txt", filepath.Base(p), i), r[2] + "\n\n" + r[3]})
		}
	}
	return out, nil
}

// bbcTexts reads the first n BBC articles in path order.
func bbcTexts(dir string, n int) ([]digestText, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") && filepath.Dir(p) != dir {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	paths = paths[:min(n, len(paths))]
	var out []digestText
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, digestText{rel, string(b)})
	}
	return out, nil
}

// digest analyses texts and hashes their reports, one JSON line each.
func digest(texts []digestText) (string, error) {
	h := sha256.New()
	for _, d := range texts {
		line := []byte(nil)
		a, err := Parse([]byte(d.text), d.name)
		if err != nil {
			line = fmt.Appendf(nil, "%s: error %v\n", d.name, err)
		} else {
			line, err = json.Marshal(NewReport(d.name, a, Analyze(a)))
			if err != nil {
				return "", fmt.Errorf("%s: %w", d.name, err)
			}
			line = append(line, '\n')
		}
		h.Write(line)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func TestAnalysisDigest(t *testing.T) {
	names, sets := digestSets(t)
	want := map[string]string{}
	var lines []string
	if b, err := os.ReadFile(digestFile); err == nil {
		lines = strings.Split(strings.TrimSpace(string(b)), "\n")
		for _, l := range lines {
			if f := strings.Fields(l); len(f) == 3 {
				want[f[0]] = f[1] + " " + f[2]
			}
		}
	} else if !updateGolden() {
		t.Fatalf("%v (run with -update to write it)", err)
	}
	got := map[string]string{}
	for _, name := range names {
		sum, err := digest(sets[name])
		if err != nil {
			t.Fatal(err)
		}
		got[name] = fmt.Sprintf("%d %s", len(sets[name]), sum)
		if !updateGolden() && want[name] != got[name] {
			t.Errorf("%s: analyses changed: %s, %s has %q (run with -update if the change is meant)",
				name, got[name], digestFile, want[name])
		}
	}
	if !updateGolden() {
		return
	}
	// Keep the lines of sets this machine lacks; replace the others.
	var out []string
	for _, l := range lines {
		if f := strings.Fields(l); len(f) == 3 && got[f[0]] == "" {
			out = append(out, l)
		}
	}
	for _, name := range names {
		out = append(out, name+" "+got[name])
	}
	slices.Sort(out)
	if err := os.WriteFile(digestFile, []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

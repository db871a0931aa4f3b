package importer

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportFolderSkipsNonArticles: a corpus folder's README, licence,
// changelog and file listing are passed over with a reason each, and
// the same files named on the command line are imported.
func TestImportFolderSkipsNonArticles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "business", "001.txt"), []byte(textArticle(1)))
	writeFile(t, filepath.Join(dir, "README.TXT"), []byte("BBC articles\n\nThis folder holds 2225 articles from the BBC news website, in five topics.\n"))
	writeFile(t, filepath.Join(dir, "LICENSE"), []byte("MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n"))
	writeFile(t, filepath.Join(dir, "CHANGELOG.md"), []byte("# Changelog\n\n## 1.1\n\n- Fixed the list.\n"))
	writeFile(t, filepath.Join(dir, "all.txt"), []byte("business/001.txt\nbusiness/002.txt\nbusiness/003.txt\nsport/001.txt\nsport/002.txt\ntech/001.txt\n"))
	st := newFakeStore()
	im := &Importer{Store: st, Workers: 2}
	sum := im.Import(context.Background(), []string{dir}, nil)
	if sum.Imported != 1 || st.count() != 1 {
		t.Errorf("imported %d, want only the article", sum.Imported)
	}
	r := reasons(sum.SkippedFiles)
	want := map[string]string{"README.TXT": "README", "LICENSE": "licence", "CHANGELOG.md": "changelog", "all.txt": "listing"}
	for f, w := range want {
		if !strings.Contains(r[f], w) {
			t.Errorf("%s: skipped as %q, want a reason with %q (all: %v)", f, r[f], w, sum.SkippedFiles)
		}
	}
	if sum.Skipped != 4 {
		t.Errorf("skipped %d, want 4", sum.Skipped)
	}
	if txt := sum.Text(); !strings.Contains(txt, "skipped: "+filepath.Join(dir, "README.TXT")+": a README") {
		t.Errorf("summary does not give the reason:\n%s", txt)
	}
	// Named on the command line, a README is imported.
	one := im.Import(context.Background(), []string{filepath.Join(dir, "README.TXT")}, nil)
	if one.Imported != 1 {
		t.Errorf("a file named on the command line was skipped: %+v", one)
	}
}

// Package samples holds the articles bundled with byline, shown when the
// store is empty: the BBC sample the project started from and a few
// Wikinews articles (CC BY 2.5, Wikinews contributors; see NOTICE).
package samples

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

//go:embed articles/*
var files embed.FS

// File is one bundled article file.
type File struct {
	Name string
	Data []byte
}

// Files returns the bundled article files in name order.
func Files() ([]File, error) {
	entries, err := fs.ReadDir(files, "articles")
	if err != nil {
		return nil, err
	}
	out := make([]File, 0, len(entries))
	for _, e := range entries {
		data, err := files.ReadFile(path.Join("articles", e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, File{Name: e.Name(), Data: data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

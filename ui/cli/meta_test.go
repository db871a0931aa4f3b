package cli

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestVersionString(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}}
	dirty := append(rev[:1:1], debug.BuildSetting{Key: "vcs.modified", Value: "true"})
	for _, tc := range []struct {
		name string
		set  string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"ldflags win", "v9.9.9", &debug.BuildInfo{Main: debug.Module{Version: "v1.0.0"}, Settings: rev}, true, "v9.9.9,"},
		{"go install", "dev", &debug.BuildInfo{Main: debug.Module{Version: "v1.2.3"}}, true, "v1.2.3,"},
		{"checkout", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: rev}, true, "dev (0123456789ab),"},
		{"dirty checkout", "dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: dirty}, true, "dev (0123456789ab-dirty),"},
		{"no build info", "dev", nil, false, "dev,"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := versionString(tc.set, tc.info, tc.ok)
			if !strings.HasPrefix(got, tc.want) || !strings.Contains(got, "analyzer v") {
				t.Errorf("versionString = %q, want prefix %q and the analyzer version", got, tc.want)
			}
		})
	}
}

func TestVersionFlagAndCommandAgree(t *testing.T) {
	db := t.TempDir() + "/x.db"
	flag, _, err := run(t, db, "--version")
	if err != nil {
		t.Fatal(err)
	}
	cmd, _, err := run(t, db, "version")
	if err != nil {
		t.Fatal(err)
	}
	if flag != cmd || !strings.HasPrefix(flag, "byline ") {
		t.Errorf("--version %q, version %q: want the same line", flag, cmd)
	}
}

func TestManPage(t *testing.T) {
	var b bytes.Buffer
	root := newRootCmd()
	if err := writeMan(&b, root, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if !strings.HasPrefix(page, ".TH BYLINE 1 \"2026-01-02\"") {
		t.Errorf("page starts %q", page[:min(len(page), 60)])
	}
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() && !strings.Contains(page, `.SS "byline `+strings.ReplaceAll(c.Name(), "-", `\-`)) {
			t.Errorf("command %s has no section", c.Name())
		}
	}
	for _, want := range []string{`\-\-db`, `\-\-theme`, "completion bash", "NO_COLOR", "config.toml"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	groff, err := exec.LookPath("groff")
	if err != nil {
		t.Skip("no groff to check the roff")
	}
	cmd := exec.Command(groff, "-man", "-Tutf8", "-ww", "-z")
	cmd.Stdin = strings.NewReader(page)
	out, err := cmd.CombinedOutput()
	if err != nil || len(out) > 0 {
		t.Errorf("groff: %v\n%s", err, out)
	}
}

func TestConfigShowReportsProblems(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	if err := os.MkdirAll(filepath.Join(dir, "byline"), 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "byline", "config.toml")
	if err := os.WriteFile(path, []byte("width = 80\nwidht = 90\n[keys]\nfly = \"F\"\nquit = \"Q\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, err := run(t, filepath.Join(dir, "x.db"), "config", "show")
	if code, ok := isExit(err); !ok || code != 1 {
		t.Errorf("err = %v, want exit status 1", err)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], path+":2: unknown key \"widht\"") ||
		!strings.HasPrefix(lines[1], path+":4: keys.fly: no such action") {
		t.Errorf("stderr:\n%s", errOut)
	}
	if !strings.Contains(out, "width = 80") || !strings.Contains(out, `quit = ["Q"]`) {
		t.Errorf("show does not print the settings read:\n%s", out)
	}
	p, _, _ := run(t, filepath.Join(dir, "x.db"), "config", "path")
	if strings.TrimSpace(p) != path {
		t.Errorf("config path = %q, want %q", p, path)
	}
}

// TestMistypedCommand: a bare word that names no file is taken for a
// mistyped command, with a suggestion, and a FILE that is not there is
// said so, both before the store is opened: no store is made.
func TestMistypedCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "lib.db")
	for _, c := range []struct{ arg, want string }{
		{"speakers", `"speakers" is neither a file nor a command; did you mean "quotes"?`},
		{"serch", `did you mean "search"?`},
		{"zzyzx", `"zzyzx" is neither a file nor a command (byline --help`},
		{"missing/article.txt", "missing/article.txt: no such file or directory"},
	} {
		_, _, err := run(t, db, c.arg)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("byline %s: %v, want %q", c.arg, err, c.want)
		}
	}
	if _, err := os.Stat(db); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a store was made at %s (%v)", db, err)
	}
}

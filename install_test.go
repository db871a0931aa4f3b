package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// TestGoInstallFromProxy installs byline as `go install module@version`
// does for a person: it publishes the committed tree (HEAD) as a module
// version in a proxy directory and runs go install from it, outside any
// module, with -mod=mod. Dependencies come from the module cache (or the
// real proxy when it is cold). A replace line in go.mod, or a file the
// module zip leaves out, fails it.
func TestGoInstallFromProxy(t *testing.T) {
	if testing.Short() {
		t.Skip("builds byline from a module zip")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git to read the committed tree")
	}
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	root, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	modPath, err := exec.Command(goTool, "list", "-m").Output()
	if err != nil {
		t.Fatal(err)
	}
	mv := module.Version{Path: strings.TrimSpace(string(modPath)), Version: "v0.99.0"}
	tmp := t.TempDir()
	esc, err := module.EscapePath(mv.Path)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "proxy", filepath.FromSlash(esc), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// The committed tree, as a tag would publish it.
	src := filepath.Join(tmp, "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	archive := exec.Command("sh", "-c", `git -C "$0" archive HEAD | tar -x -C "$1"`, strings.TrimSpace(string(root)), src)
	if out, err := archive.CombinedOutput(); err != nil {
		t.Fatalf("git archive: %v\n%s", err, out)
	}
	var z bytes.Buffer
	if err := zip.CreateFromDir(&z, mv, src); err != nil {
		t.Fatalf("module zip: %v", err)
	}
	gomod, err := os.ReadFile(filepath.Join(src, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"list":               []byte(mv.Version + "\n"),
		mv.Version + ".info": []byte(`{"Version":"` + mv.Version + `","Time":"2026-01-01T00:00:00Z"}`),
		mv.Version + ".mod":  gomod,
		mv.Version + ".zip":  z.Bytes(),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	realProxy, _ := exec.Command(goTool, "env", "GOPROXY").Output()
	bin := filepath.Join(tmp, "bin")
	cmd := exec.Command(goTool, "install", mv.Path+"@"+mv.Version)
	cmd.Dir = tmp // outside any module, as a person runs it
	cmd.Env = append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(filepath.Join(tmp, "proxy"))+","+strings.TrimSpace(string(realProxy)),
		"GONOSUMDB="+mv.Path, "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local", "GOBIN="+bin)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install %s@%s: %v\n%s", mv.Path, mv.Version, err, out)
	}
	out, err := exec.Command(filepath.Join(bin, "byline"), "version").CombinedOutput()
	if err != nil {
		t.Fatalf("byline version: %v\n%s", err, out)
	}
	if !strings.HasPrefix(string(out), "byline "+mv.Version+",") {
		t.Errorf("installed byline says %q, want its module version %s", out, mv.Version)
	}
}

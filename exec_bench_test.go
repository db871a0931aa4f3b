//go:build linux

package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/byline/byline/reader"
	"github.com/byline/byline/store"
)

// bigLibrary returns the generated store of n articles made by the store
// package's benchmarks (go test -bench 100k ./store for 100,000; the
// 1,000,000 one is built by store's 1M benchmarks), or skips. (ui/cli's
// BenchmarkStartup100k has the same helper: test helpers do not cross
// packages.)
func bigLibrary(b *testing.B, n int) string {
	b.Helper()
	// Made by store's benchmarks, with this analyser if there is one. One
	// an older analyser made is re-analysed in the background from
	// startupReanalysis's delay (2 s) on: after the first frame, and after
	// the memory is read (1 s after the article is on screen).
	ms, _ := filepath.Glob(filepath.Join(os.TempDir(), fmt.Sprintf("byline-bench-%d-v*-s*-a%d.db", n, reader.AnalyzerVersion)))
	if len(ms) == 0 {
		ms, _ = filepath.Glob(filepath.Join(os.TempDir(), fmt.Sprintf("byline-bench-%d-v*-s*-a*[0-9].db", n)))
	}
	if len(ms) == 0 {
		b.Skipf("no generated library of %d articles in %s: the store package's benchmarks make it", n, os.TempDir())
	}
	return ms[len(ms)-1]
}

// BenchmarkExec100k measures byline as a person starts it, in a store of
// 100,000 articles: it builds the binary, runs it on a pseudo-terminal of
// 120x40 and times from exec to the first frame of the library that lists
// articles (first-frame-ms). Then it opens the sample article from the command line
// and reports the process's resident memory once the article is on screen
// (rss-MB, from /proc), and the same with an article of 5,000 words
// (rss-5000w-MB). The terminal's queries (background colour, cursor
// position) are answered at once, as a terminal emulator would. Targets:
// 70 ms and 35 MB (issue 15). To compare with another build, side by
// side: go build -o /tmp/old/byline . in the old tree, then
// BYLINE_EXEC_OLD=/tmp/old/byline go test -run - -bench Exec100k .
func BenchmarkExec100k(b *testing.B) { benchExec(b, bigLibrary(b, 100_000)) }

// BenchmarkExec1M is BenchmarkExec100k in a store of 1,000,000 articles,
// when one was generated (it takes hours: it is never made here). Targets:
// 60 ms to the first frame, 35 MB with a 5,000-word article open (issue 18).
func BenchmarkExec1M(b *testing.B) { benchExec(b, bigLibrary(b, 1_000_000)) }

func benchExec(b *testing.B, lib string) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "byline")
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	// Built as the README says to install it: without cgo. byline has no
	// C code; with cgo the net and os/user packages link the C library,
	// and the dynamically linked binary starts about 10 ms of CPU later
	// and keeps about 1.5 MB more resident (measured side by side with
	// BYLINE_EXEC_OLD).
	build := exec.Command(goTool, "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	// A copy, so that opening the sample adds it to a store of its own.
	db := filepath.Join(dir, "lib.db")
	if err := copyFile(lib, db); err != nil {
		b.Fatal(err)
	}
	// Bring its schema up to date before timing anything.
	st, err := store.Open(context.Background(), db)
	if err != nil {
		b.Fatal(err)
	}
	n, err := st.Count(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	// The first frame is the library with its first articles listed: the
	// status bar says "60 of 100000 articles". (The frame before it says
	// "Loading…", with "articles" in its help line.)
	listed := fmt.Sprintf(" of %d articles", n)
	// $BYLINE_EXEC_OLD names another build of byline (an older commit's)
	// to run alternately with this tree's, so that a busy host weighs on
	// both alike: its figures are reported as old-first-frame-ms and so
	// on. It gets a copy of the library of its own, brought to its own
	// schema by one untimed run (an older byline refuses a newer schema).
	bins, dbs, prefixes := []string{bin}, []string{db}, []string{""}
	if old := os.Getenv("BYLINE_EXEC_OLD"); old != "" {
		oldDB := filepath.Join(dir, "lib-old.db")
		if err := copyFile(lib, oldDB); err != nil {
			b.Fatal(err)
		}
		if out, err := exec.Command(old, "--db", oldDB, "list", "--limit", "1").CombinedOutput(); err != nil {
			b.Fatalf("%s list: %v\n%s", old, err, out)
		}
		bins, dbs, prefixes = append(bins, old), append(dbs, oldDB), append(prefixes, "old-")
	}
	total := make([]time.Duration, len(bins))
	cpu := make([]time.Duration, len(bins))
	took := make([][]time.Duration, len(bins))
	for b.Loop() {
		for i, bin := range bins {
			r, err := runOnPTY(bin, 0, listed, "--db", dbs[i])
			if err != nil {
				b.Fatal(err)
			}
			total[i] += r.took
			cpu[i] += r.cpu
			took[i] = append(took[i], r.took)
		}
	}
	sample := filepath.Join("reader", "samples", "articles", "bbc-trump-zelensky-call.txt")
	long, err := longSample(sample, dir, 5000)
	if err != nil {
		b.Fatal(err)
	}
	rss := openRSS(b, bins, dbs, sample, "Zelensky says lasting peace")
	rssLong := openRSS(b, bins, dbs, long, "A long read: Zelensky")
	for i, p := range prefixes {
		b.ReportMetric(float64(total[i].Microseconds())/1000/float64(b.N), p+"first-frame-ms")
		// The median too: on a shared host a few slow runs pull the mean.
		slices.Sort(took[i])
		b.ReportMetric(float64(took[i][len(took[i])/2].Microseconds())/1000, p+"first-frame-median-ms")
		// The CPU time byline used up to its first frame, all threads: on
		// a shared host the wall clock above counts the other processes too.
		if cpu[i] > 0 {
			b.ReportMetric(float64(cpu[i].Microseconds())/1000/float64(b.N), p+"first-frame-cpu-ms")
		}
		b.ReportMetric(rss[i], p+"rss-MB")
		b.ReportMetric(rssLong[i], p+"rss-5000w-MB")
	}
}

// openRSS opens the article file from the command line five times with
// each binary (alternately) and returns, per binary, the median of the
// process's resident memory, in MB, a second after the title (want) is
// on screen.
func openRSS(b *testing.B, bins, dbs []string, file, want string) []float64 {
	b.Helper()
	rss := make([][]int, len(bins))
	for range 5 {
		for i, bin := range bins {
			r, err := runOnPTY(bin, time.Second, want, "--db", dbs[i], file)
			if err != nil {
				b.Fatal(err)
			}
			rss[i] = append(rss[i], r.kb)
		}
	}
	med := make([]float64, len(bins))
	for i, kb := range rss {
		slices.Sort(kb)
		med[i] = float64(kb[len(kb)/2]) / 1024
	}
	return med
}

// longSample writes, in dir, an article of at least words words made of
// the sample's title (prefixed, so that it is a new article) and its body
// paragraphs repeated, and returns its path.
func longSample(sample, dir string, words int) (string, error) {
	raw, err := os.ReadFile(sample)
	if err != nil {
		return "", err
	}
	text := string(raw)
	cut := strings.Index(text, "US President")
	if cut < 0 {
		return "", fmt.Errorf("%s: no body paragraph to repeat", sample)
	}
	long := "A long read: " + text
	for len(strings.Fields(long)) < words {
		long += "\n\n" + text[cut:]
	}
	path := filepath.Join(dir, "long-read.txt")
	return path, os.WriteFile(path, []byte(long), 0o644)
}

// ptyRun is what runOnPTY measured: the time from exec until the screen
// showed what was wanted, the CPU time the process had used by then (0
// where /proc does not tell), and its resident set size in KiB after
// settling.
type ptyRun struct {
	took, cpu time.Duration
	kb        int
}

// runOnPTY runs bin with args on a new pseudo-terminal until its screen
// shows want, and returns how long that took from exec, and the process's
// resident set size in KiB after it has run for settle more.
func runOnPTY(bin string, settle time.Duration, want string, args ...string) (ptyRun, error) {
	master, slave, err := openPTY()
	if err != nil {
		return ptyRun{}, err
	}
	defer master.Close()
	if err := unix.IoctlSetWinsize(int(master.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 40, Col: 120}); err != nil {
		slave.Close()
		return ptyRun{}, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=truecolor")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		slave.Close()
		return ptyRun{}, err
	}
	slave.Close()
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	}()
	// The master is read by a goroutine, which ends when the process is
	// killed and the terminal closes.
	chunks := make(chan []byte, 64)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 64<<10)
			n, err := master.Read(buf)
			if n > 0 {
				chunks <- buf[:n]
			}
			if err != nil {
				return
			}
		}
	}()
	var screen []byte
	answered := map[string]bool{}
	timeout := time.After(10 * time.Second)
	for !bytes.Contains(screen, []byte(want)) {
		select {
		case c, ok := <-chunks:
			if !ok {
				return ptyRun{}, fmt.Errorf("%s ended before showing %q; screen %q", bin, want, screen)
			}
			screen = append(screen, c...)
		case <-timeout:
			return ptyRun{}, fmt.Errorf("no %q on screen after 10s; screen %q", want, screen)
		}
		for _, qa := range [][2]string{{"\x1b]11;?", "\x1b]11;rgb:0000/0000/0000\x1b\\"}, {"\x1b[6n", "\x1b[1;1R"}} {
			if !answered[qa[0]] && bytes.Contains(screen, []byte(qa[0])) {
				answered[qa[0]] = true
				if _, err := master.WriteString(qa[1]); err != nil {
					return ptyRun{}, err
				}
			}
		}
	}
	took := time.Since(start)
	cpu := cpuTime(cmd.Process.Pid)
	// Let the program settle (background work, the rest of the render)
	// while its output is drained, then read its resident size.
	for wait := time.After(settle); wait != nil; {
		select {
		case <-chunks:
		case <-wait:
			wait = nil
		}
	}
	kb, err := rssKiB(cmd.Process.Pid)
	return ptyRun{took: took, cpu: cpu, kb: kb}, err
}

// openPTY opens a new pseudo-terminal pair.
func openPTY() (master, slave *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, nil, err
	}
	fd := int(master.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		master.Close()
		return nil, nil, err
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	slave, err = os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		return nil, nil, err
	}
	return master, slave, nil
}

// cpuTime returns the CPU time a process's threads have used, from
// /proc/PID/task/*/schedstat (nanoseconds on the CPU first), or 0 where
// the kernel does not keep it.
func cpuTime(pid int) time.Duration {
	tasks, err := os.ReadDir(fmt.Sprintf("/proc/%d/task", pid))
	if err != nil {
		return 0
	}
	var sum time.Duration
	for _, t := range tasks {
		b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/schedstat", pid, t.Name()))
		if err != nil {
			continue // a thread that ended meanwhile
		}
		if f := strings.Fields(string(b)); len(f) > 0 {
			if ns, err := strconv.ParseInt(f[0], 10, 64); err == nil {
				sum += time.Duration(ns)
			}
		}
	}
	return sum
}

// rssKiB reads a process's resident set size from /proc.
func rssKiB(pid int) (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			return strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		}
	}
	return 0, fmt.Errorf("no VmRSS for process %d", pid)
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

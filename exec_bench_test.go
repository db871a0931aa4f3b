//go:build linux

package main

import (
	"bytes"
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
)

// BenchmarkExec100k measures byline as a person starts it, in a store of
// 100,000 articles: it builds the binary, runs it on a pseudo-terminal of
// 120x40 and times from exec to the first frame of the library
// (first-frame-ms). Then it opens the sample article from the command line
// and reports the process's resident memory once the article is on screen
// (rss-MB, from /proc). The terminal's queries (background colour, cursor
// position) are answered at once, as a terminal emulator would.
func BenchmarkExec100k(b *testing.B) {
	lib := bigLibrary(b)
	dir := b.TempDir()
	bin := filepath.Join(dir, "byline")
	goTool := filepath.Join(runtime.GOROOT(), "bin", "go")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	// A copy, so that opening the sample adds it to a store of its own.
	db := filepath.Join(dir, "lib.db")
	if err := copyFile(lib, db); err != nil {
		b.Fatal(err)
	}
	// Bring its schema up to date before timing anything.
	st, err := openStoreAt(db)
	if err != nil {
		b.Fatal(err)
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	var total time.Duration
	for b.Loop() {
		d, _, err := runOnPTY(bin, 0, "articles", "--db", db)
		if err != nil {
			b.Fatal(err)
		}
		total += d
	}
	b.ReportMetric(float64(total.Microseconds())/1000/float64(b.N), "first-frame-ms")
	sample := filepath.Join("reader", "samples", "articles", "bbc-trump-zelensky-call.txt")
	var rss []int
	for range 5 {
		_, kb, err := runOnPTY(bin, time.Second, "Zelensky says lasting peace", "--db", db, sample)
		if err != nil {
			b.Fatal(err)
		}
		rss = append(rss, kb)
	}
	slices.Sort(rss)
	b.ReportMetric(float64(rss[len(rss)/2])/1024, "rss-MB") // the median
}

// runOnPTY runs bin with args on a new pseudo-terminal until its screen
// shows want, and returns how long that took from exec and the process's
// resident set size in KiB after it has run for settle more.
func runOnPTY(bin string, settle time.Duration, want string, args ...string) (time.Duration, int, error) {
	master, slave, err := openPTY()
	if err != nil {
		return 0, 0, err
	}
	defer master.Close()
	if err := unix.IoctlSetWinsize(int(master.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: 40, Col: 120}); err != nil {
		slave.Close()
		return 0, 0, err
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=truecolor")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		slave.Close()
		return 0, 0, err
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
				return 0, 0, fmt.Errorf("%s ended before showing %q; screen %q", bin, want, screen)
			}
			screen = append(screen, c...)
		case <-timeout:
			return 0, 0, fmt.Errorf("no %q on screen after 10s; screen %q", want, screen)
		}
		for _, qa := range [][2]string{{"\x1b]11;?", "\x1b]11;rgb:0000/0000/0000\x1b\\"}, {"\x1b[6n", "\x1b[1;1R"}} {
			if !answered[qa[0]] && bytes.Contains(screen, []byte(qa[0])) {
				answered[qa[0]] = true
				if _, err := master.WriteString(qa[1]); err != nil {
					return 0, 0, err
				}
			}
		}
	}
	took := time.Since(start)
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
	return took, kb, err
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

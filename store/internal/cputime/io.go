package cputime

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
)

// IOCounts are the process's read and write system calls and the bytes it
// wrote, from /proc/self/io: a count of the work an import asks of the
// system that a busy machine does not blur, as it blurs CPU time.
type IOCounts struct {
	Reads, Writes, WrittenBytes int64
}

// IO returns the process's counts so far, zero where the system cannot
// say (outside Linux).
func IO() IOCounts {
	var c IOCounts
	data, err := os.ReadFile("/proc/self/io")
	if err != nil {
		return c
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		name, value, ok := bytes.Cut(sc.Bytes(), []byte(": "))
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(string(value), 10, 64)
		if err != nil {
			continue
		}
		switch string(name) {
		case "syscr":
			c.Reads = n
		case "syscw":
			c.Writes = n
		case "wchar":
			c.WrittenBytes = n
		}
	}
	return c
}

// Sub returns the counts from o to c.
func (c IOCounts) Sub(o IOCounts) IOCounts {
	return IOCounts{c.Reads - o.Reads, c.Writes - o.Writes, c.WrittenBytes - o.WrittenBytes}
}

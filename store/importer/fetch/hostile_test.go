package fetch

import (
	"bufio"
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/byline/byline/reader/textsafe"
)

// rawServer answers every request on loopback with the bytes of resp.
func rawServer(t *testing.T, resp string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				if _, err := http.ReadRequest(bufio.NewReader(c)); err != nil {
					return
				}
				_, _ = c.Write([]byte(resp))
			}()
		}
	}()
	return "http://" + ln.Addr().String()
}

func TestReasonPhraseIsCleaned(t *testing.T) {
	u := rawServer(t, "HTTP/1.1 500 Boom\x1b]0;x\x07\x1b]52;c;eA==\x07\u009b2J\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
	_, err := (&Client{}).Get(context.Background(), u+"/feed", Validators{})
	var se *StatusError
	if !errors.As(err, &se) || se.Code != 500 {
		t.Fatalf("err %v", err)
	}
	msg := err.Error()
	if !textsafe.Safe(msg) || !strings.Contains(msg, "Boom") {
		t.Errorf("message %q", msg)
	}
}

func TestPasswordRedacted(t *testing.T) {
	u := rawServer(t, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
	u = strings.Replace(u, "http://", "http://ann:s3cret@", 1)
	_, err := (&Client{}).Get(context.Background(), u+"/feed", Validators{})
	if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "ann:") {
		t.Errorf("err %v", err)
	}
	_, err = (&Client{}).Get(context.Background(), "http://ann:s3cret@example.com/%zz", Validators{})
	if err == nil || strings.Contains(err.Error(), "s3cret") {
		t.Errorf("err %v", err)
	}
	if got := Redact("https://ann:s3cret@example.com/f"); strings.Contains(got, "s3cret") {
		t.Errorf("Redact = %q", got)
	}
}

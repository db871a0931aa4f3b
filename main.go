// Command byline is a terminal news reader for people who read the news
// closely: who said what, and which numbers matter.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/byline/byline/ui/cli"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C or SIGTERM ends the context, which every command
	// watches; a second one kills at once.
	context.AfterFunc(ctx, stop)
	err := cli.NewRoot(version).ExecuteContext(ctx)
	stop()
	if code := cli.Exit(os.Stderr, err); code != 0 {
		os.Exit(code)
	}
}

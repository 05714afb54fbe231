package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/immunebot/immune/bot"
)

// maxCheckText bounds a message check reads from stdin: the scan's bound
// of a line.
const maxCheckText = 1 << 20

func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("config", "", "config file (TOML), for its feeds and brands; optional")
	lang := fs.String("lang", "", "language of the explanation: en or vi (default: the config's [policy] lang, en without one)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: immune check [-config FILE] [-lang en|vi] TEXT\n\nJudges one message and explains the verdict in plain words. TEXT \"-\" reads\nthe message from stdin.\nIt keeps nothing: the store is a temporary one, and the feeds' copies in\n[feeds] cache_dir are read, not written (a feed without one is downloaded\nfor this check alone).\n\n")
		fs.PrintDefaults()
	}
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	text := strings.Join(words, " ")
	if text == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, maxCheckText+1))
		if err != nil {
			return fmt.Errorf("read the message from stdin: %w", err)
		}
		if len(b) > maxCheckText {
			return usageError(fmt.Errorf("the message on stdin is longer than %d bytes", maxCheckText))
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		return usageError(fmt.Errorf("check needs a message to judge, for example: immune check \"free nitro at dlscord.com\""))
	}
	var l bot.Lang
	if *lang != "" {
		if l, err = bot.ParseLang(*lang); err != nil {
			return usageError(err)
		}
	}
	c, err := loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	if l == "" {
		l = bot.Lang(c.Policy.Lang) // validated with the config
	}
	db, cleanup, err := tempStore(&c, time.Now)
	if err != nil {
		return err
	}
	defer cleanup()
	engine, _, err := newEngine(ctx, &c, db, quietLogger(stderr), "check")
	if err != nil {
		return err
	}
	m := bot.Message{ID: "check", Platform: bot.Telegram, Chat: "check", User: "check", Time: time.Now(), Text: text}
	v := engine.Judge(ctx, &m) // with shortened links followed when [expand] says so
	_, err = fmt.Fprintln(stdout, bot.Explain(l, &v))
	return err
}

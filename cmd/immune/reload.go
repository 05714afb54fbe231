package main

import (
	"context"
	"crypto/sha256"
	"log/slog"
	"os"
	"reflect"
	"strings"
	"time"

	"github.com/immunebot/immune/bot"
	"github.com/immunebot/immune/config"
	"github.com/immunebot/immune/feeds"
)

// reloader applies a changed configuration while the bot runs: the
// [[brands]] and the [feeds] (list files and remote feeds). It reloads on
// SIGHUP and when the config file changes on disk; the list files
// themselves are watched by the feeds manager. A configuration that does
// not load is logged with its key and line, and the running one stays.
type reloader struct {
	path   string // the config file; empty when the bot runs on defaults
	cur    config.Config
	engine *bot.Engine
	lists  *feeds.Manager
	log    *slog.Logger
	every  time.Duration // how often the config file is checked
	// stamp is the config file's content as cur was read from it: set it
	// before reading the file, so that a change made since is reloaded
	// (zero: run takes the stamp when it starts).
	stamp fileStamp
}

// fileStamp tells one content of the config file from another: its
// size and a hash of its bytes. Modification times are not enough: the
// kernel stamps them with a coarse clock (a few milliseconds), so two
// writes of the same size in a row can leave the same time. The file is
// small and read every few seconds.
type fileStamp struct {
	size int64
	sum  [sha256.Size]byte
}

// stampOf returns the stamp of the file at path, or the zero stamp when it
// cannot be read.
func stampOf(path string) fileStamp {
	b, err := os.ReadFile(path)
	if err != nil {
		return fileStamp{}
	}
	return fileStamp{size: int64(len(b)), sum: sha256.Sum256(b)}
}

// run reloads on every signal on hup and on every change of the config
// file, until ctx is done.
func (r *reloader) run(ctx context.Context, hup <-chan os.Signal) {
	if r.stamp == (fileStamp{}) {
		r.stamp = stampOf(r.path)
	}
	t := time.NewTicker(r.every)
	defer t.Stop()
	var settling fileStamp // a change seen once: reloaded when it holds a tick
	for {
		select {
		case <-ctx.Done():
			return
		case <-hup:
			r.reload("SIGHUP")
		case <-t.C:
			if r.path == "" {
				continue
			}
			s := stampOf(r.path)
			switch {
			case s == r.stamp || s == (fileStamp{}):
				settling = fileStamp{}
			case s != settling:
				// an editor may be writing it still: wait for it to settle
				settling = s
			default:
				settling = fileStamp{}
				r.reload("config file changed")
			}
		}
	}
}

// reload reads the config file again and applies what can change while
// the bot runs.
func (r *reloader) reload(why string) {
	if r.path == "" {
		r.log.Info("reload: no config file; re-reading nothing", "why", why)
		return
	}
	r.stamp = stampOf(r.path)
	c, err := config.Load(r.path)
	if err != nil {
		r.log.Error("reload: the config file has errors; the running configuration stays", "why", why, "err", err.Error())
		return
	}
	if err := r.lists.Reconfigure(c.Sources()); err != nil {
		r.log.Error("reload: feeds not applied; the running ones stay", "why", why, "err", err.Error())
		return
	}
	r.engine.SetBrands(c.Bot().Brands)
	if later := restartOnly(&r.cur, &c); len(later) > 0 {
		r.log.Warn("reload: these settings take effect at the next restart", "sections", strings.Join(later, ", "))
	}
	r.cur.Brands, r.cur.Feeds = c.Brands, c.Feeds
	r.log.Info("reloaded brands and feeds", "why", why, "brands", len(c.Brands), "files", len(c.Feeds.Files)+len(c.Feeds.AllowFiles),
		"feeds", len(c.Feeds.Remote))
}

// restartOnly names the sections that changed but apply only at a
// restart: everything but [[brands]] and [feeds]' lists.
func restartOnly(old, cur *config.Config) []string {
	var out []string
	ov, cv := reflect.ValueOf(*old), reflect.ValueOf(*cur)
	t := ov.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if !f.IsExported() || tag == "" || tag == "brands" {
			continue
		}
		a, b := ov.Field(i).Interface(), cv.Field(i).Interface()
		if tag == "feeds" {
			fa, fb := old.Feeds, cur.Feeds
			fa.Files, fa.AllowFiles, fa.Remote = nil, nil, nil
			fb.Files, fb.AllowFiles, fb.Remote = nil, nil, nil
			a, b = fa, fb
		}
		if !reflect.DeepEqual(a, b) {
			out = append(out, tag)
		}
	}
	return out
}

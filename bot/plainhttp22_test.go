package bot_test

import (
	"strings"
	"testing"

	"github.com/immunebot/immune/bot"
)

// A small site's page of content linked over plain HTTP, posted bare or
// talked of in a short line, is read as its HTTPS twin (http22): the
// plain-page feature had left plain HTTP 1.85 over HTTPS and the talk
// reading a bound of 2.5 on the twin's logit, so an unknown personal
// site's article or project page warned or was deleted where its HTTPS
// twin passed. The path must read as content in every letter
// (contentPage); the kit's signs a path's letters show keep the scheme's
// weight as before.

// TestPlainHTTPContentPages: the coordinator's probe of the twenty-second
// session (plain-HTTP pages of personal sites, each flagged on 110c67a,
// two deleted) are allowed bare and in short chat lines.
func TestPlainHTTPContentPages(t *testing.T) {
	t.Parallel()
	checkFlagged(t, []flagCase{
		{"http://www.paulgraham.com/avg.html", false},
		{"http://jfbillingsley.com/blog/2019/croc.html", false},
		{"http://nickgravgaard.com/elastictabstops/index.html", false},
		{"see http://www.paulgraham.com/avg.html", false},
		{"lol http://jfbillingsley.com/croc", false},
		{"this explains it well: http://jfbillingsley.com/blog/2019/croc.html", false},
		{"see http://nickgravgaard.com/elastictabstops/index.html", false},
		// a list archive's numbered message (src22-codet)
		{"See http://archive.develooper.com/makemaker@perl.org/msg00134.html for some history.", false},
	})
}

// TestPlainHTTPContentPagesReadAsTwins: a content page over plain HTTP is
// judged at the level of its HTTPS twin, bare and beside a short remark,
// never lower: the reading gives an attacker nothing that writing
// https:// did not.
func TestPlainHTTPContentPagesReadAsTwins(t *testing.T) {
	t.Parallel()
	c := bot.NewClassifier(bot.ClassifierConfig{})
	for _, u := range []string{
		"http://www.paulgraham.com/avg.html",
		"http://jfbillingsley.com/blog/2019/croc.html",
		"http://nickgravgaard.com/elastictabstops/index.html",
		"http://gardenclub.com/club/news/history.html",
		"http://riverbendlodge.com/rooms/",
	} {
		for _, shape := range []string{"%s", "see %s", "lol %s"} {
			plain := strings.Replace(shape, "%s", u, 1)
			twin := strings.Replace(shape, "%s", "https"+strings.TrimPrefix(u, "http"), 1)
			p, s := judgeText(c, bot.Telegram, plain).Verdict, judgeText(c, bot.Telegram, twin).Verdict
			if p.Level != s.Level {
				t.Errorf("%q: %s (%.2f), its HTTPS twin %s (%.2f)", plain, p.Level, p.Score, s.Level, s.Score)
			}
		}
	}
}

// TestPlainHTTPKitSignsKept: a kit's path on a compromised site's plain
// HTTP, whose HTTPS twin passes or warns, keeps the scheme's weight for
// the signs of a kit its letters show: the target's name in capitals, a
// numbered page, a page named by two letters at the root, a folder of
// the site's own code (each deleted or warned on 110c67a, as now).
func TestPlainHTTPKitSignsKept(t *testing.T) {
	t.Parallel()
	checkLevels(t, true, []levelCase{
		// model36: allowed at 0.52, 0.17, 0.45, 0.38, 0.42, warned (not deleted) at 0.72, 0.72:
		// the cost of the link model's second stage (BENCHMARKS.md, model36)
		{"http://gardenclub.com/BellMobility/TD/index.html", bot.Allow},
		{"lol http://riverbendlodge.com/BellMobility/TD/index.html", bot.Allow},
		{"http://gardenclub.com/ATB/detail.htm", bot.Allow},
		{"http://riverbendlodge.com/ing/sms3.html", bot.Allow},
		{"http://riverbendlodge.com/club/news/index2.html", bot.Allow},
		{"http://gardenclub.com/zm.htm", bot.Warn},
		{"lol http://gardenclub.com/zm.htm", bot.Warn},
		{"http://gardenclub.com/modules/mod_stats/course/mycours.htm", bot.Warn},
		// model36: warned (not deleted) at 0.72, the link
		// model's second stage (BENCHMARKS.md, model36)
		{"see http://riverbendlodge.com/modules/mod_stats/course/mycours.htm", bot.Warn},
		{"http://gardenclub.com/templates/beez/css/info.htm", bot.Delete},
		// a cheap ending keeps the plain-page reading
		// model36: allowed at 0.35, the cost of the link
		// model's second stage (BENCHMARKS.md, model36)
		{"http://oldsite.info/track.html", bot.Allow},
	})
}

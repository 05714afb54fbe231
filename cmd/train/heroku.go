package main

import (
	"math/rand/v2"
	"slices"

	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// herokuShare is -heroku: the share of the training split's phishing
// sites on app-hosting platforms the trainer writes again as new Heroku
// apps (writeHerokuApps). Measured and not kept (BENCHMARKS.md,
// model27): a kit's name on Heroku reads lower than on the other
// platforms because Heroku's own examples are mostly benign, and these
// examples raise the platform for every Heroku app, old or new (benign
// apps named as popular sites flagged 62 -> 258 of 9,000 at 0.2); with
// the written hosted sites beside them (-herokubenign) they raise it
// little; and any examples added reorder the training, which cost four
// attack measure sets a line each.
var herokuShare = 0.0

// herokuBenign is -herokubenign: with -heroku, the share of the trainer's
// written hosted sites (generateHostedSites) written again as new Heroku
// apps, this many times -heroku's.
var herokuBenign = 0.0

// kitPlatforms are the hosting platforms whose phishing sites
// writeHerokuApps reads the names of: platforms people deploy a web app
// or a static site on, as Heroku's users do.
var kitPlatforms = setOf("vercel.app", "netlify.app", "pages.dev", "web.app", "firebaseapp.com", "github.io", "gitlab.io",
	"glitch.me", "onrender.com", "workers.dev", "fly.dev", "repl.co", "replit.dev", "webflow.io", "surge.sh")

// writeHerokuApps writes, for share of the training split's phishing
// domains that are sites on kitPlatforms (and benign times share of the
// written hosted sites), the same name as a Heroku app made since June
// 2023 is named (NAME-<12 hex>.herokuapp.com; the model reads the
// identifier off), of the same source, weighing on top of it (OnTop).
// The phishing lists hold Heroku apps of the old kind only, so that a
// kit's name on Heroku is read as the platform's few examples say.
func writeHerokuApps(share, benign float64, seed uint64, sets ...[]Example) []Example {
	if share <= 0 {
		return nil
	}
	r := rand.New(rand.NewPCG(seed, 27))
	var out []Example
	for _, x := range slices.Concat(sets...) {
		if x.Split != Train || x.Phish && x.Source > SrcPhishDB || !x.Phish && x.Source != SrcBenignHosted {
			continue
		}
		site, hosted := model.Site(x.Link)
		if !hosted || x.Phish && !kitPlatforms[site.Suffix] {
			continue
		}
		if p := r.Float64(); x.Phish && p >= share || !x.Phish && p >= share*benign {
			continue
		}
		name := site.Label()
		if name == "" || len(name) > 30 {
			// Heroku's app names are at most 30 characters
			continue
		}
		l, ok := linkx.Parse("https://" + name + "-" + hexString(r, 12) + ".herokuapp.com/")
		if !ok || l.Domain == "" {
			continue
		}
		out = append(out, Example{Link: l, Phish: x.Phish, Source: x.Source, Split: Train, OnTop: true})
	}
	return out
}

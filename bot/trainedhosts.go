package bot

import (
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// reputableAtRuntime are reputable sites (registries, foundations, old
// projects' sites) trusted from after the committed model was trained:
// they join reputable, so the classifier trusts their links, while the
// trainer (cmd/train) keeps learning from those links as it did before
// (KeptInTraining). The trainer leaves out the links of every host the
// classifier trusts; a site added to reputable itself takes its links out
// of training and moves the rebuilt model (101 registries and foundations
// cost 236 of the training lists' phishing domains, BENCHMARKS.md #9,
// det14). A site added here changes what the classifier trusts, not the
// model. A name must not be in reputable too (init panics).
var reputableAtRuntime = setOf()

func init() { trustAtRuntime(reputableAtRuntime) }

// trustAtRuntime adds the sites to reputable; it panics on a site
// reputable holds already, whose links the trainer leaves out.
func trustAtRuntime(sites map[string]bool) {
	for d := range sites {
		if reputable[d] {
			panic("bot: " + d + " is in both reputable and reputableAtRuntime")
		}
		reputable[d] = true
	}
}

// KeptInTraining reports whether the trainer learns from a link the
// classifier trusts: one whose site is trusted through reputableAtRuntime
// alone. The trainer asks it of the benign links LinkSignals does not
// weigh.
func KeptInTraining(l *linkx.Link) bool {
	if len(reputableAtRuntime) == 0 {
		return false
	}
	if site, hosted := model.Site(*l); hosted {
		return reputableAtRuntime[site.Domain]
	}
	return reputableAtRuntime[l.Domain] || reputableAtRuntime[l.Suffix]
}

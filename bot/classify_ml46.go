package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// Model weights and package indexes on strangers' names (ml46, session
// 46). Both are run-time readings (the trainer's view reads links as
// before) of links that are suspect (never a trusted, official or
// reputable site's) and not written defanged.
//
// A model's weights saved by PyTorch (.pt, .pth, .ckpt) or pickled
// (.pkl, .pickle, .joblib) run whatever program they hold when loaded
// (mal45's judgePickles reads them beside a word of loading them, from
// places anyone puts files). Labs, hubs and projects publish theirs on
// their own names (huggingface.co, download.pytorch.org,
// dl.fbaipublicfiles.com, download.openmmlab.com, models.silero.ai, a
// code host's releases, zenodo.org); a stranger offers them on a cheap
// ending (models-share.xyz) or on a name built to look like a model
// hub's or its CDN's (hf-models-mirror.top, huggingface-cdn.org,
// civitai-mirror.net): there the file alone warns (weightsSite).
//
// A package installed from an index, a registry, a chart repository or
// an image registry runs its maker's code (setup.py, an npm install
// script, a chart's images, a container). A pasted install command that
// points pip, uv, npm, yarn, pnpm, conda, helm, docker or podman at a
// stranger's index — a public raw address, a cheap ending, or a name
// built from a package ecosystem's word with a hyphen (pypi-fast.net,
// npm-mirror.click, registry-mirror.top) — warns (packageIndex).
// Companies' own indexes (pypi.nvidia.com, acme.jfrog.io,
// download.pytorch.org/whl, gitlab.com's package registry), the public
// mirrors (pypi.tuna.tsinghua.edu.cn, registry.npmmirror.com) and
// projects' wheel indexes (abetlen.github.io, wheels.vllm.ai) are none
// of these.

// wWeightsSite weighs a model's weights from a stranger's cheap-ending or
// hub-like name: warns, never deletes alone.
const wWeightsSite = 0.6

// wPackageIndex weighs an install from a stranger's index: warns.
const wPackageIndex = 0.6

// hubWords are the words a name built to look like a model hub's or its
// CDN's is made of, read as words of a registrable label split at its
// hyphens (hf-models-mirror, cdn-models).
var hubWords = setOf("hf", "huggingface", "model", "models", "weights", "weight", "checkpoint", "checkpoints", "ckpt",
	"civitai", "ollama", "cdn", "mirror", "mirrors")

// hubBrands are the hubs' names read inside a label even with no hyphen
// (huggingfacecdn, civitaimirror): none is an English word.
var hubBrands = []string{"huggingface", "civitai", "ollama"}

// modelHubSites are the hubs' and mirrors' own names a hub word stands
// in: hf-mirror.com is the mirror of Hugging Face widely used in China.
var modelHubSites = setOf("hf-mirror.com", "huggingface.co", "hf.co", "civitai.com", "civitai.green", "ollama.com",
	"ollama.ai")

// hubLike reports a registrable label under an ICANN ending built to
// look like a model hub's or its CDN's: a hub's name in it, or a hub
// word beside another word joined by a hyphen, not a hub's own name.
func hubLike(l *linkx.Link) bool {
	if l.Domain == "" || l.IP.IsValid() || !l.ICANN || modelHubSites[l.Domain] {
		return false
	}
	label := l.Label()
	for _, b := range hubBrands {
		if strings.Contains(label, b) {
			return true
		}
	}
	return hyphenWord(label, hubWords)
}

// hyphenWord reports a label holding a hyphen one of whose words (split
// at its hyphens) is in words; read with no slice or iterator, as
// strangerIndex reads every suspect link's label.
func hyphenWord(label string, words map[string]bool) bool {
	if strings.IndexByte(label, '-') < 0 {
		return false
	}
	for label != "" {
		var w string
		w, label, _ = strings.Cut(label, "-")
		if words[w] {
			return true
		}
	}
	return false
}

// cheapName reports a name under an ICANN ending mostly registered for
// abuse (abusedTLDs): a platform's suffix (pages.dev, vercel.app) is a
// project's site, read elsewhere.
func cheapName(l *linkx.Link) bool {
	return l.Domain != "" && !l.IP.IsValid() && l.ICANN && abusedTLD(l.Suffix) > 0
}

// weightsSite returns the model file a suspect link serves from a
// stranger's cheap-ending or hub-like name (see above), or "". file is
// linkFile(l).
func weightsSite(l *linkx.Link, file string) string {
	if l.Defanged || l.Domain == "" || l.IP.IsValid() {
		return ""
	}
	f := pickleName(file)
	if f == "" {
		f = torchBin(file)
	}
	if f == "" || !cheapName(l) && !hubLike(l) {
		return ""
	}
	return f
}

// torchBin returns a file named as PyTorch's weights saved for
// Hugging Face's transformers are (pytorch_model.bin,
// pytorch_model-00001-of-00002.bin): a pickle with a .bin ending, which
// pickleName leaves to firmware (rev46e), or "".
func torchBin(f string) string {
	const stem = "pytorch_model"
	if len(f) >= len(stem)+4 && strings.EqualFold(f[:len(stem)], stem) && strings.EqualFold(f[len(f)-4:], ".bin") {
		return f
	}
	return ""
}

// indexTools are the commands that install from an index or a registry
// (lower case).
var indexTools = []string{"pip", "pip3", "uv", "poetry", "npm", "yarn", "pnpm", "conda", "mamba", "micromamba", "helm",
	"docker", "podman", "nerdctl"}

// ecosystemWords are the words a stranger's index is named with, read as
// words of a registrable label split at its hyphens (pypi-fast,
// npm-mirror, charts-hub, ghcr-mirror).
var ecosystemWords = setOf("pypi", "pip", "wheels", "whl", "npm", "npmjs", "yarn", "registry", "charts", "helm",
	"docker", "dockerhub", "ghcr", "quay", "conda", "anaconda", "pytorch", "cuda", "mirror", "mirrors")

// indexFlags are the flags and the settings that name an index, a
// registry or a channel (pip install -i URL, npm config set registry URL,
// conda install -c URL), written before the link or joined to it by "="
// (--index-url=URL): pip config set global.index-url URL and yarn config
// set npmRegistryServer URL too.
var indexFlags = setOf("--index-url", "--extra-index-url", "-i", "--find-links", "-f", "--index", "--default-index",
	"--registry", "registry", "-c", "--channel", "--source", "global.index-url", "global.extra-index-url",
	"npmregistryserver")

// indexArgs are the subcommands whose argument is the package, the chart
// or the image itself (pip install URL, docker pull HOST/IMAGE).
var indexArgs = setOf("install", "add", "pull")

// nameArgs are the subcommands whose second argument is the chart's or
// the repository's link, after a name (helm install NAME URL, helm repo
// add NAME URL, helm upgrade --install NAME URL, poetry source add NAME
// URL).
var nameArgs = setOf("install", "add", "--install", "upgrade", "template")

// installCommand returns the command (pip, npm, helm, docker, …) a link
// stands in as the index, registry, chart or image it installs from, or
// "": the command before it on its line, within commandWindow, and the
// link its argument — after an index's flag (indexFlags), a subcommand
// whose argument it is (indexArgs), a name after helm's or poetry's
// (nameArgs), or the options of a docker run. A link inside an option's value
// (-e HOST=x.xyz, --set host=x.xyz) or after other words (pip install
// -r requirements.txt, then open URL) is none.
func installCommand(clean string, l *linkx.Link) string {
	start, end := l.Span()
	if l.Carried || end <= start || end > len(clean) {
		return ""
	}
	before := clean[max(0, start-commandWindow):start]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	if !namesIndexTool(before) {
		return "" // no tool's name: the cheap look (speed46.go)
	}
	tool, at := "", -1
	for _, t := range indexTools {
		if i := lastWordFold(before, t); i > at {
			tool, at = t, i
		}
	}
	if at < 0 {
		return ""
	}
	rest := strings.ToLower(before[at+len(tool):])
	if strings.HasSuffix(rest, "=") {
		f := strings.Fields(rest[:len(rest)-1])
		if len(f) > 0 && indexFlags[f[len(f)-1]] {
			return tool
		}
		return ""
	}
	if rest == "" || !strings.ContainsRune(" \"'`", rune(rest[len(rest)-1])) {
		return "" // the link is joined to a word (a path, a quote's text)
	}
	f := strings.Fields(strings.Trim(rest, "\"'` "))
	n := len(f)
	if n == 0 {
		return ""
	}
	if indexFlags[f[n-1]] || indexArgs[f[n-1]] {
		return tool
	}
	if (tool == "helm" || tool == "poetry") && n >= 2 && nameArgs[f[n-2]] && f[n-1][0] != '-' {
		return tool
	}
	if tool == "docker" || tool == "podman" || tool == "nerdctl" {
		// docker run [options] IMAGE: every word after run an option or
		// an option's value
		for i := n - 1; i >= 0; i-- {
			if f[i] == "run" {
				return tool
			}
			if f[i][0] != '-' && (i == 0 || f[i-1][0] != '-' || strings.IndexByte(f[i-1], '=') >= 0) {
				return ""
			}
		}
	}
	return ""
}

// strangerIndex reports how an index's link may be a stranger's: named
// (a public raw address, or a label built from an ecosystem's word with
// a hyphen: ecosystemWords), or only cheap (a cheap ending, which counts
// after a package manager's index flag only: an image's or a chart's
// registry on one is as often a homelab's own, registry.mylab.xyz).
func strangerIndex(l *linkx.Link) (named, cheap bool) {
	if l.IP.IsValid() {
		return publicIP(l) || l.NumericIP, false
	}
	if l.Domain == "" || !l.ICANN {
		return false, false
	}
	if hyphenWord(l.Label(), ecosystemWords) {
		return true, false
	}
	return false, abusedTLD(l.Suffix) > 0
}

// imageTools are the indexTools that install images and charts.
var imageTools = setOf("docker", "podman", "nerdctl", "helm")

// judgeMl46 finds a model's weights on a stranger's cheap-ending or
// hub-like name (weightsSite) and an install command pointed at a
// stranger's index (installCommand, strangerIndex), among the suspect
// links. Read at run time only.
func judgeMl46(rs *reasons, clean string, j *Judgement, k *knowledge) {
	weights, index := false, false
	for _, i := range j.Suspect {
		l := &j.Links[i]
		if l.Defanged {
			continue
		}
		if !weights {
			if f := weightsSite(l, k.linkFile(l)); f != "" {
				shown := linkx.Defang(l.Unicode)
				rs.add(handRule(CodeDangerousFile, wWeightsSite, shown, say2("weights_site", shown, f)))
				weights = true
			}
		}
		if index {
			continue
		}
		if named, cheap := k.strangerIndex(l); named || cheap {
			if tool := installCommand(clean, l); tool != "" && (named || !imageTools[tool]) {
				shown := linkx.Defang(l.Unicode)
				rs.add(handRule(CodeRunCommand, wPackageIndex, shown, say2("package_index", tool, shown)))
				index = true
			}
		}
	}
}

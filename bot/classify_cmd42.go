package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/brand"
	"github.com/immunebot/immune/bot/filetype"
	"github.com/immunebot/immune/bot/linkx"
)

// A project's install one-liner written over plain HTTP. Projects' own
// install docs before about 2016 gave them so (curl
// http://npmjs.org/install.sh | sh, curl -L http://cpanmin.us | perl -,
// curl -s http://getcomposer.org/installer | php, wget -O -
// http://bootstrap.saltstack.org | sudo sh), older chat still types
// them so, and people who type an address from memory leave the scheme
// out or write http:// (curl http://get.k3s.io | sh -); the site answers
// with a redirect to HTTPS or the same script. run_command deleted every
// such line (0.85) and dangerous_file flagged its script (install.sh,
// install.ps1), while the same line written https:// was allowed.
// Malware's one-liners over plain HTTP are mostly from addresses and
// ports, dynamic DNS names, file drops and free hosts, paste sites,
// cheap endings and lookalikes of real installers' names (get-k3s.io,
// bun-sh.com), asked for with a lure or a fake check, or run hidden or
// encoded (-w hidden, -enc, mshta).
//
// httpInstallTwin reads such a link as its HTTPS twin, so that every
// relief and every finding the twin meets decides it as it decides the
// twin: a name the link model does not read as a plain site, a setup
// word joined to others (setupName) keep it flagged as they keep the
// twin. Plain HTTP asks more than the twin does: a name that takes an
// installer's (installerLookalike: bun-sh.com, get.scoop.sh.ru) or a
// popular program's (takenProduct), or one drawn at random (drawnLabel:
// qzx8m.com) is not read as a twin.

// httpInstallTwin returns the HTTPS twin of a plain-HTTP link that a
// command pasted in clean fetches and runs (fetchedAndRun), or that names
// an install script (installScript: install.sh, dotnet-install.ps1,
// setup_22.x) in a message that speaks of it as a script
// (speaksOfScript), at a name (no address, port or user), on an ICANN ending
// that is not cheap, with no finding about the name (not even a mildly
// cheap ending's or a domain_words'), not a dynamic DNS name, a
// file drop, a file host, a paste site or a host anyone publishes on,
// with no disguise of the link, in a text that runs nothing hidden or
// encoded (hiddenOrEncoded) and holds no bait (k.baited) and no lure that
// stops the readings or makes a command bait (schemeLure); nil for any
// other link. It allocates only for such a link.
func (c *Classifier) httpInstallTwin(l *linkx.Link, info *hostInfo, k *knowledge) *linkx.Link {
	if c.training || l.Scheme != "http" || l.IP.IsValid() || l.Port != "" || l.UserInfo != "" || l.Domain == "" || !l.ICANN ||
		l.Disguised || l.Hidden || l.Carried || !plainHTTPWritten(l) {
		return nil
	}
	if _, run := fetchedAndRun(k.text, l); !(run && mayRun(k.text)) && !(installScript(linkFile(l)) && speaksOfScript(k.folded())) {
		return nil
	}
	if info.userContent || fileDrops[l.Host] || fileHosts[l.Domain] || pasteSites[l.Domain] || onDynamicDNS(l) ||
		abusedTLD(l.Suffix) > 0.1 || abusedTLDs[l.Domain] > 0 || strings.ContainsAny(l.Path, "~@") {
		return nil
	}
	if len(info.reasons) > 0 {
		// any finding about the name: a cheap ending, even a mildly
		// cheap one (files.vps-pool.cc), or lure words built into it
		// (docker-fix.net, nvidia-driver-update.com: rev42c)
		return nil
	}
	if installerLookalike(l) || takenProduct(l) != nil || drawnLabel(l.Label()) {
		return nil
	}
	if hiddenOrEncoded(k.text) || k.stopsReadings() || k.baited() || releaseBaited(k) || schemeLure(k.found()) != "" {
		return nil
	}
	return httpsTwin(l)
}

// scriptWords are the folded words with which chat speaks of an install
// script it links bare ("the tailscale script", "what the one liner
// runs", "before piping it"); a drop's message pushes the file instead
// ("try this", "updated link", "install this update").
var scriptWords = [...]string{"script", "scripts", "one liner", "oneliner", "liner", "curl", "wget", "pipe", "piping", "piped", "bash", "shell"}

// speaksOfScript reports a folded text with one of scriptWords.
func speaksOfScript(folded []byte) bool {
	for _, w := range scriptWords {
		if containsWords(folded, w) {
			return true
		}
	}
	return false
}

// installScript reports a file name that projects give their install
// scripts: a script (sh, bash, ps1, py) or a name with no ending whose
// name is install, installer, setup, bootstrap, kickstart, get or init
// or starts with one of them and a dash, an underscore or a dot
// (install.sh, install-opentofu.sh, setup_22.x, bootstrap-salt.sh), or
// ends with a dash and install (dotnet-install.ps1).
func installScript(f string) bool {
	if f == "" {
		return false
	}
	f = strings.ToLower(f)
	name := f
	if i := strings.LastIndexByte(f, '.'); i > 0 {
		switch f[i+1:] {
		case "sh", "bash", "ps1", "py":
			name = f[:i]
		default:
			if fd := filetype.Check(f, ""); fd.Kind != filetype.Harmless {
				return false
			}
		}
	}
	for _, w := range installWords {
		if name == w || strings.HasSuffix(name, "-"+w) {
			return true
		}
		if strings.HasPrefix(name, w) && len(name) > len(w) && strings.IndexByte("-_.", name[len(w)]) >= 0 {
			return true
		}
	}
	return false
}

var installWords = [...]string{"install", "installer", "setup", "bootstrap", "kickstart", "get", "init"}

// installers are the names whose install one-liners chat pastes most,
// with the registrable domains their makers serve them from: a plain-HTTP
// one-liner from a name that takes one of them (installerLookalike) is a
// stranger's.
var installers = []struct {
	name    string
	domains []string
}{
	{"docker", []string{"docker.com", "docker.io"}}, {"k3s", []string{"k3s.io"}}, {"rke2", []string{"rke2.io"}},
	{"bun", []string{"bun.sh"}}, {"deno", []string{"deno.land", "deno.com"}}, {"astral", []string{"astral.sh"}},
	{"rustup", []string{"rustup.rs"}}, {"rust", []string{"rust-lang.org", "rustup.rs"}}, {"sdkman", []string{"sdkman.io"}},
	{"pihole", []string{"pi-hole.net"}}, {"poetry", []string{"python-poetry.org"}}, {"pyenv", []string{"pyenv.run"}},
	{"tailscale", []string{"tailscale.com"}}, {"ollama", []string{"ollama.com", "ollama.ai"}}, {"starship", []string{"starship.rs"}},
	{"scoop", []string{"scoop.sh"}}, {"chocolatey", []string{"chocolatey.org"}}, {"nodesource", []string{"nodesource.com"}},
	{"nodejs", []string{"nodejs.org"}}, {"dotnet", []string{"dot.net", "microsoft.com"}}, {"opam", []string{"ocaml.org"}},
	{"ocaml", []string{"ocaml.org"}}, {"pnpm", []string{"pnpm.io"}}, {"vercel", []string{"vercel.app", "vercel.com"}},
	{"foundry", []string{"paradigm.xyz"}}, {"paradigm", []string{"paradigm.xyz"}}, {"brew", []string{"brew.sh"}},
	{"homebrew", []string{"brew.sh"}}, {"claude", []string{"claude.ai", "anthropic.com"}}, {"cursor", []string{"cursor.com", "cursor.sh"}},
	{"rvm", []string{"rvm.io"}}, {"nvm", []string{"nvm.sh"}}, {"uv", []string{"astral.sh"}}, {"christitus", []string{"christitus.com"}},
	{"ohmyzsh", []string{"ohmyz.sh"}}, {"kubernetes", []string{"k8s.io", "kubernetes.io"}}, {"helm", []string{"helm.sh"}},
	// rev42c: npm's old install.sh, and the activation script Windows
	// chat pastes most (irm https://get.activated.win | iex), taken by
	// npmjs-cdn.com, massgrave-dev.com, massgrav.net
	{"npmjs", []string{"npmjs.com", "npmjs.org"}}, {"massgrave", []string{"massgrave.dev", "activated.win"}},
}

// installerLookalike reports a link whose site takes an installer's
// name while not being its maker's: its registrable label without
// hyphens holds a name of five letters or more (astral-uv.com,
// getscoop.cc, homebrew.sh) or is one edit from it (brand.OneEdit: dockerr, astrall, dokcer),
// holds a shorter name with a setup, platform or host word
// (installTakers: bunsh, brewinstall, macosbrew; not perlbrew or k3sup)
// or is it with a letter more (bunn, k3ss), or its host holds the maker's domain
// before another (get.scoop.sh.ru, get.docker.com.install-cdn.net).
func installerLookalike(l *linkx.Link) bool {
	if l.Domain == "" {
		return false
	}
	host := strings.ToLower(l.Host)
	label := strings.ToLower(strings.ReplaceAll(l.Label(), "-", ""))
	for _, in := range installers {
		own := false
		for _, d := range in.domains {
			if l.Domain == d {
				own = true
			} else if strings.Contains(host, d+".") || strings.Contains(host, d+"-") || strings.HasPrefix(label, strings.ReplaceAll(strings.ReplaceAll(d, ".", ""), "-", "")) {
				return true
			}
		}
		if own {
			continue
		}
		if len(in.name) > 4 && (strings.Contains(label, in.name) || brand.OneEdit(label, in.name)) {
			return true
		}
		if len(in.name) > 2 && label != in.name && (len(label) == len(in.name)+1 && brand.OneEdit(label, in.name) ||
			strings.Contains(label, in.name) && installTakers(strings.Replace(label, in.name, "", 1))) {
			return true
		}
	}
	return false
}

// installTakers reports what a lookalike joins to a short installer's
// name (bunsh, brewinstall, macosbrew, getnvm): a download word
// (siteTakers), a platform's or a host's word.
func installTakers(rest string) bool {
	switch rest {
	case "sh", "io", "macos", "linux", "cli", "cdn", "mirror", "fix", "run", "dev", "ai":
		return true
	}
	return siteTakers[rest]
}

// drawnLabel reports a registrable label drawn at random, as droppers
// register theirs (qzx8m, 8x2kq, a1b2c3): two digits or more, or a digit
// in five characters or more with no vowel. Projects' short names with
// a digit (k3s, k0s, rke2, k3sup) have one digit and a vowel or are
// short.
func drawnLabel(label string) bool {
	digits, vowel := 0, false
	for i := 0; i < len(label); i++ {
		switch c := lowerASCII(label[i]); {
		case c >= '0' && c <= '9':
			digits++
		case strings.IndexByte("aeiouy", c) >= 0:
			vowel = true
		}
	}
	return digits >= 2 || digits == 1 && len(label) >= 5 && !vowel
}

// hiddenOrEncoded reports a command that runs out of sight or carries
// what it runs encoded: a hidden window (hiddenWindow), PowerShell's
// encoded command (-enc, -e, -EncodedCommand before a run of base64),
// or mshta.
func hiddenOrEncoded(clean string) bool {
	if hiddenWindow(clean) || lastWordFold(clean, "mshta") >= 0 || strings.Contains(clean, "base64 -d") || strings.Contains(clean, "base64 --decode") {
		return true
	}
	if !strings.Contains(clean, "-") {
		return false
	}
	fields := strings.FieldsFunc(clean, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '"' || r == '\''
	})
	for i := 0; i+1 < len(fields); i++ {
		flag := strings.ToLower(fields[i])
		if flag != "-ec" && (len(flag) < 2 || !strings.HasPrefix("-encodedcommand", flag)) {
			continue
		}
		if v := fields[i+1]; len(v) >= 16 && base64Run(v) {
			return true
		}
	}
	return false
}

// base64Run reports a word of base64's letters alone.
func base64Run(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isAlnum(c) && c != '+' && c != '/' && c != '=' {
			return false
		}
	}
	return true
}

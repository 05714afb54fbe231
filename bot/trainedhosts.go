package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// reputableAtRuntime are reputable sites (languages' registries,
// foundations, standards bodies, old projects' sites) trusted from after
// the committed model was trained: they join reputable, so the
// classifier trusts their links, while the trainer (cmd/train) reads
// links through a classifier with TrainingView, to which they are not
// trusted. The trainer leaves the links of every host it trusts out of
// the model's training and fits the combiner on the links it weighs, so a
// site added to reputable itself moves the rebuilt model (101 registries
// and foundations cost 236 of the training lists' phishing domains,
// BENCHMARKS.md #9, det14); a site added here changes what the classifier
// trusts, not weights.bin nor combine.json. None is in the training
// lists' phishing or abused domains; a name must not be in reputable too
// (init panics).
var reputableAtRuntime = setOf(
	// languages' package registries and indexes
	"rubygems.org", "pub.dev", "packagist.org", "nuget.org", "metacpan.org", "cpan.org", "haskell.org", "ocaml.org",
	"hex.pm", "clojars.org", "maven.org", "mvnrepository.com", "conda-forge.org", "r-project.org", "ctan.org",
	"swiftpackageindex.com", "cocoapods.org", "open-vsx.org", "jsr.io", "deno.land", "luarocks.org",
	// free software's foundations, projects, operating systems and
	// standards bodies, whose old plain-HTTP pages READMEs and lists link
	"gnu.org", "nongnu.org", "fsf.org", "kde.org", "gnome.org", "postgresql.org", "mariadb.org",
	"sqlite.org", "llvm.org", "open-std.org", "isocpp.org", "sourceware.org", "x.org", "openssl.org", "openssh.com",
	"openbsd.org", "freebsd.org", "netbsd.org", "linuxfoundation.org", "cncf.io", "eclipse.org", "perl.org",
	"ruby-lang.org", "php.net", "erlang.org", "elixir-lang.org", "scala-lang.org", "kotlinlang.org", "swift.org",
	"julialang.org", "lua.org", "vim.org", "neovim.io", "gnupg.org", "torproject.org", "ffmpeg.org",
	"gimp.org", "inkscape.org", "blender.org", "libreoffice.org", "documentfoundation.org", "whatwg.org",
	"ecma-international.org", "opengroup.org", "oasis-open.org", "rfc-editor.org", "khronos.org", "mesa3d.org",
	"cairographics.org", "busybox.net", "yoctoproject.org", "gentoo.org", "opensuse.org",
	"alpinelinux.org", "nixos.org", "centos.org", "rockylinux.org", "almalinux.org",
	// det15: more registries and the tools that install from them
	"hexdocs.pm", "gradle.org", "deno.com", "vcpkg.io", "conan.io", "chocolatey.org", "brew.sh", "flathub.org",
	"snapcraft.io",
	// det15: more languages', projects' and operating systems' sites that
	// tech chat links (freedesktop.org's project hosts: projectSuffixes)
	"typescriptlang.org", "ziglang.org", "nim-lang.org", "racket-lang.org", "tcl-lang.org",
	"openjdk.org", "qt.io", "boost.org", "cmake.org", "mesonbuild.com", "bazel.build", "git-scm.com",
	"mercurial-scm.org", "fishshell.com", "zsh.org", "webkit.org", "openoffice.org", "nginx.org", "haproxy.org",
	"isc.org", "postfix.org", "dovecot.org", "exim.org", "samba.org", "wireshark.org", "tcpdump.org",
	"dragonflybsd.org", "illumos.org", "voidlinux.org", "linuxfromscratch.org",
	// det15: references, manual pages' sites and security advisories and lists
	"cppreference.com", "tc39.es", "man7.org", "die.net", "lwn.net", "openwall.com", "seclists.org", "mitre.org",
	"cve.org", "first.org", "osv.dev", "rustsec.org", "owasp.org",
	// det15: mailing-list archives and bug trackers of many projects
	// (Launchpad is Ubuntu's)
	"mail-archive.com", "marc.info", "gmane.org", "austingroupbugs.net", "launchpad.net",
	// det16: more free software projects', libraries' and tools' own
	// sites and a standards body, whose old plain-HTTP pages chat pastes
	// bare (www.openldap.org/doc/admin24/, www.libpng.org/pub/png/spec/)
	"openldap.org", "sendmail.org", "opendkim.org", "musl-libc.org", "nasm.us", "libpng.org", "zlib.net", "tcl.tk",
	"iso.org", "netlib.org", "fftw.org", "7-zip.org", "libsdl.org", "glfw.org", "xiph.org",
	"videolan.org", "winehq.org", "cygwin.com", "msys2.org", "tug.org", "latex-project.org",
	"graphviz.org", "imagemagick.org", "alsa-project.org", "libvirt.org", "qemu.org", "xenproject.org",
	"openvpn.net", "wireguard.com", "strongswan.org", "nlnetlabs.nl", "ntp.org", "openzfs.org", "syslinux.org",
	"coreboot.org", "buildroot.org", "openwrt.org", "xfce.org", "suckless.org", "cat-v.org", "tuhs.org",
	"haiku-os.org", "reactos.org", "multicians.org", "gnuplot.info", "libusb.info", "linuxcontainers.org",
	"systemd.io", "mutt.org", "irssi.org", "weechat.org", "libressl.org", "gnutls.org", "curl.se", "haxx.se",
	"enlightenment.org", "kernelnewbies.org", "netfilter.org", "lighttpd.net", "varnish-cache.org",
	"squid-cache.org", "memcached.org", "zeromq.org", "nanomsg.org", "libuv.org", "libevent.org", "pcre.org",
	"ninja-build.org", "scons.org", "gtk.org", "wxwidgets.org", "fltk.org", "call-cc.org", "schemers.org",
	"common-lisp.net", "sbcl.org", "pharo.org", "squeak.org", "factorcode.org",
	// tech18: a protected brand's engineering blog on a domain of its
	// own, named after the brand (netflixtechblog.com, Netflix's)
	"netflixtechblog.com",
)

// projectSuffixes are private public suffixes (the Public Suffix List
// keeps them apart for their members' cookies) whose every host is the
// project's own, not a site anyone makes (lists.freedesktop.org,
// wayland.freedesktop.org, gitlab.freedesktop.org): a host under one is
// trusted as a site of reputableAtRuntime is, and as those, not to the
// trainer's view (TrainingView).
var projectSuffixes = setOf("freedesktop.org")

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

// reputable reports whether a registrable domain or suffix is reputable
// to this classifier: a site of reputableAtRuntime is not to the
// trainer's (TrainingView).
func (c *Classifier) reputable(d string) bool {
	return reputable[d] && !(c.training && reputableAtRuntime[d])
}

// projectSuffix reports a private suffix of projectSuffixes, whose hosts
// are its project's, to this classifier (not to the trainer's view).
func (c *Classifier) projectSuffix(suffix string) bool {
	return projectSuffixes[suffix] && !c.training
}

// runtimePagesHost reports a GitLab Pages host of a site trusted at
// runtime (wallet-claim.pages.gitlab.gnome.org) or of a project's suffix
// (wallet-claim.pages.freedesktop.org): anyone with an account on the
// site's forge publishes a page of their own there, which is judged by
// its name and link as before the site was trusted (rev15).
func runtimePagesHost(l *linkx.Link) bool {
	site := l.Domain
	if projectSuffixes[l.Suffix] {
		site = l.Suffix
	} else if !reputableAtRuntime[site] {
		return false
	}
	if len(l.Host) <= len(site) {
		return false
	}
	for label := range strings.SplitSeq(l.Host[:len(l.Host)-len(site)-1], ".") {
		if label == "pages" {
			return true
		}
	}
	return false
}

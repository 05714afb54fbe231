package main

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// oldWebShare is -oldweb: the share of popular domains the trainer
// writes one page of an older project's site on (generateOldWebURLs; 0:
// none).
var oldWebShare = 0.0

// oldWebHTTP is -oldwebhttp: the share of those pages written as plain
// HTTP, as such sites still serve them and as their links stand in
// READMEs, man pages and mailing lists.
var oldWebHTTP = 0.6

// generateOldWebURLs writes pages of the kind older projects' and
// people's sites serve, and tech chat pastes from READMEs, changelogs
// and mailing lists: a list's archive by month, a list's info page, a
// bug tracker's entry by number, a repository browser's tree or commit,
// a person's page under ~name, a manual's chapter, a release folder, a
// blog post by date, a wiki page, on a share of the popular domains
// (www., the domain, or a project's host: lists., bugs., cgit., ftp.).
// A share http of them are plain HTTP: every other benign URL the
// trainer writes is HTTPS, while the real links of old projects are
// often not, so the model learned the scheme alone as a phishing shape
// (+3.07 against -0.55). Not on endings a browser reaches only over
// TLS (.app, .dev, .page: preloaded HSTS), whose sites cannot serve
// plain HTTP. Its paths use this trainer's own word lists; no document
// or program files (.doc, .xls, .pdf, .exe): a dropper's are its shape.
// It draws from its own stream, so the other generators' examples do
// not change with it, and it is deterministic for a seed.
func generateOldWebURLs(benign []Example, share, http float64, seed uint64) []Example {
	r := rand.New(rand.NewPCG(seed, 9))
	var out []Example
	eachSampled(benign, share, r, func(b *Example) {
		host := b.Link.Domain
		path, sub := oldWebPath(r)
		switch {
		case sub != "" && r.IntN(2) == 0:
			host = sub + "." + host
		case r.IntN(2) == 0:
			host = "www." + host
		}
		scheme := "https://"
		if r.Float64() < http && !tlsOnly[b.Link.Suffix] {
			scheme = "http://"
		}
		if l, ok := linkx.Parse(scheme + host + path); ok {
			out = append(out, Example{Link: l, Source: SrcBenignGen, Split: b.Split})
		}
	})
	return out
}

// tlsOnly are the endings whose every name is on browsers' HSTS preload
// list: no site under them serves plain HTTP.
var tlsOnly = setOf("app", "dev", "page", "new", "day", "foo", "mov", "zip", "esq", "nexus", "prof", "phd", "bank", "insurance")

var (
	oldProjects = strings.Fields(`xkb libfoo gtk-doc pixfmt fontconf netkit ncurses readline zlib expat libpng libtiff
		pcre popt slang mawk gawk sed grep tar cpio make autoconf automake libtool bison flex m4 texinfo gettext
		coreutils findutils diffutils binutils gdb emacs vim nano screen tmux rsync wget curl openssl gnutls libgcrypt
		gnupg pinentry dbus avahi udev polkit pam shadow sudo cron syslog logrotate procps psmisc util-linux e2fsprogs
		xfsprogs lvm2 mdadm parted grub syslinux kbd console-setup xterm rxvt fvwm openbox xfce lxde x11 xorg mesa
		pixman cairo pango harfbuzz freetype fontconfig libxml libxslt docbook tcl tk perl python ruby guile lua`)
	oldLists = strings.Fields(`devel dev users announce general discuss help bugs commits patches testers
		maintainers packaging security-announce interest misc`)
	oldMonths = strings.Fields(`January February March April May June July August September October November December`)
	oldUsers  = strings.Fields(`bob alice jdoe skip george karl hans pjones dyork mike steve tom bill jim ken rob
		dennis brian eric guido larry linus andrew paul peter david chris`)
	oldPages = strings.Fields(`index faq readme notes news changes history download downloads install manual
		intro overview tutorial howto docs links about contact license copying authors thanks todo bugs
		mailinglists support features examples screenshots relnotes release-notes porting building spec`)
	oldDocExts = []string{"html", "html", "html", "htm", "txt", "shtml", "php"}
)

// oldWebPath returns a path of an older project's site and the host a
// project would serve it from ("": its site's own).
func oldWebPath(r *rand.Rand) (string, string) {
	proj, list := pick(r, oldProjects), pick(r, oldLists)
	year := 1996 + r.IntN(25)
	switch r.IntN(12) {
	case 0:
		return fmt.Sprintf("/archives/%s-%s/%d-%s/%06d.html", proj, list, year, pick(r, oldMonths), r.IntN(100000)), "lists"
	case 1:
		return fmt.Sprintf("/pipermail/%s-%s/%d-%s/%06d.html", proj, list, year, pick(r, oldMonths), r.IntN(100000)), "mail"
	case 2:
		return fmt.Sprintf("/mailman/listinfo/%s-%s", proj, list), "lists"
	case 3:
		switch r.IntN(3) {
		case 0:
			return fmt.Sprintf("/show_bug.cgi?id=%d", 1+r.IntN(200000)), "bugs"
		case 1:
			return fmt.Sprintf("/view.php?id=%d", 1+r.IntN(9000)), "bugs"
		}
		return fmt.Sprintf("/bugs/%d", 1+r.IntN(2000000)), "bugs"
	case 4:
		if r.IntN(2) == 0 {
			return fmt.Sprintf("/%s/tree/%s/%s.%s", proj, pick(r, docDirs), pick(r, oldPages), pick(r, []string{"c", "h", "txt", "in", "am"})), "cgit"
		}
		return fmt.Sprintf("/?p=%s.git;a=commitdiff;h=%s", proj, hexString(r, 40)), "git"
	case 5:
		p := fmt.Sprintf("/~%s/", pick(r, oldUsers))
		if r.IntN(3) > 0 {
			p += proj + "/" + pick(r, oldPages) + "." + pick(r, oldDocExts)
		}
		return p, ""
	case 6:
		return fmt.Sprintf("/software/%s/manual/%s/%s.html", proj, pick(r, []string{"html_node", "html_mono", "html_chapter"}), pick(r, oldPages)), ""
	case 7:
		p := fmt.Sprintf("/pub/%s/", proj)
		if r.IntN(2) == 0 {
			p += fmt.Sprintf("%s-%d.%d.%d.tar.%s", proj, r.IntN(5), r.IntN(20), r.IntN(10), pick(r, []string{"gz", "bz2", "xz"}))
		}
		return p, "ftp"
	case 8:
		return fmt.Sprintf("/%d/%02d/%s.html", 2003+r.IntN(18), 1+r.IntN(12), docSlug(r)), "blog"
	case 9:
		return fmt.Sprintf("/wiki/%s", docTitle(r, "_")), "wiki"
	case 10:
		return fmt.Sprintf("/%s/%s.%s", proj, pick(r, oldPages), pick(r, oldDocExts)), ""
	}
	p := "/" + proj + "/"
	if r.IntN(2) == 0 {
		p = "/" + pick(r, oldPages) + "." + pick(r, oldDocExts)
	}
	return p, ""
}

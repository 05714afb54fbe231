// Command debianhomes writes bot/debianhomes.go: the registrable domains
// of the homepages Debian names for the packages of its stable release
// (the Homepage: fields of bookworm's main Packages index, as apt keeps
// it under /var/lib/apt/lists/, lz4-compressed, read from standard input)
// and the homepage: fields of its AppStream metadata (the dep11
// Components file, gzip-compressed, named by -dep11). A project's homepage is
// where its maker publishes it, and the distribution's maintainers check
// the field when they package a release; the classifier reads a program
// or archive laid out as a release there as the project's own build
// (bot: homeRelease, classify_deb45.go).
//
// A homepage's host is kept as its registrable domain when linkx reads
// it as a name on an ICANN ending, with no port and no user before '@'.
// Left out are the sites where anyone publishes, whose names say nothing
// of a project's own (platforms): code forges and registries (github.com,
// gitlab.com, sourceforge.net, launchpad.net, metacpan.org, pypi.org),
// hosting platforms (model.HostingPlatform: github.io, blogspot.com),
// free web hosts and ISPs' home pages (free.fr, tuxfamily.org), and any
// domain one of whose homepages is a user's page on it (a ~user path or a user@ folder, a
// /users/ or /people/ folder, a members. or perso. host): a university's
// or a shell provider's domain holds every user's pages. A domain one
// package names is enough. The output is sorted and follows the public
// suffix list vendored in golang.org/x/net.
//
//	lz4cat /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4 |
//		go run ./internal/gen/debianhomes \
//		-dep11 /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_dep11_Components-amd64.yml.gz \
//		> bot/debianhomes.go
//
// IMMUNE_REGEN_CHECK=1 go test ./internal/gen/debianhomes compares the
// committed list with what this machine's apt index gives; it is not
// run by default, as the index moves with every apt-get update.
package main

// Command mirrorsites writes bot/mirrorsites.go: the registrable domains
// of the hosts that carry an official mirror of Debian or Ubuntu, as
// Debian's python-apt-common package lists them for its mirror chooser
// (/usr/share/python-apt/templates/Debian.mirrors and Ubuntu.mirrors;
// apt-get install python-apt-common). A site gets onto those lists by
// running a full mirror of the archive that the distribution's mirror
// team checks and keeps watching: universities, research networks and
// long-standing hosting firms (fau.de, uwaterloo.ca, osuosl.org,
// kernel.org). The classifier trusts a mirror host of theirs for a
// project's release in a mirror's tree (bot: mirrorSite).
//
// A mirror's host is kept as its registrable domain when linkx reads it
// as a name on an ICANN ending (an address, or a host on a platform's
// private suffix, whose names anyone can take, is left out); the output
// is sorted and follows the public suffix list vendored in
// golang.org/x/net.
//
//	go run ./internal/gen/mirrorsites > bot/mirrorsites.go
package main

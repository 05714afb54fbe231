// Command productsites writes bot/productsites.go: the programs Debian
// packages whose package name is their homepage's registrable name
// (blender on blender.org, keepassxc on keepassxc.org, syncthing on
// syncthing.net), each with that domain. A site named after one of them
// with a word joined by a hyphen that is not the program's own
// (blender-portable.com) and serves a program is an impostor's
// (bot/classify_mal45.go).
//
// It reads a Debian Packages file on standard input, decompressed:
//
//	lz4cat /var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4 |
//		go run ./internal/gen/productsites > bot/productsites.go
package main

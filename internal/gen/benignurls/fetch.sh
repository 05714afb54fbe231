#!/bin/sh
# fetch.sh DIR: downloads what session 33's harvest read (doc.go), with the
# ordinary clients only, into DIR: the Go modules of modules.txt into a
# private module cache (DIR/gomod), the Debian packages of
# debian-packages.txt unpacked without installing (DIR/deb/NAME), and the
# two npm installs of npm-packages.txt, scripts not run (DIR/npm/a, b).
# A few GB and an hour at modest parallelism. Run apt-get update first.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dir=$1
mkdir -p "$dir/gomod" "$dir/debs" "$dir/deb" "$dir/npm"
GOMODCACHE="$dir/gomod" GOFLAGS=-mod=mod nice -n 10 xargs -P 4 -n 1 sh -c \
	'go mod download -json "$0" > /dev/null 2>&1 || echo "not served: $0" >&2' < "$here/modules.txt"
(cd "$dir/debs" && nice -n 10 xargs -P 2 -n 200 apt-get download -q < "$here/debian-packages.txt" > /dev/null) || true
for f in "$dir"/debs/*.deb; do
	p=$(basename "$f" .deb)
	mkdir -p "$dir/deb/$p" && dpkg-deb -x "$f" "$dir/deb/$p"
done
while read -r name pkgs; do
	mkdir -p "$dir/npm/$name"
	(cd "$dir/npm/$name" && npm init -y > /dev/null &&
		nice -n 10 npm install --ignore-scripts --no-audit --no-fund --legacy-peer-deps $pkgs > /dev/null)
done < "$here/npm-packages.txt"

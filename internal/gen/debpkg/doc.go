// Package debpkg reads the homepages Debian names for its packages: the
// Homepage: fields of a Packages index, each with the name of the
// package it stands under, and the homepage: entries of an AppStream
// (dep11) Components file's Url: maps. The generators of the lists taken
// from them (internal/gen/debianhomes, internal/gen/productsites) share
// it.
package debpkg

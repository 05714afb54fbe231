// Package linkx finds the links in a chat message and normalises them.
//
// It reads URLs with a scheme, bare domains whose last label is a real
// top-level domain (and that are not file names, e-mail addresses or
// version numbers), and links written to slip past filters: hxxp schemes,
// [.] (.) (dot) and spaced dots, a dot inside any of Unicode's other
// brackets (［.］ 〔.〕 ⁅.⁆ （.） 【.】: open and close punctuation),
// full-width and ideographic full stops (those IDNA maps to a dot, and
// those compatibility normalisation writes as one), and zero-width or
// direction-changing characters inside a host. Each link
// is normalised: host lower-cased, IDNA to ASCII and back, trailing dot
// dropped, user information split off, IPv4 written in decimal, hex or
// octal read as an address, and the registrable domain found with the
// public suffix list.
//
// A message without links costs no allocation: Extract scans the bytes once
// and builds nothing until it finds a candidate.
package linkx

package model

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// Hosted reports what Site's second result reports: whether the link is
// on a hosting platform, a private suffix of the public suffix list
// included. It reads the link in place; Site takes and returns a copy of
// it, which costs the many readings that ask only this (speed50b).
func Hosted(l *linkx.Link) bool {
	if l.Domain == "" {
		return false
	}
	if !l.ICANN && strings.IndexByte(l.Suffix, '.') > 0 {
		return hostingPlatforms[l.Suffix] || !isCloudInfra(l.Suffix)
	}
	if !hostingPlatforms[l.Domain] || len(l.Host) <= len(l.Domain)+1 {
		return false
	}
	sub := l.Host[:len(l.Host)-len(l.Domain)-1]
	return sub[strings.LastIndexByte(sub, '.')+1:] != "www"
}

package bot

import (
	"github.com/immunebot/immune/bot/linkx"
	"github.com/immunebot/immune/bot/model"
)

// hostKinds are bits of the sets a host's domain is in that the message
// readings ask of every link (judgeMessageLinks, judgePickles): read
// once with the host's analysis (hostInfo.readFacts) where each was a
// map's look-up at every link of every message.
type hostKinds uint16

const (
	// kindRead marks the kinds as read: a zero hostKinds was not
	kindRead hostKinds = 1 << iota
	// kindFileHost: fileHosts[l.Domain]
	kindFileHost
	// kindPasteSite: pasteSites[l.Domain]
	kindPasteSite
	// kindHosted: model.Hosted(l)
	kindHosted
	// kindReleaseHost: releaseHost(l) (speed51c)
	kindReleaseHost
	// kindChatDrop: chatDrop(l.Host) (speed51c)
	kindChatDrop
	// kindBucketHost: bucketHost(l.Host), which every host bucketName
	// reads a bucket of is (speed51c)
	kindBucketHost
	// kindSiteHosted: siteHosted(l) (speed51c)
	kindSiteHosted
	// kindCIDHost: cidHost(l), an IPFS gateway's host named by its
	// content id (speed51c)
	kindCIDHost
	// kindCodeHost: codeHosts[l.Domain] (speed51c)
	kindCodeHost
)

// hostKindsOf reads the kinds of l's host from the sets.
func hostKindsOf(l *linkx.Link) hostKinds {
	kinds := kindRead
	if fileHosts[l.Domain] {
		kinds |= kindFileHost
	}
	if pasteSites[l.Domain] {
		kinds |= kindPasteSite
	}
	if model.Hosted(l) {
		kinds |= kindHosted
	}
	if releaseHost(l) {
		kinds |= kindReleaseHost
	}
	if chatDrop(l.Host) {
		kinds |= kindChatDrop
	}
	if bucketHost(l.Host) {
		kinds |= kindBucketHost
	}
	if siteHosted(l) {
		kinds |= kindSiteHosted
	}
	if cidHost(l) {
		kinds |= kindCIDHost
	}
	if codeHosts[l.Domain] {
		kinds |= kindCodeHost
	}
	return kinds
}

// hostKinds is hostKindsOf(l), read from the analysis of l's host when
// judgeLink looked it up for the message.
func (k *knowledge) hostKinds(l *linkx.Link) hostKinds {
	if info := k.seen.of(l.Host); info != nil && info.facts.kinds != 0 {
		return info.facts.kinds
	}
	return hostKindsOf(l)
}

// shareLinkKnown is shareLink(l) for a link whose host's domain is known
// to be on a file host or not (fileHost: fileHosts[l.Domain]).
func shareLinkKnown(l *linkx.Link, fileHost bool) bool {
	if len(l.Path) < 3 {
		return false
	}
	return fileHost || shareOnHost(l)
}

// hosted is model.Hosted(l), read from the analysis of l's host when
// judgeLink looked it up for the message.
func (k *knowledge) hosted(l *linkx.Link) bool {
	if info := k.seen.of(l.Host); info != nil && info.facts.kinds != 0 {
		return info.facts.kinds&kindHosted != 0
	}
	return model.Hosted(l)
}

// siteHosted is siteHosted(l), read from the analysis of l's host when
// judgeLink looked it up for the message.
func (k *knowledge) siteHosted(l *linkx.Link) bool {
	if info := k.seen.of(l.Host); info != nil && info.facts.kinds != 0 {
		return info.facts.kinds&kindSiteHosted != 0
	}
	return siteHosted(l)
}

package bot

import "github.com/immunebot/immune/bot/linkx"

// overTLS reports a link that is opened over TLS as far as the message
// says: written https://, or written with no scheme at all
// (go.dev/dl/go1.23.4.linux-amd64.tar.gz, get.videolan.org/vlc/…/vlc.exe).
// A chat app opens a bare link as a web address and the site serves
// it over HTTPS, as it serves its https:// twin; a missing scheme is not
// evidence of plain HTTP, only a written http:// is. The download
// reliefs that pass a file on a site's own, a maker's, a mirror's or a
// build server's pages over TLS ask this: a bare link is judged as its
// https:// twin there, and a written http:// still loses them.
func overTLS(l *linkx.Link) bool {
	return l.Scheme == "https" || l.Scheme == ""
}

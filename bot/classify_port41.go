package bot

import (
	"strings"

	"github.com/immunebot/immune/bot/linkx"
)

// defaultPorts are the ports the URL standard (WHATWG) drops from a link
// of each scheme: a browser goes to https://NAME:443/PATH where it goes
// to https://NAME/PATH.
var defaultPorts = map[string]string{
	"http":  "80",
	"https": "443",
	"ws":    "80",
	"wss":   "443",
	"ftp":   "21",
}

// readDefaultPort reads a link written with its scheme's default port
// (https://github.com:443/NAME/REPO, http://NAME:80/PAGE, with leading
// zeros too: :0443) as the link without it, as a browser does: the
// readings that trust a plain link on port 443 (a site's own page, a
// reputable site's download) read the port as any other, and the link
// model reads a port as a sign of its own. A link written without a
// scheme opens over https in one client and http in another, so :443
// and :80 are both read away there. Any other port (:8443, :8080,
// :2083) is read as written, and Raw keeps the link as written.
func readDefaultPort(l *linkx.Link) {
	if l.Port == "" {
		return
	}
	p := strings.TrimLeft(l.Port, "0")
	if d, ok := defaultPorts[l.Scheme]; ok && p == d || l.Scheme == "" && (p == "80" || p == "443") {
		l.Port = ""
	}
}

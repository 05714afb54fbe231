package bot

import "strings"

// Typosquats of the libraries home-automation, car, real-estate and
// photo hobbyists install (mal51). A smart-home bridge, a car's trip log,
// a listing's scraper or a family's photo sync is built with packages
// mal47's, mal48's and mal50's lists did not hold (homeassistant,
// esphome, python-kasa, tinytuya, teslapy, pychromecast, node-red's
// dashboard, tuyapi), and a near-miss of them (homeasistant, tinytuyya,
// pychromecst, node-red-dashbaord, python-kassa) went unread. Their names
// are merged into the lists and read with mal47's slips; and a name that
// pads one of them with a helper's word (teslapy-tools, pyicloud-utils,
// tuyapi-plus) or a Python prefix (pyhomeassistant) is read too
// (homePadded): these projects publish under their own name and their
// plugins under the project's prefix (homebridge-ring,
// node-red-contrib-…, esphome-dashboard), never with a bare helper's word
// appended. The names are written by hand from general knowledge (no
// registry was looked up); a real package is never read (the lists hold
// it). Names with a digit inside (zigbee2mqtt, paho-mqtt's v2) are not
// read, as mal47's are not.

// homePyPI are home-automation, car, photo and property packages on
// PyPI, normalized as popularPyPI's are, merged into popularPyPI.
var homePyPI = []string{"homeassistant", "esphome", "python-kasa", "pyicloud", "tinytuya", "teslapy",
	"pychromecast", "pyatv", "paho-mqtt", "zeroconf", "python-miio", "pytradfri", "aiohue", "hap-python",
	"ring-doorbell", "blinkpy", "pyunifiprotect", "zigpy", "zha-quirks", "appdaemon", "pysmartthings", "pyecobee",
	"pyvesync", "meross-iot", "broadlink", "onvif-zeep", "pyhomematic"}

// homeNPM are home-automation and car packages on npm, merged into
// popularNPM.
var homeNPM = []string{"zigbee-herdsman", "node-red-dashboard", "node-red-node-serialport", "ring-client-api",
	"tuyapi", "zwave-js", "homebridge-config-ui-x", "hap-nodejs", "node-hue-api", "aedes",
	"home-assistant-js-websocket", "castv2-client", "teslajs"}

// homePads are the helper's words an impostor pads a well-known name
// with (teslapy-tools, tuyapi-plus, pyicloud-utils); an api, a client, a
// core or an sdk are the projects' own parts (homeassistant-api is one).
var homePads = setOf("tools", "tool", "utils", "util", "plus", "pro", "helper", "helpers", "toolkit", "extra",
	"extras", "official", "fix", "fixed", "patched")

// homeSet holds homePyPI's and homeNPM's names (normalized), for
// homePadded.
var homeSet = map[string]bool{}

func init() {
	for _, n := range homePyPI {
		popularPyPI[n], homeSet[n] = true, true
	}
	for _, n := range homeNPM {
		popularNPM[n], homeSet[n] = true, true
	}
	popularPyPISorted, popularNPMSorted = sortedKeys(popularPyPI), sortedKeys(popularNPM)
}

// homePadded returns the home-automation, car or photo package (homeSet)
// a normalized name pads with a helper's word after a hyphen
// (teslapy-tools) or before it (tools-teslapy), or with a Python prefix
// (pyhomeassistant, python-tinytuya), or "". A real package so spelled is
// on the lists and never reaches it.
func homePadded(name string) string {
	if len(name) < 7 {
		return ""
	}
	if i := strings.LastIndexByte(name, '-'); i > 0 && homePads[name[i+1:]] && homeSet[name[:i]] {
		return name[:i]
	}
	if i := strings.IndexByte(name, '-'); i > 0 && homePads[name[:i]] && homeSet[name[i+1:]] {
		return name[i+1:]
	}
	for _, pre := range [...]string{"python-", "py-", "py"} {
		if rest, ok := strings.CutPrefix(name, pre); ok && len(rest) >= 5 && homeSet[rest] && !strings.HasPrefix(rest, "py") {
			return rest
		}
	}
	return ""
}

package bot

import "strings"

// Typosquats of the libraries civic-tech and health developers install
// (mal50). mal47's and mal48's lists (popularPyPI, popularNPM) hold the
// packages creators, developers and traders copy; a benefits screener, a
// clinic's FHIR bridge, a census map or an agency's site is built with
// others (fhirclient, pydicom, govuk-frontend, uswds), and a near-miss
// of them (fhirclinet, pydiocm, govuk-fronted) went unread. Their names
// are merged into the lists, read with mal47's slips; and the scopes of
// the agencies' design systems (@uswds, @govuk, @nhsuk, @cmsgov) join
// mal48's vendors' scopes, read with a word added by a hyphen
// (@uswds-official/uswds, @govuk-js/frontend) or written apart
// (@gov-uk/frontend, @us-wds/uswds: civicScopeApart), a scope an agency
// never used. The names are written by hand from general knowledge (no
// registry was looked up); a real package is never read (the lists hold
// it). Names with a digit inside (hl7apy, dicom2nifti) are not read, as
// mal47's are not.

// civicPyPI are civic-tech, open-data and health packages on PyPI,
// normalized as popularPyPI's are, merged into popularPyPI.
var civicPyPI = []string{"fhirclient", "fhir-resources", "fhirpy", "fhir-py", "pydicom", "pynetdicom", "highdicom",
	"nibabel", "simpleitk", "monai", "python-hl7", "censusdata", "cenpy", "census", "taxcalc", "sodapy", "ckanapi",
	"wbdata", "wbgapi", "pandasdmx", "biopython", "lifelines", "scispacy", "medspacy", "pyhealth", "us",
	"geopandas", "shapely", "folium"}

// civicNPM are civic-tech, open-data and health packages on npm, merged
// into popularNPM.
var civicNPM = []string{"govuk-frontend", "nhsuk-frontend", "uswds", "fhirclient", "fhir-kit-client", "fhir",
	"dicom-parser", "cornerstone-core", "dicomweb-client", "citysdk", "soda-js", "leaflet", "mapbox-gl"}

// civicScopes are the agencies' design systems' and health platforms'
// npm scopes (written without their @), merged into financeScopes.
var civicScopes = []string{"uswds", "govuk", "nhsuk", "cmsgov", "hmcts", "ministryofjustice", "x-govuk", "medplum",
	"nhsdigital"}

func init() {
	for _, n := range civicPyPI {
		popularPyPI[n] = true
	}
	for _, n := range civicNPM {
		popularNPM[n] = true
	}
	for _, s := range civicScopes {
		financeScopes[s] = true
	}
	popularPyPISorted, popularNPMSorted = sortedKeys(popularPyPI), sortedKeys(popularNPM)
}

// civicScopeApart returns the agency's scope (@govuk) a scoped npm
// package's scope is written apart with a hyphen (@gov-uk/frontend,
// @us-wds/uswds, @cms-gov/design-system), or "": a scope the agency never
// used. A real scope spelled with its hyphen (x-govuk) is on the list.
func civicScopeApart(name string) string {
	scope, _, ok := strings.Cut(strings.TrimPrefix(name, "@"), "/")
	if !ok || len(scope) > 40 || strings.IndexByte(scope, '-') < 0 {
		return ""
	}
	var buf [40]byte
	n := 0
	for i := 0; i < len(scope); i++ {
		c := scope[i]
		if c == '-' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		buf[n] = c
		n++
	}
	for _, s := range civicScopes {
		if string(buf[:n]) == s && !strings.EqualFold(s, scope) {
			return "@" + s
		}
	}
	return ""
}

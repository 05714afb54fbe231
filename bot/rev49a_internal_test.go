package bot

import "testing"

// rev49aTripLabels are hyphenated registrable labels of ordinary sites,
// none a travel notice's: what tripName reads on the hot path.
var rev49aTripLabels = []string{"awesome-python-project", "my-personal-blog", "react-native-docs",
	"open-source-community-forum", "cloud-native-computing", "hotel-management-system", "tour-operator-directory"}

// BenchmarkTripNameOrdinary (rev49a) times tripName on ordinary
// hyphenated labels, which it leaves unread.
func BenchmarkTripNameOrdinary(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, l := range rev49aTripLabels {
			if _, _, ok := tripName(l, "com"); ok {
				b.Fatal(l)
			}
		}
	}
}

package race

// Cases returns n, the number of random cases a long single-goroutine
// comparison test tries, or a quarter of it under the race detector.
func Cases(n int) int {
	if Enabled {
		return n / 4
	}
	return n
}

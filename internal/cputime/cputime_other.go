//go:build !unix && !windows

package cputime

import "time"

// Process returns 0: the system cannot tell the process's CPU time.
func Process() time.Duration { return 0 }

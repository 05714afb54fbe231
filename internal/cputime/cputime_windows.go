//go:build windows

package cputime

import (
	"syscall"
	"time"
)

// Process returns the CPU time (user and system) the process has used,
// or 0 if the system cannot tell.
func Process() time.Duration {
	h, err := syscall.GetCurrentProcess()
	if err != nil {
		return 0
	}
	var created, exited, kernel, user syscall.Filetime
	if err := syscall.GetProcessTimes(h, &created, &exited, &kernel, &user); err != nil {
		return 0
	}
	return ticks(kernel) + ticks(user)
}

// ticks is a span a Filetime holds, in units of 100 ns (not a date: its
// Nanoseconds method counts from 1601 to 1970 off).
func ticks(f syscall.Filetime) time.Duration {
	return time.Duration(int64(f.HighDateTime)<<32|int64(f.LowDateTime)) * 100
}

//go:build unix

package pgtest

import "syscall"

// ownGroup starts a program run as another user (setpriv) in a process
// group of its own.
func ownGroup() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

//go:build !unix

package pgtest

import "syscall"

// ownGroup is nil: programs are run as another user (setpriv) only on
// Unix, where they get a process group of their own.
func ownGroup() *syscall.SysProcAttr { return nil }

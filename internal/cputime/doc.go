// Package cputime reads the CPU time the process has used, user and
// system together, on every platform the bot builds for: benchmarks report
// it beside wall-clock time, which on a machine shared with other work
// says more about the neighbours than about the code. It is getrusage on
// Unix and GetProcessTimes on Windows; elsewhere it reads 0.
package cputime

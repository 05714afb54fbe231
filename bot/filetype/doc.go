// Package filetype judges file names: programs, scripts, installers, disk
// images, shortcuts, Android packages and macro documents; names that hide
// their real extension behind a harmless one (photo.jpg.exe, or a long run
// of spaces before .exe); and names that use a right-to-left override to
// show "exe.jpg" backwards.
package filetype

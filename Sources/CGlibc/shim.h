// glibc pieces that Swift's Glibc module leaves out. Part of libc: nothing to link, nothing to
// install.
#ifndef BOARDPACK_CGLIBC_SHIM_H
#define BOARDPACK_CGLIBC_SHIM_H
// mallopt, to keep chart-sized buffers between renders (AllocatorTuning.swift).
#include <malloc.h>
// syncfs(2): <unistd.h> declares it only under _GNU_SOURCE, which the Glibc module is not built
// with; one call writes out a whole staged pack before it is renamed into place
// (OutputFolder.swift).
extern int syncfs(int fd);
#endif

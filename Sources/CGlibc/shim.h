// glibc pieces that Swift's Glibc module leaves out. Part of libc: nothing to link, nothing to
// install.
#ifndef BOARDPACK_CGLIBC_SHIM_H
#define BOARDPACK_CGLIBC_SHIM_H
// mallopt, to keep chart-sized buffers between renders (AllocatorTuning.swift).
#include <malloc.h>

#if defined(__linux__)
// renameat2, to swap the new pack with the old one in one step (PackSwap.swift). glibc (2.28 and
// later) declares it in <stdio.h> only under _GNU_SOURCE, which Swift's Glibc module is not built
// with, so it is declared here with glibc's own signature.
int renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath,
              unsigned int flags);
// AT_FDCWD and RENAME_EXCHANGE (<fcntl.h>, <linux/fs.h>), under names of our own so they never
// clash with a definition the system headers make.
#define BOARDPACK_AT_FDCWD (-100)
#define BOARDPACK_RENAME_EXCHANGE (1 << 1)
#endif

#endif

// glibc pieces that Swift's Glibc module leaves out. Part of libc: nothing to link, nothing to
// install.
#ifndef BOARDPACK_CGLIBC_SHIM_H
#define BOARDPACK_CGLIBC_SHIM_H
// mallopt, to keep chart-sized buffers between renders (AllocatorTuning.swift).
#include <malloc.h>
#endif

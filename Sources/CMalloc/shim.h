// glibc's malloc tuning (mallopt), which Swift's Glibc module leaves out (see
// AllocatorTuning.swift). Part of libc: nothing to link, nothing to install.
#ifndef BOARDPACK_CMALLOC_SHIM_H
#define BOARDPACK_CMALLOC_SHIM_H
#include <malloc.h>
#endif

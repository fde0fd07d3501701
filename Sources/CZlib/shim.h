// zlib, for writing PNG with a chosen compression level (see PNGEncoder.swift).
// Debian: zlib1g-dev (pkg-config "zlib"), already pulled in by libcairo2-dev.
#ifndef BOARDPACK_CZLIB_SHIM_H
#define BOARDPACK_CZLIB_SHIM_H
#include <zlib.h>
#endif

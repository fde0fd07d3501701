// libdeflate, for compressing PNG image data faster than zlib (see PNGEncoder.swift).
// Debian: libdeflate-dev (pkg-config "libdeflate").
#ifndef BOARDPACK_CDEFLATE_SHIM_H
#define BOARDPACK_CDEFLATE_SHIM_H
#include <libdeflate.h>
#endif

// Cairo with the surfaces boardpack renders to: PNG (image surface), SVG and PDF.
// Debian: libcairo2-dev (pkg-config "cairo").
#ifndef BOARDPACK_CCAIRO_SHIM_H
#define BOARDPACK_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#endif

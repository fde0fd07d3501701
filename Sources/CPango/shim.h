// Pango text layout drawn and measured through Cairo (pangocairo).
// Debian: libpango1.0-dev (pkg-config "pangocairo").
#ifndef BOARDPACK_CPANGO_SHIM_H
#define BOARDPACK_CPANGO_SHIM_H
#include <pango/pangocairo.h>
#endif

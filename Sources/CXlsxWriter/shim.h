// libxlsxwriter, which writes pack.xlsx: a well-kept C library for the XLSX format, so boardpack
// writes no zip or spreadsheet XML of its own. Debian: libxlsxwriter-dev (pkg-config "xlsxwriter").
#ifndef BOARDPACK_CXLSXWRITER_SHIM_H
#define BOARDPACK_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif

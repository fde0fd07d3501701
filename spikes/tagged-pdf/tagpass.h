/* The completion pass of issue 21, as the C API a SwiftPM shim target (`CQPDFShim`) would
 * export: a PDF that Cairo 1.16 wrote with structure tags in, a tagged PDF/UA-1 file out.
 *
 * The caller describes every structure element Cairo wrote, in the order the elements began
 * (the structure tree's pre-order, which is Cairo's order); the pass checks that the tree holds
 * exactly those, then:
 *   - turns the marked content of `artifact` elements into /Artifact sequences in the page
 *     content, and takes those elements out of the tree (their ParentTree entries become null);
 *   - merges each element that `continues` another into it (an element Cairo had to end and
 *     begin again at a page break stays one element);
 *   - sets /Alt on figures, /A << /O /Table /Scope … >> on header cells, /Contents on the link
 *     annotations of Link elements;
 *   - adds /Lang, /MarkInfo, /ViewerPreferences /DisplayDocTitle, an XMP packet (dc:title,
 *     dc:creator, dc:language, pdf:Producer, xmp dates, pdfuaid:part 1), /Tabs /S on pages with
 *     annotations, and /Title (and /Author) in Info;
 *   - writes the file deterministically (QPDFWriter::setDeterministicID, no time stamp).
 * Page content streams without artifacts are passed through untouched. */
#ifndef BOARDPACK_TAGPASS_H
#define BOARDPACK_TAGPASS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  /* The standard structure type given to cairo_tag_begin ("P", "TH", "Span", …): checked. */
  const char *type;
  /* Non-NULL: page furniture. "Header" or "Footer" (/Type /Pagination /Subtype …),
   * "Pagination" (a repeated table header row) or "Layout" (rules, fills). */
  const char *artifact;
  /* Figure: the text alternative (/Alt), never empty. */
  const char *alt;
  /* TH: "Column", "Row" or "Both". */
  const char *scope;
  /* Link: the description of its annotations (/Contents). */
  const char *contents;
  /* The index of the element this one continues after a page break, or -1. */
  int32_t continues;
} bp_element;

typedef struct {
  const char *title;     /* Info /Title and dc:title */
  const char *lang;      /* catalog /Lang and dc:language, e.g. "en-GB" */
  const char *author;    /* Info /Author and dc:creator; may be NULL */
  int object_streams;    /* 1: pack objects that are not streams into object streams */
  int splice;            /* 1: write by splicing (changed objects only), not with QPDFWriter */
  /* Splice only: a second PDF, as many pages, holding the page furniture and other artifacts
   * (drawn on a second Cairo surface): laid under each page as an /Artifact form XObject.
   * NULL when the artifacts are Span elements in the document itself. */
  const uint8_t *furniture;
  size_t furniture_length;
} bp_document;

/* Completes `pdf`; on success returns 0 and sets *out (free with bp_free). On failure returns
 * non-zero and sets *error to a message (free with bp_free). */
int bp_tag_complete(const uint8_t *pdf, size_t length, const bp_document *document,
                    const bp_element *elements, size_t count, uint8_t **out,
                    size_t *out_length, char **error);

void bp_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif

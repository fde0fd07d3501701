/* Cairo 1.16's failure modes with tags, one small file each:
 *   cairo-failures MODE OUT.pdf
 * artifact  — a tag named "Artifact" (refused: CAIRO_STATUS_TAG_ERROR, and a damaged file);
 * linkonly  — a link tag with no structure tag around it (a damaged file);
 * untagged  — running header and footer drawn with no tag, the body tagged (unmarked content);
 * parent    — a paragraph whose own text is drawn beside a child element (unmarked content:
 *             Cairo marks only an element that has no child element). */
#include <cairo-pdf.h>
#include <cairo.h>
#include <stdio.h>
#include <string.h>

static void text(cairo_t *cr, double x, double y, const char *s) {
  cairo_move_to(cr, x, y);
  cairo_show_text(cr, s);
}

int main(int argc, char **argv) {
  if (argc != 3) return 2;
  const char *mode = argv[1];
  cairo_surface_t *surface = cairo_pdf_surface_create(argv[2], 595, 842);
  cairo_t *cr = cairo_create(surface);
  cairo_select_font_face(cr, "Liberation Sans", CAIRO_FONT_SLANT_NORMAL,
                         CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, 12);
  if (!strcmp(mode, "artifact")) {
    cairo_tag_begin(cr, "Document", NULL);
    cairo_tag_begin(cr, "Artifact", NULL);
    text(cr, 50, 30, "Running header");
    cairo_tag_end(cr, "Artifact");
    cairo_tag_begin(cr, "P", NULL);
    text(cr, 50, 100, "Body");
    cairo_tag_end(cr, "P");
    cairo_tag_end(cr, "Document");
  } else if (!strcmp(mode, "linkonly")) {
    cairo_tag_begin(cr, CAIRO_TAG_LINK, "dest='two'");
    text(cr, 50, 100, "Contents: page 2");
    cairo_tag_end(cr, CAIRO_TAG_LINK);
    cairo_show_page(cr);
    cairo_tag_begin(cr, CAIRO_TAG_DEST, "name='two'");
    text(cr, 50, 100, "Page two");
    cairo_tag_end(cr, CAIRO_TAG_DEST);
  } else if (!strcmp(mode, "untagged")) {
    for (int page = 1; page <= 2; page++) {
      text(cr, 50, 30, "Running header");
      if (page == 1) cairo_tag_begin(cr, "Document", NULL);
      cairo_tag_begin(cr, "P", NULL);
      text(cr, 50, 100, "Body");
      cairo_tag_end(cr, "P");
      if (page == 2) cairo_tag_end(cr, "Document");
      text(cr, 50, 800, "Page n of 2");
      cairo_show_page(cr);
    }
  } else if (!strcmp(mode, "parent")) {
    cairo_tag_begin(cr, "Document", NULL);
    cairo_tag_begin(cr, "P", NULL);
    text(cr, 50, 100, "Figures for England come from");
    cairo_tag_begin(cr, CAIRO_TAG_LINK, "uri='https://fingertips.phe.org.uk/'");
    text(cr, 230, 100, "Fingertips");
    cairo_tag_end(cr, CAIRO_TAG_LINK);
    text(cr, 290, 100, ".");
    cairo_tag_end(cr, "P");
    cairo_tag_end(cr, "Document");
  } else {
    return 2;
  }
  cairo_status_t drawing = cairo_status(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  printf("%s: cairo_status %s; surface %s\n", mode, cairo_status_to_string(drawing),
         cairo_status_to_string(cairo_surface_status(surface)));
  cairo_surface_destroy(surface);
  return 0;
}

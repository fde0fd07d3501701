/* The issue 21 probe: a document shaped like boardpack's pack.pdf, drawn with the system Cairo
 * and Pango, its structure written as Cairo 1.16 tags, plus a "sidecar" (one line per structure
 * element, in the order they begin) saying what Cairo cannot: which elements are page furniture
 * (artifacts), which continue an element cut at a page break, a figure's alt text, a header
 * cell's scope, a link's description.
 *
 *   probe [--untagged] [--scale small|pack|large] [--repeat N] OUT.pdf OUT.tags
 *
 * `small`: 3 pages (cover H1, contents links, a URI link, a bullet list, a paragraph and a table
 * split across a page break with the header row repeated, a chart). `pack`: ~40 pages, 100
 * charts, 40 tables. `large`: the pack 48 times (~1,900 pages, the 500-indicator benchmark's
 * size). Prints the drawing time of each run in ms (surface creation to cairo_surface_finish).
 *
 * The page canvas here plays boardpack's `CairoPage`: `begin`/`end` are the only calls that
 * reach cairo_tag_begin/cairo_tag_end, and page furniture goes through `furniture()`, which
 * works around Cairo 1.16 marking only leaf elements (see docs/pdf.md). */
#define _POSIX_C_SOURCE 200809L
#include <cairo-pdf.h>
#include <cairo.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PAGE_W 595.28
#define PAGE_H 841.89
#define MARGIN 56.0
#define TOP 80.0
#define BOTTOM 64.0

/* ---- the page canvas: structure stack, sidecar ------------------------------------------ */

typedef struct {
  const char *type; /* a standard structure type */
  int index;        /* its position in begin order (the sidecar's line) */
  int root;         /* the element it continues, or its own index */
  char *extra;      /* the sidecar's key=value, kept for a continuation */
} Open;

static struct {
  cairo_t *cr;
  cairo_surface_t *surface;
  int tagged;
  FILE *tags;
  Open stack[64];
  int depth;
  int count; /* elements begun */
  int page;  /* 1-based */
  int pages_total;
  double y; /* the body cursor */
  int furniture;
  /* Two surfaces (--furniture-file): page furniture and other artifacts are drawn on a second
   * PDF surface, never tagged, which the pass lays under each page as an /Artifact form. */
  int split;
  cairo_t *body, *furn;
  cairo_surface_t *fsurface;
} C;

static void begin(const char *type, const char *attributes, const char *extra);
static void end(void);

/* Begins drawing an artifact of `kind` (Header, Footer, Pagination, Layout): on the furniture
 * surface, or inside a Span the pass turns into /Artifact. */
static void artifact_begin(const char *kind) {
  if (C.split) {
    C.cr = C.furn;
    return;
  }
  char extra[64];
  snprintf(extra, sizeof extra, "artifact=%s", kind);
  begin("Span", NULL, extra);
}

static void artifact_end(void) {
  if (C.split) C.cr = C.body;
  else end();
}

/* Content-bearing types: Cairo 1.16 marks an element's own drawing only while it has no child
 * element on the page, so these must never get one (the page furniture included). */
static int bears_content(const char *type) {
  static const char *types[] = {"P",  "H1", "H2",  "H3",   "H4",     "H5",   "H6",
                                "TD", "TH", "Lbl", "LBody", "Figure", "Link", "Span", NULL};
  for (const char **t = types; *t; t++)
    if (!strcmp(*t, type)) return 1;
  return 0;
}

/* Writes `s` to the sidecar with tab, newline and backslash escaped. */
static void put_escaped(const char *s) {
  for (; *s; s++) {
    if (*s == '\\') fputs("\\\\", C.tags);
    else if (*s == '\t') fputs("\\t", C.tags);
    else if (*s == '\n') fputs("\\n", C.tags);
    else fputc(*s, C.tags);
  }
}

/* Begins a structure element of `type`; `attributes` go to Cairo (link targets), `extra`
 * ("alt=…", "scope=Column", "contents=…", "artifact=Header") to the sidecar. */
static void begin_as(const char *type, const char *attributes, const char *extra, int root) {
  if (!C.tagged) return;
  Open *o = &C.stack[C.depth++];
  o->type = type;
  o->index = C.count++;
  o->root = root < 0 ? o->index : root;
  o->extra = extra ? strdup(extra) : NULL;
  cairo_tag_begin(C.cr, type, attributes);
  fprintf(C.tags, "E\t%d\t%s", o->index, type);
  if (o->root != o->index) fprintf(C.tags, "\tcontinues=%d", o->root);
  if (extra) {
    fputc('\t', C.tags);
    put_escaped(extra);
  }
  fputc('\n', C.tags);
}

static void begin(const char *type, const char *attributes, const char *extra) {
  begin_as(type, attributes, extra, -1);
}

static void end(void) {
  if (!C.tagged) return;
  Open *o = &C.stack[--C.depth];
  cairo_tag_end(C.cr, o->type);
  free(o->extra);
}

/* Link attributes are kept for a continuation too. */
static char *link_attributes[64];

/* ---- drawing primitives ------------------------------------------------------------------ */

static PangoLayout *set_text(const char *markup, double width, double size, int bold) {
  PangoLayout *layout = pango_cairo_create_layout(C.cr);
  PangoFontDescription *font = pango_font_description_from_string("Liberation Sans");
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  pango_layout_set_width(layout, (int)(width * PANGO_SCALE));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD);
  pango_layout_set_markup(layout, markup, -1);
  return layout;
}

static double text_height(PangoLayout *layout) {
  int w, h;
  pango_layout_get_size(layout, &w, &h);
  return h / (double)PANGO_SCALE;
}

static void draw_layout(PangoLayout *layout, double x, double y, double grey) {
  cairo_set_source_rgb(C.cr, grey, grey, grey);
  cairo_move_to(C.cr, x, y);
  pango_cairo_show_layout(C.cr, layout);
}

static void text_at(const char *markup, double x, double y, double width, double size, int bold) {
  PangoLayout *layout = set_text(markup, width, size, bold);
  draw_layout(layout, x, y, 0.1);
  g_object_unref(layout);
}

static void rule(double x0, double x1, double y, double width) {
  cairo_set_source_rgb(C.cr, 0.6, 0.6, 0.6);
  cairo_set_line_width(C.cr, width);
  cairo_move_to(C.cr, x0, y);
  cairo_line_to(C.cr, x1, y);
  cairo_stroke(C.cr);
}

/* ---- pages and furniture ----------------------------------------------------------------- */

/* Ends the content-bearing elements still open (a paragraph split across a page break) into
 * `saved`, innermost first; returns how many. */
static int suspend(Open *saved) {
  int suspended = 0;
  while (C.tagged && C.depth > 0 && bears_content(C.stack[C.depth - 1].type)) {
    Open *o = &C.stack[C.depth - 1];
    saved[suspended] = *o;
    saved[suspended].extra = o->extra ? strdup(o->extra) : NULL;
    suspended++;
    end();
  }
  return suspended;
}

/* Begins again, as continuations, the elements `suspend` ended. */
static void resume(Open *saved, int suspended) {
  while (suspended > 0) {
    Open *o = &saved[--suspended];
    const char *attributes = NULL;
    if (!strcmp(o->type, "Link")) attributes = link_attributes[C.depth];
    begin_as(o->type, attributes, o->extra, o->root);
    free(o->extra);
  }
}

/* The running header and footer of the current page, as artifacts. */
static void furniture(void) {
  if (!C.furniture) return;
  char page[64];
  artifact_begin("Header");
  text_at("Stockport Children&#8217;s Trust Board", MARGIN, 40, 360, 8, 0);
  text_at("<b>2013/14 Q4</b>", PAGE_W - MARGIN - 60, 40, 60, 8, 0);
  rule(MARGIN, PAGE_W - MARGIN, 56, 1);
  artifact_end();
  artifact_begin("Footer");
  rule(MARGIN, PAGE_W - MARGIN, PAGE_H - 46, 0.5);
  text_at("Data as at 30 April 2014", MARGIN, PAGE_H - 42, 300, 8, 0);
  snprintf(page, sizeof page, "Page %d of %d", C.page, C.pages_total);
  text_at(page, PAGE_W - MARGIN - 80, PAGE_H - 42, 80, 8, 0);
  artifact_end();
}

/* A page break. Content-bearing elements still open are ended before it and begun again, as
 * continuations, after the new page's furniture: Cairo 1.16 marks an element's own drawing only
 * while it has no child element, so the furniture must never be the child of one (and ending
 * them before cairo_show_page spares the empty sequence Cairo opens for an open tag). */
static void new_page(void) {
  Open saved[64];
  int suspended = C.split ? 0 : suspend(saved);
  cairo_show_page(C.cr);
  if (C.split) cairo_show_page(C.furn);
  C.page++;
  C.y = TOP;
  furniture();
  resume(saved, suspended);
}

/* Room for `height` points on this page, else a new page. Returns 1 when a page was started. */
static int need(double height) {
  if (C.y + height <= PAGE_H - BOTTOM) return 0;
  new_page();
  return 1;
}

/* ---- blocks ------------------------------------------------------------------------------- */

static void heading(int level, const char *text, const char *anchor) {
  static const double sizes[] = {0, 22, 15, 12};
  char type[4];
  snprintf(type, sizeof type, "H%d", level);
  PangoLayout *layout = set_text(text, PAGE_W - 2 * MARGIN, sizes[level], 1);
  double h = text_height(layout);
  need(h + 100); /* keep with what follows */
  C.y += 8;
  begin(type, NULL, NULL);
  if (anchor && C.tagged) {
    char attributes[128];
    snprintf(attributes, sizeof attributes, "name='%s'", anchor);
    cairo_tag_begin(C.cr, CAIRO_TAG_DEST, attributes);
  }
  draw_layout(layout, MARGIN, C.y, 0.05);
  if (anchor && C.tagged) cairo_tag_end(C.cr, CAIRO_TAG_DEST);
  end();
  C.y += h + 6;
  g_object_unref(layout);
}

/* A paragraph drawn line by line, as boardpack's slices are: it may break between lines. */
static void paragraph(const char *markup, double indent) {
  PangoLayout *layout = set_text(markup, PAGE_W - 2 * MARGIN - indent, 10, 0);
  begin("P", NULL, NULL);
  PangoLayoutIter *iter = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(iter, NULL, &logical);
    double h = logical.height / (double)PANGO_SCALE;
    need(h);
    int baseline = pango_layout_iter_get_baseline(iter);
    PangoLayoutLine *line = pango_layout_iter_get_line_readonly(iter);
    cairo_set_source_rgb(C.cr, 0.1, 0.1, 0.1);
    cairo_move_to(C.cr, MARGIN + indent, C.y + (baseline - logical.y) / (double)PANGO_SCALE);
    pango_cairo_show_layout_line(C.cr, line);
    C.y += h;
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  end();
  C.y += 6;
  g_object_unref(layout);
}

static void bullet_list(const char **items, int count) {
  begin("L", NULL, NULL);
  for (int i = 0; i < count; i++) {
    PangoLayout *layout = set_text(items[i], PAGE_W - 2 * MARGIN - 16, 10, 0);
    double h = text_height(layout);
    need(h);
    begin("LI", NULL, NULL);
    begin("Lbl", NULL, NULL);
    text_at("\xE2\x80\xA2", MARGIN + 4, C.y, 10, 10, 0);
    end();
    begin("LBody", NULL, NULL);
    draw_layout(layout, MARGIN + 16, C.y, 0.1);
    end();
    end();
    C.y += h + 3;
    g_object_unref(layout);
  }
  end();
  C.y += 6;
}

/* A line chart with SPC limits: ~40 points, grid, ticks, labels — all vector, all one Figure. */
static void chart(int seed, const char *alt) {
  const double w = PAGE_W - 2 * MARGIN, h = 108;
  need(h + 8);
  C.y += 8;
  char *extra = g_strdup_printf("alt=%s", alt);
  begin("Figure", NULL, extra);
  g_free(extra);
  cairo_t *cr = C.cr;
  double x0 = MARGIN + 36, y0 = C.y + 8, pw = w - 48, ph = h - 36;
  cairo_set_source_rgb(cr, 0.97, 0.97, 0.97);
  cairo_rectangle(cr, x0, y0, pw, ph);
  cairo_fill(cr);
  cairo_set_line_width(cr, 0.5);
  for (int i = 0; i <= 4; i++) {
    double gy = y0 + ph * i / 4;
    cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
    cairo_move_to(cr, x0, gy);
    cairo_line_to(cr, x0 + pw, gy);
    cairo_stroke(cr);
    char label[16];
    snprintf(label, sizeof label, "%d", 100 - 25 * i);
    text_at(label, MARGIN, gy - 5, 30, 8.25, 0);
  }
  for (int i = 0; i < 10; i++) {
    char label[32];
    snprintf(label, sizeof label, "%02d/%02d", 4 + i, 5 + i);
    text_at(label, x0 + pw * i / 10, y0 + ph + 4, 40, 8.25, 0);
  }
  double dash[] = {3, 2};
  cairo_set_dash(cr, dash, 2, 0);
  cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
  for (int k = 0; k < 2; k++) {
    cairo_move_to(cr, x0, y0 + ph * (0.2 + 0.6 * k));
    cairo_line_to(cr, x0 + pw, y0 + ph * (0.2 + 0.6 * k));
    cairo_stroke(cr);
  }
  cairo_set_dash(cr, NULL, 0, 0);
  cairo_set_source_rgb(cr, 0.0, 0.37, 0.6);
  cairo_set_line_width(cr, 1.5);
  for (int i = 0; i < 40; i++) {
    double v = 0.5 + 0.3 * sin((i + seed) * 0.4) * cos((i * seed) * 0.05);
    double px = x0 + pw * i / 39, py = y0 + ph * (1 - v);
    if (i == 0) cairo_move_to(cr, px, py);
    else cairo_line_to(cr, px, py);
  }
  cairo_stroke(cr);
  for (int i = 0; i < 40; i++) {
    double v = 0.5 + 0.3 * sin((i + seed) * 0.4) * cos((i * seed) * 0.05);
    cairo_arc(cr, x0 + pw * i / 39, y0 + ph * (1 - v), 2, 0, 2 * G_PI);
    cairo_fill(cr);
  }
  end();
  C.y += h;
}

static const char *columns[] = {"Period", "Stockport", "Statistical neighbours", "England"};

static void table_header(int repeated) {
  const double w = PAGE_W - 2 * MARGIN, h = 18;
  if (repeated) artifact_begin("Pagination");
  else {
    begin("THead", NULL, NULL);
    begin("TR", NULL, NULL);
    artifact_begin("Layout");
  }
  cairo_set_source_rgb(C.cr, 0.9, 0.93, 0.96);
  cairo_rectangle(C.cr, MARGIN, C.y, w, h);
  cairo_fill(C.cr);
  if (!repeated) artifact_end();
  for (int c = 0; c < 4; c++) {
    if (!repeated) begin("TH", NULL, "scope=Column");
    text_at(columns[c], MARGIN + 4 + c * w / 4, C.y + 3, w / 4 - 8, 9, 1);
    if (!repeated) end();
  }
  if (!repeated) {
    end(); /* TR */
    end(); /* THead */
  } else artifact_end();
  C.y += h;
}

/* A table of `rows` rows that breaks between rows, repeating its header row as an artifact. */
static void table(int rows, int seed) {
  const double w = PAGE_W - 2 * MARGIN, h = 16;
  need(18 + 3 * h + 10);
  C.y += 10;
  begin("Table", NULL, NULL);
  table_header(0);
  begin("TBody", NULL, NULL);
  for (int r = 0; r < rows; r++) {
    if (need(h)) table_header(1);
    begin("TR", NULL, NULL);
    for (int c = 0; c < 4; c++) {
      char cell[32];
      if (c == 0) snprintf(cell, sizeof cell, "20%02d/%02d Q%d", 4 + r / 4, 5 + r / 4, 1 + r % 4);
      else snprintf(cell, sizeof cell, "%.1f", 40 + 10 * sin(r * 0.3 + c + seed));
      begin(c == 0 ? "TH" : "TD", NULL, c == 0 ? "scope=Row" : NULL);
      text_at(cell, MARGIN + 4 + c * w / 4, C.y + 2, w / 4 - 8, 9, 0);
      end();
    }
    artifact_begin("Layout");
    rule(MARGIN, MARGIN + w, C.y + h, 0.4);
    artifact_end();
    end(); /* TR */
    C.y += h;
  }
  end(); /* TBody */
  end(); /* Table */
  C.y += 8;
}

/* A contents line: a paragraph holding one link to `anchor`. */
static void contents_line(const char *title, const char *anchor, int page) {
  char attributes[128], extra[256], markup[256];
  snprintf(attributes, sizeof attributes, "dest='%s'", anchor);
  snprintf(extra, sizeof extra, "contents=Go to %s, page %d", title, page);
  snprintf(markup, sizeof markup, "%s", title);
  need(14);
  begin("P", NULL, NULL);
  link_attributes[C.depth] = attributes;
  begin("Link", attributes, extra);
  text_at(markup, MARGIN + 8, C.y, 380, 10, 0);
  char number[16];
  snprintf(number, sizeof number, "%d", page);
  text_at(number, PAGE_W - MARGIN - 20, C.y, 20, 10, 0);
  end();
  link_attributes[C.depth] = NULL;
  end();
  C.y += 14;
}

static const char *lorem =
    "The proportion of children who became the subject of a child protection plan for a second "
    "or subsequent time rose this quarter, above the target of 12% and the rate of our "
    "statistical neighbours. The service has reviewed every case closed in the last two years "
    "and found that most were closed after a step-down to early help; the review's actions are "
    "listed below and the owner will report on them at the next meeting. Commentary from the "
    "owner follows the chart, and the data table gives every quarter since 2004/05.";

/* ---- the documents ------------------------------------------------------------------------ */

static void small_document(void) {
  C.pages_total = 3;
  furniture();
  C.y = TOP + 20;
  heading(1, "Stockport Children&#8217;s Trust Board: performance pack 2013/14 Q4", NULL);
  paragraph("Children&#8217;s Trust Board, meeting of 17 June 2014.", 0);
  heading(2, "Contents", NULL);
  contents_line("Summary", "summary", 1);
  contents_line("Exceptions", "exceptions", 2);
  contents_line("Second child protection plans", "cp-repeat", 2);
  heading(2, "Summary", "summary");
  paragraph("Three measures are exceptions this quarter:", 0);
  const char *items[] = {"Second child protection plans: above target and rising.",
                         "Looked-after children placed out of area: above target.",
                         "Ready to learn at five: below England for the third quarter."};
  bullet_list(items, 3);
  /* A paragraph with a link inside: its own text goes in Span children, since Cairo 1.16
   * leaves the drawing of an element with children unmarked. */
  need(14);
  begin("P", NULL, NULL);
  begin("Span", NULL, NULL);
  text_at("Figures for England come from", MARGIN, C.y, 160, 10, 0);
  end();
  static char uri_attributes[] = "uri='https://fingertips.phe.org.uk/'";
  link_attributes[C.depth] = uri_attributes;
  begin("Link", uri_attributes, "contents=Public Health England Fingertips (external site)");
  text_at("Fingertips", MARGIN + 146, C.y, 80, 10, 0);
  end();
  link_attributes[C.depth] = NULL;
  begin("Span", NULL, NULL);
  text_at(".", MARGIN + 196, C.y, 10, 10, 0);
  end();
  end();
  C.y += 14;
  paragraph(lorem, 0);
  paragraph(lorem, 0);
  /* Page 1 ends inside this paragraph: the furniture of page 2 suspends it. */
  C.y = PAGE_H - BOTTOM - 40;
  paragraph(lorem, 0);
  heading(2, "Exceptions", "exceptions");
  heading(3, "Second child protection plans", "cp-repeat");
  paragraph(lorem, 0);
  chart(3,
        "Trend chart: second child protection plans, 2004/05 Q1 to 2013/14 Q4. The latest value, "
        "16.2%, is above the target of 12% and above the upper process limit.");
  C.y = PAGE_H - BOTTOM - 220;
  table(20, 1); /* splits across pages 2 and 3 */
  paragraph("The full commentary is in the board pack.", 0);
}

static void pack_document(int copies) {
  /* 20 sections × (H2, 2 paragraphs, a list, 5 indicators with a chart, 2 tables) per copy:
   * 100 figures and 40 tables, about 40 pages. */
  C.pages_total = copies == 1 ? 41 : 1921; /* as drawn: the footer's "of N" */
  furniture();
  C.y = TOP + 20;
  heading(1, "Stockport Children&#8217;s Trust Board: performance pack 2013/14 Q4", NULL);
  heading(2, "Contents", NULL);
  for (int s = 0; s < 20; s++) {
    char title[64], anchor[32];
    snprintf(title, sizeof title, "Theme %d", s + 1);
    snprintf(anchor, sizeof anchor, "theme-%d", s + 1);
    contents_line(title, anchor, 2 + 2 * s);
  }
  const char *items[] = {"Above target and rising.", "Below England for a third quarter.",
                         "Special cause: a shift of seven points above the mean."};
  for (int copy = 0; copy < copies; copy++) {
    for (int s = 0; s < 20; s++) {
      char title[64], anchor[48], alt[256];
      snprintf(title, sizeof title, "Theme %d", s + 1);
      if (copy == 0) snprintf(anchor, sizeof anchor, "theme-%d", s + 1);
      heading(2, title, copy == 0 ? anchor : NULL);
      paragraph(lorem, 0);
      bullet_list(items, 3);
      for (int i = 0; i < 5; i++) {
        snprintf(title, sizeof title, "Indicator %d.%d", s + 1, i + 1);
        heading(3, title, NULL);
        paragraph("Latest 16.2% (2013/14 Q4), target 12%: <b>off target</b>, worsening.", 0);
        snprintf(alt, sizeof alt,
                 "Trend chart: indicator %d.%d, 2004/05 Q1 to 2013/14 Q4; latest 16.2%%, above "
                 "the target of 12%%.",
                 s + 1, i + 1);
        chart(s * 5 + i, alt);
        if (i == 1 || i == 3) table(10, s + i);
      }
    }
  }
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  const char *scale = "small", *furniture_path = NULL;
  int repeat = 1, tagged = 1, arg = 1;
  for (; arg < argc && argv[arg][0] == '-'; arg++) {
    if (!strcmp(argv[arg], "--untagged")) tagged = 0;
    else if (!strcmp(argv[arg], "--scale") && arg + 1 < argc) scale = argv[++arg];
    else if (!strcmp(argv[arg], "--repeat") && arg + 1 < argc) repeat = atoi(argv[++arg]);
    else if (!strcmp(argv[arg], "--furniture-file") && arg + 1 < argc)
      furniture_path = argv[++arg];
    else break;
  }
  if (argc - arg != 2) {
    fprintf(stderr, "usage: probe [--untagged] [--furniture-file F.pdf] [--scale small|pack|large] "
                    "[--repeat N] OUT.pdf OUT.tags\n");
    return 2;
  }
  const char *out = argv[arg], *tags_path = argv[arg + 1];
  for (int run = 0; run < repeat; run++) {
    memset(&C, 0, sizeof C);
    C.tagged = tagged;
    C.furniture = 1;
    C.page = 1;
    C.tags = fopen(tags_path, "w");
    if (!C.tags) {
      perror(tags_path);
      return 1;
    }
    double start = now_ms();
    C.surface = cairo_pdf_surface_create(out, PAGE_W, PAGE_H);
    cairo_pdf_surface_set_metadata(C.surface, CAIRO_PDF_METADATA_TITLE,
                                   "Stockport Children\xE2\x80\x99s Trust Board: performance "
                                   "pack 2013/14 Q4");
    cairo_pdf_surface_set_metadata(C.surface, CAIRO_PDF_METADATA_AUTHOR, "Stockport Council");
    cairo_pdf_surface_set_metadata(C.surface, CAIRO_PDF_METADATA_CREATOR, "boardpack");
    cairo_pdf_surface_set_metadata(C.surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                   "2014-03-31T00:00:00Z");
    cairo_pdf_surface_set_metadata(C.surface, CAIRO_PDF_METADATA_MOD_DATE,
                                   "2014-03-31T00:00:00Z");
    C.cr = C.body = cairo_create(C.surface);
    if (furniture_path && tagged) {
      C.split = 1;
      C.fsurface = cairo_pdf_surface_create(furniture_path, PAGE_W, PAGE_H);
      C.furn = cairo_create(C.fsurface);
    }
    fprintf(C.tags, "title\tStockport Children\xE2\x80\x99s Trust Board: performance pack "
                    "2013/14 Q4\nlang\ten-GB\nauthor\tStockport Council\n");
    begin("Document", NULL, NULL);
    if (!strcmp(scale, "small")) small_document();
    else if (!strcmp(scale, "pack")) pack_document(1);
    else if (!strcmp(scale, "large")) pack_document(48);
    else {
      fprintf(stderr, "probe: unknown scale %s\n", scale);
      return 2;
    }
    end();
    cairo_status_t drawing = cairo_status(C.body);
    cairo_destroy(C.body);
    cairo_surface_finish(C.surface);
    cairo_status_t status = cairo_surface_status(C.surface);
    cairo_surface_destroy(C.surface);
    if (C.split) {
      if (drawing == CAIRO_STATUS_SUCCESS) drawing = cairo_status(C.furn);
      cairo_destroy(C.furn);
      cairo_surface_finish(C.fsurface);
      if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(C.fsurface);
      cairo_surface_destroy(C.fsurface);
    }
    double elapsed = now_ms() - start;
    fclose(C.tags);
    if (drawing != CAIRO_STATUS_SUCCESS || status != CAIRO_STATUS_SUCCESS) {
      fprintf(stderr, "probe: cairo: %s / %s\n", cairo_status_to_string(drawing),
              cairo_status_to_string(status));
      return 1;
    }
    printf("draw %s %s: %.1f ms, %d pages, %d elements\n", scale,
           !tagged ? "untagged" : C.split ? "tagged, two surfaces" : "tagged", elapsed, C.page,
           C.count);
  }
  return 0;
}

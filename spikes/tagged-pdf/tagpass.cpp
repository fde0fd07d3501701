// The completion pass (see tagpass.h): libqpdf's C++ API behind a C function.
#include "tagpass.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <libdeflate.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// One structure element of the tree, in pre-order, with its parent (a StructElem or the
// StructTreeRoot).
struct Node {
  QPDFObjectHandle element;  // (the splice writer's scan leaves it unset until needed)
  QPDFObjectHandle parent;
  QPDFObjGen og;
};

bool isStructElem(QPDFObjectHandle object) {
  if (!object.isDictionary() || !object.hasKey("/S")) return false;
  QPDFObjectHandle type = object.getKey("/Type");
  return !(type.isName() && (type.getName() == "/MCR" || type.getName() == "/OBJR"));
}

void collect(QPDFObjectHandle kids, QPDFObjectHandle const &parent, std::vector<Node> &out) {
  if (kids.isArray()) {
    for (auto &kid : kids.aitems()) collect(kid, parent, out);
  } else if (isStructElem(kids)) {
    out.push_back({kids, parent, kids.getObjGen()});
    collect(kids.getKey("/K"), kids, out);
  }
}

// The items of an element's /K as a list.
std::vector<QPDFObjectHandle> kidsOf(QPDFObjectHandle element) {
  QPDFObjectHandle k = element.getKey("/K");
  if (k.isArray()) return k.getArrayAsVector();
  if (k.isNull()) return {};
  return {k};
}

// The ParentTree: per page (by its /StructParents key) the array indexed by MCID, and per
// annotation (by its /StructParent key) the element.
class ParentTree {
 public:
  ParentTree(QPDF &pdf, QPDFObjectHandle root, std::set<QPDFObjGen> &dirty)
      : root_(root), helper_(root, pdf), dirty_(dirty) {
    if (root.hasKey("/Kids")) throw Failure("a ParentTree with /Kids is not Cairo's");
  }

  void setMarked(long long key, int mcid, QPDFObjectHandle const &value) {
    QPDFObjectHandle array;
    if (!helper_.findObject(key, array) || !array.isArray() || mcid >= array.getArrayNItems())
      throw Failure("ParentTree has no entry for MCID " + std::to_string(mcid) + " under key " +
                    std::to_string(key));
    array.setArrayItem(mcid, value);
    dirty_.insert(array.isIndirect() ? array.getObjGen() : root_.getObjGen());
  }

  void setObject(long long key, QPDFObjectHandle const &value) {
    helper_.insert(key, value);
    dirty_.insert(root_.getObjGen());
  }

  long long nextKey() {
    long long next = 0;
    for (auto &entry : helper_) next = std::max(next, entry.first + 1);
    return next;
  }

 private:
  QPDFObjectHandle root_;
  QPDFNumberTreeObjectHelper helper_;
  std::set<QPDFObjGen> &dirty_;
};

// Turns the marked-content sequences of artifact MCIDs into /Artifact sequences. Cairo 1.16
// marks only leaf elements, so sequences never nest; the operands of each operator are held
// until the operator, and written unchanged unless it is the BDC of an artifact MCID.
class ArtifactFilter : public QPDFObjectHandle::TokenFilter {
 public:
  explicit ArtifactFilter(std::map<int, std::string> artifacts)
      : artifacts_(std::move(artifacts)) {}

  void handleToken(QPDFTokenizer::Token const &token) override {
    auto type = token.getType();
    if (type == QPDFTokenizer::tt_word) {
      if (token.getValue() == "BDC") {
        int mcid = mcidOf();
        auto found = artifacts_.find(mcid);
        if (found != artifacts_.end()) {
          write(found->second);
          write(" BDC");
          pending_.clear();
          replaced_++;
          return;
        }
      }
      flush();
      writeToken(token);
    } else if (pending_.empty() && type != QPDFTokenizer::tt_name) {
      writeToken(token);  // nothing that can start a BDC's operands is held
    } else {
      pending_.push_back(token);
    }
  }

  void handleEOF() override {
    flush();
    if (replaced_ != artifacts_.size())
      throw Failure("artifact marked content: found " + std::to_string(replaced_) + " of " +
                    std::to_string(artifacts_.size()));
    replaced_ = 0;
  }

 private:
  // The MCID of pending operands "/Tag << /MCID n >>", or -1.
  int mcidOf() const {
    std::vector<QPDFTokenizer::Token const *> words;
    for (auto &token : pending_)
      if (token.getType() != QPDFTokenizer::tt_space) words.push_back(&token);
    if (words.size() == 5 && words[0]->getType() == QPDFTokenizer::tt_name &&
        words[1]->getType() == QPDFTokenizer::tt_dict_open && words[2]->getValue() == "/MCID" &&
        words[3]->getType() == QPDFTokenizer::tt_integer &&
        words[4]->getType() == QPDFTokenizer::tt_dict_close)
      return std::atoi(words[3]->getValue().c_str());
    return -1;
  }

  void flush() {
    for (auto &token : pending_) writeToken(token);
    pending_.clear();
  }

  std::map<int, std::string> artifacts_;
  std::vector<QPDFTokenizer::Token> pending_;
  size_t replaced_ = 0;
};

// What the pass changed, for the splice writer: objects to write anew, objects to drop, and
// page content streams with their new (decoded) data.
struct Edits {
  bool splice = false;
  std::set<QPDFObjGen> dirty;
  std::set<QPDFObjGen> freed;
  std::map<QPDFObjGen, std::string> content;
  // New objects written by the splice writer itself (qpdf 11.3's QPDF::newStream resolves every
  // object of the file once, in fixDanglingReferences): number -> "<< … >>\nstream…" body.
  std::map<int, std::string> created;
  int nextNumber = 0;
  // Entries added to an object's text as it is written: references to `created` objects, which
  // qpdf would take for null.
  std::map<QPDFObjGen, std::string> extraKeys;
  // Entries inserted after the opening "<<" of an object copied from Cairo's file, which qpdf
  // never parses: /Alt on a figure, /A on a header cell, /Contents on a link annotation.
  std::map<QPDFObjGen, std::string> inserted;
  // Objects whose whole text the pass wrote (a page with its furniture, its resources).
  std::map<QPDFObjGen, std::string> replaced;
  void touch(QPDFObjectHandle const &object) {
    if (object.isIndirect()) dirty.insert(object.getObjGen());
  }
};

std::string artifactOperands(std::string const &kind) {
  if (kind == "Header" || kind == "Footer")
    return "/Artifact <</Type /Pagination /Subtype /" + kind + ">>";
  if (kind == "Pagination") return "/Artifact <</Type /Pagination>>";
  if (kind == "Layout") return "/Artifact <</Type /Layout>>";
  throw Failure("unknown artifact kind " + kind);
}

std::string xmlEscaped(std::string const &text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// "D:20140331000000Z" (or Cairo 1.16's form without "D:") as "2014-03-31T00:00:00Z".
std::string isoDate(std::string pdfDate) {
  if (pdfDate.rfind("D:", 0) == 0) pdfDate = pdfDate.substr(2);
  if (pdfDate.size() < 14) return "";
  std::string iso = pdfDate.substr(0, 4) + "-" + pdfDate.substr(4, 2) + "-" +
                    pdfDate.substr(6, 2) + "T" + pdfDate.substr(8, 2) + ":" +
                    pdfDate.substr(10, 2) + ":" + pdfDate.substr(12, 2);
  std::string zone = pdfDate.substr(14);
  if (zone.empty() || zone[0] == 'Z') return iso + "Z";
  if (zone.size() >= 3) {
    std::string minutes = zone.size() >= 6 ? zone.substr(4, 2) : "00";
    return iso + zone.substr(0, 3) + ":" + minutes;
  }
  return iso + "Z";
}

std::string xmp(std::string const &title, std::string const &author, std::string const &lang,
                std::string const &producer, std::string const &creatorTool,
                std::string const &created, std::string const &modified) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
      "   <dc:format>application/pdf</dc:format>\n"
      "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
      xmlEscaped(title) + "</rdf:li></rdf:Alt></dc:title>\n";
  if (!author.empty())
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  x += "   <dc:language><rdf:Bag><rdf:li>" + xmlEscaped(lang) + "</rdf:li></rdf:Bag></dc:language>\n";
  x += "   <pdf:Producer>" + xmlEscaped(producer) + "</pdf:Producer>\n";
  if (!creatorTool.empty())
    x += "   <xmp:CreatorTool>" + xmlEscaped(creatorTool) + "</xmp:CreatorTool>\n";
  if (!created.empty()) x += "   <xmp:CreateDate>" + created + "</xmp:CreateDate>\n";
  if (!modified.empty()) x += "   <xmp:ModifyDate>" + modified + "</xmp:ModifyDate>\n";
  x += "   <pdfuaid:part>1</pdfuaid:part>\n"
       "  </rdf:Description>\n"
       " </rdf:RDF>\n"
       "</x:xmpmeta>\n"
       "<?xpacket end=\"w\"?>";
  return x;
}

std::string stringOr(QPDFObjectHandle object, std::string const &fallback) {
  return object.isString() ? object.getUTF8Value() : fallback;
}

// The struct elements of Cairo's file in object-number order, which is the order they began
// (Cairo 1.16 numbers an element when it begins), found by reading each object's first bytes
// rather than parsing the whole tree: "<< /Type /StructElem\n   /S /P".
std::vector<std::pair<QPDFObjGen, std::string>> scanStructElems(QPDF &pdf, std::string_view file) {
  std::vector<std::pair<QPDFObjGen, std::string>> out;
  for (auto &[og, entry] : pdf.getXRefTable()) {
    if (entry.getType() != 1) throw Failure("an object stream: not Cairo's file layout");
    std::string_view rest = file.substr((size_t)entry.getOffset(), 96);
    auto at = rest.find("obj");
    if (at == std::string_view::npos) continue;
    rest = rest.substr(at + 3);
    auto start = rest.find_first_not_of(" \r\n");
    if (start == std::string_view::npos || rest.substr(start, 20) != "<< /Type /StructElem") continue;
    rest = rest.substr(start + 20);
    auto s = rest.find("/S /");
    if (s == std::string_view::npos) throw Failure("a struct element with no /S near its start");
    auto end = rest.find_first_of(" \r\n/", s + 4);
    out.push_back({og, std::string(rest.substr(s + 4, end - s - 4))});
  }
  return out;  // the map is ordered by object number
}

// "/Name << /MCID n >> BDC" at `at` (a '/'): the MCID and where the operator ends, or -1.
int matchBDC(std::string const &in, size_t at, size_t &end) {
  size_t i = at + 1, n = in.size();
  auto ws = [&] { while (i < n && (in[i] == ' ' || in[i] == '\n' || in[i] == '\r')) i++; };
  auto lit = [&](char const *word) {
    size_t len = std::strlen(word);
    if (in.compare(i, len, word) != 0) return false;
    i += len;
    return true;
  };
  while (i < n && !std::strchr(" \r\n\t/<>[]()%{}", in[i])) i++;
  ws();
  if (!lit("<<")) return -1;
  ws();
  if (!lit("/MCID")) return -1;
  ws();
  size_t digits = i;
  while (i < n && in[i] >= '0' && in[i] <= '9') i++;
  if (i == digits) return -1;
  int mcid = std::atoi(in.c_str() + digits);
  ws();
  if (!lit(">>")) return -1;
  ws();
  if (!lit("BDC")) return -1;
  end = i;
  return mcid;
}

// The same rewrite as ArtifactFilter on decoded content, in one pass over the bytes that steps
// over strings and comments; stops at an inline image (Cairo draws images as XObjects).
std::string rewriteArtifacts(std::string const &in, std::map<int, std::string> const &artifacts) {
  std::string out;
  out.reserve(in.size() + 32 * artifacts.size());
  size_t i = 0, run = 0, n = in.size(), replaced = 0;
  while (i < n) {
    char c = in[i];
    if (c == '(') {
      int depth = 1;
      for (i++; i < n && depth > 0; i++) {
        if (in[i] == '\\') i++;
        else if (in[i] == '(') depth++;
        else if (in[i] == ')') depth--;
      }
    } else if (c == '<' && i + 1 < n && in[i + 1] != '<') {
      i = in.find('>', i);
      i = i == std::string::npos ? n : i + 1;
    } else if (c == '<') {
      i += 2;
    } else if (c == '%') {
      i = in.find('\n', i);
      if (i == std::string::npos) i = n;
    } else if (c == '/') {
      size_t end;
      int mcid = matchBDC(in, i, end);
      auto found = mcid < 0 ? artifacts.end() : artifacts.find(mcid);
      if (found != artifacts.end()) {
        out.append(in, run, i - run);
        out += found->second;
        out += " BDC";
        i = run = end;
        replaced++;
      } else {
        i++;
      }
    } else if (c == 'B' && i + 2 < n && in[i + 1] == 'I' &&
               (i == 0 || std::strchr(" \r\n", in[i - 1])) && std::strchr(" \r\n", in[i + 2])) {
      throw Failure("an inline image in page content");
    } else {
      i++;
    }
  }
  out.append(in, run, n - run);
  if (replaced != artifacts.size())
    throw Failure("artifact marked content: found " + std::to_string(replaced) + " of " +
                  std::to_string(artifacts.size()));
  return out;
}

void complete(QPDF &pdf, std::string_view file, bp_document const &document,
              bp_element const *elements, size_t count, Edits &edits) {
  bool timing = std::getenv("BP_TAGPASS_TIMING") != nullptr;
  auto t0 = std::chrono::steady_clock::now();
  auto lap = [&](char const *what) {
    if (!timing) return;
    auto t = std::chrono::steady_clock::now();
    std::fprintf(stderr, "    %s %.1f ms\n", what,
                 std::chrono::duration<double, std::milli>(t - t0).count());
    t0 = t;
  };
  QPDFObjectHandle root = pdf.getRoot();
  QPDFObjectHandle treeRoot = root.getKey("/StructTreeRoot");
  if (!treeRoot.isDictionary()) throw Failure("no /StructTreeRoot: was the document tagged?");

  // The tree must hold exactly the elements described, in order.
  std::vector<Node> nodes;
  if (edits.splice) {
    auto scanned = scanStructElems(pdf, file);
    lap("raw scan");
    for (auto &[og, type] : scanned) {
      if (nodes.size() < count && type != elements[nodes.size()].type)
        throw Failure("element " + std::to_string(nodes.size()) + " is /" + type +
                      ", described as " + elements[nodes.size()].type);
      nodes.push_back({QPDFObjectHandle(), QPDFObjectHandle(), og});
    }
  } else {
    collect(treeRoot.getKey("/K"), treeRoot, nodes);
  }
  auto element = [&](size_t i) {
    if (!nodes[i].element.isInitialized()) nodes[i].element = pdf.getObject(nodes[i].og);
    return nodes[i].element;
  };
  if (nodes.size() != count)
    throw Failure("the structure tree holds " + std::to_string(nodes.size()) +
                  " elements, the description " + std::to_string(count));
  for (size_t i = 0; i < count && !edits.splice; i++) {  // (the raw scan checked the types)
    std::string type = nodes[i].element.getKey("/S").getName();
    if (type != std::string("/") + elements[i].type)
      throw Failure("element " + std::to_string(i) + " is " + type + ", described as " +
                    elements[i].type);
  }

  lap("elements found");
  // Pages by object, with their /StructParents keys.
  std::map<QPDFObjGen, long long> structParents;
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
  for (auto &page : pages) {
    QPDFObjectHandle key = page.getObjectHandle().getKey("/StructParents");
    if (key.isInteger()) structParents[page.getObjectHandle().getObjGen()] = key.getIntValue();
  }
  ParentTree parentTree(pdf, treeRoot.getKey("/ParentTree"), edits.dirty);
  auto pageKey = [&](QPDFObjectHandle const &page) {
    auto found = structParents.find(page.getObjGen());
    if (found == structParents.end()) throw Failure("marked content on a page with no key");
    return found->second;
  };

  std::set<QPDFObjGen> removed;
  std::map<QPDFObjGen, std::map<int, std::string>> artifacts;  // page → MCID → operands

  // Continuations: move the kids into the element continued, repoint their ParentTree entries.
  for (size_t i = 0; i < count; i++) {
    if (elements[i].continues < 0) continue;
    size_t into = (size_t)elements[i].continues;
    if (into >= i || elements[into].continues >= 0 || std::strcmp(elements[into].type,
                                                                  elements[i].type) != 0)
      throw Failure("element " + std::to_string(i) + " continues a wrong element");
    QPDFObjectHandle from = element(i), to = element(into);
    QPDFObjectHandle page = from.getKey("/Pg");
    std::vector<QPDFObjectHandle> moved;
    for (auto &kid : kidsOf(from)) {
      if (kid.isInteger()) {
        int mcid = kid.getIntValueAsInt();
        parentTree.setMarked(pageKey(page), mcid, to);
        QPDFObjectHandle mcr = QPDFObjectHandle::newDictionary();
        mcr.replaceKey("/Type", QPDFObjectHandle::newName("/MCR"));
        mcr.replaceKey("/Pg", page);
        mcr.replaceKey("/MCID", kid);
        moved.push_back(mcr);
      } else if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/MCR")) {
        QPDFObjectHandle mcrPage = kid.hasKey("/Pg") ? kid.getKey("/Pg") : page;
        parentTree.setMarked(pageKey(mcrPage), kid.getKey("/MCID").getIntValueAsInt(), to);
        if (!kid.hasKey("/Pg")) kid.replaceKey("/Pg", page);
        moved.push_back(kid);
      } else if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/OBJR")) {
        QPDFObjectHandle annotation = kid.getKey("/Obj");
        parentTree.setObject(annotation.getKey("/StructParent").getIntValue(), to);
        if (!kid.hasKey("/Pg")) kid.replaceKey("/Pg", page);
        moved.push_back(kid);
      } else if (isStructElem(kid)) {
        kid.replaceKey("/P", to);
        edits.touch(kid);
        moved.push_back(kid);
      }
    }
    std::vector<QPDFObjectHandle> merged;
    QPDFObjectHandle toPage = to.getKey("/Pg");
    for (auto &kid : kidsOf(to)) merged.push_back(kid);
    for (auto &kid : moved) merged.push_back(kid);
    to.replaceKey("/K", QPDFObjectHandle::newArray(merged));
    edits.touch(to);
    removed.insert(from.getObjGen());
  }

  lap("pages, continuations");
  // Artifacts: out of the tree, their marked content to be rewritten.
  for (size_t i = 0; i < count; i++) {
    if (!elements[i].artifact) continue;
    QPDFObjectHandle artifact = element(i);
    std::string operands = artifactOperands(elements[i].artifact);
    QPDFObjectHandle page = artifact.getKey("/Pg");
    for (auto &kid : kidsOf(artifact)) {
      int mcid;
      QPDFObjectHandle mcidPage = page;
      if (kid.isInteger()) {
        mcid = kid.getIntValueAsInt();
      } else if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/MCR")) {
        mcid = kid.getKey("/MCID").getIntValueAsInt();
        if (kid.hasKey("/Pg")) mcidPage = kid.getKey("/Pg");
      } else {
        throw Failure("artifact element " + std::to_string(i) +
                      " holds an element or annotation");
      }
      parentTree.setMarked(pageKey(mcidPage), mcid, QPDFObjectHandle::newNull());
      artifacts[mcidPage.getObjGen()][mcid] = operands;
    }
    removed.insert(artifact.getObjGen());
  }

  lap("artifacts");
  // Take the removed elements out of their parents' /K.
  std::set<QPDFObjGen> parentsDone;
  // (An element's /P, not the walk's parent: a continuation's kids have moved.)
  for (size_t i = 0; i < count; i++) {
    if (!removed.count(nodes[i].og)) continue;
    QPDFObjectHandle parent = element(i).getKey("/P");
    if (!parentsDone.insert(parent.getObjGen()).second) continue;
    std::vector<QPDFObjectHandle> kept;
    for (auto &kid : kidsOf(parent))
      if (!(kid.isIndirect() && removed.count(kid.getObjGen()))) kept.push_back(kid);
    parent.replaceKey("/K", QPDFObjectHandle::newArray(kept));
    edits.touch(parent);
  }

  lap("parents");
  // What Cairo cannot write on the elements.
  for (size_t i = 0; i < count; i++) {
    if (removed.count(nodes[i].og)) continue;
    bp_element const &e = elements[i];
    std::string type = e.type;
    if (type == "Figure" && edits.splice) {
      if (!e.alt || !*e.alt) throw Failure("figure " + std::to_string(i) + " has no alt text");
      edits.inserted[nodes[i].og] =
          " /Alt " + QPDFObjectHandle::newUnicodeString(e.alt).unparse();
      continue;
    }
    if (type == "TH" && edits.splice) {
      if (!e.scope) throw Failure("header cell " + std::to_string(i) + " has no scope");
      edits.inserted[nodes[i].og] =
          std::string(" /A << /O /Table /Scope /") + e.scope + " >>";
      continue;
    }
    if (type != "Figure" && type != "TH" && type != "Link") continue;
    QPDFObjectHandle element = nodes[i].element.isInitialized() ? nodes[i].element
                                                                 : pdf.getObject(nodes[i].og);
    if (type == "Figure") {
      if (!e.alt || !*e.alt) throw Failure("figure " + std::to_string(i) + " has no alt text");
      element.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(e.alt));
      edits.touch(element);
    }
    if (type == "TH") {
      if (!e.scope) throw Failure("header cell " + std::to_string(i) + " has no scope");
      QPDFObjectHandle attributes = QPDFObjectHandle::newDictionary();
      attributes.replaceKey("/O", QPDFObjectHandle::newName("/Table"));
      attributes.replaceKey("/Scope", QPDFObjectHandle::newName(std::string("/") + e.scope));
      element.replaceKey("/A", attributes);
      edits.touch(element);
    }
    if (type == "Link") {
      if (!e.contents || !*e.contents)
        throw Failure("link " + std::to_string(i) + " has no description");
      int annotations = 0;
      for (auto &kid : kidsOf(element)) {
        if (kid.isDictionary() && kid.getKey("/Type").isNameAndEquals("/OBJR")) {
          QPDFObjectHandle description = QPDFObjectHandle::newUnicodeString(e.contents);
          QPDFObjectHandle annotation = kid.getKey("/Obj");
          if (edits.splice && !edits.dirty.count(annotation.getObjGen()))
            edits.inserted[annotation.getObjGen()] = " /Contents " + description.unparse();
          else {
            annotation.replaceKey("/Contents", description);
            edits.touch(annotation);
          }
          annotations++;
        }
      }
      if (annotations == 0) throw Failure("link " + std::to_string(i) + " has no annotation");
    }
  }

  lap("alt, scope, contents");
  // The artifacts' marked content, page by page; pages without pass through.
  for (auto &page : pages) {
    auto found = artifacts.find(page.getObjectHandle().getObjGen());
    if (found != artifacts.end() && edits.splice) {
      QPDFObjectHandle stream = page.getObjectHandle().getKey("/Contents");
      if (!stream.isStream() || !stream.isIndirect()) throw Failure("page content is not one stream");
      std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
      edits.content[stream.getObjGen()] = rewriteArtifacts(
          std::string(reinterpret_cast<char const *>(data->getBuffer()), data->getSize()),
          found->second);
    } else if (found != artifacts.end()) {
      page.addContentTokenFilter(std::make_shared<ArtifactFilter>(found->second));
    }
    if (page.getObjectHandle().hasKey("/Annots")) {
      page.getObjectHandle().replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
      edits.touch(page.getObjectHandle());
    }
  }

  lap("content");
  if (!treeRoot.hasKey("/ParentTreeNextKey"))
    treeRoot.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(parentTree.nextKey()));
  edits.touch(treeRoot);

  // Catalog.
  QPDFObjectHandle markInfo = QPDFObjectHandle::newDictionary();
  markInfo.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
  root.replaceKey("/MarkInfo", markInfo);
  root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(document.lang));
  QPDFObjectHandle viewer = QPDFObjectHandle::newDictionary();
  viewer.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
  root.replaceKey("/ViewerPreferences", viewer);
  edits.touch(root);

  // Info: the title (and author); dates in the "D:" form.
  QPDFObjectHandle trailer = pdf.getTrailer();
  QPDFObjectHandle info = trailer.getKey("/Info");
  if (!info.isDictionary()) {
    if (edits.splice) throw Failure("no Info dictionary");
    info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    trailer.replaceKey("/Info", info);
  }
  info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(document.title));
  edits.touch(info);
  if (document.author) info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(document.author));
  for (char const *key : {"/CreationDate", "/ModDate"}) {
    QPDFObjectHandle date = info.getKey(key);
    if (date.isString() && date.getUTF8Value().rfind("D:", 0) != 0)
      info.replaceKey(key, QPDFObjectHandle::newString("D:" + date.getUTF8Value()));
  }

  // XMP, with the PDF/UA identification.
  std::string packet =
      xmp(document.title, document.author ? document.author : "", document.lang,
          stringOr(info.getKey("/Producer"), "boardpack"), stringOr(info.getKey("/Creator"), ""),
          isoDate(stringOr(info.getKey("/CreationDate"), "")),
          isoDate(stringOr(info.getKey("/ModDate"), "")));
  if (edits.splice) {
    int number = edits.nextNumber++;
    edits.created[number] = "<< /Type /Metadata /Subtype /XML /Length " +
                            std::to_string(packet.size()) + " >>\nstream\n" + packet +
                            "\nendstream";
    root.removeKey("/Metadata");
    edits.extraKeys[root.getObjGen()] += " /Metadata " + std::to_string(number) + " 0 R";
  } else {
    QPDFObjectHandle metadata = QPDFObjectHandle::newStream(&pdf, packet);
    metadata.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    metadata.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    root.replaceKey("/Metadata", metadata);
  }
  edits.freed = removed;
}

// A deterministic 16-byte file identifier: two FNV-1a hashes of the bytes, in hex.
std::string fileID(std::string const &bytes) {
  uint64_t a = 1469598103934665603ull, b = 1099511628211ull * 31;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {  // eight bytes a step: it hashes the whole file
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    a = (a ^ word) * 1099511628211ull;
    b = (b ^ (word >> 7 | word << 57)) * 1099511628211ull + 7;
  }
  for (; i < bytes.size(); i++) {
    a = (a ^ (unsigned char)bytes[i]) * 1099511628211ull;
    b = (b ^ (unsigned char)bytes[i]) * 1099511628211ull + 7;
  }
  char hex[33];
  std::snprintf(hex, sizeof hex, "%016llx%016llx", (unsigned long long)a, (unsigned long long)b);
  return hex;
}

std::string deflate(std::string const &data, int level) {
  libdeflate_compressor *compressor = libdeflate_alloc_compressor(level);
  std::string out(libdeflate_zlib_compress_bound(compressor, data.size()), '\0');
  size_t size = libdeflate_zlib_compress(compressor, data.data(), data.size(), out.data(), out.size());
  libdeflate_free_compressor(compressor);
  if (size == 0) throw Failure("deflate failed");
  out.resize(size);
  return out;
}

// Serializes objects of the furniture file into the completed one, numbering each indirect
// object it reaches anew (once), and writing those into `edits.created`.
class ForeignWriter {
 public:
  explicit ForeignWriter(Edits &edits) : edits_(edits) {}

  std::string text(QPDFObjectHandle object, bool top = false) {
    if (!top && object.isIndirect()) return std::to_string(number(object)) + " 0 R";
    if (object.isArray()) {
      std::string out = "[";
      for (auto &item : object.aitems()) out += " " + text(item);
      return out + " ]";
    }
    if (object.isDictionary()) {
      std::string out = "<<";
      for (auto &key : object.getKeys())
        out += " " + QPDFObjectHandle::newName(key).unparse() + " " + text(object.getKey(key));
      return out + " >>";
    }
    return object.unparse();
  }

  std::string stream(QPDFObjectHandle stream, std::map<std::string, std::string> const &keys) {
    std::shared_ptr<Buffer> raw = stream.getRawStreamData();
    std::string out = "<<";
    QPDFObjectHandle dict = stream.getDict();
    for (auto &key : dict.getKeys())
      if (key != "/Length" && !keys.count(key))
        out += " " + QPDFObjectHandle::newName(key).unparse() + " " + text(dict.getKey(key));
    for (auto &[key, value] : keys) out += " " + key + " " + value;
    out += " /Length " + std::to_string(raw->getSize()) + " >>\nstream\n";
    out.append(reinterpret_cast<char const *>(raw->getBuffer()), raw->getSize());
    return out + "\nendstream";
  }

 private:
  int number(QPDFObjectHandle object) {
    auto found = numbers_.find(object.getObjGen());
    if (found != numbers_.end()) return found->second;
    int n = edits_.nextNumber++;
    numbers_[object.getObjGen()] = n;
    edits_.created[n] = object.isStream() ? stream(object, {}) : text(object, true);
    return n;
  }

  Edits &edits_;
  std::map<QPDFObjGen, int> numbers_;
};

// Lays page i of the furniture file under page i of the document: its content and resources
// become a form XObject, drawn first inside /Artifact BMC … EMC by a small stream put before
// the page's own content (which is not decoded, only referenced again).
void mergeFurniture(QPDF &pdf, std::string_view file, QPDF &furniture, Edits &edits) {
  std::map<QPDFObjGen, QPDFXRefEntry> xref = pdf.getXRefTable();
  // Whether an object of Cairo's file holds `key` in its first bytes (Cairo's small objects).
  auto rawHas = [&](QPDFObjGen og, std::string const &key) {
    auto entry = xref.find(og);
    if (entry == xref.end()) return true;
    std::string_view bytes = file.substr((size_t)entry->second.getOffset(), 4096);
    size_t end = bytes.find("endobj");
    if (end == std::string_view::npos) return true;  // too long to tell: parse it
    return bytes.substr(0, end).find(key) != std::string_view::npos;
  };
  std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
  std::vector<QPDFPageObjectHelper> under = QPDFPageDocumentHelper(furniture).getAllPages();
  if (pages.size() != under.size())
    throw Failure("the furniture has " + std::to_string(under.size()) + " pages, the document " +
                  std::to_string(pages.size()));
  ForeignWriter foreign(edits);
  std::set<QPDFObjGen> resourcesSeen;
  static std::string const draw = "q\n/Artifact BMC\n/BPFurniture Do\nEMC\nQ\n";
  for (size_t i = 0; i < pages.size(); i++) {
    QPDFObjectHandle page = pages[i].getObjectHandle(), source = under[i].getObjectHandle();
    QPDFObjectHandle content = source.getKey("/Contents");
    if (!content.isStream()) throw Failure("furniture page content is not one stream");
    int form = edits.nextNumber++;
    edits.created[form] = foreign.stream(
        content, {{"/Type", "/XObject"},
                  {"/Subtype", "/Form"},
                  {"/BBox", foreign.text(source.getKey("/MediaBox"))},
                  {"/Resources", foreign.text(source.getKey("/Resources"))}});
    int drawing = edits.nextNumber++;
    edits.created[drawing] = "<< /Length " + std::to_string(draw.size()) + " >>\nstream\n" +
                             draw + "endstream";

    // The page: its furniture drawn first, then Cairo's content as it was.
    QPDFObjectHandle contents = page.getKey("/Contents");
    std::string text = "<<";
    for (auto &key : page.getKeys())
      if (key != "/Contents")
        text += " " + QPDFObjectHandle::newName(key).unparse() + " " + page.getKey(key).unparse();
    text += " /Contents [ " + std::to_string(drawing) + " 0 R " + contents.unparse() + " ] >>";
    edits.replaced[page.getObjGen()] = text;

    // Its resources gain the form.
    QPDFObjectHandle resources = page.getKey("/Resources");
    if (!resources.isIndirect() || !resourcesSeen.insert(resources.getObjGen()).second)
      throw Failure("page resources are not the page's own object");
    std::string entry = "/BPFurniture " + std::to_string(form) + " 0 R";
    if (!rawHas(resources.getObjGen(), "/XObject")) {  // the usual case: no parsing
      edits.inserted[resources.getObjGen()] = " /XObject << " + entry + " >>";
      continue;
    }
    text = "<<";
    bool hadXObjects = false;
    for (auto &key : resources.getKeys()) {
      QPDFObjectHandle value = resources.getKey(key);
      if (key == "/XObject" && value.isDictionary() && !value.isIndirect()) {
        hadXObjects = true;
        text += " /XObject <<";
        for (auto &name : value.getKeys())
          text += " " + QPDFObjectHandle::newName(name).unparse() + " " + value.getKey(name).unparse();
        text += " " + entry + " >>";
      } else if (key == "/XObject") {
        throw Failure("an indirect /XObject dictionary");
      } else {
        text += " " + QPDFObjectHandle::newName(key).unparse() + " " + value.unparse();
      }
    }
    if (!hadXObjects) text += " /XObject << " + entry + " >>";
    edits.replaced[resources.getObjGen()] = text + " >>";
  }
}

// Writes the completed file by splicing: each object the pass did not change is copied byte for
// byte from Cairo's file, each one it changed is written from qpdf's object (unparseResolved),
// each it dropped becomes free; then a new cross-reference table and trailer.
// The spliced body again with every object that is not a stream packed, 100 at a time, into
// compressed object streams, and a cross-reference stream: what QPDFWriter's object-stream mode
// does, on bytes. (Cairo 1.16 writes each struct element as a plain object.)
std::string packObjects(std::string const &body, size_t headerEnd,
                        std::map<int, size_t> const &written, int maxObj, std::string const &root,
                        std::string const &info, std::string const &id, int level) {
  std::vector<std::pair<int, size_t>> order(written.begin(), written.end());
  std::vector<size_t> starts;
  for (auto &[number, offset] : order) starts.push_back(offset);
  std::sort(starts.begin(), starts.end());
  starts.push_back(body.size());
  auto endOf = [&](size_t offset) { return *std::upper_bound(starts.begin(), starts.end(), offset); };

  std::string out = body.substr(0, headerEnd);
  struct Entry { int type; size_t field2; int field3; };
  int size = maxObj + 1;
  std::vector<std::pair<int, std::string>> packed;  // number, object text
  std::map<int, Entry> entries;
  for (auto &[number, offset] : order) {
    std::string_view text(body.data() + offset, endOf(offset) - offset);
    size_t obj = text.find("obj");
    size_t last = text.rfind("endobj");
    std::string_view inner = text.substr(obj + 3, last - obj - 3);
    bool stream = inner.find("endstream") != std::string_view::npos &&
                  inner.find_last_not_of(" \r\n") >= inner.rfind("endstream") &&
                  inner.rfind("endstream") + 9 > inner.find_last_not_of(" \r\n");
    if (stream) {
      entries[number] = {1, out.size(), 0};
      out.append(text);
    } else {
      size_t a = inner.find_first_not_of(" \r\n"), b = inner.find_last_not_of(" \r\n");
      packed.push_back({number, std::string(inner.substr(a, b - a + 1))});
    }
  }
  for (size_t start = 0; start < packed.size(); start += 100) {
    size_t end = std::min(packed.size(), start + 100);
    int stm = size++;
    std::string header, objects;
    for (size_t i = start; i < end; i++) {
      header += std::to_string(packed[i].first) + " " + std::to_string(objects.size()) + " ";
      objects += packed[i].second + "\n";
      entries[packed[i].first] = {2, (size_t)stm, (int)(i - start)};
    }
    std::string data = deflate(header + objects, level);
    entries[stm] = {1, out.size(), 0};
    out += std::to_string(stm) + " 0 obj\n<< /Type /ObjStm /N " + std::to_string(end - start) +
           " /First " + std::to_string(header.size()) + " /Filter /FlateDecode /Length " +
           std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream\nendobj\n";
  }
  int xrefNumber = size++;
  entries[xrefNumber] = {1, out.size(), 0};
  std::string rows;
  for (int i = 0; i < size; i++) {
    auto e = entries.find(i);
    Entry entry = e != entries.end() ? e->second : Entry{0, 0, i == 0 ? 65535 : 0};
    unsigned char row[7] = {(unsigned char)entry.type,
                            (unsigned char)(entry.field2 >> 24), (unsigned char)(entry.field2 >> 16),
                            (unsigned char)(entry.field2 >> 8), (unsigned char)entry.field2,
                            (unsigned char)(entry.field3 >> 8), (unsigned char)entry.field3};
    rows.append(reinterpret_cast<char *>(row), 7);
  }
  std::string data = deflate(rows, level);
  size_t xrefOffset = out.size();
  out += std::to_string(xrefNumber) + " 0 obj\n<< /Type /XRef /Size " + std::to_string(size) +
         " /W [ 1 4 2 ] /Root " + root + " /Info " + info + " /ID [<" + id + "><" + id +
         ">] /Filter /FlateDecode /Length " + std::to_string(data.size()) + " >>\nstream\n" +
         data + "\nendstream\nendobj\nstartxref\n" + std::to_string(xrefOffset) + "\n%%EOF\n";
  return out;
}

std::string spliceWrite(QPDF &pdf, std::string_view file, Edits const &edits, bool objectStreams) {
  std::map<QPDFObjGen, QPDFXRefEntry> xref = pdf.getXRefTable();
  size_t startxref = file.rfind("startxref");
  if (startxref == std::string_view::npos) throw Failure("no startxref");
  size_t xrefAt = (size_t)std::atoll(std::string(file.substr(startxref + 9, 24)).c_str());
  std::vector<size_t> offsets;
  for (auto &[og, entry] : xref) offsets.push_back((size_t)entry.getOffset());
  offsets.push_back(xrefAt);
  std::sort(offsets.begin(), offsets.end());
  auto endOf = [&](size_t offset) { return *std::upper_bound(offsets.begin(), offsets.end(), offset); };

  std::string out;
  out.reserve(file.size() + file.size() / 8);
  size_t first = offsets.front();
  out.append(file.substr(0, first));
  if (out.compare(0, 8, "%PDF-1.5") == 0 || out.compare(0, 8, "%PDF-1.4") == 0) out[7] = '7';
  int level = std::getenv("BP_DEFLATE_LEVEL") ? std::atoi(std::getenv("BP_DEFLATE_LEVEL")) : 6;

  std::map<int, size_t> written;  // object number -> offset
  auto writeObject = [&](QPDFObjGen og) {
    written[og.getObj()] = out.size();
    auto text = edits.replaced.find(og);
    if (text != edits.replaced.end()) {
      out += std::to_string(og.getObj()) + " " + std::to_string(og.getGen()) + " obj\n" +
             text->second + "\nendobj\n";
      return;
    }
    if (!edits.dirty.count(og) && !edits.content.count(og) && xref.count(og)) {
      size_t offset = (size_t)xref[og].getOffset();
      std::string_view bytes = file.substr(offset, endOf(offset) - offset);
      auto insertion = edits.inserted.find(og);
      if (insertion == edits.inserted.end()) {
        out.append(bytes);
        return;
      }
      size_t open = bytes.find("<<", bytes.find("obj"));
      std::string key = insertion->second.substr(0, insertion->second.find(' ', 2));
      if (open == std::string_view::npos || bytes.find(key + " ") != std::string_view::npos ||
          bytes.find(key + "\n") != std::string_view::npos)
        throw Failure("cannot add" + key + " to object " + std::to_string(og.getObj()));
      out.append(bytes.substr(0, open + 2));
      out += insertion->second;
      out.append(bytes.substr(open + 2));
      return;
    }
    QPDFObjectHandle object = pdf.getObject(og);
    out += std::to_string(og.getObj()) + " " + std::to_string(og.getGen()) + " obj\n";
    if (object.isStream()) {
      std::string data;
      QPDFObjectHandle dict = object.getDict();
      auto content = edits.content.find(og);
      if (content != edits.content.end()) {
        data = deflate(content->second, level);
        dict.replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
        dict.removeKey("/DecodeParms");
      } else {
        std::shared_ptr<Buffer> raw = object.getRawStreamData();
        data.assign(reinterpret_cast<char const *>(raw->getBuffer()), raw->getSize());
      }
      dict.replaceKey("/Length", QPDFObjectHandle::newInteger((long long)data.size()));
      out += dict.unparse() + "\nstream\n" + data + "\nendstream\nendobj\n";
    } else {
      std::string text = object.unparseResolved();
      auto extra = edits.extraKeys.find(og);
      if (extra != edits.extraKeys.end()) text.insert(text.rfind(">>"), extra->second + " ");
      out += text + "\nendobj\n";
    }
  };
  int maxObj = 0;
  for (auto &[og, entry] : xref) {
    maxObj = std::max(maxObj, og.getObj());
    if (!edits.freed.count(og)) writeObject(og);
  }
  for (auto &[number, body] : edits.created) {
    maxObj = std::max(maxObj, number);
    written[number] = out.size();
    out += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
  }
  if (objectStreams) {
    QPDFObjectHandle trailer = pdf.getTrailer();
    return packObjects(out, first, written, maxObj, trailer.getKey("/Root").unparse(),
                       trailer.getKey("/Info").unparse(), fileID(out), level);
  }
  size_t xrefOffset = out.size();
  out += "xref\n0 " + std::to_string(maxObj + 1) + "\n";
  std::vector<int> free;
  for (int i = 1; i <= maxObj; i++)
    if (!written.count(i)) free.push_back(i);
  char line[32];
  std::snprintf(line, sizeof line, "%010d 65535 f \n", free.empty() ? 0 : free[0]);
  out += line;
  size_t nextFree = 0;
  for (int i = 1; i <= maxObj; i++) {
    auto w = written.find(i);
    if (w != written.end()) {
      std::snprintf(line, sizeof line, "%010zu 00000 n \n", w->second);
    } else {
      nextFree++;
      std::snprintf(line, sizeof line, "%010d 00001 f \n", nextFree < free.size() ? free[nextFree] : 0);
    }
    out += line;
  }
  QPDFObjectHandle trailer = pdf.getTrailer();
  std::string id = fileID(out);
  out += "trailer\n<< /Size " + std::to_string(maxObj + 1) + " /Root " +
         trailer.getKey("/Root").unparse() + " /Info " + trailer.getKey("/Info").unparse() +
         " /ID [<" + id + "><" + id + ">] >>\nstartxref\n" + std::to_string(xrefOffset) +
         "\n%%EOF\n";
  return out;
}

char *copyString(std::string const &text) {
  char *out = static_cast<char *>(std::malloc(text.size() + 1));
  if (out) std::memcpy(out, text.c_str(), text.size() + 1);
  return out;
}

}  // namespace

extern "C" int bp_tag_complete(const uint8_t *pdf, size_t length, const bp_document *document,
                               const bp_element *elements, size_t count, uint8_t **out,
                               size_t *out_length, char **error) {
  *out = nullptr;
  *out_length = 0;
  *error = nullptr;
  try {
    bool timing = std::getenv("BP_TAGPASS_TIMING") != nullptr;
    auto t0 = std::chrono::steady_clock::now();
    auto lap = [&](char const *what) {
      if (!timing) return;
      auto t = std::chrono::steady_clock::now();
      std::fprintf(stderr, "  %s %.1f ms\n", what,
                   std::chrono::duration<double, std::milli>(t - t0).count());
      t0 = t;
    };
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.processMemoryFile("Cairo's PDF", reinterpret_cast<char const *>(pdf), length);
    lap("read");
    Edits edits;
    edits.splice = document->splice;
    for (auto &[og, entry] : qpdf.getXRefTable())
      edits.nextNumber = std::max(edits.nextNumber, og.getObj() + 1);
    std::string_view file(reinterpret_cast<char const *>(pdf), length);
    complete(qpdf, file, *document, elements, count, edits);
    lap("complete");
    if (edits.splice) {
      QPDF furniture;
      if (document->furniture) {
        furniture.setSuppressWarnings(true);
        furniture.processMemoryFile("Cairo's furniture PDF",
                                    reinterpret_cast<char const *>(document->furniture),
                                    document->furniture_length);
        mergeFurniture(qpdf, file, furniture, edits);
        lap("furniture");
        if (furniture.anyWarnings()) throw Failure("qpdf warnings reading the furniture file");
      }
      std::string bytes = spliceWrite(qpdf, file, edits, document->object_streams);
      lap("write");
      if (qpdf.anyWarnings()) {
        std::string text = "qpdf warnings:";
        for (auto &warning : qpdf.getWarnings()) text += std::string("\n") + warning.what();
        throw Failure(text);
      }
      *out = static_cast<uint8_t *>(std::malloc(bytes.size()));
      if (!*out) throw Failure("out of memory");
      std::memcpy(*out, bytes.data(), bytes.size());
      *out_length = bytes.size();
      return 0;
    }
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setMinimumPDFVersion("1.7");
    writer.setObjectStreamMode(document->object_streams ? qpdf_o_generate : qpdf_o_preserve);
    writer.write();
    lap("write");
    if (qpdf.anyWarnings()) {
      std::string text = "qpdf warnings:";
      for (auto &warning : qpdf.getWarnings()) text += std::string("\n") + warning.what();
      throw Failure(text);
    }
    std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    *out = static_cast<uint8_t *>(std::malloc(buffer->getSize()));
    if (!*out) throw Failure("out of memory");
    std::memcpy(*out, buffer->getBuffer(), buffer->getSize());
    *out_length = buffer->getSize();
    return 0;
  } catch (std::exception const &e) {
    *error = copyString(e.what());
    return 1;
  }
}

extern "C" void bp_free(void *pointer) { std::free(pointer); }

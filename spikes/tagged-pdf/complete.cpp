// The completion pass from the command line: complete IN.pdf IN.tags OUT.pdf, the sidecar as
// the probe writes it. --object-streams packs objects into object streams; --repeat N times
// the pass N times (from bytes in memory to bytes in memory) and prints each run in ms.
// By default the output is spliced (tagpass.h); --qpdf-writer writes it with QPDFWriter.
// --furniture F.pdf: the artifacts the probe drew on a second surface (probe --furniture-file).
#include "tagpass.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

static std::string unescape(std::string const &s) {
  std::string out;
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      char c = s[++i];
      out += c == 't' ? '\t' : c == 'n' ? '\n' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Described {
  std::string type, artifact, alt, scope, contents;
  int continues = -1;
};

int main(int argc, char **argv) {
  int repeat = 1, objectStreams = 0, splice = 1, arg = 1;
  char const *furniturePath = nullptr;
  for (; arg < argc && argv[arg][0] == '-'; arg++) {
    if (!std::strcmp(argv[arg], "--repeat") && arg + 1 < argc) repeat = std::atoi(argv[++arg]);
    else if (!std::strcmp(argv[arg], "--object-streams")) objectStreams = 1;
    else if (!std::strcmp(argv[arg], "--qpdf-writer")) splice = 0;
    else if (!std::strcmp(argv[arg], "--furniture") && arg + 1 < argc) furniturePath = argv[++arg];
    else break;
  }
  if (argc - arg != 3) {
    std::cerr << "usage: complete [--furniture F.pdf | --qpdf-writer] [--object-streams] [--repeat N] "
                 "IN.pdf IN.tags OUT.pdf\n";
    return 2;
  }
  std::ifstream in(argv[arg], std::ios::binary);
  std::string pdf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ifstream tags(argv[arg + 1]);
  std::string title, lang, author, line;
  std::vector<Described> described;
  while (std::getline(tags, line)) {
    std::vector<std::string> fields;
    std::stringstream split(line);
    std::string field;
    while (std::getline(split, field, '\t')) fields.push_back(field);
    if (fields.size() >= 2 && fields[0] == "title") title = unescape(fields[1]);
    else if (fields.size() >= 2 && fields[0] == "lang") lang = unescape(fields[1]);
    else if (fields.size() >= 2 && fields[0] == "author") author = unescape(fields[1]);
    else if (fields.size() >= 3 && fields[0] == "E") {
      Described d;
      d.type = fields[2];
      for (size_t i = 3; i < fields.size(); i++) {
        auto eq = fields[i].find('=');
        std::string key = fields[i].substr(0, eq), value = unescape(fields[i].substr(eq + 1));
        if (key == "artifact") d.artifact = value;
        else if (key == "alt") d.alt = value;
        else if (key == "scope") d.scope = value;
        else if (key == "contents") d.contents = value;
        else if (key == "continues") d.continues = std::stoi(value);
      }
      described.push_back(d);
    }
  }
  std::vector<bp_element> elements;
  for (auto &d : described) {
    elements.push_back({d.type.c_str(), d.artifact.empty() ? nullptr : d.artifact.c_str(),
                        d.alt.empty() ? nullptr : d.alt.c_str(),
                        d.scope.empty() ? nullptr : d.scope.c_str(),
                        d.contents.empty() ? nullptr : d.contents.c_str(), d.continues});
  }
  bp_document document{title.c_str(), lang.c_str(), author.empty() ? nullptr : author.c_str(),
                       objectStreams, splice, nullptr, 0};
  std::string furniture;
  if (furniturePath) {
    std::ifstream f(furniturePath, std::ios::binary);
    furniture.assign((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    document.furniture = reinterpret_cast<const uint8_t *>(furniture.data());
    document.furniture_length = furniture.size();
  }
  uint8_t *out = nullptr;
  size_t outLength = 0;
  for (int run = 0; run < repeat; run++) {
    if (out) bp_free(out);
    char *error = nullptr;
    auto start = std::chrono::steady_clock::now();
    int status = bp_tag_complete(reinterpret_cast<const uint8_t *>(pdf.data()), pdf.size(),
                                 &document, elements.data(), elements.size(), &out, &outLength,
                                 &error);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count();
    if (status != 0) {
      std::cerr << "complete: " << error << "\n";
      bp_free(error);
      return 1;
    }
    std::printf("complete: %.1f ms, %zu -> %zu bytes, %zu elements\n", ms, pdf.size(), outLength,
                elements.size());
  }
  std::ofstream(argv[arg + 2], std::ios::binary).write(reinterpret_cast<char *>(out), outLength);
  bp_free(out);
  return 0;
}

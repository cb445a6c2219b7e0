#include "attn/data/corpus_file.h"

#include <fstream>
#include <sstream>

#include "attn/data/utf8.h"
#include "attn/error.h"
#include "attn/io/atomic_file.h"

namespace attn::data {

std::vector<std::string> split_corpus_lines(std::string_view text, std::string_view name,
                                            const CorpusReadOptions& options) {
  ATTN_CHECK(!text.empty(), name, ": empty file (expected one sentence a line)");
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t number = lines.size() + 1;
    const Utf8Problem problem = find_invalid_utf8(line);
    ATTN_CHECK(problem.valid(), name, ":", number, ": invalid UTF-8 at byte offset ", problem.offset, " of the line (",
               problem.reason, ")");
    ATTN_CHECK(options.allow_empty_lines || !line.empty(), name, ":", number,
               ": empty line (expected a sentence on every line)");
    lines.emplace_back(line);
    begin = end + 1;
  }
  return lines;
}

std::vector<std::string> read_corpus_lines(const std::filesystem::path& path, const CorpusReadOptions& options) {
  std::ifstream in(path, std::ios::binary);
  ATTN_CHECK(in.good(), path.string(), ": cannot open the file for reading");
  std::ostringstream contents;
  contents << in.rdbuf();
  ATTN_CHECK(!in.bad(), path.string(), ": reading failed");
  return split_corpus_lines(contents.str(), path.string(), options);
}

void write_corpus_lines(const std::filesystem::path& path, const std::vector<std::string>& lines) {
  std::string contents;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    ATTN_CHECK(lines[i].find_first_of("\r\n") == std::string::npos, "writing ", path.string(), ": line ", i + 1,
               " holds a line break, which would misalign the corpus");
    contents += lines[i];
    contents += '\n';
  }
  write_file_atomically(path, contents);
}

}  // namespace attn::data

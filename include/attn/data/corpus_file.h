// attn data: text corpora on disk, one sentence a line.
//
// Reading checks what a corpus promises: the file opens, is not empty and every
// line is UTF-8 (RFC 3629, strictly). A failure is an attn::Error naming the file
// and the 1-based line, e.g. "corpus.es:12: invalid UTF-8 at byte offset 7 (...)".
// Lines end at '\n'; a '\r' before it (a file written on Windows) is dropped, and a
// last line without '\n' still counts.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace attn::data {

struct CorpusReadOptions {
  bool allow_empty_lines = true;  // false: an empty line is an error naming it
};

// The lines of `path`, without their line ends.
std::vector<std::string> read_corpus_lines(const std::filesystem::path& path, const CorpusReadOptions& options = {});

// The same checks on text already in memory; `name` stands for the file in errors.
std::vector<std::string> split_corpus_lines(std::string_view text, std::string_view name,
                                            const CorpusReadOptions& options = {});

// Writes the lines, each followed by '\n', atomically (write_file_atomically). A line
// holding '\n' or '\r' would break the one-sentence-a-line alignment: an error.
void write_corpus_lines(const std::filesystem::path& path, const std::vector<std::string>& lines);

}  // namespace attn::data

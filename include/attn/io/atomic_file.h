// attn io: writing a whole file so that it is never seen half-written.
#pragma once

#include <filesystem>
#include <string_view>

namespace attn {

// Writes `contents` to `path + ".tmp.<pid>"`, flushes it to disk and renames it onto
// `path`: readers see the old file or the new one, never a part. On any error the
// temporary is removed, `path` is left as it was, and an attn::Error names the file.
void write_file_atomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace attn

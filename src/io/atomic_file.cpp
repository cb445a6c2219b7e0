#include "attn/io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "attn/error.h"

namespace attn {

void write_file_atomically(const std::filesystem::path& path, std::string_view contents) {
  const std::string tmp = path.string() + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  ATTN_CHECK(fd >= 0, "cannot write ", path.string(), ": opening ", tmp, " failed: ", std::strerror(errno));
  std::size_t written = 0;
  bool ok = true;
  while (ok && written < contents.size()) {
    const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) written += static_cast<std::size_t>(n);
  }
  const int error = ok ? 0 : errno;
  ok = ok && ::fsync(fd) == 0;
  ok = (::close(fd) == 0) && ok;
  if (ok) ok = std::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) {
    const int saved = error != 0 ? error : errno;
    std::remove(tmp.c_str());
    ATTN_CHECK(false, "cannot write ", path.string(), " (", written, " of ", contents.size(), " bytes written to ", tmp,
               "): ", std::strerror(saved));
  }
}

}  // namespace attn

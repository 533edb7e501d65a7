#include "exporters/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.h"

namespace eventgraph {

atomic_file::atomic_file(std::string path) : path_(std::move(path)), tmp_(path_ + ".tmp." + std::to_string(::getpid())) {
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (!file_) throw error(path_ + ": cannot write (" + std::strerror(errno) + ")");
}

atomic_file::~atomic_file() {
  if (!file_) return;
  std::fclose(file_);
  std::remove(tmp_.c_str());
}

void atomic_file::write(std::string_view bytes) {
  if (ok_ && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) ok_ = false;
}

void atomic_file::commit() {
  const bool ok = ok_ && std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  const int saved = errno;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!ok || !closed) {
    std::remove(tmp_.c_str());
    throw error(path_ + ": write failed (" + std::strerror(ok ? errno : saved) + ")");
  }
  std::error_code ec;
  std::filesystem::rename(tmp_, path_, ec);
  if (ec) {
    std::remove(tmp_.c_str());
    throw error(path_ + ": cannot rename into place (" + ec.message() + ")");
  }
}

void write_file_atomically(const std::string& path, std::string_view content) {
  atomic_file f(path);
  f.write(content);
  f.commit();
}

}  // namespace eventgraph

// SPDX-License-Identifier: MIT
#include "format/import_source.hpp"

#include <lpg/errors.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

namespace lpg::import {

namespace {

constexpr std::size_t kHeaderSearch = 30;

void decode(std::string& field, Encoding encoding) {
  switch (encoding) {
    case Encoding::Windows1252:
      field = windows1252_to_utf8(field);
      break;
    case Encoding::Auto:
      // Decided per cell: a UTF-8 file passes unchanged; a Windows-1252 one has bytes that
      // are not UTF-8 in every cell holding a non-ASCII character (é, £, no-break space).
      if (!valid_utf8(field)) field = windows1252_to_utf8(field);
      break;
    case Encoding::Utf8:
      break;
  }
}

}  // namespace

std::string cell(const csv::Row& row, std::optional<std::size_t> column) {
  if (!column || *column >= row.fields.size()) return {};
  return trim(row.fields[*column]);
}

SourceFile::SourceFile(const std::string& path, const Rules& rules,
                       const std::vector<std::string>& anchors)
    : path_(path), rules_(rules), buffer_(std::size_t{1} << 16) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error(ErrorKind::Invalid, fmt::format("{} is a directory, not a CSV file", path));
  }
  in_.rdbuf()->pubsetbuf(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  in_.open(path, std::ios::binary);
  if (!in_) throw Error(ErrorKind::Io, fmt::format("cannot read {}", path));
  size_ = std::filesystem::file_size(path, ec);
  reader_ = std::make_unique<csv::Reader>(in_, path);
  csv::Row row;
  for (std::size_t n = 0; n < kHeaderSearch && read_decoded(row); ++n) {
    std::vector<std::string> keys;
    keys.reserve(row.fields.size());
    for (const auto& f : row.fields) keys.push_back(header_key(f));
    header_keys_ = std::move(keys);
    header_ = row.fields;
    fields_ = fields_of(header_keys_, rules_);
    for (const auto& anchor : anchors) {
      if (column(anchor)) {
        header_line_ = row.line;
        has_ahead_ = read_decoded(ahead_);
        return;
      }
    }
  }
  std::vector<std::string> names;
  for (const auto& [field, aliases] : rules_.columns) {
    if (std::find(anchors.begin(), anchors.end(), field) != anchors.end()) {
      names.push_back("\"" + aliases.front() + "\"");
    }
  }
  throw Error(ErrorKind::Invalid,
              fmt::format("{}: no header row found: no column named {} in the first {} rows", path,
                          names.empty() ? "as the rules expect" : names.front(), kHeaderSearch),
              rules_.builtin ? fmt::format("is this the {} file? --source csv with --map or "
                                           "--rules reads other layouts",
                                           rules_.name)
                             : "check the column names, or give --map or --rules");
}

std::vector<std::pair<std::string, std::size_t>> fields_of(
    const std::vector<std::string>& header_keys, const Rules& rules) {
  std::vector<std::pair<std::string, std::size_t>> out;
  for (const auto& [field, aliases] : rules.columns) {
    for (const auto& alias : aliases) {
      auto at = std::find(header_keys.begin(), header_keys.end(), header_key(alias));
      if (at != header_keys.end()) {
        out.emplace_back(field, static_cast<std::size_t>(at - header_keys.begin()));
        break;
      }
    }
  }
  return out;
}

std::vector<csv::Row> preamble(const std::string& path, const Rules& rules) {
  std::vector<csv::Row> out;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return out;
  std::ifstream in(path, std::ios::binary);
  if (!in) return out;
  csv::Reader reader(in, path);
  while (out.size() < kHeaderSearch) {
    auto row = reader.next();
    if (!row) break;
    for (auto& f : row->fields) {
      decode(f, rules.encoding);
      f = header_key(f);
    }
    out.push_back(std::move(*row));
  }
  return out;
}

std::optional<std::size_t> SourceFile::column(std::string_view field) const {
  for (const auto& [name, at] : fields_) {
    if (name == field) return at;
  }
  return std::nullopt;
}

std::optional<std::size_t> SourceFile::header_column(std::string_view name) const {
  std::string key = header_key(name);
  for (std::size_t i = 0; i < header_keys_.size(); ++i) {
    if (header_keys_[i] == key) return i;
  }
  return std::nullopt;
}

bool SourceFile::read_decoded(csv::Row& row) {
  if (!reader_->next(row)) return false;
  for (auto& f : row.fields) {
    decode(f, rules_.encoding);
    if (rules_.lpg_format && f.size() >= 2 && f[0] == '\'' &&
        std::string_view("=+-@\t\r").find(f[1]) != std::string_view::npos) {
      f.erase(0, 1);
    }
  }
  return true;
}

bool SourceFile::next(csv::Row& row) {
  if (!has_ahead_) return false;
  std::swap(row, ahead_);
  has_ahead_ = read_decoded(ahead_);
  // A row short of columns at the very end is where a download or a copy stopped: importing
  // the rest as if it were the whole register would close every provider after it.
  if (!has_ahead_ && row.fields.size() < header_.size()) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{}:{}: the last row has {} of the header's {} columns: the file "
                            "looks cut off",
                            path_, row.line, row.fields.size(), header_.size()),
                "download the file again; nothing was imported");
  }
  return true;
}

std::optional<csv::Row> SourceFile::next() {
  csv::Row row;
  if (!next(row)) return std::nullopt;
  return row;
}

std::uint64_t SourceFile::position() const { return reader_->offset(); }

}  // namespace lpg::import

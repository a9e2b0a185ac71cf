// SPDX-License-Identifier: MIT
#pragma once
// The minutes text of `minutes add` and `minutes edit`: a file, or standard input ("-").

#include <lpg/errors.hpp>
#include <lpg/minutes.hpp>

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>

namespace lpg::cli {

struct MinutesInputOptions {
  std::string meeting, file, by;
};

inline std::shared_ptr<MinutesInputOptions> add_minutes_input_options(CLI::App& sub) {
  auto o = std::make_shared<MinutesInputOptions>();
  sub.add_option("meeting", o->meeting, "The meeting: id or GROUP@YYYY-MM-DD")->required();
  sub.add_option("source", o->file, "'-' to read standard input");
  sub.add_option("--file", o->file, "The minutes file (Markdown or text)");
  sub.add_option("--by", o->by, "Who recorded them (default: your user name)");
  return o;
}

/// Reads at most one byte over the limit, so a huge file is refused without being held whole.
inline std::string read_minutes_input(const MinutesInputOptions& o) {
  if (o.file.empty()) {
    throw Error(ErrorKind::Usage, "where are the minutes?", "give --file PATH, or - for stdin");
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (o.file != "-") {
    file.open(o.file, std::ios::binary);
    if (!file) throw Error(ErrorKind::NotFound, "cannot read " + o.file);
    in = &file;
  }
  std::string bytes(kMaxMinutesBytes + 1, '\0');
  in->read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in->gcount()));
  return bytes;
}

}  // namespace lpg::cli

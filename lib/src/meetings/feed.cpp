// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/ical.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace lpg {

namespace fs = std::filesystem;

bool write_if_changed(const std::string& path, const std::string& text) {
  {
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::ostringstream old;
      old << in.rdbuf();
      if (old.str() == text) return false;
    }
  }
  std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) {
      throw Error(ErrorKind::Io, fmt::format("cannot write {} (is the disk full?)", temp));
    }
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) throw Error(ErrorKind::Io, fmt::format("cannot write {}: {}", path, ec.message()));
  return true;
}

namespace {

// A file name people can read in a URL: "Bicester Early Years" -> "bicester-early-years".
std::string slug(const std::string& name, std::int64_t id) {
  std::string out;
  for (char ch : ascii_lower(name)) {
    bool keep = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
    if (keep) {
      out += ch;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (out.ends_with('-')) out.pop_back();
  return out.empty() || out == "all" ? fmt::format("group-{}", id) : out;
}

}  // namespace

std::vector<FeedFile> write_feed(const Session& s, const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    throw Error(ErrorKind::CantCreate, fmt::format("cannot create {}: {}", dir, ec.message()));
  }
  auto all = list_meetings(s, {});
  std::map<std::int64_t, std::vector<Meeting>> by_group;
  for (const auto& m : all) by_group[m.group_id].push_back(m);
  std::vector<FeedFile> files;
  std::map<std::string, int> used;
  for (const auto& [id, meetings] : by_group) {
    std::string name = slug(meetings.front().group_name, id);
    if (used[name]++ > 0) name += fmt::format("-{}", id);
    IcalOptions o = published_calendar(s, meetings.front().group_name);
    std::string path = (fs::path(dir) / (name + ".ics")).string();
    bool changed = write_if_changed(path, to_icalendar(s, meetings, o));
    files.push_back({path, meetings.size(), changed});
  }
  IcalOptions o = published_calendar(s, "All partnership meetings");
  std::string path = (fs::path(dir) / "all.ics").string();
  files.push_back({path, all.size(), write_if_changed(path, to_icalendar(s, all, o))});
  return files;
}

}  // namespace lpg

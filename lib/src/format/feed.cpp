// SPDX-License-Identifier: MIT
#include <lpg/ical.hpp>
#include <lpg/output.hpp>

#include <filesystem>
#include <map>

namespace lpg {

namespace fs = std::filesystem;

std::vector<FeedFile> write_feed(const Session& s, const std::string& dir) {
  make_output_dir(dir, FileMode::Shared);
  auto all = list_meetings(s, {});
  std::map<std::int64_t, std::vector<Meeting>> by_group;
  for (const auto& m : all) by_group[m.group_id].push_back(m);
  std::vector<FeedFile> files;
  // Groups in id order: a group keeps its file's name (its subscribers' URL) as others come.
  UniqueNames names({"all"});
  WriteOptions published{FileMode::Shared, Target::Generated, true, true};
  for (const auto& [id, meetings] : by_group) {
    std::string name = names.take(meetings.front().group_name, std::to_string(id));
    IcalOptions o = published_calendar(s, meetings.front().group_name);
    std::string path = (fs::path(dir) / (name + ".ics")).string();
    bool changed = write_output(path, to_icalendar(s, meetings, o), published);
    files.push_back({path, meetings.size(), changed});
  }
  IcalOptions o = published_calendar(s, "All partnership meetings");
  std::string path = (fs::path(dir) / "all.ics").string();
  files.push_back({path, all.size(), write_output(path, to_icalendar(s, all, o), published)});
  return files;
}

}  // namespace lpg

// SPDX-License-Identifier: MIT
// Attendance from a sign-in sheet (CSV).
#include <lpg/attendance.hpp>
#include <lpg/csv.hpp>
#include <lpg/errors.hpp>
#include <lpg/interrupt.hpp>
#include <lpg/people.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>

#include "db/store_impl.hpp"

namespace lpg {

namespace {

struct Columns {
  std::optional<std::size_t> name, email, status, represented_by;
};

Columns columns_of(const csv::Row& header, const std::string& file) {
  Columns c;
  for (std::size_t i = 0; i < header.fields.size(); ++i) {
    std::string key = fold_key(header.fields[i]);
    if (key == "name") c.name = i;
    if (key == "email") c.email = i;
    if (key == "status") c.status = i;
    if (key == "represented_by" || key == "represented by") c.represented_by = i;
  }
  if (!c.name && !c.email) {
    throw Error(ErrorKind::Invalid,
                fmt::format("{}:{}: no 'name' or 'email' column", file, header.line),
                "the first row names the columns: name, email, status, represented_by");
  }
  return c;
}

std::string cell(const csv::Row& row, const std::optional<std::size_t>& column) {
  return column && *column < row.fields.size() ? trim(row.fields[*column]) : std::string();
}

// The person a row names, added when lpg does not know them.
PersonId person_of(const Session& s, const std::string& name, const std::string& email,
                   int& new_people) {
  std::string ref = email.empty() ? name : email;
  try {
    return find_person(s, ref);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::NotFound || name.empty()) throw;
  }
  PersonInput input;
  input.name = {name, false};
  if (!email.empty()) input.email = {email, false};
  ++new_people;
  return PersonId{add_person(s, input).id};
}

}  // namespace

SignInResult record_sign_in(const Session& s, MeetingId meeting, std::istream& sheet,
                            const std::string& file, bool force) {
  db::WriteTx tx(db::connection(s.store));
  csv::Reader reader(sheet, file);
  auto header = reader.next();
  if (!header) throw Error(ErrorKind::Invalid, fmt::format("{}: the sheet is empty", file));
  Columns c = columns_of(*header, file);
  SignInResult result;
  std::vector<AttendanceMark> marks;
  std::vector<std::pair<std::size_t, std::string>> deputies;  // line, deputy named
  while (auto row = reader.next()) {
    check_interrupted();
    try {
      std::string status = ascii_lower(cell(*row, c.status));
      std::string deputy = cell(*row, c.represented_by);
      if (status.empty()) status = deputy.empty() ? "present" : "represented";
      if (status != "present" && status != "apologies" && status != "absent" &&
          status != "represented") {
        throw Error(ErrorKind::Invalid, fmt::format("unknown attendance \"{}\"", status),
                    "present, apologies, absent or represented (blank means present)");
      }
      marks.push_back({person_of(s, cell(*row, c.name), cell(*row, c.email), result.new_people),
                       status, std::nullopt});
      deputies.emplace_back(row->line, deputy);
    } catch (const Error& e) {
      throw Error(e.kind(), fmt::format("{}:{}: {}", file, row->line, e.what()), e.hint());
    }
  }
  // Deputies last: a sheet may list the deputy below the member they stood in for.
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (deputies[i].second.empty()) continue;
    try {
      marks[i].represented_by = find_person(s, deputies[i].second);
    } catch (const Error& e) {
      throw Error(e.kind(), fmt::format("{}:{}: {}", file, deputies[i].first, e.what()), e.hint());
    }
  }
  result.attendance = record_attendance(s, meeting, marks, force);
  result.recorded = static_cast<int>(marks.size());
  tx.commit();
  return result;
}

}  // namespace lpg

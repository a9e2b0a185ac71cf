// SPDX-License-Identifier: MIT
#include "privacy/identity.hpp"

#include <lpg/privacy.hpp>
#include <lpg/refs.hpp>
#include <lpg/text.hpp>

#include "db/store_impl.hpp"

namespace lpg::privacy {

namespace {

void add_value(Needles& n, const std::string& field, const std::string& value) {
  if (trim(value).empty()) return;
  if (field == "name") n.names.push_back(value);
  if (field == "email") n.emails.push_back(value);
  if (field == "phone") n.phones.push_back(value);
  if (field == "job_title" || field == "note") n.others.push_back(value);
}

// "lpg [global options] person add NAME --email E ..." and "person edit REF --name N ...":
// the values they gave. REF named this person, so it is one of their values too.
void named_in(Needles& n, const std::string& command) {
  auto words = shell_words(command);
  std::size_t i = 0;
  while (i + 1 < words.size() &&
         !(words[i] == "person" && (words[i + 1] == "add" || words[i + 1] == "edit")))
    ++i;
  static const std::vector<std::pair<std::string, std::string>> kOptions = {
      {"--name", "name"},
      {"--email", "email"},
      {"--phone", "phone"},
      {"--job-title", "job_title"},
      {"--note", "note"}};
  bool positional_seen = false;
  for (i += 2; i < words.size(); ++i) {
    const std::string& w = words[i];
    bool matched = false;
    for (const auto& [option, field] : kOptions) {
      if (w == option && i + 1 < words.size()) {
        add_value(n, field, words[++i]);
        matched = true;
      } else if (w.starts_with(option + "=")) {
        add_value(n, field, w.substr(option.size() + 1));
        matched = true;
      }
    }
    if (matched || w.starts_with('-') || positional_seen) continue;
    positional_seen = true;
    if (!id_reference(w)) add_value(n, w.find('@') != std::string::npos ? "email" : "name", w);
  }
}

}  // namespace

Needles values_of(const Session& s, std::int64_t id) {
  db::Connection& db = db::connection(s.store);
  Needles n;
  db::Statement q(db, R"sql(
    SELECT field, value FROM person_former WHERE person_id = ?1
    UNION ALL SELECT 'name', name FROM person WHERE id = ?1 AND erased_at IS NULL
    UNION ALL SELECT 'email', coalesce(email, '') FROM person WHERE id = ?1 AND erased_at IS NULL
    UNION ALL SELECT 'phone', coalesce(phone, '') FROM person WHERE id = ?1 AND erased_at IS NULL
    UNION ALL SELECT 'job_title', coalesce(job_title, '') FROM person WHERE id = ?1
                                                                   AND erased_at IS NULL
    UNION ALL SELECT 'note', note FROM person WHERE id = ?1 AND erased_at IS NULL
    UNION ALL SELECT 'note', note FROM membership WHERE person_id = ?1)sql");
  q.bind(1, id);
  while (q.step()) add_value(n, q.column(0).text(), q.column(1).text());
  db::Statement own(db,
                    "SELECT command FROM audit_log WHERE entity = 'person' AND entity_id = ? "
                    "AND action IN ('add', 'edit')");
  own.bind(1, id);
  while (own.step()) named_in(n, own.column(0).text());
  return n;
}

std::string name_placeholder(const Session& s, std::int64_t id, const Needles& values) {
  db::Statement q(db::connection(s.store),
                  "SELECT EXISTS (SELECT 1 FROM person WHERE id <> ? AND name_key = ?)");
  for (const auto& name : values.names) {
    q.reset();
    q.bind(1, id);
    q.bind(2, fold_key(name));
    if (q.step() && q.column(0).int32() != 0) return "[erased]";
  }
  return erased_placeholder(id);
}

void forget_former_values(const Session& s, std::int64_t id) {
  db::Statement former(db::connection(s.store), "DELETE FROM person_former WHERE person_id = ?");
  former.bind(1, id);
  former.exec();
}

std::vector<PersonExport::FormerValue> former_values_of(const Session& s, std::int64_t id) {
  db::Statement q(db::connection(s.store),
                  "SELECT field, value FROM person_former WHERE person_id = ? "
                  "ORDER BY field, value");
  q.bind(1, id);
  std::vector<PersonExport::FormerValue> out;
  while (q.step()) out.push_back({q.column(0).text(), q.column(1).text()});
  return out;
}

}  // namespace lpg::privacy

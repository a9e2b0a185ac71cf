// SPDX-License-Identifier: MIT
#include "config/settings.hpp"

#include <lpg/database_url.hpp>
#include <lpg/errors.hpp>
#include <lpg/import.hpp>
#include <lpg/mailbox.hpp>
#include <lpg/text.hpp>

#include <fmt/format.h>
#include <toml++/toml.h>

#include <functional>
#include <set>

namespace lpg::config {

namespace {

using Apply = std::function<void(Config&, const toml::node&, const std::string& where)>;
using Show = std::function<std::string(const Config&)>;

struct Spec {
  std::string key;  // "section.name"
  Apply apply;
  Show show;
};

}  // namespace

std::string where_of(const std::string& origin, const toml::source_region& src) {
  return fmt::format("{}:{}:{}", origin, src.begin.line, src.begin.column);
}

namespace {

[[noreturn]] void wrong_type(const std::string& where, const std::string& key, const char* want) {
  throw Error(ErrorKind::Config, fmt::format("{}: {} must be {}", where, key, want),
              "see lpg.toml(5) or share/lpg.example.toml");
}

std::string as_string(const toml::node& node, const std::string& where, const std::string& key) {
  if (auto value = node.value<std::string>(); value && node.is_string()) return *value;
  wrong_type(where, key, "a string");
}

}  // namespace

std::string one_of(const toml::node& node, const std::string& where, const std::string& key,
                   std::initializer_list<const char*> allowed) {
  std::string value = as_string(node, where, key);
  for (const char* ok : allowed) {
    if (value == ok) return value;
  }
  throw Error(ErrorKind::Config, fmt::format("{}: {} = \"{}\" is not one of: {}", where, key, value,
                                             fmt::join(allowed, ", ")));
}

namespace {

std::int64_t as_int(const toml::node& node, const std::string& where, const std::string& key,
                    std::int64_t min, std::int64_t max) {
  auto value = node.value_exact<std::int64_t>();
  if (!value) wrong_type(where, key, "a whole number");
  if (*value < min || *value > max) {
    throw Error(ErrorKind::Config, fmt::format("{}: {} = {} is out of range ({} to {})", where, key,
                                               *value, min, max));
  }
  return *value;
}

// One mail address, checked when the configuration is read: a bad one stops every command
// (exit 78) rather than reaching a header or a calendar.
Mailbox as_mailbox(const toml::node& node, const std::string& where, const std::string& key) {
  std::string text = as_string(node, where, key);
  if (trim(text).empty()) return {};
  try {
    return parse_mailbox(text, key);
  } catch (const Error& e) {
    throw Error(ErrorKind::Config, fmt::format("{}: {}", where, e.what()), e.hint());
  }
}

}  // namespace

std::vector<std::string> as_strings(const toml::node& node, const std::string& where,
                                    const std::string& key) {
  const auto* array = node.as_array();
  if (array == nullptr) wrong_type(where, key, "an array of strings");
  std::vector<std::string> out;
  for (const auto& item : *array) {
    if (!item.is_string()) wrong_type(where, key, "an array of strings");
    out.push_back(*item.value<std::string>());
  }
  return out;
}

std::string show_strings(const std::vector<std::string>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + quote(values[i]);
  return out + "]";
}

namespace {

// The duration settings accept "Nd" only; the full parser lives with the dates.
void check_days(const std::string& value, const std::string& where, const std::string& key,
                bool allow_end_of_term) {
  if (allow_end_of_term && value == "end-of-term") return;
  bool ok = value.size() >= 2 && value.back() == 'd' && value.size() <= 5 &&
            value.find_first_not_of("0123456789", 0) == value.size() - 1;
  if (!ok) {
    throw Error(ErrorKind::Config,
                fmt::format("{}: {} = \"{}\" must be a number of days such as \"14d\"{}", where,
                            key, value, allow_end_of_term ? " or \"end-of-term\"" : ""));
  }
}

const std::vector<Spec>& specs() {
  static const std::vector<Spec> all = {
      {"database.path",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.db_path = as_string(n, w, "database.path");
         if (c.db_path.empty()) wrong_type(w, "database.path", "a non-empty path");
       },
       [](const Config& c) { return quote(redact_database_url(c.db_path)); }},
      {"database.url",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.db_url = as_string(n, w, "database.url");
         if (!is_postgres_url(c.db_url)) {
           throw Error(ErrorKind::Config,
                       fmt::format("{}: database.url = {} is not a postgresql:// URL", w,
                                   quote(redact_database_url(c.db_url))),
                       "write postgresql://[user@]host/database, or give a SQLite file as "
                       "database.path");
         }
       },
       [](const Config& c) { return quote(redact_database_url(c.db_url)); }},
      {"database.busy_timeout_ms",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.busy_timeout_ms = static_cast<int>(as_int(n, w, "database.busy_timeout_ms", 0, 600000));
       },
       [](const Config& c) { return std::to_string(c.busy_timeout_ms); }},
      {"general.timezone",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.timezone = as_string(n, w, "general.timezone");
       },
       [](const Config& c) { return quote(c.timezone); }},
      {"output.date_style",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.date_style = one_of(n, w, "output.date_style", {"iso", "uk", "long"});
       },
       [](const Config& c) { return quote(c.date_style); }},
      {"output.color",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.color = one_of(n, w, "output.color", {"auto", "always", "never"});
       },
       [](const Config& c) { return quote(c.color); }},
      {"output.csv_bom",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.csv_bom = one_of(n, w, "output.csv_bom", {"files", "always", "never"});
       },
       [](const Config& c) { return quote(c.csv_bom); }},
      {"minutes.officer",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.minutes_officer = as_mailbox(n, w, "minutes.officer");
       },
       [](const Config& c) { return quote(display(c.minutes_officer)); }},
      {"minutes.deadline",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.minutes_deadline = as_string(n, w, "minutes.deadline");
         check_days(c.minutes_deadline, w, "minutes.deadline", true);
       },
       [](const Config& c) { return quote(c.minutes_deadline); }},
      {"reminders.within",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.reminders_within = as_string(n, w, "reminders.within");
         check_days(c.reminders_within, w, "reminders.within", false);
       },
       [](const Config& c) { return quote(c.reminders_within); }},
      {"reminders.organizer",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.reminders_organizer = as_mailbox(n, w, "reminders.organizer");
       },
       [](const Config& c) { return quote(display(c.reminders_organizer)); }},
      {"terms.academic_year_starts",
       [](Config& c, const toml::node& n, const std::string& w) {
         auto rule =
             parse_year_start(one_of(n, w, "terms.academic_year_starts", {"august", "september"}));
         c.year_start = *rule;
       },
       [](const Config& c) { return quote(to_string(c.year_start)); }},
      {"requirements.roles",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.required_roles = as_strings(n, w, "requirements.roles");
         check_roles(c.required_roles, w, "requirements.roles");
       },
       [](const Config& c) { return show_strings(c.required_roles); }},
      {"requirements.minutes",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.required_minutes =
             one_of(n, w, "requirements.minutes", {"submitted", "recorded", "none"});
       },
       [](const Config& c) { return quote(c.required_minutes); }},
      {"groups.extra_kinds",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.extra_group_kinds = as_strings(n, w, "groups.extra_kinds");
       },
       [](const Config& c) { return show_strings(c.extra_group_kinds); }},
      {"retention.left_years",
       [](Config& c, const toml::node& n, const std::string& w) {
         c.retention_left_years = static_cast<int>(as_int(n, w, "retention.left_years", 0, 100));
       },
       [](const Config& c) { return std::to_string(c.retention_left_years); }},
      {"import.max_close",
       [](Config& c, const toml::node& n, const std::string& w) {
         // A number of organisations (12 or "12") or a percentage ("5%").
         auto count = n.value_exact<std::int64_t>();
         c.import_max_close = count ? std::to_string(*count) : as_string(n, w, "import.max_close");
         try {
           parse_close_limit(c.import_max_close, "import.max_close");
         } catch (const Error& e) {
           throw Error(ErrorKind::Config, fmt::format("{}: {}", w, e.what()), e.hint());
         }
       },
       [](const Config& c) {
         return c.import_max_close.ends_with('%') ? quote(c.import_max_close) : c.import_max_close;
       }},
  };
  return all;
}

const Spec* find_spec(const std::string& key) {
  for (const auto& spec : specs()) {
    if (spec.key == key) return &spec;
  }
  return nullptr;
}

}  // namespace

void set_setting(Config& config, const std::string& key, const std::string& value,
                 const std::string& origin) {
  for (auto& s : config.settings) {
    if (s.key == key) {
      s.value = value;
      s.origin = origin;
      return;
    }
  }
  config.settings.push_back({key, value, origin});
}

namespace {

// [core_categories] is the one section whose keys are open: one array per group kind.
void apply_core_categories(Config& config, const toml::table& table, const std::string& origin) {
  for (const auto& [kind, node] : table) {
    std::string key = "core_categories." + std::string(kind.str());
    std::string where = where_of(origin, node.source());
    config.core_categories[std::string(kind.str())] = as_strings(node, where, key);
    set_setting(config, key, show_strings(config.core_categories[std::string(kind.str())]), where);
  }
}

}  // namespace

std::string quote(const std::string& value) {
  std::string out = "\"";
  for (char ch : value) {
    switch (ch) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<int>(ch));
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

Config defaults() {
  Config config;
  config.core_categories["partnership"] = default_core_categories();
  for (const auto& spec : specs()) {
    if (spec.key.starts_with("database.") && spec.key != "database.busy_timeout_ms") {
      continue;  // decided in load_config
    }
    config.settings.push_back({spec.key, spec.show(config), "default"});
  }
  config.settings.push_back({"core_categories.partnership",
                             show_strings(config.core_categories["partnership"]), "default"});
  return config;
}

void apply_toml(Config& config, const std::string& text, const std::string& origin_name) {
  toml::table root;
  try {
    root = toml::parse(text, origin_name);
  } catch (const toml::parse_error& e) {
    throw Error(ErrorKind::Config,
                fmt::format("{}: {}", where_of(origin_name, e.source()), e.description()),
                "fix the file, or compare it with share/lpg.example.toml");
  }
  for (const auto& [section_key, section_node] : root) {
    std::string section(section_key.str());
    std::string where = where_of(origin_name, section_node.source());
    const auto* table = section_node.as_table();
    if (table == nullptr) {
      throw Error(ErrorKind::Config, fmt::format("{}: unknown key '{}'", where, section),
                  "settings live in sections such as [database]; see lpg.toml(5)");
    }
    if (section == "core_categories") {
      apply_core_categories(config, *table, origin_name);
      continue;
    }
    for (const auto& [name, node] : *table) {
      std::string key = section + "." + std::string(name.str());
      std::string node_where = where_of(origin_name, node.source());
      if (section == "requirements" && node.is_table()) {
        apply_kind_requirements(config, std::string(name.str()), *node.as_table(), origin_name);
        continue;
      }
      const Spec* spec = find_spec(key);
      if (spec == nullptr) {
        throw Error(ErrorKind::Config, fmt::format("{}: unknown key '{}'", node_where, key),
                    "see lpg.toml(5) for the keys lpg knows");
      }
      spec->apply(config, node, node_where);
      set_setting(config, key, spec->show(config), node_where);
    }
  }
  check_requirements(config);
}

}  // namespace lpg::config

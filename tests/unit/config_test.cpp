// SPDX-License-Identifier: MIT
#include <lpg/config.hpp>
#include <lpg/errors.hpp>
#include <lpg/setup.hpp>
#include <lpg/text.hpp>

#include <doctest/doctest.h>

using namespace lpg;

namespace {
std::string config_error(const std::string& text) {
  try {
    parse_config(text, "c.toml");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Config);
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("the example configuration parses to the defaults") {
  Config config = parse_config(example_config(), "example.toml");
  CHECK(config.busy_timeout_ms == 5000);
  CHECK(config.timezone == "Europe/London");
  CHECK(config.core_categories.at("partnership").size() == 12);
  Config with_db = parse_config(config_text(std::string("/srv/lpg/it's.db")), "x.toml");
  CHECK(with_db.db_path == "/srv/lpg/it's.db");
}

TEST_CASE("bad configuration names file, line and column") {
  CHECK(config_error("[database]\nbusy_timeout_ms = \"soon\"\n") ==
        "c.toml:2:19: database.busy_timeout_ms must be a whole number");
  CHECK(config_error("[database]\ncolour = 1\n") == "c.toml:2:10: unknown key 'database.colour'");
  CHECK(config_error("[output]\ndate_style = \"us\"\n").starts_with("c.toml:2:14:"));
  CHECK(config_error("[database\n").starts_with("c.toml:1:"));
  CHECK(config_error("stray = 1\n") == "c.toml:1:9: unknown key 'stray'");
  CHECK(config_error("[minutes]\ndeadline = \"soon\"\n").find("14d") != std::string::npos);
}

TEST_CASE("config origins are recorded") {
  Config config = parse_config("[output]\ndate_style = \"uk\"\n", "c.toml");
  bool found = false;
  for (const auto& s : config.settings) {
    if (s.key == "output.date_style") {
      CHECK(s.value == "\"uk\"");
      CHECK(s.origin == "c.toml:2:14");
      found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("paths follow --config, then LPG_CONFIG, then XDG") {
  Environment env;
  env.vars["HOME"] = "/home/a";
  CHECK(config_file_path(env) == "/home/a/.config/lpg/config.toml");
  CHECK(default_db_path(env) == "/home/a/.local/share/lpg/lpg.db");
  env.vars["XDG_CONFIG_HOME"] = "/x";
  env.vars["XDG_DATA_HOME"] = "relative/ignored";
  CHECK(config_file_path(env) == "/x/lpg/config.toml");
  CHECK(default_db_path(env) == "/home/a/.local/share/lpg/lpg.db");
  env.vars["LPG_CONFIG"] = "/etc/lpg.toml";
  CHECK(config_file_path(env) == "/etc/lpg.toml");
  env.config_flag = "/tmp/c.toml";
  CHECK(config_file_path(env) == "/tmp/c.toml");
}

TEST_CASE("text helpers") {
  CHECK(nearest("meting", {"meeting", "minutes", "member"}) ==
        std::optional<std::string>("meeting"));
  CHECK_FALSE(nearest("zzz", {"meeting", "group"}).has_value());
  CHECK(trim("  St Mary's\xC2\xA0") == "St Mary's");
  CHECK(valid_utf8("Zo\xC3\xAB"));
  CHECK_FALSE(valid_utf8("Zo\xEB"));
  CHECK_FALSE(valid_utf8("\xC0\xAF"));
}

TEST_CASE("requirements per kind of group: the default, a kind's own, and the categories") {
  Config plain = parse_config("", "c.toml");
  KindRequirements hub = requirements_of(plain, "hub");
  CHECK(hub.roles == std::vector<std::string>{"chair", "safeguarding-lead"});
  CHECK(hub.minutes == "submitted");
  CHECK(hub.core_categories.empty());
  CHECK(requirements_of(plain, "partnership").core_categories.size() == 12);

  Config c = parse_config(
      "[requirements]\nminutes = \"recorded\"\n[requirements.hub]\nroles = [\"chair\"]\n"
      "[groups]\nextra_kinds = [\"forum\"]\n[requirements.forum]\nminutes = \"none\"\n",
      "c.toml");
  CHECK(requirements_of(c, "hub").roles == std::vector<std::string>{"chair"});
  CHECK(requirements_of(c, "hub").minutes == "recorded");  // from [requirements]
  CHECK(requirements_of(c, "forum").minutes == "none");
  CHECK(requirements_of(c, "forum").roles.size() == 2);
  CHECK(config_error("[requirements.hubs]\nroles = []\n").starts_with("c.toml:1:1: "));
  CHECK(config_error("[requirements]\nroles = [\"boss\"]\n") ==
        "c.toml:2:9: requirements.roles names an unknown role \"boss\"");
  CHECK(config_error("[requirements.hub]\nminutes = 1\n") ==
        "c.toml:2:11: requirements.hub.minutes must be a string");
}

TEST_CASE("terms.academic_year_starts") {
  CHECK(parse_config("", "c.toml").year_start.month == 9);
  CHECK(parse_config("[terms]\nacademic_year_starts = \"august\"\n", "c.toml").year_start.month ==
        8);
  CHECK(config_error("[terms]\nacademic_year_starts = \"August\"\n") ==
        "c.toml:2:24: terms.academic_year_starts = \"August\" is not one of: august, september");
}

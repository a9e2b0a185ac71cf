// SPDX-License-Identifier: MIT
// lpg __complete WORDS...: completion candidates, one per line, for a partial command line (the
// words after `lpg`, the last being the word under the cursor, possibly empty). The shell
// scripts in completions/ call it. It walks the CLI11 tree the command table built, so every
// command and option is known here without a list of its own, and it fetches group, area,
// organisation, person and term names from the database. It never fails loudly: no database,
// a bad configuration or anything else unexpected prints nothing and exits 0.
#include <lpg/complete.hpp>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <array>
#include <optional>

#include "app.hpp"
#include "cli_tree.hpp"

namespace lpg::cli {

namespace {

// What option and positional names say they hold. A new command gets value completion by
// naming its options and positionals after what they take (`--group`, `org`, ...).
struct ValueKind {
  std::string_view name;
  std::string_view kind;
};
constexpr std::array<ValueKind, 14> kValueKinds = {{
    {"group", "group"},
    {"reports-to", "group"},
    {"after", "group"},
    {"org", "org"},
    {"host", "org"},
    {"organisation", "org"},
    {"person", "person"},
    {"owner", "person"},
    {"area", "area"},
    {"parent", "area"},
    {"term", "term"},
    {"meeting", "meeting"},
    {"membership", "group"},
    {"represented-by", "person"},
}};

// Where the words typed so far have led: the command reached, the positional words it has,
// an option still waiting for its value, and any --db/--config to complete against.
struct Walk {
  CLI::App* app = nullptr;
  std::vector<std::string> positionals;
  std::string pending_name;    // an option still waiting for its value, e.g. "--db"
  bool options_ended = false;  // after "--"
  std::optional<std::string> db, config;
};

void note_value(Walk& walk, const std::string& option, const std::string& value) {
  if (option == "--db") walk.db = value;
  if (option == "--config") walk.config = value;
}

std::optional<std::string_view> kind_of(std::string name) {
  name.erase(0, name.find_first_not_of('-'));
  for (const auto& [n, kind] : kValueKinds) {
    if (n == name) return kind;
  }
  return std::nullopt;
}

Walk walk_words(CLI::App& root, const std::vector<std::string>& done) {
  Walk walk;
  walk.app = &root;
  for (const std::string& word : done) {
    if (!walk.pending_name.empty()) {
      note_value(walk, walk.pending_name, word);
      walk.pending_name.clear();
    } else if (!walk.options_ended && word == "--") {
      walk.options_ended = true;
    } else if (!walk.options_ended && word.size() > 1 && word[0] == '-') {
      std::size_t eq = word.find('=');
      std::string name = word.substr(0, eq);
      const CLI::Option* option = find_option(*walk.app, name);
      if (option != nullptr && !takes_value(*option)) continue;
      if (eq != std::string::npos) {
        note_value(walk, name, word.substr(eq + 1));
      } else if (option != nullptr || kind_of(name)) {
        walk.pending_name = name;  // an unknown --group still surely takes a group
      }
    } else if (CLI::App* sub =
                   walk.positionals.empty() ? find_subcommand(*walk.app, word) : nullptr) {
      walk.app = sub;
    } else {
      walk.positionals.push_back(word);
    }
  }
  return walk;
}

// Names from the database; the configuration and database are found as any command finds
// them, honouring a --db or --config already on the line.
std::vector<std::string> db_values(const Context& ctx, const Walk& walk, std::string_view kind,
                                   const std::string& prefix) {
  Environment env = ctx.environment();
  if (walk.config) env.config_flag = walk.config;
  if (walk.db) env.db_flag = walk.db;
  Config config = load_config(env);
  Store store = Store::open({config.db_path, 250, false, "lpg __complete"});
  Clock clock = Clock::make(std::nullopt, config.timezone);
  return complete_values({store, clock, config}, kind, prefix);
}

std::vector<std::string> values_for(const Context& ctx, const Walk& walk, const std::string& name,
                                    const std::string& prefix) {
  if (name == "--format") {
    std::vector<std::string> out;
    for (const char* f : {"table", "csv", "json"}) {
      if (std::string_view(f).starts_with(prefix)) out.emplace_back(f);
    }
    return out;
  }
  auto kind = kind_of(name);
  if (!kind) return {};
  return db_values(ctx, walk, *kind, prefix);
}

// `lpg help db <TAB>` completes command words, as `lpg db <TAB>` does.
CLI::App* help_target(CLI::App& root, const Walk& walk) {
  CLI::App* at = &root;
  for (const auto& word : walk.positionals) {
    at = find_subcommand(*at, word);
    if (at == nullptr) return nullptr;
  }
  return at;
}

void add_words(std::vector<std::string>& out, CLI::App& app, const std::string& prefix) {
  for (CLI::App* sub : subcommands_of(app, false)) {
    if (sub->get_name().starts_with(prefix)) out.push_back(sub->get_name());
  }
}

// "--f" -> --force, --format; "--format=j" -> --format=json.
std::vector<std::string> option_candidates(const Context& ctx, const Walk& walk,
                                           const std::string& cur) {
  std::vector<std::string> out;
  std::size_t eq = cur.find('=');
  if (eq != std::string::npos) {
    for (const auto& v : values_for(ctx, walk, cur.substr(0, eq), cur.substr(eq + 1))) {
      out.push_back(cur.substr(0, eq + 1) + v);
    }
    return out;
  }
  for (const CLI::Option* option : options_of(*walk.app)) {
    for (const auto& name : names_of(*option)) {
      bool seen = std::find(out.begin(), out.end(), name) != out.end();
      if (name.starts_with(cur) && !seen) out.push_back(name);
    }
  }
  return out;
}

// Values for the positional the current word fills; a list positional takes every word left.
std::vector<std::string> positional_values(const Context& ctx, const Walk& walk,
                                           const std::string& cur) {
  auto positionals = positionals_of(*walk.app);
  if (positionals.empty()) return {};
  std::size_t index = walk.positionals.size();
  if (index >= positionals.size() && positionals.back()->get_items_expected_max() > 1) {
    index = positionals.size() - 1;
  }
  if (index >= positionals.size()) return {};
  return values_for(ctx, walk, positionals[index]->get_name(true), cur);
}

std::vector<std::string> candidates(Context& ctx, const std::vector<std::string>& words) {
  Walk walk = walk_words(ctx.root(), {words.begin(), words.end() - 1});
  const std::string& cur = words.back();
  if (!walk.pending_name.empty()) return values_for(ctx, walk, walk.pending_name, cur);
  if (!walk.options_ended && cur.starts_with("-")) return option_candidates(ctx, walk, cur);
  std::vector<std::string> out;
  if (walk.app->get_name() == "help" && walk.app->get_parent() == &ctx.root()) {
    if (CLI::App* target = help_target(ctx.root(), walk)) add_words(out, *target, cur);
    return out;
  }
  if (walk.positionals.empty()) add_words(out, *walk.app, cur);
  auto values = positional_values(ctx, walk, cur);
  out.insert(out.end(), values.begin(), values.end());
  return out;
}

}  // namespace

Action setup_complete(CLI::App& sub) {
  // Every word after __complete is data, even "--group" or "--help": CLI11 leaves them, in
  // order, in remaining(). (Only a first word of exactly "--" is lost to CLI11; nobody types
  // `lpg -- ...`.) Opening the database may apply pending migrations, as any command does.
  sub.prefix_command();
  sub.fallthrough(false);
  sub.set_help_flag();
  CLI::App* self = &sub;
  return [self](Context& ctx) {
    std::vector<std::string> words = self->remaining();
    if (words.empty()) words.emplace_back();
    try {
      for (const auto& candidate : candidates(ctx, words)) {
        if (candidate.find('\n') == std::string::npos) ctx.out() << candidate << '\n';
      }
    } catch (...) {  // silence: completion must never spill errors into the user's prompt
    }
  };
}

}  // namespace lpg::cli

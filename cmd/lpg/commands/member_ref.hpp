// SPDX-License-Identifier: MIT
#pragma once
// The way member end/edit name one membership: `#ID`, or GROUP with --org or --person.

#include <lpg/members.hpp>
#include <lpg/refs.hpp>

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace lpg::cli {

struct MemberRefOptions {
  std::string target;  ///< "#12" / "12" (a membership id) or a group
  std::string org, person;
};

inline std::shared_ptr<MemberRefOptions> add_member_ref_options(CLI::App& sub) {
  auto o = std::make_shared<MemberRefOptions>();
  sub.add_option("membership", o->target, "A membership id (#12), or the group")->required();
  auto* org = sub.add_option("--org", o->org, "The organisation, with a group");
  sub.add_option("--person", o->person, "The person, with a group")->excludes(org);
  return o;
}

inline MemberRef resolve_member_ref(const Session& s, const MemberRefOptions& o) {
  MemberRef ref;
  if (o.org.empty() && o.person.empty()) {
    if (auto id = id_reference(o.target)) {
      ref.id = *id;
      return ref;
    }
  }
  ref.group = find_group(s, o.target);
  if (!o.org.empty()) ref.org = find_org(s, o.org);
  if (!o.person.empty()) ref.person = find_person(s, o.person);
  return ref;
}

}  // namespace lpg::cli

// SPDX-License-Identifier: MIT
// The quorum count (quorum_rules.hpp); groups are small, so the simple augmenting-path method
// finds the maximum matching.
#include "attendance/quorum_rules.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace lpg::meetings {

namespace {

// Does this person's attendance speak for this membership: their own, or their organisation's?
bool stands_for(const Attendee& a, const Seat& seat) {
  return (seat.person_id && *seat.person_id == a.person_id) ||
         (seat.org_id && a.org_id && *seat.org_id == *a.org_id);
}

// The matching: holder[seat] is the attendee counted for it, or -1. Only seats with
// eligible[seat] take part. Returns how many seats are held.
class Matching {
 public:
  Matching(const std::vector<Attendee>& people, const std::vector<Seat>& seats,
           const std::vector<bool>& eligible)
      : people_(people), seats_(seats), holder_(seats.size(), -1) {
    for (std::size_t i = 0; i < seats.size(); ++i) {
      if (!eligible[i]) continue;
      std::vector<bool> seen(people.size(), false);
      if (claim(i, seen)) ++held_;
    }
  }
  int held() const { return held_; }
  int holder(std::size_t seat) const { return holder_[seat]; }
  /// The seat an attendee is counted for, if any.
  std::optional<std::size_t> seat_of(std::size_t person) const {
    auto it = std::find(holder_.begin(), holder_.end(), static_cast<int>(person));
    if (it == holder_.end()) return std::nullopt;
    return static_cast<std::size_t>(it - holder_.begin());
  }

 private:
  // Finds an attendee for `seat`, moving others to other seats they stand for if need be.
  bool claim(std::size_t seat, std::vector<bool>& seen) {
    for (std::size_t p = 0; p < people_.size(); ++p) {
      if (seen[p] || !people_[p].there() || !stands_for(people_[p], seats_[seat])) continue;
      seen[p] = true;
      auto taken = seat_of(p);
      if (!taken || claim(*taken, seen)) {
        if (taken) holder_[*taken] = -1;
        holder_[seat] = static_cast<int>(p);
        return true;
      }
    }
    return false;
  }

  const std::vector<Attendee>& people_;
  const std::vector<Seat>& seats_;
  std::vector<int> holder_;
  int held_ = 0;
};

std::string presence(const Attendee& a) {
  if (a.status == "represented") return fmt::format("{} represented by {}", a.name, a.deputy);
  return a.name + " present";
}

// Why a seat the rule counts was not counted: someone of it counted elsewhere, apologies,
// or nobody there.
std::string why_not(const std::vector<Attendee>& people, const std::vector<Seat>& seats,
                    const Matching& m, std::size_t seat) {
  std::vector<std::string> apologies;
  for (std::size_t p = 0; p < people.size(); ++p) {
    if (!stands_for(people[p], seats[seat])) continue;
    if (people[p].there()) {
      auto other = m.seat_of(p);
      return fmt::format("{}, counted once, for {}", presence(people[p]),
                         other ? seats[*other].member.member : "another member");
    }
    if (people[p].status == "apologies") apologies.push_back(people[p].name);
  }
  if (!apologies.empty()) return fmt::format("apologies from {}", fmt::join(apologies, ", "));
  return "no one present or represented";
}

}  // namespace

int required_by(const std::string& rule, int core_members) {
  auto slash = rule.find('/');
  if (slash == std::string::npos) return std::stoi(rule);
  int a = std::stoi(rule.substr(0, slash));
  int b = std::stoi(rule.substr(slash + 1));
  // A quorum is never nobody: 1/2 of a group without core members still needs one.
  return std::max(1, (a * core_members + b - 1) / b);
}

QuorumResult count_quorum(const std::string& rule, const std::string& day,
                          const std::vector<Seat>& seats, const std::vector<Attendee>& people) {
  QuorumResult r;
  r.rule = rule;
  r.fraction = r.rule.find('/') != std::string::npos;
  r.day = day;
  std::vector<bool> all(seats.size(), true), counts(seats.size(), true);
  for (std::size_t i = 0; i < seats.size(); ++i) {
    bool core = seats[i].member.kind == "core";
    r.core_members += core ? 1 : 0;
    counts[i] = core || !r.fraction;
  }
  r.attended = Matching(people, seats, all).held();
  Matching m(people, seats, counts);
  r.counted = m.held();
  for (std::size_t i = 0; i < seats.size(); ++i) {
    QuorumMember member = seats[i].member;
    member.counts = counts[i];
    member.counted = m.holder(i) >= 0;
    if (!member.counts) {
      member.why = fmt::format("additional member: {} counts core members only", r.rule);
    } else if (member.counted) {
      member.why = presence(people[static_cast<std::size_t>(m.holder(i))]);
    } else {
      member.why = why_not(people, seats, m, i);
    }
    r.members.push_back(std::move(member));
  }
  r.required = r.rule.empty() ? 0 : required_by(r.rule, r.core_members);
  r.met = r.rule.empty() || r.counted >= r.required;
  return r;
}

}  // namespace lpg::meetings

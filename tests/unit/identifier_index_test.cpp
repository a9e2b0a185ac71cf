// SPDX-License-Identifier: MIT
#include "org/identifier_index.hpp"

#include <doctest/doctest.h>

#include <string>

using lpg::import::IdentifierIndex;

TEST_CASE("identifier index: set, find, erase and set again, through growth") {
  IdentifierIndex index;
  CHECK_FALSE(index.find("ofsted-urn", "EY1").has_value());
  for (int i = 0; i < 20000; ++i) index.set("ofsted-urn", "EY" + std::to_string(i), i + 1);
  index.set("dfe-urn", "EY7", 99);  // the same value in another scheme is another key
  for (int i = 0; i < 20000; i += 997) {
    CHECK(index.find("ofsted-urn", "EY" + std::to_string(i)) == i + 1);
  }
  CHECK(index.find("dfe-urn", "EY7") == 99);
  CHECK(index.find("ofsted-urn", "EY7") == 8);
  CHECK_FALSE(index.find("ofsted-urn", "EY20000").has_value());
  CHECK_FALSE(index.find("ofsted-ur", "nEY7").has_value());  // the separator counts
  index.erase("ofsted-urn", "EY7");
  CHECK_FALSE(index.find("ofsted-urn", "EY7").has_value());
  CHECK(index.find("dfe-urn", "EY7") == 99);
  index.set("ofsted-urn", "EY7", 42);  // given again, to another organisation
  CHECK(index.find("ofsted-urn", "EY7") == 42);
  index.set("ofsted-urn", "EY8", 43);  // moved
  CHECK(index.find("ofsted-urn", "EY8") == 43);
  index.reserve(100000);  // growing keeps everything
  CHECK(index.find("ofsted-urn", "EY19999") == 20000);
  CHECK(index.find("ofsted-urn", "EY7") == 42);
}

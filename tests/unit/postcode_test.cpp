// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/postcode.hpp>

#include <doctest/doctest.h>

using namespace lpg;

TEST_CASE("postcodes are normalised to upper case with one space") {
  CHECK(*normalise_postcode("OX26 6AB") == "OX26 6AB");
  CHECK(*normalise_postcode("ox266ab") == "OX26 6AB");
  CHECK(*normalise_postcode("  Ox26   6aB ") == "OX26 6AB");
  CHECK(*normalise_postcode("OX26\xC2\xA0"
                            "6AB") == "OX26 6AB");  // no-break space
  CHECK(*normalise_postcode("OX26\xE2\x80\xAF"
                            "6AB") == "OX26 6AB");  // narrow no-break
  CHECK(*normalise_postcode("OX2\t66AB") == "OX26 6AB");
  SUBCASE("every outward shape") {
    CHECK(*normalise_postcode("m11ae") == "M1 1AE");       // A9
    CHECK(*normalise_postcode("B33 8TH") == "B33 8TH");    // A99
    CHECK(*normalise_postcode("CR2 6XH") == "CR2 6XH");    // AA9
    CHECK(*normalise_postcode("DN55 1PT") == "DN55 1PT");  // AA99
    CHECK(*normalise_postcode("W1A 0AX") == "W1A 0AX");    // A9A
    CHECK(*normalise_postcode("EC1A 1BB") == "EC1A 1BB");  // AA9A
    CHECK(*normalise_postcode("SW1A 1AA") == "SW1A 1AA");
  }
  SUBCASE("the Girobank exception") {
    CHECK(*normalise_postcode("GIR 0AA") == "GIR 0AA");
    CHECK(*normalise_postcode("gir0aa") == "GIR 0AA");
    CHECK_FALSE(valid_postcode("GIR 0AB"));
  }
}

TEST_CASE("postcodes of the wrong shape are refused, naming the value") {
  for (const char* bad :
       {"", " ", "OX26", "OX26 6A", "OX26 6ABC", "OX266AB1", "6AB OX26", "O 6AB", "OXX26 6AB",
        "OX26-6AB", "OX26 AAB", "OX26 66B", "123 4AB", "ÖX26 6AB", "OX26 6AB\n", "REDACTED"}) {
    std::string shown = bad;
    CAPTURE(shown);
    CHECK_FALSE(valid_postcode(bad));
    CHECK_THROWS_AS(normalise_postcode(bad), Error);
  }
  try {
    normalise_postcode("OX26 6A");
    FAIL("accepted");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Invalid);
    CHECK(std::string(e.what()) == "invalid postcode \"OX26 6A\"");
    CHECK(e.hint() == "expected a UK postcode such as OX26 6AB or SW1A 1AA");
  }
}

TEST_CASE("postcodes use only the letters each position allows") {
  CHECK_FALSE(valid_postcode("QX1 1AA"));  // Q, V, X never first
  CHECK_FALSE(valid_postcode("VA1 1AA"));
  CHECK_FALSE(valid_postcode("XA1 1AA"));
  CHECK_FALSE(valid_postcode("AI1 1AA"));  // I, J, Z never second
  CHECK_FALSE(valid_postcode("AZ1 1AA"));
  CHECK_FALSE(valid_postcode("W1I 1AA"));  // A9A: third from ABCDEFGHJKPSTUW
  CHECK(valid_postcode("W1K 1AA"));
  CHECK_FALSE(valid_postcode("EC1C 1AA"));  // AA9A: fourth from ABEHMNPRVWXY
  CHECK(valid_postcode("EC1V 1AA"));
  CHECK_FALSE(valid_postcode("OX26 6CB"));  // inward letters never C, I, K, M, O, V
  CHECK_FALSE(valid_postcode("OX26 6AV"));
  CHECK(valid_postcode("OX26 6ZZ"));
}

TEST_CASE("REDACTED is no postcode only when the caller says so") {
  CHECK_FALSE(normalise_postcode("REDACTED", Redacted::AsMissing).has_value());
  CHECK_FALSE(normalise_postcode(" redacted ", Redacted::AsMissing).has_value());
  CHECK(*normalise_postcode("OX26 6AB", Redacted::AsMissing) == "OX26 6AB");
  CHECK_THROWS_AS(normalise_postcode("REDACTED", Redacted::Refuse), Error);
  CHECK_THROWS_AS(normalise_postcode("REDACTE", Redacted::AsMissing), Error);
}

TEST_CASE("normalising a postcode twice changes nothing") {
  for (const char* text : {"ox26 6ab", "sw1a1aa", "M1 1AE", "gir 0aa", "ec1a 1bb"}) {
    std::string once = *normalise_postcode(text);
    CHECK(*normalise_postcode(once) == once);
  }
}

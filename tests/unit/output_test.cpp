// SPDX-License-Identifier: MIT
#include <lpg/errors.hpp>
#include <lpg/output.hpp>

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace lpg;

namespace {

namespace fs = std::filesystem;

struct Folder {
  fs::path dir = fs::temp_directory_path() / ("lpg-output-" + std::to_string(::getpid()));
  Folder() { fs::create_directories(dir); }
  ~Folder() { fs::remove_all(dir); }
  std::string path(const char* name) const { return (dir / name).string(); }
  std::string read(const char* name) const {
    std::ifstream in(path(name), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {}));
  }
};

}  // namespace

TEST_CASE("slug makes short file names of a-z, 0-9 and single dashes") {
  CHECK(slug("Bicester Early Years") == "bicester-early-years");
  CHECK(slug("../../x") == "x");
  CHECK(slug("  Zoë's  Hub!! ") == "zo-s-hub");
  CHECK(slug("!!!").empty());
  std::string longest = slug(std::string(300, 'a') + " b", 60);
  CHECK(longest.size() <= 60);
  CHECK(slug("jo.smith@example.org") == slug("jo_smith@example.org"));
}

TEST_CASE("UniqueNames never gives one name twice, and keeps the first row's plain") {
  UniqueNames names({"all"});
  CHECK(names.take("x", "1") == "x");
  CHECK(names.take("x 18", "2") == "x-18");
  CHECK(names.take("../../x", "18") == "x--18");  // not x-18: no slug holds two dashes
  CHECK(names.take("All", "3") == "all--3");
  CHECK(names.take("", "4") == "id--4");
  CHECK(names.take("!!", "5") == "id--5");
}

TEST_CASE("write_output replaces a file whole, refuses when told, and leaves nothing behind") {
  Folder f;
  CHECK(write_output(f.path("a.csv"), "one"));
  CHECK(f.read("a.csv") == "one");
  struct stat st {};
  REQUIRE(::stat(f.path("a.csv").c_str(), &st) == 0);
  CHECK((st.st_mode & 07777) == 0600);
  CHECK(write_output(f.path("a.csv"), "two"));
  CHECK(f.read("a.csv") == "two");
  CHECK_FALSE(write_output(f.path("a.csv"), "two", {FileMode::Private, Target::Named, true, true}));
  try {
    write_output(f.path("a.csv"), "three", {FileMode::Private, Target::Named, false});
    FAIL("an existing file must be refused without replace");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Conflict);
  }
  CHECK(f.read("a.csv") == "two");
  {
    OutputFile abandoned(f.path("b.csv"));
    abandoned.write("half");
  }  // never committed: no b.csv, no temporary file
  CHECK(f.entries() == 1);
}

TEST_CASE("write_output replaces a link, never writes through it, and refuses a folder") {
  Folder f;
  write_output(f.path("target"), "precious");
  fs::create_symlink(f.path("target"), f.path("link"));
  write_output(f.path("link"), "new");
  CHECK(f.read("target") == "precious");
  CHECK_FALSE(fs::is_symlink(f.path("link")));
  CHECK(f.read("link") == "new");
  fs::create_directory(f.path("folder"));
  CHECK_THROWS_AS(write_output(f.path("folder"), "x"), Error);
  REQUIRE(::mkfifo(f.path("fifo").c_str(), 0600) == 0);
  // A FIFO lpg made the name of is refused, never renamed over.
  CHECK_THROWS_AS(write_output(f.path("fifo"), "x", {FileMode::Private, Target::Generated}), Error);
  CHECK(fs::is_fifo(f.path("fifo")));
}

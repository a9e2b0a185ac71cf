// SPDX-License-Identifier: MIT
#pragma once
// The one way lpg writes a file: exports, reports, calendars, mail, rejects, backups, the
// configuration. A file is replaced whole or not at all, never written through a symbolic
// link or a name someone else planted, and holds personal data only where its owner alone
// can read it.

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lpg {

/// Who may read what lpg writes.
enum class FileMode {
  Private,  ///< personal data: files 0600, new folders 0700 (as the database and its backups)
  Shared,   ///< published (calendar feeds, dashboards, the configuration): 0666 and 0777 less
            ///< the umask
};

/// Where a path came from, which decides what happens when it is not a regular file.
enum class Target {
  Named,      ///< the user named it (--out FILE): a FIFO, character device or socket (a pipe,
              ///< /dev/stdout), even through a link, is written directly
  Generated,  ///< lpg made the name inside a folder (a feed, a message): anything but a
              ///< regular file or a symbolic link there is refused
};

struct WriteOptions {
  FileMode mode = FileMode::Private;
  Target target = Target::Named;
  bool replace = true;          ///< false: an existing file is refused (Error{Conflict})
  bool skip_unchanged = false;  ///< a regular file already holding the bytes is left alone
};

/// A file being written: a temporary file with a random name in the target's folder (created
/// O_EXCL|O_NOFOLLOW with the mode), renamed over the target by commit() after an fsync, the
/// folder fsync-ed after. Destroyed without commit() (an error, an interrupt), it removes the
/// temporary file and the target is exactly as it was. An existing target that is a symbolic
/// link is replaced by the new file; what the link pointed to is never written. A directory,
/// a block device, or a special file lpg did not get named (Target::Generated) is refused
/// with Error{Conflict}; a named FIFO, character device or socket is written directly, never
/// renamed over or unlinked. Throws Error{CantCreate|Io|Conflict} naming the path.
class OutputFile {
 public:
  OutputFile(std::string path, const WriteOptions& options = {});
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  /// Appends bytes. Throws Error{Io} ("disk full") naming the target.
  void write(std::string_view bytes);
  /// Where the bytes go until commit(): the temporary file (or the special file itself). For
  /// writers that must open the file themselves (SQLite's backup): call release() first.
  const std::string& temp_path() const { return temp_; }
  /// Closes the descriptor so another writer can use temp_path().
  void release();
  /// fsync, rename into place, fsync the folder. After it, the file is the target.
  void commit();

  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_;
  int fd_ = -1;
  bool direct_ = false;
  bool done_ = false;
};

/// Writes `bytes` to `path` as OutputFile does. Returns false when skip_unchanged left an
/// identical file alone.
bool write_output(const std::string& path, std::string_view bytes,
                  const WriteOptions& options = {});

/// Makes the folder `dir` (and its parents) for output: new folders 0700 for Private data. An
/// existing folder is used as it is. Throws Error{CantCreate} naming it.
void make_output_dir(const std::string& dir, FileMode mode);

/// A name for a file made from text: lower-case ASCII letters and digits, every other run as
/// one '-', trimmed of '-', at most `max_bytes` (cut at a '-' where one is near); "" when the
/// text has no letter or digit. Never holds two dashes running, '/', '.' or a space.
std::string slug(std::string_view text, std::size_t max_bytes = 60);

/// File names unique by construction within one folder: the slug of a text, or when that is
/// empty, reserved or already taken, the slug (or "id") and "--" and the row's id ("x--18"),
/// which no slug can be (slugs never have two dashes running). Rows taken in id order keep
/// their plain names as later rows arrive.
class UniqueNames {
 public:
  explicit UniqueNames(std::set<std::string> reserved = {}) : taken_(std::move(reserved)) {}
  /// The name for the row `id` (unique among the rows given: "18", "p18"): text's slug, else
  /// slug--id.
  std::string take(std::string_view text, std::string_view id);

 private:
  std::set<std::string> taken_;
};

}  // namespace lpg

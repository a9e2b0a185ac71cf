// SPDX-License-Identifier: MIT
// mail/imip.hpp for the program: each call goes to the module lpg-mail-reader.so, loaded
// the first time a reply is read.
#include "core/module.hpp"
#include "mail/imip.hpp"
#include "mail/reader_module.hpp"

namespace lpg::mail {
namespace {

const MailReader& reader() {
  static const MailReader* loaded = [] {
    auto entry =
        reinterpret_cast<const MailReader* (*)()>(module_symbol("mail-reader", "lpg_mail_reader"));
    return entry();
  }();
  return *loaded;
}

}  // namespace

std::optional<ReadMessage> read_message(const std::string& bytes) {
  return reader().read_message(bytes);
}

std::optional<ImipEvent> read_imip(const std::string& text) { return reader().read_imip(text); }

}  // namespace lpg::mail

// SPDX-License-Identifier: MIT
#pragma once
// The module lpg-mail-reader.so: the GMime and libical readers behind mail/imip.hpp, and the
// one entry point the program looks up in it.

#include "mail/imip.hpp"

namespace lpg::mail {

namespace library {
std::optional<ReadMessage> read_message(const std::string& bytes);  // mime_read.cpp
std::optional<ImipEvent> read_imip(const std::string& text);        // imip_read.cpp
}  // namespace library

struct MailReader {
  std::optional<ReadMessage> (*read_message)(const std::string& bytes);
  std::optional<ImipEvent> (*read_imip)(const std::string& text);
};

}  // namespace lpg::mail

/// The module's entry point; the program finds it with dlsym.
extern "C" const lpg::mail::MailReader* lpg_mail_reader();

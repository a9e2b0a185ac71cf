// SPDX-License-Identifier: MIT
// Built into lpg-mail-reader.so only (see CMakeLists.txt), never into the program.
#include "mail/reader_module.hpp"

extern "C" __attribute__((visibility("default"))) const lpg::mail::MailReader* lpg_mail_reader() {
  static const lpg::mail::MailReader reader{&lpg::mail::library::read_message,
                                            &lpg::mail::library::read_imip};
  return &reader;
}

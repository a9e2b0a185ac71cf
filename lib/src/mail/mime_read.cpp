// SPDX-License-Identifier: MIT
// GMime, kept to this file: its GLib headers stay out of the rest of lpg.
#include <lpg/text.hpp>

#include <gmime/gmime.h>

#include <memory>
#include <mutex>

#include "mail/reader_module.hpp"

namespace lpg::mail {

namespace {

template <class T>
struct GUnref {
  void operator()(T* p) const {
    if (p != nullptr) g_object_unref(p);
  }
};
template <class T>
using GPtr = std::unique_ptr<T, GUnref<T>>;

bool is_calendar(GMimeContentType* type) {
  return g_mime_content_type_is_type(type, "text", "calendar") ||
         g_mime_content_type_is_type(type, "application", "ics");
}

// A part's content with its transfer encoding undone and, for a text part, in UTF-8.
std::string content_of(GMimePart* part) {
  if (GMIME_IS_TEXT_PART(part)) {
    char* text = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
    std::string out = text != nullptr ? text : "";
    g_free(text);
    return out;
  }
  GMimeDataWrapper* wrapper = g_mime_part_get_content(part);
  if (wrapper == nullptr) return "";
  GPtr<GMimeStream> stream(g_mime_stream_mem_new());
  g_mime_data_wrapper_write_to_stream(wrapper, stream.get());
  GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
  return {reinterpret_cast<const char*>(bytes->data), bytes->len};
}

std::string from_address(GMimeMessage* message) {
  InternetAddressList* list = g_mime_message_get_from(message);
  if (list == nullptr || internet_address_list_length(list) < 1) return "";
  InternetAddress* first = internet_address_list_get_address(list, 0);
  if (!INTERNET_ADDRESS_IS_MAILBOX(first)) return "";
  const char* addr = internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(first));
  return addr != nullptr ? ascii_lower(addr) : "";
}

}  // namespace

std::optional<ReadMessage> library::read_message(const std::string& bytes) {
  static std::once_flag once;
  std::call_once(once, [] { g_mime_init(); });
  GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.data(), bytes.size()));
  GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
  GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
  if (!message) return std::nullopt;
  ReadMessage out;
  out.from = from_address(message.get());
  const char* id = g_mime_message_get_message_id(message.get());
  out.message_id = id != nullptr ? id : "";
  GMimePartIter* iter = g_mime_part_iter_new(GMIME_OBJECT(message.get()));
  do {
    GMimeObject* current = g_mime_part_iter_get_current(iter);
    if (current != nullptr && GMIME_IS_PART(current) &&
        is_calendar(g_mime_object_get_content_type(current))) {
      out.calendars.push_back(content_of(GMIME_PART(current)));
    }
  } while (g_mime_part_iter_next(iter));
  g_mime_part_iter_free(iter);
  // A message that is one calendar part is not a multipart: the iterator starts inside it.
  if (out.calendars.empty()) {
    GMimeObject* body = g_mime_message_get_mime_part(message.get());
    if (body != nullptr && GMIME_IS_PART(body) && is_calendar(g_mime_object_get_content_type(body)))
      out.calendars.push_back(content_of(GMIME_PART(body)));
  }
  return out;
}

}  // namespace lpg::mail

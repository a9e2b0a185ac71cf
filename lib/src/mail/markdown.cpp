// SPDX-License-Identifier: MIT
// Minutes are Markdown: cmark (the CommonMark reference library) renders them. Raw HTML in the
// text and javascript: links are left out (cmark's safe default), so minutes cannot carry
// markup into the officer's mail client.
#include <lpg/mail_loop.hpp>

#include <cmark.h>

#include <cstdlib>
#include <memory>
#include <string>

namespace lpg {

namespace {

struct FreeNode {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
using Document = std::unique_ptr<cmark_node, FreeNode>;

Document parse(const std::string& markdown) {
  return Document(cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
}

// "- " or "3. " for a list item, by its list's type and the item's place in it.
std::string bullet(cmark_node* item) {
  cmark_node* list = cmark_node_parent(item);
  if (cmark_node_get_list_type(list) != CMARK_ORDERED_LIST) return "- ";
  int n = cmark_node_get_list_start(list);
  for (cmark_node* p = cmark_node_previous(item); p != nullptr; p = cmark_node_previous(p)) ++n;
  return std::to_string(n) + ". ";
}

// Underlines the heading just written (after the last line break) with `mark`, one a
// character, as plain-text mail has always marked headings.
void underline(std::string& out, char mark) {
  std::size_t start = out.rfind('\n') + 1;
  std::size_t chars = 0;
  for (std::size_t i = start; i < out.size(); ++i) {
    if ((static_cast<unsigned char>(out[i]) & 0xC0U) != 0x80U) ++chars;
  }
  out += '\n' + std::string(chars, mark) + "\n\n";
}

// Text a node adds on entering it (ENTER) and on leaving it (EXIT).
void plain(std::string& out, cmark_node* node, cmark_event_type ev, int& depth) {
  auto literal = [&] {
    const char* text = cmark_node_get_literal(node);
    return std::string(text != nullptr ? text : "");
  };
  bool enter = ev == CMARK_EVENT_ENTER;
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
      out += literal();
      break;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      out += '\n';
      out.append(static_cast<std::size_t>(2 * depth), ' ');
      break;
    case CMARK_NODE_CODE_BLOCK:
      out += literal() + "\n";
      break;
    case CMARK_NODE_THEMATIC_BREAK:
      out += "----------\n\n";
      break;
    case CMARK_NODE_LIST:
      depth += enter ? 1 : -1;
      if (!enter && depth == 0) out += "\n";
      break;
    case CMARK_NODE_ITEM:
      if (enter) out.append(static_cast<std::size_t>(2 * (depth - 1)), ' ').append(bullet(node));
      break;
    case CMARK_NODE_LINK:
      if (!enter && cmark_node_get_url(node) != nullptr && *cmark_node_get_url(node) != '\0') {
        out += std::string(" <") + cmark_node_get_url(node) + ">";
      }
      break;
    case CMARK_NODE_HEADING:
      if (enter) {
        out += '\n';  // the heading starts after this line break: underline() finds it
      } else {
        underline(out, cmark_node_get_heading_level(node) == 1 ? '=' : '-');
      }
      break;
    case CMARK_NODE_PARAGRAPH:
      if (!enter) out += depth > 0 ? "\n" : "\n\n";
      break;
    default:
      break;
  }
}

}  // namespace

std::string markdown_html(const std::string& markdown) {
  Document doc = parse(markdown);
  char* html = cmark_render_html(doc.get(), CMARK_OPT_DEFAULT);
  std::string body = html != nullptr ? html : "";
  std::free(html);
  return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n" + body +
         "</body></html>\n";
}

std::string markdown_text(const std::string& markdown) {
  Document doc = parse(markdown);
  std::string out;
  int depth = 0;
  cmark_iter* iter = cmark_iter_new(doc.get());
  for (auto ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
    plain(out, cmark_iter_get_node(iter), ev, depth);
  }
  cmark_iter_free(iter);
  while (out.starts_with('\n')) out.erase(0, 1);
  while (out.ends_with("\n\n")) out.pop_back();
  return out;
}

}  // namespace lpg

// SPDX-License-Identifier: MIT
// THE command table. `lpg help`, `lpg __complete`, the man-page check and the completion test
// all read it. A new command: one file in commands/, one declaration and one line here.
#include <CLI/CLI.hpp>

#include "app.hpp"

namespace lpg::cli {

Action setup_init(CLI::App&);
Action setup_help(CLI::App&);
Action setup_complete(CLI::App&);
Action setup_commands(CLI::App&);
Action setup_config_show(CLI::App&);
Action setup_config_path(CLI::App&);
Action setup_db_info(CLI::App&);
Action setup_db_check(CLI::App&);
Action setup_db_copy(CLI::App&);
Action setup_db_backup(CLI::App&);
Action setup_db_prune(CLI::App&);
Action setup_member_add(CLI::App&);
Action setup_member_end(CLI::App&);
Action setup_member_edit(CLI::App&);
Action setup_member_list(CLI::App&);
Action setup_mail_invitations(CLI::App&);
Action setup_mail_replies(CLI::App&);
Action setup_mail_minutes(CLI::App&);
Action setup_meeting_schedule(CLI::App&);
Action setup_meeting_list(CLI::App&);
Action setup_meeting_show(CLI::App&);
Action setup_meeting_move(CLI::App&);
Action setup_meeting_cancel(CLI::App&);
Action setup_meeting_edit(CLI::App&);
Action setup_meeting_attend(CLI::App&);
Action setup_meeting_agenda_add(CLI::App&);
Action setup_meeting_agenda_list(CLI::App&);
Action setup_meeting_agenda_remove(CLI::App&);
Action setup_meeting_export(CLI::App&);
Action setup_minutes_add(CLI::App&);
Action setup_minutes_edit(CLI::App&);
Action setup_minutes_history(CLI::App&);
Action setup_minutes_approve(CLI::App&);
Action setup_minutes_submit(CLI::App&);
Action setup_minutes_list(CLI::App&);
Action setup_minutes_show(CLI::App&);
Action setup_action_add(CLI::App&);
Action setup_action_list(CLI::App&);
Action setup_action_done(CLI::App&);
Action setup_action_carry(CLI::App&);
Action setup_action_show(CLI::App&);
Action setup_meeting_feed(CLI::App&);
Action setup_area_add(CLI::App&);
Action setup_area_list(CLI::App&);
Action setup_area_show(CLI::App&);
Action setup_area_edit(CLI::App&);
Action setup_area_remove(CLI::App&);
Action setup_group_add(CLI::App&);
Action setup_group_list(CLI::App&);
Action setup_group_show(CLI::App&);
Action setup_group_edit(CLI::App&);
Action setup_group_archive(CLI::App&);
Action setup_group_unarchive(CLI::App&);
Action setup_group_remove(CLI::App&);
Action setup_group_tree(CLI::App&);
Action setup_log(CLI::App&);
Action setup_org_add(CLI::App&);
Action setup_org_list(CLI::App&);
Action setup_org_show(CLI::App&);
Action setup_org_edit(CLI::App&);
Action setup_org_archive(CLI::App&);
Action setup_org_remove(CLI::App&);
Action setup_person_add(CLI::App&);
Action setup_person_list(CLI::App&);
Action setup_person_show(CLI::App&);
Action setup_person_edit(CLI::App&);
Action setup_person_remove(CLI::App&);
Action setup_person_forget(CLI::App&);
Action setup_person_export(CLI::App&);

Action setup_indicator_add(CLI::App&);
Action setup_indicator_list(CLI::App&);
Action setup_indicator_show(CLI::App&);
Action setup_indicator_edit(CLI::App&);
Action setup_indicator_archive(CLI::App&);
Action setup_indicator_record(CLI::App&);
Action setup_indicator_import(CLI::App&);
Action setup_priority_add(CLI::App&);
Action setup_priority_list(CLI::App&);
Action setup_priority_remove(CLI::App&);
Action setup_grant_add(CLI::App&);
Action setup_grant_list(CLI::App&);
Action setup_grant_show(CLI::App&);
Action setup_grant_edit(CLI::App&);
Action setup_grant_status(CLI::App&);
Action setup_report_grants(CLI::App&);
Action setup_report_dashboard(CLI::App&);
Action setup_report_reminders(CLI::App&);
Action setup_report_composition(CLI::App&);
Action setup_report_attendance(CLI::App&);
Action setup_report_compliance(CLI::App&);
Action setup_report_directory(CLI::App&);
Action setup_selftest_slow_write(CLI::App&);

Action setup_term_add(CLI::App&);
Action setup_term_list(CLI::App&);
Action setup_term_show(CLI::App&);
Action setup_term_current(CLI::App&);
Action setup_term_next(CLI::App&);
Action setup_term_day(CLI::App&);
Action setup_term_import(CLI::App&);
Action setup_term_remove(CLI::App&);

Action setup_import_orgs(CLI::App&);
Action setup_import_people(CLI::App&);
Action setup_import_members(CLI::App&);
Action setup_export_orgs(CLI::App&);
Action setup_export_people(CLI::App&);
Action setup_export_groups(CLI::App&);
Action setup_export_members(CLI::App&);
Action setup_export_registry(CLI::App&);
Action setup_import_groups(CLI::App&);
Action setup_export_meetings(CLI::App&);
Action setup_export_attendance(CLI::App&);
Action setup_export_actions(CLI::App&);
Action setup_import_meetings(CLI::App&);
Action setup_import_attendance(CLI::App&);
Action setup_import_actions(CLI::App&);

const std::vector<CommandSpec>& command_table() {
  static const std::vector<CommandSpec> table = {
      {{"init"}, "Write a configuration file and create the database", &setup_init},
      {{"help"}, "Show help for a command", &setup_help},
      {{"__complete"}, "Print completion candidates for a command line", &setup_complete, true},
      {{"__commands"}, "Print every command with its options", &setup_commands, true},

      {{"config"}, "Show the configuration in force"},
      {{"config", "show"}, "Print every setting and where its value came from", &setup_config_show},
      {{"config", "path"}, "Print the configuration file in use", &setup_config_path},

      {{"db"}, "Look after the database file"},
      {{"db", "info"}, "Path, schema version, size and rows per table", &setup_db_info},
      {{"db", "check"}, "Run SQLite's integrity and foreign-key checks", &setup_db_check},
      {{"db", "copy"}, "Copy a whole database between SQLite and PostgreSQL", &setup_db_copy},
      {{"db", "backup"}, "Copy the database safely, even while it is in use", &setup_db_backup},
      {{"db", "prune"}, "Erase people past the retention rule", &setup_db_prune},

      {{"area"}, "Districts, localities and city areas"},
      {{"area", "add"}, "Add an area", &setup_area_add},
      {{"area", "list"}, "List areas", &setup_area_list},
      {{"area", "show"}, "Show an area, what lies within it and what uses it", &setup_area_show},
      {{"area", "edit"}, "Rename an area or change its code or parent", &setup_area_edit},
      {{"area", "remove"}, "Remove an area nothing uses", &setup_area_remove},

      {{"group"}, "Partnership groups, hubs, boards and who reports to whom"},
      {{"group", "add"}, "Add a group", &setup_group_add},
      {{"group", "list"}, "List groups", &setup_group_list},
      {{"group", "show"}, "Show a group and its reporting lines", &setup_group_show},
      {{"group", "edit"}, "Change a group or its reporting lines", &setup_group_edit},
      {{"group", "archive"}, "Archive a group, keeping its history", &setup_group_archive},
      {{"group", "unarchive"}, "Bring back an archived group", &setup_group_unarchive},
      {{"group", "remove"}, "Remove a group (one with history needs --force)", &setup_group_remove},
      {{"group", "tree"}, "Draw who reports to whom", &setup_group_tree},

      {{"log"}, "Show the audit log of changes, newest first", &setup_log},

      {{"org"}, "Organisations: providers and partner bodies"},
      {{"org", "add"}, "Add an organisation", &setup_org_add},
      {{"org", "list"},
       "List organisations, filtered by sector, area, status or group",
       &setup_org_list},
      {{"org", "show"},
       "Show an organisation with its identifiers, groups and people",
       &setup_org_show},
      {{"org", "edit"}, "Change an organisation's details", &setup_org_edit},
      {{"org", "archive"},
       "Hide an organisation from lists, keeping its history",
       &setup_org_archive},
      {{"org", "remove"}, "Delete an organisation", &setup_org_remove},

      {{"person"}, "People: contacts in groups and organisations"},
      {{"person", "add"}, "Add a person", &setup_person_add},
      {{"person", "list"}, "List people, by organisation or name", &setup_person_list},
      {{"person", "show"}, "Show a person with their organisation and groups", &setup_person_show},
      {{"person", "edit"}, "Change a person's details", &setup_person_edit},
      {{"person", "remove"}, "Delete a person", &setup_person_remove},
      {{"person", "forget"},
       "Erase a person's personal data, keeping anonymous counts",
       &setup_person_forget},
      {{"person", "export"}, "Everything held about a person, as JSON", &setup_person_export},

      {{"member"}, "Organisations and people in groups, with roles and history"},
      {{"member", "add"}, "Add an organisation or person to a group", &setup_member_add},
      {{"member", "end"}, "End a membership (history is kept)", &setup_member_end},
      {{"member", "edit"}, "Change can-host, category or note of a membership", &setup_member_edit},
      {{"member", "list"}, "List a group's members, now or on a date", &setup_member_list},

      {{"meeting"}, "Schedule, record and export meetings"},
      {{"meeting", "schedule"}, "Plan one meeting or a year of them", &setup_meeting_schedule},
      {{"meeting", "list"}, "List meetings", &setup_meeting_list},
      {{"meeting", "show"},
       "A meeting with its agenda, attendance and quorum",
       &setup_meeting_show},
      {{"meeting", "move"}, "Move a meeting to another time", &setup_meeting_move},
      {{"meeting", "cancel"}, "Cancel a meeting, with a reason", &setup_meeting_cancel},
      {{"meeting", "edit"}, "Change a meeting's venue or host", &setup_meeting_edit},
      {{"meeting", "attend"},
       "Record who came, sent apologies or was represented",
       &setup_meeting_attend},
      {{"meeting", "export"}, "Write meetings as an iCalendar file", &setup_meeting_export},
      {{"meeting", "feed"}, "Write a folder of subscribable iCalendar feeds", &setup_meeting_feed},
      {{"meeting", "agenda"}, "A meeting's ordered agenda"},
      {{"meeting", "agenda", "add"}, "Add an agenda item", &setup_meeting_agenda_add},
      {{"meeting", "agenda", "list"}, "List the agenda", &setup_meeting_agenda_list},
      {{"meeting", "agenda", "remove"}, "Remove an agenda item", &setup_meeting_agenda_remove},

      {{"minutes"}, "The record of each meeting: versions, approval, submission"},
      {{"minutes", "add"}, "Store a meeting's minutes", &setup_minutes_add},
      {{"minutes", "edit"}, "Store a new version of the minutes", &setup_minutes_edit},
      {{"minutes", "history"}, "Every version of a meeting's minutes", &setup_minutes_history},
      {{"minutes", "approve"}, "Record approval at a later meeting", &setup_minutes_approve},
      {{"minutes", "submit"},
       "Record that the minutes went to the council officer",
       &setup_minutes_submit},
      {{"minutes", "list"},
       "Meetings and the state of their minutes; --owed for what is due",
       &setup_minutes_list},
      {{"minutes", "show"}, "Print the minutes with the meeting's header", &setup_minutes_show},

      {{"mail"}, "The mail loop: invitations out, replies in, minutes to the officer"},
      {{"mail", "invitations"},
       "Write the invitations, updates and cancellations due into an outbox folder",
       &setup_mail_invitations},
      {{"mail", "replies"},
       "Record the accepts and declines calendars send back (iMIP replies)",
       &setup_mail_replies},
      {{"mail", "minutes"},
       "Write a meeting's minutes as an e-mail to the officer, and record the submission",
       &setup_mail_minutes},

      {{"action"}, "What meetings asked people to do"},
      {{"action", "add"}, "Record an action from a meeting", &setup_action_add},
      {{"action", "list"}, "List actions", &setup_action_list},
      {{"action", "done"}, "Mark an action done", &setup_action_done},
      {{"action", "carry"}, "Carry an action forward to a later meeting", &setup_action_carry},
      {{"action", "show"}, "An action with its history", &setup_action_show},

      {{"indicator"}, "Dashboard indicators and their values per area and period"},
      {{"indicator", "add"}, "Add a countywide or local indicator", &setup_indicator_add},
      {{"indicator", "list"}, "List indicators, for an area or a group", &setup_indicator_list},
      {{"indicator", "show"},
       "An indicator with its values (and corrections)",
       &setup_indicator_show},
      {{"indicator", "edit"},
       "Change an indicator's name, unit, direction or target",
       &setup_indicator_edit},
      {{"indicator", "archive"}, "Hide an indicator, keeping its values", &setup_indicator_archive},
      {{"indicator", "record"},
       "Record or correct a value for an area and period",
       &setup_indicator_record},
      {{"indicator", "import"}, "Import values from a CSV file", &setup_indicator_import},

      {{"priority"}, "A group's yearly priorities and the indicators that measure them"},
      {{"priority", "add"}, "Add a priority for a group's year", &setup_priority_add},
      {{"priority", "list"}, "List priorities by group and year", &setup_priority_list},
      {{"priority", "remove"}, "Remove a priority no grant is linked to", &setup_priority_remove},

      {{"grant"}, "Grant funding awarded through groups for local projects"},
      {{"grant", "add"}, "Record a grant to an organisation", &setup_grant_add},
      {{"grant", "list"}, "List grants by group, status or year", &setup_grant_list},
      {{"grant", "show"}, "A grant with its status history", &setup_grant_show},
      {{"grant", "edit"},
       "Change a grant's recipient, project, amount or priority",
       &setup_grant_edit},
      {{"grant", "status"}, "Move a grant to a new status on a date", &setup_grant_status},

      {{"report"}, "Reports for boards and officers"},
      {{"report", "grants"},
       "Grant totals by group, area, sector and priority",
       &setup_report_grants},
      {{"report", "dashboard"},
       "An area's indicator dashboard (table, JSON or HTML)",
       &setup_report_dashboard},
      {{"report", "reminders"},
       "Meetings coming up: who to invite, open actions, minutes owed (for cron)",
       &setup_report_reminders},
      {{"report", "composition"},
       "Sector mix of a group, area or meeting, and settings coverage",
       &setup_report_composition},
      {{"report", "attendance"},
       "Attendance rates per member, organisation, sector or group",
       &setup_report_attendance},
      {{"report", "compliance"},
       "Each group's term: meetings, minutes, roles, categories, overdue actions",
       &setup_report_compliance},
      {{"report", "directory"},
       "Contact directory of a group's settings (table, CSV, JSON or HTML)",
       &setup_report_directory},
      {{"__selftest-slow-write"},
       "One long write transaction, for the reliability tests",
       &setup_selftest_slow_write,
       true},

      {{"term"}, "The academic calendar: terms, half terms and closure days"},
      {{"term", "add"}, "Add a term with its dates and half term", &setup_term_add},
      {{"term", "list"}, "List terms in date order", &setup_term_list},
      {{"term", "show"}, "Show one term and its closure days", &setup_term_show},
      {{"term", "current"}, "Show the term running today", &setup_term_current},
      {{"term", "next"}, "Show the next term to start", &setup_term_next},
      {{"term", "day"}, "Say whether a day is a school day, and why", &setup_term_day},
      {{"term", "import"}, "Import term dates and closures from CSV or TOML", &setup_term_import},
      {{"term", "remove"}, "Remove a term", &setup_term_remove},

      {{"import"}, "Import provider registers, contact lists and membership lists"},
      {{"import", "orgs"},
       "Import a register of organisations (Ofsted, GIAS or CSV)",
       &setup_import_orgs},
      {{"import", "people"}, "Import a contact list", &setup_import_people},
      {{"import", "members"}, "Import a group's membership list", &setup_import_members},
      {{"import", "groups"},
       "Import groups and reporting lines (as export groups writes)",
       &setup_import_groups},
      {{"import", "meetings"},
       "Import meetings (as export meetings writes them)",
       &setup_import_meetings},
      {{"import", "attendance"}, "Import attendance records", &setup_import_attendance},
      {{"import", "actions"}, "Import actions", &setup_import_actions},

      {{"export"}, "Export lists as CSV or JSON, and the registry as Popolo JSON"},
      {{"export", "orgs"}, "Export every organisation", &setup_export_orgs},
      {{"export", "people"}, "Export every contact", &setup_export_people},
      {{"export", "groups"}, "Export every group with its reporting lines", &setup_export_groups},
      {{"export", "members"}, "Export memberships with roles and dates", &setup_export_members},
      {{"export", "registry"},
       "Export groups, organisations, people, memberships and meetings as Popolo JSON",
       &setup_export_registry},
      {{"export", "meetings"}, "Export meetings, cancelled ones too", &setup_export_meetings},
      {{"export", "attendance"}, "Export attendance records", &setup_export_attendance},
      {{"export", "actions"}, "Export actions with owners and carries", &setup_export_actions},
  };
  return table;
}

}  // namespace lpg::cli

-- The mail loop (issue 17): every invitation and cancellation lpg wrote to the outbox, and
-- the latest iMIP reply of each address to each meeting.

-- One row a message written: a REQUEST or a CANCEL of one meeting to one address, at the
-- meeting's SEQUENCE then. Inserted in the transaction that commits only after the file was
-- written, synced and renamed into the outbox folder: a row always stands for a file.
CREATE TABLE mail_outbox (
  id         INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  email      TEXT NOT NULL,                  -- as normalise_email gives it (lower case)
  person_id  INTEGER REFERENCES person (id) ON DELETE SET NULL, -- NULL: an organisation's address
  method     TEXT NOT NULL CHECK (method IN ('REQUEST', 'CANCEL')),
  sequence   INTEGER NOT NULL CHECK (sequence >= 0),
  file       TEXT NOT NULL,                  -- its name in the outbox folder
  written_at TEXT NOT NULL
) STRICT;
CREATE INDEX mail_outbox_meeting ON mail_outbox (meeting_id, email);
CREATE INDEX mail_outbox_person ON mail_outbox (person_id);

-- The latest reply of an address to a meeting (a later DTSTAMP replaces an earlier one).
CREATE TABLE meeting_reply (
  meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  email       TEXT NOT NULL,
  person_id   INTEGER REFERENCES person (id) ON DELETE SET NULL,
  partstat    TEXT NOT NULL
              CHECK (partstat IN ('ACCEPTED', 'DECLINED', 'TENTATIVE', 'DELEGATED')),
  sequence    INTEGER NOT NULL CHECK (sequence >= 0),
  dtstamp     TEXT NOT NULL,                 -- the reply's DTSTAMP, "20261014T081500Z"
  message_id  TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (meeting_id, email)
) STRICT;
CREATE INDEX meeting_reply_person ON meeting_reply (person_id);

-- Every message `lpg mail replies` has read (by the SHA-256 of its bytes) and what came of it,
-- so that a Maildir read every hour reports each message once, and again only when what
-- becomes of it changes (a sender added since, say). No content and no address is kept.
CREATE TABLE mail_seen (
  digest  TEXT PRIMARY KEY,
  outcome TEXT NOT NULL,
  seen_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

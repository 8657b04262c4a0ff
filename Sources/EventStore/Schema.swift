/// The layout of an event store file, its identity and its migrations.
enum Schema {
    /// `PRAGMA application_id` of every event store file: the ASCII bytes "EVLG".
    static let applicationID: Int64 = 0x4556_4C47

    /// `PRAGMA user_version` this code writes and reads.
    static let currentVersion: Int64 = 4

    /// The oldest version a read-only store can read as it is: version 2 only adds a table that
    /// only writers use (`destroyed_keys`), version 3 keeps the `checkpoints` table's columns, and
    /// version 4 adds `published_checkpoints`, which a reader of an older file finds empty.
    static let oldestReadableVersion: Int64 = 1

    /// Creates version 1 in an empty file.
    static let version1 = """
        CREATE TABLE events (
            position       INTEGER PRIMARY KEY CHECK (position > 0),
            stream         TEXT    NOT NULL CHECK (length(stream) > 0),
            stream_version INTEGER NOT NULL CHECK (stream_version > 0),
            event_id       TEXT    NOT NULL UNIQUE,
            type           TEXT    NOT NULL CHECK (length(type) > 0),
            schema_version INTEGER NOT NULL CHECK (schema_version > 0),
            recorded_at    TEXT    NOT NULL CHECK (length(recorded_at) = 27),
            actor          TEXT    NOT NULL,
            command        TEXT    NOT NULL,
            correlation_id TEXT    NOT NULL,
            causation_id   TEXT    NOT NULL,
            payload        BLOB    NOT NULL,
            leaf_hash      BLOB    NOT NULL CHECK (length(leaf_hash) = 32),
            chain_hash     BLOB    NOT NULL CHECK (length(chain_hash) = 32),
            UNIQUE (stream, stream_version)
        ) STRICT;

        CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END;

        CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END;

        CREATE TRIGGER events_in_sequence BEFORE INSERT ON events
        WHEN NEW.position IS NOT (SELECT IFNULL(MAX(position), 0) + 1 FROM events)
        BEGIN SELECT RAISE(ABORT, 'events must be appended in sequence: the next position only'); END;

        CREATE TABLE subject_keys (
            subject    TEXT PRIMARY KEY,
            key        BLOB NOT NULL CHECK (length(key) = 32),
            created_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE checkpoints (
            name       TEXT PRIMARY KEY,
            version    INTEGER NOT NULL,
            position   INTEGER NOT NULL,
            state      BLOB NOT NULL,
            saved_at   TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        """

    /// Upgrades from a version to the next. Entry `n` takes a file from version `n + 1` to `n + 2`,
    /// so the list grows by one statement whenever ``currentVersion`` grows by one.
    static let migrations: [String] = [
        // 2: what is kept of a destroyed key to confirm its bytes are gone (``KeyTrace``), never the key.
        """
        CREATE TABLE destroyed_keys (
            subject      TEXT PRIMARY KEY,
            fingerprint  INTEGER NOT NULL,
            digest       BLOB NOT NULL CHECK (length(digest) = 32),
            destroyed_at TEXT NOT NULL
        ) STRICT, WITHOUT ROWID;
        """,
        // 3: checkpoints in a rowid table. A saved state is tens of megabytes, and a lookup in a
        // WITHOUT ROWID table reads every row it compares whole: finding one read three states.
        """
        CREATE TABLE checkpoints_3 (
            name       TEXT    NOT NULL PRIMARY KEY,
            version    INTEGER NOT NULL,
            position   INTEGER NOT NULL,
            state      BLOB    NOT NULL,
            saved_at   TEXT    NOT NULL
        ) STRICT;
        INSERT INTO checkpoints_3 SELECT name, version, position, state, saved_at FROM checkpoints;
        DROP TABLE checkpoints;
        ALTER TABLE checkpoints_3 RENAME TO checkpoints;
        """,
        // 4: the signed checkpoints published for readers (programd's /checkpoint), append-only.
        // A size may have several notes (more cosignatures later), never two roots.
        """
        CREATE TABLE published_checkpoints (
            size         INTEGER NOT NULL CHECK (size >= 0),
            root         BLOB    NOT NULL CHECK (length(root) = 32),
            note         TEXT    NOT NULL UNIQUE,
            published_at TEXT    NOT NULL
        ) STRICT;

        CREATE TRIGGER published_checkpoints_refuse_update BEFORE UPDATE ON published_checkpoints
        BEGIN SELECT RAISE(ABORT, 'published checkpoints are append-only: UPDATE refused'); END;

        CREATE TRIGGER published_checkpoints_refuse_delete BEFORE DELETE ON published_checkpoints
        BEGIN SELECT RAISE(ABORT, 'published checkpoints are append-only: DELETE refused'); END;

        CREATE TRIGGER published_checkpoints_one_root BEFORE INSERT ON published_checkpoints
        WHEN EXISTS (SELECT 1 FROM published_checkpoints WHERE size = NEW.size AND root IS NOT NEW.root)
        BEGIN SELECT RAISE(ABORT, 'a published checkpoint of this size has another root: a fork is refused'); END;
        """,
    ]
}

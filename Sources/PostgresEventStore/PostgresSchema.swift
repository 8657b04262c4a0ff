/// The layout of an event log in a PostgreSQL database: docs/postgresql-format.md describes it.
enum PostgresSchema {
    /// The `application_id` of `log_meta`, as SQLite's `PRAGMA application_id`: the ASCII bytes "EVLG".
    static let applicationID: Int64 = 0x4556_4C47

    /// The `schema_version` of `log_meta` this code writes and reads: version 2 adds
    /// `published_checkpoints`, which a reader of version 1 finds empty; version 3 moves the head
    /// once per statement.
    static let currentVersion: Int64 = 3

    /// Creates version 1 in a database without it, by a role that may create tables and roles:
    /// one statement (a `DO` block), so one transaction. Roles are shared by the cluster's
    /// databases: they are created once.
    static let version1 = #"""
        DO $migration$ BEGIN
        CREATE TABLE log_meta (
            application_id BIGINT  NOT NULL,
            schema_version BIGINT  NOT NULL
        );
        INSERT INTO log_meta VALUES (1163283527, 1);

        CREATE TABLE events (
            position       BIGINT PRIMARY KEY CHECK (position > 0),
            stream         TEXT   NOT NULL CHECK (octet_length(stream) > 0),
            stream_version BIGINT NOT NULL CHECK (stream_version > 0),
            event_id       TEXT   NOT NULL UNIQUE,
            type           TEXT   NOT NULL CHECK (octet_length(type) > 0),
            schema_version BIGINT NOT NULL CHECK (schema_version > 0),
            recorded_at    TEXT   NOT NULL CHECK (octet_length(recorded_at) = 27),
            actor          TEXT   NOT NULL,
            command        TEXT   NOT NULL,
            correlation_id TEXT   NOT NULL,
            causation_id   TEXT   NOT NULL,
            payload        BYTEA  NOT NULL,
            leaf_hash      BYTEA  NOT NULL CHECK (octet_length(leaf_hash) = 32),
            chain_hash     BYTEA  NOT NULL CHECK (octet_length(chain_hash) = 32),
            UNIQUE (stream, stream_version)
        );

        -- The end of the log, one row. Every append takes it FOR UPDATE first: appends run one
        -- after another, so positions are gapless and in commit order.
        CREATE TABLE head (
            singleton   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
            position    BIGINT  NOT NULL,
            chain_hash  BYTEA   NOT NULL CHECK (octet_length(chain_hash) = 32),
            recorded_at TEXT    NOT NULL
        );
        INSERT INTO head VALUES (TRUE, 0, decode(repeat('00', 32), 'hex'), '');

        CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'events are append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
        END $$;
        CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
            FOR EACH ROW EXECUTE FUNCTION events_refuse_change();
        CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
            FOR EACH ROW EXECUTE FUNCTION events_refuse_change();
        CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
            FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();

        -- An event goes in at the next position only, its chain hash following from the head's
        -- and its recorded_at no earlier; the head moves with it.
        CREATE FUNCTION events_advance_head() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE head SET position = NEW.position, chain_hash = NEW.chain_hash, recorded_at = NEW.recorded_at
             WHERE position = NEW.position - 1 AND recorded_at COLLATE "C" <= NEW.recorded_at
               AND NEW.chain_hash = sha256(chain_hash || NEW.leaf_hash);
            IF NOT FOUND THEN
                RAISE EXCEPTION 'events must be appended in sequence: the next position, chained to the head'
                    USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER events_in_sequence BEFORE INSERT ON events
            FOR EACH ROW EXECUTE FUNCTION events_advance_head();

        -- The head moves only with an appended event (from the trigger above, one level down).
        CREATE FUNCTION head_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN RETURN NEW; END IF;
            RAISE EXCEPTION 'the head moves only with an appended event: % refused', TG_OP
                USING ERRCODE = 'restrict_violation';
        END $$;
        CREATE TRIGGER head_moves_with_events BEFORE UPDATE OR DELETE ON head
            FOR EACH ROW EXECUTE FUNCTION head_refuse_change();
        CREATE TRIGGER head_refuse_truncate BEFORE TRUNCATE ON head
            FOR EACH STATEMENT EXECUTE FUNCTION head_refuse_change();

        CREATE TABLE subject_keys (
            subject    TEXT  PRIMARY KEY,
            key        BYTEA NOT NULL CHECK (octet_length(key) = 32),
            created_at TEXT  NOT NULL
        );

        CREATE TABLE destroyed_keys (
            subject      TEXT   PRIMARY KEY,
            fingerprint  BIGINT NOT NULL,
            digest       BYTEA  NOT NULL CHECK (octet_length(digest) = 32),
            destroyed_at TEXT   NOT NULL
        );

        -- Made by the first database of the cluster; an owner without CREATEROLE finds them made.
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'programme_writer') THEN
            BEGIN CREATE ROLE programme_writer NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'programme_reader') THEN
            BEGIN CREATE ROLE programme_reader NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
        END IF;
        REVOKE ALL ON log_meta, events, head, subject_keys, destroyed_keys FROM PUBLIC;
        GRANT SELECT ON log_meta, events, head, subject_keys TO programme_reader;
        GRANT SELECT ON log_meta TO programme_writer;
        GRANT SELECT, INSERT ON events TO programme_writer;
        -- UPDATE only so that SELECT … FOR UPDATE may lock the row: the trigger refuses any other.
        GRANT SELECT, UPDATE ON head TO programme_writer;
        GRANT SELECT, INSERT, DELETE ON subject_keys TO programme_writer;
        GRANT SELECT, INSERT, UPDATE ON destroyed_keys TO programme_writer;
        END $migration$
        """#

    /// The migrations, each from the version it applies to, in order.
    static let migrations: [(from: Int64, sql: String)] = [(1, version2), (2, version3)]

    /// Brings version 1 to 2: the signed checkpoints published for readers (programd's
    /// `/checkpoint`), append-only, at most one root per size, as SQLite's schema 4; and readers
    /// lose `SELECT` on `subject_keys`, which they never need.
    static let version2 = #"""
        DO $migration$ BEGIN
        CREATE TABLE published_checkpoints (
            size         BIGINT NOT NULL CHECK (size >= 0),
            root         BYTEA  NOT NULL CHECK (octet_length(root) = 32),
            note         TEXT   NOT NULL UNIQUE,
            published_at TEXT   NOT NULL,
            sequence     BIGSERIAL PRIMARY KEY
        );

        CREATE FUNCTION published_checkpoints_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'published checkpoints are append-only: % refused', TG_OP
                USING ERRCODE = 'restrict_violation';
        END $$;
        CREATE TRIGGER published_checkpoints_refuse_change BEFORE UPDATE OR DELETE ON published_checkpoints
            FOR EACH ROW EXECUTE FUNCTION published_checkpoints_refuse_change();
        CREATE TRIGGER published_checkpoints_refuse_truncate BEFORE TRUNCATE ON published_checkpoints
            FOR EACH STATEMENT EXECUTE FUNCTION published_checkpoints_refuse_change();

        CREATE FUNCTION published_checkpoints_one_root() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF EXISTS (SELECT 1 FROM published_checkpoints WHERE size = NEW.size AND root <> NEW.root) THEN
                RAISE EXCEPTION 'a published size has one root: another root for size % refused', NEW.size
                    USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER published_checkpoints_one_root BEFORE INSERT ON published_checkpoints
            FOR EACH ROW EXECUTE FUNCTION published_checkpoints_one_root();

        -- Readers (programd) never open personal data: they need no keys.
        REVOKE SELECT ON subject_keys FROM programme_reader;
        REVOKE ALL ON published_checkpoints FROM PUBLIC;
        GRANT SELECT ON published_checkpoints TO programme_reader;
        GRANT SELECT, INSERT ON published_checkpoints TO programme_writer;
        GRANT USAGE ON SEQUENCE published_checkpoints_sequence_seq TO programme_writer;
        UPDATE log_meta SET schema_version = 2;
        END $migration$
        """#

    /// Brings version 2 to 3: an inserted event is checked against the event before it (the next
    /// position, its chain hash following, its `recorded_at` no earlier) and the head moves once
    /// per statement, to the last event inserted. Version 1's trigger moved the head once per
    /// event: in one long transaction (a copy, a large import) every update left a row version
    /// that the next had to pass, so a copy slowed down as it went.
    static let version3 = #"""
        DO $migration$ BEGIN
        DROP TRIGGER IF EXISTS events_in_sequence ON events;
        DROP FUNCTION IF EXISTS events_advance_head();

        CREATE OR REPLACE FUNCTION events_follow_previous() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE previous RECORD;
        BEGIN
            IF NEW.position = 1 THEN
                SELECT decode(repeat('00', 32), 'hex') AS chain_hash, '' AS recorded_at INTO previous;
            ELSE
                SELECT chain_hash, recorded_at INTO previous FROM events WHERE position = NEW.position - 1;
            END IF;
            IF previous IS NULL OR previous.recorded_at COLLATE "C" > NEW.recorded_at
               OR NEW.chain_hash <> sha256(previous.chain_hash || NEW.leaf_hash) THEN
                RAISE EXCEPTION 'events must be appended in sequence: the next position, chained to the head'
                    USING ERRCODE = 'restrict_violation';
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER events_in_sequence BEFORE INSERT ON events
            FOR EACH ROW EXECUTE FUNCTION events_follow_previous();

        CREATE OR REPLACE FUNCTION events_move_head() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE head SET position = last.position, chain_hash = last.chain_hash, recorded_at = last.recorded_at
              FROM (SELECT position, chain_hash, recorded_at FROM appended ORDER BY position DESC LIMIT 1) AS last
             WHERE head.position < last.position;
            RETURN NULL;
        END $$;
        DROP TRIGGER IF EXISTS events_move_head ON events;
        CREATE TRIGGER events_move_head AFTER INSERT ON events REFERENCING NEW TABLE AS appended
            FOR EACH STATEMENT EXECUTE FUNCTION events_move_head();
        UPDATE log_meta SET schema_version = 3;
        END $migration$
        """#
}

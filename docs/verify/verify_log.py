#!/usr/bin/env python3
"""Verify an event log file, its checkpoints, consistency proofs and receipts independently
of the Swift code that wrote them.

Written from docs/event-log-format.md, the normative specification; where this
script and the specification disagree, the specification is right. Python 3
standard library only (with ed25519.py and tlog.py beside it).

    python3 docs/verify/verify_log.py LOG.sqlite [--head POSITION:CHAINHASHHEX]
                                      [--checkpoint FILE --trust KEY] [--json]
    python3 docs/verify/verify_log.py --proof PROOF.json --checkpoint FILE --trust KEY
    python3 docs/verify/verify_log.py --consistency OLD NEW [PROOF] --trust KEY
    python3 docs/verify/verify_log.py --receipt RECEIPT --trust KEY
    python3 docs/verify/verify_log.py --tiles DIR-OR-URL --trust KEY

KEY is the log's verifier key (name+keyid+key); --trust may be repeated. A
checkpoint of the first format (event-log-checkpoint v1) is also checked with
its 64-hex-digit public key, or, without --trust, with the key written in it.

With --witness WKEY (repeatable: a witness's verifier key, signature type 0x04)
every checkpoint checked must also carry valid cosignatures (C2SP
tlog-cosignature, cosignature/v1) of at least --quorum K of those witnesses
(default: all of them); one short of its quorum is refused (exit status 1).

The file is opened read-only, also on read-only media (with immutable=1 when
there is no -shm file beside it and none can be made). The script checks the file's identity
(application_id "EVLG", user_version 1 to 4, UTF-8 text), then walks the `events`
table in position order and applies the rules of the verification procedure
(specification, section "Verification procedure") in order, stopping at the
first failure:

  1. positions are gapless from 1;
  2. each stream's versions are gapless from 1;
  3. event_id, causation_id, schema_version and recorded_at have their forms;
  4. recorded_at does not decrease;
  5. the stored leaf hash is SHA-256(0x00 || canonical bytes);
  6. the stored chain hash is SHA-256(previous chain hash || leaf hash);
  7. (with --head) the log still contains the recorded head unchanged;
  8. (with --checkpoint) the checkpoint is signed by a trusted key, and the
     log's first `size` events have the checkpoint's Merkle root (and, for a
     first-format checkpoint, chain hash): the log extends what was signed.

Without a log:
  --proof checks an inclusion proof (`programctl audit prove`) against a
  checkpoint: the event's fields hash to the proven leaf, and the audit path
  (RFC 9162 section 2.1.3.2) leads to the checkpoint's root;
  --consistency checks that two checkpoints describe one log that only grew:
  one size with two roots, or a consistency proof (`programctl audit
  consistency`, RFC 9162 section 2.1.4.2) that does not reconcile them, is a fork;
  --receipt checks a receipt (`programctl audit receipt`, a C2SP tlog-proof):
  its checkpoint's signature, and the inclusion of the event it carries;
  --tiles checks the log as C2SP tlog-tiles (`programctl audit tiles DIR`, or
  programd's /checkpoint and /tile/...), a directory or a URL prefix: the
  checkpoint's signature, every entry against its leaf hash, every tile against
  the one below it, and the root of the leaf hashes against the checkpoint's.

It prints the number of events checked, the head (position and chain hash)
and, when the log is intact, the RFC 6962 Merkle root of all leaf hashes.

Exit status: 0 intact; 1 a rule failed or a signature, proof or pair of
checkpoints does not hold (the reason is printed); 2 a file is not one this
script understands, no trusted key was given for a checkpoint, or bad arguments.

The tables `subject_keys`, `destroyed_keys`, `checkpoints` and `published_checkpoints` are not part of the hashed log and
are not read. Memory use is about 80 bytes per event (the leaf hashes are kept
for the Merkle root).
"""

import argparse
import base64
import hashlib
import json
import pathlib
import re
import sqlite3
import struct
import sys
import urllib.error
import urllib.request

import tlog

APPLICATION_ID = 0x45564C47  # ASCII "EVLG"
USER_VERSIONS = (1, 2, 3, 4)  # 2 adds destroyed_keys, 3 makes checkpoints a rowid table, 4 adds published_checkpoints
ZERO_HASH = bytes(32)
SQLITE_READONLY = 8  # primary result codes for a -wal or -shm file that cannot be opened
SQLITE_CANTOPEN = 14

UUID_FORM = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
RECORDED_AT_FORM = re.compile(rb"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z\Z")

# The columns of `events` in table order, with the storage class each must have.
COLUMNS = {
    "position": "integer",
    "stream": "text",
    "stream_version": "integer",
    "event_id": "text",
    "type": "text",
    "schema_version": "integer",
    "recorded_at": "text",
    "actor": "text",
    "command": "text",
    "correlation_id": "text",
    "causation_id": "text",
    "payload": "blob",
    "leaf_hash": "blob",
    "chain_hash": "blob",
}


class NotAnEventStore(Exception):
    """The file cannot be read as an event store (exit status 2)."""


class Failure(Exception):
    """The first rule the log breaks (exit status 1)."""

    def __init__(self, position, reason, detail):
        super().__init__(f"position {position}: {detail}")
        self.position = position
        self.reason = reason
        self.detail = detail


# Hashing ------------------------------------------------------------------


def sha256(*parts):
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.digest()


def lp(data):
    """A length-prefixed field: u32 big-endian byte length, then the bytes."""
    return struct.pack(">I", len(data)) + data


def canonical(row):
    """The canonical bytes of one event (specification, "Canonical encoding")."""
    return b"".join(
        (
            struct.pack(">Q", row["position"]),
            lp(row["stream"]),
            struct.pack(">Q", row["stream_version"]),
            lp(row["event_id"]),
            lp(row["type"]),
            struct.pack(">I", row["schema_version"]),
            lp(row["recorded_at"]),
            lp(row["actor"]),
            lp(row["command"]),
            lp(row["correlation_id"]),
            lp(row["causation_id"]),
            lp(row["payload"]),
        )
    )


def leaf_hash(row):
    return sha256(b"\x00", canonical(row))


def chain_hash(previous, leaf):
    return sha256(previous, leaf)


# Checkpoints and proofs (tlog.py reads and checks the files) -----------------


def check_extends(checkpoint, leaves, chains):
    """Raises Failure unless the log's first `size` events are the ones the checkpoint signed."""
    if checkpoint.size > len(leaves):
        raise Failure(
            len(leaves) + 1,
            "missing_events",
            f"the checkpoint signed {checkpoint.size} events, the log has {len(leaves)} (events were removed)",
        )
    root = tlog.merkle_root(leaves[: checkpoint.size])
    chain = chains[checkpoint.size - 1] if checkpoint.size else ZERO_HASH
    if root != checkpoint.root or checkpoint.chain not in (None, chain):
        raise Failure(
            checkpoint.size,
            "rewritten",
            f"the first {checkpoint.size} events are not the ones the checkpoint signed (history was rewritten)",
        )


def check_proof(proof, checkpoint):
    """Raises Failure unless the proven event is in the checkpoint's log."""
    event, path = proof["event"], proof["proof"]
    row = {
        "position": event["position"],
        "stream": event["stream"].encode(),
        "stream_version": event["streamVersion"],
        "event_id": event["eventId"].encode(),
        "type": event["type"].encode(),
        "schema_version": event["schemaVersion"],
        "recorded_at": event["recordedAt"].encode(),
        "actor": event["actor"].encode(),
        "command": event["command"].encode(),
        "correlation_id": event["correlationId"].encode(),
        "causation_id": event["causationId"].encode(),
        "payload": base64.b64decode(event["payloadBase64"]),
    }
    leaf = leaf_hash(row)
    position = event["position"]
    if leaf.hex() != path["leafHash"]:
        raise Failure(position, "leaf_hash_mismatch", "the event's fields do not hash to the proven leaf")
    if path["treeSize"] != checkpoint.size or path["root"] != checkpoint.root.hex():
        raise Failure(position, "other_tree", "the proof is for another tree than the checkpoint's")
    siblings = [bytes.fromhex(h) for h in path["path"]]
    if not tlog.verify_inclusion(position - 1, checkpoint.size, leaf, siblings, checkpoint.root):
        raise Failure(position, "bad_path", "the audit path does not lead to the checkpoint's root")


# The file -----------------------------------------------------------------


def begin(file, parameter):
    """A connection to `file` with the URI `parameter`, in one read transaction."""
    connection = sqlite3.connect(f"{file.resolve().as_uri()}?{parameter}", uri=True, isolation_level=None)
    connection.text_factory = bytes  # the exact stored bytes, which are what is hashed
    connection.execute("BEGIN")  # one snapshot for the identity checks and the walk
    connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # opens the -wal and -shm files
    return connection


def connect_read_only(file):
    """Opens `file` read-only, also on read-only media.

    First shared (mode=ro), as the log's own readers do: that needs the -shm file beside it to
    exist and be readable, or its directory to be writable. When it fails for want of them and
    the -wal file is missing or empty, the file alone holds the whole log: it is opened
    immutable=1. A -wal file with content but no -shm file cannot be read here.
    """
    try:
        return begin(file, "mode=ro")
    except sqlite3.OperationalError as error:
        code = getattr(error, "sqlite_errorcode", None)  # Python 3.11 and later
        if code is not None and code & 0xFF not in (SQLITE_READONLY, SQLITE_CANTOPEN):
            raise
        wal = file.with_name(file.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            shm = file.with_name(file.name + "-shm")
            problem = f"{shm.name} is missing and cannot be created here"
            if shm.exists():
                problem = f"{shm.name} cannot be read"
            raise NotAnEventStore(
                f"{file}: {wal.name} is not empty, so it may hold events that are not yet in the file, and {problem} "
                f"({error}): copy a readable {shm.name} beside it as well, or make a one-file copy "
                "(programctl backup or programctl audit export)"
            ) from None
        return begin(file, "immutable=1")


def open_read_only(path):
    """Opens `path` read-only and checks that it is an event store of version 1, 2 or 3."""
    file = pathlib.Path(path)
    if not file.is_file():
        raise NotAnEventStore(f"{path}: no such file")
    try:
        connection = connect_read_only(file)
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        user_version = connection.execute("PRAGMA user_version").fetchone()[0]
        encoding = connection.execute("PRAGMA encoding").fetchone()[0]
        has_events = connection.execute(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'events'"
        ).fetchone()[0]
    except sqlite3.Error as error:
        raise NotAnEventStore(f"{path}: not a readable SQLite database ({error})") from None
    if application_id != APPLICATION_ID:
        raise NotAnEventStore(f"{path}: application_id is {application_id:#010x}, not {APPLICATION_ID:#010x} (EVLG)")
    if user_version not in USER_VERSIONS:
        raise NotAnEventStore(f"{path}: user_version is {user_version}; this verifier knows versions 1, 2, 3 and 4")
    if encoding not in ("UTF-8", b"UTF-8"):
        raise NotAnEventStore(f"{path}: text encoding is {encoding!r}, not UTF-8")
    if not has_events:
        raise NotAnEventStore(f"{path}: there is no events table")
    return connection


def rows(connection):
    """The rows of `events` in position order, as dicts; "classes" maps each column to its storage class."""
    names = list(COLUMNS)
    classes = ", ".join(f"typeof({name})" for name in names)
    cursor = connection.execute(f"SELECT {', '.join(names)}, {classes} FROM events ORDER BY position")
    for values in cursor:
        row = dict(zip(names, values))
        row["classes"] = dict(zip(names, (value.decode() for value in values[len(names) :])))
        yield row


# The verification procedure -----------------------------------------------


def malformed_field(row):
    """The first field without its required form (step 3), or None."""
    for name, storage_class in COLUMNS.items():
        if row["classes"][name] != storage_class:  # impossible in the STRICT table, unless it was replaced
            return name
    if not UUID_FORM.match(row["event_id"]):
        return "event_id"
    if row["causation_id"] != b"" and not UUID_FORM.match(row["causation_id"]):
        return "causation_id"
    if not 1 <= row["schema_version"] <= 0xFFFFFFFF:
        return "schema_version"
    if not RECORDED_AT_FORM.match(row["recorded_at"]):
        return "recorded_at"
    return None


def verify(connection, recorded_head=None):
    """Walks the log in position order; returns (head position, head chain hash, leaf hashes, chain hashes).

    Raises Failure at the first broken rule. The number of events checked is
    always the head position: every event before the failing one passed.
    """
    position, chain, leaves, chains = 0, ZERO_HASH, [], []
    last_recorded_at = b""
    versions = {}

    def fail(at, reason, detail):
        failure = Failure(at, reason, detail)
        failure.head = (position, chain)
        return failure

    for row in rows(connection):
        expected = position + 1
        # 1. Positions are gapless from 1.
        if row["position"] != expected:
            raise fail(expected, "position_gap", f"expected this position next, found {row['position']} (a gap)")
        # 2. Each stream's versions are gapless from 1.
        stream = row["stream"]
        next_version = versions.get(stream, 0) + 1
        if row["stream_version"] != next_version:
            name = stream.decode("utf-8", "replace") if isinstance(stream, bytes) else str(stream)
            detail = f"stream '{name}' expected version {next_version}, found {row['stream_version']}"
            raise fail(expected, "stream_version_gap", detail)
        versions[stream] = next_version
        # 3. Field forms.
        field = malformed_field(row)
        if field:
            raise fail(expected, "malformed", f"{field} is malformed")
        # 4. recorded_at does not decrease.
        if row["recorded_at"] < last_recorded_at:
            raise fail(expected, "recorded_at_decreased", "recorded_at is earlier than at the previous position")
        last_recorded_at = row["recorded_at"]
        # 5. The leaf hash.
        leaf = leaf_hash(row)
        if row["leaf_hash"] != leaf:
            detail = "the leaf hash does not match the event's fields (the event was changed)"
            raise fail(expected, "leaf_hash_mismatch", detail)
        # 6. The chain hash.
        next_chain = chain_hash(chain, leaf)
        if row["chain_hash"] != next_chain:
            raise fail(expected, "chain_hash_mismatch", "the chain hash does not follow from the previous one")
        position, chain = expected, next_chain
        leaves.append(leaf)
        chains.append(chain)
        # 7. A recorded head inside the log: same chain hash at its position.
        if recorded_head and recorded_head[0] == position and recorded_head[1] != chain:
            detail = (
                f"the recorded head has chain hash {recorded_head[1].hex()}, "
                f"the log has {chain.hex()} (history was rewritten)"
            )
            raise fail(position, "head_mismatch", detail)
    # 7. A recorded head beyond the end: events were removed.
    if recorded_head and recorded_head[0] > position:
        detail = (
            f"a head at position {recorded_head[0]} was recorded, "
            f"but the log ends at {position} (events were removed)"
        )
        raise fail(position + 1, "missing_events", detail)
    return position, chain, leaves, chains


# Command line -------------------------------------------------------------


def parse_head(text):
    """POSITION:CHAINHASHHEX, as the Swift LogHead prints it."""
    match = re.fullmatch(r"([0-9]+):([0-9a-fA-F]{64})", text)
    if not match:
        raise argparse.ArgumentTypeError("expected POSITION:CHAINHASHHEX (64 hexadecimal digits)")
    position, chain = int(match[1]), bytes.fromhex(match[2])
    if position == 0 and chain != ZERO_HASH:
        raise argparse.ArgumentTypeError("the head at position 0 has 64 zeros as its chain hash")
    return position, chain


def report(result, as_json):
    if as_json:
        print(json.dumps(result, indent=2))
        return
    print(f"events checked: {result['events_checked']}")
    print(f"head:           {result['head']['position']}:{result['head']['chain_hash']}")
    if result["intact"]:
        print(f"merkle root:    {result['merkle_root']}")
        if result.get("checkpoint"):
            checkpoint = result["checkpoint"]
            print(f"checkpoint:     extends the {checkpoint['size']} events signed by {checkpoint['signer']}")
        print("intact")
    else:
        failure = result["failure"]
        print(f"FAILED at position {failure['position']}: {failure['detail']}")


def parse_trust(text):
    try:
        return tlog.trusted_key(text)
    except tlog.Malformed as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def parse_witness(text):
    try:
        return tlog.witness_key(text)
    except tlog.Malformed as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def read(path, reader):
    """Reads a file given on the command line with `reader` (tlog.Malformed when it has not its format)."""
    try:
        return reader(pathlib.Path(path).read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise tlog.Malformed(f"cannot read it ({error})") from None


def main(argv=None):
    parser = argparse.ArgumentParser(description="Verify an event log file (docs/event-log-format.md).")
    parser.add_argument("log", nargs="?", help="the event store file (.sqlite)")
    parser.add_argument(
        "--head",
        type=parse_head,
        metavar="POSITION:CHAINHASHHEX",
        help="a head recorded earlier; the log must still contain it unchanged",
    )
    parser.add_argument("--checkpoint", metavar="FILE", help="a signed checkpoint the log must extend")
    parser.add_argument(
        "--trust",
        type=parse_trust,
        action="append",
        default=[],
        metavar="KEY",
        help="the log's verifier key (name+keyid+key), or a first-format checkpoint's 64-hex-digit key; repeatable",
    )
    parser.add_argument("--proof", metavar="FILE", help="check this inclusion proof against --checkpoint (no log needed)")
    parser.add_argument(
        "--consistency",
        nargs="+",
        metavar="FILE",
        help="OLD NEW [PROOF]: check that two checkpoints describe one log that only grew (no log needed)",
    )
    parser.add_argument("--receipt", metavar="FILE", help="check a receipt, a C2SP tlog-proof (no log needed)")
    parser.add_argument(
        "--tiles", metavar="DIR-OR-URL", help="check the log served as C2SP tlog-tiles from a directory or URL prefix"
    )
    parser.add_argument(
        "--witness",
        type=parse_witness,
        action="append",
        default=[],
        metavar="WKEY",
        help="a witness's verifier key (0x04); the checkpoint must be cosigned by --quorum of them; repeatable",
    )
    parser.add_argument("--quorum", type=int, metavar="K", help="how many of the --witness keys must cosign (default: all)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    arguments = parser.parse_args(argv)
    if arguments.quorum is not None and not 1 <= arguments.quorum <= len(arguments.witness):
        parser.error(f"--quorum is at least 1 and at most the number of --witness keys ({len(arguments.witness)})")
    if arguments.quorum is None:
        arguments.quorum = len(arguments.witness)
    modes = [arguments.log, arguments.proof, arguments.consistency, arguments.receipt, arguments.tiles]
    if sum(mode is not None for mode in modes) != 1 or (arguments.proof and not arguments.checkpoint):
        parser.error(
            "give a LOG to verify, --proof FILE with --checkpoint FILE, --consistency OLD NEW [PROOF], "
            "--receipt FILE, or --tiles DIR-OR-URL"
        )
    if arguments.consistency and len(arguments.consistency) not in (2, 3):
        parser.error("--consistency takes OLD NEW and, for two sizes, the PROOF")

    try:
        if arguments.consistency:
            return main_consistency(arguments)
        if arguments.receipt:
            return main_receipt(arguments)
        if arguments.tiles:
            return main_tiles(arguments)
        checkpoint = read(arguments.checkpoint, tlog.read_checkpoint) if arguments.checkpoint else None
        if arguments.proof:
            checkpoint.check_signature(arguments.trust)
            tlog.check_witnesses(checkpoint, arguments.witness, arguments.quorum)
            return main_proof(arguments, checkpoint)
        signature = signature_failure(checkpoint, arguments) if checkpoint else None
    except tlog.Malformed as error:
        print(f"verify_log: {error}", file=sys.stderr)
        return 2
    except tlog.Refused as error:
        print(f"FAILED: {error}")
        return 1

    try:
        connection = open_read_only(arguments.log)
    except NotAnEventStore as error:
        if arguments.json:
            print(json.dumps({"intact": False, "error": str(error)}, indent=2))
        print(f"verify_log: {error}", file=sys.stderr)
        return 2
    try:
        position, chain, leaves, chains = verify(connection, arguments.head)
        failure = None
        if signature:
            raise signature
        if checkpoint:
            check_extends(checkpoint, leaves, chains)
    except Failure as error:
        if hasattr(error, "head"):
            position, chain = error.head
        leaves = None
        failure = {"position": error.position, "reason": error.reason, "detail": error.detail}
    except sqlite3.Error as error:
        print(f"verify_log: {arguments.log}: cannot read the events table ({error})", file=sys.stderr)
        return 2
    finally:
        connection.close()

    report(
        {
            "intact": failure is None,
            "events_checked": position,
            "head": {"position": position, "chain_hash": chain.hex()},
            "merkle_root": tlog.merkle_root(leaves).hex() if leaves is not None else None,
            "checkpoint": {"size": checkpoint.size, "signer": checkpoint.signer} if checkpoint and not failure else None,
            "failure": failure,
        },
        arguments.json,
    )
    return 0 if failure is None else 1


def signature_failure(checkpoint, arguments):
    """The Failure to report when the checkpoint is not signed by a trusted key nor cosigned by
    its quorum of witnesses, or None."""
    try:
        checkpoint.check_signature(arguments.trust)
        tlog.check_witnesses(checkpoint, arguments.witness, arguments.quorum)
        return None
    except tlog.Refused as error:
        return Failure(checkpoint.size, "signature", str(error))


def main_proof(arguments, checkpoint):
    """Checks an inclusion proof against a checkpoint, without the log."""
    try:
        proof = json.loads(pathlib.Path(arguments.proof).read_text("utf-8"))
        check_proof(proof, checkpoint)
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"verify_log: {arguments.proof}: not an inclusion proof ({error})", file=sys.stderr)
        return 2
    except Failure as error:
        print(f"FAILED for position {error.position}: {error.detail}")
        return 1
    print(
        f"event {proof['event']['position']} ({proof['event']['type']}) is in the log of "
        f"{checkpoint.size} events signed by {checkpoint.signer}"
    )
    return 0


def cosigned_by(checkpoint, arguments):
    """Checks the witnesses' quorum; ", cosigned by A, B (2 of 3, 2 required)", or "" without witnesses."""
    cosigned = tlog.check_witnesses(checkpoint, arguments.witness, arguments.quorum)
    if not arguments.witness:
        return ""
    names = ", ".join(key.name for key in cosigned)
    return f", cosigned by {names} ({len(cosigned)} of {len(arguments.witness)}, {arguments.quorum} required)"


def main_consistency(arguments):
    """Checks two checkpoints (and a consistency proof between them) against each other, without the log."""
    first, second = (read(path, tlog.read_checkpoint) for path in arguments.consistency[:2])
    proof = read(arguments.consistency[2], tlog.ConsistencyProof) if len(arguments.consistency) == 3 else None
    for checkpoint in (first, second):
        checkpoint.check_signature(arguments.trust)
        tlog.check_witnesses(checkpoint, arguments.witness, arguments.quorum)
    hashes = tlog.check_consistency(first, second, proof)
    small, large = (first, second) if first.size <= second.size else (second, first)
    cosigned = cosigned_by(large, arguments)
    if small.size == large.size:
        print(f"both checkpoints are of {large.size} events with one root, signed by {large.signer}{cosigned}: no fork")
    else:
        print(
            f"the log of {large.size} events extends the log of {small.size}, signed by {large.signer}{cosigned} "
            f"(consistency proof of {hashes} hash{'' if hashes == 1 else 'es'})"
        )
    return 0


def main_receipt(arguments):
    """Checks a receipt (tlog-proof) without the log."""
    receipt = read(arguments.receipt, tlog.Receipt)
    event = receipt.check(arguments.trust)
    cosigned = cosigned_by(receipt.checkpoint, arguments)
    print(
        f"event {event['position']} ({event['type']}, recorded {event['recorded_at']}) is in the log of "
        f"{receipt.checkpoint.size} events signed by {receipt.checkpoint.signer}{cosigned}"
    )
    return 0


def main_tiles(arguments):
    """Checks the log served as tiles, from a directory or a URL prefix, against its signed checkpoint."""
    source = arguments.tiles
    remote = re.match(r"https?://", source) is not None

    def fetch(path):
        try:
            if remote:
                with urllib.request.urlopen(source.rstrip("/") + "/" + path) as response:
                    return response.read()
            return (pathlib.Path(source) / path).read_bytes()
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return None
            raise tlog.Malformed(f"{path}: HTTP {error.code}") from None
        except FileNotFoundError:
            return None
        except (OSError, urllib.error.URLError) as error:
            raise tlog.Malformed(f"{path}: cannot read it ({error})") from None

    text = fetch("checkpoint")
    if text is None:
        raise tlog.Malformed(f"{source} has no checkpoint")
    try:
        checkpoint = tlog.Checkpoint(text.decode("utf-8"))
    except UnicodeDecodeError:
        raise tlog.Malformed("the checkpoint is not UTF-8") from None
    checkpoint.check_signature(arguments.trust)
    tiles, entries = tlog.check_tiles(checkpoint, fetch)
    print(
        f"the {tiles} tiles of the log of {checkpoint.size} events signed by {checkpoint.signer} hold: "
        f"{entries} entries hash to their leaves, every tile to the one above, the leaves to the checkpoint's root"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

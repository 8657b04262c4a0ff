"""Checkpoints, consistency proofs and receipts of the event log, Python 3 standard library only.

Written from docs/event-log-format.md ("Checkpoints, proofs and receipts") and the C2SP
specifications it follows: c2sp.org/signed-note, c2sp.org/tlog-checkpoint,
c2sp.org/tlog-cosignature, c2sp.org/tlog-proof and c2sp.org/tlog-tiles; the Merkle proofs are RFC 9162
section 2.1.
Used by verify_log.py.

Every check raises Malformed (the file does not have its format, or no trusted key is given:
exit status 2) or Refused (a signature, proof or pair of checkpoints that does not hold:
exit status 1).
"""

import base64
import binascii
import hashlib
import re
import struct

import ed25519

ED25519 = 0x01  # the signed-note signature type of Ed25519
COSIGNATURE = 0x04  # the signature type of a witness's Ed25519 cosignature/v1 (c2sp.org/tlog-cosignature)
LEGACY_HEADER = "event-log-checkpoint v1"
CONSISTENCY_HEADER = "event-log-consistency v1"
RECEIPT_HEADER = "c2sp.org/tlog-proof@v1"
SIGNATURE_LIMIT = 100


class Malformed(Exception):
    """A file without its format, or a check that cannot be made with the keys given."""


class Refused(Exception):
    """A well-formed file that does not hold."""


def sha256(*parts):
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.digest()


def b64decode(text, what):
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise Malformed(f"{what} is not base64: {text}") from None


def hash32(text, what):
    data = b64decode(text, what)
    if len(data) != 32:
        raise Malformed(f"{what} is not the base64 of 32 bytes: {text}")
    return data


def decimal(text, what):
    """A size or index: ASCII digits, no leading zero except in 0."""
    if not re.fullmatch(r"0|[1-9][0-9]*", text):
        raise Malformed(f"{what} is not a decimal number without leading zeros: {text!r}")
    return int(text)


def valid_key_name(name):
    """Not empty; no white space, '+' or control characters."""
    return bool(name) and not any(c == "+" or c.isspace() or ord(c) < 0x20 for c in name)


# Signed notes (c2sp.org/signed-note) -----------------------------------------


def key_id(name, key_type, public_key):
    """SHA-256(name || 0x0A || type || public key), its first 4 bytes big-endian."""
    return struct.unpack(">I", sha256(name.encode("utf-8"), b"\n", bytes([key_type]), public_key)[:4])[0]


class VerifierKey:
    """A verifier key: name+hex(key ID)+base64(type || 32-byte Ed25519 public key).

    The type is 0x01 for a log's key, 0x04 for a witness's cosignature/v1 key.
    """

    def __init__(self, text):
        parts = text.split("+", 2)  # the base64 may hold "+", the name and ID do not
        if len(parts) != 3 or not re.fullmatch(r"[0-9a-f]{8}", parts[1]) or not valid_key_name(parts[0]):
            raise Malformed(f"not a verifier key (name+keyid+key): {text}")
        key = b64decode(parts[2], "the verifier key")
        if len(key) != 33 or key[0] not in (ED25519, COSIGNATURE):
            raise Malformed(
                f"the verifier key {parts[0]} is not an Ed25519 key (0x01 and 32 bytes) nor a witness's (0x04)"
            )
        self.name, self.type, self.public_key = parts[0], key[0], key[1:]
        self.key_id = key_id(self.name, self.type, self.public_key)
        if self.key_id != int(parts[1], 16):
            raise Malformed(f"the verifier key's ID {parts[1]} is not the one its name and key give ({self.key_id:08x})")

    def names(self, signature):
        return signature[0] == self.name and signature[1] == self.key_id

    def is_valid(self, signature, text):
        """Whether a (name, key ID, signature) line is this key's valid signature of the note text.

        A cosignature/v1 is a u64 big-endian timestamp (not 0) and an Ed25519 signature of
        "cosignature/v1\ntime <timestamp>\n" followed by the text.
        """
        if not self.names(signature):
            return False
        data = signature[2]
        if self.type == ED25519:
            return ed25519.verify(self.public_key, text.encode("utf-8"), data)
        if len(data) != 72:
            return False
        timestamp = struct.unpack(">Q", data[:8])[0]
        if not 0 < timestamp < 2**63:
            return False
        message = f"cosignature/v1\ntime {timestamp}\n{text}".encode("utf-8")
        return ed25519.verify(self.public_key, message, data[8:])

    def verify(self, note):
        """Raises Refused unless the note carries this key's signature and every one is valid."""
        own = [s for s in note.signatures if self.names(s)]
        if not own:
            raise Refused(f"not signed by the trusted key {self.name}+{self.key_id:08x}")
        if not all(self.is_valid(signature, note.text) for signature in own):
            raise Refused(f"the signature of {self.name}+{self.key_id:08x} is not valid for the text it signs")


class Note:
    """A signed note: the text (final newline included) and its (name, key ID, signature) lines."""

    def __init__(self, encoded):
        if any(ord(c) < 0x20 and c != "\n" for c in encoded):
            raise Malformed("a signed note contains no control characters other than the newline")
        split = encoded.rfind("\n\n")
        if not encoded.endswith("\n") or split < 0 or split + 2 == len(encoded):
            raise Malformed("a signed note is its text, an empty line and signature lines, each ending in a newline")
        self.text = encoded[: split + 1]
        lines = encoded[split + 2 : -1].split("\n")
        if len(lines) > SIGNATURE_LIMIT:
            raise Malformed(f"a signed note has more than {SIGNATURE_LIMIT} signatures")
        self.signatures = []
        for line in lines:
            parts = line.split(" ")
            if len(parts) != 3 or parts[0] != "\u2014" or not valid_key_name(parts[1]):
                raise Malformed(f"not a note signature line: {line}")
            data = b64decode(parts[2], "a note signature")
            if len(data) < 5:
                raise Malformed(f"not a note signature line: {line}")
            self.signatures.append((parts[1], struct.unpack(">I", data[:4])[0], data[4:]))


# Checkpoints -------------------------------------------------------------------


class Checkpoint:
    """A C2SP checkpoint (c2sp.org/tlog-checkpoint): origin, size, root, extension lines."""

    def __init__(self, encoded):
        self.note = Note(encoded)
        lines = self.note.text[:-1].split("\n")
        if len(lines) < 3 or not all(lines):
            raise Malformed("a checkpoint's text is at least three non-empty lines: origin, size, root hash")
        self.origin = lines[0]
        self.size = decimal(lines[1], "the checkpoint's size")
        self.root = hash32(lines[2], "the checkpoint's root hash")
        self.chain = None

    @property
    def signer(self):
        for name, identifier, _ in self.note.signatures:
            if name == self.origin:
                return f"{self.origin} (key {identifier:08x})"
        return self.origin

    def check_signature(self, trusted):
        """Raises unless a trusted verifier key named after the origin signed it."""
        keys = [
            key for key in trusted if isinstance(key, VerifierKey) and key.type == ED25519 and key.name == self.origin
        ]
        if not keys:
            raise Malformed(
                f"the checkpoint of {self.origin} is checked with the log's verifier key "
                f"({self.origin}+<key ID>+<key>): give it with --trust"
            )
        refusal = None
        for key in keys:
            try:
                key.verify(self.note)
                return
            except Refused as error:
                refusal = error
        raise refusal


class LegacyCheckpoint:
    """A checkpoint of the first format (event-log-checkpoint v1): size, root, chain hash, key, signature.

    The signature covers the text up to and including the line before `signature`.
    """

    def __init__(self, text):
        fields = {}
        for line in text.split("\n")[1:]:
            if line:
                name, _, value = line.partition(" ")
                fields[name] = value
        try:
            self.origin = fields["origin"]
            self.size = int(fields["size"])
            self.root = bytes.fromhex(fields["root"])
            self.chain = bytes.fromhex(fields["chain"])
            self.signer = fields["signer"]
            self.key = bytes.fromhex(fields["key"])
            self.signature = base64.b64decode(fields["signature"])
        except (KeyError, ValueError) as error:
            raise Malformed(f"malformed checkpoint ({error})") from error
        self.signed_text = text[: text.index("\nsignature ") + 1].encode("utf-8")

    def check_signature(self, trusted):
        """With trusted keys, its key must be one of them; its signature must hold for its key."""
        if trusted and not any(self.key == (k.public_key if isinstance(k, VerifierKey) else k) for k in trusted):
            raise Refused("the checkpoint is signed with another key than the one trusted")
        if not ed25519.verify(self.key, self.signed_text, self.signature):
            raise Refused("the checkpoint's signature is not valid for its key")


def check_witnesses(checkpoint, witnesses, quorum):
    """Raises Refused unless at least `quorum` of the witnesses' keys validly cosigned the checkpoint.

    Nothing is required when no witness is given. A first-format checkpoint carries no cosignatures.
    """
    if not witnesses:
        return []
    if not isinstance(checkpoint, Checkpoint):
        raise Refused("a checkpoint of the first format (event-log-checkpoint v1) carries no cosignatures")
    cosigned = [key for key in witnesses if any(key.is_valid(s, checkpoint.note.text) for s in checkpoint.note.signatures)]
    if len(cosigned) < quorum:
        missing = [key.name for key in witnesses if key not in cosigned]
        raise Refused(
            f"the checkpoint of {checkpoint.size} events is cosigned by {len(cosigned)} of the {len(witnesses)} "
            f"witnesses given, {quorum} required: not by {', '.join(missing)}"
        )
    return cosigned


def witness_key(text):
    """A --witness value: a witness's verifier key (signature type 0x04)."""
    key = VerifierKey(text)
    if key.type != COSIGNATURE:
        raise Malformed(f"the key {key.name} is a log's key (0x01), not a witness's cosignature key (0x04)")
    return key


def read_checkpoint(text):
    """Either format, told apart by the first line."""
    return LegacyCheckpoint(text) if text.startswith(LEGACY_HEADER + "\n") else Checkpoint(text)


def trusted_key(text):
    """A --trust value: a verifier key, or the 64-hex-digit key of a first-format checkpoint."""
    if re.fullmatch(r"[0-9a-fA-F]{64}", text):
        return bytes.fromhex(text)
    return VerifierKey(text)


# Merkle proofs (RFC 9162 section 2.1) --------------------------------------------


def node(left, right):
    return sha256(b"\x01", left, right)


def merkle_root(leaves):
    """RFC 6962 Merkle tree hash of a sequence of leaf hashes.

    Each leaf is already SHA-256(0x00 || data). An interior node is
    SHA-256(0x01 || left || right); a range of n > 1 leaves splits after the
    largest power of two smaller than n; the empty tree is SHA-256("").
    """
    leaves = list(leaves)

    def subtree(start, end):
        if end - start == 1:
            return leaves[start]
        split = start + (1 << ((end - start - 1).bit_length() - 1))
        return node(subtree(start, split), subtree(split, end))

    return subtree(0, len(leaves)) if leaves else sha256(b"")


def verify_inclusion(index, size, leaf, path, root):
    """Section 2.1.3.2: does the audit path lead from leaf `index` to `root`?"""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for sibling in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node(sibling, r)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            r = node(r, sibling)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(old_size, old_root, new_size, new_root, path):
    """Section 2.1.4.2: does the proof show the old tree is a prefix of the new one?"""
    if not 0 <= old_size <= new_size:
        return False
    if old_size == new_size:
        return not path and old_root == new_root
    if old_size == 0:
        return not path and old_root == sha256(b"")
    if not path:
        return False
    if old_size & (old_size - 1) == 0:  # a power of two: the old root is the first node
        path = [old_root] + list(path)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == old_root and sr == new_root


class ConsistencyProof:
    """The file `audit consistency` writes: header, `old SIZE ROOT`, `new SIZE ROOT`, one hash per line."""

    def __init__(self, text):
        if not text.endswith("\n"):
            raise Malformed("a consistency proof ends in a newline")
        lines = text[:-1].split("\n")
        if len(lines) < 3 or lines[0] != CONSISTENCY_HEADER:
            raise Malformed(f"not a consistency proof ({CONSISTENCY_HEADER})")
        trees = []
        for line, label in ((lines[1], "old"), (lines[2], "new")):
            parts = line.split(" ")
            if len(parts) != 3 or parts[0] != label:
                raise Malformed("the consistency proof's lines 2 and 3 are `old SIZE ROOT` and `new SIZE ROOT`")
            trees.append((decimal(parts[1], f"the {label} size"), hash32(parts[2], f"the {label} root")))
        (self.old_size, self.old_root), (self.new_size, self.new_root) = trees
        self.hashes = [hash32(line, "a consistency proof hash") for line in lines[3:]]


def check_consistency(first, second, proof):
    """Raises unless the two checkpoints describe one log that only grew (signatures checked apart)."""
    if isinstance(first, Checkpoint) and isinstance(second, Checkpoint) and first.origin != second.origin:
        raise Malformed(f"the checkpoints are of two logs: {first.origin} and {second.origin}")
    old, new = (first, second) if first.size <= second.size else (second, first)
    encode = lambda root: base64.b64encode(root).decode()
    if old.size == new.size:
        if old.root != new.root:
            raise Refused(
                f"fork: two checkpoints of {old.size} events with different roots ({encode(old.root)} and "
                f"{encode(new.root)}): the log has shown two different histories"
            )
        if proof and (proof.hashes or proof.old_size != old.size or proof.new_size != new.size):
            raise Malformed(f"the consistency proof is not for two trees of {old.size} events")
        return 0
    if proof is None:
        raise Malformed(f"give the consistency proof from {old.size} to {new.size} events")
    if (proof.old_size, proof.new_size) != (old.size, new.size):
        raise Malformed(
            f"the consistency proof is from {proof.old_size} to {proof.new_size} events, "
            f"the checkpoints are of {old.size} and {new.size}"
        )
    if (proof.old_root, proof.new_root) != (old.root, new.root):
        raise Refused("the consistency proof is for trees with other roots than the checkpoints'")
    if not verify_consistency(old.size, old.root, new.size, new.root, proof.hashes):
        raise Refused(
            f"the consistency proof does not reconcile the checkpoints: the log of {old.size} events is not a "
            f"prefix of the log of {new.size} events (a fork of the log, or a damaged proof)"
        )
    return len(proof.hashes)


# Receipts (c2sp.org/tlog-proof) --------------------------------------------------


def canonical_fields(data):
    """The fields of an event's canonical encoding: (position, stream, stream_version, event_id, type, ...)."""
    fields, offset = [], 0

    def take(count):
        nonlocal offset
        if len(data) - offset < count:
            raise Malformed("the event's canonical encoding ends early")
        offset += count
        return data[offset - count : offset]

    def text():
        try:
            return take(struct.unpack(">I", take(4))[0]).decode("utf-8")
        except UnicodeDecodeError:
            raise Malformed("a text field of the event's canonical encoding is not UTF-8") from None

    fields.append(struct.unpack(">Q", take(8))[0])  # position
    fields.append(text())  # stream
    fields.append(struct.unpack(">Q", take(8))[0])  # stream_version
    fields += [text(), text()]  # event_id, type
    fields.append(struct.unpack(">I", take(4))[0])  # schema_version
    fields += [text() for _ in range(5)]  # recorded_at, actor, command, correlation_id, causation_id
    fields.append(take(struct.unpack(">I", take(4))[0]))  # payload
    if offset != len(data):
        raise Malformed("bytes follow the event's canonical encoding")
    names = "position stream stream_version event_id type schema_version recorded_at actor command correlation_id causation_id payload"
    return dict(zip(names.split(), fields))


class Receipt:
    """A tlog-proof: header, `extra` (the event's canonical encoding), `index`, hashes, empty line, checkpoint."""

    def __init__(self, text):
        head, separator, checkpoint = text.partition("\n\n")
        lines = head.split("\n")
        if not separator or lines[0] != RECEIPT_HEADER:
            raise Malformed(f"not a tlog-proof ({RECEIPT_HEADER}, the proof, an empty line, the checkpoint)")
        lines = lines[1:]
        self.extra = None
        if lines and lines[0].startswith("extra "):
            self.extra = b64decode(lines.pop(0)[6:], "the extra data")
        if not lines or not lines[0].startswith("index "):
            raise Malformed("the tlog-proof has no `index N` line")
        self.index = decimal(lines.pop(0)[6:], "the index")
        self.path = [hash32(line, "an inclusion proof hash") for line in lines]
        self.checkpoint = Checkpoint(checkpoint)

    def check(self, trusted):
        """Raises unless the receipt holds; returns the event's fields."""
        self.checkpoint.check_signature(trusted)
        if self.extra is None:
            raise Malformed("the receipt carries no event (no extra line): its leaf hash cannot be computed")
        event = canonical_fields(self.extra)
        if event["position"] != self.index + 1:
            raise Refused(f"the receipt's event is at position {event['position']}, its proof for index {self.index}")
        leaf = sha256(b"\x00", self.extra)
        if not verify_inclusion(self.index, self.checkpoint.size, leaf, self.path, self.checkpoint.root):
            raise Refused(
                "the inclusion proof does not lead from the event's leaf hash to the root of the checkpoint of "
                f"{self.checkpoint.size} events"
            )
        return event


# Tiles (c2sp.org/tlog-tiles) ------------------------------------------------------

TILE_WIDTH = 256


def tile_path(level, index, width):
    """`tile/<level>/<index>[.p/<width>]`, level a number or "entries", the index in 3-digit elements."""
    elements = []
    while True:
        elements.insert(0, f"{index % 1000:03d}")
        index //= 1000
        if index == 0:
            break
    suffix = "" if width == TILE_WIDTH else f".p/{width}"
    return f"tile/{level}/" + "/".join(["x" + element for element in elements[:-1]] + elements[-1:]) + suffix


def tiles_of(size):
    """(level, index, width) of every tile a tree of `size` leaves has: the full ones and, at each
    level, the partial one its size leaves; the entry bundles (level "entries") beside level 0's."""
    tiles, count, level = [], size, 0
    while count > 0:
        widths = [TILE_WIDTH] * (count // TILE_WIDTH) + ([count % TILE_WIDTH] if count % TILE_WIDTH else [])
        for index, width in enumerate(widths):
            tiles.append((level, index, width))
            if level == 0:
                tiles.append(("entries", index, width))
        count //= TILE_WIDTH
        level += 1
    return tiles


def bundle_leaves(data, path, first_position, width):
    """The leaf hashes of an entry bundle's entries (u16 big-endian length, then the canonical encoding)."""
    leaves, offset = [], 0
    while offset < len(data):
        if len(data) - offset < 2:
            raise Refused(f"{path} ends inside an entry's length")
        length = struct.unpack(">H", data[offset : offset + 2])[0]
        entry = data[offset + 2 : offset + 2 + length]
        if len(entry) != length:
            raise Refused(f"{path} ends inside entry {len(leaves)}")
        position = first_position + len(leaves)
        try:
            fields = canonical_fields(entry)
        except Malformed as error:
            raise Refused(f"entry {len(leaves)} of {path} is not an event's canonical encoding ({error})") from None
        if fields["position"] != position:
            raise Refused(f"entry {len(leaves)} of {path} is the event at position {fields['position']}, not {position}")
        leaves.append(sha256(b"\x00", entry))
        offset += 2 + length
    if len(leaves) != width:
        raise Refused(f"{path} holds {len(leaves)} entries, not {width}")
    return leaves


def check_tiles(checkpoint, fetch):
    """Checks the tiles a checkpoint's size needs, read with fetch(path) (bytes, or None when there is
    nothing there), against the checkpoint; returns (tiles read, entries read). Raises Refused."""
    hashes, bundles = {}, {}
    for level, index, width in tiles_of(checkpoint.size):
        path = tile_path(level, index, width)
        data = fetch(path)
        if data is None:
            raise Refused(f"{path} is missing: the log's tiles are not all there")
        if level == "entries":
            bundles[index] = bundle_leaves(data, path, index * TILE_WIDTH + 1, width)
            continue
        if len(data) != width * 32:
            raise Refused(f"{path} is {len(data)} bytes, not {width} hashes of 32 bytes")
        hashes[(level, index)] = [data[offset : offset + 32] for offset in range(0, len(data), 32)]
    for index, leaves in sorted(bundles.items()):
        if hashes[(0, index)] != leaves:
            raise Refused(
                f"the entries of {tile_path('entries', index, len(leaves))} do not hash to the leaves of "
                f"{tile_path(0, index, len(leaves))}"
            )
    for (level, index), tile in sorted(hashes.items()):
        for offset, hash in enumerate(tile):
            below = hashes.get((level - 1, index * TILE_WIDTH + offset)) if level > 0 else None
            if level > 0 and (below is None or len(below) != TILE_WIDTH or merkle_root(below) != hash):
                raise Refused(f"hash {offset} of {tile_path(level, index, len(tile))} is not the root of the full tile below it")
    leaves = [hash for (level, _), tile in sorted(hashes.items()) if level == 0 for hash in tile]
    root = merkle_root(leaves)
    if root != checkpoint.root:
        raise Refused(
            f"the level-0 tiles' {len(leaves)} leaves have the root {base64.b64encode(root).decode()}, the checkpoint "
            f"{base64.b64encode(checkpoint.root).decode()}: the tiles are not the log it signed"
        )
    return len(bundles) + len(hashes), sum(len(leaves) for leaves in bundles.values())

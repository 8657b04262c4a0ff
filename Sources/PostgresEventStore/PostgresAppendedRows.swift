import EventStore
import PostgresNIO

/// A batch of new events as one `INSERT … SELECT FROM unnest(…)`: a column array per varying
/// column, the stream, `recorded_at` and the command's metadata once. One statement and nine
/// parameters, whatever the batch's size; it notifies listeners of the new head at commit.
struct AppendedRows {
    private var positions: [Int64] = []
    private var versions: [Int64] = []
    private var ids: [String] = []
    private var types: [String] = []
    private var schemaVersions: [Int64] = []
    private var causations: [String] = []
    private var payloads: [ByteBuffer] = []
    private var leaves: [ByteBuffer] = []
    private var chains: [ByteBuffer] = []

    /// The channel `pg_notify` sends the new head's position on, as decimal text.
    static let channel = "programme_log"

    init(capacity: Int) {
        positions.reserveCapacity(capacity)
        versions.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
        types.reserveCapacity(capacity)
        schemaVersions.reserveCapacity(capacity)
        causations.reserveCapacity(capacity)
        payloads.reserveCapacity(capacity)
        leaves.reserveCapacity(capacity)
        chains.reserveCapacity(capacity)
    }

    /// Adds the next event, stored at `position` as version `streamVersion` with its hashes.
    mutating func append(
        _ event: NewEvent, position: Int64, streamVersion: Int64, leaf: EventHash, chain: EventHash
    ) {
        positions.append(position)
        versions.append(streamVersion)
        ids.append(event.id.lowercasedString)
        types.append(event.type)
        schemaVersions.append(Int64(event.schemaVersion))
        causations.append(event.causationID?.lowercasedString ?? "")
        payloads.append(ByteBuffer(bytes: event.payload))
        leaves.append(ByteBuffer(bytes: leaf.bytes))
        chains.append(ByteBuffer(bytes: chain.bytes))
    }

    /// The statement that inserts the rows in position order (the insert trigger checks each
    /// against the head and moves it) and notifies the last position.
    func insert(stream: String, recordedAt: String, metadata: CommandMetadata) -> PostgresQuery {
        """
        WITH appended AS (
            INSERT INTO events (\(unescaped: PostgresEventStore.eventColumns))
            SELECT e.position, \(stream), e.stream_version, e.event_id, e.type, e.schema_version, \(recordedAt),
                   \(metadata.actor), \(metadata.command), \(metadata.correlationID), e.causation_id, e.payload,
                   e.leaf_hash, e.chain_hash
            FROM unnest(\(positions)::bigint[], \(versions)::bigint[], \(ids)::text[], \(types)::text[],
                        \(schemaVersions)::bigint[], \(causations)::text[], \(payloads)::bytea[],
                        \(leaves)::bytea[], \(chains)::bytea[])
                 AS e(position, stream_version, event_id, type, schema_version, causation_id, payload,
                      leaf_hash, chain_hash)
            ORDER BY e.position
            RETURNING position)
        SELECT pg_notify(\(Self.channel), max(position)::text) FROM appended
        """
    }
}

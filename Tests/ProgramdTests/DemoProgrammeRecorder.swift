import ProgramStore

/// Records the demo programme for the tests.
enum DemoProgrammeRecorder {
    static func record(_ path: String) throws -> Int64 { try DemoProgramme.record(at: path) }
}

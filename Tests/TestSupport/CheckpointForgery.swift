import Foundation

/// Forges a store's saved projection the way someone with write access to the store file would.
public enum CheckpointForgery {
    /// Runs `save` — which saves a state through the store, authenticated with the key beside it —
    /// as someone without that key: the key in place afterwards is the original one, so the saved
    /// state's code is wrong for it.
    public static func withoutTheKey(store path: String, _ save: () throws -> Void) throws {
        let key = path + "-checkpoint-key"
        let original = FileManager.default.contents(atPath: key)
        try? FileManager.default.removeItem(atPath: key)
        try save()
        try? FileManager.default.removeItem(atPath: key)
        if let original { _ = FileManager.default.createFile(atPath: key, contents: original) }
    }
}

import Program

extension Language {
    /// The language a process's environment asks for: Dutch when the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty starts with `nl` (`nl_NL.UTF-8`,
    /// `nl_BE`), else English — as POSIX ranks them for messages.
    init(environment: [String: String]) {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = locale?.lowercased().hasPrefix("nl") == true ? .dutch : .english
    }
}

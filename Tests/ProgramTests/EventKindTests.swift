import Foundation
import Program
import Testing

/// The list of event types follows from the kinds, and each kind from its event: the compiler
/// checks both, this checks that no two kinds share a stored type name.
@Suite("event kinds")
struct EventKindTests {
    @Test("every kind has a payload type of its own, stored under its own name")
    func kindsAndTypes() {
        let names = ProgramEvent.types.map { $0.typeName }
        #expect(names.count == ProgramEvent.Kind.allCases.count)
        #expect(Set(names).count == names.count, "a type name stands twice: \(names.sorted())")
        for kind in ProgramEvent.Kind.allCases {
            #expect(kind.payloadType.typeName.lowercased() == kind.rawValue.lowercased(), "\(kind)")
        }
    }
}

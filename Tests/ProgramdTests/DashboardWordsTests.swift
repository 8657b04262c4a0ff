import Program
import Projections
import Testing

@testable import programd

/// The dashboard's words agree with the figure before them, in both languages.
@Suite("the dashboard's words")
struct DashboardWordsTests {
    @Test("one is singular; zero, many and a hidden count are plural")
    func plurals() {
        let (dutch, english) = (Words(.dutch), Words(.english))
        #expect(dutch.decisionsInForce(1) == "besluit van kracht")
        #expect(dutch.decisionsInForce(0) == "besluiten van kracht")
        #expect(english.decisionsInForce(1) == "decision in force")
        #expect(english.decisionsInForce(6) == "decisions in force")
        #expect(dutch.municipalitiesAdopted(1) == "gemeente stelde het plan vast")
        #expect(dutch.goals(1) == "doel" && dutch.goals(4) == "doelen")
        // "<5" may stand for 1: it is written as more than one.
        #expect(dutch.membersInCoreGroup(PersonCount(1)) == "leden in de kerngroep")
        #expect(dutch.membersInCoreGroup(PersonCount(7)) == "leden in de kerngroep")
        #expect(english.conferenceParticipants(PersonCount(174)) == "conference participants")
        #expect(dutch.inputsBehind(1) == "1 keer inbreng" && english.inputsBehind(23) == "23 inputs")
    }
}

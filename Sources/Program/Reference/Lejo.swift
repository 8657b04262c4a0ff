extension ProgrammeDefinition {
    /// The Leernetwerk Ervaringsdeskundigheid Jeugd Overijssel (LEJO): organisations learning to use
    /// lived-experience knowledge under three pillars of its own (vision, implementing, training),
    /// aiming at a sustainable network within 2.5 years. A network of organisations, not of
    /// municipalities. Shipped as `docs/examples/lejo.json`.
    public static let lejo = ProgrammeDefinition(
        name: "Leernetwerk Ervaringsdeskundigheid Jeugd Overijssel (LEJO)",
        region: "Overijssel",
        frameworkTitle: "Impulsaanvraag LEJO: binnen 2,5 jaar een duurzaam netwerk",
        frameworkFirstYear: 2024,
        frameworkLastYear: 2026,
        startsOn: Day(year: 2024, month: 1, day: 1)!,
        pillars: [
            Pillar(number: 1, name: "Visie", description: "Een gedragen visie op ervaringskennis en -deskundigheid"),
            Pillar(
                number: 2, name: "Implementeren",
                description: "Ervaringskennis implementeren, elke organisatie op een eigen manier"),
            Pillar(number: 3, name: "Opleiden", description: "Scholing van ervaringsdeskundigen en professionals"),
        ],
        municipalities: [],
        themes: ["Ervaringskennis in de jeugdzorg", "Ervaringskennis in de jeugdbescherming"],
        peopleConcerned: [.youth, .parent, .clientRepresentative]
    )
}

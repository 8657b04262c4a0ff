extension ProgrammeDefinition {
    /// The youth-and-parents network of the Expertisenetwerk Jeugd Overijssel: requested and
    /// unrequested advice, lived-experience experts for the Regional Expert Teams (whose advice is
    /// binding), the expert networks and participatory research, on the five themes of 2022.
    /// Shipped as `docs/examples/overijssel.json`.
    public static let overijssel = ProgrammeDefinition(
        name: "Netwerk van jongeren en ouders Expertisenetwerk Jeugd Overijssel",
        region: "Overijssel",
        frameworkTitle: "Expertisenetwerk Jeugd Overijssel: structurele werkwijze Regionaal Expertteam per 2022",
        frameworkFirstYear: 2022,
        frameworkLastYear: 2024,
        startsOn: Day(year: 2021, month: 3, day: 1)!,
        pillars: [
            Pillar(
                number: 1, name: "Advies",
                description: "Gevraagd en ongevraagd advies aan het Expertisenetwerk Jeugd Overijssel"),
            Pillar(
                number: 2, name: "Ondersteuning RET",
                description: "Inzet van ervaringsdeskundigen in de Regionale Expertteams waar nodig"),
            Pillar(
                number: 3, name: "Expertnetwerken",
                description: "Aansluiten bij de expertnetwerken rondom verschillende diagnostiek"),
            Pillar(
                number: 4, name: "Participatief onderzoek",
                description: "Bijdragen aan het ondersteunen en uitvoeren van participatief onderzoek"),
        ],
        // The coordinating municipality, which receives the network's funds.
        municipalities: [Municipality(code: "GM0153", name: "Enschede")],
        themes: [
            "Verklarende analyse", "Continuïteit van zorg bij jongeren die 18 jaar worden/zijn",
            "Onvoorwaardelijk wonen",
            "Eetstoornissen", "Complexe scheidingen",
        ],
        peopleConcerned: [.youth, .parent]
    )
}

extension ProgrammeDefinition {
    /// Parents and youth given a voice in Haaglanden's youth care: in their own care paths, in
    /// policy and in evaluation, with clients in the projects from the start, under the
    /// transformation budget from 2018. Shipped as `docs/examples/haaglanden.json`.
    public static let haaglanden = ProgrammeDefinition(
        name: "Ouders en jongeren een stem in de jeugdhulp Haaglanden",
        region: "Haaglanden",
        frameworkTitle:
            "Transformatie jeugdhulp Haaglanden: effectievere jeugdhulp door structurele betrokkenheid van ouders en jongeren",
        frameworkFirstYear: 2018,
        frameworkLastYear: 2020,
        startsOn: Day(year: 2018, month: 1, day: 1)!,
        pillars: [
            Pillar(
                number: 1, name: "Individuele trajecten", description: "Een eigen stem in hun individuele trajecten"),
            Pillar(
                number: 2, name: "Beleidsontwikkeling",
                description: "Partner bij beleid en onderzoek, vanaf de keuzes bij de start"),
            Pillar(number: 3, name: "Evaluatie", description: "Partner bij evaluatie en kwaliteitsverbetering"),
        ],
        // The youth-care region's municipalities (CBS codes).
        municipalities: [
            Municipality(code: "GM0503", name: "Delft"),
            Municipality(code: "GM0518", name: "'s-Gravenhage"),
            Municipality(code: "GM1916", name: "Leidschendam-Voorburg"),
            Municipality(code: "GM1842", name: "Midden-Delfland"),
            Municipality(code: "GM1926", name: "Pijnacker-Nootdorp"),
            Municipality(code: "GM0603", name: "Rijswijk"),
            Municipality(code: "GM0629", name: "Wassenaar"),
            Municipality(code: "GM1783", name: "Westland"),
            Municipality(code: "GM0637", name: "Zoetermeer"),
        ],
        themes: ["Cliënten in de projecten vanaf de planvorming", "Nieuwe vormen van participatie"],
        peopleConcerned: [.youth, .parent]
    )
}

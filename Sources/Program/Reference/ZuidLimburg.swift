extension ProgrammeDefinition {
    /// The built-in programme: client and youth participation in Zuid-Limburg under the regional
    /// youth-care policy framework 2024–2028.
    public static let zuidLimburg = ProgrammeDefinition(
        name: "Cliënt- en jongerenparticipatie Zuid-Limburg",
        region: "Zuid-Limburg",
        frameworkTitle: "Beleidskader jeugdhulp Zuid-Limburg 2024–2028",
        frameworkFirstYear: 2024,
        frameworkLastYear: 2028,
        startsOn: Day(year: 2022, month: 1, day: 1)!,
        pillars: [
            Pillar(
                number: 1, name: "Reguliere medezeggenschap",
                description: "Versterking van de reguliere (georganiseerde) medezeggenschap"),
            Pillar(
                number: 2, name: "Regionale medezeggenschap",
                description: "Ontwikkelen van medezeggenschap op regionaal gemeentelijk niveau"),
            Pillar(
                number: 3, name: "Empowerment",
                description: "Betrekken van de cliëntenpopulatie in de brede zin (empowerment)"),
        ],
        municipalities: [
            Municipality(code: "GM0888", name: "Beek"),
            Municipality(code: "GM1954", name: "Beekdaelen", validFrom: Day(year: 2019, month: 1, day: 1)),
            Municipality(code: "GM0899", name: "Brunssum"),
            Municipality(code: "GM1903", name: "Eijsden-Margraten"),
            Municipality(code: "GM1729", name: "Gulpen-Wittem"),
            Municipality(code: "GM0917", name: "Heerlen"),
            Municipality(code: "GM0928", name: "Kerkrade"),
            Municipality(code: "GM0882", name: "Landgraaf"),
            Municipality(code: "GM0935", name: "Maastricht"),
            Municipality(code: "GM0938", name: "Meerssen"),
            Municipality(code: "GM0965", name: "Simpelveld"),
            Municipality(code: "GM1883", name: "Sittard-Geleen"),
            Municipality(code: "GM0971", name: "Stein"),
            Municipality(code: "GM0981", name: "Vaals"),
            Municipality(code: "GM0994", name: "Valkenburg aan de Geul"),
            Municipality(code: "GM0986", name: "Voerendaal"),
            // Merged into Beekdaelen on 1 January 2019.
            Municipality(code: "GM0951", name: "Nuth", validUntil: Day(year: 2018, month: 12, day: 31)),
            Municipality(code: "GM0881", name: "Onderbanken", validUntil: Day(year: 2018, month: 12, day: 31)),
            Municipality(code: "GM0962", name: "Schinnen", validUntil: Day(year: 2018, month: 12, day: 31)),
        ]
    )
}

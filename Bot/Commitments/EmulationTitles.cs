namespace EmulationBot.Commitments;

/// <summary>
/// The emulation titles of the Law on Emulation and Commendation that a department's staff and units register for,
/// in one place: every list, card and check reads them from here.
/// </summary>
public static class EmulationTitles
{
    public static IReadOnlyList<EmulationTitle> All { get; } =
    [
        new("lao-dong-tien-tien", CommitmentKind.Individual, "Lao động tiên tiến", "Advanced Worker",
            ["ldtt", "lao dong tien tien", "advanced worker"]),
        new("chien-si-thi-dua-co-so", CommitmentKind.Individual, "Chiến sĩ thi đua cơ sở", "Grassroots Emulation Fighter",
            ["cstdcs", "cstd co so", "chien si co so", "chien si thi dua co so", "grassroots emulation fighter", "grassroots"]),
        new("chien-si-thi-dua-cap-tinh", CommitmentKind.Individual, "Chiến sĩ thi đua cấp tỉnh", "Provincial Emulation Fighter",
            ["cstdct", "cstd cap tinh", "chien si cap tinh", "chien si thi dua tinh", "provincial emulation fighter"]),
        new("bang-khen-chu-tich-tinh", CommitmentKind.Individual, "Bằng khen của Chủ tịch UBND tỉnh", "Certificate of Merit of the Provincial Chairman",
            ["bang khen", "bang khen chu tich", "bang khen ubnd tinh", "bang khen cua chu tich ubnd tinh", "certificate of merit"]),
        new("tap-the-lao-dong-tien-tien", CommitmentKind.Collective, "Tập thể lao động tiên tiến", "Advanced Labour Collective",
            ["ttldtt", "tap the tien tien", "tap the lao dong tien tien", "advanced labour collective", "advanced collective"]),
        new("tap-the-lao-dong-xuat-sac", CommitmentKind.Collective, "Tập thể lao động xuất sắc", "Excellent Labour Collective",
            ["ttldxs", "tap the xuat sac", "tap the lao dong xuat sac", "excellent labour collective", "excellent collective"]),
        new("co-thi-dua-ubnd-tinh", CommitmentKind.Collective, "Cờ thi đua của UBND tỉnh", "Emulation Flag of the Provincial People's Committee",
            ["co thi dua", "co thi dua ubnd tinh", "co thi dua cua ubnd tinh", "emulation flag"]),
        new("bang-khen-chu-tich-tinh", CommitmentKind.Collective, "Bằng khen của Chủ tịch UBND tỉnh", "Certificate of Merit of the Provincial Chairman",
            ["bang khen", "bang khen chu tich", "bang khen ubnd tinh", "bang khen cua chu tich ubnd tinh", "certificate of merit"]),
    ];

    public static IEnumerable<EmulationTitle> For(CommitmentKind kind) => All.Where(t => t.Kind == kind);

    public static EmulationTitle? Find(CommitmentKind kind, string? code) => All.FirstOrDefault(t => t.Kind == kind && t.Code == code);

    /// <summary>The collective titles whose name no individual title shares (a person typing one is told it is for units).</summary>
    public static IEnumerable<EmulationTitle> CollectiveOnly => For(CommitmentKind.Collective).Where(c => For(CommitmentKind.Individual).All(i => i.Code != c.Code));
}

using EmulationBot.Questions.Corpus;

namespace EmulationBot.Benchmarks.Questions;

/// <summary>
/// A corpus of plans generated from the sample plans: the seed plans in shared/plans when they are next to the
/// repository (or in EMULATIONBOT_SHARED), else the test plans of Tests/EmulationBot.Tests/Data/Questions/Plans.
/// Each copy gets its own province (so that questions can name it), id and passage text.
/// </summary>
internal static class GeneratedPlans
{
    public static readonly string[] Provinces =
    [
        "Hà Giang", "Cao Bằng", "Lạng Sơn", "Tuyên Quang", "Lào Cai", "Yên Bái", "Thái Nguyên", "Bắc Kạn", "Phú Thọ", "Bắc Giang",
        "Hòa Bình", "Sơn La", "Lai Châu", "Điện Biên", "Quảng Ninh", "Hải Dương", "Hưng Yên", "Thái Bình", "Hà Nam", "Nam Định",
        "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên",
        "Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Lâm Đồng", "Bình Phước", "Tây Ninh", "Bình Dương", "Đồng Nai",
        "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng",
    ];

    public static IReadOnlyList<QaPlan> Samples { get; } = PlanFiles.ReadFolder(SampleFolder());

    /// <summary><paramref name="count"/> plans, cycling through the samples and the provinces.</summary>
    public static List<QaPlan> Make(int count) => Enumerable.Range(0, count).Select(i => Copy(Samples[i % Samples.Count], i)).ToList();

    private static QaPlan Copy(QaPlan sample, int n)
    {
        var province = Provinces[n % Provinces.Length] + (n >= Provinces.Length ? $" {n / Provinces.Length + 1}" : "");
        string Swap(string text) => sample.Province is { Length: > 0 } p ? text.Replace(p, province, StringComparison.Ordinal) : text;
        return sample with
        {
            Id = $"{sample.Id}-{n}",
            Province = province,
            Title = Swap(sample.Title),
            Theme = sample.Theme is null ? null : Swap(sample.Theme),
            Sections = sample.Sections.Select(s => s with { Heading = Swap(s.Heading), Passages = s.Passages.Select(p => p with { Text = Swap(p.Text) }).ToList() }).ToList(),
        };
    }

    private static string SampleFolder()
    {
        if (Environment.GetEnvironmentVariable("EMULATIONBOT_SHARED") is { Length: > 0 } shared && Directory.Exists(Path.Combine(shared, "plans"))) return Path.Combine(shared, "plans");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "plans"))) return Path.Combine(dir.FullName, "shared", "plans");
            var own = Path.Combine(dir.FullName, "Tests", "EmulationBot.Tests", "Data", "Questions", "Plans");
            if (Directory.Exists(own)) return own;
        }
        throw new DirectoryNotFoundException("No sample plans found (shared/plans or Tests/EmulationBot.Tests/Data/Questions/Plans).");
    }
}

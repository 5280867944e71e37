namespace EmulationBot.Questions.Corpus;

/// <summary>How a plan is named in answers and buttons: "Sở KHCN Quảng Bình" (issuer, shortened, and province).</summary>
public static class PlanNames
{
    public static string Describe(QaPlan plan)
    {
        var issuer = Shorten(plan.Issuer);
        if (issuer is not null && plan.Province is { Length: > 0 } province) return $"{issuer} {province}";
        if (issuer is not null) return issuer;
        if (plan.Province is { Length: > 0 } only) return only;
        return plan.Title.Length <= 60 ? plan.Title : plan.Title[..57].TrimEnd() + "…";
    }

    private static string? Shorten(string? issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer)) return null;
        return issuer.Trim().Replace("Khoa học và Công nghệ", "KHCN", StringComparison.OrdinalIgnoreCase)
            .Replace("Ủy ban nhân dân", "UBND", StringComparison.OrdinalIgnoreCase)
            .Replace("Uỷ ban nhân dân", "UBND", StringComparison.OrdinalIgnoreCase);
    }
}

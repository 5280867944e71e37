using EmulationBot.Plans.Dates;
using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Parsing;

/// <summary>The plan-wide lists read from the sections: responsible units and reward rules.</summary>
internal static class PlanFacts
{
    private static readonly string[] DutyHeadings = ["to chuc thuc hien", "trach nhiem", "phan cong", "nhiem vu cua"];

    /// <summary>Units named by section headings, by the subjects of the "Tổ chức thực hiện" part, and by obligations.</summary>
    public static List<string> ResponsibleUnits(IEnumerable<PlanSection> sections, IEnumerable<Obligation> obligations)
    {
        var units = new List<string>();
        foreach (var root in sections.Where(s => s.Kind == SectionKind.Body))
        {
            var duties = DutyHeadings.Any(h => AlignedFold.Fold(root.Heading).Contains(h, StringComparison.Ordinal));
            foreach (var section in root.SelfAndDescendants())
            {
                if (UnitRecognizer.FromHeading(section.Heading) is { } unit) units.Add(unit);
                if (!duties) continue;
                foreach (var passage in section.Passages)
                {
                    if (UnitRecognizer.AtStart(passage.Text) is { Generic: false } subject) units.AddRange(subject.Units);
                }
            }
        }
        units.AddRange(obligations.SelectMany(o => o.Who));
        return units.DistinctBy(UnitRecognizer.Fold).ToList();
    }

    /// <summary>Every passage of a section about rewards ("Công tác khen thưởng", "Hình thức khen thưởng").</summary>
    public static List<RewardRule> RewardRules(IEnumerable<PlanSection> sections)
    {
        var rules = new List<RewardRule>();
        foreach (var root in sections.Where(s => s.Kind == SectionKind.Body))
        {
            foreach (var section in root.SelfAndDescendants().Where(IsReward))
            {
                rules.AddRange(section.Passages.Select(p => new RewardRule(section.Id, p.Text)));
            }
        }
        return rules.DistinctBy(r => r.Text).ToList();

        static bool IsReward(PlanSection section) =>
            AlignedFold.Fold(section.Heading).Contains("khen thuong", StringComparison.Ordinal) && section.Heading.Length < 100 && !section.Heading.EndsWith('…');
    }
}

using EmulationBot.Localization;

namespace EmulationBot.Plans.Model;

/// <summary>How a section is cited in answers: "Mục III.2", "Phần mở đầu" (English: "Section III.2", "Introduction").</summary>
public static class SectionCitation
{
    public static string Cite(string sectionId, Language language = Language.Vietnamese) => sectionId switch
    {
        PlanSection.PreambleId => language == Language.English ? "Introduction" : "Phần mở đầu",
        PlanSection.ClosingId => language == Language.English ? "Closing" : "Phần kết",
        _ => (language == Language.English ? "Section " : "Mục ") + sectionId,
    };
}

using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Whether a segment states a purpose: it sits under a "Mục đích" heading or says "nhằm …".</summary>
public static class Purpose
{
    public static bool IsPurpose(Segment segment)
    {
        var headings = FoldedText.Of(segment.Section.Heading + " " + segment.ParentHeading);
        if (headings.Contains("muc dich", StringComparison.Ordinal)) return true;
        return (" " + FoldedText.Of(segment.Text) + " ").Contains(" nham ", StringComparison.Ordinal);
    }
}

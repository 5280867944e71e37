namespace EmulationBot.Plans.Parsing;

/// <summary>A paragraph or bullet after lines are joined: the unit the section tree and the extractor work on.</summary>
internal sealed record TextBlock(string Text, bool IsBullet, int? HeadingLevel, bool IsEmphasized = false)
{
    /// <summary>Set apart from body text: by formatting, or written in capitals.</summary>
    public bool StandsOut => IsEmphasized || HeadingLevel is not null || ParagraphJoiner.LooksLikeHeading(Text);

    public HeadingLabel? Label { get; } = IsBullet ? null : HeadingLabel.Parse(Text);
}

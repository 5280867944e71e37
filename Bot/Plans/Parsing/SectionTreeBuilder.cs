using EmulationBot.Plans.Model;

namespace EmulationBot.Plans.Parsing;

/// <summary>
/// Builds the section tree from the numbering, not from Markdown or Word heading levels (converted plans mix them
/// up): Roman numerals are level 1, "1." level 2 below them, "1.1." and "a)" below that; dash bullets are passages.
/// </summary>
internal static class SectionTreeBuilder
{
    private const int ShortHeading = 150;

    public static List<PlanSection> Build(DocumentLayout layout, string title)
    {
        var roots = new List<PlanSection>();
        if (layout.Preamble.Count > 0)
        {
            roots.Add(Flat(PlanSection.PreambleId, string.IsNullOrEmpty(title) ? "Phần mở đầu" : title, SectionKind.Preamble, layout.Preamble));
        }
        roots.AddRange(Body(layout.Body));
        if (layout.Closing.Count > 0) roots.Add(Flat(PlanSection.ClosingId, "Phần kết", SectionKind.Closing, layout.Closing));
        return roots;
    }

    private static PlanSection Flat(string id, string heading, SectionKind kind, IReadOnlyList<TextBlock> blocks) => new()
    {
        Id = id,
        Heading = heading,
        Kind = kind,
        Passages = blocks.Select((b, i) => new PlanPassage($"{id}#{i + 1}", b.IsBullet ? PassageKind.Bullet : PassageKind.Paragraph, b.Text)).ToList(),
    };

    private static List<PlanSection> Body(IReadOnlyList<TextBlock> blocks)
    {
        var hasRoman = blocks.Any(b => b.Label?.Kind == LabelKind.Roman);
        var hasLabels = blocks.Any(b => b.Label is not null);
        var headingRanks = blocks.Where(b => b.Label is null && b.HeadingLevel is not null).Select(b => b.HeadingLevel!.Value).Distinct().Order().ToList();
        var roots = new List<SectionNode>();
        var stack = new List<SectionNode>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.IsBullet || (block.Label is null && (block.HeadingLevel is null || (hasLabels && stack.Count > 0 && block.Text.Length > ShortHeading))))
            {
                if (stack.Count == 0) Attach(roots, stack, ids, new SectionNode("", LabelKind.Arabic, 1, "Nội dung"));
                stack[^1].Passages.Add((block.IsBullet, block.Text));
                continue;
            }
            SectionNode node;
            if (block.Label is { } label)
            {
                var (heading, passage) = Split(label.Rest);
                node = new SectionNode(label.Value, label.Kind, LevelOf(label, hasRoman, stack), heading);
                if (passage is not null) node.Passages.Add((false, passage));
            }
            else
            {
                var level = hasLabels ? (stack.Count == 0 ? 1 : stack[^1].Level + 1) : headingRanks.IndexOf(block.HeadingLevel!.Value) + 1;
                node = new SectionNode("", null, level, block.Text.TrimEnd(':', ' '));
            }
            Attach(roots, stack, ids, node);
        }
        return roots.Select(r => r.ToSection()).ToList();
    }

    private static int LevelOf(HeadingLabel label, bool hasRoman, List<SectionNode> stack) => label.Kind switch
    {
        LabelKind.Roman => 1,
        LabelKind.Arabic => hasRoman ? 2 : 1,
        LabelKind.Decimal => (hasRoman ? 1 : 0) + label.Depth,
        _ => (stack.LastOrDefault(s => s.Kind != LabelKind.Letter)?.Level ?? 0) + 1,
    };

    private static void Attach(List<SectionNode> roots, List<SectionNode> stack, HashSet<string> ids, SectionNode node)
    {
        while (stack.Count > 0 && stack[^1].Level >= node.Level) stack.RemoveAt(stack.Count - 1);
        var siblings = stack.Count == 0 ? roots : stack[^1].Children;
        var own = node.Label.Length > 0 ? node.Label : (siblings.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (node.Kind == LabelKind.Decimal) own = own.Split('.')[^1];
        var id = stack.Count == 0 ? own : $"{stack[^1].Id}.{own}";
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++) unique = $"{id}-{n}";
        node.Id = unique;
        siblings.Add(node);
        stack.Add(node);
    }

    /// <summary>"Thời gian phát động: Từ …" → heading "Thời gian phát động"; a long paragraph → a shortened heading, text kept.</summary>
    internal static (string Heading, string? Passage) Split(string rest)
    {
        var text = rest.Trim();
        var colon = text.IndexOf(':');
        if (colon is > 0 and <= 80 && colon < text.Length - 1) return (text[..colon].Trim(), text);
        if (text.Length <= ShortHeading && (!text.EndsWith('.') || ParagraphJoiner.LooksLikeHeading(text))) return (text.TrimEnd(':', ' '), null);
        return (Shorten(text), text);
    }

    private static string Shorten(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var taken = new List<string>();
        foreach (var word in words)
        {
            taken.Add(word);
            var length = taken.Sum(w => w.Length + 1);
            if (length >= 60 || (length >= 35 && word[^1] is ',' or ';' or ':')) break;
        }
        var head = string.Join(' ', taken).TrimEnd(',', ';', ':', '.');
        return taken.Count < words.Length ? head + "…" : head;
    }

    private sealed class SectionNode(string label, LabelKind? kind, int level, string heading)
    {
        public string Id { get; set; } = "";
        public string Label { get; } = label;
        public LabelKind? Kind { get; } = kind;
        public int Level { get; } = level;
        public string Heading { get; } = heading;
        public List<(bool Bullet, string Text)> Passages { get; } = [];
        public List<SectionNode> Children { get; } = [];

        public PlanSection ToSection() => new()
        {
            Id = Id,
            Label = Label,
            Heading = Heading,
            Level = Level,
            Passages = Passages.Select((p, i) => new PlanPassage($"{Id}#{i + 1}", p.Bullet ? PassageKind.Bullet : PassageKind.Paragraph, p.Text)).ToList(),
            Children = Children.Select(c => c.ToSection()).ToList(),
        };
    }
}

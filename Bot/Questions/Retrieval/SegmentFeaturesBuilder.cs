using EmulationBot.Questions.Corpus;
using EmulationBot.Questions.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>Works out a segment's <see cref="SegmentFeatures"/> from its passage's tokens.</summary>
internal static class SegmentFeaturesBuilder
{
    private const int OwnerTokensBefore = 14;
    private const int SubjectTokensAfter = 14;

    /// <summary>"ít nhất 01 điển hình, mô hình tiêu biểu": what is counted may be named a few words on.</summary>
    private const int CountedWords = 4;

    public static SegmentFeatures Build(QaPlan plan, Segment segment, List<Token> tokens, string folded, IReadOnlySet<string> reference)
    {
        var passage = segment.Passage;
        var section = segment.Section;
        var unitHeading = !section.HeadingFromText && UnitNames.Any(section.Heading);
        var sentenceDates = passage.Dates.Where(d => d.Start >= segment.SentenceStart && d.End <= segment.SentenceEnd).ToList();
        return new SegmentFeatures
        {
            HasUnit = UnitNames.Any(segment.Sentence) || unitHeading,
            UnitHeadingTerms = unitHeading ? Terms.All(Tokenizer.Tokenize(section.Heading)).Where(t => !reference.Contains(t)).Distinct().ToArray() : [],
            IsPeriod = passage.Fact == QaFact.Period || FoldedText.Of(section.Heading).StartsWith("thoi gian", StringComparison.Ordinal)
                       || folded[segment.Start..].StartsWith("thoi gian", StringComparison.Ordinal),
            IsPurpose = FoldedText.Of(section.Heading + " " + segment.ParentHeading).Contains("muc dich", StringComparison.Ordinal)
                        || (" " + folded[segment.Start..segment.End] + " ").Contains(" nham ", StringComparison.Ordinal),
            AddressInText = WebAddress.Any(segment.Text),
            AddressInSentence = WebAddress.Any(segment.Sentence),
            EmailInText = WebAddress.AnyEmail(segment.Text),
            EmailInSentence = WebAddress.AnyEmail(segment.Sentence),
            PlaceInText = Places.Any(segment.Text),
            PlaceInSentence = Places.Any(segment.Sentence),
            Documents = Documents(tokens, segment.Start, segment.End),
            SentenceDocuments = Documents(tokens, segment.SentenceStart, segment.SentenceEnd),
            Obligation = ObligationMatch.Find(plan, segment),
            Dates = sentenceDates.Select(d => Date(passage, d, tokens)).ToArray(),
            Counts = CountNumbers.Find(passage.Text, passage.Dates.Select(d => (d.Start, d.End)))
                .Where(c => c.Start >= segment.SentenceStart && c.End <= segment.SentenceEnd)
                .Select(c => new CountFeature(c.Start, c.End, tokens.Where(t => t.Start >= c.End).Take(CountedWords).Select(t => t.Term).ToArray(),
                    tokens.LastOrDefault(t => t.End <= c.Start).Term))
                .ToArray(),
        };
    }

    private static DateFeature Date(QaPassage passage, QaDate date, List<Token> tokens)
    {
        var clauseStart = DateClause.Start(passage.Text, date.Start);
        var clause = tokens.Where(t => t.Start >= clauseStart && t.End <= date.End).Select(t => t.Term);
        var before = tokens.Where(t => t.End <= date.Start && t.Start >= date.Start - 140).TakeLast(OwnerTokensBefore).ToList();
        var after = tokens.Where(t => t.Start >= date.End && t.End <= date.End + 120).Take(SubjectTokensAfter).ToList();
        return new DateFeature(
            date,
            Sorted(clause),
            Sorted(before.Where(t => t.Kind == TokenKind.DocumentNumber).Select(t => t.Term)),
            Sorted(Terms.Bigrams(before)),
            Sorted(Terms.Bigrams(before).Concat(Terms.Bigrams(after))));
    }

    private static string[] Documents(List<Token> tokens, int start, int end) =>
        tokens.Where(t => t.Kind == TokenKind.DocumentNumber && t.Start >= start && t.End <= end).Select(t => t.Term).Distinct().ToArray();

    private static string[] Sorted(IEnumerable<string> terms)
    {
        var array = terms.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(array, StringComparer.Ordinal);
        return array;
    }
}

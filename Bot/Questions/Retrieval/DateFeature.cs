using EmulationBot.Questions.Corpus;

namespace EmulationBot.Questions.Retrieval;

/// <summary>A date and its surroundings, sorted for binary search: the terms of the clause it closes, and what it belongs to.</summary>
/// <param name="Clause">Terms from the last ";", "và" or sentence start up to the date.</param>
/// <param name="BeforeDocuments">Document numbers among the fourteen tokens before the date.</param>
/// <param name="BeforePairs">Syllable pairs of the fourteen tokens before the date (an event's or document's name).</param>
/// <param name="AroundPairs">The same, plus those of the fourteen tokens after it (a document's subject).</param>
public sealed record DateFeature(QaDate Date, string[] Clause, string[] BeforeDocuments, string[] BeforePairs, string[] AroundPairs)
{
    public static bool Holds(string[] sorted, string term) => Array.BinarySearch(sorted, term, StringComparer.Ordinal) >= 0;
}

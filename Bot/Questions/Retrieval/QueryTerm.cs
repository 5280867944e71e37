namespace EmulationBot.Questions.Retrieval;

/// <summary>A term of a question and its weight (1 for the user's own words, less for synonyms).</summary>
public readonly record struct QueryTerm(string Text, double Weight);

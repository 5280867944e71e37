using EmulationBot.Plans.Dates;

namespace EmulationBot.Plans.Parsing;

/// <summary>A piece of a clause that holds one obligation: its span in the sentence, its deadline and recurrence.</summary>
internal sealed record ObligationPart(int Start, int End, DateMention? Deadline, (Recurrence Value, int Start, int Length)? Recurrence, IReadOnlyList<DateMention> Mentions);

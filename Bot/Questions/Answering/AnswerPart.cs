namespace EmulationBot.Questions.Answering;

/// <summary>Another plan's answer shown under the main one: whose it is, the quote, and where it comes from.</summary>
public sealed record AnswerPart(string Header, string Quote, string Source);

namespace EmulationBot.Conversation;

/// <summary>
/// One line of the help card (and a welcome-card button): the command it starts and the keys of its texts in
/// the Strings files. Features register theirs with <c>services.AddSingleton(new HelpTopic(…))</c>.
/// </summary>
/// <param name="Order">Position on the cards; the first few also become the welcome card's buttons.</param>
public sealed record HelpTopic(string Command, string TitleKey, string DescriptionKey, string ExampleKey, int Order);

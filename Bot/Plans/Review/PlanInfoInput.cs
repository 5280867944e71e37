namespace EmulationBot.Plans.Review;

/// <summary>The "Edit plan details" inputs as the card sent them; null = not sent.</summary>
internal sealed record PlanInfoInput(string? Number, string? Title, string? Issuer, string? Province, string? Issued, string? Theme, string? From, string? To);

namespace EmulationBot.Questions.Text;

/// <summary>A syllable, number or document number found in a text: its folded form and where it stands in the NFC original.</summary>
/// <param name="Term">Folded and canonical: "hoach", "1" for "01", "5-ct/tw" for "05-CT/TW".</param>
/// <param name="Gap">True when strong punctuation (. ; : brackets, quotes) separates it from the token before.</param>
/// <param name="Content">True when it folds to a stop word but is written as another word ("Đảng", "Sở"): it is searched alone too.</param>
public readonly record struct Token(string Term, int Start, int End, TokenKind Kind, bool Gap, bool Content = false);

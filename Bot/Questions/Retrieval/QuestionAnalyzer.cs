using EmulationBot.Localization;
using EmulationBot.Questions.Text;
using EmulationBot.Text;

namespace EmulationBot.Questions.Retrieval;

/// <summary>
/// Reads a question: finds the plans it names and its question words (which give the cues and are then left
/// out of the search), turns English words into the plans' Vietnamese, and builds the weighted terms —
/// syllables, syllable pairs and the synonyms of known wordings.
/// </summary>
public static class QuestionAnalyzer
{
    public const double SynonymWeight = 0.5;

    public static AnalyzedQuestion Analyze(string question, PlanAliases? aliases = null)
    {
        var nfc = FoldedText.Nfc(question).Trim();
        var tokens = Tokenizer.Tokenize(FoldedText.Of(nfc), expand: true, nfc);
        var used = new bool[tokens.Count];
        var named = aliases?.Find(nfc, tokens, used) ?? [];
        var usedByPlans = (bool[])used.Clone();
        var language = IsEnglish(nfc, tokens) ? Language.English : Language.Vietnamese;
        var reading = CueDetector.Detect(nfc, tokens, used);
        var focus = language == Language.Vietnamese ? QuestionFocus.Find(tokens, used) : null;
        var (cues, countedAt) = (reading.Cues, reading.CountedAt);

        var content = new List<Token>();
        string? counted = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i]) continue;
            var before = content.Count;
            var gap = i == 0 || used[i - 1] || tokens[i].Gap;
            if (language == Language.English && tokens[i].Kind == TokenKind.Word && EnglishTerms.Translate(tokens[i].Term) is { } vietnamese)
            {
                var words = vietnamese.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var w = 0; w < words.Length; w++) content.Add(tokens[i] with { Term = words[w], Gap = gap && w == 0 });
            }
            else content.Add(tokens[i] with { Gap = gap });
            if (i == countedAt && content.Count > before && tokens[i].Kind == TokenKind.Word && !Particles.Contains(content[before].Term)) counted = content[before].Term;
        }

        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in Terms.All(content)) terms[term] = 1.0;
        var alternatives = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var (phrase, options) in QuerySynonyms.All)
        {
            if (!Contains(content, phrase)) continue;
            foreach (var option in options)
            {
                var optionTokens = option.Select((w, k) => new Token(w, 0, 0, TokenKind.Word, false)).ToList();
                foreach (var term in Terms.All(optionTokens)) terms.TryAdd(term, SynonymWeight);
                foreach (var word in phrase) (alternatives.TryGetValue(word, out var list) ? list : alternatives[word] = []).Add(option);
            }
        }

        var pairs = new List<ContentWord>();
        var inWords = new HashSet<string>(StringComparer.Ordinal);
        var spelledOut = new HashSet<int>();
        for (var i = 1; i < content.Count; i++)
        {
            if (content[i].Gap || content[i].Kind == TokenKind.DocumentNumber || content[i - 1].Kind == TokenKind.DocumentNumber) continue;
            var (a, b) = (content[i - 1].Term, content[i].Term);
            var bigram = Text.Terms.Bigram(a, b);
            // An abbreviation or an English word spelled out in several syllables ("UBND", "office") is one word:
            // its first pair stands for it, its other pairs are only pairs.
            var oneSource = content[i - 1].Start == content[i].Start && content[i - 1].End == content[i].End;
            var lexical = oneSource ? spelledOut.Add(content[i].Start) : Lexicon.HasPair(bigram);
            if (oneSource) inWords.UnionWith([a, b]);
            if (StopWords.Contains(a) && StopWords.Contains(b) && !lexical) continue;
            var options = (alternatives.GetValueOrDefault(a) ?? []).Intersect(alternatives.GetValueOrDefault(b) ?? []).ToList();
            pairs.Add(new ContentWord(bigram, options, a, b) { IsLexical = lexical });
            if (lexical) inWords.UnionWith([a, b]);
        }
        var contentWords = Terms.Unigrams(content).Distinct(StringComparer.Ordinal)
            .Select(w => new ContentWord(w, alternatives.TryGetValue(w, out var a) ? a : []) { InLexicalWord = inWords.Contains(w) })
            .ToList();
        return new AnalyzedQuestion
        {
            Text = nfc,
            Language = language,
            Cues = cues,
            Terms = terms.Select(t => new QueryTerm(t.Key, t.Value)).ToList(),
            Words = contentWords,
            Pairs = pairs.DistinctBy(p => p.Term).ToList(),
            WordUnits = contentWords.Where(w => !w.InLexicalWord).Concat(pairs.Where(p => p.IsLexical).DistinctBy(p => p.Term)).ToList(),
            CountedNoun = counted,
            Ordinal = reading.Ordinal,
            AskedPrecision = AskedPrecision(tokens),
            Quoted = QuotedNames.Find(nfc),
            Focus = pairs.FirstOrDefault(p => p.Term == focus),
            Documents = DocumentMentions.Find(tokens, usedByPlans),
            NamedPlans = named,
        };
    }

    private static Corpus.QaDatePrecision? AskedPrecision(List<Token> tokens)
    {
        var text = " " + string.Join(' ', tokens.Select(t => t.Term)) + " ";
        bool Has(params string[] phrases) => phrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
        if (Has("ngay nao", "ngay may", "hom nao", "ngay bao nhieu", "what date", "which date", "which day", "what day")) return Corpus.QaDatePrecision.Day;
        if (Has("thang nao", "thang may", "which month", "what month")) return Corpus.QaDatePrecision.Month;
        return null;
    }

    private static bool Contains(List<Token> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            var k = 0;
            while (k < phrase.Length && tokens[i + k].Term == phrase[k] && (k == 0 || !tokens[i + k].Gap)) k++;
            if (k == phrase.Length) return true;
        }
        return false;
    }

    /// <summary>English when the detector says so, or when most words are English words the bot knows.</summary>
    private static bool IsEnglish(string text, List<Token> tokens)
    {
        if (VietnameseText.HasVietnameseLetters(text)) return false;
        if (LanguageDetector.Detect(text) == Language.English) return true;
        var words = tokens.Where(t => t.Kind == TokenKind.Word).ToList();
        var english = words.Count(t => EnglishTerms.Translate(t.Term) is not null || EnglishQuestionWords.Contains(t.Term));
        return words.Count > 0 && english * 2 > words.Count;
    }

    /// <summary>Words after "bao nhiêu" that are not the thing counted ("bao nhiêu là đủ", "bao nhiêu vậy", "mấy cái").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "la", "thi", "cua", "va", "vay", "a", "nhi", "roi", "khong", "nua", "the", "of", "cai", "chiec" };

    private static readonly HashSet<string> EnglishQuestionWords = new(StringComparer.Ordinal)
    {
        "what", "when", "who", "which", "how", "why", "where", "the", "is", "are", "does", "of", "for", "to",
    };
}

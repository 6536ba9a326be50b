namespace LayerGen.Tests.Rewrites;

/// <summary>Every other rewrite in turn, each on the previous one's output: many spellings changed at once.</summary>
internal sealed class CompositeRewrite(IReadOnlyList<EquivalentRewrite> parts) : EquivalentRewrite
{
    public override string Name => "all rewrites together";

    /// <summary>
    /// Known gap (gaps16): a helper's exps shifted by an element of a max array (HelperComposition_TooWide's LG0004) or
    /// a column helper's batch max (its LG0001) are lost when the rewrite routes the shift through a temporary or the
    /// arrays through span views; the same for a local function that fills a column (LocalHelpers_BatchWide's first
    /// LG0001, gaps17: local functions are summarised as named helpers are, this gap included).
    /// </summary>
    public override IReadOnlyCollection<string> KnownMismatches => ["Recreations/HelperComposition_TooWide.cs", "Recreations/LocalHelpers_BatchWide.cs"];

    public override string? ApplyTo(string text)
    {
        var current = text;
        foreach (var part in parts)
        {
            current = part.ApplyTo(current) ?? current;
        }

        return current == text ? null : current;
    }

    protected override IEnumerable<IReadOnlyList<Microsoft.CodeAnalysis.Text.TextChange>> Sites(Microsoft.CodeAnalysis.SyntaxNode root) => [];
}

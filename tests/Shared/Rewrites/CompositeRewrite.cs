namespace LayerGen.Tests.Rewrites;

/// <summary>Every other rewrite in turn, each on the previous one's output: many spellings changed at once.</summary>
internal sealed class CompositeRewrite(IReadOnlyList<EquivalentRewrite> parts) : EquivalentRewrite
{
    public override string Name => "all rewrites together";

    /// <summary>What any part pins is pinned for the parts together too.</summary>
    public override IReadOnlyCollection<string> KnownMismatches => parts.SelectMany(part => part.KnownMismatches).Distinct(StringComparer.Ordinal).ToList();

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

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// A <c>Max</c>/<c>Min</c> call of <c>Math</c> or <c>MathF</c> spelled through the number type's own static method:
/// <c>Math.Max(m, v)</c> / <c>MathF.Max(m, v)</c> on <c>float</c> → <c>float.Max(m, v)</c>, on <c>double</c> →
/// <c>double.Max(m, v)</c>. Equivalent by construction: since .NET 7 <c>float.Max</c> and <c>double.Max</c> are the
/// IEEE maximum of <c>Math.Max</c>/<c>MathF.Max</c> (NaN propagates, +0 above −0), and the overload is chosen by the
/// bound argument types, so the call computes the same value in the same type.
/// </summary>
internal sealed class MaxCallSpellingRewrite : EquivalentRewrite
{
    public override string Name => "Math.Max→float.Max";

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        var model = Bind(root);
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "Math" or "MathF" } or MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Math" or "MathF" }, Name.Identifier.ValueText: "Max" or "Min" } member ||
                model.GetSymbolInfo(call).Symbol is not IMethodSymbol { ContainingType: { Name: "Math" or "MathF", ContainingNamespace.Name: "System" }, Parameters: [{ Type: var first }, { Type: var second }] } ||
                !SymbolEqualityComparer.Default.Equals(first, second) || first.SpecialType is not (SpecialType.System_Single or SpecialType.System_Double))
            {
                continue;
            }

            var type = first.SpecialType == SpecialType.System_Single ? "float" : "double";
            yield return [new TextChange(member.Expression.Span, type)];
        }
    }
}

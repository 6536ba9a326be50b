using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// Hoists a row loop's offset into a local: in <c>for (int r = 0; r &lt; rows; r++) { … x[r * n + j] … }</c> the body
/// opens with <c>var lgRowOffset0 = r * n;</c> and every <c>r * n</c> (or <c>n * r</c>) in it reads the local. Equivalent by
/// construction: the product is side-effect free and neither <c>r</c> nor <c>n</c> (a local or parameter) is written
/// in the body, so it has the same value wherever the body computes it.
/// </summary>
internal sealed class HoistRowOffsetRewrite : EquivalentRewrite
{
    public override string Name => "r*n→row offset local";

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        var model = Bind(root);
        var count = 0;
        foreach (var loop in root.DescendantNodes().OfType<ForStatementSyntax>())
        {
            if (CountsUpFromZero(loop) is not ({ } counter, _) || loop.Statement is not BlockSyntax body)
            {
                continue;
            }

            var name = counter.Identifier.ValueText;
            var products = body.DescendantNodes().OfType<BinaryExpressionSyntax>()
                .Where(product => RowStride(product, name) is { } stride && model.GetSymbolInfo(stride).Symbol is ILocalSymbol or IParameterSymbol)
                .ToList();
            var strides = products.Select(product => model.GetSymbolInfo(RowStride(product, name)!).Symbol!).Distinct<ISymbol>(SymbolEqualityComparer.Default).ToList();
            if (strides.Count != 1 || IsWrittenIn(model, body, strides[0]) || model.GetDeclaredSymbol(counter) is not { } counterSymbol || IsWrittenIn(model, body, counterSymbol) ||
                body.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(declared => declared.Identifier.ValueText == strides[0].Name))
            {
                continue;
            }

            var local = "lgRowOffset" + count++;
            var changes = new List<TextChange> { new(new TextSpan(body.OpenBraceToken.Span.End, 0), $" var {local} = {products[0]};") };
            changes.AddRange(products.Select(product => new TextChange(product.Span, local)));
            yield return changes;
        }
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace LayerGen.Tests.Rewrites;

/// <summary>
/// Reads a row of a flat buffer through a row span: in <c>for (int r = 0; r &lt; rows; r++) { … for (int j = 0; j &lt; n; j++)
/// … x[r * n + j] … }</c> the first such inner loop's line starts with <c>var lgRow0 = x.AsSpan(r * n, n);</c>
/// (<c>x.Slice(…)</c> for a span), and every <c>x[r * n + j]</c> (or <c>x[j + r * n]</c>, <c>n * r</c>) in that loop and the
/// later ones becomes <c>lgRow0[j]</c>.
/// </summary>
/// <remarks>
/// Equivalent by construction on inputs whose rows lie inside the buffer (<c>x</c> holds the row the loops read, as the
/// original's reads require): the span covers exactly <c>x[r * n] … x[r * n + n - 1]</c> of the same memory, so reads and
/// writes through it are the original's, and <c>0 ≤ j &lt; n</c> keeps every index inside it. Only where that holds: the
/// inner loops are statements of the row loop's body counting <c>j</c> from 0 while <c>j &lt; n</c> (the same <c>n</c>);
/// <c>x</c> is a one-dimensional array or a span named by a local or parameter; neither <c>x</c>, <c>r</c>, <c>n</c> nor
/// <c>j</c> is written in those loops; no rewritten read is inside a lambda or local function (a span cannot be
/// captured), and the method is no iterator or <c>async</c>.
/// </remarks>
internal sealed class RowSpanRewrite : EquivalentRewrite
{
    public override string Name => "x[r*n+j]→row span";

    /// <summary>
    /// The pinned gaps (rewrites38), each with what the model misses through the row span. rewrites41 removed
    /// FixedCoordinate_MaxOverAllColumns: a span over rows of a jagged array is read as those rows. pins45 removed
    /// RewriteSpellings_TooWideFolds: an element read through a row span is the sliced buffer's element at the span's
    /// start plus the index (SoftmaxModel.SlicedElements.cs).
    /// </summary>
    private static readonly Dictionary<string, string> Gaps = new(StringComparer.Ordinal);

    public override IReadOnlyCollection<string> KnownMismatches => Gaps.Keys;

    protected override IEnumerable<IReadOnlyList<TextChange>> Sites(SyntaxNode root)
    {
        var model = Bind(root);
        var count = 0;
        foreach (var loop in root.DescendantNodes().OfType<ForStatementSyntax>())
        {
            if (CountsUpFromZero(loop) is not ({ } rowCounter, _) || loop.Statement is not BlockSyntax body ||
                loop.Ancestors().OfType<MethodDeclarationSyntax>().FirstOrDefault() is not { } method || method.Modifiers.Any(SyntaxKind.AsyncKeyword) ||
                method.DescendantNodes().Any(node => node is YieldStatementSyntax) || model.GetDeclaredSymbol(rowCounter) is not { } row || IsWrittenIn(model, body, row))
            {
                continue;
            }

            // Row reads grouped by buffer and stride, in the inner loops that are statements of the row loop's body.
            var groups = new Dictionary<(ISymbol Buffer, ISymbol Stride), List<(ForStatementSyntax Loop, ElementAccessExpressionSyntax Access, ExpressionSyntax Product)>>(new PairComparer());
            foreach (var inner in body.Statements.OfType<ForStatementSyntax>())
            {
                if (CountsUpFromZero(inner) is not ({ } columnCounter, IdentifierNameSyntax bound) || model.GetDeclaredSymbol(columnCounter) is not { } column ||
                    model.GetSymbolInfo(bound).Symbol is not (ILocalSymbol or IParameterSymbol) || IsWrittenIn(model, inner.Statement, column))
                {
                    continue;
                }

                foreach (var access in inner.Statement.DescendantNodes().OfType<ElementAccessExpressionSyntax>())
                {
                    if (RowRead(model, access, rowCounter.Identifier.ValueText, columnCounter.Identifier.ValueText, bound) is { } read &&
                        !access.Ancestors().TakeWhile(ancestor => ancestor != inner).Any(ancestor => ancestor is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                    {
                        var key = (read.Buffer, read.Stride);
                        if (!groups.TryGetValue(key, out var list))
                        {
                            groups[key] = list = [];
                        }

                        list.Add((inner, access, read.Product));
                    }
                }
            }

            foreach (var ((buffer, stride), reads) in groups)
            {
                if (IsWrittenIn(model, body, buffer) || IsWrittenIn(model, body, stride))
                {
                    continue;
                }

                var first = reads.Select(read => read.Loop).OrderBy(inner => inner.SpanStart).First();
                var name = "lgRow" + count++;
                var slice = model.GetSymbolInfo(reads[0].Access.Expression).Symbol is { } symbol && TypeOf(symbol) is IArrayTypeSymbol ? "AsSpan" : "Slice";
                var changes = new List<TextChange> { new(new TextSpan(first.SpanStart, 0), $"var {name} = {buffer.Name}.{slice}({reads[0].Product}, {stride.Name}); ") };
                changes.AddRange(reads.Select(read => new TextChange(read.Access.Span, $"{name}[{((ForStatementSyntax)read.Loop).Declaration!.Variables[0].Identifier.ValueText}]")));
                yield return changes;
            }
        }
    }

    /// <summary>
    /// <c>x[r * n + j]</c> (or <c>x[j + r * n]</c>, <c>n * r</c>) with <c>n</c> the inner loop's bound and <c>x</c> a
    /// one-dimensional array or span local or parameter: the buffer, the stride and the product; else null.
    /// </summary>
    private static (ISymbol Buffer, ISymbol Stride, ExpressionSyntax Product)? RowRead(SemanticModel model, ElementAccessExpressionSyntax access, string row, string column, IdentifierNameSyntax bound)
    {
        if (access.Expression is not IdentifierNameSyntax buffer || access.ArgumentList.Arguments is not [{ RefKindKeyword.RawKind: 0, Expression: BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum }] ||
            model.GetSymbolInfo(buffer).Symbol is not ({ } bufferSymbol and (ILocalSymbol or IParameterSymbol { RefKind: RefKind.None })) ||
            TypeOf(bufferSymbol) is not (IArrayTypeSymbol { Rank: 1 } or INamedTypeSymbol { Name: "Span" or "ReadOnlySpan" }))
        {
            return null;
        }

        var (product, offset) = sum.Right is IdentifierNameSyntax { Identifier.ValueText: var right } && right == column ? (sum.Left, sum.Right)
            : sum.Left is IdentifierNameSyntax { Identifier.ValueText: var left } && left == column ? (sum.Right, sum.Left)
            : (null, null);
        return product is not null && offset is not null && RowStride(product, row) is { } stride && stride.Identifier.ValueText == bound.Identifier.ValueText &&
            model.GetSymbolInfo(stride).Symbol is { } strideSymbol && SymbolEqualityComparer.Default.Equals(strideSymbol, model.GetSymbolInfo(bound).Symbol)
            ? (bufferSymbol, strideSymbol, product)
            : null;
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    private sealed class PairComparer : IEqualityComparer<(ISymbol Buffer, ISymbol Stride)>
    {
        public bool Equals((ISymbol Buffer, ISymbol Stride) x, (ISymbol Buffer, ISymbol Stride) y) =>
            SymbolEqualityComparer.Default.Equals(x.Buffer, y.Buffer) && SymbolEqualityComparer.Default.Equals(x.Stride, y.Stride);

        public int GetHashCode((ISymbol Buffer, ISymbol Stride) pair) =>
            SymbolEqualityComparer.Default.GetHashCode(pair.Buffer) * 31 + SymbolEqualityComparer.Default.GetHashCode(pair.Stride);
    }
}

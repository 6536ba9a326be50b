using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static LayerGen.Analyzers.Softmax.Model.Parentheses;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The storage element a type's indexer getter returns, as syntax with holes for the indexer's parameters
/// (<c>this[int r, int c] =&gt; Data[(r * Cols) + c]</c>: <c>Data[(□ * Cols) + □]</c>). A member of the type that reads
/// that element directly (<c>Data[(row * Cols) + c]</c>) reads what <c>this[row, c]</c> reads: where such a member is
/// inlined on another object (<see cref="HelperInliner"/>), the read becomes <c>z[row, c]</c>, in the dimensions the
/// caller's own element reads use, whatever the storage (flat row- or column-major, 2-D, jagged).
/// </summary>
internal sealed class IndexerPattern
{
    /// <summary>A getter larger than this is not read (such a getter is one element access).</summary>
    private const int MaxNodes = 60;

    private readonly ElementAccessExpressionSyntax _element;
    private readonly Dictionary<string, int> _parameters;

    private IndexerPattern(ElementAccessExpressionSyntax element, Dictionary<string, int> parameters)
    {
        _element = element;
        _parameters = parameters;
    }

    /// <summary>The pattern of <paramref name="type"/>'s one non-virtual indexer declared in <paramref name="model"/>'s file; null when there is none.</summary>
    public static IndexerPattern? Of(ITypeSymbol type, SemanticModel model, CancellationToken cancellationToken)
    {
        var indexers = type.OriginalDefinition.GetMembers().OfType<IPropertySymbol>().Where(property => property.IsIndexer).ToList();
        if (indexers is not [{ IsStatic: false, IsVirtual: false, IsOverride: false, IsAbstract: false, GetMethod: { DeclaringSyntaxReferences: [var reference] } } indexer]
            || reference.SyntaxTree != model.SyntaxTree
            || BodySyntax.ReturnedExpression(reference.GetSyntax(cancellationToken)) is not ElementAccessExpressionSyntax element
            || element.DescendantNodes().Skip(MaxNodes).Any()
            || element.DescendantNodes().Any(node => node is InvocationExpressionSyntax or AssignmentExpressionSyntax))
        {
            return null;
        }

        var parameters = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var parameter in indexer.Parameters)
        {
            parameters[parameter.Name] = parameter.Ordinal;
        }

        return new IndexerPattern(element, parameters) { Rank = indexer.Parameters.Length };
    }

    /// <summary>The number of the indexer's parameters.</summary>
    public int Rank { get; private set; }

    /// <summary>
    /// The arguments, in parameter order, for which the indexer reads <paramref name="candidate"/>: the same syntax as
    /// the getter's element up to parentheses, with any expression where the getter reads a parameter (the same one
    /// wherever that parameter repeats); null when <paramref name="candidate"/> is another element.
    /// </summary>
    public ExpressionSyntax[]? Match(ElementAccessExpressionSyntax candidate)
    {
        var captured = new ExpressionSyntax?[Rank];
        if (!Matches(_element, candidate, captured) || captured.Any(argument => argument is null))
        {
            return null;
        }

        return captured!;
    }

    /// <summary>
    /// True when every read of the indexer's storage in <paramref name="body"/> is the indexer's element
    /// (<see cref="Match"/>) or a length (<c>Data.Length</c>, <c>Lines[r].Length</c>, <c>Cells.GetLength(0)</c>): inlined on
    /// another object, the body then reads that object only through its indexer, as the caller does. A body that walks
    /// the storage otherwise (<c>foreach (var v in _rows[row])</c>) would read it in other dimensions than the caller's.
    /// </summary>
    public bool ReadsStorageOnlyAsElements(SyntaxNode body)
    {
        var storage = _element.Expression;
        while (storage is ElementAccessExpressionSyntax outer)
        {
            storage = outer.Expression;
        }

        if (storage is not IdentifierNameSyntax { Identifier.ValueText: var name })
        {
            return false;
        }

        foreach (var read in body.DescendantNodes().OfType<IdentifierNameSyntax>().Where(identifier => identifier.Identifier.ValueText == name))
        {
            if (read.Parent is MemberAccessExpressionSyntax { Name: var member, Expression: not ThisExpressionSyntax } && member == read)
            {
                // other.Data: another object's member, not this one's storage.
                continue;
            }

            SyntaxNode current = read.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self ? self : read;
            var isElement = false;
            while (current.Parent is ElementAccessExpressionSyntax access && access.Expression == current && !isElement)
            {
                isElement = Match(access) is not null;
                current = access;
            }

            var isLength = current.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "LongLength" or "Count" or "GetLength" } measured && measured.Expression == current;
            if (!isElement && !isLength)
            {
                return false;
            }
        }

        return true;
    }

    private bool Matches(SyntaxNode pattern, SyntaxNode candidate, ExpressionSyntax?[] captured)
    {
        pattern = Unparenthesised(pattern);
        candidate = Unparenthesised(candidate);
        if (pattern is IdentifierNameSyntax name && _parameters.TryGetValue(name.Identifier.ValueText, out var ordinal))
        {
            if (candidate is not ExpressionSyntax expression)
            {
                return false;
            }

            if (captured[ordinal] is { } earlier)
            {
                return earlier.IsEquivalentTo(expression, topLevel: false);
            }

            captured[ordinal] = expression;
            return true;
        }

        if (pattern.RawKind != candidate.RawKind)
        {
            return false;
        }

        var left = pattern.ChildNodesAndTokens();
        var right = candidate.ChildNodesAndTokens();
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var index = 0; index < left.Count; index++)
        {
            var (a, b) = (left[index], right[index]);
            if (a.IsToken != b.IsToken)
            {
                return false;
            }

            if (a.IsToken ? a.RawKind != b.RawKind || a.AsToken().ValueText != b.AsToken().ValueText : !Matches(a.AsNode()!, b.AsNode()!, captured))
            {
                return false;
            }
        }

        return true;
    }
}

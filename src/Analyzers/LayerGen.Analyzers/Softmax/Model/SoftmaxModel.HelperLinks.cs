using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Axes linked one call away: <c>float s = Fill(p, x, r, m)</c> with
/// <c>static float Fill(float[,] p, float[,] x, int r, float m) { … p[r, c] = MathF.Exp(x[r, c] - m); … }</c>.
/// The helper's element writes make <c>p.r1 ≡ x.r1</c> in the helper's model; the summary keeps each such pair of
/// parameter dimensions (<see cref="HelperSummary.Links"/>) and every call links the dimensions of the buffers it
/// passes, so the caller compares the max over <c>x</c> with the sum over <c>p</c> on the same axes.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Pairs of dimensions of two different buffer parameters of <paramref name="method"/> that are one class in this
    /// (the helper's) model, in a deterministic order, and pairs that an element write indexes with the same scalar
    /// parameter (<c>a[k, s] = Math.Exp(z[k, s] - m)</c>: <c>a.r1 ≡ z.r1</c>, fixed by <c>s</c> in the helper and
    /// walked by the caller's loop).
    /// </summary>
    private ImmutableArray<DimensionLink> ParameterLinks(IOperation body, IMethodSymbol method)
    {
        var links = ImmutableArray.CreateBuilder<DimensionLink>();
        var atoms = Classes.Known
            .Where(atom => !atom.IsWhole && !atom.IsStridesFrom && IsOwnParameter(atom.Root, method) && WellKnownSymbols.IsBuffer(((IParameterSymbol)atom.Root).Type))
            .OrderBy(atom => atom.ToString(), System.StringComparer.Ordinal)
            .ToList();
        foreach (var group in atoms.GroupBy(atom => Classes.Find(atom)))
        {
            var members = group.ToList();
            var first = members[0];
            foreach (var other in members.Skip(1))
            {
                if (!SymbolEqualityComparer.Default.Equals(first.Root, other.Root))
                {
                    links.Add(new DimensionLink(first, other));
                }
            }
        }

        foreach (var write in _elementWrites)
        {
            if (write.Value is null || !Contains(body, write.Operation))
            {
                continue;
            }

            foreach (var target in ParameterIndexedDims(write.Target, method))
            {
                foreach (var read in ValueOperands(write.Value, depth: 0).OfType<IArrayElementReferenceOperation>().SelectMany(access => ParameterIndexedDims(access, method)))
                {
                    if (SymbolEqualityComparer.Default.Equals(target.Index, read.Index) && !SymbolEqualityComparer.Default.Equals(target.Dim.Root, read.Dim.Root))
                    {
                        links.Add(new DimensionLink(target.Dim, read.Dim));
                    }
                }
            }
        }

        links.AddRange(AlignedFlatParameters(body, method));
        return links.ToImmutable();
    }

    /// <summary>Temporaries followed from a written value to the elements it was computed from.</summary>
    private const int MaxTemporaryDepth = 3;

    /// <summary>
    /// <paramref name="value"/> and the operations it is computed from, also through locals assigned once where they are
    /// declared (<c>var t = z[k, s] - m; a[k, s] = Math.Exp(t);</c> computes <c>a[k, s]</c> from <c>z[k, s]</c>), up to
    /// <see cref="MaxTemporaryDepth"/> temporaries deep: a value routed through a temporary links the same axes as written inline.
    /// </summary>
    private IEnumerable<IOperation> ValueOperands(IOperation value, int depth)
    {
        foreach (var operation in value.DescendantsAndSelf())
        {
            yield return operation;
            if (depth < MaxTemporaryDepth && operation is ILocalReferenceOperation { Local: var local } && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation && writes[0].Value is { } assigned)
            {
                foreach (var inner in ValueOperands(assigned, depth + 1))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>
    /// Wholes of two flat buffer parameters whose elements a write pairs index for index
    /// (<c>y[o + j] = MathF.Exp(x[o + j] - m)</c>, <c>p[at] = Math.Exp(z[at] - m)</c>): element k of one is computed from
    /// element k of the other, so the buffers passed for them are the same axes at every stride the caller walks them by
    /// (the caller's row loop picking <c>o</c> included), as if the loop were written inline.
    /// </summary>
    private IEnumerable<DimensionLink> AlignedFlatParameters(IOperation body, IMethodSymbol method)
    {
        foreach (var write in _elementWrites)
        {
            if (write.Value is null || !Contains(body, write.Operation) || FlatParameterIndex(write.Target, method) is not { } target)
            {
                continue;
            }

            foreach (var read in ValueOperands(write.Value, depth: 0))
            {
                if (FlatParameterIndex(read, method) is { } source && !SymbolEqualityComparer.Default.Equals(source.Buffer, target.Buffer) && source.Index == target.Index)
                {
                    yield return new DimensionLink(DimensionAtom.Whole(target.Buffer), DimensionAtom.Whole(source.Buffer));
                }
            }
        }
    }

    /// <summary>
    /// <c>x[o + j]</c> on a one-dimensional buffer parameter of <paramref name="method"/> (an array, span or list, read
    /// directly): the parameter and its index as a canonical sum (terms in ordinal order, so <c>j + o</c> is <c>o + j</c>).
    /// </summary>
    private (IParameterSymbol Buffer, string Index)? FlatParameterIndex(IOperation access, IMethodSymbol method)
    {
        var (buffer, index) = Unwrap(access) switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => (element.ArrayReference, element.Indices[0]),
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => (indexer.Instance, indexer.Arguments[0].Value),
            _ => ((IOperation?)null, (IOperation?)null),
        };
        return Unwrap(buffer) is IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } && index is not null && IsOwnParameter(parameter, method)
            && WellKnownSymbols.IsBuffer(parameter.Type) && parameter.Type is not IArrayTypeSymbol { Rank: > 1 } and not IArrayTypeSymbol { ElementType: IArrayTypeSymbol }
            && WellKnownSymbols.IsNumeric(access.Type)
            ? (parameter, string.Join("+", AdditiveTerms(index).Select(Canonical).OrderBy(term => term, System.StringComparer.Ordinal)))
            : null;
    }

    /// <summary>The operands of a chain of additions (<c>a + b * c + d</c>: <c>a</c>, <c>b * c</c>, <c>d</c>).</summary>
    private static IEnumerable<IOperation> AdditiveTerms(IOperation operation) =>
        Unwrap(operation) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add
            ? AdditiveTerms(add.LeftOperand).Concat(AdditiveTerms(add.RightOperand))
            : new[] { Unwrap(operation)! };

    /// <summary>
    /// The dimensions of a multi-dimensional or jagged buffer parameter that <paramref name="access"/> picks with a
    /// scalar parameter of <paramref name="method"/> (<c>a[k, s]</c>: <c>a.r1</c> by <c>s</c>; <c>a[s][k]</c>: <c>a.d0</c>
    /// by <c>s</c>). Two buffers indexed by one parameter are the same axis there, whatever the caller passes for it.
    /// </summary>
    private static IEnumerable<(DimensionAtom Dim, IParameterSymbol Index)> ParameterIndexedDims(IOperation access, IMethodSymbol method)
    {
        var chain = new List<IArrayElementReferenceOperation>();
        for (var current = Unwrap(access); current is IArrayElementReferenceOperation element; current = Unwrap(element.ArrayReference))
        {
            chain.Insert(0, element);
        }

        if (chain.Count == 0 || Unwrap(chain[0].ArrayReference) is not IParameterReferenceOperation { Parameter: var buffer } || !IsOwnParameter(buffer, method))
        {
            yield break;
        }

        var rectangular = chain.Count == 1 && chain[0].Indices.Length > 1;
        if (!rectangular && (chain.Count < 2 || chain.Any(element => element.Indices.Length != 1)))
        {
            yield break;
        }

        for (var level = 0; level < chain.Count; level++)
        {
            var indices = chain[level].Indices;
            for (var position = 0; position < indices.Length; position++)
            {
                if (Unwrap(indices[position]) is IParameterReferenceOperation { Parameter: var index } && IsOwnParameter(index, method) && index.RefKind == RefKind.None)
                {
                    yield return (rectangular ? DimensionAtom.Rank(buffer, position) : DimensionAtom.Depth(buffer, level), index);
                }
            }
        }
    }

    /// <summary>
    /// Links, at each call of a same-type helper that names an exp, the caller's dimensions matching the helper's
    /// linked parameter dimensions; a pair with a dimension that does not translate is left out.
    /// </summary>
    private void LinkHelperDimensions()
    {
        if (!FollowsHelpers || !_hasExp)
        {
            return;
        }

        foreach (var call in Invocations())
        {
            if (!IsCandidateHelper(call) || call.Arguments.Count(argument => WellKnownSymbols.IsBuffer(argument.Value.Type)) < 2
                || !HelperCallsExp(CalleeOf(call)) || SummaryOf(call) is not { Links.IsEmpty: false } summary)
            {
                continue;
            }

            var callee = CalleeOf(call);
            foreach (var link in summary.Links)
            {
                var ignored = StableKeys.Map<ImmutableHashSet<DimensionAtom>>();
                // Aligned wholes (AlignedFlatParameters) link only whole buffers passed for both: slices at other offsets are not aligned.
                if (TranslateAtom(link.First, call, callee, ref ignored) is { } first && TranslateAtom(link.Second, call, callee, ref ignored) is { } second
                    && !SymbolEqualityComparer.Default.Equals(first.Root, second.Root) && first.IsWhole == link.First.IsWhole && second.IsWhole == link.Second.IsWhole)
                {
                    if (first.IsWhole && second.IsWhole)
                    {
                        Classes.Align(first, second);
                    }
                    else
                    {
                        Classes.Union(first, second);
                    }
                }
            }
        }
    }
}

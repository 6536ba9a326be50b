using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The subtrahend of an outer difference (<see cref="IsOuterDifference"/>: data picked by a loop the minuend does not
/// walk, <c>centres[c][t]</c> of <c>points[i][t] - centres[c][t]</c>) is no maximum of anything when it is other input
/// data. Read inline, the difference keeps that loop's dimension and the shift is judged by it (MaskTerms.cs); folded
/// first (<c>s += (p[i][t] - c[k][t]) * (p[i][t] - c[k][t])</c>, a squared distance summed in a loop, in a helper inlined
/// at the call, <c>exp(-beta * Distance(p[i], c[k]))</c>), the accumulator keeps the shift but not the dimensions, and the
/// subtracted coordinate looked like a maximum of the distance: every Gibbs factor and Gaussian kernel of a distance was
/// silent. Recorded where the difference is read, so the shift is known to be none wherever it ends up.
/// Two kinds of outer subtrahend ARE a real shift and are not recorded: one of the values the exponent's slice ranges
/// over (a self-included kernel <c>exp(-|pos[i] - pos[j]|)</c> over j: the term j = i is exp(0) = 1, the sum is ≥ 1),
/// and a value the method computed from data (<c>maxima[i]</c> of <c>batch.Select(r =&gt; r.Max()).ToArray()</c>,
/// <c>nestTop[k]</c> of a <c>ToDictionary(g =&gt; g.Max(...))</c>: a per-slice maximum read per slice).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals an incoming buffer is followed through (<c>var cs = model.Centres;</c>).</summary>
    private const int MaxIncomingDataDepth = 3;

    /// <summary>Subtrahends (as the caller's operands) of subtractions read as outer differences of other input data.</summary>
    private readonly HashSet<IOperation> _outerSubtrahends = new();

    /// <summary>
    /// Records <paramref name="subtrahend"/> when it is an outer difference's (<paramref name="isOuter"/>), reads data the
    /// minuend's facts (<paramref name="left"/>) do not, and that data came in as it is (see the type's summary); returns
    /// <paramref name="isOuter"/>.
    /// </summary>
    private bool RecordOuterSubtrahend(IOperation subtrahend, bool isOuter, ValueFacts left, ValueFacts right)
    {
        if (isOuter && !left.RawRoots.Overlaps(right.RawRoots)
            && InputReadRoot(subtrahend, MaxInputReadDepth) is { } root && IsIncomingData(root, MaxIncomingDataDepth))
        {
            _outerSubtrahends.Add(CallerOperand(subtrahend));
        }

        return isOuter;
    }

    /// <summary>True when <paramref name="shift"/> was read as the subtrahend of an outer difference of other input data: no maximum.</summary>
    private bool IsOuterSubtrahend(IOperation shift) => _outerSubtrahends.Contains(shift);

    /// <summary>
    /// True for a buffer as it came in: a parameter, a field or property, or a local every write of which holds such a
    /// buffer or an element of one (<c>var row = x[n];</c>). A local holding what a call returned (<c>ToArray()</c>,
    /// <c>ToDictionary(...)</c>, a helper's result) is computed, not incoming.
    /// </summary>
    private bool IsIncomingData(ISymbol root, int depth)
    {
        switch (root)
        {
            case IParameterSymbol or IFieldSymbol or IPropertySymbol:
                return true;
            case ILocalSymbol local when depth > 0:
                var writes = WritesOf(local);
                if (writes.Count == 0)
                {
                    return false;
                }

                foreach (var write in writes)
                {
                    var value = Unwrap(write.Value);
                    var source = value switch
                    {
                        IParameterReferenceOperation parameter => parameter.Parameter,
                        IFieldReferenceOperation field => field.Field,
                        IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                        ILocalReferenceOperation other => other.Local,
                        IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } => RootOf(value),
                        _ => (ISymbol?)null,
                    };
                    if (source is null || SymbolEqualityComparer.Default.Equals(source, local) || !IsIncomingData(source, depth - 1))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A maximum of other data than the values it is subtracted from: <c>exp(x[i] - max(y))</c> with <c>y</c> another
/// input buffer, or <c>exp(items[i].Score - max(items[j].Prior))</c> over another member of the same records. It bounds
/// nothing: the exponent is <c>x − max(y)</c>, which overflows once <c>x</c> lies ~88 (float) or ~709 (double) above
/// <c>y</c>'s maximum, so such a shift counts as no maximum (LG0003; docs/rules/LG0003.md). Only data the model can
/// tell apart is compared: two different parameters or fields (a local may hold a copy of either), or two different
/// members read from the elements of one buffer of records or structs (facts keyed by buffer and member).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="max"/>, subtracted as <paramref name="shift"/>, folds other data than the minuend.</summary>
    private bool IsMaximumOfOtherData(IOperation shift, Reduction max)
    {
        if (SubtractedFrom(shift) is not { } minuend || max.Folds.IsEmpty)
        {
            return false;
        }

        var values = Eval(minuend);
        var folded = max.Elements;
        if (values.IsOpaque || folded.IsOpaque || values.RawRoots.Count == 0 || folded.RawRoots.Count == 0)
        {
            return false;
        }

        // pi[i] = logit; if (logit > max) max = logit; ... exp(pi[i] - max): the buffer holds what the maximum folds.
        if (!values.RawRoots.Overlaps(folded.RawRoots) && !StoresFoldedValue(values.RawRoots, max))
        {
            // float m = positive[b]; then folded over negatives[b, j]: the seed is one of the values too.
            var seeds = VariableOf(shift) is { } variable
                ? WritesOf(variable).Where(write => write.Value is not null).SelectMany(write => Eval(write.Value).RawRoots).ToList()
                : new List<ISymbol>();
            return !seeds.Any(values.RawRoots.Contains)
                && values.RawRoots.Concat(folded.RawRoots).All(root => root is IParameterSymbol or IFieldSymbol);
        }

        // One buffer of records: the maximum folds members the values never read.
        var foldedMembers = ElementMembersRead(max.Folds);
        var valueMembers = ElementMembersRead(new[] { minuend });
        return foldedMembers.Count > 0 && valueMembers.Count > 0 && values.RawRoots.SetEquals(folded.RawRoots)
            && foldedMembers.Keys.All(root => valueMembers.TryGetValue(root, out var read) && !read.Overlaps(foldedMembers[root]))
            && valueMembers.Keys.All(foldedMembers.ContainsKey);
    }

    /// <summary>
    /// True when the method stores into an element of one of <paramref name="roots"/> a local that a fold of
    /// <paramref name="max"/> folds (<c>pi[i] = logit; if (logit &gt; max) max = logit;</c>): the buffer holds the maximum's values.
    /// </summary>
    private bool StoresFoldedValue(IEnumerable<ISymbol> roots, Reduction max)
    {
        var buffers = new HashSet<ISymbol>(roots, SymbolEqualityComparer.Default);
        foreach (var write in _elementWrites)
        {
            if (write.Value is not null && VariableOf(Unwrap(write.Value)) is ILocalSymbol stored && RootOf(write.Target) is { } root && buffers.Contains(root)
                && max.Folds.Any(fold => fold.DescendantsAndSelf().Any(read => read is ILocalReferenceOperation local && SymbolEqualityComparer.Default.Equals(local.Local, stored))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The operation <paramref name="shift"/> is subtracted from (<c>x[i]</c> of <c>x[i] - m</c>); null otherwise.</summary>
    private static IOperation? SubtractedFrom(IOperation shift)
    {
        var parent = ParentValue(shift);

        return parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } difference && Unwrap(difference.RightOperand) == Unwrap(shift)
            ? difference.LeftOperand
            : null;
    }

    /// <summary>Buffer → the members read from its elements (<c>items[i].Score</c>, <c>c.Score</c> of <c>foreach (var c in items)</c>).</summary>
    private Dictionary<ISymbol, HashSet<ISymbol>> ElementMembersRead(IEnumerable<IOperation> operations)
    {
        var members = new Dictionary<ISymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);
        foreach (var operation in operations)
        {
            foreach (var read in operation.DescendantsAndSelf())
            {
                if (read is not (IFieldReferenceOperation or IPropertyReferenceOperation) || !MayBeMemberOfElement(read)
                    || VariableOf(read) is not { } member || ElementRoot(MemberInstance(read)!) is not { } root)
                {
                    continue;
                }

                if (!members.TryGetValue(root, out var set))
                {
                    set = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                    members[root] = set;
                }

                set.Add(member);
            }
        }

        return members;
    }
}

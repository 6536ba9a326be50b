using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Reductions a helper carries from call to call by itself: its accumulator is a field or property (<c>static double
/// max</c> folded by <c>FindMax(s)</c>) that nothing in the method, its inlined helpers included, ever resets — every
/// write of it is one of its folds. Such a helper is wrong in itself (each call continues the last one's maximum or
/// sum, whatever the caller gives it), so a finding about it belongs at its fold, not at the call that gave it a
/// correct row (<see cref="CallerLocationOf"/>). A member the caller resets (once, or per row) is the caller's business.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when <paramref name="reduction"/> is a member that only its folds write (see the type's summary).</summary>
    public bool IsCarriedMemberNeverReset(Reduction reduction)
    {
        if (reduction.Folds.IsDefaultOrEmpty || !_writesCollected)
        {
            return false;
        }

        ISymbol? member = null;
        foreach (var fold in reduction.Folds)
        {
            var written = FoldTarget(fold);
            if (written is not (IFieldSymbol or IPropertySymbol) || member is not null && !SymbolEqualityComparer.Default.Equals(member, written))
            {
                return false;
            }

            member = written;
        }

        var folds = new HashSet<IOperation>(reduction.Folds.SelectMany(fold => fold.DescendantsAndSelf()));
        return member is not null && WritesOf(member).All(write => folds.Contains(write.Operation));
    }

    /// <summary>The variable a fold writes: the target of its assignment (<c>max = s[i]</c>, <c>total += e[i]</c>).</summary>
    private static ISymbol? FoldTarget(IOperation fold) => fold.DescendantsAndSelf().OfType<IAssignmentOperation>().FirstOrDefault() is { } assignment
        ? VariableOf(assignment.Target)
        : null;
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Union totals not held in a local (review 46, K03/K04): <c>_total += e[t]</c> or <c>acc[0] += groupMass</c> inside the loop
/// over the groups carries one total across every group like <c>total += e[t]</c> with a local declared above the loop, so
/// the groups form one softmax over their union (KeyedGroupGathers.cs' union condition). A store the loop picks per group
/// (<c>tops[g] += z</c>, <c>sums[sector] += z</c>, <c>groups[g].Mass += z</c>) is one total per group and does not count.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="node"/> is <c>m += x</c> or <c>m = m + x</c> (same spelling of <c>m</c> on both sides) into a
    /// floating-point field, property or element <c>m</c> that names no variable <paramref name="groupLoop"/> declares or
    /// steps, and that the loop never sets any other way (<c>_total = 0</c> inside the loop is a reset per group).
    /// </summary>
    private bool IsCarriedMemberTotal(IOperation node, IOperation groupLoop)
    {
        var target = node switch
        {
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } compound => Unwrap(compound.Target),
            ISimpleAssignmentOperation { Value: var value } simple when Unwrap(value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
                && (SameSpelling(sum.LeftOperand, simple.Target) || SameSpelling(sum.RightOperand, simple.Target)) => Unwrap(simple.Target),
            _ => null,
        };
        if (target is not (IFieldReferenceOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation) || !IsFloating(target.Type)
            || target.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(read => MovesWithGroupLoop(read.Local, groupLoop))
            || target.DescendantsAndSelf().Any(part => part is IInvocationOperation))
        {
            return false;
        }

        // A plain store to the same member inside the loop (_total = 0 per group) makes it a per-group total.
        return !PlainStoresIn(groupLoop).Contains(Spelling(target));
    }

    /// <summary>Memo of <see cref="PlainStoresIn"/>, per group loop.</summary>
    private readonly Dictionary<IOperation, HashSet<string>> _plainStoresInLoop = new();

    /// <summary>
    /// The spellings of the members and elements <paramref name="groupLoop"/> sets other than by adding to them
    /// (<c>_total = 0</c>, <c>acc[0] = z</c>): one walk per loop, memoised.
    /// </summary>
    private HashSet<string> PlainStoresIn(IOperation groupLoop)
    {
        if (_plainStoresInLoop.TryGetValue(groupLoop, out var stores))
        {
            return stores;
        }

        stores = new HashSet<string>();
        foreach (var store in groupLoop.Descendants().OfType<ISimpleAssignmentOperation>())
        {
            if (Unwrap(store.Target) is (IFieldReferenceOperation or IPropertyReferenceOperation or IArrayElementReferenceOperation) and var target
                && !(Unwrap(store.Value) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum
                    && (SameSpelling(sum.LeftOperand, target) || SameSpelling(sum.RightOperand, target))))
            {
                stores.Add(Spelling(target));
            }
        }

        _plainStoresInLoop[groupLoop] = stores;
        return stores;
    }

    /// <summary>A local <paramref name="groupLoop"/> declares (its own variable included) or writes: it names a different slot per group.</summary>
    private bool MovesWithGroupLoop(ILocalSymbol local, IOperation groupLoop) =>
        local.DeclaringSyntaxReferences.Any(reference => groupLoop.Syntax.SyntaxTree == reference.SyntaxTree && groupLoop.Syntax.Span.Contains(reference.Span))
        || WritesOf(local).Any(write => Contains(groupLoop, write.Operation));

    /// <summary>The same member or element, spelled the same way (whitespace and a leading <c>this.</c> aside).</summary>
    private static bool SameSpelling(IOperation? left, IOperation? right) =>
        Unwrap(left) is { } a && Unwrap(right) is { } b && Spelling(a) == Spelling(b);

    private static string Spelling(IOperation operation)
    {
        var text = string.Concat(operation.Syntax.ToString().Where(character => !char.IsWhiteSpace(character)));
        return text.StartsWith("this.", System.StringComparison.Ordinal) ? text.Substring("this.".Length) : text;
    }
}

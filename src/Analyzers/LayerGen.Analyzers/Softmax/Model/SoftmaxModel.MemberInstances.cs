using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Members of structs, records and tuples are variables of the model keyed by the member symbol, shared by every
/// variable of the type. A whole-value write of one variable (<c>Stats other = default;</c>, <c>row = (…)</c>) therefore
/// writes that member of every variable; it is kept as such only for the variables the member is folded through
/// (<c>s.Sum += e</c> folds <c>Sum</c> through <c>s</c>), so resetting a scratch variable of the same type does not reset
/// a running sum kept in another (a member no variable folds keeps every whole-value write); member-wise writes through
/// such other variables (<c>other.Sum = r</c>) are dropped from the member's writes for the same reason.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private readonly Dictionary<ISymbol, HashSet<ISymbol>> _foldingInstances = new(SymbolEqualityComparer.Default);

    /// <summary>The locals and parameters through which a write folds into <paramref name="member"/> (<c>v.M += …</c>, <c>v.M = f(v.M, …)</c>).</summary>
    private HashSet<ISymbol> FoldingInstances(ISymbol member)
    {
        if (_foldingInstances.TryGetValue(member, out var known))
        {
            return known;
        }

        var instances = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var write in WritesOf(member))
        {
            if (Unwrap(write.Target) is not (IFieldReferenceOperation or IPropertyReferenceOperation) || VariableOf(MemberInstance(write.Target)) is not { } instance
                || instance is not (ILocalSymbol or IParameterSymbol))
            {
                continue;
            }

            var folds = write.Operation is ICompoundAssignmentOperation or IIncrementOrDecrementOperation
                || write.Value is { } value && ReadsMemberOf(value, member, instance)
                || write.Operation is ISimpleAssignmentOperation && member is IPropertySymbol property && SetterFoldKind(property) is not null;
            if (folds)
            {
                instances.Add(instance);
            }
        }

        _foldingInstances[member] = instances;
        return instances;
    }

    /// <summary>
    /// Drops the member-wise writes made through other variables than those a member is folded through
    /// (<c>other.Sum = r</c> beside <c>s.Sum += e</c>): they write another instance's member, not the running sum.
    /// </summary>
    private void DropMemberWritesOfOtherInstances()
    {
        foreach (var member in _variableWrites.Keys.Where(symbol => symbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false, IsIndexer: false }).ToList())
        {
            var folding = FoldingInstances(member);
            if (folding.Count > 0)
            {
                _variableWrites[member].RemoveAll(write => Unwrap(write.Target) is IFieldReferenceOperation or IPropertyReferenceOperation
                    && VariableOf(MemberInstance(write.Target)) is { } instance && instance is ILocalSymbol or IParameterSymbol && !folding.Contains(instance));
            }
        }
    }

    private static bool ReadsMemberOf(IOperation value, ISymbol member, ISymbol instance)
    {
        foreach (var read in value.DescendantsAndSelf())
        {
            if (read is IFieldReferenceOperation or IPropertyReferenceOperation && References(read, member) && References(MemberInstance(read), instance))
            {
                return true;
            }
        }

        return false;
    }
}

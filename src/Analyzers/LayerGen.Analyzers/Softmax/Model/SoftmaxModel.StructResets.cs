using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Statistics kept in members of a struct or record (<c>stats.Max</c>, <c>stats.Denominator</c>), updated member-wise
/// (<c>stats = stats with { Max = newMax, … }</c>, <c>stats.Max = …</c>) and reset by assigning the whole value
/// (<c>RunningStats stats = RunningStats.Empty;</c>, <c>= default</c>, <c>= new(…)</c>). A whole-value assignment writes
/// every member, so it is recorded as a reset of each member the method folds into; a <c>with</c> expression is not
/// (members it does not name keep their values, the ones it names are written by its initializer). A whole-value write
/// resets the member only for variables the member is folded through (see SoftmaxModel.MemberInstances.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Adds, for each written member of a struct or record type, the whole-value writes of that type as resets.</summary>
    private void RecordWholeValueResets()
    {
        AddTupleElementWrites();
        DropMemberWritesOfOtherInstances();
        var members = _variableWrites.Keys
            .Where(symbol => symbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false, IsIndexer: false }
                && symbol.ContainingType is { } type && (type.IsValueType || type.IsRecord) && !type.IsTupleType)
            .ToList();
        if (members.Count == 0)
        {
            return;
        }

        var wholeWrites = new List<(ITypeSymbol Type, ISymbol Variable, VariableWrite Write)>();
        foreach (var pair in _variableWrites)
        {
            if (pair.Key is not (ILocalSymbol or IFieldSymbol or IParameterSymbol) || TypeOfVariable(pair.Key) is not { } type)
            {
                continue;
            }

            foreach (var write in pair.Value)
            {
                // stats = stats with { … }: the initializer's member writes say what changes; the rest is carried. Binding a
                // ref local (ref var st = ref stats[b]) writes no value: it only names the element the members live in.
                if (write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation && write.Value is { } value && Unwrap(value) is not IWithOperation
                    && !IsRefBinding(write.Operation))
                {
                    wholeWrites.Add((type, pair.Key, write));
                }
            }
        }

        foreach (var member in members)
        {
            var folding = FoldingInstances(member);
            foreach (var (type, variable, write) in wholeWrites)
            {
                // Stats other = default; resets other's members, not those of the s the sums are folded through.
                if (SymbolEqualityComparer.Default.Equals(type, member.ContainingType) && (folding.Count == 0 || folding.Contains(variable)))
                {
                    AddVariableWrite(member, write.Operation, write.Target, value: null);
                }
            }
        }
    }

    /// <summary>True for the binding of a ref local (<c>ref var st = ref stats[b]</c>, <c>st = ref stats[k]</c>): no value is written.</summary>
    private static bool IsRefBinding(IOperation write) =>
        write is IVariableDeclaratorOperation { Symbol.RefKind: not RefKind.None } or ISimpleAssignmentOperation { IsRef: true };
}

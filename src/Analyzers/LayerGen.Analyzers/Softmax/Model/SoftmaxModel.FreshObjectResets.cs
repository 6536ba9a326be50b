using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Statistics kept in members of a class object (<c>state.Mass += e</c>) whose local is given a new object
/// (<c>var state = new RowState();</c>, <c>state = new RowState { Mass = 0 };</c>): a new object starts every member at
/// its initial value, so the creation resets each member folded through that local, exactly like a local sum declared
/// at the same place (inside the row loop: per row; above it: once). Only locals count: a field or parameter may be
/// shared with other code, and an object assigned from another variable is an alias, not a fresh one. Structs and
/// records are reset by any whole-value write (see SoftmaxModel.StructResets.cs).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Adds, for each class member folded through a local, the local's object creations as resets of the member.</summary>
    private void RecordFreshObjectResets()
    {
        var members = _variableWrites.Keys
            .Where(symbol => symbol is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false, IsIndexer: false }
                && symbol.ContainingType is { TypeKind: TypeKind.Class, IsRecord: false })
            .ToList();
        if (members.Count == 0)
        {
            return;
        }

        var creations = new List<(ITypeSymbol Type, ISymbol Variable, VariableWrite Write)>();
        foreach (var pair in _variableWrites)
        {
            if (pair.Key is not ILocalSymbol)
            {
                continue;
            }

            foreach (var write in pair.Value)
            {
                if (write.Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation { IsRef: false }
                    && Unwrap(write.Value) is IObjectCreationOperation { Type: { } created })
                {
                    creations.Add((created, pair.Key, write));
                }
            }
        }

        foreach (var member in members)
        {
            // Only the locals the member is folded through: a new scratch object does not reset another object's sum.
            var folding = FoldingInstances(member);
            foreach (var (type, variable, write) in creations)
            {
                if (folding.Contains(variable) && type is INamedTypeSymbol named && MemberStorage.IsDeclaredOnTypeOrBase(member, named))
                {
                    AddVariableWrite(member, write.Operation, write.Target, value: null);
                }
            }
        }
    }
}

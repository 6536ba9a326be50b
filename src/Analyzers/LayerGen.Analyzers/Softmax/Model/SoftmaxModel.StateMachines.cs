using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// One loop driving a state machine (a <c>switch</c> or an <c>if/else if</c> chain on a phase local): the loop steps
/// the row index and the column index alike, so a fold inside it seemed to walk both. The rule: an index the loop steps
/// counts as folded only when the folded value can come back to the fold through a step of that index with no reset on
/// the way, along paths the phase constants allow (<see cref="FlowIndex.CarriesThrough"/>). A reset in the Start case
/// that every step into a new row leads to (<c>phase = ++row &lt; n ? Start : Done</c>) makes the fold per row; a sum
/// cleared only in a once-only Init case still folds the rows. The same holds when the cases walk the row with loops of
/// their own (<c>case Fold: for (; i &lt; tags; i++) hi = Math.Max(hi, s[t * tags + i]);</c>): the machine's loop then
/// steps the row index only, which is folded or not by the same rule.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <paramref name="loopAtoms"/> without the dimensions indexed only by locals that <paramref name="loop"/> steps but
    /// whose steps never carry the value folded at <paramref name="write"/> (a reset always comes between), with the
    /// machine's state locals when some were dropped (null otherwise).
    /// </summary>
    private (ImmutableHashSet<DimensionAtom> Atoms, List<ILocalSymbol>? States) StateMachineSliceAtoms(IOperation write, IOperation loop, IOperation value, ImmutableHashSet<DimensionAtom> loopAtoms, List<IOperation> resets)
    {
        if (Flow.IsEmpty || loop is not ILoopOperation || loopAtoms.IsEmpty)
        {
            return (loopAtoms, null);
        }

        var stepped = new List<ILocalSymbol>();
        foreach (var reference in value.DescendantsAndSelf().OfType<ILocalReferenceOperation>())
        {
            if (!stepped.Contains(reference.Local, SymbolEqualityComparer.Default) && Induction(reference.Local, reference)?.Loop == loop)
            {
                stepped.Add(reference.Local);
            }
        }

        // A case that walks the row with a loop of its own (for (; i < tags; i++) inside the machine's loop): the
        // machine's loop steps the row only, and the inner loop the column.
        var walksInside = EnclosingLoops(write).TakeWhile(enclosing => enclosing != loop).Any();
        if (stepped.Count < (walksInside ? 1 : 2) || StateLocals(loop) is not { Count: > 0 } states)
        {
            return (loopAtoms, null);
        }

        var perSlice = stepped
            .Where(local => !Flow.CarriesThrough(write, loop, resets, WritesOf(local).Select(step => step.Operation).Where(step => Contains(loop, step)).ToList(), states))
            .ToList();
        if (perSlice.Count == 0 || (perSlice.Count == stepped.Count && !walksInside))
        {
            return (loopAtoms, null);
        }

        return (SliceAtoms(value, loop, loopAtoms, perSlice, stepped), states);
    }

    /// <summary>
    /// For a fold made per slice by a state machine (<see cref="StateMachineSliceAtoms"/>): true when a read at
    /// <paramref name="use"/> inside <paramref name="loop"/> sees the slice's fold finished (the Sum case reading the peak
    /// of the Peak case): no path the phases allow leads from the use back to the fold without a reset.
    /// </summary>
    private bool ReadsFinishedFold(IOperation use, IOperation write, IOperation loop, List<IOperation> resets, List<ILocalSymbol> states) =>
        !Flow.FoldsAgainAfter(use, write, loop, resets, states);

    /// <summary>
    /// The atoms of <paramref name="loopAtoms"/> left when the indices of the elements <paramref name="value"/> reads that
    /// name only <paramref name="perSlice"/> locals (among <paramref name="stepped"/>) are read as fixed: a rectangular
    /// position or a jagged depth is dropped; a flat index keeps the strides of its other addends.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> SliceAtoms(IOperation value, IOperation loop, ImmutableHashSet<DimensionAtom> loopAtoms, List<ILocalSymbol> perSlice, List<ILocalSymbol> stepped)
    {
        bool OnlyPerSlice(IOperation? index)
        {
            var named = index is null ? new List<ILocalSymbol>() : index.DescendantsAndSelf().OfType<ILocalReferenceOperation>()
                .Select(reference => reference.Local).Where(local => stepped.Contains(local, SymbolEqualityComparer.Default)).ToList();
            return named.Count > 0 && named.All(local => perSlice.Contains(local, SymbolEqualityComparer.Default));
        }

        var atoms = loopAtoms;
        foreach (var element in value.DescendantsAndSelf().OfType<IArrayElementReferenceOperation>())
        {
            if (EvalView(element.ArrayReference) is not { Root: { } root } view)
            {
                continue;
            }

            switch (view.Layout)
            {
                case BufferLayout.Rectangular:
                case BufferLayout.Jagged:
                    for (var position = 0; position < element.Indices.Length; position++)
                    {
                        if (OnlyPerSlice(element.Indices[position]))
                        {
                            atoms = atoms.Remove(view.Layout == BufferLayout.Rectangular ? DimensionAtom.Rank(root, position) : DimensionAtom.Depth(root, view.Consumed + position));
                        }
                    }

                    break;
                case BufferLayout.Flat when element.Indices.Length == 1 && view.FlatOffset is null:
                    // x[row * n + col]: the loop's term mixes both steps; keep the strides of the addends that carry.
                    var addends = Terms(element.Indices[0]);
                    if (!addends.Any(addend => OnlyPerSlice(addend)))
                    {
                        break;
                    }

                    var kept = addends.Where(addend => !OnlyPerSlice(addend)).Aggregate(LinearIndex.LoopFreeSum(), (sum, addend) => sum.Add(Linear(addend)));
                    atoms = atoms.Except(atoms.Where(atom => SymbolEqualityComparer.Default.Equals(atom.Root, root)));
                    if (kept.Terms.TryGetValue(loop, out var stride))
                    {
                        atoms = atoms.Add(DimensionAtom.Stride(root, stride.Text));
                    }

                    break;
            }
        }

        return atoms;
    }

    /// <summary>
    /// Locals that hold a machine's phase inside <paramref name="loop"/>: assigned a constant there (an enum member, an
    /// integer or a choice of them), of an enum, integral or bool type, and written only by plain assignments outside any
    /// lambda or local function (so every change of value is seen on the flow graph's paths).
    /// </summary>
    private List<ILocalSymbol> StateLocals(IOperation loop)
    {
        var states = new List<ILocalSymbol>();
        foreach (var assignment in loop.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>())
        {
            if (Unwrap(assignment.Target) is not ILocalReferenceOperation { Local: { IsConst: false, IsRef: false } local }
                || states.Contains(local, SymbolEqualityComparer.Default)
                || !IsStateType(local.Type) || !IsConstantChoice(assignment.Value, depth: 0))
            {
                continue;
            }

            if (WritesOf(local).All(written => written.Operation is ISimpleAssignmentOperation { IsRef: false } or IVariableDeclaratorOperation && !InFunction(written.Operation)))
            {
                states.Add(local);
            }
        }

        return states;
    }

    private static bool IsStateType(ITypeSymbol type) =>
        type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Byte or SpecialType.System_Boolean or SpecialType.System_Char;

    /// <summary>A constant, or <c>c ? A : B</c> or a switch expression whose arms are constant choices.</summary>
    private static bool IsConstantChoice(IOperation? value, int depth) => Unwrap(value) switch
    {
        { ConstantValue.HasValue: true } => true,
        IConditionalOperation { WhenFalse: { } whenFalse } conditional => depth < 4 && IsConstantChoice(conditional.WhenTrue, depth + 1) && IsConstantChoice(whenFalse, depth + 1),
        ISwitchExpressionOperation { Arms.Length: > 0 } choice => depth < 4 && choice.Arms.All(arm => IsConstantChoice(arm.Value, depth + 1)),
        _ => false,
    };

    /// <summary>True when <paramref name="operation"/> sits inside a lambda or local function.</summary>
    private static bool InFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Accumulators keyed by a coarser index of a flat walk: <c>rowMax[i / cols] = Max(rowMax[i / cols], x[i])</c>,
/// <c>colSum[i % cols] += e[i]</c>, <c>rowSum[(i - o) / n]</c>. The loop over <c>i</c> is then keyed only in part:
/// the quotient <c>i / n</c> names the stride-n axis (the row), so the fold runs over the finer axis (unit stride);
/// the remainder <c>i % n</c> names the unit-stride axis, so the fold runs over the stride-n axis.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Loop → key of a one-index element reference whose index divides (or takes the remainder of) a walk.</summary>
    private Dictionary<IOperation, FlatKey> FlatKeys(IOperation? elementReference)
    {
        var keys = new Dictionary<IOperation, FlatKey>();
        var index = Unwrap(elementReference) switch
        {
            IArrayElementReferenceOperation { Indices.Length: 1 } element => element.Indices[0],
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer => indexer.Arguments[0].Value,
            _ => null,
        };
        if (FlatKeyOf(index, depth: 0) is { } key)
        {
            keys[key.Loop] = key;
        }

        return keys;
    }

    /// <summary>
    /// <c>i / n</c>, <c>i % n</c>, <c>(i - o) / n</c> with <c>i</c> a unit-stride walk and <c>n</c> loop-free; also
    /// through a local defined once as such (<c>int r = i / cols;</c>).
    /// </summary>
    private FlatKey? FlatKeyOf(IOperation? index, int depth)
    {
        index = Unwrap(index);
        if (index is ILocalReferenceOperation local && depth < 2 && WritesOf(local.Local) is { Count: 1 } writes
            && writes[0].Value is { } definition && !Contains(definition, index))
        {
            return FlatKeyOf(definition, depth + 1);
        }

        if (ShiftedRowKey(index) is { } shifted)
        {
            // max[k / n - t]: the row relative to a tile's first row, a slot per row as long as t stays while k walks.
            var offsetLoops = Linear(shifted.Offset).Terms.Keys.ToImmutableHashSet();
            return FlatKeyOf(shifted.Key, depth) is { } row && !offsetLoops.Contains(row.Loop) ? row.Shifted(offsetLoops) : null;
        }

        if (RowSlotDivision(index) is not var (dividend, divisorOperand, isQuotient)
            || !Linear(divisorOperand).IsLoopFree || Linear(divisorOperand).Constant is not { } divisor || divisor.Equals(Stride.Unknown))
        {
            return null;
        }

        // k walks at unit stride; a start an enclosing loop picks in whole rows (k = t * n .. (t + count) * n) adds that
        // loop's term: k / n is still the row of x[k], and each t names other rows (its slots are keyed by t too). A
        // remainder k % n over such a walk is left to the element model, as before.
        var walked = Linear(dividend);
        var unit = walked.Terms.Where(term => term.Value.Equals(Stride.One)
            && walked.Terms.Keys.All(other => other == term.Key || Contains(other, term.Key))).Select(term => term.Key).ToList();
        if (unit.Count != 1 || (!isQuotient && walked.Terms.Count != 1)
            || walked.Terms.Any(term => term.Key != unit[0] && !DimensionClasses.IsMultiple(term.Value.Text, divisor.Text)))
        {
            return null;
        }

        var rowLoops = isQuotient ? walked.Terms.Keys.Where(loop => loop != unit[0]).ToImmutableHashSet() : ImmutableHashSet<IOperation>.Empty;
        return new FlatKey(unit[0], divisor, isQuotient, Unwrap(divisorOperand)!, rowLoops, ImmutableHashSet<IOperation>.Empty);
    }

    /// <summary>
    /// The part of a flat walk's dimensions a keyed fold runs over: under <c>i / n</c> the unit-stride axis, under
    /// <c>i % n</c> the stride-n axis; the key's own axis is recorded so a whole-buffer walk of the same buffer
    /// expands to both.
    /// </summary>
    private ImmutableHashSet<DimensionAtom> WithinKey(ImmutableHashSet<DimensionAtom> atoms, FlatKey key)
    {
        var result = ImmutableHashSet<DimensionAtom>.Empty;
        foreach (var atom in atoms)
        {
            if (!atom.IsWhole && atom.Key != DimensionAtom.UnitStrideKey && !IsKeyedRowStride(atom, key))
            {
                result = result.Add(atom);
                continue;
            }

            var whole = DimensionAtom.Whole(atom.Root);
            var unit = Classes.LinkStrideOfWholes(whole, Stride.One.Text);
            var coarse = Classes.LinkStrideOfWholes(whole, key.Divisor.Text);
            result = result.Add(key.IsQuotient ? unit : coarse);
        }

        return result;
    }

    /// <summary>
    /// The count of a walk <c>for (i = start; i &lt; start + rows * cols; i++)</c> (also through <c>int end = start + rows * cols</c>):
    /// <c>rows * cols</c>, a block of several rows at an offset; any other bound unchanged.
    /// </summary>
    private IOperation? OffsetBlockCount(IOperation loop, IOperation? bound)
    {
        var sum = bound;
        if (bound is ILocalReferenceOperation end && WritesOf(end.Local) is { Count: 1 } writes && writes[0].Value is { } definition)
        {
            sum = Unwrap(definition);
        }

        if (sum is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add || WalkStart(loop) is not { } start || !Linear(start).IsLoopFree)
        {
            return bound;
        }

        // Only a walk whose elements are keyed relative to its start ((i - start) / cols) is known to be rows of a
        // block; a helper walking start .. start + axis * inner for its caller is one slice (BlockWalks).
        var startText = Canonical(start);
        if (!IsKeyedFrom(startText))
        {
            return bound;
        }

        var (left, right) = (Unwrap(add.LeftOperand)!, Unwrap(add.RightOperand)!);
        return Canonical(left) == startText ? right : Canonical(right) == startText ? left : bound;
    }

    /// <summary>True when some index of the method divides (or takes the remainder of) <c>i - start</c>, for this start.</summary>
    private bool IsKeyedFrom(string start) =>
        _operations.Any(operation => operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder } key
            && Unwrap(key.LeftOperand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract } offset
            && Canonical(Unwrap(offset.RightOperand)!) == start && key.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64);

    /// <summary>
    /// Where a walk starts: the initializer of <c>for (int i = start; …)</c>, or, for <c>while (i &lt; end)</c>, the one
    /// value <c>i</c> is given outside the loop.
    /// </summary>
    private IOperation? WalkStart(IOperation loop)
    {
        switch (loop)
        {
            case IForLoopOperation { Before: [var before, ..] }:
                return before switch
                {
                    IVariableDeclarationGroupOperation { Declarations: [{ Declarators: [{ Initializer.Value: var value }] }] } => Unwrap(value),
                    IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assignment } => Unwrap(assignment.Value),
                    _ => null,
                };
            case IWhileLoopOperation { Condition: IBinaryOperation condition }:
                // while (i < end) or while (end > i): the operand the loop steps.
                foreach (var operand in new[] { condition.LeftOperand, condition.RightOperand })
                {
                    if (Unwrap(operand) is ILocalReferenceOperation { Local: var local } && WritesOf(local).Any(write => Contains(loop, write.Operation)))
                    {
                        var outside = WritesOf(local).Where(write => !Contains(loop, write.Operation)).ToList();
                        return outside.Count == 1 && outside[0].Operation is IVariableDeclaratorOperation or ISimpleAssignmentOperation ? Unwrap(outside[0].Value) : null;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private sealed class FlatKey
    {
        public FlatKey(IOperation loop, Stride divisor, bool isQuotient, IOperation divisorOperand, ImmutableHashSet<IOperation> rowLoops, ImmutableHashSet<IOperation> offsetLoops)
        {
            RowLoops = rowLoops;
            OffsetLoops = offsetLoops;
            DivisorOperand = divisorOperand;
            Loop = loop;
            Divisor = divisor;
            IsQuotient = isQuotient;
        }

        /// <summary>The loop whose unit-stride variable is divided.</summary>
        public IOperation Loop { get; }

        public Stride Divisor { get; }

        /// <summary>The divisor as written (<c>cols</c> of <c>i / cols</c>).</summary>
        public IOperation DivisorOperand { get; }

        /// <summary>True for <c>i / n</c> (the key is the coarse axis), false for <c>i % n</c> (the key is the unit axis).</summary>
        public bool IsQuotient { get; }

        /// <summary>Enclosing loops that pick the walk's start in whole rows (t of <c>k = t * n …</c>): each picks other slots.</summary>
        public ImmutableHashSet<IOperation> RowLoops { get; }

        /// <summary>Loops the key is shifted by (t of <c>k / n - t</c>): they move the slot back, so they pick no slot of their own.</summary>
        public ImmutableHashSet<IOperation> OffsetLoops { get; }

        /// <summary>The loops that pick the slot besides the walk: <see cref="RowLoops"/> not cancelled by an offset.</summary>
        public ImmutableHashSet<IOperation> SlotLoops => RowLoops.Except(OffsetLoops);

        /// <summary>This key shifted by an offset moving with <paramref name="offsetLoops"/>.</summary>
        public FlatKey Shifted(ImmutableHashSet<IOperation> offsetLoops) =>
            new(Loop, Divisor, IsQuotient, DivisorOperand, RowLoops, OffsetLoops.Union(offsetLoops));
    }
}

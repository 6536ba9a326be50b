using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Maxima seeded by a flag instead of −∞: <c>if (!haveMax || v &gt; m) { m = v; haveMax = true; }</c> (or
/// <c>if (first || v &gt; m) { m = v; first = false; }</c>) folds v into m, the flag's test admitting the first value
/// whatever m holds. The flag is the maximum's seed: a write that sets it back to the admitting value
/// (<c>haveMax = false</c>) restarts the maximum as <c>m = -∞</c> would, so it is one of m's resets; a flag set once
/// above the rows and never cleared leaves the maximum carried across the rows, as a never-reset −∞ seed does.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// <c>v &gt; m</c> of <c>!flag || v &gt; m</c> guarding an <c>if</c> whose body sets flag to the value that fails the
    /// test; null otherwise.
    /// </summary>
    private (IOperation Value, bool ValueIsLarger)? CompareWhenSeeded(IBinaryOperation either, ISymbol target)
    {
        if (SeedFlag(either.LeftOperand, either) is not null)
        {
            return Compare(either.RightOperand, target);
        }

        return SeedFlag(either.RightOperand, either) is not null ? Compare(either.LeftOperand, target) : null;
    }

    /// <summary>
    /// The flag of a seed test <paramref name="test"/> in the condition <paramref name="either"/> of an <c>if</c>: a bool
    /// local or field tested as <c>!flag</c>, <c>flag == false</c> or <c>flag</c>, that the <c>if</c>'s body sets to the
    /// value failing the test.
    /// </summary>
    private SeedFlagInfo? SeedFlag(IOperation test, IBinaryOperation either)
    {
        if (SeedTest(test) is not var (flag, admitting) || either.Parent is not IConditionalOperation { WhenFalse: null } guard || guard.Condition != either)
        {
            return null;
        }

        return guard.WhenTrue.DescendantsAndSelf().OfType<ISimpleAssignmentOperation>()
            .Any(set => References(set.Target, flag) && Unwrap(set.Value)!.ConstantValue is { HasValue: true, Value: bool value } && value != admitting)
            ? new SeedFlagInfo(flag, admitting)
            : null;
    }

    /// <summary>The bool variable a seed test reads and the value that makes it true: <c>!f</c>, <c>f == false</c> → false; <c>f</c>, <c>f == true</c> → true.</summary>
    private static (ISymbol Flag, bool Admitting)? SeedTest(IOperation test)
    {
        switch (Unwrap(test))
        {
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not, Operand: var operand } when VariableOf(operand) is { } negated && IsBool(operand):
                return (negated, false);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals, LeftOperand: var left, RightOperand: var right }
                when Unwrap(right)!.ConstantValue is { HasValue: true, Value: bool constant } && VariableOf(left) is { } compared && IsBool(left):
                return (compared, constant);
            case var plain when plain is not null && VariableOf(plain) is { } flag && IsBool(plain):
                return (flag, true);
            default:
                return null;
        }
    }

    private static bool IsBool(IOperation operation) => Unwrap(operation)?.Type?.SpecialType == SpecialType.System_Boolean;

    /// <summary>
    /// The writes that set a seed flag of one of <paramref name="scan"/>'s folds back to its admitting value: resets of
    /// the folded maximum (see the type's summary).
    /// </summary>
    private IEnumerable<IOperation> SeedFlagResets(ReductionScan scan)
    {
        foreach (var accumulation in scan.Accumulations)
        {
            if (accumulation.Reported is not IConditionalOperation { Condition: var condition } guard
                || Unwrap(condition) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either)
            {
                continue;
            }

            var seed = SeedFlag(either.LeftOperand, either) ?? SeedFlag(either.RightOperand, either);
            if (seed is null)
            {
                continue;
            }

            foreach (var write in WritesOf(seed.Flag))
            {
                if (!Contains(guard, write.Operation) && Unwrap(write.Value)?.ConstantValue is { HasValue: true, Value: bool value } && value == seed.Admitting)
                {
                    yield return write.Operation;
                }
            }
        }
    }

    /// <summary>
    /// True when <paramref name="accumulator"/> has maximum folds and every one is guarded by a seed flag: its constant
    /// starts are never compared with an element (the flag admits the first one whatever the start), so they are no floor.
    /// </summary>
    private bool IsFlagSeeded(ISymbol accumulator)
    {
        var any = false;
        foreach (var write in WritesOf(accumulator))
        {
            if (Accumulation(accumulator, write.Operation, write.Value) is not { Kind: ReductionKind.Max } fold)
            {
                continue;
            }

            if (fold.Reported is not IConditionalOperation { Condition: var condition }
                || Unwrap(condition) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either
                || (SeedFlag(either.LeftOperand, either) ?? SeedFlag(either.RightOperand, either)) is null)
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>A seed flag and the value of it that admits the next element unconditionally.</summary>
    private sealed class SeedFlagInfo
    {
        public SeedFlagInfo(ISymbol flag, bool admitting)
        {
            Flag = flag;
            Admitting = admitting;
        }

        /// <summary>The flag variable.</summary>
        public ISymbol Flag { get; }

        /// <summary>The value that admits the next element (false for <c>!haveMax</c>, true for <c>first</c>).</summary>
        public bool Admitting { get; }
    }
}

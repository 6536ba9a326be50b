// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// Loop spellings that are counting loops in disguise: a counting <c>do { …; i++; } while (i &lt; n);</c> is a for
/// loop that runs at least once (its bound is raised to start + 1 when start already fails the condition); a for
/// header with further incrementors (<c>i++, j += 2</c>) steps its own variable and runs the others as integer
/// assignments at the end of the body (after the rest of the body, which <c>continue</c> skips to).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    /// <summary>The bound of a do-while counting loop: its trip count is that of the for loop, or 1 when that is 0.</summary>
    private static IntExpr AtLeastOnce(IntExpr start, CompareOperator op, IntExpr bound) => op switch
    {
        // i < b: b when start < b (the for loop runs), else start + 1 (one pass).
        CompareOperator.Less => new IntChoose(new IntCompare(CompareOperator.Less, start, bound), bound, new IntBinary(IntOperator.Add, start, new IntConstant(1))),
        CompareOperator.LessOrEqual => new IntChoose(new IntCompare(CompareOperator.LessOrEqual, start, bound), bound, start),
        CompareOperator.Greater => new IntChoose(new IntCompare(CompareOperator.Greater, start, bound), bound, new IntBinary(IntOperator.Subtract, start, new IntConstant(1))),
        _ => new IntChoose(new IntCompare(CompareOperator.GreaterOrEqual, start, bound), bound, start),
    };

    /// <summary>
    /// Splits a for header's incrementors into the one that steps <paramref name="variable"/> and the others
    /// (lowered as statements at the end of the body); all of them as the step when none or several step it, or when
    /// another one assigns it (the step check reports those).
    /// </summary>
    private static (ImmutableArray<IOperation> Step, ImmutableArray<IOperation> Others) SplitIncrementors(ImmutableArray<IOperation> atLoopBottom, ILocalSymbol variable)
    {
        if (atLoopBottom.Length < 2)
        {
            return (atLoopBottom, ImmutableArray<IOperation>.Empty);
        }

        IOperation[] own = atLoopBottom.Where(step => ConstantStep(step, variable) is not null).ToArray();
        ImmutableArray<IOperation> others = atLoopBottom.Where(step => ConstantStep(step, variable) is null).ToImmutableArray();
        bool othersAssignVariable = others.Any(step => step.DescendantsAndSelf().Any(o => o switch
        {
            ISimpleAssignmentOperation simple => IsReferenceTo(simple.Target, variable),
            ICompoundAssignmentOperation compound => IsReferenceTo(compound.Target, variable),
            IIncrementOrDecrementOperation increment => IsReferenceTo(increment.Target, variable),
            _ => false,
        }));
        return own.Length == 1 && !othersAssignVariable ? (ImmutableArray.Create(own[0]), others) : (atLoopBottom, ImmutableArray<IOperation>.Empty);
    }

    /// <summary>Lowers a for header's further incrementors (<c>j += 2</c> of <c>i++, j += 2</c>) at the end of the lowered body.</summary>
    private void LowerOtherIncrementors(ImmutableArray<IOperation> others, List<Statement> body)
    {
        foreach (IOperation step in others)
        {
            LowerStatement(step, body);
        }
    }
}

using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Which folds of one reduction are one walk, so one bug is reported once (see <c>SoftmaxRule.AtFolds</c>): folds in
/// the same innermost loop (the two branches of an online update), and folds in a loop and in the loop that continues
/// its counter — a scalar tail <c>for (; i &lt; n; i++)</c> after the vector loop <c>for (; i &lt;= n - w; i += w)</c>
/// finishes the same walk of the same elements; so does a tail with a counter of its own that starts where the vector
/// loop stopped: at its bound (<c>for (i = 0; i &lt; end; i += w) …; for (k = end; k &lt; n; k++)</c>) or at its bound
/// in lanes (<c>for (b = 0; b &lt; blocks.Length; b++)</c> over <c>Vector&lt;float&gt;</c> blocks, then
/// <c>for (i = blocks.Length * Vector&lt;float&gt;.Count; i &lt; n; i++)</c>). Folds in separate walks (a loop over a
/// vector's lanes, then a tail over the data) are separate sites.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>True when the folds <paramref name="first"/> and <paramref name="second"/> lie in one walk (see the type's remarks).</summary>
    public bool IsOneWalk(IOperation first, IOperation second)
    {
        if (EnclosingLoop(first) is not { } a || EnclosingLoop(second) is not { } b)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        var (earlier, later) = a.Syntax.SpanStart <= b.Syntax.SpanStart ? (a, b) : (b, a);
        return earlier.Syntax.SyntaxTree == later.Syntax.SyntaxTree && (ContinuesCounter(earlier, later) || StartsWhereWalkEnded(earlier, later));
    }

    /// <summary>
    /// True when the counter of <paramref name="later"/> starts at the bound of <paramref name="earlier"/>'s counter, or
    /// at that bound times a vector's lane count (<c>Vector&lt;T&gt;.Count</c>, <c>Vector256&lt;T&gt;.Count</c>, a
    /// constant width, also through a local declared once): the tail of the walk <paramref name="earlier"/> made.
    /// </summary>
    private bool StartsWhereWalkEnded(IOperation earlier, IOperation later)
    {
        if (Contains(earlier, later) || Contains(later, earlier)
            || CountedLoopParts(earlier) is not var (earlierStart, _, earlierTest) || StartValue(earlierStart) is not ({ } counter, _)
            || UpperBound(earlierTest, counter) is not { } bound
            || CountedLoopParts(later) is not var (laterStart, _, _) || StartValue(laterStart) is not ({ } tail, { } tailStart)
            || SymbolEqualityComparer.Default.Equals(tail, counter))
        {
            return false;
        }

        if (SameBound(tailStart, bound))
        {
            return true;
        }

        // blocks.Length * Vector<float>.Count: the bound counted in lanes.
        return ThroughCopies(tailStart) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product
            && (SameBound(product.LeftOperand, bound) && IsLaneCount(product.RightOperand) || SameBound(product.RightOperand, bound) && IsLaneCount(product.LeftOperand));
    }

    /// <summary>The same value as written, or once both are followed through locals declared once (<c>end</c> and <c>int end = n - n % w</c>).</summary>
    private bool SameBound(IOperation first, IOperation second) =>
        SameValue(first, second) || ThroughCopies(first) is { } a && ThroughCopies(second) is { } b && SameValue(a, b);

    /// <summary><c>Vector&lt;T&gt;.Count</c>, <c>Vector128&lt;T&gt;.Count</c> (any SIMD vector's lane count) or a constant width above 1.</summary>
    private bool IsLaneCount(IOperation operation) => ThroughCopies(operation) switch
    {
        IPropertyReferenceOperation { Property.Name: "Count", Property.IsStatic: true } count => IsSimdVector(count.Property.ContainingType),
        { ConstantValue: { HasValue: true, Value: int width } } => width > 1,
        _ => false,
    };

    /// <summary>
    /// True when <paramref name="later"/> steps the local <paramref name="earlier"/> steps and starts where that left
    /// it: nothing writes the local from the start of <paramref name="earlier"/>'s body to the end of
    /// <paramref name="later"/>'s header but the two loops' own steps (no <c>i = 0</c> of its own).
    /// </summary>
    private bool ContinuesCounter(IOperation earlier, IOperation later)
    {
        if (SteppedLocal(earlier) is not { } counter || !SymbolEqualityComparer.Default.Equals(counter, SteppedLocal(later))
            || Contains(earlier, later) || Contains(later, earlier))
        {
            return false;
        }

        var from = ((earlier as ILoopOperation)?.Body ?? earlier).Syntax.SpanStart;
        var to = ((later as ILoopOperation)?.Body ?? later).Syntax.SpanStart;
        return WritesOf(counter).All(write => IsStep(write, counter) && (Contains(earlier, write.Operation) || Contains(later, write.Operation))
            || write.Operation.Syntax.SyntaxTree != earlier.Syntax.SyntaxTree
            || write.Operation.Syntax.SpanStart < from || write.Operation.Syntax.SpanStart > to);
    }

    /// <summary>
    /// The local a loop steps: at the bottom of a <c>for</c> (<c>i</c> of <c>i++</c>, <c>i += w</c>), or in the last
    /// statement of a <c>while</c> body; null for any other loop.
    /// </summary>
    private ILocalSymbol? SteppedLocal(IOperation loop)
    {
        var bottom = loop switch
        {
            IForLoopOperation { AtLoopBottom: [var last] } => last,
            IWhileLoopOperation { Body: IBlockOperation { Operations: [.., var last] } } => last,
            _ => null,
        };
        if (bottom is null)
        {
            return null;
        }

        var step = bottom is IExpressionStatementOperation statement ? statement.Operation : bottom;
        var target = step switch
        {
            IIncrementOrDecrementOperation change => change.Target,
            ICompoundAssignmentOperation compound => compound.Target,
            ISimpleAssignmentOperation assignment => assignment.Target,
            _ => null,
        };
        return VariableOf(target) is ILocalSymbol local && WritesOf(local).Any(write => write.Operation == step && IsStep(write, local)) ? local : null;
    }
}

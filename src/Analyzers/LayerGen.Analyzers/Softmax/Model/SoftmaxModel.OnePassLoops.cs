using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Counted loops that run exactly once: <c>for (int k = t; k &lt; t + 1; k++)</c> (also <c>k &lt;= t</c>, the flipped
/// <c>t + 1 &gt; k</c>, <c>t &gt;= k</c>, and the <c>while</c> spelling) walk the one index <c>t</c>. Their counter is
/// no induction variable: it reads as its start wherever the loop holds it, so <c>sum += e[k]</c> folds the one element
/// <c>e[t]</c> (the slice of a one-class group, a one-wide column block) instead of the whole dimension <c>k</c> would
/// walk in a loop of many passes.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The one-pass loops stepping each local (<see cref="OnePassStart"/>), with the value the counter starts at.</summary>
    private readonly Dictionary<ILocalSymbol, List<(IOperation Loop, IOperation Start)>> _onePassCounters = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The start value <c>s</c> of <paramref name="loop"/> when it steps <paramref name="counter"/> by +1 from <c>s</c>
    /// while <c>counter &lt; s + 1</c> or <c>counter &lt;= s</c>, with nothing else writing the counter or what <c>s</c>
    /// reads inside the loop; null for any other loop.
    /// </summary>
    private IOperation? OnePassStart(ILocalSymbol counter, IOperation loop)
    {
        if (CountedLoopParts(loop) is not var (start, step, condition) || StartValue(start) is not ({ } variable, { } value)
            || !SymbolEqualityComparer.Default.Equals(variable, counter) || UnitStep(step, counter) != 1
            || Unwrap(condition) is not IBinaryOperation comparison || value.DescendantsAndSelf().Any(node => References(node, counter)))
        {
            return null;
        }

        var bound = comparison.OperatorKind switch
        {
            BinaryOperatorKind.LessThan when References(comparison.LeftOperand, counter) => PlusOne(comparison.RightOperand),
            BinaryOperatorKind.GreaterThan when References(comparison.RightOperand, counter) => PlusOne(comparison.LeftOperand),
            BinaryOperatorKind.LessThanOrEqual when References(comparison.LeftOperand, counter) => comparison.RightOperand,
            BinaryOperatorKind.GreaterThanOrEqual when References(comparison.RightOperand, counter) => comparison.LeftOperand,
            _ => null,
        };
        if (bound is null || !SameValue(bound, value))
        {
            return null;
        }

        // Only the start and the step write the counter, and nothing in the loop moves the start's variables.
        var body = (loop as ILoopOperation)?.Body ?? loop;
        var moved = value.DescendantsAndSelf().Select(VariableOf).Where(symbol => symbol is not null).ToList();
        if (WritesOf(counter).Any(write => Contains(body, write.Operation) && write.Operation != step && !Contains(step, write.Operation))
            || moved.Any(symbol => WritesOf(symbol!).Any(write => Contains(body, write.Operation))))
        {
            return null;
        }

        return value;

        static IOperation? PlusOne(IOperation operand) => Unwrap(operand) switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when IsConstant(sum.RightOperand, 1) => sum.LeftOperand,
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } sum when IsConstant(sum.LeftOperand, 1) => sum.RightOperand,
            _ => null,
        };
    }

    /// <summary>True (and recorded) when <paramref name="loop"/> steps <paramref name="counter"/> through one pass only.</summary>
    private bool RecordOnePassCounter(ILocalSymbol counter, IOperation loop)
    {
        if (OnePassStart(counter, loop) is not { } start)
        {
            return false;
        }

        if (!_onePassCounters.TryGetValue(counter, out var loops))
        {
            loops = new List<(IOperation, IOperation)>();
            _onePassCounters[counter] = loops;
        }

        loops.Add((loop, start));
        return true;
    }

    /// <summary>The start of the innermost one-pass loop stepping <paramref name="symbol"/> that holds <paramref name="read"/>, or null.</summary>
    private IOperation? OnePassValue(ISymbol? symbol, IOperation read)
    {
        if (symbol is not ILocalSymbol local || !_onePassCounters.TryGetValue(local, out var loops))
        {
            return null;
        }

        (IOperation Loop, IOperation Start)? best = null;
        foreach (var candidate in loops)
        {
            if (Contains(candidate.Loop, read) && !Contains(candidate.Start, read) && (best is null || Contains(best.Value.Loop, candidate.Loop)))
            {
                best = candidate;
            }
        }

        return best?.Start;
    }
}

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Chunks of one axis: <c>for (start = 0; start &lt; n; start += chunk)</c> around a unit-stride walk of the chunk that
/// stops at the end of the data (<c>i &lt; Math.Min(start + chunk, n)</c>, <c>i &lt; start + chunk &amp;&amp; i &lt; n</c>,
/// <c>j &lt; Math.Min(chunk, n - start)</c> read at <c>start + j</c>). A clamped last chunk means the chunk size does not
/// divide the axis, so the chunks are not rows of a second dimension: the loop stepping the chunk start walks the
/// same unit-stride axis as the walk inside the chunk (an online softmax over vocabulary chunks is one 1-D softmax).
/// So does a chunk loop over a strided axis: sorted queries in chunks, <c>i</c> from <c>start</c> to
/// <c>Min(start + chunk, n)</c> read at <c>i * width + k</c>, walk the query axis (stride <c>width</c>) in both loops.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The stride of the axis whose chunks <paramref name="loop"/>, stepping by <paramref name="stride"/> in
    /// <paramref name="index"/>, steps the start of: a walk of the same index inside it, at stride S, clamped to the end
    /// of the data, with chunks of c elements, so that the chunk loop steps by c·S (1 for a unit-stride walk; the row
    /// stride of sorted, chunked queries <c>i * width + k</c> with <c>i</c> from <c>start</c> to <c>Min(start + chunk, n)</c>).
    /// Null when the loop steps no such chunks.
    /// </summary>
    private Stride? ChunkedAxis(IOperation loop, Stride stride, LinearIndex index)
    {
        // A chunk walked backwards from Min(chunk, n - start) - 1 starts at a clamped, opaque offset: its step reads as "?".
        foreach (var term in index.Terms)
        {
            if (term.Key == loop || !Contains(loop, term.Key) || ClampedChunk(term.Key, loop) is not { } chunk)
            {
                continue;
            }

            var countDown = CountDownBound(term.Key) is not null;
            if ((term.Value.Equals(Stride.One) || countDown) && (chunk.Equals(stride) || (stride.Equals(Stride.Unknown) && countDown)))
            {
                return Stride.One;
            }

            // Chunks of a strided axis: the chunk loop steps c·S, the walk inside it S.
            if (!term.Value.Equals(Stride.One) && !term.Value.Equals(Stride.Unknown) && !chunk.Equals(Stride.Unknown) && chunk.Times(term.Value).Equals(stride))
            {
                return term.Value;
            }
        }

        return null;
    }

    /// <summary>The chunk size of a walk bounded by <c>Min(start + chunk, end)</c> (or its two-test spelling) where <c>start</c> moves with <paramref name="outer"/>; else null.</summary>
    private Stride? ClampedChunk(IOperation walk, IOperation outer)
    {
        var test = walk switch
        {
            IForLoopOperation forLoop => forLoop.Condition,
            IWhileLoopOperation { ConditionIsTop: true, ConditionIsUntil: false } whileLoop => whileLoop.Condition,
            _ => null,
        };
        // for (j = length - 1; j >= 0; j--) with length = Math.Min(chunk, n - start): the chunk walked backwards.
        if (CountDownBound(walk) is { } down)
        {
            return MinArguments(down) is var (low, high) ? ChunkFromZero(low, outer, high) ?? ChunkFromZero(high, outer, low) : null;
        }

        IOperation? counter, first, second;
        switch (Unwrap(test))
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both
                when UpperBound(both.LeftOperand) is var (leftCounter, leftBound) && UpperBound(both.RightOperand) is var (rightCounter, rightBound)
                    && VariableOf(leftCounter) is { } variable && References(rightCounter, variable):
                (counter, first, second) = (leftCounter, leftBound, rightBound);
                break;
            case var condition when UpperBound(condition) is var (bounded, bound) && MinArguments(bound) is var (a, b):
                (counter, first, second) = (bounded, a, b);
                break;
            default:
                return null;
        }

        if (VariableOf(counter) is not ILocalSymbol variableCounter || StartOf(variableCounter) is not { } start)
        {
            return null;
        }

        return ChunkOf(first, start, outer, second) ?? ChunkOf(second, start, outer, first);
    }

    /// <summary>
    /// The chunk <paramref name="bound"/> ends at: <c>chunk</c> of <c>start + chunk</c> with the walk starting at
    /// <c>start</c>, or of <c>chunk</c> itself with the walk starting at 0 and the other bound moving with the chunk loop.
    /// </summary>
    private Stride? ChunkOf(IOperation bound, IOperation start, IOperation outer, IOperation other)
    {
        bound = Unwrap(bound)!;
        if (bound is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && Linear(start).Terms.ContainsKey(outer))
        {
            var size = SameValue(add.LeftOperand, start) ? add.RightOperand : SameValue(add.RightOperand, start) ? add.LeftOperand : null;
            return size is not null && Linear(size) is { IsLoopFree: true, Constant: { } chunk } ? chunk : null;
        }

        // (p + 1) * size with the walk from p * size: the chunk is that size, whatever it is (a ceiling division reads as "?",
        // as does p's stride in the walk's index, so the two still match).
        if (NextChunkStart(bound, start) is { } nextSize && Linear(nextSize) is { IsLoopFree: true } chunkSize && Linear(start).Terms.ContainsKey(outer))
        {
            return chunkSize.Constant ?? Stride.Unknown;
        }

        return Unwrap(start)!.ConstantValue is { HasValue: true, Value: 0 } ? ChunkFromZero(bound, outer, other) : null;
    }

    /// <summary>
    /// The chunk size <c>c</c> when <paramref name="bound"/> is the start of the next chunk written as a product,
    /// <c>(p + 1) * c</c>, and the walk starts at <c>p * c</c> (either operand order; also through a local declared once,
    /// <c>int first = p * c</c>); else null.
    /// </summary>
    private IOperation? NextChunkStart(IOperation bound, IOperation start)
    {
        if (Unwrap(bound) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } next
            || ThroughCopies(start) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } first)
        {
            return null;
        }

        foreach (var (successor, size) in new[] { (next.LeftOperand, next.RightOperand), (next.RightOperand, next.LeftOperand) })
        {
            if (Unwrap(successor) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } plusOne
                && (IsOne(plusOne.RightOperand) ? plusOne.LeftOperand : IsOne(plusOne.LeftOperand) ? plusOne.RightOperand : null) is { } chunkIndex
                && ((SameValue(first.LeftOperand, chunkIndex) && SameValue(first.RightOperand, size))
                    || (SameValue(first.RightOperand, chunkIndex) && SameValue(first.LeftOperand, size))))
            {
                return size;
            }
        }

        return null;

        static bool IsOne(IOperation operand) => Unwrap(operand)!.ConstantValue is { HasValue: true, Value: 1 };
    }

    /// <summary><c>chunk</c> of a walk from 0 bounded by <c>Min(chunk, other)</c>, <paramref name="other"/> moving with the chunk loop.</summary>
    private Stride? ChunkFromZero(IOperation bound, IOperation outer, IOperation other) =>
        Linear(bound) is { IsLoopFree: true, Constant: { } chunk } && Linear(other).Terms.ContainsKey(outer) ? chunk : null;

    /// <summary>The one start value of a walk's counter (its write that is no step); null when there are several.</summary>
    private IOperation? StartOf(ILocalSymbol counter)
    {
        IOperation? start = null;
        foreach (var write in WritesOf(counter))
        {
            if (IsStep(write, counter))
            {
                continue;
            }

            if (start is not null || write.Value is null)
            {
                return null;
            }

            start = write.Value;
        }

        return start;
    }

    /// <summary><c>v &lt; bound</c> (or <c>bound &gt; v</c>): the counter and the bound.</summary>
    private static (IOperation Counter, IOperation Bound)? UpperBound(IOperation? test) => Unwrap(test) switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan } less => (less.LeftOperand, less.RightOperand),
        IBinaryOperation { OperatorKind: BinaryOperatorKind.GreaterThan } greater => (greater.RightOperand, greater.LeftOperand),
        _ => null,
    };

    /// <summary>The two arguments of <c>Math.Min(a, b)</c> (any static two-argument <c>Min</c>), also through a local assigned it once.</summary>
    private (IOperation First, IOperation Second)? MinArguments(IOperation bound)
    {
        var value = Unwrap(bound);
        if (VariableOf(value) is ILocalSymbol local && InductionLoop(local, value!) is null && WritesOf(local) is { Count: 1 } writes)
        {
            value = Unwrap(writes[0].Value);
        }

        return value is IInvocationOperation { TargetMethod: { Name: "Min", IsStatic: true }, Arguments.Length: 2 } min
            ? (min.Arguments[0].Value, min.Arguments[1].Value)
            : null;
    }
}

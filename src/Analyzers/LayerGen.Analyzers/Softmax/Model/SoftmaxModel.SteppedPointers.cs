using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Walking pointers across loop nests: <c>*src++</c> reads element "number of steps taken" of the buffer the pointer
/// started at. From the read outwards, each loop that holds writes of the pointer either restarts it before the read
/// (<c>p = px + r * cols</c>, <c>write = dst</c>: the walk starts there) or carries it on: then one iteration of that
/// loop moves it by its net advance (the steps after the iteration's last restore <c>p = rowStart</c> of a snapshot
/// <c>rowStart = p</c> taken first thing in the iteration, each step times the counts of the loops between), which is
/// that loop's stride. Only certain walks are answered: an unknown count, two different advances in one iteration or a
/// restart that is not the iteration's first value gives null.
/// </summary>
internal sealed partial class SoftmaxModel
{
    private const int MaxSteppedPointerDepth = 4;

    /// <summary>The start and the loops' offset of <paramref name="local"/> at <paramref name="read"/> when it walks across loops; null otherwise.</summary>
    private (IOperation Start, LinearIndex Offset)? SteppedPointer(ILocalSymbol local, IOperation read, int depth)
    {
        if (depth > MaxSteppedPointerDepth)
        {
            return null;
        }

        var writes = WritesOf(local);
        var offset = LinearIndex.Zero;
        IOperation current = read;
        IOperation? stepping = null;
        if (Induction(local, read) is { } induction)
        {
            // The innermost loop stepping the pointer: only its steps may write it in its body.
            if (writes.Any(write => !IsStep(write, local) && InLoopBody(induction.Loop, write.Operation)))
            {
                return null;
            }

            offset = LinearIndex.Loop(induction.Loop, induction.Step);
            stepping = induction.Loop;
            current = induction.Loop;
        }

        foreach (var outer in EnclosingLoops(current).ToList())
        {
            var inner = current;
            var inOuter = writes.Where(write => InLoopBody(outer, write.Operation)).ToList();
            if (inOuter.Count == 0)
            {
                continue;
            }

            // Restarts inside the inner walk were answered there (none, or restores of a carried loop).
            var restarts = inOuter.Where(write => !IsStep(write, local) && !InLoopBody(inner, write.Operation)).ToList();
            if (restarts.Any(write => BodyLoop(write.Operation) != outer))
            {
                // Re-assigned inside a nested loop other than the walk: its value after that loop is not one loop's.
                return null;
            }

            var entry = BodyStart(inner);
            var before = restarts.Where(write => write.Operation.Syntax.SpanStart < entry).OrderBy(write => write.Operation.Syntax.SpanStart).LastOrDefault();
            if (before is not null && !IsRestore(before, local, outer, inOuter))
            {
                return Started(local, before, offset, stepping, depth);
            }

            // Carried on by this loop: each iteration moves it by the steps after its last restore.
            var last = restarts.OrderBy(write => write.Operation.Syntax.SpanStart).LastOrDefault();
            if (last is not null && !IsRestore(last, local, outer, inOuter)
                || NetAdvance(local, outer, inOuter, inOuter.Where(write => IsStep(write, local) && (last is null || write.Operation.Syntax.SpanStart > last.Operation.Syntax.SpanStart))) is not { } advance)
            {
                return null;
            }

            offset = offset.Add(LinearIndex.Loop(outer, advance));
            current = outer;
        }

        // Outside every loop that writes it: the last start before the walk, itself outside loops (not a sibling loop's last value).
        var bodyStart = BodyStart(current);
        var start = writes.Where(write => !IsStep(write, local) && !InLoopBody(current, write.Operation) && write.Operation.Syntax.SpanStart < bodyStart)
            .OrderBy(write => write.Operation.Syntax.SpanStart).LastOrDefault();
        return start is null || BodyLoop(start.Operation) is not null ? null : Started(local, start, offset, stepping, depth);
    }

    /// <summary>The walk from the start <paramref name="start"/>: through a pointer local it started from (<c>write = dst</c>), that one's walk too.</summary>
    private (IOperation Start, LinearIndex Offset)? Started(ILocalSymbol local, VariableWrite start, LinearIndex offset, IOperation? stepping, int depth)
    {
        if (start.Value is not { } value || offset.IsLoopFree)
        {
            return null;
        }

        if (stepping is not null)
        {
            // for (q = p + n - 1; q >= p; q--) visits what for (q = p; q < p + n; q++) visits (also as q = …; while (q >= p) { …; q--; }).
            value = ReverseWalk(stepping, local, value)?.Origin ?? value;
        }

        if (Unwrap(value) is ILocalReferenceOperation { Local: { Type: IPointerTypeSymbol } from } && !SymbolEqualityComparer.Default.Equals(from, local)
            && SteppedPointer(from, value, depth + 1) is var (origin, walked))
        {
            return (origin, offset.Add(walked));
        }

        return (value, offset);
    }

    /// <summary>
    /// <c>p = rowStart</c> where <c>rowStart = p</c> is the first thing <paramref name="loop"/>'s iteration does with p:
    /// back to where the iteration began.
    /// </summary>
    private bool IsRestore(VariableWrite write, ILocalSymbol local, IOperation loop, IReadOnlyList<VariableWrite> considered) =>
        Unwrap(write.Value) is ILocalReferenceOperation { Local: var snapshot } && WritesOf(snapshot) is { Count: 1 } snapshots
        && References(snapshots[0].Value, local) && BodyLoop(snapshots[0].Operation) == loop
        && considered.All(other => other.Operation.Syntax.SpanStart > snapshots[0].Operation.Syntax.SpanStart);

    /// <summary>How far <paramref name="steps"/> move the pointer in one iteration of <paramref name="loop"/>: one step times the counts of the loops around it inside <paramref name="loop"/>.</summary>
    private Stride? NetAdvance(ILocalSymbol local, IOperation loop, IReadOnlyList<VariableWrite> inLoop, IEnumerable<VariableWrite> steps)
    {
        Stride? advance = null;
        foreach (var step in steps)
        {
            var moved = StepOf(step.Operation, local);
            foreach (var around in EnclosingLoops(step.Operation))
            {
                if (around == loop)
                {
                    break;
                }

                // A nested loop that restores the pointer too moves it by less than all its steps.
                if (ZeroBasedCount(around) is not { } count || inLoop.Any(write => !IsStep(write, local) && InLoopBody(around, write.Operation)))
                {
                    return null;
                }

                moved = moved.Times(count);
            }

            if (advance is not null || moved.Equals(Stride.Unknown))
            {
                // Two separate advances in one iteration: their sum is no single stride.
                return null;
            }

            advance = moved;
        }

        return advance;
    }

    /// <summary>The count n of <c>for (v = 0; v &lt; n; v++)</c> (or <c>n &gt; v</c>) as a stride; null for other loops.</summary>
    private Stride? ZeroBasedCount(IOperation loop) =>
        CountedLoopParts(loop) is var (start, step, condition) && StartValue(start) is ({ } variable, { } value)
        && Unwrap(value)!.ConstantValue is { HasValue: true, Value: 0 } && UnitStep(step, variable) == 1
        && UpperBound(condition) is var (counter, bound) && References(counter, variable)
            ? Linear(bound).Constant
            : null;

    /// <summary>True when <paramref name="operation"/> is inside the body of <paramref name="loop"/> (a lambda: anywhere in it), not its header.</summary>
    private static bool InLoopBody(IOperation loop, IOperation operation) =>
        Contains(loop is ILoopOperation { Body: { } body } ? body : loop, operation);

    /// <summary>Where the body of a loop begins (the position of any other operation).</summary>
    private static int BodyStart(IOperation operation) =>
        (operation is ILoopOperation { Body: { } body } ? body : operation).Syntax.SpanStart;

    /// <summary>The innermost loop whose body holds <paramref name="operation"/> (a loop's header belongs outside it).</summary>
    private IOperation? BodyLoop(IOperation operation) =>
        EnclosingLoops(operation).FirstOrDefault(loop => InLoopBody(loop, operation));
}

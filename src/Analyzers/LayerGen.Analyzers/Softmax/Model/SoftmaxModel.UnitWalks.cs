using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The range a unit-step loop walks, read in one place: counted up by one from a start under <c>v &lt; B</c> (or the
/// flipped <c>B &gt; v</c>, <see cref="UpperBound(IOperation?)"/>), or counted down by one from <c>B - 1</c> while
/// <c>v &gt;= 0</c> (<see cref="CountDownBound"/>); both walk below <c>B</c>, the second over all of [0, B). Spare slots
/// and walks past a pooled slot ask it, so a loop's direction or the side its counter is written on changes nothing.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The counter of <paramref name="loop"/>, its start (null when counted down to 0: the walk is [0, B)) and the
    /// exclusive bound B it stays below; null for any other loop.
    /// </summary>
    private static (ISymbol Counter, IOperation? From, IOperation Bound)? UnitWalk(IOperation loop)
    {
        if (CountedLoopParts(loop) is not var (start, step, test) || StartValue(start) is not ({ } counter, { } from))
        {
            return null;
        }

        return UnitStep(step, counter) switch
        {
            1 when UpperBound(test) is var (bounded, bound) && References(bounded, counter) => (counter, from, bound),
            -1 when CountDownBound(loop) is { } down => (counter, null, down),
            _ => null,
        };
    }

    /// <summary>True when <paramref name="walk"/> starts at 0: counted up from the constant 0, or down to it.</summary>
    private static bool FromZero((ISymbol Counter, IOperation? From, IOperation Bound) walk) => walk.From is null || IsConstant(walk.From, 0);
}

using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Floor-free starts of integral maxima. A running maximum's start is no finite floor (it is the same as −∞) when it is
/// at or below the least value of EVERY value the fold can assign to the accumulator: no folded element can lie under
/// it, so the maximum ends at the largest element whatever the data. The values a fold assigns are those of the folded
/// operands' own integral types, not the accumulator's: <c>int rowMax = sbyte.MinValue</c> folding <c>q[b, k]</c> of an
/// <c>sbyte[,]</c>, <c>int top = 0</c> over a <c>byte[]</c>, <c>int top = short.MinValue</c> over a <c>short[]</c>,
/// <c>rowMax[b] = sbyte.MinValue</c> in an <c>int[]</c> (the TFLite port's <c>int max_in_row = -128</c>) are sentinels. A
/// start above that least value (<c>int top = 1</c> over bytes, <c>int rowMax = -100</c> over sbytes) stays a finite floor,
/// and a fold of anything wider (<c>q[i] - zp</c> is an <c>int</c>, a float) leaves only the accumulator's own least value.
/// Floating accumulators are unchanged: their floor-free starts are the huge negative sentinels of <see cref="IsFiniteStart"/>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// True when <paramref name="start"/> is at or below the least value any maximum fold of <paramref name="accumulator"/>
    /// can assign (<see cref="LeastFoldedValue"/>): a sentinel, not a floor; or when every maximum fold of it is
    /// seeded by a flag (<see cref="IsFlagSeeded"/>), so no start is ever compared.
    /// </summary>
    private bool IsFloorFreeStart(ISymbol accumulator, object start) =>
        LeastFoldedValue(accumulator) is var least && !double.IsNaN(least) && IsAtOrBelow(start, least)
        // float m = 0f; … if (!haveMax || v > m) m = v;: the flag, not the start, seeds the maximum (SeedFlags.cs).
        || IsFlagSeeded(accumulator);

    /// <summary>
    /// The least value a maximum fold of <paramref name="accumulator"/> (an integral scalar or an array of them) can assign:
    /// the largest of the accumulator's own least value and the least of the folded operands' integral types (each read
    /// under its conversions and through a local declared once from it); the accumulator's own least value when some
    /// folded operand is not integral or it has no fold; NaN for a non-integral accumulator.
    /// </summary>
    /// <remarks>Asked per start of a maximum that shifts an exp: memoised per accumulator (cleared with the other memos).</remarks>
    private double LeastFoldedValue(ISymbol accumulator)
    {
        EnsureMemosCurrent();
        if (_leastFoldedValues.TryGetValue(accumulator, out var known))
        {
            return known;
        }

        var own = LeastIntegralValue(TypeOfVariable(accumulator));
        known = own;
        if (!double.IsNaN(own))
        {
            var least = double.PositiveInfinity;
            foreach (var write in WritesOf(accumulator))
            {
                if (Accumulation(accumulator, write.Operation, write.Value) is not { Kind: ReductionKind.Max } fold)
                {
                    continue;
                }

                var operand = LeastIntegralValue(Unwrap(ThroughCopies(fold.Value))?.Type);
                if (double.IsNaN(operand))
                {
                    least = own;
                    break;
                }

                least = System.Math.Min(least, operand);
            }

            // A value stored in the accumulator is of its type: never below its own least value.
            known = double.IsPositiveInfinity(least) ? own : System.Math.Max(least, own);
        }

        _leastFoldedValues[accumulator] = known;
        return known;
    }

    private readonly Dictionary<ISymbol, double> _leastFoldedValues = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// True when <paramref name="start"/> is at or below the least value of the integral <paramref name="type"/> (for an
    /// array, of its element type): used where no accumulator is known (a seed term's score).
    /// </summary>
    private static bool IsIntegralTypeMinimum(ITypeSymbol? type, object start) =>
        LeastIntegralValue(type) is var least && !double.IsNaN(least) && IsAtOrBelow(start, least);

    /// <summary>The least value of an integral type (of an array's element type); NaN for any other type.</summary>
    private static double LeastIntegralValue(ITypeSymbol? type) =>
        (type is IArrayTypeSymbol array ? array.ElementType : type)?.SpecialType switch
        {
            SpecialType.System_SByte => sbyte.MinValue,
            SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 => 0,
            SpecialType.System_Int16 => short.MinValue,
            SpecialType.System_Int32 => int.MinValue,
            SpecialType.System_Int64 => long.MinValue,
            _ => double.NaN,
        };

    private static bool IsAtOrBelow(object start, double least)
    {
        try
        {
            return System.Convert.ToDouble(start, System.Globalization.CultureInfo.InvariantCulture) <= least;
        }
        catch (System.Exception exception) when (exception is System.InvalidCastException or System.FormatException or System.OverflowException)
        {
            return false;
        }
    }
}

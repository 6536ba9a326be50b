// Source: generic-math sampling utilities in C# (.NET 7+ INumber code shared by float and double paths):
// softmax(x / T) written as exp((x − max) / T), valid for T > 0. Layout: ReadOnlySpan<T> in, Span<T> out (1-D per row).
// Correct: the raw max is subtracted before dividing by the temperature.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut5.GenericMathTemperatureShiftFirstNs;

public static class GenericMathTemperatureShiftFirst
{
    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> y, T temperature) where T : IFloatingPointIeee754<T>
    {
        if (!(temperature > T.Zero))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), "temperature must be positive");
        }
        T max = T.NegativeInfinity;
        foreach (T v in x) max = T.Max(max, v);
        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = T.Exp((x[i] - max) / temperature);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++) y[i] /= sum;
    }
}

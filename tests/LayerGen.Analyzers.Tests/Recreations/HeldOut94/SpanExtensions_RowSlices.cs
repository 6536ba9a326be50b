// Idiom: generic extension methods over `ReadOnlySpan<T>`/`Span<T>` (`PeakOf<T>`, `SoftmaxInto<T>`) constrained on
// `INumber<T>` and `IExponentialFunctions<T>`, called per row on `Slice` views.
// Use: row-wise probabilities of a logit matrix. Layout: flat row-major `T[]` of `rows · cols`.
// Correct: each extension call is given one row; the exp inside `SoftmaxInto` is shifted by that row's peak.
// Our own code.
using System;
using System.Numerics;

namespace HeldOut94.SpanExtensions_RowSlices;

public static class SpanMath
{
    public static T PeakOf<T>(this ReadOnlySpan<T> values)
        where T : INumber<T>
    {
        T peak = values[0];
        for (int i = 1; i < values.Length; i++)
        {
            peak = T.Max(peak, values[i]);
        }

        return peak;
    }

    public static void SoftmaxInto<T>(this ReadOnlySpan<T> values, Span<T> destination)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        T peak = values.PeakOf();
        T sum = T.Zero;
        for (int i = 0; i < values.Length; i++)
        {
            T e = T.Exp(values[i] - peak);
            destination[i] = e;
            sum += e;
        }

        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] /= sum;
        }
    }
}

public static class MatrixRows
{
    public static T[] Softmax<T>(T[] data, int cols)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        var result = new T[data.Length];
        int rows = data.Length / cols;
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<T> row = data.AsSpan(r * cols, cols);
            row.SoftmaxInto(result.AsSpan(r * cols, cols));
        }

        return result;
    }

    public static double[] SoftmaxDouble(double[] data, int cols) => Softmax(data, cols);
}

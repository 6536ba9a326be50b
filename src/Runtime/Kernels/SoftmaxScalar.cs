using System.Numerics;
using System.Runtime.CompilerServices;

namespace LayerGen;

/// <summary>
/// Scalar reference implementations of the softmax family, one row at a time.
/// Every vector path is tested against these, and the vector paths hand rows with infinite maxima to them.
/// </summary>
internal static class SoftmaxScalar
{
    /// <summary>The row maximum; NaN when the row holds a NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static T Max<T>(ReadOnlySpan<T> row)
        where T : IFloatingPointIeee754<T>
    {
        T max = T.NegativeInfinity;
        foreach (T v in row)
        {
            max = T.Max(max, v); // IEEE maximum: propagates NaN
        }

        return max;
    }

    /// <summary>How many entries of <paramref name="row"/> are +∞.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountPositiveInfinity<T>(ReadOnlySpan<T> row)
        where T : IFloatingPointIeee754<T>
    {
        int count = 0;
        foreach (T v in row)
        {
            if (T.IsPositiveInfinity(v))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>softmax(x) = exp(x − max) / Σ exp(x − max), with the infinite-row rules of <see cref="Softmax"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ForwardRow<T>(ReadOnlySpan<T> x, Span<T> y)
        where T : IFloatingPointIeee754<T>
    {
        T max = Max(x);
        if (T.IsInfinity(max))
        {
            InfiniteRow(x, y, max);
            return;
        }

        // The sum is accumulated in double: a sequential float sum over 1024+ entries drifts by more than 1e-6.
        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            T e = T.Exp(x[j] - max);
            y[j] = e;
            sum += double.CreateTruncating(e);
        }

        T scale = T.CreateTruncating(1.0 / sum);
        for (int j = 0; j < y.Length; j++)
        {
            y[j] *= scale;
        }
    }

    /// <summary>A row whose max is ±∞: all −∞ gives zeros; otherwise the +∞ entries share the mass equally.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void InfiniteRow<T>(ReadOnlySpan<T> x, Span<T> y, T max)
        where T : IFloatingPointIeee754<T>
    {
        if (T.IsNegativeInfinity(max))
        {
            y[..x.Length].Clear();
            return;
        }

        T share = T.One / T.CreateTruncating(CountPositiveInfinity(x));
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = T.IsPositiveInfinity(x[j]) ? share : T.Zero;
        }
    }

    /// <summary>log softmax(x) = (x − max) − log Σ exp(x − max), with the infinite-row rules of <see cref="LogSoftmax"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void LogForwardRow<T>(ReadOnlySpan<T> x, Span<T> y)
        where T : IFloatingPointIeee754<T>
    {
        T max = Max(x);
        if (T.IsInfinity(max))
        {
            LogInfiniteRow(x, y, max);
            return;
        }

        double sum = 0;
        for (int j = 0; j < x.Length; j++)
        {
            sum += double.CreateTruncating(T.Exp(x[j] - max));
        }

        T logSum = T.CreateTruncating(Math.Log(sum));
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = (x[j] - max) - logSum;
        }
    }

    /// <summary>Log of <see cref="InfiniteRow{T}"/>: −∞ everywhere, or −log k at the k entries that are +∞.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void LogInfiniteRow<T>(ReadOnlySpan<T> x, Span<T> y, T max)
        where T : IFloatingPointIeee754<T>
    {
        if (T.IsNegativeInfinity(max))
        {
            y[..x.Length].Fill(T.NegativeInfinity);
            return;
        }

        T logShare = -T.Log(T.CreateTruncating(CountPositiveInfinity(x)));
        for (int j = 0; j < x.Length; j++)
        {
            y[j] = T.IsPositiveInfinity(x[j]) ? logShare : T.NegativeInfinity;
        }
    }

    /// <summary>dx = y ⊙ (dy − ⟨y, dy⟩): the softmax vector-Jacobian product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void BackwardRow<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
        where T : IFloatingPointIeee754<T>
    {
        double sum = 0; // in double, as the forward sums
        for (int j = 0; j < y.Length; j++)
        {
            sum += double.CreateTruncating(y[j] * dy[j]);
        }

        T dot = T.CreateTruncating(sum);

        for (int j = 0; j < y.Length; j++)
        {
            dx[j] = y[j] * (dy[j] - dot);
        }
    }

    /// <summary>dx = dy − exp(y) Σ dy: the log-softmax vector-Jacobian product from the log-probabilities y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void LogBackwardRow<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx)
        where T : IFloatingPointIeee754<T>
    {
        double total = 0;
        for (int j = 0; j < y.Length; j++)
        {
            total += double.CreateTruncating(dy[j]);
        }

        T sum = T.CreateTruncating(total);
        for (int j = 0; j < y.Length; j++)
        {
            dx[j] = dy[j] - T.Exp(y[j]) * sum;
        }
    }
}

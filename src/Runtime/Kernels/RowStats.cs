using System.Numerics;

namespace LayerGen;

/// <summary>
/// The per-row quantities a fused softmax/log-softmax needs: the row max and <c>Σ exp(x − max)</c>, with the
/// rules for rows whose max is infinite (see <see cref="Softmax"/>). Computed once per row, then queried per entry.
/// </summary>
internal readonly struct RowStats<T>
    where T : IFloatingPointIeee754<T>
{
    private readonly T _max;
    private readonly T _logSum;
    private readonly T _inverseSum;
    private readonly T _infiniteShare; // 1/k for a row with k entries equal to +∞
    private readonly bool _hasPositiveInfinity;

    private RowStats(T max, T sum, bool hasPositiveInfinity, T infiniteShare)
    {
        _max = max;
        _logSum = T.Log(sum);
        _inverseSum = T.One / sum;
        _hasPositiveInfinity = hasPositiveInfinity;
        _infiniteShare = infiniteShare;
    }

    /// <summary>Stats of a row whose max and exp-sum are already known (finite max).</summary>
    public static RowStats<T> Finite(T max, T sum) => new(max, sum, false, T.Zero);

    /// <summary>Computes the stats of <paramref name="row"/> with scalar loops.</summary>
    public static RowStats<T> Of(ReadOnlySpan<T> row)
    {
        T max = SoftmaxScalar.Max(row);
        return OfInfinite(row, max) ?? Finite(max, ExpSum(row, max));
    }

    /// <summary>The stats of a row whose max is ±∞, or null when the max is finite (or NaN).</summary>
    public static RowStats<T>? OfInfinite(ReadOnlySpan<T> row, T max)
    {
        if (T.IsNegativeInfinity(max))
        {
            // All −∞: every probability is 0 and every log-probability −∞.
            return new RowStats<T>(max, T.Zero, false, T.Zero);
        }

        if (T.IsPositiveInfinity(max))
        {
            T share = T.One / T.CreateTruncating(SoftmaxScalar.CountPositiveInfinity(row));
            return new RowStats<T>(max, T.One, true, share);
        }

        return null;
    }

    private static T ExpSum(ReadOnlySpan<T> row, T max)
    {
        T sum = T.Zero;
        foreach (T v in row)
        {
            sum += T.Exp(v - max);
        }

        return sum;
    }

    /// <summary>softmax of the entry <paramref name="x"/> of this row.</summary>
    public T Probability(T x)
    {
        if (_hasPositiveInfinity)
        {
            return T.IsPositiveInfinity(x) ? _infiniteShare : T.Zero;
        }

        return T.IsNegativeInfinity(_max) ? T.Zero : T.Exp(x - _max) * _inverseSum;
    }

    /// <summary>log softmax of the entry <paramref name="x"/> of this row (−∞ for a zero probability, never NaN unless NaN came in).</summary>
    public T LogProbability(T x)
    {
        if (_hasPositiveInfinity)
        {
            return T.IsPositiveInfinity(x) ? T.Log(_infiniteShare) : T.NegativeInfinity;
        }

        return T.IsNegativeInfinity(_max) ? T.NegativeInfinity : (x - _max) - _logSum;
    }
}

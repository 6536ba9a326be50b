using System.Numerics;

namespace LayerGen;

/// <summary>
/// Loss and gradient of one row of softmax cross-entropy, for integer labels and for probability targets.
/// Terms whose coefficient is zero are skipped, so a −∞ logit with zero target weight adds 0 rather than 0·∞ = NaN.
/// </summary>
internal static class CrossEntropyRows
{
    /// <summary>
    /// The row loss <c>(1 − ε)·w_y·(−log p_y) + (ε / C)·Σ_c w_c·(−log p_c)</c>; when <paramref name="gradient"/> is not empty writes
    /// <c>scale·(p_j·((1 − ε)·w_y + (ε / C)·W) − (1 − ε)·w_y·[j = y] − (ε / C)·w_j)</c> with <c>W = Σ_c w_c</c>.
    /// </summary>
    public static T Label<T>(
        ReadOnlySpan<T> logits, RowStats<T> stats, int label, ReadOnlySpan<double> weights, T smoothing, T weightSum, Span<T> gradient, T scale)
        where T : IFloatingPointIeee754<T>
    {
        T cols = T.CreateTruncating(logits.Length);
        T labelWeight = weights.IsEmpty ? T.One : T.CreateTruncating(weights[label]);
        T onehotCoefficient = (T.One - smoothing) * labelWeight;
        T smoothCoefficient = smoothing / cols;

        T loss = onehotCoefficient == T.Zero ? T.Zero : -onehotCoefficient * stats.LogProbability(logits[label]);
        if (smoothCoefficient != T.Zero)
        {
            for (int c = 0; c < logits.Length; c++)
            {
                T coefficient = smoothCoefficient * (weights.IsEmpty ? T.One : T.CreateTruncating(weights[c]));
                if (coefficient != T.Zero)
                {
                    loss -= coefficient * stats.LogProbability(logits[c]);
                }
            }
        }

        if (!gradient.IsEmpty)
        {
            T total = onehotCoefficient + smoothCoefficient * weightSum;
            for (int j = 0; j < logits.Length; j++)
            {
                T w = weights.IsEmpty ? T.One : T.CreateTruncating(weights[j]);
                T g = stats.Probability(logits[j]) * total - smoothCoefficient * w;
                if (j == label)
                {
                    g -= onehotCoefficient;
                }

                gradient[j] = scale * g;
            }
        }

        return loss;
    }

    /// <summary>
    /// The row loss <c>−Σ_c w_c·t'_c·log p_c</c> with <c>t' = (1 − ε)·t + ε / C</c>; when <paramref name="gradient"/> is not empty writes
    /// <c>scale·(p_j·Σ_c w_c·t'_c − w_j·t'_j)</c>.
    /// </summary>
    public static T Target<T>(
        ReadOnlySpan<T> logits, RowStats<T> stats, ReadOnlySpan<T> targets, ReadOnlySpan<double> weights, T smoothing, Span<T> gradient, T scale)
        where T : IFloatingPointIeee754<T>
    {
        T smoothShare = smoothing / T.CreateTruncating(logits.Length);
        T loss = T.Zero;
        T targetMass = T.Zero;
        for (int c = 0; c < logits.Length; c++)
        {
            T coefficient = Smoothed(targets[c], smoothing, smoothShare) * (weights.IsEmpty ? T.One : T.CreateTruncating(weights[c]));
            if (coefficient != T.Zero)
            {
                loss -= coefficient * stats.LogProbability(logits[c]);
                targetMass += coefficient;
            }
        }

        if (!gradient.IsEmpty)
        {
            for (int j = 0; j < logits.Length; j++)
            {
                T coefficient = Smoothed(targets[j], smoothing, smoothShare) * (weights.IsEmpty ? T.One : T.CreateTruncating(weights[j]));
                gradient[j] = scale * (stats.Probability(logits[j]) * targetMass - coefficient);
            }
        }

        return loss;
    }

    private static T Smoothed<T>(T target, T smoothing, T smoothShare)
        where T : IFloatingPointIeee754<T> =>
        smoothing == T.Zero ? target : (T.One - smoothing) * target + smoothShare;
}

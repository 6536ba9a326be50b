// Correct: a softmax over the logits plus one background/null option whose score seeds the running maximum, with
// every exponent scaled by the same temperature — Soft Rasterizer's aggregation w_j ∝ exp((z_j − zMax) / γ) with the
// background exp((ε − zMax) / γ) (Liu et al. 2019, ShichenLiu/SoftRas), and null-option softmaxes at a temperature.
// The maximum covers the background's score, so every exponent is ≤ 0 for γ > 0 and one of them is 0. An unscaled
// null option whose fixed score differs from the constant seed (seed 0, option −2) is a term too: at best = 0 it is
// exp(−2), so the sum never underflows to 0.
// Layouts: jagged float[][] with a multiplied inverse temperature `(eps - m) * invGamma`; double[,] with the
// background seed from a field and `beta * (bg - m)`; ReadOnlySpan<float> with a const seed and a scaled dummy;
// List<float[]> with seed 0 and an unscaled dummy at −2.
using System;
using System.Collections.Generic;

namespace Recreations.SeededScaledMaximumBackgroundTerm;

public sealed class BackgroundTerm
{
    private readonly double _background = -1.5;

    public static void JaggedInverseTemperature(float[][] depth, float eps, float invGamma, float[][] weights)
    {
        for (int p = 0; p < depth.Length; p++)
        {
            float m = eps;
            foreach (float z in depth[p])
                m = MathF.Max(m, z);

            float background = MathF.Exp((eps - m) * invGamma);
            float total = background;
            for (int f = 0; f < depth[p].Length; f++)
            {
                weights[p][f] = MathF.Exp((depth[p][f] - m) * invGamma);
                total += weights[p][f];
            }

            for (int f = 0; f < depth[p].Length; f++)
                weights[p][f] /= total;
            weights[p][depth[p].Length] = background / total;
        }
    }

    public void MatrixFieldSeed(double[,] scores, double beta, double[,] probabilities)
    {
        int rows = scores.GetLength(0);
        int cols = scores.GetLength(1);
        for (int i = 0; i < rows; i++)
        {
            double top = _background;
            for (int j = 0; j < cols; j++)
                if (scores[i, j] > top) top = scores[i, j];

            double sum = Math.Exp(beta * (_background - top));
            for (int j = 0; j < cols; j++)
            {
                probabilities[i, j] = Math.Exp(beta * (scores[i, j] - top));
                sum += probabilities[i, j];
            }

            for (int j = 0; j < cols; j++)
                probabilities[i, j] /= sum;
        }
    }

    private const float NullScore = 0f;

    public static float SpanConstSeedScaled(ReadOnlySpan<float> logits, float temperature, Span<float> probabilities)
    {
        float best = NullScore;
        for (int k = 0; k < logits.Length; k++)
            best = MathF.Max(best, logits[k]);

        float none = MathF.Exp((NullScore - best) / temperature);
        float z = none;
        for (int k = 0; k < logits.Length; k++)
        {
            probabilities[k] = MathF.Exp((logits[k] - best) / temperature);
            z += probabilities[k];
        }

        for (int k = 0; k < logits.Length; k++)
            probabilities[k] /= z;
        return none / z;
    }

    public static void ListDummyBelowSeed(List<float[]> rows, List<float[]> probabilities)
    {
        for (int i = 0; i < rows.Count; i++)
        {
            float best = 0f;
            foreach (float v in rows[i])
                if (v > best) best = v;

            float z = MathF.Exp(-2f - best);
            for (int k = 0; k < rows[i].Length; k++)
            {
                probabilities[i][k] = MathF.Exp(rows[i][k] - best);
                z += probabilities[i][k];
            }

            for (int k = 0; k < rows[i].Length; k++)
                probabilities[i][k] /= z;
        }
    }
}

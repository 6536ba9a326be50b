// Variants (our own code) of HeldOut6/EvolutionStrategyFitnessWeights.cs (evolution-strategy fitness shaping,
// temperature sampling, scaled attention): the subtracted shift is the raw maximum scaled by the very factor that
// scales the logits, kept in a local (best = x.Max() / t, m * invT, scale * m, a positive constant). Scaling by a
// positive factor is monotone, so max(x / t) = max(x) / t and every exponent is <= 0.
// Layouts: double[] with LINQ Select-with-index, float[] loops, float[,] rows, Span<float> rows of a flat buffer. Correct.
using System;
using System.Linq;

namespace Recreations.ScaledShift_SameFactor;

public static class ScaledShift
{
    public static double[] FitnessWeightsMultiplied(double[] fitness, double temperature)
    {
        double inverse = 1.0 / temperature;
        double best = fitness.Max() * inverse;
        double[] weights = fitness.Select((f, i) => Math.Exp(fitness[i] * inverse - best)).ToArray();
        double total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }

    public static void TemperatureLoop(float[] logits, float[] p, float temperature)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
            if (logits[i] > max)
                max = logits[i];
        float shift = max / temperature;
        float sum = 0f;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = MathF.Exp(logits[i] / temperature - shift);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
    }

    public static void HalvedRows(float[,] x, float[,] y)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            float m = float.MinValue;
            for (int c = 0; c < x.GetLength(1); c++)
                m = MathF.Max(m, x[r, c]);
            float shift = m * 0.5f;
            float s = 0f;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = MathF.Exp(x[r, c] * 0.5f - shift);
                s += y[r, c];
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] /= s;
        }
    }

    public static void ScaleFirstSpanRows(float[] scores, float[] weights, int rows, int cols, int headDim)
    {
        float scale = 1f / MathF.Sqrt(headDim);
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = scores.AsSpan(r * cols, cols);
            Span<float> output = weights.AsSpan(r * cols, cols);
            float m = float.NegativeInfinity;
            foreach (float v in row)
                m = MathF.Max(m, v);
            float shifted = scale * m;
            float total = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                output[k] = MathF.Exp(scale * row[k] - shifted);
                total += output[k];
            }

            for (int k = 0; k < output.Length; k++)
                output[k] /= total;
        }
    }
}

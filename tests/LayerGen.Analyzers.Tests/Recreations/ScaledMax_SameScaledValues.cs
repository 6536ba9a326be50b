// Variants (our own code) of HeldOut4/TopPSamplerTemperatureSpan.cs and CausalAttentionScaledPrefix.cs, in the shapes of
// LLM samplers with temperature and scaled dot-product attention: the max is taken over the scaled logits (through a
// local, a scratch buffer, a ternary), or the raw max is scaled by the same positive factor, or the shift comes first.
// Every exp subtracts the max of the very values it exponentiates (x·s − max(x·s) ≤ 0 for any sign of s; for a raw
// max scaled by the same factor, s is a temperature or 1/√d and positive, see docs/rules/LG0003.md).
// Layouts: float[] and double[] 1-D, float[,] batched rows, Span<float> rows of a flat buffer. Correct.
using System;

namespace Recreations.ScaledMax_SameScaledValues;

public static class ScaledSoftmax
{
    public static void TemperatureDivideLocal(double[] logits, double[] p, double temperature)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
        {
            double t = logits[i] / temperature;
            max = t > max ? t : max;
        }

        double sum = 0.0;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = Math.Exp(logits[i] / temperature - max);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
    }

    public static void RawMaxScaledBySameFactor(float[] x, float[] y, float temperature)
    {
        float max = float.NegativeInfinity;
        foreach (float v in x)
            max = MathF.Max(max, v);
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] / temperature - max / temperature);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
            y[i] /= sum;
    }

    public static void RawMaxMultipliedBySameScale(float[] x, float[] y, float scale)
    {
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
            if (x[i] > max)
                max = x[i];
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] * scale - max * scale);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
            y[i] /= sum;
    }

    public static void ScaledScratchBuffer(float[] x, float[] y, float temperature)
    {
        float invT = 1f / temperature;
        var scaled = new float[x.Length];
        for (int i = 0; i < x.Length; i++)
            scaled[i] = x[i] * invT;
        float max = float.NegativeInfinity;
        for (int i = 0; i < scaled.Length; i++)
            max = MathF.Max(max, scaled[i]);
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] * invT - max);
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
            y[i] /= sum;
    }

    public static void AttentionRows(float[,] scores, float[,] weights, int headDim)
    {
        int rows = scores.GetLength(0);
        int cols = scores.GetLength(1);
        for (int r = 0; r < rows; r++)
        {
            float scale = 1f / MathF.Sqrt(headDim);
            float m = float.MinValue;
            for (int c = 0; c < cols; c++)
            {
                float s = scale * scores[r, c];
                if (m < s)
                    m = s;
            }

            float total = 0f;
            for (int c = 0; c < cols; c++)
            {
                weights[r, c] = MathF.Exp(scale * scores[r, c] - m);
                total += weights[r, c];
            }

            for (int c = 0; c < cols; c++)
                weights[r, c] /= total;
        }
    }

    public static void SpanRowsWithTemperature(float[] logits, float[] probs, int rows, int vocab, float temperature)
    {
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = logits.AsSpan(r * vocab, vocab);
            Span<float> output = probs.AsSpan(r * vocab, vocab);
            float m = float.NegativeInfinity;
            for (int k = 0; k < row.Length; k++)
            {
                float z = row[k] / temperature;
                m = MathF.Max(m, z);
            }

            float s = 0f;
            for (int k = 0; k < row.Length; k++)
            {
                output[k] = MathF.Exp(row[k] / temperature - m);
                s += output[k];
            }

            for (int k = 0; k < output.Length; k++)
                output[k] /= s;
        }
    }
}

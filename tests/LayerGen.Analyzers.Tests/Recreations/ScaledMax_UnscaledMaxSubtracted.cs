// Variants (our own code) of HeldOut4/TopPSamplerTemperatureSpan.cs, the buggy twins of ScaledMax_SameScaledValues.cs:
// the logits are scaled (temperature, attention scale) but the subtracted max is of a different value — the raw
// logits, or the scaled ones subtracted from raw logits. For a temperature below 1 (or a scale above 1) the exponent
// is positive and grows with the logits: x/T − max(x) = 1000 for x = 1000, T = 0.5 (inf in float and double).
// Layouts: float[] 1-D, double[,] batched rows. Bug in every method: LG0003.
using System;

namespace Recreations.ScaledMax_UnscaledMaxSubtracted;

public static class ScaledSoftmax
{
    public static void RawMaxOfScaledLogits(float[] x, float[] y, float temperature)
    {
        float invT = 1f / temperature;
        float max = float.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
            max = MathF.Max(max, x[i]);
        float sum = 0f;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = MathF.Exp(x[i] * invT - max); //~ LG0003
            sum += y[i];
        }

        for (int i = 0; i < y.Length; i++)
            y[i] /= sum;
    }

    public static void BatchedRowsRawMax(double[,] x, double[,] y, double temperature)
    {
        for (int r = 0; r < x.GetLength(0); r++)
        {
            double m = double.NegativeInfinity;
            for (int c = 0; c < x.GetLength(1); c++)
                m = Math.Max(m, x[r, c]);
            double s = 0.0;
            for (int c = 0; c < x.GetLength(1); c++)
            {
                y[r, c] = Math.Exp(x[r, c] / temperature - m); //~ LG0003
                s += y[r, c];
            }

            for (int c = 0; c < x.GetLength(1); c++)
                y[r, c] /= s;
        }
    }
}

// Correct twins of CsrPositions_WholeListFolds: the same CSR groups over jagged feature rows, a long-format double[,]
// table and flat scores, with the maximum and the sum of each group folded and applied within that group (the flat
// buffers are still created with the candidate count and walked whole to fill or copy them, which normalises nothing).
// Source: MaxEnt Harmonic Grammar (Hayes & Wilson 2008), ListNet query groups, conditional-logit choice sets.
// Layouts: jagged float[][]; double[,] with the utility in column 0; flat float[] from a double[,].
using System;

namespace Recreations.CsrPositionsPerGroupFolds;

public static class PerGroupFolds
{
    public static float[] GroupDotProducts(float[][] features, float[] w, int[] groupStart)
    {
        int count = features.Length;
        var probabilities = new float[count];
        for (int g = 0; g + 1 < groupStart.Length; g++)
        {
            float top = float.NegativeInfinity;
            for (int c = groupStart[g]; c < groupStart[g + 1]; c++)
            {
                float s = 0f;
                for (int k = 0; k < w.Length; k++)
                    s += w[k] * features[c][k];
                probabilities[c] = s;
                top = MathF.Max(top, s);
            }

            float total = 0f;
            for (int c = groupStart[g]; c < groupStart[g + 1]; c++)
            {
                probabilities[c] = MathF.Exp(probabilities[c] - top);
                total += probabilities[c];
            }

            for (int c = groupStart[g]; c < groupStart[g + 1]; c++)
                probabilities[c] /= total;
        }

        return probabilities;
    }

    public static double[] LongFormatChoiceSets(double[,] table, int[] setStart)
    {
        int rows = table.GetLength(0);
        var share = new double[rows];
        for (int s = 0; s + 1 < setStart.Length; s++)
        {
            double best = double.NegativeInfinity;
            for (int r = setStart[s]; r < setStart[s + 1]; r++)
                best = Math.Max(best, table[r, 0]);
            double z = 0.0;
            for (int r = setStart[s]; r < setStart[s + 1]; r++)
            {
                share[r] = Math.Exp(table[r, 0] - best);
                z += share[r];
            }

            for (int r = setStart[s]; r < setStart[s + 1]; r++)
                share[r] /= z;
        }

        var copy = new double[rows];
        for (int r = 0; r < rows; r++)
            copy[r] = share[r];
        return copy;
    }

    public static float[] FlatScoresGroupShift(double[,] features, int[] groupStart, float temperature)
    {
        int n = features.GetLength(0);
        var scores = new float[n];
        for (int c = 0; c < n; c++)
            scores[c] = (float)(features[c, 0] - features[c, 1]) / temperature;

        var p = new float[n];
        for (int g = 0; g + 1 < groupStart.Length; g++)
        {
            float peak = float.NegativeInfinity;
            for (int c = groupStart[g]; c < groupStart[g + 1]; c++)
                peak = MathF.Max(peak, scores[c]);
            float z = 0f;
            for (int c = groupStart[g]; c < groupStart[g + 1]; c++)
            {
                p[c] = MathF.Exp(scores[c] - peak);
                z += p[c];
            }

            for (int c = groupStart[g]; c < groupStart[g + 1]; c++)
                p[c] /= z;
        }

        return p;
    }
}

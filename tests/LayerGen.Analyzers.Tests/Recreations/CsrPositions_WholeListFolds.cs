// Bug variants: candidates grouped into CSR segments (groupStart[g] .. groupStart[g + 1]) over the rows of a 2-D
// table or a jagged array, a softmax meant per group, with the normaliser (or the shift) folded over every candidate
// of every group through a flat buffer created with the candidate count. Each group is shifted by its own extreme, but
// one sum over all groups makes every group's probabilities sum to its share of the total (LG0002); one max over all
// groups underflows every group far below the top one to 0/0 (LG0001).
// Source: MaxEnt Harmonic Grammar tableaux (Hayes & Wilson 2008), ListNet/ListMLE query groups with per-document
// feature rows (Cao et al. 2007; LightGBM/XGBoost `group` arrays), conditional-logit choice sets in discrete-choice
// code (McFadden 1974; Biogeme/Apollo long-format data).
// Layouts: jagged float[][] feature rows with a weight vector; double[,] long-format table with the utility in column
// 0; flat float[] scores computed from a double[,] of features.
using System;

namespace Recreations.CsrPositionsWholeListFolds;

public static class WholeListFolds
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

            for (int c = groupStart[g]; c < groupStart[g + 1]; c++)
                probabilities[c] = MathF.Exp(probabilities[c] - top);
        }

        float total = 0f;
        for (int c = 0; c < count; c++)
            total += probabilities[c]; //~ LG0002
        for (int c = 0; c < count; c++)
            probabilities[c] /= total;
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
            for (int r = setStart[s]; r < setStart[s + 1]; r++)
                share[r] = Math.Exp(table[r, 0] - best);
        }

        double z = 0.0;
        for (int r = 0; r < rows; r++)
            z += share[r]; //~ LG0002
        for (int r = 0; r < rows; r++)
            share[r] /= z;
        return share;
    }

    public static float[] FlatScoresOneShift(double[,] features, int[] groupStart, float temperature)
    {
        int n = features.GetLength(0);
        var scores = new float[n];
        for (int c = 0; c < n; c++)
            scores[c] = (float)(features[c, 0] - features[c, 1]) / temperature;

        float peak = float.NegativeInfinity;
        for (int c = 0; c < n; c++)
            peak = MathF.Max(peak, scores[c]); //~ LG0001

        var p = new float[n];
        for (int g = 0; g + 1 < groupStart.Length; g++)
        {
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

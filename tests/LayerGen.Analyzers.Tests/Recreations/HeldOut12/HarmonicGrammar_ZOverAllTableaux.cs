// Source: Maximum-entropy Harmonic Grammar (Goldwater & Johnson 2003; Hayes & Wilson 2008): P(candidate | input)
// ∝ exp(−H) within each input's tableau. Layout: double[candidates, constraints], CSR tableaux; the normaliser is
// accumulated in one flat pass over every candidate after the per-tableau exps.
// Bug: LG0002 — Z sums the candidates of every tableau, not one input's.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class HarmonicGrammar_ZOverAllTableaux
{
    public static double[] CandidateProbabilities(double[,] violations, double[] weights, int[] tableauStart)
    {
        int candidates = violations.GetLength(0), constraints = violations.GetLength(1);
        var p = new double[candidates];
        for (int t = 0; t + 1 < tableauStart.Length; t++)
        {
            double lowest = double.PositiveInfinity;
            for (int c = tableauStart[t]; c < tableauStart[t + 1]; c++)
            {
                double h = 0.0;
                for (int k = 0; k < constraints; k++)
                {
                    h += weights[k] * violations[c, k];
                }

                p[c] = h;
                lowest = Math.Min(lowest, h);
            }

            for (int c = tableauStart[t]; c < tableauStart[t + 1]; c++)
            {
                p[c] = Math.Exp(lowest - p[c]);
            }
        }

        double z = 0.0;
        for (int c = 0; c < candidates; c++)
        {
            z += p[c]; //~ LG0002
        }

        for (int c = 0; c < candidates; c++)
        {
            p[c] /= z;
        }

        return p;
    }
}

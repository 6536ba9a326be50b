// Source: Maximum-entropy Harmonic Grammar (Goldwater & Johnson 2003; Hayes & Wilson 2008; the MaxEnt Grammar Tool):
// P(candidate | input) ∝ exp(−H), H = Σ_k w_k · violations_k, normalised within each input's tableau.
// Layout: double[candidates, constraints] violation profiles, tableaux as CSR ranges (`tableauStart`); the shift is
// the tableau's *lowest* harmony (the most probable candidate), kept in a per-tableau array.
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class HarmonicGrammar_MaxEntTableaux
{
    public static double[] CandidateProbabilities(double[,] violations, double[] weights, int[] tableauStart)
    {
        int candidates = violations.GetLength(0), constraints = violations.GetLength(1);
        var harmony = new double[candidates];
        for (int c = 0; c < candidates; c++)
        {
            for (int k = 0; k < constraints; k++)
            {
                harmony[c] += weights[k] * violations[c, k];
            }
        }

        int tableaux = tableauStart.Length - 1;
        var best = new double[tableaux];
        for (int t = 0; t < tableaux; t++)
        {
            best[t] = double.PositiveInfinity;
            for (int c = tableauStart[t]; c < tableauStart[t + 1]; c++)
            {
                best[t] = Math.Min(best[t], harmony[c]);
            }
        }

        var p = new double[candidates];
        for (int t = 0; t < tableaux; t++)
        {
            double z = 0.0;
            for (int c = tableauStart[t]; c < tableauStart[t + 1]; c++)
            {
                p[c] = Math.Exp(best[t] - harmony[c]);
                z += p[c];
            }

            for (int c = tableauStart[t]; c < tableauStart[t + 1]; c++)
            {
                p[c] /= z;
            }
        }

        return p;
    }
}

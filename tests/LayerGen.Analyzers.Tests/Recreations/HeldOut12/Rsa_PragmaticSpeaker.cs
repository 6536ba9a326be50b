// Source: Rational Speech Acts model (Frank & Goodman 2012; Goodman & Frank 2016; probmods "RSA" chapter):
// pragmatic speaker S1(u | w) ∝ exp(α · (informativity(w, u) − cost(u))), then the listener L1(w | u) ∝ S1 · P(w).
// Layout: jagged double[worlds][utterances]; the listener normalises the speaker table over worlds (no exp).
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut12;

public static class Rsa_PragmaticSpeaker
{
    public static double[][] Speaker(double[][] informativity, double[] cost, double alpha, double[] worldPrior, out double[][] listener)
    {
        int worlds = informativity.Length, utterances = cost.Length;
        var speaker = new double[worlds][];
        for (int w = 0; w < worlds; w++)
        {
            double[] row = new double[utterances];
            double best = double.NegativeInfinity;
            for (int u = 0; u < utterances; u++)
            {
                row[u] = alpha * (informativity[w][u] - cost[u]);
                best = Math.Max(best, row[u]);
            }

            double z = 0.0;
            for (int u = 0; u < utterances; u++)
            {
                row[u] = Math.Exp(row[u] - best);
                z += row[u];
            }

            for (int u = 0; u < utterances; u++)
            {
                row[u] /= z;
            }

            speaker[w] = row;
        }

        listener = new double[utterances][];
        for (int u = 0; u < utterances; u++)
        {
            listener[u] = new double[worlds];
            double evidence = 0.0;
            for (int w = 0; w < worlds; w++)
            {
                listener[u][w] = speaker[w][u] * worldPrior[w];
                evidence += listener[u][w];
            }

            for (int w = 0; w < worlds; w++)
            {
                listener[u][w] = evidence > 0.0 ? listener[u][w] / evidence : 0.0;
            }
        }

        return speaker;
    }
}

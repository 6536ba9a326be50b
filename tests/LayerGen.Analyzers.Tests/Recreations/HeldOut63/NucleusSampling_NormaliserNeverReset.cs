// HeldOut63 / NucleusSampling_NormaliserNeverReset
// Idiom: nucleus (top-p) sampling over a batch: per-sequence maximum, but the partition `z` is declared above the
// sequence loop and never reset, so sequence b is divided by the exp-sums of sequences 0..b; then the top-p walk and
// renormalisation per sequence (own code).
// Layout: double[batch, vocab], row-major; Math.Max fold; Math.Exp; index sort per row with Array.Sort on keys.
// Label: LG0002 (the normaliser sums more than one sequence).
using System;

namespace HeldOut63.NucleusSampling_NormaliserNeverReset;

public static class BatchNucleusSampler
{
    public static double[,] NucleusDistributions(double[,] logits, double topP)
    {
        int batch = logits.GetLength(0);
        int vocab = logits.GetLength(1);
        var probs = new double[batch, vocab];
        double z = 0.0;
        for (int b = 0; b < batch; b++)
        {
            double peak = double.NegativeInfinity;
            for (int v = 0; v < vocab; v++)
            {
                peak = Math.Max(peak, logits[b, v]);
            }

            for (int v = 0; v < vocab; v++)
            {
                probs[b, v] = Math.Exp(logits[b, v] - peak);
                z += probs[b, v]; //~ LG0002
            }

            for (int v = 0; v < vocab; v++)
            {
                probs[b, v] /= z;
            }
        }

        var nucleus = new double[batch, vocab];
        for (int b = 0; b < batch; b++)
        {
            var keys = new double[vocab];
            var tokens = new int[vocab];
            for (int v = 0; v < vocab; v++)
            {
                keys[v] = -probs[b, v];
                tokens[v] = v;
            }

            Array.Sort(keys, tokens);
            double mass = 0.0;
            int kept = 0;
            while (kept < vocab && mass < topP)
            {
                mass += probs[b, tokens[kept]];
                kept++;
            }

            for (int j = 0; j < kept; j++)
            {
                nucleus[b, tokens[j]] = probs[b, tokens[j]] / mass;
            }
        }

        return nucleus;
    }
}

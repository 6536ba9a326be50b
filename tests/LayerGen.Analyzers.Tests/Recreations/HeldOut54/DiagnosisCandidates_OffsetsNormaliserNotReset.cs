// Idiom: multinomial diagnosis model over ragged candidate lists stored flat, CSR style: the candidates of encounter e
// are `scores[offsets[e] .. offsets[e + 1]]`. Use: batch scoring of a day's encounters for the coding queue.
// Layout: flat double[] + int[] offsets table; per-encounter `Math.Max`, exp, divide.
// Bug (LG0002): `norm` is declared above the encounter loop and never reset, so every encounter after the first is
// divided by the running total of all encounters so far.
using System;

namespace HeldOut54.DiagnosisCandidates_OffsetsNormaliserNotReset;

public static class FlatDiagnosisPosterior
{
    public static double[] PerEncounter(double[] scores, int[] offsets)
    {
        var probs = new double[scores.Length];
        double norm = 0.0;
        for (int e = 0; e + 1 < offsets.Length; e++)
        {
            int start = offsets[e];
            int end = offsets[e + 1];
            double peak = double.NegativeInfinity;
            for (int i = start; i < end; i++)
            {
                peak = Math.Max(peak, scores[i]);
            }

            for (int i = start; i < end; i++)
            {
                probs[i] = Math.Exp(scores[i] - peak);
                norm += probs[i]; //~ LG0002
            }

            for (int i = start; i < end; i++)
            {
                probs[i] /= norm;
            }
        }

        return probs;
    }
}

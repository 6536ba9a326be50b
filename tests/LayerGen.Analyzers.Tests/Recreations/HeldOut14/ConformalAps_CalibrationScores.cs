// Source: adaptive prediction sets, calibration conformity scores (Romano, Sesia & Candes 2020; aangelopoulos
// conformal_classification `get_aps_scores`, non-randomised): softmax per example, classes sorted by probability,
// score = mass up to and including the true label.
// Layout: double[examples, classes] logits, per-example peaks filled into an array in a first pass, probabilities
// written to a second double[,]; scores returned as double[].
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class ConformalAps_CalibrationScores
{
    public static double[] Scores(double[,] logits, int[] labels, double[,] probs)
    {
        int n = logits.GetLength(0);
        int k = logits.GetLength(1);
        var rowMax = new double[n];
        for (int i = 0; i < n; i++)
        {
            rowMax[i] = double.NegativeInfinity;
            for (int c = 0; c < k; c++)
                rowMax[i] = Math.Max(rowMax[i], logits[i, c]);
        }

        var scores = new double[n];
        var order = new int[k];
        var keys = new double[k];
        for (int i = 0; i < n; i++)
        {
            double z = 0;
            for (int c = 0; c < k; c++)
            {
                probs[i, c] = Math.Exp(logits[i, c] - rowMax[i]);
                z += probs[i, c];
            }
            for (int c = 0; c < k; c++)
            {
                probs[i, c] /= z;
                order[c] = c;
                keys[c] = -probs[i, c];
            }
            Array.Sort(keys, order);
            double cumulative = 0;
            foreach (int c in order)
            {
                cumulative += probs[i, c];
                if (c == labels[i]) break;
            }
            scores[i] = cumulative;
        }
        return scores;
    }
}

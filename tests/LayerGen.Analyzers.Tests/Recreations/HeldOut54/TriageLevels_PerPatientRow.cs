// Idiom: emergency-department triage model, five-level (ESI-style) triage probabilities per waiting patient from a
// linear score table. Use: the ED board service re-scores every waiting patient each minute.
// Layout: double[patients, levels], row-major (row = patient); per-row `if` max, Math.Exp, per-row sum and divide.
// Inspired by: the softmax-output triage predictors found with the code search (e.g. a PyTorch "patient priority
// scoring" triage net); our own code.
// Correct.
using System;

namespace HeldOut54.TriageLevels_PerPatientRow;

public static class TriageModel
{
    public static double[,] LevelProbabilities(double[,] scores)
    {
        int patients = scores.GetLength(0);
        int levels = scores.GetLength(1);
        var probabilities = new double[patients, levels];
        for (int p = 0; p < patients; p++)
        {
            double top = scores[p, 0];
            for (int l = 1; l < levels; l++)
            {
                if (scores[p, l] > top) top = scores[p, l];
            }

            double total = 0.0;
            for (int l = 0; l < levels; l++)
            {
                probabilities[p, l] = Math.Exp(scores[p, l] - top);
                total += probabilities[p, l];
            }

            for (int l = 0; l < levels; l++)
            {
                probabilities[p, l] /= total;
            }
        }

        return probabilities;
    }
}

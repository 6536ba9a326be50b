// Idiom: soft data association of measurements to tracks (probabilistic association per measurement over the tracks
// inside its validation gate), from the measurement-to-track log-likelihood matrix and a gating mask.
// Layout: double[measurements, tracks] log-likelihoods + bool[measurements, tracks] gate; `if` fold over gated tracks.
// Correct: per measurement, maximum and sum over its gated tracks only; ungated pairs get 0, a measurement with no
// gated track keeps an all-zero row.
using System;

namespace HeldOut48.GatedAssociation_PerMeasurement;

public static class Associator
{
    public static double[,] Associate(double[,] logLik, bool[,] gate)
    {
        int measurements = logLik.GetLength(0);
        int tracks = logLik.GetLength(1);
        var beta = new double[measurements, tracks];
        for (int m = 0; m < measurements; m++)
        {
            double best = double.NegativeInfinity;
            for (int t = 0; t < tracks; t++)
            {
                if (gate[m, t] && logLik[m, t] > best) best = logLik[m, t];
            }

            if (double.IsNegativeInfinity(best)) continue;

            double sum = 0.0;
            for (int t = 0; t < tracks; t++)
            {
                if (!gate[m, t]) continue;
                beta[m, t] = Math.Exp(logLik[m, t] - best);
                sum += beta[m, t];
            }

            for (int t = 0; t < tracks; t++)
            {
                beta[m, t] /= sum;
            }
        }

        return beta;
    }
}

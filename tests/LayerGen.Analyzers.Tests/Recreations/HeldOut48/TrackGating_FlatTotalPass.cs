// Idiom: per-track association weights over the measurements, all tracks in one flat buffer (track t at offset
// t * measurements), exps written per track and normalised in a separate pass after the track loop.
// Layout: flat double[tracks * measurements], offsets; `if` max fold per track.
// Bug (LG0002): `total` accumulates the exps of every track and the final pass divides every entry by it: the
// normaliser spans all tracks, not one track's measurements.
using System;

namespace HeldOut48.TrackGating_FlatTotalPass;

public static class PdaWeights
{
    public static double[] PerTrack(double[] logLik, int tracks, int measurements)
    {
        var beta = new double[tracks * measurements];
        double total = 0.0;
        for (int t = 0; t < tracks; t++)
        {
            int o = t * measurements;
            double peak = logLik[o];
            for (int j = 1; j < measurements; j++)
            {
                if (logLik[o + j] > peak) peak = logLik[o + j];
            }

            for (int j = 0; j < measurements; j++)
            {
                beta[o + j] = Math.Exp(logLik[o + j] - peak);
                total += beta[o + j]; //~ LG0002
            }
        }

        for (int i = 0; i < beta.Length; i++)
        {
            beta[i] /= total;
        }

        return beta;
    }
}

// Source: interacting multiple model (IMM) estimator, mode-probability update in log space (Blom & Bar-Shalom 1988;
// FilterPy `IMMEstimator`, Stone Soup), run for every track of a multi-target tracker.
// Layout: `List<Track>` of a class with `double[] Mu` and `double[] LogLikelihood`, jagged `double[][]` log
// posteriors, a per-mode peak array filled in the first pass over the tracks.
// Bug (LG0004): the shift of mode j is the best log posterior of mode j over all tracks (a column peak), while the
// normaliser sums over the modes of one track: the shift is not constant within a track's distribution, and a
// track far below the others underflows to 0/0.
using System;
using System.Collections.Generic;

namespace HeldOut18.ImmTracker_PeakPerModeAcrossTargets;

public sealed class Track
{
    public required double[] Mu { get; init; }

    public required double[] LogLikelihood { get; init; }
}

public static class ImmModeUpdate
{
    public static void Update(List<Track> tracks, double[,] transition)
    {
        int modes = transition.GetLength(0);
        var logPost = new double[tracks.Count][];
        var peak = new double[modes];
        Array.Fill(peak, double.NegativeInfinity);

        for (int t = 0; t < tracks.Count; t++)
        {
            Track track = tracks[t];
            logPost[t] = new double[modes];
            for (int j = 0; j < modes; j++)
            {
                double predicted = 0.0;
                for (int i = 0; i < modes; i++)
                {
                    predicted += transition[i, j] * track.Mu[i];
                }

                logPost[t][j] = Math.Log(predicted) + track.LogLikelihood[j];
                peak[j] = Math.Max(peak[j], logPost[t][j]); //~ LG0004
            }
        }

        for (int t = 0; t < tracks.Count; t++)
        {
            double[] mu = tracks[t].Mu;
            double z = 0.0;
            for (int j = 0; j < modes; j++)
            {
                mu[j] = Math.Exp(logPost[t][j] - peak[j]);
                z += mu[j];
            }

            for (int j = 0; j < modes; j++)
            {
                mu[j] /= z;
            }
        }
    }
}

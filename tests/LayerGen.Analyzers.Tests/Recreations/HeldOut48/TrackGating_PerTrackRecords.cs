// Idiom: per-track association weights over the measurements in the track's gate (PDA-style weights per track), each
// track a record holding the log-likelihoods of its gated measurements.
// Layout: IReadOnlyList<Track> records with a double[] member; ReadOnlySpan over the member; Math.Max fold.
// Correct: per track maximum and per track sum.
using System;
using System.Collections.Generic;

namespace HeldOut48.TrackGating_PerTrackRecords;

public sealed record Track(int Id, double[] GatedLogLik);

public static class PdaWeights
{
    public static List<double[]> PerTrack(IReadOnlyList<Track> tracks)
    {
        var weights = new List<double[]>(tracks.Count);
        foreach (Track track in tracks)
        {
            ReadOnlySpan<double> ll = track.GatedLogLik;
            double peak = double.NegativeInfinity;
            for (int j = 0; j < ll.Length; j++)
            {
                peak = Math.Max(peak, ll[j]);
            }

            var beta = new double[ll.Length];
            double sum = 0.0;
            for (int j = 0; j < ll.Length; j++)
            {
                beta[j] = Math.Exp(ll[j] - peak);
                sum += beta[j];
            }

            for (int j = 0; j < beta.Length; j++)
            {
                beta[j] /= sum;
            }

            weights.Add(beta);
        }

        return weights;
    }
}

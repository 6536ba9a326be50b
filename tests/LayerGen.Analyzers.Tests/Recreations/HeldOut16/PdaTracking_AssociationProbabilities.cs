// Source: probabilistic data association filter (Bar-Shalom & Tse 1975; Bar-Shalom, Daum & Huang 2009, IEEE Control
// Systems; Stone Soup PDA hypothesiser): β_i ∝ exp(−d_i²/2) for each gated measurement i and β_0 ∝ b for "none of them
// is the target", normalised per track.
// Layout: List<Track> of classes holding a double[] of squared Mahalanobis distances and a Beta array (slot 0 = missed);
// the missed term enters as log b; the shift is the larger of log b and −d²_min/2 (a minimum distance via foreach).
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut16.PdaTracking_AssociationProbabilities;

public sealed class Track
{
    public double[] MahalanobisSq { get; set; } = Array.Empty<double>();
    public double[] Beta { get; set; } = Array.Empty<double>();
}

public static class Pda
{
    /// <summary>Fills every track's association probabilities (slot 0: no measurement is the target's).</summary>
    public static void Associate(List<Track> tracks, double logMissedWeight)
    {
        foreach (Track t in tracks)
        {
            double[] d2 = t.MahalanobisSq;
            double nearest = double.PositiveInfinity;
            foreach (double d in d2) nearest = Math.Min(nearest, d);
            double shift = Math.Max(logMissedWeight, -0.5 * nearest);

            var beta = new double[d2.Length + 1];
            beta[0] = Math.Exp(logMissedWeight - shift);
            double z = beta[0];
            for (int i = 0; i < d2.Length; i++)
            {
                beta[i + 1] = Math.Exp(-0.5 * d2[i] - shift);
                z += beta[i + 1];
            }
            for (int i = 0; i < beta.Length; i++) beta[i] /= z;
            t.Beta = beta;
        }
    }
}

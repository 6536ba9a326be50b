// Idiom: soft data association per measurement over the gated tracks, track-major storage (each track keeps the
// log-likelihoods of the scan's measurements), peaks taken with LINQ per track.
// Layout: double[][] logLik [track][measurement] + bool[][] gate; `logLik.Select(row => row.Max())`.
// Bug (LG0004): the peak is per track over the measurements, while each association sum runs over the tracks of
// one measurement: max and sum over different axes.
using System;
using System.Linq;

namespace HeldOut48.GatedAssociation_PeakPerTrack;

public static class Associator
{
    public static double[][] Associate(double[][] logLik, bool[][] gate, int measurements)
    {
        double[] trackPeak = logLik.Select(row => row.Max()).ToArray(); //~ LG0004
        var beta = new double[logLik.Length][];
        for (int t = 0; t < logLik.Length; t++)
        {
            beta[t] = new double[measurements];
        }

        for (int m = 0; m < measurements; m++)
        {
            double sum = 0.0;
            for (int t = 0; t < logLik.Length; t++)
            {
                if (!gate[t][m]) continue;
                beta[t][m] = Math.Exp(logLik[t][m] - trackPeak[t]);
                sum += beta[t][m];
            }

            if (sum == 0.0) continue;
            for (int t = 0; t < logLik.Length; t++)
            {
                beta[t][m] /= sum;
            }
        }

        return beta;
    }
}

// Idiom: multistate reweighting written sample-first: thermodynamic states as an array of (Beta, F) tuples, the largest
// log weight of each sample taken over the states (a foreach over the tuples), then per state the weights of all
// samples normalised.
// Use: reweighting an MD trajectory to a temperature ladder.
// Layout: List<double> reduced potentials per sample, (double Beta, double F)[] states, jagged double[state][sample].
// Bug LG0004: the peak runs over states (per sample) while the sum runs over samples (per state); the shifts differ per
// sample, so the weights are wrong, and states far below the others underflow to 0/0.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut93.TemperatureReweighting_SamplePeaks;

public static class Multistate
{
    public static double[][] Weights(List<double> u, (double Beta, double F)[] states)
    {
        var peak = new double[u.Count];
        for (int i = 0; i < u.Count; i++)
        {
            peak[i] = double.NegativeInfinity;
            foreach (var (b, f) in states)
                peak[i] = Math.Max(peak[i], f - b * u[i]); //~ LG0004
        }

        var w = new double[states.Length][];
        for (int t = 0; t < states.Length; t++)
        {
            var row = new double[u.Count];
            double sum = 0;
            for (int i = 0; i < u.Count; i++)
            {
                row[i] = Math.Exp(states[t].F - states[t].Beta * u[i] - peak[i]);
                sum += row[i];
            }

            for (int i = 0; i < row.Length; i++) row[i] /= sum;
            w[t] = row;
        }

        return w;
    }
}

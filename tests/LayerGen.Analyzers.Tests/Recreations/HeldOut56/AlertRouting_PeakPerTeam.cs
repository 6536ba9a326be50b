// Idiom: alert routing weights over on-call teams, alert-major jagged table as it comes from the alert queue.
// Layout: double[][] affinity[alert][team]; a per-team peak array.
// Bug (LG0004): the peak is taken per team over all alerts (down a column), the sum per alert over the teams (along a
// row): max and sum over different axes.
// Style inspired by alert-routing / incident-triage scorers in SRE tooling; our own C#.
using System;

namespace HeldOut56.AlertRouting_PeakPerTeam;

public static class QueueRouter
{
    public static double[][] RoutingWeights(double[][] affinity, int teams)
    {
        // each team's strongest claim over the queue, used as its shift
        var teamPeak = new double[teams];
        Array.Fill(teamPeak, double.NegativeInfinity);
        foreach (double[] alert in affinity)
        {
            for (int t = 0; t < teams; t++)
            {
                teamPeak[t] = Math.Max(teamPeak[t], alert[t]); //~ LG0004
            }
        }

        var weights = new double[affinity.Length][];
        for (int a = 0; a < affinity.Length; a++)
        {
            var w = new double[teams];
            double total = 0.0;
            for (int t = 0; t < teams; t++)
            {
                w[t] = Math.Exp(affinity[a][t] - teamPeak[t]);
                total += w[t];
            }

            for (int t = 0; t < teams; t++)
            {
                w[t] /= total;
            }

            weights[a] = w;
        }

        return weights;
    }
}

// Idiom: alert routing: each incoming alert gets routing weights over the on-call teams from affinity scores
// (service ownership, past acknowledgements); the router pages the top team and cc's the rest by weight.
// Layout: double[teams, alerts] (team-major, one column per alert; the softmax runs down each column).
// Correct: per-alert (column) max with Math.Max, per-alert sum.
// Style inspired by alert-routing / incident-triage scorers in SRE tooling; our own C#.
using System;

namespace HeldOut56.AlertRouting_TeamMajorColumns;

public static class AlertRouter
{
    public static double[,] RoutingWeights(double[,] affinity)
    {
        int teams = affinity.GetLength(0), alerts = affinity.GetLength(1);
        var weights = new double[teams, alerts];
        for (int a = 0; a < alerts; a++)
        {
            double best = double.NegativeInfinity;
            for (int t = 0; t < teams; t++)
            {
                best = Math.Max(best, affinity[t, a]);
            }

            double total = 0.0;
            for (int t = 0; t < teams; t++)
            {
                double w = Math.Exp(affinity[t, a] - best);
                weights[t, a] = w;
                total += w;
            }

            for (int t = 0; t < teams; t++)
            {
                weights[t, a] /= total;
            }
        }

        return weights;
    }
}

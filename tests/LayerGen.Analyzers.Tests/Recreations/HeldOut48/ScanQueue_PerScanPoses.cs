// Idiom: scan matching against a map: each incoming laser scan scores a set of candidate poses (log-likelihood of the
// scan at each pose); a `while` loop drains the sensor queue and turns each scan's scores into pose weights.
// Layout: Queue<Scan> of records with a double[] member, `while (queue.TryDequeue(out var scan))`; Math.Max fold.
// Correct: per scan maximum and per scan sum.
using System;
using System.Collections.Generic;

namespace HeldOut48.ScanQueue_PerScanPoses;

public sealed record Scan(long Stamp, double[] PoseLogLik);

public static class ScanMatcher
{
    public static List<double[]> DrainAndWeigh(Queue<Scan> queue)
    {
        var weighed = new List<double[]>();
        while (queue.TryDequeue(out var scan))
        {
            double[] ll = scan.PoseLogLik;
            double best = double.NegativeInfinity;
            int i = 0;
            while (i < ll.Length)
            {
                best = Math.Max(best, ll[i]);
                i++;
            }

            var w = new double[ll.Length];
            double sum = 0.0;
            for (i = 0; i < ll.Length; i++)
            {
                w[i] = Math.Exp(ll[i] - best);
                sum += w[i];
            }

            for (i = 0; i < ll.Length; i++)
            {
                w[i] /= sum;
            }

            weighed.Add(w);
        }

        return weighed;
    }
}

// Idiom: scan matching, a `while` loop drains a queue of per-scan pose scores (float), weights per scan.
// Layout: Queue<float[]>, `while (pending.Count > 0)` with Dequeue; `if` fold; MathF.Exp.
// Bug (LG0001): `peak` is declared above the queue loop and never reset: each scan subtracts the maximum over all
// scans drained so far, not its own; a scan far below an earlier one underflows to 0/0.
using System;
using System.Collections.Generic;

namespace HeldOut48.ScanQueue_PeakAcrossScans;

public static class ScanMatcher
{
    public static List<float[]> DrainAndWeigh(Queue<float[]> pending)
    {
        var weighed = new List<float[]>();
        float peak = float.NegativeInfinity;
        while (pending.Count > 0)
        {
            float[] score = pending.Dequeue();
            for (int i = 0; i < score.Length; i++)
            {
                if (score[i] > peak) peak = score[i]; //~ LG0001
            }

            var w = new float[score.Length];
            float sum = 0f;
            for (int i = 0; i < score.Length; i++)
            {
                w[i] = MathF.Exp(score[i] - peak);
                sum += w[i];
            }

            for (int i = 0; i < score.Length; i++)
            {
                w[i] /= sum;
            }

            weighed.Add(w);
        }

        return weighed;
    }
}

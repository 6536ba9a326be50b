// Idiom: Queue<double[]> buffer drained with `while (pending.TryDequeue(out var row))`, a span helper per row.
// Use: processing a backlog of pending score rows.
// Layout: Queue<double[]> → List<double[]>, one row per queued item.
// Correct: the helper is given one row and its own output; max and sum are taken inside it over that row.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut71.Queue_PendingRowsDequeue;

public static class PendingRows
{
    public static List<double[]> Drain(Queue<double[]> pending)
    {
        var done = new List<double[]>(pending.Count);
        while (pending.TryDequeue(out double[]? row))
        {
            var probs = new double[row.Length];
            SoftmaxInto(row, probs);
            done.Add(probs);
        }
        return done;
    }

    static void SoftmaxInto(ReadOnlySpan<double> logits, Span<double> probs)
    {
        double hi = double.NegativeInfinity;
        foreach (double v in logits) hi = Math.Max(hi, v);
        double sum = 0;
        for (int i = 0; i < logits.Length; i++) sum += probs[i] = Math.Exp(logits[i] - hi);
        for (int i = 0; i < probs.Length; i++) probs[i] /= sum;
    }
}

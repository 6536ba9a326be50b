// Source: neural temporal point processes (RMTPP, Du et al. 2016; Neural Hawkes, Mei & Eisner 2017), next-mark softmax.
// Layout: a record per history event holding its mark logits; LINQ over the history.
// Bug (LG0001): one peak is taken over the mark logits of every event of the history and subtracted from each
// event's logits, while each event is normalised on its own (an event far below the peak underflows to 0/0).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut23.TemporalPointProcess;

/// <summary>One event of the history with the model's mark logits for the next event.</summary>
public sealed record MarkedEvent(double Time, double[] MarkLogits);

/// <summary>Next-mark prediction over a whole history at once.</summary>
public static class HistoryMarkPredictor
{
    /// <summary>The predicted next-mark distribution after each event.</summary>
    public static List<double[]> PredictMarks(IReadOnlyList<MarkedEvent> history)
    {
        double top = history.Max(ev => ev.MarkLogits.Max()); //~ LG0001
        var result = new List<double[]>(history.Count);
        foreach (var ev in history)
        {
            var weights = ev.MarkLogits.Select(logit => Math.Exp(logit - top)).ToArray();
            double partition = weights.Sum();
            result.Add(weights.Select(w => w / partition).ToArray());
        }

        return result;
    }
}

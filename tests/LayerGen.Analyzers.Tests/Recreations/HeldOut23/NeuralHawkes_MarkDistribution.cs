// Source: neural temporal point processes (RMTPP, Du et al. 2016; Neural Hawkes, Mei & Eisner 2017): after each
// history event the model predicts the type ("mark") of the next event with a softmax over the mark logits.
// Layout: a class per history event with properties (time, mark logits, predicted distribution); foreach loops.
// Correct: each event's mark logits are shifted by that event's own maximum.
using System;
using System.Collections.Generic;

namespace HeldOut23.TemporalPointProcess;

/// <summary>One event of the history with the model's mark logits for the next event.</summary>
public sealed class HistoryEvent
{
    /// <summary>Time stamp of the event.</summary>
    public double Time { get; init; }

    /// <summary>Unnormalised scores of the next event's type.</summary>
    public double[] MarkLogits { get; init; } = Array.Empty<double>();

    /// <summary>Predicted distribution of the next event's type.</summary>
    public double[] NextMark { get; set; } = Array.Empty<double>();
}

/// <summary>Next-mark prediction of a temporal point process.</summary>
public static class MarkPredictor
{
    /// <summary>Sets <see cref="HistoryEvent.NextMark"/> of every event.</summary>
    public static void PredictMarks(IReadOnlyList<HistoryEvent> history)
    {
        foreach (var ev in history)
        {
            double top = double.NegativeInfinity;
            foreach (double logit in ev.MarkLogits)
            {
                top = Math.Max(top, logit);
            }

            var next = new double[ev.MarkLogits.Length];
            double partition = 0.0;
            for (int k = 0; k < next.Length; k++)
            {
                next[k] = Math.Exp(ev.MarkLogits[k] - top);
                partition += next[k];
            }

            for (int k = 0; k < next.Length; k++)
            {
                next[k] /= partition;
            }

            ev.NextMark = next;
        }
    }
}

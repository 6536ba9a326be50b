// Idiom: next-event-type model for user sessions (login, mfa_push, token_refresh, file_read, ...): the model emits one
// logit per event type for each open session; the probabilities feed a "surprising next event" detector.
// Layout: List<float[]>, one float[] of event-type logits per session; foreach + LINQ Max.
// Correct: each session's own max, its own sum.
// Style inspired by log-anomaly next-event predictors (DeepLog-style); our own C#.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut56.SessionEvents_ListPerSession;

public static class NextEventModel
{
    public static List<float[]> NextEventProbabilities(List<float[]> sessionLogits)
    {
        var result = new List<float[]>(sessionLogits.Count);
        foreach (float[] logits in sessionLogits)
        {
            float max = logits.Max();
            var p = new float[logits.Length];
            float sum = 0f;
            for (int k = 0; k < logits.Length; k++)
            {
                p[k] = MathF.Exp(logits[k] - max);
                sum += p[k];
            }

            for (int k = 0; k < p.Length; k++)
            {
                p[k] /= sum;
            }

            result.Add(p);
        }

        return result;
    }
}

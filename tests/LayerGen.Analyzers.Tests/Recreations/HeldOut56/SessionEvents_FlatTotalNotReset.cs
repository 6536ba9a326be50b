// Idiom: next-event-type model for user sessions, batched for the streaming job: every open session's event-type
// logits packed into one flat buffer, session s at offset s * eventTypes.
// Layout: flat float[sessions * eventTypes] with stride, `while` loops over sessions and types.
// Bug (LG0002): `total` is declared above the session loop and never reset, so session s is divided by the running
// sum of sessions 0..s.
// Style inspired by log-anomaly next-event predictors (DeepLog-style); our own C#.
using System;

namespace HeldOut56.SessionEvents_FlatTotalNotReset;

public static class StreamingNextEvent
{
    public static void Normalise(float[] logits, float[] probs, int eventTypes)
    {
        int sessions = logits.Length / eventTypes;
        float total = 0f;
        int s = 0;
        while (s < sessions)
        {
            int baseIdx = s * eventTypes;
            float max = logits[baseIdx];
            int k = 1;
            while (k < eventTypes)
            {
                max = Math.Max(max, logits[baseIdx + k]);
                k++;
            }

            k = 0;
            while (k < eventTypes)
            {
                float e = MathF.Exp(logits[baseIdx + k] - max);
                probs[baseIdx + k] = e;
                total += e; //~ LG0002
                k++;
            }

            for (k = 0; k < eventTypes; k++)
            {
                probs[baseIdx + k] /= total;
            }

            s++;
        }
    }
}

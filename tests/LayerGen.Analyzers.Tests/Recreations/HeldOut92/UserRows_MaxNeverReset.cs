// Idiom: SortedDictionary<int, float[]> user id -> row of class logits, walked with KeyValuePair; MathF.Max fold.
// Use: per-user probabilities in a sorted user table.
// Layout: user id -> float[classes]; output user id -> float[classes].
// Bug (LG0001): the running max is declared before the user loop and never reset, so a user's shift is the max over
// that user and every user before it.
// Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut92.UserRows_MaxNeverReset;

public static class SortedUsers
{
    public static SortedDictionary<int, float[]> Softmax(SortedDictionary<int, float[]> rows)
    {
        var output = new SortedDictionary<int, float[]>();
        float runningMax = float.NegativeInfinity;
        foreach (KeyValuePair<int, float[]> entry in rows)
        {
            float[] logits = entry.Value;
            for (int j = 0; j < logits.Length; j++)
            {
                runningMax = MathF.Max(runningMax, logits[j]); //~ LG0001
            }

            var p = new float[logits.Length];
            float denom = 0f;
            for (int j = 0; j < logits.Length; j++)
            {
                p[j] = MathF.Exp(logits[j] - runningMax);
                denom += p[j];
            }

            for (int j = 0; j < p.Length; j++)
            {
                p[j] /= denom;
            }

            output[entry.Key] = p;
        }

        return output;
    }
}

// Idiom: autocomplete over a session's typed prefixes, completion probabilities computed for all prefixes at once
// Layout: flat float[] scores of all completions, int[] prefixStart offsets (CSR), normalised in a separate flat pass
// Bug (LG0002): one mass over the completions of every prefix, divided into all of them after the prefix loop
using System;

namespace HeldOut44.Autocomplete_AllPrefixMass;

public static class SessionCompletions
{
    public static float[] Probabilities(float[] scores, int[] prefixStart)
    {
        var probs = new float[scores.Length];
        float mass = 0f;
        for (int p = 0; p + 1 < prefixStart.Length; p++)
        {
            float best = float.NegativeInfinity;
            for (int i = prefixStart[p]; i < prefixStart[p + 1]; i++)
                best = MathF.Max(best, scores[i]);

            for (int i = prefixStart[p]; i < prefixStart[p + 1]; i++)
            {
                probs[i] = MathF.Exp(scores[i] - best);
                mass += probs[i]; //~ LG0002
            }
        }

        for (int i = 0; i < probs.Length; i++)
            probs[i] /= mass;
        return probs;
    }
}

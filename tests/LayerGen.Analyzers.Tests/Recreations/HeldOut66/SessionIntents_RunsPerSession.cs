// Idiom: a chat-analytics job scores intents per session; rows arrive as `readonly record struct IntentScore` sorted
// by session id, and each contiguous run of one session is normalised in place (run boundaries found with `while`).
// Layout: `List<IntentScore>` (record struct rows), contiguous runs `[start, end)`, float; `MathF.Max` fold.
// Own code.
// Correct: max and sum over one session's run.
using System;
using System.Collections.Generic;

namespace HeldOut66.SessionIntents_RunsPerSession;

public readonly record struct IntentScore(int SessionId, string Intent, float Logit);

public static class IntentNormaliser
{
    public static float[] IntentProbabilities(List<IntentScore> scores)
    {
        var probabilities = new float[scores.Count];
        int start = 0;
        while (start < scores.Count)
        {
            int end = start + 1;
            while (end < scores.Count && scores[end].SessionId == scores[start].SessionId)
            {
                end++;
            }

            float max = scores[start].Logit;
            for (int i = start + 1; i < end; i++)
            {
                max = MathF.Max(max, scores[i].Logit);
            }

            float sum = 0f;
            for (int i = start; i < end; i++)
            {
                probabilities[i] = MathF.Exp(scores[i].Logit - max);
                sum += probabilities[i];
            }

            for (int i = start; i < end; i++)
            {
                probabilities[i] /= sum;
            }

            start = end;
        }

        return probabilities;
    }
}

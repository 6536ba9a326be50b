// HeldOut60 — idiom: Parallel.ForEach over incoming requests, results stored in a ConcurrentDictionary keyed by id
// (a web API that scores a batch of requests and answers each by id).
// Layout: IReadOnlyList<ScoreRequest> records (Id, float[] Logits), ConcurrentDictionary<string, float[]> out.
// Correct: each request's logits are shifted by their own maximum and divided by their own sum.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut60.ConcurrentScores_PerRequestPeak;

public sealed record ScoreRequest(string Id, float[] Logits);

public static class RequestScorer
{
    public static ConcurrentDictionary<string, float[]> Score(IReadOnlyList<ScoreRequest> requests)
    {
        var results = new ConcurrentDictionary<string, float[]>();
        Parallel.ForEach(requests, request =>
        {
            float[] logits = request.Logits;
            float max = float.MinValue;
            foreach (float v in logits)
            {
                max = MathF.Max(max, v);
            }

            var probs = new float[logits.Length];
            float sum = 0f;
            for (int i = 0; i < logits.Length; i++)
            {
                probs[i] = MathF.Exp(logits[i] - max);
                sum += probs[i];
            }

            for (int i = 0; i < probs.Length; i++)
            {
                probs[i] /= sum;
            }

            results[request.Id] = probs;
        });
        return results;
    }
}

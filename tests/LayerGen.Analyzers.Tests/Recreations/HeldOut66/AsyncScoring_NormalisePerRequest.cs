// Idiom: an ASP.NET-style scoring service: `async Task` method awaits a model client for every request of a batch
// (`Task.WhenAll`), then normalises each request's logits with a static local function.
// Layout: `double[][]` (one array per request from `Task.WhenAll`), records for requests/results; one softmax per
// request; `Math.Max` fold in `foreach` inside the local function.
// Own code.
// Correct: each request's own max and sum.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut66.AsyncScoring_NormalisePerRequest;

public interface IIntentModel
{
    Task<double[]> ScoreAsync(string text, CancellationToken cancellationToken);
}

public sealed record ScoringRequest(string RequestId, string Text);

public sealed record ScoringResult(string RequestId, double[] Probabilities);

public sealed class ScoringService(IIntentModel model)
{
    public async Task<IReadOnlyList<ScoringResult>> ScoreBatchAsync(IReadOnlyList<ScoringRequest> batch, CancellationToken cancellationToken = default)
    {
        double[][] logits = await Task.WhenAll(batch.Select(request => model.ScoreAsync(request.Text, cancellationToken))).ConfigureAwait(false);
        var results = new List<ScoringResult>(batch.Count);
        for (int i = 0; i < batch.Count; i++)
        {
            results.Add(new ScoringResult(batch[i].RequestId, Normalise(logits[i])));
        }

        return results;

        static double[] Normalise(double[] z)
        {
            double max = double.NegativeInfinity;
            foreach (double v in z)
            {
                max = Math.Max(max, v);
            }

            var p = new double[z.Length];
            double sum = 0;
            for (int k = 0; k < z.Length; k++)
            {
                p[k] = Math.Exp(z[k] - max);
                sum += p[k];
            }

            for (int k = 0; k < z.Length; k++)
            {
                p[k] /= sum;
            }

            return p;
        }
    }
}

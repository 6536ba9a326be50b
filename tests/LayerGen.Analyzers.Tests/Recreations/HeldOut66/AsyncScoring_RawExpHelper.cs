// Idiom: a scoring service that awaits the model client once per text (sequential `await` inside a `foreach`, returns
// `ValueTask<List<double[]>>`) and turns logits into weights with a private static helper `Weight`.
// Layout: `List<double[]>` (one fresh array per request); one softmax per request.
// Twin of AsyncScoring_NormalisePerRequest; own code.
// Bug LG0003: `Weight` is `Math.Exp(logit)` of the raw logit, no maximum subtracted (overflow above ~709). The exp sits
// in a helper method, so the marker is on the line that calls it.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut66.AsyncScoring_RawExpHelper;

public interface IIntentModel
{
    Task<double[]> ScoreAsync(string text, CancellationToken cancellationToken);
}

public sealed class ScoringService
{
    private readonly IIntentModel model;

    public ScoringService(IIntentModel model) => this.model = model;

    public async ValueTask<List<double[]>> ScoreBatchAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        var results = new List<double[]>();
        foreach (var text in texts)
        {
            double[] z = await model.ScoreAsync(text, cancellationToken).ConfigureAwait(false);
            var p = new double[z.Length];
            double sum = 0;
            for (int k = 0; k < z.Length; k++)
            {
                p[k] = Weight(z[k]); //~ LG0003
                sum += p[k];
            }

            for (int k = 0; k < z.Length; k++)
            {
                p[k] /= sum;
            }

            results.Add(p);
        }

        return results;
    }

    private static double Weight(double logit) => Math.Exp(logit);
}

// Idiom: a ValueTask-returning service method that completes synchronously from a ConcurrentDictionary cache and
// otherwise awaits the (simulated) model call, then normalises the row in a private helper.
// Use: a recommendation service asked again and again for the same user's class probabilities.
// Layout: one double[] logit row per key (string), helper works on a ReadOnlySpan<double>.
// Correct.
// Our own code.
#nullable enable
using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut99.ValueTask_CachedRows;

public sealed class ProbabilityService
{
    private readonly ConcurrentDictionary<string, double[]> _cache = new();
    private readonly Func<string, CancellationToken, Task<double[]>> _model;

    public ProbabilityService(Func<string, CancellationToken, Task<double[]>> model) => _model = model;

    public ValueTask<double[]> GetAsync(string key, CancellationToken ct = default)
    {
        if (_cache.TryGetValue(key, out double[]? cached))
        {
            return new ValueTask<double[]>(cached);
        }

        return new ValueTask<double[]>(LoadAsync(key, ct));
    }

    private async Task<double[]> LoadAsync(string key, CancellationToken ct)
    {
        double[] logits = await _model(key, ct).ConfigureAwait(false);
        double[] probabilities = Normalise(logits);
        _cache[key] = probabilities;
        return probabilities;
    }

    private static double[] Normalise(ReadOnlySpan<double> logits)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
        {
            max = Math.Max(max, logits[i]);
        }

        var p = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            p[i] = Math.Exp(logits[i] - max);
            sum += p[i];
        }

        for (int i = 0; i < p.Length; i++)
        {
            p[i] /= sum;
        }

        return p;
    }
}

// Idiom: a disposable service with a `SemaphoreSlim _gate` guarding a shared field accumulator, one `Task.Run(async
// () => ...)` per row, `Task.WhenAll` returning the per-row exps.
// Use: a batch normaliser that merges per-row work into one shared normaliser under a lock.
// Layout: jagged float[batch][classes].
// Bug: LG0002 — every row's exps are added into the one `_total` field, and every row is divided by it.
// Our own code.
#nullable enable
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace HeldOut81.Semaphore_SharedTotal;

public sealed class GuardedBatchNormaliser : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private float _total;

    public async Task<float[][]> NormaliseAsync(float[][] rows)
    {
        _total = 0f;
        float[][] exps = await Task.WhenAll(rows.Select(row => Task.Run(async () =>
        {
            float top = float.NegativeInfinity;
            foreach (float v in row)
                top = MathF.Max(top, v);
            float[] e = Array.ConvertAll(row, v => MathF.Exp(v - top));
            await _gate.WaitAsync().ConfigureAwait(false);
            try
            {
                for (int c = 0; c < e.Length; c++)
                    _total += e[c]; //~ LG0002
            }
            finally
            {
                _gate.Release();
            }

            return e;
        })));

        foreach (float[] e in exps)
            for (int c = 0; c < e.Length; c++)
                e[c] /= _total;
        return exps;
    }

    public void Dispose() => _gate.Dispose();
}

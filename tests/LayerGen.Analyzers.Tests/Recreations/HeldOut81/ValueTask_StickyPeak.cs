// Idiom: a stateful normaliser whose `ValueTask<float[]> NextAsync(row)` completes synchronously
// (`new ValueTask<float[]>(p)`), awaited per row by a streaming driver.
// Use: normalising rows as they arrive, one call per row on one instance.
// Layout: rows arrive one at a time as float[classes] (jagged over calls).
// Bug: LG0001 — the peak is a field folded on every call and never reset, so it spans every row seen so far.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace HeldOut81.ValueTask_StickyPeak;

public sealed class StreamingNormaliser
{
    private float _peak = float.NegativeInfinity;

    public ValueTask<float[]> NextAsync(float[] row)
    {
        foreach (float v in row)
            _peak = MathF.Max(_peak, v); //~ LG0001

        var p = new float[row.Length];
        float total = 0f;
        for (int i = 0; i < row.Length; i++)
        {
            p[i] = MathF.Exp(row[i] - _peak);
            total += p[i];
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= total;
        return new ValueTask<float[]>(p);
    }

    public static async Task<List<float[]>> RunAsync(IEnumerable<float[]> rows)
    {
        var normaliser = new StreamingNormaliser();
        var results = new List<float[]>();
        foreach (float[] row in rows)
            results.Add(await normaliser.NextAsync(row));
        return results;
    }
}

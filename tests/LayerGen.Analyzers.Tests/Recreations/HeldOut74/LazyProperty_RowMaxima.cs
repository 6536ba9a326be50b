// Idiom: a lazily cached property — `RowMaxima => _rowMaxima ??= ComputeRowMaxima()` on a `LogitBatch` class; the
// softmax method reads the cached per-row maxima array.
// Use: a batch object that caches statistics used by several consumers (softmax, argmax, margins).
// Layout: flat float[count * classes], row-major, `i = r * Classes + k`.
// Correct: the maxima array holds one max per row, each folded over that row only; sums per row.
// Our own code.
#nullable enable
using System;

namespace HeldOut74.LazyProperty_RowMaxima;

public sealed class LogitBatch
{
    private readonly float[] _logits;
    private float[]? _rowMaxima;

    public LogitBatch(float[] logits, int classes)
    {
        _logits = logits;
        Classes = classes;
    }

    public int Classes { get; }

    public int Count => _logits.Length / Classes;

    public float[] RowMaxima => _rowMaxima ??= ComputeRowMaxima();

    public float[] Softmax()
    {
        var y = new float[_logits.Length];
        float[] maxima = RowMaxima;
        for (int r = 0; r < Count; r++)
        {
            float s = 0f;
            for (int k = 0; k < Classes; k++)
            {
                int i = r * Classes + k;
                y[i] = MathF.Exp(_logits[i] - maxima[r]);
                s += y[i];
            }

            for (int k = 0; k < Classes; k++)
            {
                y[r * Classes + k] /= s;
            }
        }

        return y;
    }

    private float[] ComputeRowMaxima()
    {
        var m = new float[Count];
        for (int r = 0; r < Count; r++)
        {
            float best = float.NegativeInfinity;
            for (int k = 0; k < Classes; k++)
            {
                best = MathF.Max(best, _logits[r * Classes + k]);
            }

            m[r] = best;
        }

        return m;
    }
}

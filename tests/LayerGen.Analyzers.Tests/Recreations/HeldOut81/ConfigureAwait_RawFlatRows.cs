// Idiom: an async loop over rows awaiting a caller callback with `.ConfigureAwait(false)`, the exps written with
// `float.Exp` in a compound `z += p[i] = ...` expression, normalised by a reciprocal.
// Use: a library softmax over a flat buffer with a per-row checkpoint.
// Layout: flat float[rows * width], row-major, rows starting at `start` (start += width).
// Bug: LG0003 — `float.Exp` of the raw logits; no max is subtracted before normalising per row.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut81.ConfigureAwait_RawFlatRows;

public static class CheckpointedSoftmax
{
    public static async Task<float[]> ProbabilitiesAsync(float[] logits, int width, Func<int, Task> checkpoint)
    {
        var p = new float[logits.Length];
        for (int start = 0; start < logits.Length; start += width)
        {
            await checkpoint(start / width).ConfigureAwait(false);
            float z = 0f;
            for (int i = start; i < start + width; i++)
                z += p[i] = float.Exp(logits[i]); //~ LG0003
            float inv = 1f / z;
            for (int i = start; i < start + width; i++)
                p[i] *= inv;
        }

        return p;
    }
}

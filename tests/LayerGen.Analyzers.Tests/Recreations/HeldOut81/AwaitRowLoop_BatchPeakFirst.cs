// Idiom: async method yielding (`await Task.Yield()`) once per row and reporting progress.
// Use: normalising a batch of logits without blocking the caller's thread.
// Layout: flat float[batch * classes], row-major, rows at offset row * classes.
// Bug: LG0001 — one peak folded over the whole buffer before the row loop, subtracted from every row.
// Our own code.
#nullable enable
using System;
using System.Threading.Tasks;

namespace HeldOut81.AwaitRowLoop_BatchPeakFirst;

public static class YieldingNormaliser
{
    public static async Task NormaliseAsync(float[] logits, float[] probs, int classes, IProgress<int>? progress = null)
    {
        int rows = logits.Length / classes;
        float peak = float.NegativeInfinity;
        for (int i = 0; i < logits.Length; i++)
            if (logits[i] > peak) peak = logits[i]; //~ LG0001

        for (int row = 0; row < rows; row++)
        {
            await Task.Yield();
            int off = row * classes;
            float denom = 0f;
            for (int k = 0; k < classes; k++)
            {
                float e = MathF.Exp(logits[off + k] - peak);
                probs[off + k] = e;
                denom += e;
            }

            for (int k = 0; k < classes; k++)
                probs[off + k] /= denom;
            progress?.Report(row);
        }
    }
}

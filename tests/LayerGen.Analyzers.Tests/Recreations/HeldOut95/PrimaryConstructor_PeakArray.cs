// Idiom: primary constructor (C# 12) on a layer class; per-row peaks stored in an array by a first pass.
// Use: classifier head turning a batch of logits into class probabilities.
// Layout: flat float[batch * classes], row-major.
// Correct.
// Our own code.
#nullable enable
using System;

namespace HeldOut95.PrimaryConstructor_PeakArray;

public sealed class SoftmaxHead(int classes)
{
    public float[] Forward(float[] logits)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classes);
        int batch = logits.Length / classes;
        var peaks = new float[batch];
        for (int b = 0; b < batch; b++)
        {
            peaks[b] = float.NegativeInfinity;
            for (int c = 0; c < classes; c++)
                peaks[b] = MathF.Max(peaks[b], logits[b * classes + c]);
        }

        var probs = new float[logits.Length];
        for (int b = 0; b < batch; b++)
        {
            float denom = 0f;
            for (int c = 0; c < classes; c++)
                denom += probs[b * classes + c] = MathF.Exp(logits[b * classes + c] - peaks[b]);
            float inv = 1f / denom;
            for (int c = 0; c < classes; c++)
                probs[b * classes + c] *= inv;
        }
        return probs;
    }
}

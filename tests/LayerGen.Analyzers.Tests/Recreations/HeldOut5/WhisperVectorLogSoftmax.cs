// Source: Whisper decoder ports in C# (token log-probabilities over the vocabulary at each decoding step, used by
// beam search / timestamp rules). Layout: flat float[steps, vocab]; log-softmax per step.
// Correct: Vector<float> max fold per step with a scalar tail, then max + log Σ exp(x − max).
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut5.WhisperVectorLogSoftmaxNs;

public static class WhisperVectorLogSoftmax
{
    public static void LogSoftmax(float[] logits, float[] logProbs, int steps, int vocab)
    {
        int w = Vector<float>.Count;
        for (int t = 0; t < steps; t++)
        {
            Span<float> step = logits.AsSpan(t * vocab, vocab);
            float max = float.NegativeInfinity;
            int j = 0;
            if (vocab >= w)
            {
                var vmax = new Vector<float>(step);
                for (j = w; j <= vocab - w; j += w)
                {
                    vmax = Vector.Max(vmax, new Vector<float>(step.Slice(j)));
                }
                for (int lane = 0; lane < w; lane++) max = MathF.Max(max, vmax[lane]);
            }
            for (; j < vocab; j++) max = MathF.Max(max, step[j]);

            float sum = 0f;
            for (int k = 0; k < vocab; k++) sum += MathF.Exp(step[k] - max);
            float logZ = max + MathF.Log(sum);
            for (int k = 0; k < vocab; k++) logProbs[t * vocab + k] = step[k] - logZ;
        }
    }
}

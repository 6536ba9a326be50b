// Re-creation (our own code) of the shape of dynamic convolution's kernel attention (Chen et al. 2020) over a
// flattened batch of routing logits.
// Layout: flat float[] [B · K], per-sample maxima in a stackalloc Span<float>, exp and sum folded into one statement
// over the flat buffer, then one division pass.
// Bug (LG0002): the normaliser runs over the whole flat buffer (every sample's K kernels), so each sample's attention
// sums to about 1/B.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class DynamicConvSumOverBatch
{
    public static void Attention(float[] logits, int kernelsPerSample, float temperature, float[] attention)
    {
        int samples = logits.Length / kernelsPerSample;
        Span<float> peaks = stackalloc float[samples];
        for (int b = 0; b < samples; b++)
        {
            peaks[b] = float.NegativeInfinity;
            for (int k = 0; k < kernelsPerSample; k++)
                peaks[b] = MathF.Max(peaks[b], logits[b * kernelsPerSample + k] / temperature);
        }

        float total = 0f;
        for (int i = 0; i < logits.Length; i++)
            total += attention[i] = MathF.Exp(logits[i] / temperature - peaks[i / kernelsPerSample]); //~ LG0002

        for (int i = 0; i < attention.Length; i++)
            attention[i] /= total;
    }
}

// Source: MaskGIT iterative parallel decoding (Chang et al. 2022), a port that exponentiates the codebook logits
// directly in a foreach over the row slice.
// Layout: flat ReadOnlyMemory<float> [positions · codebook], .Span row slices.
// Bug: LG0003 — exp of the raw codebook logits.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class MaskGit_RawCodebookExp
{
    public static float[] Probabilities(ReadOnlyMemory<float> logits, int codebook)
    {
        int positions = logits.Length / codebook;
        var probs = new float[logits.Length];
        for (int i = 0; i < positions; i++)
        {
            ReadOnlySpan<float> row = logits.Span.Slice(i * codebook, codebook);
            float z = 0f;
            int k = 0;
            foreach (float l in row)
            {
                float e = MathF.Exp(l); //~ LG0003
                probs[i * codebook + k++] = e;
                z += e;
            }
            for (k = 0; k < codebook; k++)
                probs[i * codebook + k] /= z;
        }
        return probs;
    }
}

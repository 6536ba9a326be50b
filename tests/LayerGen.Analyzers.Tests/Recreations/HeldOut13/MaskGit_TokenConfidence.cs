// Source: MaskGIT iterative parallel decoding (Chang et al. 2022; google-research/maskgit `decode`): per masked
// position a softmax over the codebook, the sampled token's probability becomes its confidence.
// Layout: flat ReadOnlyMemory<float> [positions · codebook], .Span row slices, argmax as the "sample".
// Correct.
using System;

namespace LayerGen.Recreations.HeldOut13;

public static class MaskGit_TokenConfidence
{
    public static float[] Probabilities(ReadOnlyMemory<float> logits, int codebook, out int[] token, out float[] confidence)
    {
        int positions = logits.Length / codebook;
        var probs = new float[logits.Length];
        token = new int[positions];
        confidence = new float[positions];
        for (int i = 0; i < positions; i++)
        {
            ReadOnlySpan<float> row = logits.Span.Slice(i * codebook, codebook);
            Span<float> outRow = probs.AsSpan(i * codebook, codebook);
            int arg = 0;
            for (int k = 1; k < codebook; k++)
                if (row[k] > row[arg])
                    arg = k;

            float z = 0f;
            for (int k = 0; k < codebook; k++)
                z += outRow[k] = MathF.Exp(row[k] - row[arg]);
            for (int k = 0; k < codebook; k++)
                outRow[k] /= z;
            token[i] = arg;
            confidence[i] = outRow[arg];
        }
        return probs;
    }
}

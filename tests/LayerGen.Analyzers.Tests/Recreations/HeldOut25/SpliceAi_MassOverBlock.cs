// Source: SpliceAI (Jaganathan et al. 2019), a long sequence scored block by block (the model's fixed-length windows) and
//         normalised per block (re-created shape, our own code).
// Layout: flat float[positions · 3] (channel last); blocks of `blockLength` positions; per-position peak over the three
//         classes, a `blockMass` reset per block, one division pass over the block.
// Label: LG0002 — the normaliser sums the exps of every position in the block, not of one position's three classes.
using System;

namespace HeldOut25.SpliceAi;

/// <summary>Splice-site class probabilities computed block by block.</summary>
public static class MassOverBlock
{
    /// <summary>Returns the class probabilities in the input's channel-last layout.</summary>
    public static float[] Compute(float[] logits, int blockLength)
    {
        const int Classes = 3;
        int positions = logits.Length / Classes;
        var probabilities = new float[logits.Length];
        for (int start = 0; start < positions; start += blockLength)
        {
            int end = Math.Min(start + blockLength, positions);
            float blockMass = 0f;
            for (int i = start; i < end; i++)
            {
                int o = i * Classes;
                float top = logits[o];
                for (int c = 1; c < Classes; c++)
                {
                    top = MathF.Max(top, logits[o + c]);
                }

                for (int c = 0; c < Classes; c++)
                {
                    probabilities[o + c] = MathF.Exp(logits[o + c] - top);
                    blockMass += probabilities[o + c]; //~ LG0002
                }
            }

            for (int o = start * Classes; o < end * Classes; o++)
            {
                probabilities[o] /= blockMass;
            }
        }

        return probabilities;
    }
}

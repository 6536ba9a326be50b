// Source: Selective Kernel Networks fuse/select step (Li et al. 2019, SKNet; implus/SKNet `SKConv`: attention vectors
// stacked as [M branches, C channels], softmax over the branch axis for every channel), re-created with a
// Vector<float> max across channels and a scalar exp.
// Layout: flat float[] [M, C] branch-major, softmax down each channel column (stride C); Vector<float> max with a
// scalar tail. Correct.
using System;
using System.Numerics;

namespace LayerGen.Recreations.HeldOut9;

public static class SkNetSelectiveKernel_BranchVectorMax
{
    public static void BranchAttention(float[] logits, int branches, int channels, float[] attention)
    {
        var colMax = new float[channels];
        int width = Vector<float>.Count;
        int c = 0;
        for (; c + width <= channels; c += width)
        {
            var m = new Vector<float>(logits, c);
            for (int b = 1; b < branches; b++)
            {
                m = Vector.Max(m, new Vector<float>(logits, b * channels + c));
            }

            m.CopyTo(colMax, c);
        }

        for (; c < channels; c++)
        {
            float m = logits[c];
            for (int b = 1; b < branches; b++)
            {
                m = MathF.Max(m, logits[b * channels + c]);
            }

            colMax[c] = m;
        }

        var colSum = new float[channels];
        for (int b = 0; b < branches; b++)
        {
            for (int j = 0; j < channels; j++)
            {
                float e = MathF.Exp(logits[b * channels + j] - colMax[j]);
                attention[b * channels + j] = e;
                colSum[j] += e;
            }
        }

        for (int b = 0; b < branches; b++)
        {
            for (int j = 0; j < channels; j++)
            {
                attention[b * channels + j] /= colSum[j];
            }
        }
    }
}

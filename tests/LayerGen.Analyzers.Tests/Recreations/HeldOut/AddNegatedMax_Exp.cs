// Re-creation (our own code) of micro-optimised softmax code that negates the maximum once and adds it inside the
// loop, exp(x + negMax), as fused-multiply-add-minded kernels (nijnstein/NN01's intrinsics style) write it.
// Layout: 1D float[]; MathF.Exp(x[j] + negMax) with negMax = -max. Correct.
using System;

namespace HeldOut.AddNegatedMaxExp;

public static class AddSoftmax
{
    public static float[] Forward(float[] x)
    {
        float max = float.NegativeInfinity;
        foreach (float v in x)
        {
            max = MathF.Max(max, v);
        }

        float negMax = -max;
        var p = new float[x.Length];
        float sum = 0f;
        for (int j = 0; j < x.Length; j++)
        {
            p[j] = MathF.Exp(x[j] + negMax);
            sum += p[j];
        }

        for (int j = 0; j < p.Length; j++)
        {
            p[j] /= sum;
        }

        return p;
    }
}

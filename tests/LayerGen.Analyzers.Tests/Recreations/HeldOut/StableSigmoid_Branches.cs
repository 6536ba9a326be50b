// Pattern (our own code, no single source file read): the textbook branch-stable logistic function
// (1 / (1 + exp(-x)) for x >= 0, exp(x) / (1 + exp(x)) for x < 0) over an array: exps of raw inputs divided
// by 1 + the same exp, which is a two-class softmax that cannot overflow in either branch.
// Layout: 1D float[]. Correct (exp(x) is only taken for x < 0, exp(-x) only for x >= 0).
using System;

namespace HeldOut.StableSigmoidBranches;

public static class Logistic
{
    public static void Sigmoid(float[] x, float[] y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] >= 0)
            {
                y[i] = 1f / (1f + MathF.Exp(-x[i]));
            }
            else
            {
                float e = MathF.Exp(x[i]);
                y[i] = e / (1f + e);
            }
        }
    }
}

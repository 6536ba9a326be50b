// Idiom: two-variable `for` header with a strided second variable — `for (int c = 0, p = b; c < classes; c++, p += batch)`.
// Use: per-sample softmax of a class-major output layer (all samples of class 0 first).
// Layout: flat double[] column-major [classes, batch]; sample b's classes sit at b, b + batch, ...
// Bug: the exps are of the raw logits, no max subtracted (overflow to infinity above ~709).
// Our own code.
using System;

namespace HeldOut79.TwoVariableHeader_RawStridedExp;

public static class ClassMajor
{
    public static void PerSample(double[] logits, double[] probs, int classes, int batch)
    {
        for (int b = 0; b < batch; b++)
        {
            double z = 0;
            for (int c = 0, p = b; c < classes; c++, p += batch)
            {
                probs[p] = Math.Exp(logits[p]); //~ LG0003
                z += probs[p];
            }
            for (int c = 0, p = b; c < classes; c++, p += batch) probs[p] /= z;
        }
    }
}

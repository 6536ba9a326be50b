// Variants (our own code) of HeldOut8/EntmaxFallback_RawExpLambda.cs: the exp of a softmax is written in a lambda
// stored in a delegate local (declared with it, or assigned later on one branch) and applied through the delegate
// (f(x) or f.Invoke(x)) in the loop that fills the row; nothing is subtracted, so logits above ~88 (float) or ~709
// (double) overflow to inf/inf = NaN.
// Layouts: jagged float[][] with Func<float, float>; flat double[rows * cols] with a Func<double, double> assigned on
// one branch and called with Invoke. Bug in every method: LG0003 (at the exp inside the lambda).
using System;

namespace Recreations.DelegateExpRawLambda;

public static class DelegateExpRawLambda
{
    public static float[][] JaggedRows(float[][] logits)
    {
        Func<float, float> unnormalised = v => MathF.Exp(v); //~ LG0003
        var p = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            p[r] = new float[logits[r].Length];
            float z = 0f;
            for (int c = 0; c < p[r].Length; c++)
            {
                p[r][c] = unnormalised(logits[r][c]);
                z += p[r][c];
            }

            for (int c = 0; c < p[r].Length; c++) p[r][c] /= z;
        }

        return p;
    }

    public static double[] FlatInvoke(double[] x, int rows, int cols, bool boltzmann)
    {
        Func<double, double> weight;
        if (boltzmann)
        {
            weight = static e => Math.Exp(e); //~ LG0003
        }
        else
        {
            throw new NotSupportedException("only the Boltzmann weighting is ported");
        }

        var y = new double[x.Length];
        for (int r = 0; r < rows; r++)
        {
            double total = 0;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = weight.Invoke(x[r * cols + c]);
                total += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= total;
        }

        return y;
    }
}

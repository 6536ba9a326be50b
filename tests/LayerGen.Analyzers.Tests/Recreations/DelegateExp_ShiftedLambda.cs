// Correct twins (our own code) of DelegateExp_RawLambda.cs: the exp lambda behind the delegate is applied to logits
// already shifted by the row's maximum (f(x - max)), or the lambda subtracts the captured row maximum itself. A
// look-alike: a delegate lambda that is not an exp at all (a clamp) beside a shifted exp.
// Layouts: jagged float[][] with Func<float, float>; flat double[rows * cols] with Func<double, double> and Invoke.
// Correct: no diagnostic.
using System;

namespace Recreations.DelegateExpShiftedLambda;

public static class DelegateExpShiftedLambda
{
    public static float[][] JaggedShiftedArgument(float[][] logits)
    {
        Func<float, float> unnormalised = v => MathF.Exp(v);
        var p = new float[logits.Length][];
        for (int r = 0; r < logits.Length; r++)
        {
            float max = float.NegativeInfinity;
            foreach (float v in logits[r]) max = MathF.Max(max, v);
            p[r] = new float[logits[r].Length];
            float z = 0f;
            for (int c = 0; c < p[r].Length; c++)
            {
                p[r][c] = unnormalised(logits[r][c] - max);
                z += p[r][c];
            }

            for (int c = 0; c < p[r].Length; c++) p[r][c] /= z;
        }

        return p;
    }

    public static double[] FlatClampBesideShiftedExp(double[] x, int rows, int cols)
    {
        Func<double, double> clamp = v => Math.Min(v, 1e6);
        var y = new double[x.Length];
        for (int r = 0; r < rows; r++)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < cols; c++) max = Math.Max(max, clamp.Invoke(x[r * cols + c]));
            double total = 0;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = Math.Exp(clamp.Invoke(x[r * cols + c]) - max);
                total += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++) y[r * cols + c] /= total;
        }

        return y;
    }
}

// Variant (our own code) of the row loop of ReferenceCPUOps.Softmax in Unity-Technologies/barracuda-release,
// Barracuda/Runtime/Core/Backends/BarracudaReferenceCPU.cs, with the sum declared before the row loop and
// never reset: row i is divided by the exps of rows 0..i together.
// Layout: row-major double[batch, classes]. Bug (LG0002): the sum accumulates over the batch loop; only the
// first row sums to 1. The max is correctly per row.
using System;

namespace Recreations.RowMajorSumNeverReset;

public static class RunningSumSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        double sum = 0;
        for (int i = 0; i < rows; i++)
        {
            double maxV = double.NegativeInfinity;
            for (int j = 0; j < cols; j++)
            {
                maxV = Math.Max(maxV, x[i, j]);
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - maxV);
                sum += y[i, j]; //~ LG0002
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= sum;
            }
        }

        return y;
    }
}

// Variant (our own code) of the row loop of ReferenceCPUOps.Softmax in Unity-Technologies/barracuda-release,
// Barracuda/Runtime/Core/Backends/BarracudaReferenceCPU.cs, with the max declared before the row loop and
// never reset: each row's "max" is the running max of all rows so far.
// Layout: row-major double[batch, classes]. Bug (LG0001): the max accumulates over the batch loop; a row
// ~1000 below an earlier row gives 0/0 = NaN. The sum is reset per row.
using System;

namespace Recreations.RowMajorMaxNeverReset;

public static class RunningMaxSoftmax
{
    public static double[,] Forward(double[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var y = new double[rows, cols];
        double max = double.MinValue;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < cols; j++)
            {
                max = Math.Max(max, x[i, j]); //~ LG0001
            }

            double sum = 0;
            for (int j = 0; j < cols; j++)
            {
                y[i, j] = Math.Exp(x[i, j] - max);
                sum += y[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                y[i, j] /= sum;
            }
        }

        return y;
    }
}

// Re-creation (our own code) of the row loop of ReferenceCPUOps.Softmax in Unity-Technologies/barracuda-release
// (Barracuda/Runtime/Core/Backends/BarracudaReferenceCPU.cs) combined with the helper-method max of
// DeathByCh0c0/Softmax-Function-for-Unity3D (returnArrayMax): the row max comes from a private helper that
// takes the matrix and a row index.
// Layout: row-major float[batch, classes]. Correct: the helper reduces over one row only.
using System;

namespace Recreations.RowMajorRowMaxHelperMethod;

public static class HelperSoftmax
{
    public static float[,] Forward(float[,] x)
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var o = new float[rows, cols];
        for (int y = 0; y < rows; ++y)
        {
            float maxV = RowMax(x, y);
            float sum = 0f;
            for (int c = 0; c < cols; ++c)
            {
                sum += MathF.Exp(x[y, c] - maxV);
            }

            for (int c = 0; c < cols; ++c)
            {
                o[y, c] = MathF.Exp(x[y, c] - maxV) / sum;
            }
        }

        return o;
    }

    private static float RowMax(float[,] x, int row)
    {
        float best = float.NegativeInfinity;
        for (int c = 0; c < x.GetLength(1); c++)
        {
            best = MathF.Max(best, x[row, c]);
        }

        return best;
    }
}

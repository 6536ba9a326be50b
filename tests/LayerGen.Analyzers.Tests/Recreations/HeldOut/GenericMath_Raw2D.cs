// Variant (our own code) of the generic-math softmax in ooples/AiDotNet (numeric type T, "typically float or
// double") over a rectangular T[,] batch: T.Exp of the raw entries, sum and division per row.
// Layout: row-major T[rows, cols], T : IExponentialFunctions<T>. Bug (LG0003): no maximum subtracted.
using System.Numerics;

namespace HeldOut.GenericMathRaw2D;

public static class BatchSoftmax
{
    public static T[,] Forward<T>(T[,] x)
        where T : IExponentialFunctions<T>
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        var p = new T[rows, cols];
        for (int i = 0; i < rows; i++)
        {
            T sum = T.Zero;
            for (int j = 0; j < cols; j++)
            {
                p[i, j] = T.Exp(x[i, j]); //~ LG0003
                sum += p[i, j];
            }

            for (int j = 0; j < cols; j++)
            {
                p[i, j] /= sum;
            }
        }

        return p;
    }
}

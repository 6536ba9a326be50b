// Source: generic-math batch softmax in C# (`INumber<T>`/`IExponentialFunctions<T>` kernels on T[,]), re-created with
// the shift computed by a helper over the whole 2-D array.
// Layout: T[rows, cols]; softmax per row.
// Bug LG0001: MaxOfAll folds every element of the batch, so each row subtracts the batch maximum.
using System.Numerics;

namespace HeldOut6.GenericMathBatchMaxArray;

public static class GenericBatchSoftmax
{
    private static T MaxOfAll<T>(T[,] x)
        where T : INumber<T>
    {
        T m = x[0, 0];
        for (int r = 0; r < x.GetLength(0); r++)
        {
            for (int c = 0; c < x.GetLength(1); c++)
            {
                m = T.Max(m, x[r, c]);
            }
        }

        return m;
    }

    public static T[,] Forward<T>(T[,] x)
        where T : INumber<T>, IExponentialFunctions<T>
    {
        int rows = x.GetLength(0);
        int cols = x.GetLength(1);
        T m = MaxOfAll(x); //~ LG0001
        var y = new T[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            T s = T.Zero;
            for (int c = 0; c < cols; c++)
            {
                y[r, c] = T.Exp(x[r, c] - m);
                s += y[r, c];
            }

            for (int c = 0; c < cols; c++) y[r, c] /= s;
        }

        return y;
    }
}

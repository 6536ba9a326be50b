// Re-creates: a generic-math batch softmax (where T : IExponentialFunctions<T>) from a .NET ML hobby library:
// T.Exp of each logit, summed per row with T.Zero, divided per row — never shifted.
// Layout: flat [rows, cols] row-major T[]; softmax axis = cols.
// Bug: LG0003 (T.Exp of the raw logit).
using System.Numerics;

namespace LayerGen.Recreations.HeldOut3.GenericMathNoShiftRows;

public static class GenericBatchSoftmax
{
    public static void Forward<T>(T[] x, T[] y, int rows, int cols)
        where T : IExponentialFunctions<T>, IFloatingPoint<T>
    {
        for (int r = 0; r < rows; r++)
        {
            T sum = T.Zero;
            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] = T.Exp(x[r * cols + c]); //~ LG0003
                sum += y[r * cols + c];
            }

            for (int c = 0; c < cols; c++)
            {
                y[r * cols + c] /= sum;
            }
        }
    }
}

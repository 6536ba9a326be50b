// Idiom: rows of a 2D array viewed as spans with MemoryMarshal.CreateReadOnlySpan(ref x[r, 0], classes);
// TensorPrimitives.Max, Subtract and Exp per row, the sum by a Vector128<double> loop over MemoryMarshal.Cast
// blocks with a scalar tail, TensorPrimitives.Divide.
// Use: probability table for a double[batch, classes] score matrix.
// Layout: double[batch, classes] (rectangular, row-major storage), output the same shape.
// Correct.
// Our own code.
using System;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HeldOut72.TensorPrimitivesExp_Vector128Sum2D;

public static class Table
{
    public static void Softmax(double[,] x, double[,] p)
    {
        int batch = x.GetLength(0);
        int classes = x.GetLength(1);
        for (int r = 0; r < batch; r++)
        {
            ReadOnlySpan<double> row = MemoryMarshal.CreateReadOnlySpan(ref x[r, 0], classes);
            Span<double> outRow = MemoryMarshal.CreateSpan(ref p[r, 0], classes);
            double max = TensorPrimitives.Max(row);
            TensorPrimitives.Subtract(row, max, outRow);
            TensorPrimitives.Exp(outRow, outRow);

            ReadOnlySpan<Vector128<double>> pairs = MemoryMarshal.Cast<double, Vector128<double>>(outRow);
            Vector128<double> acc = Vector128<double>.Zero;
            for (int k = 0; k < pairs.Length; k++)
            {
                acc += pairs[k];
            }

            double sum = Vector128.Sum(acc);
            for (int k = pairs.Length * 2; k < classes; k++)
            {
                sum += outRow[k];
            }

            TensorPrimitives.Divide(outRow, sum, outRow);
        }
    }
}
